// Garbage collection of installed toolchains, and the removal of one entry (shared with the CLI).
// What goes is decided by the pure planner (gc-plan.ts); the throttle's record is gc-state.ts; the
// report is rendered by gc-report.ts.
//
// Safety rules (docs/design.md, "Uses and GC"):
// - An entry with a live (or unreadable) use record is never removed. Dead uses are reclaimed
//   first; the plan is made from a snapshot, and each removal re-checks the entry's use records
//   under the registry lock after marking it (removal.ts), so a use recorded at any moment is seen.
// - Deletion is two-phase: under the registry lock the entry is unregistered and its directory is
//   renamed into trash/ (fast, same filesystem); the trash is deleted after the lock is released.
//   Trash left by a GC that crashed in between is deleted by the next GC.
// - Nothing is deleted through a symlink, and no path outside the real cache root is acted on:
//   every walk opens directories no-follow from the root and acts on their descriptors
//   (dir-handle.ts; docs/design.md, "Walks stay in the root").
// - GC is non-blocking: it takes its own lock with one try; a host runs a full GC at most once per
//   interval (recorded in gc-state.json, gc-state.ts) unless the size bound is exceeded.
import { lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError, errorMessage } from './errors.js';
import { ensureDir, removeTreeInside } from './fsx.js';
import { DAY_MS, planCollection, withLastUse, type GcPlan } from './gc-plan.js';
import { recordFullGc } from './gc-state.js';
import { emptyReport, isThrottled } from './gc-throttle.js';
import { ID_PATTERN } from './ids.js';
import { userName } from './platform/names.js';
import { stagingId, type CacheLayout } from './layout.js';
import { describeJob, hostId, livenessChecker } from './leases.js';
import { DEFAULT_LOCK_STALE_MS, describeOwner, readLockOwner, tryLock } from './lock.js';
import type { RegistryEntry } from './registry/schema.js';
import type { Registry } from './registry/store.js';
import { checkSafeDirs, isRefusal, removeIfUnused, restoreFromTrash } from './removal.js';
import { COMPILE_CACHE_DIR } from './compile-cache-dir.js';
import { removeOldCorruptCopies, removeOrphans } from './gc-leftovers.js';
import { recordGcRun } from './stats.js';
import { DirHandle, openDirInsideIfExists, withDir } from './dir-handle.js';
import { isInUse, reclaimDeadUses, removeStaleTemps, usageOfAll, type EntryUsage } from './uses.js';

/** The GC lock is taken over when its holder's heartbeat is older than this. */
export const DEFAULT_GC_LOCK_STALE_MS = 60_000;

export { DEFAULT_GC_INTERVAL_MS } from './gc-throttle.js';

export interface GcOptions {
  /** Remove unused entries whose last use is older than this; 0 = every unused entry. */
  maxUnusedDays: number;
  /** Then remove unused entries, least recently used first, while the total exceeds this. */
  maxSizeBytes?: number;
  /** Who set `maxSizeBytes` (the host file, a variable, an input, --max-size): the report names it. */
  maxSizeFrom?: string;
  /** Report what would go; change nothing (no lock, no reclaim, no trash cleaning). */
  dryRun?: boolean;
  /** The clock (ms since the epoch); tests move it forward. */
  now?: number;
  /** Minimum time between two full GCs of this host (default 10 min); 0 = no throttle. */
  throttleMs?: number;
  /** Ignore the throttle (the operator's `gc`). */
  force?: boolean;
  /**
   * Whether exceeding `maxSizeBytes` skips the throttle: only for a bound the host set (a
   * workflow's bound would let any job run a full GC on every post step).
   */
  sizeBoundSkipsThrottle?: boolean;
  /** Names the job in the GC lock's owner record. */
  holder?: string;
  lockStaleMs?: number;
  /** Test hook: runs after the removal is committed and before the trash is deleted. */
  afterTrash?: (trashPaths: string[]) => Promise<void>;
}

export interface RemovedEntry {
  id: string;
  sizeBytes: number;
  lastUsedAt: string;
}

