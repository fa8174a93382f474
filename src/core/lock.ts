// Cross-process locks with an atomic takeover. A lock is a sequence of numbered epochs (see
// lock/epochs.ts): acquiring, and taking over a dead or stalled holder's lock, both mean creating
// the next epoch directory with mkdir, which exactly one of any number of racers can do. A holder
// stays the holder until a newer epoch exists; it checks that (and its token) before committing.
// A lost lock only marks the handle lost (its signal fires); release() leaves a lock it no longer
// owns alone. Waiters queue (lock/queue.ts) and sleep on file-system events, never spin.
//
// Staleness: a holder refreshes its epoch directory's mtime every quarter of the stale time with
// its own clock; a waiter compares that mtime with its own clock. Hosts sharing a root must keep
// their clocks in step (NTP) to well within the stale time. On NFS a client may see another
// host's directory times up to `acdirmax` (60 s by default) late, so the stale time must be at
// least twice that there: TOOLCHAIN_CACHE_LOCK_STALE=120 (see lock/stale.ts).
import os from 'node:os';
import path from 'node:path';
import { existsSync, rmSync, utimesSync, type FSWatcher } from 'node:fs';
import { LockLostError, LockTimeoutError, isErrnoException } from './errors.js';
import { faultPoint } from './faults.js';
import { randomToken } from './fsx.js';
import {
  RELEASE_EVENTS,
  assertNotPlanted,
  claimEpochSync,
  epochDirOf,
  epochsAbove,
  epochsDirOf,
  isFree,
  markReleasedSync,
  newestEpoch,
  ownsEpochSync,
  prepareEpochsDir,
  removeEpochSync,
  removeEpochsBelow,
  writeOwnerSync,
  type LockOwner,
} from './lock/epochs.js';
import {
  keepTicketAlive,
  listQueue,
  queueDirOf,
  takeTicket,
  ticketAhead,
  type Ticket,
} from './lock/queue.js';
import { effectiveStaleMs } from './lock/stale.js';
import { watchTarget } from './lock/watch.js';

export type { LockOwner } from './lock/epochs.js';
export { DEFAULT_LOCK_STALE_MS, LOCK_STALE_ENV, lockStaleMs } from './lock/stale.js';

export interface LockOptions {
  /** A lock whose heartbeat is older than this is taken over (a dead or stalled holder). */
  staleMs: number;
  /** Give up after this long; 0 = try once. */
  timeoutMs: number;
  /** Polling period while waiting; a change of the lock also wakes the waiter. */
  pollMs?: number;
  holder?: string;
  /** Called once when the lock is busy and we start waiting. */
  onWait?: (owner: LockOwner | undefined) => void;
}

export interface HeldLock {
  readonly name: string;
  readonly token: string;
  /** True once the lock was taken over by another process or its heartbeat failed. */
  readonly lost: boolean;
  /** Resolves while the lock is ours; otherwise throws LockLostError. Call right before committing. */
  assertHeld(): Promise<void>;
  /**
   * The same check without yielding to the event loop: put it and the commit (e.g. a renameSync)
   * in one synchronous block so nothing can run between the check and the write.
   */
  assertHeldSync(): void;
  /** Fires when the lock is lost, e.g. to abort a long download. */
  readonly signal: AbortSignal;
  release(): Promise<void>;
}

/** Who holds the lock now (or held it, if it is stale); undefined when it is free. */
export async function readLockOwner(lockPath: string): Promise<LockOwner | undefined> {
  try {
    return newestEpoch(lockPath).owner;
  } catch {
    return undefined;
  }
}

export function describeOwner(owner: LockOwner | undefined): string {
  if (!owner) return 'an unknown process';
  return `pid ${owner.pid} on ${owner.host}${owner.holder ? ` (${owner.holder})` : ''} since ${owner.acquiredAt}`;
}

/** Releases, synchronously, the locks this process holds: run on exit so others need not wait. */
const heldHere = new Set<() => void>();
let exitHookInstalled = false;
function releaseOnExit(release: () => void): void {
  heldHere.add(release);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const r of [...heldHere]) {
      try {
        r();
      } catch {
        // exiting anyway: the lock goes stale instead
      }
    }
  });
}

/** One attempt: the lock, or undefined when someone else holds a fresh one. */
export async function tryLock(
  lockPath: string,
  name: string,
  options: Omit<LockOptions, 'timeoutMs'>,
): Promise<HeldLock | undefined> {
  const staleMs = effectiveStaleMs(options.staleMs);
  await prepareEpochsDir(lockPath);
  const epoch = claimNextEpoch(lockPath, staleMs);
  if (epoch === undefined) return undefined;
  const token = randomToken();
  const owner: LockOwner = {
    token,
    pid: process.pid,
    host: os.hostname(),
    holder: options.holder,
    acquiredAt: new Date().toISOString(),
    epoch,
  };
  try {
    await faultPoint('lock-owner');
    writeOwnerSync(lockPath, epoch, owner);
  } catch (e) {
    // No owner record (disk full, …): give the epoch back at once rather than leave a lock that
    // nobody can name and everyone must wait out.
    removeEpochSync(lockPath, epoch);
    throw e;
  }
  if (!ownsEpochSync(lockPath, epoch, token)) {
    // We stalled past the stale time between mkdir and now, and were taken over.
    removeEpochSync(lockPath, epoch);
    return undefined;
  }
  return holdEpoch(lockPath, name, epoch, token, staleMs);
}

