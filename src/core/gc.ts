// Garbage collection of installed toolchains, and the removal of one entry (shared with the CLI).
//
// Safety rules:
// - An entry with a live use is never removed. Dead uses are reclaimed first; the decision is then
//   taken inside ONE registry transaction on the locked document, so a use added since any earlier
//   snapshot is seen.
// - Deletion is two-phase: under the registry lock the entry is unregistered and its directory is
//   renamed into trash/ (fast, same filesystem); the trash is deleted after the lock is released.
//   Trash left by a GC that crashed in between is deleted by the next GC.
// - Nothing is deleted through a symlink, and no path outside the real cache root is acted on.
// - GC is non-blocking: it takes its own lock with one try; a host runs a full GC at most once per
//   interval (recorded in gc-state.json) unless the size bound is exceeded.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ToolchainCacheError, errorMessage, isErrnoException } from './errors.js';
import {
  atomicWriteFile,
  ensureDir,
  isInside,
  randomToken,
  readFileIfExists,
  removeTreeInside,
} from './fsx.js';
import { formatBytes } from './format.js';
import type { CacheLayout } from './layout.js';
import { describeJob, hostId, livenessChecker } from './leases.js';
import { describeOwner, readLockOwner, tryLock } from './lock.js';
import type { RegistryEntry } from './registry/schema.js';
import type { Registry } from './registry/store.js';
import { ID_PATTERN } from './ids.js';
import { reclaimDeadUses } from './uses.js';

export const DAY_MS = 24 * 3600_000;
/** A host runs a full GC at most this often (unless the size bound is exceeded). */
export const DEFAULT_GC_INTERVAL_MS = 10 * 60_000;
/** The GC lock is taken over when its holder's heartbeat is older than this. */
export const DEFAULT_GC_LOCK_STALE_MS = 60_000;

