// Uses as their own records (the GC roots): one small file per use, `uses/<id>/<key>.json`,
// published by a rename and removed on release. No rewrite of the registry can lose them, and a
// warm hit records one without any lock. The protocol against GC (docs/design.md, "Uses and
// GC"): an acquire writes its record, then looks for the entry's removal mark and its tree; a GC
// writes the mark, then looks for records. Whichever comes second sees the other.
import {
  closeSync,
  constants,
  fchmodSync,
  lstatSync,
  openSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError, isErrnoException } from './errors.js';
import { SHARED_FILE_MODE, ensureDir, randomToken } from './fsx.js';
import { CacheLayout } from './layout.js';
import type { JobProcess, JobRef, Liveness, UseRecord } from './leases.js';
import { hostId, livenessChecker, newUse } from './leases.js';
import { type DirHandle, SyncDirHandle, openDirInsideIfExists, withDir } from './dir-handle.js';
import { fileKind, readRegularFileSync } from './regular-file.js';
import { isoTime } from './format.js';

/** Who is using a toolchain: this step invocation of this job. */
export interface UseOwner {
  key: string;
  job: JobRef;
  process: JobProcess;
}

/** `ready`: installed and usable; `missing`: no tree; `removing`: a GC or `remove` is taking it. */
export type EntryState = 'ready' | 'missing' | 'removing';