/** Creates the next epoch if the newest one is free; its number, or undefined when busy or beaten. */
function claimNextEpoch(lockPath: string, staleMs: number): number | undefined {
  const newest = newestEpoch(lockPath);
  if (!isFree(newest, staleMs)) return undefined;
  const epoch = newest.epoch + 1;
  if (!claimEpochSync(lockPath, epoch)) return undefined; // another racer created it first
  if (epochsAbove(lockPath, epoch)) {
    // Our view was old: that number had been used and cleaned up since. Not ours.
    removeEpochSync(lockPath, epoch);
    return undefined;
  }
  return epoch;
}

/** The handle of a held epoch, with its heartbeat. */
function holdEpoch(
  lockPath: string,
  name: string,
  epoch: number,
  token: string,
  staleMs: number,
): HeldLock {
  const dir = epochDirOf(lockPath, epoch);
  const controller = new AbortController();
  let lost = false;
  let released = false;
  const owns = (): boolean => !lost && !released && ownsEpochSync(lockPath, epoch, token);
  const stop = (): void => {
    clearInterval(heartbeat);
    heldHere.delete(releaseSync);
  };
  const markLost = (): void => {
    if (lost) return;
    lost = true;
    stop();
    controller.abort(new LockLostError(name));
  };
  const heartbeat = startHeartbeat(dir, staleMs, owns, markLost);
  const releaseSync = (): void => {
    if (released) return;
    // A lock taken over by someone else is theirs now: leave it alone.
    const mine = owns();
    released = true;
    stop();
    if (!mine) return;
    try {
      markReleasedSync(lockPath, epoch);
    } catch (e) {
      if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
    }
    // After the release, so the next holder need not wait for it.
    removeEpochsBelow(lockPath, epoch);
  };
  releaseOnExit(releaseSync);
  const assertHeldSync = (): void => {
    if (lost || !ownsEpochSync(lockPath, epoch, token)) {
      markLost();
      throw new LockLostError(name);
    }
  };
  return {
    name,
    token,
    get lost() {
      return lost;
    },
    signal: controller.signal,
    assertHeldSync,
    async assertHeld() {
      assertHeldSync();
    },
    async release() {
      releaseSync();
    },
  };
}

/**
 * Refreshes the epoch directory's mtime every quarter of the stale time, after checking the lock
 * is still ours (a holder that was taken over must not refresh, and learns it here: `onLost`).
 */
function startHeartbeat(
  dir: string,
  staleMs: number,
  owns: () => boolean,
  onLost: () => void,
): NodeJS.Timeout {
  const timer = setInterval(
    () => {
      if (!owns()) return onLost();
      try {
        const now = new Date();
        utimesSync(dir, now, now);
      } catch {
        onLost();
      }
    },
    Math.max(10, Math.floor(staleMs / 4)),
  );
  timer.unref();
  return timer;
}

/** The newest epoch's directory while someone holds it; undefined when the lock is free. */
function busyEpochDir(lockPath: string, staleMs: number): string | undefined {
  const newest = newestEpoch(lockPath);
  return isFree(newest, staleMs) ? undefined : epochDirOf(lockPath, newest.epoch);
}

/** Waits for the lock up to `timeoutMs` (0: one attempt), then throws LockTimeoutError naming the holder. */
export async function acquireLock(
  lockPath: string,
  name: string,
  options: LockOptions,
): Promise<HeldLock> {
  return (await acquireUnlessNeedless(lockPath, name, options)) as HeldLock;
}

/**
 * acquireLock for a waiter that may find the lock needless while it waits (e.g. the install it
 * waits for is done): `needless` is asked after every wake-up, and when it says so the waiter
 * leaves the line without the lock (undefined). The next waiter then wakes at once and asks too,
 * so a crowd of waiters drains without taking the lock one after another.
 */
export async function acquireLockUnless(
  lockPath: string,
  name: string,
  options: LockOptions,
  needless: () => Promise<boolean>,
): Promise<HeldLock | undefined> {
  return acquireUnlessNeedless(lockPath, name, options, needless);
}