export interface GcReport {
  dryRun: boolean;
  /** Set when the GC did not run at all. */
  skipped?: 'another-gc-running' | 'throttled';
  /** Details for `skipped`: who holds the GC lock, or when the last GC ran. */
  skippedDetail?: string;
  /** Removed (or, in a dry run, would be removed), least recently used first. */
  removed: RemovedEntry[];
  freedBytes: number;
  /** Entries that the bounds would have removed but that are in use. */
  skippedInUse: string[];
  /**
   * Of those, the ones with use records this user cannot read (counted as live: never removed on
   * doubt), with how many and whose: each pins its toolchain until its owner or root sees to it.
   * Only when any.
   */
  unreadableUses?: UnreadableUses[];
  /** Why the size bound could not be met (only entries in use are left). */
  boundsUnmet?: string;
  /** Dead uses dropped (in a dry run: that would be dropped). */
  reclaimedUses: number;
  /** Leftover trash items deleted (in a dry run: present). */
  trashCleaned: number;
  /** Registered bytes before and after. */
  totalBytesBefore: number;
  totalBytesAfter: number;
  /** Problems that did not stop the GC (an entry that could not be moved, trash that could not go). */
  errors: string[];
  notes: string[];
}

/** An entry's use records that cannot be read, and who owns them. */
export interface UnreadableUses {
  id: string;
  records: number;
  /** User names (or uids) of the records' owners, as far as they can be told. */
  owners: string[];
}

