// Cross-process locks: proper-lockfile's mkdir locks (atomic on local disks and NFS) plus an owner
// record with a random token. proper-lockfile alone lets a stalled holder's unlock() remove a newer
// holder's lock and throws ECOMPROMISED from a timer; here a lost lock only marks the handle lost,
// release() leaves a lock it no longer owns alone, and callers check `assertHeld()` before committing.
// Files per lock `<name>` in the locks directory: `<name>.lock/` (proper-lockfile's directory, its
// mtime the heartbeat), `<name>.owner` (who holds it, with the token), `<name>.queue/` (waiters).
import nodeFs, {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  rmdirSync,
  statSync,
  utimesSync,
  watch,
  writeFileSync,
  type FSWatcher,
} from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { LockLostError, LockTimeoutError, isErrnoException } from './errors.js';
import {
  SHARED_FILE_MODE,
  ensureDir,
  randomToken,
  readFileIfExists,
  writeFileReplacingSync,
} from './fsx.js';

export interface LockOwner {
  token: string;
  pid: number;
  host: string;
  /** Free text naming the job, for "held by …" messages. */
  holder?: string;
  acquiredAt: string;
}

export interface LockOptions {
  /** A lock whose heartbeat is older than this is taken over (a dead or stalled holder). */
  staleMs: number;
  /** Give up after this long; 0 = try once. */
  timeoutMs: number;
  /** Polling period while waiting; a change in the locks directory also wakes the waiter. */
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

const ownerFile = (lockPath: string): string => `${lockPath}.owner`;
const lockDir = (lockPath: string): string => `${lockPath}.lock`;

export async function readLockOwner(lockPath: string): Promise<LockOwner | undefined> {
  try {
    const text = await readFileIfExists(ownerFile(lockPath));
    return text ? (JSON.parse(text) as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

export function describeOwner(owner: LockOwner | undefined): string {
  if (!owner) return 'an unknown process';
  return `pid ${owner.pid} on ${owner.host}${owner.holder ? ` (${owner.holder})` : ''} since ${owner.acquiredAt}`;
}

// proper-lockfile reaches the file system through `options.fs`; this one guards the calls that
// could hurt a lock that is no longer ours:
// - rmdir from our own release() (and rmdirSync from its exit handler) only removes the lock
//   directory while the owner file still carries our token: a holder that stalled past the stale
//   time and was taken over must not delete the new holder's lock (proper-lockfile weakness 1);
// - rmdir of someone else's stale lock re-checks, synchronously right before removing it, that it
//   is still stale: two waiters that both judged it stale must not remove the lock the faster one
//   just created (proper-lockfile issue #121);
// - the heartbeat (utimes) of a lock whose owner file now names someone else reports ENOENT, which
//   proper-lockfile turns into onCompromised, instead of refreshing the new holder's lock.
interface HeldState {
  token: string;
  ownerPath: string;
  /** The lock directory's mtime as we last set it (proper-lockfile compares the same thing). */
  mtimeMs: number;
  pendingMtimeMs?: number;
}
/** Lock directory → this process's current holder of it. */
const heldHere = new Map<string, HeldState>();
/** Lock directory → token of the holder that is releasing it right now. */
const releasing = new Map<string, { token: string; ownerPath: string }>();
/** Lock directory → its stale time, for the re-check before a takeover. */
const staleMsOf = new Map<string, number>();
/** proper-lockfile never uses a stale time below this. */
const MIN_STALE_MS = 2000;

const errnoError = (code: string, message: string): NodeJS.ErrnoException =>
  Object.assign(new Error(message), { code });

/** The token in an owner file; undefined when there is none, null when it cannot be read now. */
function ownerTokenSync(ownerPath: string): string | undefined | null {
  let text: string;
  try {
    text = readFileSync(ownerPath, 'utf8');
  } catch (e) {
    return isErrnoException(e) && e.code === 'ENOENT' ? undefined : null;
  }
  try {
    return (JSON.parse(text) as LockOwner).token;
  } catch {
    return undefined;
  }
}

type Callback = (err: NodeJS.ErrnoException | null) => void;

const guardedFs = {
  ...nodeFs,
  // mkdir and stat are answered synchronously (proper-lockfile's lockSync does the same): an
  // attempt on a busy lock then costs two system calls and no thread-pool round trips, which
  // matters when a crowd of waiters retries on every release.
  mkdir(p: string, cb: Callback): void {
    try {
      mkdirSync(p);
    } catch (e) {
      cb(e as NodeJS.ErrnoException);
      return;
    }
    cb(null);
  },
  stat(p: string, cb: (err: NodeJS.ErrnoException | null, st?: nodeFs.Stats) => void): void {
    let st: nodeFs.Stats;
    try {
      st = statSync(p);
    } catch (e) {
      cb(e as NodeJS.ErrnoException);
      return;
    }
    cb(null, st);
  },
  utimes(p: string, atime: Date, mtime: Date, cb: Callback): void {
    const state = heldHere.get(p);
    if (state) {
      const current = ownerTokenSync(state.ownerPath);
      if (current !== null && current !== state.token) {
        cb(errnoError('ENOENT', `lock ${p} was taken over by another process`));
        return;
      }
      state.pendingMtimeMs = mtime.getTime();
    }
    nodeFs.utimes(p, atime, mtime, (err) => {
      if (state) {
        if (!err) state.mtimeMs = mtime.getTime();
        state.pendingMtimeMs = undefined;
      }
      cb(err);
    });
  },
  rmdir(p: string, cb: Callback): void {
    try {
      const mine = releasing.get(p);
      if (mine) {
        // Our release: only while the lock is still ours.
        if (ownerTokenSync(mine.ownerPath) === mine.token) rmdirSync(p);
      } else {
        // A stale takeover: still stale now, a moment after proper-lockfile judged it so?
        const stale = staleMsOf.get(p) ?? MIN_STALE_MS;
        if (statSync(p).mtime.getTime() >= Date.now() - stale) {
          cb(errnoError('ELOCKED', `lock ${p} was refreshed or re-created meanwhile`));
          return;
        }
        rmdirSync(p);
      }
    } catch (e) {
      if (!(isErrnoException(e) && e.code === 'ENOENT')) {
        cb(e as NodeJS.ErrnoException);
        return;
      }
    }
    cb(null);
  },
  /** Only proper-lockfile's exit handler uses this: remove a lock we still hold, nothing else. */
  rmdirSync(p: string): void {
    const state = heldHere.get(p);
    if (state && ownerTokenSync(state.ownerPath) === state.token) rmdirSync(p);
  },
};

/** One attempt: the lock, or undefined when someone else holds a fresh one. */
export async function tryLock(
  lockPath: string,
  name: string,
  options: Omit<LockOptions, 'timeoutMs'>,
): Promise<HeldLock | undefined> {
  const controller = new AbortController();
  const dir = lockDir(lockPath);
  const ownerPath = ownerFile(lockPath);
  const staleMs = Math.max(options.staleMs, MIN_STALE_MS);
  let lost = false;
  let released = false;
  let state: HeldState | undefined;
  const markLost = (): void => {
    if (state && heldHere.get(dir) === state) heldHere.delete(dir);
    if (!lost) {
      lost = true;
      controller.abort(new LockLostError(name));
    }
  };
  let releaseFn: () => Promise<void>;
  staleMsOf.set(dir, staleMs);
  try {
    releaseFn = await lockfile.lock(lockPath, {
      realpath: false,
      lockfilePath: dir,
      stale: staleMs,
      update: Math.max(1000, Math.floor(staleMs / 4)),
      retries: 0,
      onCompromised: markLost,
      fs: guardedFs,
    });
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ELOCKED') return undefined;
    if (isErrnoException(e) && e.code === 'ENOENT') {
      // A missing locks directory is a real error; otherwise the lock directory vanished under us
      // (another waiter removed the same stale lock): just try again later.
      await fs.access(path.dirname(dir));
      return undefined;
    }
    throw e;
  }
  const token = randomToken();
  const owner: LockOwner = {
    token,
    pid: process.pid,
    host: os.hostname(),
    holder: options.holder,
    acquiredAt: new Date().toISOString(),
  };
  try {
    // Advisory (it names the holder and carries the token): atomic, but not worth an fsync.
    writeFileReplacingSync(ownerPath, JSON.stringify(owner));
    state = { token, ownerPath, mtimeMs: statSync(dir).mtime.getTime() };
  } catch (e) {
    await releaseFn().catch(() => undefined);
    throw e;
  }
  if (lost) {
    // Taken over between mkdir and now: not ours.
    await releaseFn().catch(() => undefined);
    return undefined;
  }
  heldHere.set(dir, state);
  const held = state;
  const ownsIt = (): boolean => {
    if (lost || ownerTokenSync(ownerPath) !== token) return false;
    let mtime: number;
    try {
      mtime = statSync(dir).mtime.getTime();
    } catch {
      return false;
    }
    // A lock directory re-created by someone who took the lock over has another mtime.
    return mtime === held.mtimeMs || mtime === held.pendingMtimeMs;
  };
  const assertHeldSync = (): void => {
    if (!ownsIt()) {
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
      if (released) return;
      released = true;
      // A lock taken over by someone else is theirs now: removing it would break their critical
      // section. proper-lockfile's timer for it finds out on its own (see guardedFs.utimes).
      const mine = ownsIt();
      if (heldHere.get(dir) === held) heldHere.delete(dir);
      if (!mine) return;
      releasing.set(dir, { token, ownerPath });
      try {
        await releaseFn();
      } catch (e) {
        if (!(isErrnoException(e) && (e.code === 'ENOTACQUIRED' || e.code === 'ERELEASED')))
          throw e;
      } finally {
        if (releasing.get(dir)?.token === token) releasing.delete(dir);
      }
    },
  };
}

// Waiting. Every waiter watching the lock directory would wake on every release and race for it
// (a thundering herd: with 16 jobs, 15 wake-ups per handoff, most of the CPU time of a busy host).
// Waiters instead queue: each takes a ticket (a file in `<lock>.queue/`, named so that names sort
// in arrival order) and watches only the ticket ahead of it; the head watches the lock directory.
// A handoff then wakes the head, which takes the lock and removes its ticket, which wakes the
// next. The queue only decides who tries when; the lock itself stays the mkdir + owner token.
// Nothing can wedge it: every waiter also polls, and removes the tickets ahead of it whose owner is
// gone (same host: its pid is not running; any host: the ticket's heartbeat is older than the
// stale time, e.g. a waiter stopped or killed on another host).

const queueDirOf = (lockPath: string): string => `${lockPath}.queue`;
let ticketSeq = 0;

interface Ticket {
  name: string;
  file: string;
}

/** Queued ticket names, oldest first. */
function listQueue(queueDir: string): string[] {
  try {
    return readdirSync(queueDir).sort();
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return [];
    throw e;
  }
}

async function takeTicket(queueDir: string): Promise<Ticket> {
  // Arrival time first (fixed width, so names sort by it), then a per-process sequence and a token.
  const name = `${String(Date.now()).padStart(15, '0')}-${String(ticketSeq++ % 1e6).padStart(6, '0')}-${randomToken()}`;
  const file = path.join(queueDir, name);
  const content = JSON.stringify({ pid: process.pid, host: os.hostname() });
  try {
    writeFileSync(file, content, { flag: 'wx', mode: SHARED_FILE_MODE });
  } catch (e) {
    if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
    await ensureDir(queueDir); // the first waiter of this lock
    writeFileSync(file, content, { flag: 'wx', mode: SHARED_FILE_MODE });
  }
  return { name, file };
}

/** Whether the ticket's waiter is gone: its heartbeat stopped, or (this host) its process did. */
function isTicketDead(file: string, staleMs: number): boolean {
  let mtime: number;
  try {
    mtime = statSync(file).mtime.getTime();
  } catch {
    return true;
  }
  if (mtime < Date.now() - staleMs) return true;
  try {
    const { pid, host } = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; host: string };
    if (host !== os.hostname()) return false;
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return isErrnoException(e) && e.code === 'ESRCH';
  }
}

/** Waits for the lock up to `timeoutMs` (0: one attempt), then throws LockTimeoutError naming the holder. */
export async function acquireLock(
  lockPath: string,
  name: string,
  options: LockOptions,
): Promise<HeldLock> {
  const deadline = Date.now() + options.timeoutMs;
  const pollMs = options.pollMs ?? 100;
  const staleMs = Math.max(options.staleMs, MIN_STALE_MS);
  const dir = lockDir(lockPath);
  const queueDir = queueDirOf(lockPath);
  // Nobody queued (or no time to queue): one attempt straight away.
  if ((options.timeoutMs <= 0 || listQueue(queueDir).length === 0) && !looksBusy(dir, staleMs)) {
    const held = await tryLock(lockPath, name, options);
    if (held) return held;
  }
  const timeout = async (): Promise<never> => {
    throw new LockTimeoutError(
      name,
      describeOwner(await readLockOwner(lockPath)),
      Math.round(options.timeoutMs / 1000),
    );
  };
  if (Date.now() >= deadline) return timeout();

  let ticket = await takeTicket(queueDir);
  const heartbeat = setInterval(
    () => {
      const now = new Date();
      try {
        utimesSync(ticket.file, now, now);
      } catch {
        // removed as stale (we stalled): the loop below takes a new one
      }
    },
    Math.max(250, Math.floor(staleMs / 4)),
  );
  heartbeat.unref();
  options.onWait?.(await readLockOwner(lockPath));
  let watcher: FSWatcher | undefined;
  let wake: (() => void) | undefined;
  // Look for a dead ticket ahead on joining and on every poll (no event comes from a dead waiter).
  let scan = true;
  try {
    for (let waits = 1; ; waits++) {
      let queue = listQueue(queueDir);
      if (!queue.includes(ticket.name)) {
        ticket = await takeTicket(queueDir);
        queue = listQueue(queueDir);
      }
      const aheadOfUs = queue.slice(0, queue.indexOf(ticket.name));
      // The ticket ahead must belong to a live waiter (dead ones further up are their successors'
      // business): remove dead ones until we find a live one or are the head.
      while (
        scan &&
        aheadOfUs.length > 0 &&
        isTicketDead(path.join(queueDir, aheadOfUs[aheadOfUs.length - 1]), staleMs)
      ) {
        rmSync(path.join(queueDir, aheadOfUs.pop() as string), { force: true });
      }
      scan = false;
      const ahead = aheadOfUs.at(-1);
      // Only the head tries: first come, first served. (A head that is stuck, not just slow, stops
      // its ticket's heartbeat and is skipped once that is stale.)
      if (ahead === undefined && !looksBusy(dir, staleMs)) {
        const held = await tryLock(lockPath, name, options);
        if (held) return held;
      }
      if (Date.now() >= deadline) return await timeout();
      // Wait for the ticket ahead (or, at the head, the lock directory) to change, or a poll.
      const target = ahead === undefined ? dir : path.join(queueDir, ahead);
      watcher = watchTarget(target, () => wake?.());
      if (!watcher && !existsSync(target)) continue; // gone already: look again now
      // Polls are the fallback for what a watcher cannot see (other hosts on NFS, a dead or stuck
      // waiter ahead). The head backs off to 8 × pollMs; the others, who only need to notice a
      // stuck queue eventually, poll about once a second (or every 8 × pollMs if that is longer).
      const period = !watcher
        ? pollMs
        : ahead === undefined
          ? pollMs * Math.min(8, 1.25 ** waits)
          : Math.max(8 * pollMs, 1000);
      const delay = Math.min(period * (0.5 + Math.random()), Math.max(0, deadline - Date.now()));
      scan = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(true), delay);
        wake = () => {
          clearTimeout(timer);
          resolve(false);
        };
      });
      wake = undefined;
      watcher?.close();
      watcher = undefined;
    }
  } finally {
    clearInterval(heartbeat);
    watcher?.close();
    rmSync(ticket.file, { force: true });
  }
}