async function acquireUnlessNeedless(
  lockPath: string,
  name: string,
  options: LockOptions,
  needless?: () => Promise<boolean>,
): Promise<HeldLock | undefined> {
  const deadline = Date.now() + options.timeoutMs;
  const staleMs = effectiveStaleMs(options.staleMs);
  const queueDir = queueDirOf(lockPath);
  await prepareEpochsDir(lockPath);
  assertNotPlanted(queueDir);
  // Nobody queued (or no time to queue): one attempt straight away.
  if (
    (options.timeoutMs <= 0 || listQueue(queueDir).length === 0) &&
    !busyEpochDir(lockPath, staleMs)
  ) {
    const held = await tryLock(lockPath, name, options);
    if (held) return held;
  }
  if (Date.now() >= deadline) throw await timeoutError(lockPath, name, options.timeoutMs);
  let ticket = await takeTicket(queueDir);
  const stopTicket = keepTicketAlive(() => ticket, staleMs);
  try {
    options.onWait?.(await readLockOwner(lockPath));
    return await waitInLine(
      lockPath,
      name,
      options,
      deadline,
      {
        get: () => ticket,
        renew: async () => (ticket = await takeTicket(queueDir)),
      },
      needless,
    );
  } finally {
    stopTicket();
    rmSync(ticket.file, { force: true });
  }
}

async function timeoutError(
  lockPath: string,
  name: string,
  timeoutMs: number,
): Promise<LockTimeoutError> {
  return new LockTimeoutError(
    name,
    describeOwner(await readLockOwner(lockPath)),
    Math.round(timeoutMs / 1000),
  );
}

interface TicketRef {
  get(): Ticket;
  /** A new ticket at the end of the line (ours was removed as stale while we stalled). */
  renew(): Promise<Ticket>;
}

/** The waiting loop: only the head of the line tries; everyone sleeps on a watcher or a poll. */
async function waitInLine(
  lockPath: string,
  name: string,
  options: LockOptions,
  deadline: number,
  ticket: TicketRef,
  needless?: () => Promise<boolean>,
): Promise<HeldLock | undefined> {
  const pollMs = options.pollMs ?? 100;
  const staleMs = effectiveStaleMs(options.staleMs);
  const queueDir = queueDirOf(lockPath);
  // Look for a dead ticket ahead on joining and on every poll (no event comes from a dead waiter).
  let scan = true;
  for (let waits = 1; ; waits++) {
    if (waits > 1 && needless && (await needless().catch(() => false))) return undefined;
    let queue = listQueue(queueDir);
    if (!queue.includes(ticket.get().name)) {
      await ticket.renew();
      queue = listQueue(queueDir);
    }
    const ahead = ticketAhead(queueDir, queue, ticket.get().name, staleMs, scan);
    // Only the head tries: first come, first served. (A head that is stuck, not just slow, stops
    // its ticket's heartbeat and is skipped once that is stale.)
    const busyDir = ahead === undefined ? busyEpochDir(lockPath, staleMs) : undefined;
    if (ahead === undefined && busyDir === undefined) {
      const held = await tryLock(lockPath, name, options);
      if (held) return held;
    }
    if (Date.now() >= deadline) throw await timeoutError(lockPath, name, options.timeoutMs);
    // Wait for the ticket ahead (or, at the head, the holder's epoch) to change, or a poll.
    // (Not the holder's owner record being written: that would only wake us for nothing.)
    const target =
      ahead !== undefined ? path.join(queueDir, ahead) : (busyDir ?? epochsDirOf(lockPath));
    const entries = busyDir !== undefined && ahead === undefined ? RELEASE_EVENTS : undefined;
    const period = waitPeriod(pollMs, ahead === undefined, waits);
    scan = await sleepUntilChange(target, { period, pollMs, deadline, entries });
  }
}

/**
 * Polls are the fallback for what a watcher cannot see (other hosts on NFS, a dead or stuck
 * waiter ahead). The head backs off to 8 × pollMs; the others, who only need to notice a stuck
 * queue eventually, poll about once a second (or every 8 × pollMs if that is longer).
 */
function waitPeriod(pollMs: number, head: boolean, waits: number): number {
  return head ? pollMs * Math.min(8, 1.25 ** waits) : Math.max(8 * pollMs, 1000);
}

/**
 * Sleeps until `target` changes or a poll is due (true: woken by the poll, so scan the line).
 * Without a watcher every poll is at `pollMs`.
 */
async function sleepUntilChange(
  target: string,
  timing: { period: number; pollMs: number; deadline: number; entries?: string[] },
): Promise<boolean> {
  let wake: (() => void) | undefined;
  const watcher: FSWatcher | undefined = watchTarget(target, () => wake?.(), timing.entries);
  if (!watcher && !existsSync(target)) return false; // gone already: look again now
  const delay = Math.min(
    (watcher ? timing.period : timing.pollMs) * (0.5 + Math.random()),
    Math.max(0, timing.deadline - Date.now()),
  );
  try {
    return await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(true), delay);
      wake = () => {
        clearTimeout(timer);
        resolve(false);
      };
    });
  } finally {
    watcher?.close();
  }
}

/** Runs `fn` while holding the lock; the lock is released whatever happens. */
export async function withLock<T>(
  lockPath: string,
  name: string,
  options: LockOptions,
  fn: (lock: HeldLock) => Promise<T>,
): Promise<T> {
  const held = await acquireLock(lockPath, name, options);
  try {
    return await fn(held);
  } finally {
    await held.release();
  }
}
