// The on-disk state of one lock: numbered epochs. The lock `<name>` is the directory
// `<name>.lock/`, holding one directory per epoch: `<name>.lock/<n>/`. Whoever creates epoch n with
// mkdir (atomic on local disks and NFS: exactly one creator wins) holds the lock until epoch n+1
// exists. Taking over a stale or released epoch n means creating n+1, so of any number of racers
// exactly one succeeds; a racer that finds a higher epoch after its own mkdir backs off.
//
// Inside an epoch directory: `owner` (who holds it, with a random token; written as
// `owner.tmp-<pid>-<token>` and renamed, so a killed writer leaves only a `*.tmp-*` file), renamed
// to `released` on release. The epoch directory's mtime is the holder's heartbeat.
//
// Invariants the checks rely on:
// - epoch numbers only grow: the newest epoch is never removed except by its own creator backing
//   out before it held anything (no owner record yet), so a released lock keeps its number;
// - a holder removes the epochs below its own, lowest first: when epoch n+1 is gone, epoch n (and
//   its owner record) is gone too. "My owner record carries my token and there is no newer epoch"
//   is therefore exactly "nobody took over epoch n".
// The epochs directory itself is never removed while the lock may be used: numbering would start
// again, and a process about to create epoch n+1 from an old view could then hold it alongside a
// new holder of epoch 1 until that one checks.
import { lstatSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError, isErrnoException } from '../errors.js';
import { NotRegularFileError, readRegularTextIfExistsSync } from '../regular-file.js';
import {
  SHARED_DIR_MODE,
  STATE_FILE_MAX_BYTES,
  chmodDirNoFollowSync,
  ensureDir,
  writeFileReplacingSync,
} from '../fsx.js';

export interface LockOwner {
  token: string;
  pid: number;
  host: string;
  /** Free text naming the job, for "held by …" messages. */
  holder?: string;
  acquiredAt: string;
  /** The epoch this record belongs to. */
  epoch?: number;
}

export type EpochKind = 'none' | 'starting' | 'held' | 'released';

export interface EpochState {
  /** 0 when the lock was never taken. */
  epoch: number;
  /** `starting`: created, owner record not written yet. */
  kind: EpochKind;
  owner?: LockOwner;
  /** The epoch directory's mtime: its holder's last heartbeat. */
  heartbeatMs?: number;
}

const OWNER = 'owner';
const RELEASED = 'released';
/** What a waiter watches for in an epoch directory: its release (its removal shows anyway). */
export const RELEASE_EVENTS = [RELEASED];

export const epochsDirOf = (lockPath: string): string => `${lockPath}.lock`;
export const epochDirOf = (lockPath: string, epoch: number): string =>
  path.join(epochsDirOf(lockPath), String(epoch));

/**
 * Lock paths are made by the cache only. Anything else found there (a symlink someone planted, a
 * file) is refused, never followed: a takeover must not act on another directory. Returns whether
 * the directory exists.
 */
export function assertNotPlanted(p: string): boolean {
  let st;
  try {
    st = lstatSync(p);
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return false;
    throw e;
  }
  if (st.isDirectory()) return true;
  const what = st.isSymbolicLink() ? 'a symbolic link' : 'not a directory';
  throw new ToolchainCacheError(
    'UNSAFE_PATH',
    `Lock path ${p} is ${what}; the cache only creates directories there and never follows links. ` +
      `Remove ${p} (nothing of the cache is lost) and run again.`,
  );
}

/** The lock's epochs directory, created (shared mode) if missing; the locks directory must exist. */
export async function prepareEpochsDir(lockPath: string): Promise<void> {
  const dir = epochsDirOf(lockPath);
  if (assertNotPlanted(dir)) return;
  // A missing locks directory is a broken root, not something to create silently here.
  await fs.access(path.dirname(dir));
  await ensureDir(dir);
  assertNotPlanted(dir);
}

/** Epoch numbers present, lowest first. */
export function listEpochs(lockPath: string): number[] {
  let names: string[];
  try {
    names = readdirSync(epochsDirOf(lockPath));
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return [];
    throw e;
  }
  return names
    .filter((n) => /^[1-9]\d{0,15}$/.test(n))
    .map(Number)
    .sort((a, b) => a - b);
}

