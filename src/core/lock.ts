// Cross-process locks: proper-lockfile's mkdir locks (atomic on local disks and NFS) plus an owner
// record with a random token. proper-lockfile alone lets a stalled holder's unlock() remove a newer
// holder's lock and throws ECOMPROMISED from a timer; here a lost lock only marks the handle lost,
// release() leaves a lock it no longer owns alone, and callers check `assertHeld()` before committing.
import { watch, type FSWatcher } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { LockLostError, LockTimeoutError, isErrnoException } from './errors.js';
import { atomicWriteFile, randomToken, readFileIfExists } from './fsx.js';

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

/** One attempt: the lock, or undefined when someone else holds a fresh one. */
export async function tryLock(lockPath: string, name: string, options: Omit<LockOptions, 'timeoutMs'>): Promise<HeldLock | undefined> {
  const controller = new AbortController();
  let lost = false;
  const markLost = (): void => {
    if (!lost) {
      lost = true;
      controller.abort(new LockLostError(name));
    }
  };
  let releaseFn: () => Promise<void>;
  try {
    releaseFn = await lockfile.lock(lockPath, {
      realpath: false,
      lockfilePath: lockDir(lockPath),
      stale: options.staleMs,
      update: Math.max(1000, Math.floor(options.staleMs / 4)),
      retries: 0,
      onCompromised: markLost,
    });
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ELOCKED') return undefined;
    // Two waiters removing the same stale lock: the loser sees ENOENT; just try again later.
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  }
  const token = randomToken();
  const owner: LockOwner = { token, pid: process.pid, host: os.hostname(), holder: options.holder, acquiredAt: new Date().toISOString() };
  try {
    await atomicWriteFile(ownerFile(lockPath), JSON.stringify(owner));
  } catch (e) {
    await releaseFn().catch(() => undefined);
    throw e;
  }
  const ownsIt = async (): Promise<boolean> => !lost && (await readLockOwner(lockPath))?.token === token;
  return {
    name,
    token,
    get lost() {
      return lost;
    },
    signal: controller.signal,
    async assertHeld() {
      if (!(await ownsIt())) {
        markLost();
        throw new LockLostError(name);
      }
    },
    async release() {
      // A lock taken over by someone else is theirs now: removing it would break their critical section.
      if (!(await ownsIt())) return;
      await releaseFn().catch((e: unknown) => {
        if (!(isErrnoException(e) && (e.code === 'ENOTACQUIRED' || e.code === 'ERELEASED'))) throw e;
      });
    },
  };
}

/** Waits for the lock up to `timeoutMs`, then throws LockTimeoutError naming the holder. */
export async function acquireLock(lockPath: string, name: string, options: LockOptions): Promise<HeldLock> {
  const deadline = Date.now() + options.timeoutMs;
  const pollMs = options.pollMs ?? 100;
  let waiting = false;
  let watcher: FSWatcher | undefined;
  let wake: (() => void) | undefined;
  try {
    for (;;) {
      const held = await tryLock(lockPath, name, options);
      if (held) return held;
      if (Date.now() >= deadline) {
        throw new LockTimeoutError(name, describeOwner(await readLockOwner(lockPath)), Math.round(options.timeoutMs / 1000));
      }
      if (!waiting) {
        waiting = true;
        options.onWait?.(await readLockOwner(lockPath));
        watcher = watchDir(path.dirname(lockPath), () => wake?.());
      }
      // Jitter keeps a crowd of waiters from retrying in lockstep.
      const delay = Math.min(pollMs * (0.5 + Math.random()), Math.max(0, deadline - Date.now()));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  } finally {
    watcher?.close();
  }
}

/** fs.watch where the platform supports it; polling covers the rest (and NFS, where events do not cross hosts). */
function watchDir(dir: string, onChange: () => void): FSWatcher | undefined {
  try {
    const w = watch(dir, { persistent: false }, onChange);
    w.on('error', () => w.close());
    return w;
  } catch {
    return undefined;
  }
}

/** Runs `fn` while holding the lock; the lock is released whatever happens. */
export async function withLock<T>(lockPath: string, name: string, options: LockOptions, fn: (lock: HeldLock) => Promise<T>): Promise<T> {
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
}