/** The unreadable use records of each of `ids` that has any (usage as judged by usageOfAll). */
export function unreadableUsesOf(ids: string[], usage: Map<string, EntryUsage>): UnreadableUses[] {
  const out: UnreadableUses[] = [];
  for (const id of ids) {
    const files = usage.get(id)?.unreadable ?? [];
    if (files.length === 0) continue;
    const owners = new Set<string>();
    for (const f of files) {
      const uid = lstatOrUndefined(f)?.uid;
      if (uid !== undefined) owners.add(userName(uid));
    }
    out.push({ id, records: files.length, owners: [...owners].sort() });
  }
  return out;
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

const removedOf = (e: RegistryEntry): RemovedEntry => ({
  id: e.id,
  sizeBytes: e.sizeBytes,
  lastUsedAt: e.lastUsedAt,
});

/** Runs a GC: is it throttled → clean leftovers → reclaim dead uses → plan → remove → delete. */
export async function collectGarbage(
  layout: CacheLayout,
  registry: Registry,
  options: GcOptions,
): Promise<GcReport> {
  const now = options.now ?? Date.now();
  if (options.dryRun) return dryRunGc(layout, registry, options, now);
  const report = emptyReport(false);
  // Lock-free first, so the common throttled post step costs a file read.
  if (await isThrottled(layout, registry, options, now, report)) return report;
  const lockPath = layout.lockPath('gc');
  await ensureDir(layout.locksDir); // a root made by hand may not have it yet
  const lock = await tryLock(lockPath, 'gc', {
    staleMs: options.lockStaleMs ?? DEFAULT_GC_LOCK_STALE_MS,
    holder: options.holder,
  });
  if (!lock) {
    report.skipped = 'another-gc-running';
    report.skippedDetail = `the GC lock is held by ${describeOwner(await readLockOwner(lockPath))}`;
    return report;
  }
  let ran = false;
  try {
    // Another GC of this host may have finished between the check and the lock.
    if (await isThrottled(layout, registry, options, now, report)) return report;
    await fullGc(layout, registry, options, now, report);
    ran = true;
  } finally {
    await lock.release();
  }
  // Outside the GC lock: the stats lock is never taken while holding another.
  if (ran) await countRun(layout, report, options, now);
  return report;
}

/** Clean leftovers → reclaim dead uses → plan → remove → delete the trash; fills `report`. */
async function fullGc(
  layout: CacheLayout,
  registry: Registry,
  options: GcOptions,
  now: number,
  report: GcReport,
): Promise<void> {
  report.trashCleaned = await cleanLeftovers(layout, registry, now, report);
  const { reclaimed, tempsRemoved } = await reclaimDeadUses(layout, now);
  report.reclaimedUses = reclaimed.length;
  report.trashCleaned += tempsRemoved;
  const { plan, usage } = await planFromSnapshot(layout, registry, options, now);
  const moved = plan.remove.length
    ? await commitRemovals(layout, registry, plan, options, now)
    : [];
  applyPlan(report, plan, moved);
  noteUnreadable(report, usage);
  await options.afterTrash?.(moved.map((m) => m.to));
  for (const m of moved) {
    await removeTreeInside(layout.root, m.to).catch((e: unknown) =>
      report.errors.push(`could not delete ${m.to} (the next GC retries): ${errorMessage(e)}`),
    );
  }
  await recordFullGc(layout, now);
}

/** Adds this run to the GC counters in stats.json (docs/design.md, "Statistics"); a failure is a problem of the report. */
async function countRun(
  layout: CacheLayout,
  report: GcReport,
  options: GcOptions,
  now: number,
): Promise<void> {
  try {
    await recordGcRun(layout, hostId(), report, { now, holder: options.holder });
  } catch (e) {
    report.errors.push(
      `the GC ran but could not be counted in the statistics (stats.json): ${errorMessage(e)}`,
    );
  }
}

/**
 * Trash, staging of dead installers, temp files of killed writers, what removed toolchains left
 * (use stamps, install locks) and old corrupt-registry copies (counted); the legacy code cache (a
 * note).
 */
async function cleanLeftovers(
  layout: CacheLayout,
  registry: Registry,
  now: number,
  report: GcReport,
): Promise<number> {
  const { errors } = report;
  let cleaned = await emptyTrash(layout, errors);
  cleaned += await removeStaleStaging(layout, now, errors);
  cleaned += await removeOrphans(layout, registry, now, errors);
  cleaned += await removeOldCorruptCopies(layout, now).catch((e: unknown) => {
    errors.push(`could not delete an old copy of a corrupt registry: ${errorMessage(e)}`);
    return 0;
  });
  for (const dir of [layout.root, layout.locksDir, layout.namedDir, layout.namedDocsDir]) {
    const handle = await openDirInsideIfExists(layout.root, dir);
    if (!handle) continue;
    cleaned += await withDir(handle, async (d) => {
      const temps = (await d.list()).filter((n) => n.includes('.tmp-'));
      return removeStaleTemps(d, temps, now);
    });
  }
  if (await removeLegacyCodeCache(layout, errors))
    report.notes.push(
      `removed ${COMPILE_CACHE_DIR}/, the code cache earlier releases kept in the cache root`,
    );
  return cleaned;
}

/**
 * Earlier releases kept the steps' code cache in the shared root (`compile-cache/`), where any
 * runner user could write what every later step ran; it now lives in each user's own cache
 * directory (docs/design.md, "Start-up cost"), and a leftover one in the root goes whole, by the
 * same descriptor walk as the trash (a link there is unlinked, never followed).
 */
async function removeLegacyCodeCache(layout: CacheLayout, errors: string[]): Promise<boolean> {
  const root = await DirHandle.open(layout.root);
  const st = await withDir(root, (d) => d.lstat(COMPILE_CACHE_DIR));
  if (!st) return false;
  return deleteLeftover(layout, layout.root, COMPILE_CACHE_DIR, 'legacy code cache', errors);
}

/** The names in one of the root's own directories (opened no-follow from the root); none when absent. */
async function namesIn(layout: CacheLayout, dir: string): Promise<string[]> {
  const handle = await openDirInsideIfExists(layout.root, dir);
  return handle ? withDir(handle, (d) => d.list()) : [];
}

interface Moved {
  id: string;
  from: string;
  to: string;
}

/**
 * One registry transaction: each planned entry is marked, its uses re-checked and, still unused,
 * moved to the trash and unregistered (removal.ts). Entries found in use meanwhile stay, and are
 * reported as skipped. Returns what moved.
 */
async function commitRemovals(
  layout: CacheLayout,
  registry: Registry,
  plan: GcPlan,
  options: GcOptions,
  now: number,
): Promise<Moved[]> {
  const moved: Moved[] = [];
  const alive = livenessChecker(now);
  try {
    await registry.update(async (doc, tx) => {
      await checkSafeDirs(layout);
      for (const planned of plan.remove) {
        if (!Object.hasOwn(doc.entries, planned.id)) continue; // removed by someone else meanwhile
        const outcome = await removeIfUnused(layout, planned.id, tx.lock, alive, {
          holder: options.holder,
        });
        if (isRefusal(outcome)) {
          plan.skippedInUse.push(planned.id);
          continue;
        }
        if (outcome.trashPath)
          moved.push({ id: planned.id, from: layout.entryDir(planned.id), to: outcome.trashPath });
        delete doc.entries[planned.id];
      }
      if (moved.length === 0 && plan.remove.every((e) => Object.hasOwn(doc.entries, e.id)))
        tx.skipWrite();
    });
  } catch (e) {
    for (const m of moved) await restoreFromTrash(layout, m.id, m.to);
    throw e;
  }
  return moved;
}

/** Copies what a plan says into the report; with `moved`, only what was really removed. */
function applyPlan(report: GcReport, plan: GcPlan, moved?: Moved[]): void {
  const gone = moved ? new Set(moved.map((m) => m.id)) : undefined;
  const removed = gone ? plan.remove.filter((e) => gone.has(e.id)) : plan.remove;
  report.removed = removed.map(removedOf);
  report.freedBytes = removed.reduce((n, e) => n + e.sizeBytes, 0);
  report.skippedInUse = [...new Set(plan.skippedInUse)];
  report.boundsUnmet = plan.boundsUnmet;
  report.totalBytesBefore = plan.totalBytesBefore;
  report.totalBytesAfter = plan.totalBytesBefore - report.freedBytes;
}

/** The skipped entries pinned by unreadable use records, in the report (only when any). */
function noteUnreadable(report: GcReport, usage: Map<string, EntryUsage>): void {
  const pinned = unreadableUsesOf(report.skippedInUse, usage);
  if (pinned.length) report.unreadableUses = pinned;
}

/** The plan for the registry and the use records as they are now (both read without a lock). */
async function planFromSnapshot(
  layout: CacheLayout,
  registry: Registry,
  options: GcOptions,
  now: number,
): Promise<{ plan: GcPlan; usage: Map<string, EntryUsage> }> {
  const doc = await registry.read();
  const usage = await usageOfAll(layout, Object.keys(doc.entries), now);
  const plan = planCollection(withLastUse(doc, usage), { ...options, now }, (e) =>
    isInUse(usage.get(e.id)),
  );
  return { plan, usage };
}

/** The same decisions on a lock-free snapshot, judging liveness without writing anything. */
async function dryRunGc(
  layout: CacheLayout,
  registry: Registry,
  options: GcOptions,
  now: number,
): Promise<GcReport> {
  const report = emptyReport(true);
  const { plan, usage } = await planFromSnapshot(layout, registry, options, now);
  for (const u of usage.values()) report.reclaimedUses += u.dead.length;
  applyPlan(report, plan);
  noteUnreadable(report, usage);
  report.totalBytesAfter = plan.totalBytesAfter;
  report.trashCleaned = (await namesIn(layout, layout.trashDir).catch(() => [])).length;
  return report;
}

export interface RemoveOptions {
  /** Remove even when the entry is in use. */
  force?: boolean;
  now?: number;
  holder?: string;
}

export interface RemoveResult extends RemovedEntry {
  /** Live uses the entry had when it was removed (only with force). */
  liveUses: number;
  freedBytes: number;
}

/**
 * Removes one entry (the CLI's `remove`), two-phase like GC. Throws NOT_FOUND for an unknown id
 * and IN_USE for an entry with a live use unless `force`.
 */
export async function removeEntry(
  layout: CacheLayout,
  registry: Registry,
  id: string,
  options: RemoveOptions = {},
): Promise<RemoveResult> {
  if (!ID_PATTERN.test(id)) {
    throw new ToolchainCacheError('NOT_FOUND', `"${id}" is not a valid toolchain id.`);
  }
  const alive = livenessChecker(options.now ?? Date.now());
  let moved: Moved | undefined;
  let result: RemoveResult;
  try {
    result = await registry.update(async (doc, tx) => {
      const entry = Object.hasOwn(doc.entries, id) ? doc.entries[id] : undefined;
      if (!entry) {
        throw new ToolchainCacheError(
          'NOT_FOUND',
          `No toolchain "${id}" is registered in ${layout.root} (\`toolchain-cache list\` shows what is).`,
        );
      }
      await checkSafeDirs(layout);
      const outcome = await removeIfUnused(layout, id, tx.lock, alive, {
        force: options.force,
        holder: options.holder,
      });
      if (isRefusal(outcome))
        throw inUseError(
          id,
          outcome.liveUses.map((u) => describeJob(u.job)),
          outcome.unreadable,
        );
      if (outcome.trashPath) moved = { id, from: layout.entryDir(id), to: outcome.trashPath };
      delete doc.entries[id];
      return {
        ...removedOf(entry),
        liveUses: outcome.liveUses.length,
        freedBytes: entry.sizeBytes,
      };
    });
  } catch (e) {
    if (moved) await restoreFromTrash(layout, moved.id, moved.to);
    throw e;
  }
  if (moved) await removeTreeInside(layout.root, moved.to);
  return result;
}

function inUseError(id: string, jobs: string[], unreadable: string[]): ToolchainCacheError {
  const what = [
    ...(jobs.length ? [`in use by ${jobs.length} job(s): ${jobs.join('; ')}`] : []),
    ...(unreadable.length
      ? [`has use records that cannot be read (${unreadable.join(', ')})`]
      : []),
  ].join(' and ');
  return new ToolchainCacheError(
    'IN_USE',
    `Toolchain "${id}" is ${what}. Pass --force to remove it anyway (those jobs will break).`,
  );
}

/** Deletes whatever is in the trash (a crashed GC's leftovers, trees the installer set aside). */
async function emptyTrash(layout: CacheLayout, errors: string[]): Promise<number> {
  let cleaned = 0;
  for (const name of await namesIn(layout, layout.trashDir)) {
    if (await deleteLeftover(layout, layout.trashDir, name, 'trash', errors)) cleaned += 1;
  }
  return cleaned;
}

/** Deletes one leftover inside the root; a failure is reported (the next GC retries), not thrown. */
async function deleteLeftover(
  layout: CacheLayout,
  dir: string,
  name: string,
  what: string,
  errors: string[],
): Promise<boolean> {
  try {
    await removeTreeInside(layout.root, path.join(dir, name));
    return true;
  } catch (e) {
    errors.push(`could not delete ${what} ${name}: ${errorMessage(e)}`);
    return false;
  }
}

/** Staging older than this belongs to an install or a job that is long gone. */
export const STALE_STAGING_MS = DAY_MS;

/**
 * Staging directories (`<id>.<token>`) left by installers that died, or archives kept for a post
 * step that never ran. Only taken while nobody holds that toolchain's install lock.
 */
async function removeStaleStaging(
  layout: CacheLayout,
  now: number,
  errors: string[],
): Promise<number> {
  const staging = await openDirInsideIfExists(layout.root, layout.stagingDir);
  if (!staging) return 0;
  const listed = await withDir(staging, async (d) => {
    const names = await d.list();
    return Promise.all(names.map(async (name) => ({ name, st: await d.lstat(name) })));
  });
  let cleaned = 0;
  for (const { name, st } of listed) {
    const id = stagingId(name);
    if (id === undefined || !st || now - st.mtimeMs < STALE_STAGING_MS) continue;
    const lock = await tryLock(layout.lockPath(`install-${id}`), `install ${id}`, {
      staleMs: DEFAULT_LOCK_STALE_MS,
    }).catch(() => undefined);
    if (!lock) continue;
    try {
      if (await deleteLeftover(layout, layout.stagingDir, name, 'staging', errors)) cleaned += 1;
    } finally {
      await lock.release();
    }
  }
  return cleaned;
}