/** A cheap synchronous look: the lock directory exists and its heartbeat is fresh. */
function looksBusy(dir: string, staleMs: number): boolean {
  try {
    return statSync(dir).mtime.getTime() >= Date.now() - Math.max(staleMs, MIN_STALE_MS);
  } catch {
    return false;
  }
}

/**
 * fs.watch of a file or directory that others may delete, where the platform supports it; polling
 * covers the rest (and NFS, where events do not cross hosts). Windows cannot delete a directory that
 * is being watched, so there the parent is watched for that name.
 */
function watchTarget(target: string, onChange: () => void): FSWatcher | undefined {
  if (process.platform !== 'win32') return watchPath(target, onChange);
  const name = path.basename(target);
  return watchPath(path.dirname(target), (filename) => {
    if (filename === null || filename === name) onChange();
  });
}

function watchPath(
  target: string,
  onChange: (filename: string | null) => void,
): FSWatcher | undefined {
  try {
    const w = watch(target, { persistent: false }, (_event, filename) =>
      onChange(filename === null ? null : String(filename)),
    );
    w.on('error', () => w.close());
    return w;
  } catch {
    return undefined;
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

/** Removes a lock's files; for tests and `repair`, never while a holder may be alive. */
export async function forceUnlock(lockPath: string): Promise<void> {
  await fs.rm(lockDir(lockPath), { recursive: true, force: true });
  await fs.rm(ownerFile(lockPath), { force: true });
  await fs.rm(queueDirOf(lockPath), { recursive: true, force: true });
}
