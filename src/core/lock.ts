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
import path from 'node:path';
import { existsSync, rmSync, utimesSync } from 'node:fs';
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
import { sleepUntilChange, type WakeTarget } from './lock/watch.js';
import { hostName } from './platform/builtins.js';
import { isoTime } from './format.js';

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
  // First of the exit listeners (the steps' code cache writes its files in one): waiters first.
  process.prependOnceListener('exit', () => {
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
    host: hostName(),
    holder: options.holder,
    acquiredAt: isoTime(),
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
  // Made when a holder first asks for the signal (an install does; a statistics update does not):
  // an AbortController costs a short holder more than its work ("Start-up cost", docs/design.md).
  let controller: AbortController | undefined;
  const lostError = (): LockLostError => new LockLostError(name);
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
    controller?.abort(lostError());
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
    get signal() {
      if (!controller) {
        controller = new AbortController();
        if (lost) controller.abort(lostError());
      }
      return controller.signal;
    },
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

/** What makes a waiter's lock needless, and how it learns that (see acquireLockUnless). */
export interface NeedlessCheck {
  /** True when the lock is not needed any more (e.g. the install waited for is registered). */
  needless: () => Promise<boolean>;
  /**
   * Files whose change may make the lock needless (e.g. the registry): every waiter watches them
   * (their directory, for their name), not only the head of the line.
   */
  watch?: string[];
  /**
   * How often every waiter asks while someone holds the lock: the fallback for what no watcher
   * sees (other hosts on NFS, platforms without events). Default NEEDLESS_POLL_MS.
   */
  pollMs?: number;
}

/** A check is a few reads of cached files: 15 waiters asking 4 times a second cost ~1% of a core. */
export const NEEDLESS_POLL_MS = 250;

/**
 * acquireLock for a waiter that may find the lock needless while it waits (e.g. the install it
 * waits for is done): `needless` is asked after every wake-up, and when it says so the waiter
 * leaves the line without the lock (undefined). Every waiter, wherever it stands in the line, is
 * woken by the holder's release and by changes of the `watch` files, and asks at least every
 * `pollMs` while the lock is held: a crowd of waiters leaves at once when the install is done,
 * not one after another (docs/design.md, "Install lock and waiters").
 */
export async function acquireLockUnless(
  lockPath: string,
  name: string,
  options: LockOptions,
  needless: NeedlessCheck | (() => Promise<boolean>),
): Promise<HeldLock | undefined> {
  const check = typeof needless === 'function' ? { needless } : needless;
  return acquireUnlessNeedless(lockPath, name, options, check);
}

async function acquireUnlessNeedless(
  lockPath: string,
  name: string,
  options: LockOptions,
  unless?: NeedlessCheck,
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
    const ref = { get: () => ticket, renew: async () => (ticket = await takeTicket(queueDir)) };
    return await waitInLine(lockPath, name, options, deadline, ref, unless);
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

/** Where a waiter stands: the ticket right ahead (undefined at the head), and what it saw of the lock. */
interface Place {
  ahead?: string;
  /** Whether it looked at the lock (busyDir is then the holder's epoch, undefined when free). */
  sawLock: boolean;
  busyDir?: string;
}

/** The waiting loop: only the head of the line tries; everyone sleeps on a watcher or a poll. */
async function waitInLine(
  lockPath: string,
  name: string,
  options: LockOptions,
  deadline: number,
  ticket: TicketRef,
  unless?: NeedlessCheck,
): Promise<HeldLock | undefined> {
  const pollMs = options.pollMs ?? 100;
  const staleMs = effectiveStaleMs(options.staleMs);
  const queueDir = queueDirOf(lockPath);
  // Look for a dead ticket ahead on joining and on every poll (no event comes from a dead waiter).
  let scan = true;
  for (let waits = 1; ; waits++) {
    if (waits > 1 && unless && (await unless.needless().catch(() => false))) return undefined;
    let queue = listQueue(queueDir);
    if (!queue.includes(ticket.get().name)) {
      await ticket.renew();
      queue = listQueue(queueDir);
    }
    const ahead = ticketAhead(queueDir, queue, ticket.get().name, staleMs, scan);
    // Only the head tries: first come, first served. (A head that is stuck, not just slow, stops
    // its ticket's heartbeat and is skipped once that is stale.) A waiter that may find the lock
    // needless watches the holder from anywhere in the line: its release may mean "done".
    const sawLock = ahead === undefined || unless !== undefined;
    const busyDir = sawLock ? busyEpochDir(lockPath, staleMs) : undefined;
    if (ahead === undefined && busyDir === undefined) {
      const held = await tryLock(lockPath, name, options);
      if (held) return held;
    }
    if (Date.now() >= deadline) throw await timeoutError(lockPath, name, options.timeoutMs);
    const place: Place = { ahead, sawLock, busyDir };
    // While someone holds the lock its work may end any moment: ask often, whatever the events.
    const probe =
      unless && busyDir !== undefined
        ? { everyMs: unless.pollMs ?? NEEDLESS_POLL_MS, ask: unless.needless }
        : undefined;
    // What changes from here on must still wake us: see `moved`.
    await faultPoint('waiter-looked');
    const wake = await sleepUntilChange(
      wakeTargets(lockPath, place, unless),
      { period: waitPeriod(pollMs, ahead === undefined, waits), pollMs, deadline },
      () => moved(lockPath, staleMs, place),
      probe,
    );
    if (wake === 'probe') return undefined;
    scan = wake === 'poll';
  }
}

/**
 * What wakes a waiter: the ticket ahead going away; at the head (or when the lock may become
 * needless), the holder's epoch being released (not its owner record being written: that would
 * only wake us for nothing), or, with the lock free, any change of the epochs; the needless
 * check's own files.
 */
function wakeTargets(lockPath: string, place: Place, unless?: NeedlessCheck): WakeTarget[] {
  const targets: WakeTarget[] = [];
  if (place.ahead !== undefined)
    targets.push({ path: path.join(queueDirOf(lockPath), place.ahead) });
  if (place.busyDir !== undefined) targets.push({ path: place.busyDir, entries: RELEASE_EVENTS });
  else if (place.ahead === undefined) targets.push({ path: epochsDirOf(lockPath) });
  for (const file of unless?.watch ?? [])
    targets.push({ path: path.dirname(file), entries: [path.basename(file)], optional: true });
  return targets;
}

/** Whether the line or the lock moved since the waiter looked (then it looks again at once). */
function moved(lockPath: string, staleMs: number, place: Place): boolean {
  if (place.ahead !== undefined && !existsSync(path.join(queueDirOf(lockPath), place.ahead)))
    return true;
  return place.sawLock && busyEpochDir(lockPath, staleMs) !== place.busyDir;
}

/**
 * Polls are the fallback for what a watcher cannot see (other hosts on NFS, a dead or stuck
 * waiter ahead). The head backs off to 8 × pollMs; the others, who only need to notice a stuck
 * queue eventually, poll about once a second (or every 8 × pollMs if that is longer).
 */
function waitPeriod(pollMs: number, head: boolean, waits: number): number {
  return head ? pollMs * Math.min(8, 1.25 ** waits) : Math.max(8 * pollMs, 1000);
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