const USE_SUFFIX = '.json';
const isWindows = process.platform === 'win32';
/** A new file, never an existing name, never through a link. */
const CREATE_EXCLUSIVE =
  constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** The name of a use record in `uses/<id>` (layout.useFile's). */
const useFileName = (layout: CacheLayout, id: string, key: string): string =>
  path.basename(layout.useFile(id, key));
/** The last-use stamp's name in `uses/<id>` (layout.lastUsedStamp's). */
const LAST_USED = path.basename(new CacheLayout(path.sep).lastUsedStamp('id'));

async function lstatIfExists(p: string) {
  try {
    // Synchronous: on every hit's way, and nothing there loads fs.promises ("Start-up cost").
    return await Promise.resolve(lstatSync(p));
  } catch (e) {
    if (isErrnoException(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return undefined;
    throw e;
  }
}

/** Where an installed entry stands. A tree replaced by a link (or a file) is an UNSAFE_PATH error. */
export async function entryState(layout: CacheLayout, id: string): Promise<EntryState> {
  const [dir, root, mark] = await Promise.all([
    lstatIfExists(layout.entryDir(id)),
    lstatIfExists(layout.toolchainRoot(id)),
    lstatIfExists(layout.removalMark(id)),
  ]);
  const linked = dir?.isSymbolicLink() || root?.isSymbolicLink();
  if (linked || (dir && !dir.isDirectory()) || (root && !root.isDirectory())) {
    throw new ToolchainCacheError(
      'UNSAFE_PATH',
      `Toolchain "${id}": ${layout.entryDir(id)} (or its files/) is no longer the directory that was installed ` +
        `(${linked ? 'a symlink' : 'not a directory'}); refusing to use it. ` +
        `Check who can write ${layout.root}, then run \`toolchain-cache remove ${id} --force\` to reinstall it.`,
    );
  }
  if (mark) return 'removing';
  return root ? 'ready' : 'missing';
}

/**
 * `uses/<id>`, opened without following a link (O_DIRECTORY|O_NOFOLLOW, synchronously: this is
 * the warm hit's path), made when missing: a job's record goes into that very directory and is
 * removed from it, never through a link planted there by another user. A link (or anything but a
 * directory) there stops the job naming it (docs/design.md, "Uses and GC"); undefined when it is
 * missing and `create` is false.
 */
async function openUsesDir(
  layout: CacheLayout,
  id: string,
  create: boolean,
): Promise<SyncDirHandle | undefined> {
  const dir = layout.usesOf(id);
  try {
    try {
      return SyncDirHandle.open(dir);
    } catch (e) {
      if (!(isErrnoException(e) && e.code === 'ENOENT') || !create) throw e;
    }
    // The first use of this id.
    await ensureDir(dir);
    return SyncDirHandle.open(dir);
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT' && !create) return undefined;
    if (!(e instanceof ToolchainCacheError && e.code === 'UNSAFE_PATH')) throw e;
    const st = lstatSync(dir, { throwIfNoEntry: false });
    throw new ToolchainCacheError(
      'UNSAFE_PATH',
      `${dir} is ${st ? fileKind(st) : 'gone'}, not the directory of use records toolchain-cache made: ` +
        `no use record is written or removed through it. Check who can write ${layout.root}, then remove it ` +
        `(\`rm ${dir}\`): the next job makes it again.`,
    );
  }
}

/**
 * Publishes `text` as `name` in the open `uses/<id>`: written to a temp name, then renamed (a
 * reader never sees half a record). Both names are bound to the directory's descriptor.
 */
function publishSync(dir: SyncDirHandle, name: string, text: string): void {
  const tmp = `${name}.tmp-${process.pid}-${randomToken()}`;
  const fd = openSync(dir.nameOf(tmp), CREATE_EXCLUSIVE, SHARED_FILE_MODE);
  try {
    // Explicitly: the umask must not keep the runners' group from reading it (GC judges it).
    if (!isWindows) fchmodSync(fd, SHARED_FILE_MODE);
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(dir.nameOf(tmp), dir.nameOf(name));
  } catch (e) {
    rmSync(dir.nameOf(tmp), { force: true });
    throw e;
  }
}

/** Runs `fn` with `uses/<id>` open (made when missing). */
async function withUsesDir<T>(
  layout: CacheLayout,
  id: string,
  fn: (dir: SyncDirHandle) => Promise<T>,
): Promise<T> {
  const dir = (await openUsesDir(layout, id, true))!;
  try {
    return await fn(dir);
  } finally {
    dir.close();
  }
}

/** Unlinks `name` of the open `uses/<id>`; false when it was not there. */
function unlinkIn(dir: SyncDirHandle, name: string): boolean {
  try {
    unlinkSync(dir.nameOf(name));
    return true;
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return false;
    throw e;
  }
}

/** Writes a use record as is (recordUse adds the checks); the file's path. */
export async function writeUseRecord(
  layout: CacheLayout,
  id: string,
  record: UseRecord,
): Promise<string> {
  await withUsesDir(layout, id, async (dir) =>
    publishSync(dir, useFileName(layout, id, record.key), JSON.stringify(record)),
  );
  return layout.useFile(id, record.key);
}

/**
 * Records this step's use of `id`, then checks the entry is still there and not being removed.
 * True when the use holds; false (and no record left) when the caller must install it again.
 */
export async function recordUse(
  layout: CacheLayout,
  id: string,
  owner: UseOwner,
  now = Date.now(),
): Promise<boolean> {
  return withUsesDir(layout, id, async (dir) => {
    const name = useFileName(layout, id, owner.key);
    publishSync(dir, name, JSON.stringify(newUse(owner.key, owner.job, owner.process, now)));
    let state: EntryState;
    try {
      state = await entryState(layout, id);
    } catch (e) {
      unlinkIn(dir, name);
      throw e;
    }
    if (state === 'ready') return true;
    unlinkIn(dir, name);
    return false;
  });
}

/** A use belongs to this step when it has the step's key, or (the key being lost with a crashed
 * main) the same job process and the same action step. */
function ownedBy(use: UseRecord, owner: Partial<UseOwner>, host: string): boolean {
  if (owner.key && use.key === owner.key) return true;
  return (
    owner.process !== undefined &&
    owner.job !== undefined &&
    use.host === host &&
    use.pid === owner.process.pid &&
    use.pidStart === owner.process.pidStart &&
    use.job.runId === owner.job.runId &&
    use.job.job === owner.job.job &&
    use.job.action === owner.job.action
  );
}

/**
 * Releases this step's uses of `ids`; idempotent. Returns the ids released. The release is the
 * unlink, in `uses/<id>` opened no-follow; refreshing the last-use stamp afterwards is best effort
 * and never makes it fail.
 */
export async function releaseUses(
  layout: CacheLayout,
  owner: Partial<UseOwner>,
  ids: Iterable<string>,
  now = Date.now(),
): Promise<string[]> {
  const host = hostId();
  const released: string[] = [];
  for (const id of new Set(ids)) {
    const dir = await openUsesDir(layout, id, false);
    if (!dir) continue;
    let removed = false;
    try {
      // The record named by the step's key is the step's use; only without it (a main that lost
      // its key) are the records read to find the job process's. A warm post reads nothing.
      if (owner.key) removed = unlinkIn(dir, useFileName(layout, id, owner.key));
      if (!removed && owner.process && owner.job) {
        const { records } = await readUses(layout, id);
        for (const r of records)
          if (ownedBy(r.use, owner, host))
            removed = unlinkIn(dir, path.basename(r.file)) || removed;
      }
      if (removed) stampIn(dir, now);
    } finally {
      dir.close();
    }
    if (removed) released.push(id);
  }
  return released;
}

/** Refreshes the last-use stamp of the open `uses/<id>` (advisory: GC's age and LRU decisions read it). */
function stampIn(dir: SyncDirHandle, at: number): void {
  try {
    publishSync(dir, LAST_USED, isoTime(at));
  } catch {
    // Advisory: a stamp that cannot be written only makes the entry look older to GC.
  }
}

/** stampIn for `id`, when its `uses/<id>` exists (and is a directory, not a link). */
export async function stampLastUse(layout: CacheLayout, id: string, at: number): Promise<void> {
  const dir = await openUsesDir(layout, id, false).catch(() => undefined);
  if (!dir) return;
  stampIn(dir, at);
  dir.close();
}

export interface UseFile {
  file: string;
  use: UseRecord;
}

export interface UsesOfEntry {
  records: UseFile[];
  /** Records that exist but cannot be read or parsed: counted as live (never delete on doubt). */
  unreadable: string[];
  /** The last-use stamp (ms since the epoch), if any. */
  stampMs?: number;
  /** Names of temp files of record writers in `uses/<id>` (a killed writer leaves one behind). */
  temps: string[];
}

const isUseRecord = (u: unknown): u is UseRecord => {
  const r = u as Partial<UseRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.key === 'string' &&
    typeof r.host === 'string' &&
    typeof r.pid === 'number' &&
    typeof r.createdAt === 'string' &&
    typeof r.leaseExpiresAt === 'string' &&
    typeof r.job === 'object' &&
    r.job !== null
  );
};

/** A use record is a few hundred bytes: anything much larger is not one (and is not read whole). */
const MAX_RECORD_BYTES = 64 * 1024;

/**
 * Every use record of `id` (temp files of writers in progress are not records). `uses/<id>` is
 * opened no-follow from the root and its files read through that descriptor, no-follow and
 * non-blocking: a link or a FIFO planted there is an unreadable record (the entry stays in use),
 * never followed nor waited on.
 */
export async function readUses(layout: CacheLayout, id: string): Promise<UsesOfEntry> {
  const result: UsesOfEntry = { records: [], unreadable: [], temps: [] };
  let dir: DirHandle | undefined;
  try {
    dir = await openDirInsideIfExists(layout.root, layout.usesOf(id));
  } catch {
    // A directory of uses we cannot open (or a link in its place) may hold live uses: the caller
    // must treat the entry as in use.
    result.unreadable.push(layout.usesOf(id));
    return result;
  }
  if (!dir) return result;
  await withDir(dir, (d) => readUsesIn(d, result));
  return result;
}

/**
 * readUses for many entries at once, synchronously (usageOfAll: the summary's figures, GC, `list`):
 * `uses/` opened no-follow once, each `uses/<id>` opened no-follow through its descriptor, each
 * file read no-follow, non-blocking, regular and bounded — what readUses checks, without a round
 * trip to the thread pool per file. `uses/` that cannot be opened (a link, say): every entry's
 * records are unreadable, so each counts as in use.
 */
function usesReader(layout: CacheLayout): { read(id: string): UsesOfEntry; close(): void } {
  let uses: SyncDirHandle | undefined;
  let failed = false;
  try {
    uses = SyncDirHandle.open(layout.usesDir);
  } catch (e) {
    failed = !(isErrnoException(e) && e.code === 'ENOENT');
  }
  const read = (id: string): UsesOfEntry => {
    const result: UsesOfEntry = { records: [], unreadable: [], temps: [] };
    if (failed) result.unreadable.push(layout.usesOf(id));
    if (!uses) return result;
    let dir: SyncDirHandle;
    try {
      dir = SyncDirHandle.open(uses.nameOf(id));
    } catch (e) {
      if (!(isErrnoException(e) && e.code === 'ENOENT')) result.unreadable.push(layout.usesOf(id));
      return result;
    }
    try {
      readUsesInSync(dir, layout.usesOf(id), result);
    } finally {
      dir.close();
    }
    return result;
  };
  return { read, close: () => uses?.close() };
}

/** readUsesIn, synchronously, for the open `uses/<id>` (at `where`). */
function readUsesInSync(dir: SyncDirHandle, where: string, result: UsesOfEntry): void {
  let names: string[];
  try {
    names = dir.list();
  } catch {
    result.unreadable.push(where);
    return;
  }
  const read = (name: string): string =>
    readRegularFileSync(dir.nameOf(name), MAX_RECORD_BYTES).toString('utf8');
  for (const name of names) {
    const file = path.join(where, name);
    if (name === LAST_USED) {
      let text = '';
      try {
        text = read(name);
      } catch {
        // no stamp: the records alone
      }
      const t = Date.parse(text);
      if (!Number.isNaN(t)) result.stampMs = t;
      continue;
    }
    if (name.includes('.tmp-')) result.temps.push(name);
    if (!name.endsWith(USE_SUFFIX)) continue;
    try {
      const use: unknown = JSON.parse(read(name));
      if (isUseRecord(use)) result.records.push({ file, use });
      else result.unreadable.push(file);
    } catch (e) {
      if (isErrnoException(e) && e.code === 'ENOENT') continue; // released meanwhile
      result.unreadable.push(file);
    }
  }
}

async function readUsesIn(dir: DirHandle, result: UsesOfEntry): Promise<void> {
  let names: string[];
  try {
    names = await dir.list();
  } catch {
    result.unreadable.push(dir.path);
    return;
  }
  for (const name of names) {
    const file = dir.pathOf(name);
    if (name === LAST_USED) {
      const text = await dir.readFile(name, MAX_RECORD_BYTES).catch(() => undefined);
      const t = Date.parse(text?.toString('utf8') ?? '');
      if (!Number.isNaN(t)) result.stampMs = t;
      continue;
    }
    if (name.includes('.tmp-')) result.temps.push(name);
    if (!name.endsWith(USE_SUFFIX)) continue;
    try {
      const use: unknown = JSON.parse(
        (await dir.readFile(name, MAX_RECORD_BYTES)).toString('utf8'),
      );
      if (isUseRecord(use)) result.records.push({ file, use });
      else result.unreadable.push(file);
    } catch (e) {
      if (isErrnoException(e) && e.code === 'ENOENT') continue; // released meanwhile
      result.unreadable.push(file);
    }
  }
}

/**
 * Unlinks files of `uses/<id>` by name, through the directory opened no-follow from the root (a
 * link planted at `uses/<id>` is never deleted through). Returns the names that were there.
 */
export async function unlinkUseFiles(
  layout: CacheLayout,
  id: string,
  names: string[],
): Promise<string[]> {
  if (names.length === 0) return [];
  const dir = await openDirInsideIfExists(layout.root, layout.usesOf(id));
  if (!dir) return [];
  return withDir(dir, async (d) => {
    const gone: string[] = [];
    for (const name of names) {
      try {
        await d.unlink(name);
        gone.push(name);
      } catch (e) {
        if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
      }
    }
    return gone;
  });
}

/** What GC, `list` and the summary need to know of an entry's uses. */
export interface EntryUsage {
  live: UseRecord[];
  dead: UseFile[];
  /** Records (or a directory) that could not be read: the entry counts as in use. */
  unreadable: string[];
  /** Newest of the last-use stamp and the live and dead records' creation times. */
  lastUsedMs?: number;
  temps: string[];
}

export const isInUse = (u: EntryUsage | undefined): boolean =>
  u !== undefined && (u.live.length > 0 || u.unreadable.length > 0);

/** Judges every record of `id` (liveness may run `ps`: never call this under a busy lock in a loop). */
export async function usageOf(
  layout: CacheLayout,
  id: string,
  alive: Liveness,
  uses?: UsesOfEntry,
): Promise<EntryUsage> {
  const { records, unreadable, stampMs, temps } = uses ?? (await readUses(layout, id));
  const usage: EntryUsage = { live: [], dead: [], unreadable, lastUsedMs: stampMs, temps };
  for (const r of records) {
    if (await alive(r.use)) usage.live.push(r.use);
    else usage.dead.push(r);
    const t = Date.parse(r.use.createdAt);
    if (!Number.isNaN(t) && t > (usage.lastUsedMs ?? 0)) usage.lastUsedMs = t;
  }
  return usage;
}

/** Usage of each id, judged with one liveness checker. */
export async function usageOfAll(
  layout: CacheLayout,
  ids: Iterable<string>,
  now = Date.now(),
): Promise<Map<string, EntryUsage>> {
  const alive = livenessChecker(now);
  const out = new Map<string, EntryUsage>();
  const reader = usesReader(layout);
  try {
    for (const id of ids) out.set(id, await usageOf(layout, id, alive, reader.read(id)));
  } finally {
    reader.close();
  }
  return out;
}

export interface ReclaimedUse {
  id: string;
  use: UseRecord;
}

/** A temp file this old belongs to a writer that was killed (a record is written in microseconds). */
export const STALE_TEMP_MS = 3600_000;

/**
 * Removes the regular files among `names` (entries of the open directory `dir`) not modified for
 * `maxAgeMs` (by default: temp files of killed writers); returns how many. Relative to the
 * descriptor: a link is never followed, a directory swapped in above never redirects it.
 */
export async function removeStaleTemps(
  dir: DirHandle,
  names: string[],
  now: number,
  maxAgeMs = STALE_TEMP_MS,
): Promise<number> {
  let removed = 0;
  for (const name of names) {
    const st = await dir.lstat(name).catch(() => undefined);
    if (!st?.isFile() || now - st.mtimeMs < maxAgeMs) continue;
    if (
      await dir.unlink(name, st).then(
        () => true,
        () => false,
      )
    )
      removed += 1;
  }
  return removed;
}

/**
 * Removes the records of jobs that are gone, for every id that has a uses directory. A dead use
 * cannot come back to life (a refreshed use is a new record), so unlinking it needs no lock; its
 * time goes into the last-use stamp so LRU still sees the job's use.
 */
export async function reclaimDeadUses(
  layout: CacheLayout,
  now = Date.now(),
): Promise<{ reclaimed: ReclaimedUse[]; tempsRemoved: number }> {
  const usesDir = await openDirInsideIfExists(layout.root, layout.usesDir);
  const ids = usesDir ? await withDir(usesDir, (d) => d.list()) : [];
  const alive = livenessChecker(now);
  const reclaimed: ReclaimedUse[] = [];
  let tempsRemoved = 0;
  for (const id of ids) {
    const usage = await usageOf(layout, id, alive);
    const byName = new Map(usage.dead.map((d) => [path.basename(d.file), d.use]));
    for (const name of await unlinkUseFiles(layout, id, [...byName.keys()]))
      reclaimed.push({ id, use: byName.get(name)! });
    if (usage.dead.length > 0 && usage.lastUsedMs !== undefined)
      await stampLastUse(layout, id, usage.lastUsedMs);
    if (usage.temps.length === 0) continue;
    const dir = await openDirInsideIfExists(layout.root, layout.usesOf(id)).catch(() => undefined);
    if (dir) tempsRemoved += await withDir(dir, (d) => removeStaleTemps(d, usage.temps, now));
  }
  return { reclaimed, tempsRemoved };
}
