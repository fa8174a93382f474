// The waiters' line of one lock. Every waiter watching the lock would wake on every release and
// race for it (a thundering herd: with 16 jobs, 15 wake-ups per handoff, most of the CPU time of a
// busy host). Waiters instead queue: each takes a ticket (a file in `<lock>.queue/`, named so that
// names sort in arrival order) and watches only the ticket ahead of it; the head watches the lock.
// A handoff then wakes the head, which takes the lock and removes its ticket, which wakes the
// next. The queue only decides who tries when; the lock itself stays the epoch mkdir.
// Nothing can wedge it: every waiter also polls, and removes the tickets ahead of it whose owner is
// gone (same host: its pid is not running; any host: the ticket's heartbeat is older than the
// stale time, e.g. a waiter stopped or killed on another host).
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { isErrnoException } from '../errors.js';
import { STATE_FILE_MAX_BYTES, createFileSync, ensureDir, randomToken } from '../fsx.js';
import { readRegularFileSync } from '../regular-file.js';
import { assertNotPlanted } from './epochs.js';
import { hostName } from '../platform/builtins.js';

export const queueDirOf = (lockPath: string): string => `${lockPath}.queue`;
let ticketSeq = 0;

export interface Ticket {
  name: string;
  file: string;
}

/** Queued ticket names, oldest first. */
export function listQueue(queueDir: string): string[] {
  try {
    return readdirSync(queueDir).sort();
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return [];
    throw e;
  }
}

export async function takeTicket(queueDir: string): Promise<Ticket> {
  // Arrival time first (fixed width, so names sort by it), then a per-process sequence and a token.
  const name = `${String(Date.now()).padStart(15, '0')}-${String(ticketSeq++ % 1e6).padStart(6, '0')}-${randomToken()}`;
  const file = path.join(queueDir, name);
  const content = JSON.stringify({ pid: process.pid, host: hostName() });
  assertNotPlanted(queueDir);
  // Readable by the group whatever the umask (its mode set on the descriptor): other users'
  // waiters check whether we are alive.
  try {
    createFileSync(file, content);
  } catch (e) {
    if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
    await ensureDir(queueDir); // the first waiter of this lock
    assertNotPlanted(queueDir);
    createFileSync(file, content);
  }
  return { name, file };
}

/** Keeps the ticket's heartbeat going (its mtime) until the returned function is called. */
export function keepTicketAlive(ticket: () => Ticket, staleMs: number): () => void {
  const timer = setInterval(
    () => {
      const now = new Date();
      try {
        utimesSync(ticket().file, now, now);
      } catch {
        // removed as stale (we stalled): the waiting loop takes a new one
      }
    },
    Math.max(10, Math.floor(staleMs / 4)),
  );
  timer.unref();
  return () => clearInterval(timer);
}

/** Whether the ticket's waiter is gone: its heartbeat stopped, or (this host) its process did. */
export function isTicketDead(file: string, staleMs: number): boolean {
  let mtime: number;
  try {
    mtime = statSync(file).mtime.getTime();
  } catch {
    return true;
  }
  if (mtime < Date.now() - staleMs) return true;
  try {
    const { pid, host } = JSON.parse(
      readRegularFileSync(file, STATE_FILE_MAX_BYTES).toString('utf8'),
    ) as { pid: number; host: string };
    if (host !== hostName()) return false;
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return isErrnoException(e) && e.code === 'ESRCH';
  }
}

/**
 * The ticket right ahead of ours, after removing dead ones in front of it (dead ones further up
 * are their successors' business); undefined when we are the head.
 */
export function ticketAhead(
  queueDir: string,
  queue: string[],
  mine: string,
  staleMs: number,
  scan: boolean,
): string | undefined {
  const aheadOfUs = queue.slice(0, queue.indexOf(mine));
  while (
    scan &&
    aheadOfUs.length > 0 &&
    isTicketDead(path.join(queueDir, aheadOfUs[aheadOfUs.length - 1]), staleMs)
  ) {
    rmSync(path.join(queueDir, aheadOfUs.pop() as string), { force: true });
  }
  return aheadOfUs.at(-1);
}