function readOwner(epochDir: string): LockOwner | undefined {
  let text: string;
  try {
    // No link followed, no wait on a FIFO, bounded (regular-file.ts).
    const read = readRegularTextIfExistsSync(path.join(epochDir, OWNER), STATE_FILE_MAX_BYTES);
    if (read === undefined) return undefined;
    text = read;
  } catch (e) {
    if (!(e instanceof NotRegularFileError)) throw e;
    text = ''; // something else than our rename put there: a holder, unknown (below)
  }
  try {
    return JSON.parse(text) as LockOwner;
  } catch {
    // Written by rename, so never torn; unparsable means someone else wrote it: a holder, unknown.
    return { token: '', pid: 0, host: '', acquiredAt: '' };
  }
}

const exists = (p: string): boolean => {
  try {
    lstatSync(p);
    return true;
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return false;
    throw e;
  }
};

/** The newest epoch and what it says. */
export function newestEpoch(lockPath: string): EpochState {
  for (let attempt = 0; ; attempt++) {
    const epoch = listEpochs(lockPath).at(-1);
    if (epoch === undefined) return { epoch: 0, kind: 'none' };
    const dir = epochDirOf(lockPath, epoch);
    try {
      const st = lstatSync(dir);
      if (!st.isDirectory()) assertNotPlanted(dir);
      const owner = readOwner(dir);
      if (owner) return { epoch, kind: 'held', owner, heartbeatMs: st.mtimeMs };
      const kind = exists(path.join(dir, RELEASED)) ? 'released' : 'starting';
      return { epoch, kind, heartbeatMs: st.mtimeMs };
    } catch (e) {
      // Its creator backed out (or failed to write its owner) meanwhile: look again.
      if (!(isErrnoException(e) && e.code === 'ENOENT' && attempt < 10)) throw e;
    }
  }
}

/** Whether the next epoch may be created: never taken, released, or its heartbeat stopped. */
export function isFree(state: EpochState, staleMs: number, now = Date.now()): boolean {
  if (state.kind === 'none' || state.kind === 'released') return true;
  return (state.heartbeatMs ?? 0) < now - staleMs;
}

/**
 * mkdir of epoch n: true for the one process that created it; false if it exists, or if the
 * epochs directory itself went away meanwhile (the caller prepares it again and retries).
 */
export function claimEpochSync(lockPath: string, epoch: number): boolean {
  const dir = epochDirOf(lockPath, epoch);
  try {
    mkdirSync(dir, { mode: SHARED_DIR_MODE });
  } catch (e) {
    if (isErrnoException(e) && (e.code === 'EEXIST' || e.code === 'ENOENT')) return false;
    throw e;
  }
  // mkdir's mode is masked by the umask; set on the descriptor, never through a swapped-in link.
  chmodDirNoFollowSync(dir, SHARED_DIR_MODE);
  return true;
}

export function epochsAbove(lockPath: string, epoch: number): boolean {
  return listEpochs(lockPath).some((e) => e > epoch);
}

export function writeOwnerSync(lockPath: string, epoch: number, owner: LockOwner): void {
  writeFileReplacingSync(path.join(epochDirOf(lockPath, epoch), OWNER), JSON.stringify(owner));
}

/**
 * Still ours: our owner record in epoch n, and no newer epoch. (Epoch n+1 alone would do, by the
 * invariants above; any newer one also covers an epochs directory that someone removed and a
 * process with an old view re-created.)
 */
export function ownsEpochSync(lockPath: string, epoch: number, token: string): boolean {
  try {
    return readOwner(epochDirOf(lockPath, epoch))?.token === token && !epochsAbove(lockPath, epoch);
  } catch {
    return false;
  }
}

/** Release: the owner record becomes the `released` marker (one rename, so never half done). */
export function markReleasedSync(lockPath: string, epoch: number): void {
  const dir = epochDirOf(lockPath, epoch);
  renameSync(path.join(dir, OWNER), path.join(dir, RELEASED));
}

/** Removes one epoch (never the newest one of a holder: see the invariants). */
export function removeEpochSync(lockPath: string, epoch: number): void {
  rmSync(epochDirOf(lockPath, epoch), { recursive: true, force: true });
}

/** Removes the epochs below `epoch`, lowest first. Best effort: the next holder tries again. */
export function removeEpochsBelow(lockPath: string, epoch: number): void {
  for (const e of listEpochs(lockPath)) {
    if (e >= epoch) break;
    try {
      removeEpochSync(lockPath, e);
    } catch {
      return; // keep the lowest-first order: stop at the first one that resists (Windows)
    }
  }
}