export interface GcOptions {
  /** Remove unused entries whose last use is older than this; 0 = every unused entry. */
  maxUnusedDays: number;
  /** Then remove unused entries, least recently used first, while the total exceeds this. */
  maxSizeBytes?: number;
  /** Report what would go; change nothing (no lock, no reclaim, no trash cleaning). */
  dryRun?: boolean;
  /** The clock (ms since the epoch); tests move it forward. */
  now?: number;
  /** Minimum time between two full GCs of this host (default 10 min); 0 = no throttle. */
  throttleMs?: number;
  /** Ignore the throttle (the operator's `gc`). */
  force?: boolean;
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

export interface GcPlan {
  /** Entries to remove, least recently used first. */
  remove: RegistryEntry[];
  skippedInUse: string[];
  boundsUnmet?: string;
  totalBytesBefore: number;
  totalBytesAfter: number;
}

/** Milliseconds since the epoch of an entry's last use; an unreadable date counts as very old. */
const lastUsedMs = (e: RegistryEntry): number => {
  const t = Date.parse(e.lastUsedAt);
  return Number.isNaN(t) ? 0 : t;
};

/** Least recently used first; ties by id so the order is stable. */
export function lruOrder(entries: RegistryEntry[]): RegistryEntry[] {
  return [...entries].sort(
    (a, b) => lastUsedMs(a) - lastUsedMs(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Decides what goes; pure. `inUse` says whether an entry has a live use (by default: any use left,
 * which is right after reclaimDeadUses and under the registry lock).
 */
export function planCollection(
  entries: RegistryEntry[],
  options: { maxUnusedDays: number; maxSizeBytes?: number; now: number },
  inUse: (e: RegistryEntry) => boolean = (e) => e.uses.length > 0,
): GcPlan {
  const ordered = lruOrder(entries);
  const totalBytesBefore = ordered.reduce((n, e) => n + e.sizeBytes, 0);
  const tooOld = (e: RegistryEntry): boolean =>
    options.maxUnusedDays === 0 || options.now - lastUsedMs(e) > options.maxUnusedDays * DAY_MS;
  const remove = new Set<RegistryEntry>();
  const skipped = new Set<string>();
  for (const e of ordered) {
    if (!tooOld(e)) continue;
    if (inUse(e)) skipped.add(e.id);
    else remove.add(e);
  }
  let total = totalBytesBefore - [...remove].reduce((n, e) => n + e.sizeBytes, 0);
  let boundsUnmet: string | undefined;
  const max = options.maxSizeBytes;
  if (max !== undefined && total > max) {
    for (const e of ordered) {
      if (total <= max) break;
      if (remove.has(e) || inUse(e)) continue;
      remove.add(e);
      total -= e.sizeBytes;
    }
    if (total > max) {
      // Only entries in use are left: name the ones the bound would have taken next.
      let hypothetical = total;
      const blocking = ordered.filter((e) => !remove.has(e) && inUse(e));
      for (const e of blocking) {
        if (hypothetical <= max) break;
        skipped.add(e.id);
        hypothetical -= e.sizeBytes;
      }
      const inUseBytes = blocking.reduce((n, e) => n + e.sizeBytes, 0);
      boundsUnmet =
        `The cache holds ${formatBytes(total)}, above max-size ${formatBytes(max)}: ` +
        `the ${blocking.length} toolchain(s) left are in use (${formatBytes(inUseBytes)}) and are never removed.`;
    }
  }
  return {
    remove: ordered.filter((e) => remove.has(e)),
    skippedInUse: ordered.filter((e) => skipped.has(e.id)).map((e) => e.id),
    boundsUnmet,
    totalBytesBefore,
    totalBytesAfter: total,
  };
}

const emptyReport = (dryRun: boolean): GcReport => ({
  dryRun,
  removed: [],
  freedBytes: 0,
  skippedInUse: [],
  reclaimedUses: 0,
  trashCleaned: 0,
  totalBytesBefore: 0,
  totalBytesAfter: 0,
  errors: [],
  notes: [],
});

const removedOf = (e: RegistryEntry): RemovedEntry => ({
  id: e.id,
  sizeBytes: e.sizeBytes,
  lastUsedAt: e.lastUsedAt,
});

/** Runs a GC: reclaim dead uses, remove by age, then by size (LRU); see the file header. */
export async function collectGarbage(
  layout: CacheLayout,
  registry: Registry,
  options: GcOptions,
): Promise<GcReport> {
  const now = options.now ?? Date.now();
  if (options.dryRun) return dryRunGc(layout, registry, options, now);
  const report = emptyReport(false);
  const throttleMs = options.throttleMs ?? DEFAULT_GC_INTERVAL_MS;
  const throttled = async (): Promise<boolean> => {
    if (options.force || throttleMs <= 0) return false;
    const last = await lastFullGc(layout);
    if (last === undefined || now - last >= throttleMs || now < last) return false;
    if (options.maxSizeBytes !== undefined) {
      const doc = await registry.read();
      const total = Object.values(doc.entries).reduce((n, e) => n + e.sizeBytes, 0);
      if (total > options.maxSizeBytes) return false;
    }
    report.skipped = 'throttled';
    report.skippedDetail = `this host ran a full GC at ${new Date(last).toISOString()}; the next one is due after ${new Date(last + throttleMs).toISOString()}`;
    return true;
  };
  // Lock-free first, so the common throttled post step costs a file read.
  if (await throttled()) return report;
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
  try {
    // Another GC of this host may have finished between the check and the lock.
    if (await throttled()) return report;
    report.trashCleaned = await emptyTrash(layout, report.errors);
    report.trashCleaned += await removeStaleStaging(layout, now, report.errors);
    report.reclaimedUses = (await reclaimDeadUses(registry, now)).length;
    const moved: Moved[] = [];
    let plan: GcPlan;
    try {
      plan = await registry.update(async (doc, tx) => {
        const entries = Object.values(doc.entries);
        const p = planCollection(entries, { ...options, now });
        // Generation 0 with entries: the registry file was missing and was just rebuilt from the
        // tree, so every use was lost. Let the rebuild commit; remove nothing on that evidence.
        if (doc.generation === 0 && entries.length > 0) {
          report.notes.push(
            'The registry was missing and has been rebuilt from the installed toolchains; nothing was removed this time.',
          );
          tx.skipWrite();
          return { ...p, remove: [], totalBytesAfter: p.totalBytesBefore };
        }
        if (p.remove.length === 0) {
          tx.skipWrite();
          return p;
        }
        await tx.lock.assertHeld();
        await checkSafeDirs(layout);
        const done: RegistryEntry[] = [];
        for (const entry of p.remove) {
          // Re-checked on the locked document (the plan was made from it, but say it explicitly).
          if (doc.entries[entry.id] !== entry || entry.uses.length > 0) continue;
          try {
            const to = await moveToTrash(layout, entry.id);
            if (to) moved.push({ from: layout.entryDir(entry.id), to });
            delete doc.entries[entry.id];
            done.push(entry);
          } catch (e) {
            report.errors.push(`${entry.id}: not removed: ${errorMessage(e)}`);
          }
        }
        if (done.length === 0) tx.skipWrite();
        const freed = done.reduce((n, e) => n + e.sizeBytes, 0);
        return { ...p, remove: done, totalBytesAfter: p.totalBytesBefore - freed };
      });
    } catch (e) {
      await restoreFromTrash(moved);
      throw e;
    }
    applyPlan(report, plan);
    await options.afterTrash?.(moved.map((m) => m.to));
    for (const m of moved) {
      await removeTreeInside(layout.root, m.to).catch((e: unknown) =>
        report.errors.push(`could not delete ${m.to} (the next GC retries): ${errorMessage(e)}`),
      );
    }
    await recordFullGc(layout, now);
    return report;
  } finally {
    await lock.release();
  }
}

/** Copies what a plan (carried out or not) says into the report. */
function applyPlan(report: GcReport, plan: GcPlan): void {
  report.removed = plan.remove.map(removedOf);
  report.freedBytes = plan.remove.reduce((n, e) => n + e.sizeBytes, 0);
  report.skippedInUse = plan.skippedInUse;
  report.boundsUnmet = plan.boundsUnmet;
  report.totalBytesBefore = plan.totalBytesBefore;
  report.totalBytesAfter = plan.totalBytesAfter;
}

/** The same decisions on a lock-free snapshot, judging liveness without writing anything. */
async function dryRunGc(
  layout: CacheLayout,
  registry: Registry,
  options: GcOptions,
  now: number,
): Promise<GcReport> {
  const report = emptyReport(true);
  const doc = await registry.read();
  const alive = livenessChecker(now);
  const live = new Map<string, number>();
  for (const entry of Object.values(doc.entries)) {
    let n = 0;
    for (const use of entry.uses) {
      if (await alive(use)) n += 1;
      else report.reclaimedUses += 1;
    }
    live.set(entry.id, n);
  }
  const plan = planCollection(
    Object.values(doc.entries),
    { ...options, now },
    (e) => (live.get(e.id) ?? 0) > 0,
  );
  applyPlan(report, plan);
  report.trashCleaned = (await fs.readdir(layout.trashDir).catch(() => [] as string[])).length;
  return report;
}

export interface RemoveOptions {
  /** Remove even when the entry is in use. */
  force?: boolean;
  now?: number;
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
  await reclaimDeadUses(registry, options.now ?? Date.now());
  const moved: Moved[] = [];
  let result: RemoveResult;
  try {
    result = await registry.update(async (doc, tx) => {
      const entry = doc.entries[id];
      if (!entry) {
        throw new ToolchainCacheError(
          'NOT_FOUND',
          `No toolchain "${id}" is registered in ${layout.root} (\`toolchain-cache list\` shows what is).`,
        );
      }
      if (entry.uses.length > 0 && !options.force) {
        const jobs = entry.uses.map((u) => describeJob(u.job)).join('; ');
        throw new ToolchainCacheError(
          'IN_USE',
          `Toolchain "${id}" is in use by ${entry.uses.length} job(s): ${jobs}. Pass --force to remove it anyway (those jobs will break).`,
        );
      }
      await tx.lock.assertHeld();
      await checkSafeDirs(layout);
      const to = await moveToTrash(layout, id);
      if (to) moved.push({ from: layout.entryDir(id), to });
      delete doc.entries[id];
      return { ...removedOf(entry), liveUses: entry.uses.length, freedBytes: entry.sizeBytes };
    });
  } catch (e) {
    await restoreFromTrash(moved);
    throw e;
  }
  for (const m of moved) await removeTreeInside(layout.root, m.to);
  return result;
}

interface Moved {
  from: string;
  to: string;
}

/** toolchains/ and trash/ must be real directories of the root: a symlink there could redirect a rename. */
async function checkSafeDirs(layout: CacheLayout): Promise<void> {
  await ensureDir(layout.trashDir);
  for (const dir of [layout.toolchainsDir, layout.trashDir]) {
    const real = await fs.realpath(dir);
    if (real !== dir || !isInside(layout.root, real)) {
      throw new ToolchainCacheError(
        'UNSAFE_PATH',
        `${dir} resolves to ${real}, not a directory of the cache root ${layout.root}; refusing to move anything. Replace the symlink with a directory.`,
      );
    }
  }
}

/**
 * Renames an entry's directory into the trash (a symlink planted in its place is moved as a link,
 * never followed). Undefined when there was nothing to move.
 */
async function moveToTrash(layout: CacheLayout, id: string): Promise<string | undefined> {
  const from = layout.entryDir(id);
  if (!ID_PATTERN.test(id) || path.dirname(from) !== layout.toolchainsDir) {
    throw new ToolchainCacheError(
      'UNSAFE_PATH',
      `Refusing to remove "${id}": not a valid toolchain id.`,
    );
  }
  const to = path.join(layout.trashDir, `${id}.${randomToken()}`);
  try {
    await fs.rename(from, to);
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  }
  return to;
}

/** The commit failed after some renames: put the trees back so the registry and the disk agree. */
async function restoreFromTrash(moved: Moved[]): Promise<void> {
  for (const m of moved) {
    await fs.rename(m.to, m.from).catch(() => undefined);
  }
}

/** Deletes whatever is in the trash (a crashed GC's leftovers, trees the installer set aside). */
async function emptyTrash(layout: CacheLayout, errors: string[]): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(layout.trashDir);
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return 0;
    throw e;
  }
  let cleaned = 0;
  for (const name of names) {
    try {
      await removeTreeInside(layout.root, path.join(layout.trashDir, name));
      cleaned += 1;
    } catch (e) {
      errors.push(`could not delete trash ${name}: ${errorMessage(e)}`);
    }
  }
  return cleaned;
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
  const names = await fs.readdir(layout.stagingDir).catch(() => [] as string[]);
  let cleaned = 0;
  for (const name of names) {
    const dot = name.lastIndexOf('.');
    const st = await fs.lstat(path.join(layout.stagingDir, name)).catch(() => undefined);
    if (dot <= 0 || !st || now - st.mtimeMs < STALE_STAGING_MS) continue;
    const id = name.slice(0, dot);
    const lock = await tryLock(layout.lockPath(`install-${id}`), `install ${id}`, {
      staleMs: 10_000,
    }).catch(() => undefined);
    if (!lock) continue;
    try {
      await removeTreeInside(layout.root, path.join(layout.stagingDir, name));
      cleaned += 1;
    } catch (e) {
      errors.push(`could not delete staging ${name}: ${errorMessage(e)}`);
    } finally {
      await lock.release();
    }
  }
  return cleaned;
}

// gc-state.json: when each host last ran a full GC (the throttle).
const gcStateSchema = z.object({
  schemaVersion: z.literal(1),
  hosts: z.record(z.string(), z.object({ lastFullGcAt: z.string() })),
});
type GcState = z.infer<typeof gcStateSchema>;

export const gcStateFile = (layout: CacheLayout): string => path.join(layout.root, 'gc-state.json');

async function readGcState(layout: CacheLayout): Promise<GcState> {
  const text = await readFileIfExists(gcStateFile(layout)).catch(() => undefined);
  if (text !== undefined) {
    try {
      const parsed = gcStateSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // unreadable: start over (it only throttles)
    }
  }
  return { schemaVersion: 1, hosts: {} };
}

/** When this host last ran a full GC (ms since the epoch), if it did. */
export async function lastFullGc(
  layout: CacheLayout,
  host = hostId(),
): Promise<number | undefined> {
  const state = await readGcState(layout);
  const at = Object.hasOwn(state.hosts, host) ? Date.parse(state.hosts[host].lastFullGcAt) : NaN;
  return Number.isNaN(at) ? undefined : at;
}

/** Written under the GC lock, atomically. */
async function recordFullGc(layout: CacheLayout, now: number): Promise<void> {
  const state = await readGcState(layout);
  state.hosts = { ...state.hosts, [hostId()]: { lastFullGcAt: new Date(now).toISOString() } };
  await atomicWriteFile(gcStateFile(layout), JSON.stringify(state));
}
