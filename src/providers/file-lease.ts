// The fleet lease of a `file://` tier (docs/design.md, "Fleet lease"): before an origin download a
// host takes a lease on the archive in `DIR/sha256`, the other hosts sharing the tier wait for the
// archive to appear there instead of downloading it too. A lease is a numbered file,
// `<hex>.lease-<epoch>`, created exclusively (O_CREAT|O_EXCL|O_NOFOLLOW, atomic on local disks and
// NFS v3+) in the open `DIR/sha256` (core/dir-handle.ts): the holder of the newest epoch holds it.
// Its holder rewrites the file's content every few seconds (the heartbeat); a waiter that sees no
// change for the stale time (its own clock: no clock is compared across hosts) takes the lease
// over by creating the next epoch, which exactly one racer can do. Everything is read bounded, as
// a regular file, never through a link, and removed only through the directory's descriptor.
import { constants, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { DirHandle } from '../core/dir-handle.js';
import { isErrnoException } from '../core/errors.js';
import { faultPoint } from '../core/faults.js';
import { randomToken } from '../core/fsx.js';
import { hostId } from '../core/leases.js';
import { sleepUntilChange } from '../core/lock/watch.js';
import type { ArchiveRef, LeaseHolder, LeaseOutcome, LeaseWait, TierCall } from './types.js';
import { isoTime } from '../core/format.js';

/**
 * Default stale time of a fleet lease: a minute without a heartbeat seen. The host sets it with
 * TOOLCHAIN_CACHE_TIER_LEASE_STALE (seconds; src/action/inputs.ts, readHostSettings).
 */
export const DEFAULT_LEASE_STALE_MS = 60_000;
/** The longest pause between two heartbeats ("every few seconds"). */
const MAX_BEAT_MS = 5000;
/** A lease file's size: its record, padded, so a rewrite in place never leaves a longer tail. */
const RECORD_BYTES = 512;
/** What a waiter reads of a lease file at most (a larger one is refused: UNSAFE_PATH). */
const MAX_RECORD_BYTES = 4096;
const LEASE_MARK = '.lease-';
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

export const leaseName = (sha256: string, epoch: number): string =>
  `${sha256}${LEASE_MARK}${epoch}`;

/** The epoch of a lease file of `sha256`, or undefined when `name` is not one. */
export function leaseEpoch(name: string, sha256: string): number | undefined {
  const prefix = `${sha256}${LEASE_MARK}`;
  if (!name.startsWith(prefix)) return undefined;
  const rest = name.slice(prefix.length);
  return /^[1-9]\d{0,15}$/.test(rest) ? Number(rest) : undefined;
}

/** How soon a waiter looks again at a lease it read empty or torn (takeOrWait). */
const TORN_LEASE_RETRY_MS = 20;
/** Whether `name` is any lease file (removeStaleTemps removes old ones of dead holders). */
export const isLeaseName = (name: string): boolean => /^[0-9a-f]{64}\.lease-\d+$/.test(name);

/** What a lease file says (shown to the waiters; staleness never depends on it). */
interface LeaseRecord extends LeaseHolder {
  token: string;
  beat: number;
  at: string;
}

/** What a look at the tier found: the archive, and the newest lease with its content. */
interface Look {
  archive: boolean;
  newest?: { name: string; epoch: number; content: string; holder?: LeaseHolder };
  older: string[];
}

/** A waiter's memory of the newest lease: when its content last changed, by our own clock. */
interface Seen {
  name: string;
  content: string;
  since: number;
}

/** The lease loop's settings; `open` gives `DIR/sha256` (or throws), closed after each look. */
export interface LeaseTier {
  open: () => Promise<DirHandle>;
  staleMs: number;
}

/** The beat: a quarter of the stale time, every few seconds at most, and often enough for remote-timeout. */
export const beatMs = (staleMs: number, timeoutMs: number): number =>
  Math.max(10, Math.min(MAX_BEAT_MS, staleMs / 4, timeoutMs / 3));

/**
 * Takes the lease on `ref`, or waits while another host holds a live one, until the archive is
 * in the tier, the holder's lease goes stale or away (then it takes it), or `wait.deadline`.
 * Progress for remote-timeout (`call.progress`): every heartbeat seen, and every step of our own.
 */
export async function takeOrWait(
  tier: LeaseTier,
  ref: ArchiveRef,
  call: TierCall,
  wait: LeaseWait,
): Promise<LeaseOutcome> {
  let seen: Seen | undefined;
  let holder: LeaseHolder | undefined;
  let announced = false;
  for (;;) {
    call.signal.throwIfAborted();
    wait.signal?.throwIfAborted();
    const objects = await tier.open();
    try {
      const look = await lookAt(objects, ref.sha256);
      if (look.archive) return { kind: 'present', holder };
      const now = performance.now();
      const fresh = look.newest && !isStale(look.newest, seen, now, tier.staleMs);
      if (!fresh) {
        const held = await tryTake(tier.open, objects, ref, look, call.timeoutMs, tier.staleMs);
        if (held) return held;
        seen = undefined; // beaten by another racer: watch the winner's lease from now on
        continue;
      }
      const newest = look.newest!;
      if (!seen || seen.name !== newest.name || seen.content !== newest.content) {
        seen = { name: newest.name, content: newest.content, since: now };
        call.progress(); // a heartbeat: the holder is alive and working
      }
      holder = newest.holder ?? holder;
      if (!announced) {
        announced = true;
        wait.onWait(holder);
      }
      if (Date.now() >= wait.deadline) return { kind: 'timeout', holder };
      if (newest.holder === undefined) {
        // Read between its creation and its first write (or torn): its holder writes it at once,
        // and a change made before our watch begins would never wake us. Look again shortly.
        await new Promise((resolve) => setTimeout(resolve, TORN_LEASE_RETRY_MS));
        continue;
      }
      await sleepForChange(objects, ref.sha256, newest.name, seen, tier.staleMs, wait.deadline);
    } finally {
      await objects.close();
    }
  }
}

/** Stale: its content has not changed for `staleMs` of our own clock since we first saw it. */
function isStale(
  newest: NonNullable<Look['newest']>,
  seen: Seen | undefined,
  now: number,
  staleMs: number,
): boolean {
  if (!seen || seen.name !== newest.name || seen.content !== newest.content) return false;
  return now - seen.since >= staleMs;
}

/**
 * Sleeps until the archive or the lease changes (fs.watch, as the install lock's waiters do:
 * core/lock/watch.ts), a poll is due (other hosts: no event crosses NFS) or the lease may be stale.
 */
async function sleepForChange(
  objects: DirHandle,
  sha256: string,
  lease: string,
  seen: Seen,
  staleMs: number,
  deadline: number,
): Promise<void> {
  const pollMs = Math.max(10, Math.min(1000, staleMs / 8));
  const staleAt = Date.now() + Math.max(0, seen.since + staleMs - performance.now());
  await sleepUntilChange(
    [{ path: objects.path, entries: [sha256, lease], optional: true }],
    { period: pollMs, pollMs, deadline: Math.min(deadline, staleAt + 1) },
    () => false,
  );
}

/** The archive and the leases of `sha256` in the open `objects`, the newest one read. */
async function lookAt(objects: DirHandle, sha256: string): Promise<Look> {
  const archive = await objects.lstat(sha256);
  if (archive?.isFile()) return { archive: true, older: [] };
  const epochs = (await objects.list())
    .map((name) => ({ name, epoch: leaseEpoch(name, sha256) }))
    .filter((l): l is { name: string; epoch: number } => l.epoch !== undefined)
    .sort((a, b) => a.epoch - b.epoch);
  const top = epochs.pop();
  if (!top) return { archive: false, older: [] };
  let content: string;
  try {
    content = (await objects.readFile(top.name, MAX_RECORD_BYTES)).toString('utf8');
  } catch (e) {
    // Released between the listing and the read: look again.
    if (isErrnoException(e) && e.code === 'ENOENT') return lookAt(objects, sha256);
    throw e;
  }
  return {
    archive: false,
    newest: { ...top, content, holder: holderOf(content) },
    older: epochs.map((l) => l.name),
  };
}

/** A host id as hostId() makes them: anything else (a newline, a workflow command) is not shown. */
const HOST_ID = /^[A-Za-z0-9._:/-]{1,200}$/;

/** Who a lease's content names; undefined for a torn or foreign record. */
function holderOf(content: string): LeaseHolder | undefined {
  try {
    const r = JSON.parse(content.trimEnd()) as Partial<LeaseRecord>;
    // Written by any host of the fleet and shown in the log and the summary: checked first.
    if (typeof r.host === 'string' && HOST_ID.test(r.host) && Number.isSafeInteger(r.pid))
      return { host: r.host, pid: r.pid as number };
  } catch {
    // being rewritten, or not ours: shown as an unknown host
  }
  return undefined;
}

/**
 * Creates the next epoch after `look.newest` (free, or judged stale): exactly one racer can. The
 * winner removes the older epochs (their holders are dead) and looks for the archive once more
 * (a holder may have saved it and released meanwhile). Undefined when another racer won.
 */
async function tryTake(
  open: () => Promise<DirHandle>,
  objects: DirHandle,
  ref: ArchiveRef,
  look: Look,
  timeoutMs: number,
  staleMs: number,
): Promise<LeaseOutcome | undefined> {
  const epoch = (look.newest?.epoch ?? 0) + 1;
  const name = leaseName(ref.sha256, epoch);
  const flags = constants.O_RDWR | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW;
  await faultPoint('lease-take');
  let handle: FileHandle;
  try {
    handle = await fs.open(objects.nameForSyncCall(name), flags, 0o664);
  } catch (e) {
    if (isErrnoException(e) && e.code === 'EEXIST') return undefined;
    throw e;
  }
  const lease = new FileLease(open, name, handle, ref, staleMs, timeoutMs);
  try {
    await lease.beat();
    const after = await lookAt(objects, ref.sha256);
    // Our view was old (that epoch had been used and released since) or the archive came: not ours.
    if (after.archive || (after.newest && after.newest.epoch > epoch)) {
      await lease.release(objects);
      return after.archive ? { kind: 'present' } : undefined;
    }
    for (const old of [...look.older, ...(look.newest ? [look.newest.name] : [])])
      await removeIfThere(objects, old);
    lease.start();
    return { kind: 'held', lease: { holder: lease.record, release: () => lease.releaseIn() } };
  } catch (e) {
    await lease.release(objects).catch(() => undefined);
    throw e;
  }
}

async function removeIfThere(objects: DirHandle, name: string): Promise<void> {
  const st = await objects.lstat(name);
  if (!st?.isFile()) return; // never anything but a regular file of ours to remove
  await objects.unlink(name, st).catch((e: unknown) => {
    if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
  });
}

/** A held lease: its file open, its heartbeat, its release. */
class FileLease {
  readonly record: LeaseRecord;
  private timer?: NodeJS.Timeout;
  private closed = false;

  constructor(
    /** Opens `DIR/sha256` again, as the tier does for every call. */
    private readonly open: () => Promise<DirHandle>,
    private readonly name: string,
    private readonly handle: FileHandle,
    private readonly ref: ArchiveRef,
    private readonly staleMs: number,
    private readonly timeoutMs: number,
  ) {
    this.record = { host: hostId(), pid: process.pid, token: randomToken(), beat: 0, at: '' };
  }

  /** One heartbeat: the record rewritten in place (same length), the mtime with it. */
  async beat(): Promise<void> {
    this.record.beat++;
    this.record.at = isoTime();
    const text = JSON.stringify(this.record).padEnd(RECORD_BYTES, ' ');
    await this.handle.write(Buffer.from(text), 0, RECORD_BYTES, 0);
    const now = new Date();
    await this.handle.utimes(now, now);
  }

  start(): void {
    let beating = false;
    this.timer = setInterval(
      () => {
        if (beating || this.closed) return;
        beating = true;
        // A failed beat (the share hangs or went away) is not ours to report: the waiters then
        // see the lease go stale and take over, or fall back to the origin.
        void this.beat()
          .catch(() => undefined)
          .finally(() => (beating = false));
      },
      beatMs(this.staleMs, this.timeoutMs),
    );
    this.timer.unref();
  }

  /** Release from a new look at `DIR/sha256` (the holder's own directory handle is long closed). */
  async releaseIn(): Promise<void> {
    if (this.closed) return;
    let objects: DirHandle | undefined;
    try {
      objects = await this.open();
    } catch {
      // The tier is gone or changed: stop beating; the lease goes stale
    }
    await this.release(objects);
    await objects?.close();
  }

  /**
   * Stops the heartbeat and removes the lease file, only when the name still leads to our very
   * file (a takeover may have removed it and a later epoch reused nothing of it).
   */
  async release(objects: DirHandle | undefined): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    try {
      const mine = await this.handle.stat();
      const named = objects ? await objects.lstat(this.name).catch(() => undefined) : undefined;
      if (objects && named && named.dev === mine.dev && named.ino === mine.ino)
        await objects.unlink(this.name, named).catch(() => undefined);
    } finally {
      await this.handle.close();
    }
  }

  toString(): string {
    return `${this.ref.id} (${this.name})`;
  }
}
