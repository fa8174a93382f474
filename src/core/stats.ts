// Usage statistics: counters per repository (namespace) and GC counters in stats.json, and
// cache-wide figures. The counters have their own file and lock, so recording them never holds up
// an install; they are written like the registry (under the lock, atomic replace, ownership
// re-checked before the rename; docs/design.md, "Statistics").
import fsSync, { promises as fs } from 'node:fs';
import { errorMessage } from './errors.js';
import { STATE_FILE_MAX_BYTES, corruptAsideName, writeFileReplacingSync } from './fsx.js';
import { readRegularTextIfExistsSync } from './regular-file.js';
import type { CacheLayout } from './layout.js';
import { usageOfAll, type EntryUsage } from './uses.js';
import { DEFAULT_LOCK_STALE_MS, withLock } from './lock.js';
import type { RegistryDoc } from './registry/schema.js';
import { isoTime } from './format.js';

export const STATS_SCHEMA_VERSION = 1;

export interface NamespaceCounters {
  /** Post steps that recorded results. */
  jobs: number;
  /** Found installed, no wait. */
  localHits: number;
  /** Installed by a concurrent job this job waited for. */
  peerWaits: number;
  /** Restored from a remote tier. */
  remoteRestores: number;
  /** Downloaded from the origin. */
  downloads: number;
  bytesDownloaded: number;
  /** Sizes of the toolchains served from the host cache (local hits and peer waits). */
  bytesServed: number;
  /** Time jobs spent waiting for other jobs' installs. */
  waitMs: number;
  updatedAt: string;
}

/** A host's last full GC (the post step's or the CLI's `gc`). */
export interface GcHostRun {
  lastRunAt: string;
  /** Toolchains that run removed and the bytes it freed. */
  lastRunRemoved: number;
  lastRunBytesFreed: number;
}

/** Full GCs (throttled, skipped and dry runs are not counted) over every host sharing the root. */
export interface GcCounters {
  runs: number;
  toolchainsRemoved: number;
  bytesFreed: number;
  /** By host id (leases.ts hostId). */
  hosts: Record<string, GcHostRun>;
}

export interface StatsDoc {
  schemaVersion: typeof STATS_SCHEMA_VERSION;
  namespaces: Record<string, NamespaceCounters>;
  /** Absent in files written before GC runs were counted (read as zeros). */
  gc?: GcCounters;
}

const COUNTERS: Array<Exclude<keyof NamespaceCounters, 'updatedAt'>> = [
  'jobs',
  'localHits',
  'peerWaits',
  'remoteRestores',
  'downloads',
  'bytesDownloaded',
  'bytesServed',
  'waitMs',
];

const GC_COUNTERS = ['runs', 'toolchainsRemoved', 'bytesFreed'] as const;
const GC_HOST_COUNTERS = ['lastRunRemoved', 'lastRunBytesFreed'] as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Why `raw` is not a GcCounters record, or undefined when it is one. */
function gcProblem(raw: unknown): string | undefined {
  if (!isObject(raw)) return 'gc: expected an object';
  for (const k of GC_COUNTERS)
    if (!isCount(raw[k])) return `gc.${k}: expected a non-negative number`;
  if (!isObject(raw.hosts)) return 'gc.hosts: expected an object';
  for (const [host, h] of Object.entries(raw.hosts)) {
    if (!isObject(h)) return `gc.hosts.${host}: expected an object`;
    if (typeof h.lastRunAt !== 'string') return `gc.hosts.${host}.lastRunAt: expected a string`;
    for (const k of GC_HOST_COUNTERS)
      if (!isCount(h[k])) return `gc.hosts.${host}.${k}: expected a non-negative number`;
  }
  return undefined;
}

/** Why `raw` is not a statistics document ("namespaces.o/r.jobs: …"), or undefined when it is one. */
function statsProblem(raw: unknown): string | undefined {
  if (!isObject(raw)) return 'expected an object';
  if (raw.schemaVersion !== STATS_SCHEMA_VERSION)
    return `schemaVersion: expected ${STATS_SCHEMA_VERSION}`;
  if (!isObject(raw.namespaces)) return 'namespaces: expected an object';
  for (const [ns, c] of Object.entries(raw.namespaces)) {
    if (!isObject(c)) return `namespaces.${ns}: expected an object`;
    for (const k of COUNTERS) {
      if (!isCount(c[k])) return `namespaces.${ns}.${k}: expected a non-negative number`;
    }
    if (typeof c.updatedAt !== 'string') return `namespaces.${ns}.updatedAt: expected a string`;
  }
  return raw.gc === undefined ? undefined : gcProblem(raw.gc);
}

/** Counters plus what follows from them. */
export interface NamespaceStats extends NamespaceCounters {
  /**
   * Toolchains found in the host cache: local hits and peer waits (a job that waited for another
   * job's install of it still downloaded nothing: a hit of the host cache; README, "hit rate").
   */
  hits: number;
  /** Toolchains the host cache did not have: remote restores and downloads. */
  misses: number;
  /** hits / (hits + misses); null before the first toolchain. */
  hitRate: number | null;
}

/** What a job's results contribute (a subset of ResolvedToolchain). */
export interface JobResult {
  source: 'local' | 'peer' | 'remote' | 'download';
  waitMs: number;
  downloadedBytes: number;
  sizeBytes: number;
}

export const emptyStats = (): StatsDoc => ({ schemaVersion: STATS_SCHEMA_VERSION, namespaces: {} });

const zeroCounters = (): NamespaceCounters => ({
  jobs: 0,
  localHits: 0,
  peerWaits: 0,
  remoteRestores: 0,
  downloads: 0,
  bytesDownloaded: 0,
  bytesServed: 0,
  waitMs: 0,
  updatedAt: isoTime(0),
});

const zeroGcCounters = (): GcCounters => ({
  runs: 0,
  toolchainsRemoved: 0,
  bytesFreed: 0,
  hosts: {},
});

// A repository name is "owner/name" (a host id "name/hex"); never let one be read as an object's
// prototype slot.
const safeNamespace = (ns: string): string =>
  ns === '__proto__' || ns === 'constructor' || ns === 'prototype' ? `(${ns})` : ns || 'unknown';

export interface StatsOptions {
  now?: number;
  lockTimeoutMs?: number;
  staleMs?: number;
  holder?: string;
}

/**
 * Reads stats.json under the stats lock, lets `change` modify it, and replaces it atomically (the
 * lock re-checked right before the rename): many jobs and GCs of every host record at once, and
 * none may lose another's update.
 */
async function updateStats<T>(
  layout: CacheLayout,
  options: StatsOptions,
  change: (doc: StatsDoc) => T,
): Promise<T> {
  return withLock(
    layout.lockPath('stats'),
    'stats',
    {
      staleMs: options.staleMs ?? DEFAULT_LOCK_STALE_MS,
      timeoutMs: options.lockTimeoutMs ?? 10_000,
      pollMs: 25,
      holder: options.holder,
    },
    async (lock) => {
      const { doc } = await readStats(layout, { moveCorruptAside: true });
      const result = change(doc);
      // Not fsynced: statistics lost to a power cut (on some file systems the whole file: then it is
      // moved aside and counting starts again) are not worth two fsyncs in every job (16 jobs
      // ending together queue on this lock).
      writeFileReplacingSync(layout.statsFile, JSON.stringify(doc), () => lock.assertHeldSync());
      return result;
    },
  );
}

/** Adds one job's results to its namespace's counters; returns the namespace's new counters. */
export async function recordJobStats(
  layout: CacheLayout,
  namespace: string,
  results: JobResult[],
  options: StatsOptions = {},
): Promise<NamespaceCounters> {
  const ns = safeNamespace(namespace);
  const now = options.now ?? Date.now();
  return updateStats(layout, options, (doc) => {
    const c = Object.hasOwn(doc.namespaces, ns) ? doc.namespaces[ns] : zeroCounters();
    c.jobs += 1;
    for (const r of results) {
      c.waitMs += Math.max(0, r.waitMs || 0);
      if (r.source === 'local') c.localHits += 1;
      else if (r.source === 'peer') c.peerWaits += 1;
      else if (r.source === 'remote') c.remoteRestores += 1;
      else c.downloads += 1;
      if (r.source === 'local' || r.source === 'peer') c.bytesServed += r.sizeBytes || 0;
      c.bytesDownloaded += r.downloadedBytes || 0;
    }
    c.updatedAt = isoTime(now);
    doc.namespaces = { ...doc.namespaces, [ns]: c };
    return c;
  });
}

/** What one full GC did (a subset of GcReport). */
export interface GcRun {
  removed: readonly unknown[];
  freedBytes: number;
}

/** Counts one full GC of host `host` (the post step's or the CLI's); returns the new GC counters. */
export async function recordGcRun(
  layout: CacheLayout,
  host: string,
  run: GcRun,
  options: StatsOptions = {},
): Promise<GcCounters> {
  const id = safeNamespace(host);
  const now = options.now ?? Date.now();
  return updateStats(layout, options, (doc) => {
    const gc = doc.gc ?? zeroGcCounters();
    const freed = Math.max(0, run.freedBytes || 0);
    gc.runs += 1;
    gc.toolchainsRemoved += run.removed.length;
    gc.bytesFreed += freed;
    const last: GcHostRun = {
      lastRunAt: isoTime(now),
      lastRunRemoved: run.removed.length,
      lastRunBytesFreed: freed,
    };
    gc.hosts = { ...gc.hosts, [id]: last };
    doc.gc = gc;
    return gc;
  });
}

export interface StatsRead {
  doc: StatsDoc;
  /** Set when the file was unreadable (and read as empty). */
  warning?: string;
}

/**
 * Lock-free read (the file is replaced atomically). A missing file reads as empty; so does an
 * unreadable one, with a warning; under the stats lock it is also moved aside.
 */
export async function readStats(
  layout: CacheLayout,
  options: { moveCorruptAside?: boolean } = {},
): Promise<StatsRead> {
  // Synchronous, as every step's other small state files: no thread-pool round trip on a warm post.
  const text = readRegularTextIfExistsSync(layout.statsFile, STATE_FILE_MAX_BYTES);
  if (text === undefined) return { doc: emptyStats() };
  let detail: string;
  try {
    const raw: unknown = JSON.parse(text);
    const problem = statsProblem(raw);
    if (problem === undefined) return { doc: raw as StatsDoc };
    detail = problem;
  } catch (e) {
    detail = `not valid JSON (${errorMessage(e)})`;
  }
  let warning = `The statistics file ${layout.statsFile} is unreadable (${detail}); counting starts over.`;
  if (options.moveCorruptAside) {
    const movedTo = corruptAsideName(layout.statsFile);
    await fs.rename(layout.statsFile, movedTo).catch(() => undefined);
    warning += ` It was moved aside to ${movedTo}.`;
  }
  return { doc: emptyStats(), warning };
}

export function namespaceStats(c: NamespaceCounters): NamespaceStats {
  const hits = c.localHits + c.peerWaits;
  const misses = c.remoteRestores + c.downloads;
  return { ...c, hits, misses, hitRate: hits + misses > 0 ? hits / (hits + misses) : null };
}

export interface StatsSummary {
  namespaces: Record<string, NamespaceStats>;
  total: NamespaceStats;
  gc: GcCounters;
}

/** Every namespace with its hit rate, and the sums over all of them. */
export function summarizeStats(doc: StatsDoc): StatsSummary {
  const total = zeroCounters();
  const sorted = Object.entries(doc.namespaces).sort(([a], [b]) => (a < b ? -1 : 1));
  // fromEntries defines own properties: a "__proto__" key read from the file stays a key.
  const namespaces = Object.fromEntries(sorted.map(([ns, c]) => [ns, namespaceStats(c)])) as Record<
    string,
    NamespaceStats
  >;
  for (const [, c] of sorted) {
    for (const k of COUNTERS) {
      total[k] += c[k];
    }
    if (c.updatedAt > total.updatedAt) total.updatedAt = c.updatedAt;
  }
  const gc = doc.gc ?? zeroGcCounters();
  const hosts = Object.fromEntries(
    Object.entries(gc.hosts).sort(([a], [b]) => (a < b ? -1 : 1)),
  ) as Record<string, GcHostRun>;
  return { namespaces, total: namespaceStats(total), gc: { ...gc, hosts } };
}

export interface CacheFigures {
  entries: number;
  totalBytes: number;
  /** Entries with at least one live use. */
  inUse: number;
  unused: number;
  /** Free space for this user on the cache's filesystem; null where the platform cannot tell. */
  freeBytes: number | null;
}

/** An entry's live uses; unreadable records count as live (as GC counts them: isInUse). */
export const liveUseCount = (u: EntryUsage | undefined): number =>
  (u?.live.length ?? 0) + (u?.unreadable.length ?? 0);

/** Live uses per entry id, judged without changing anything. */
export async function liveUseCounts(
  layout: CacheLayout,
  doc: RegistryDoc,
  now = Date.now(),
): Promise<Map<string, number>> {
  const usage = await usageOfAll(layout, Object.keys(doc.entries), now);
  return new Map([...usage].map(([id, u]) => [id, liveUseCount(u)]));
}

/** Entries, bytes, in use / unused (live uses) and free disk space. */
export async function cacheFigures(
  layout: CacheLayout,
  doc: RegistryDoc,
  options: { now?: number; live?: Map<string, number> } = {},
): Promise<CacheFigures> {
  const live = options.live ?? (await liveUseCounts(layout, doc, options.now));
  const entries = Object.values(doc.entries);
  const inUse = entries.filter((e) => (live.get(e.id) ?? 0) > 0).length;
  return {
    entries: entries.length,
    totalBytes: entries.reduce((n, e) => n + e.sizeBytes, 0),
    inUse,
    unused: entries.length - inUse,
    freeBytes: await freeDiskBytes(layout.root),
  };
}

/** fs.statfs (Node ≥ 18.15); null where it is missing or the filesystem does not say. */
export async function freeDiskBytes(dir: string): Promise<number | null> {
  const sync = (fsSync as { statfsSync?: typeof fsSync.statfsSync }).statfsSync;
  if (typeof sync !== 'function' && typeof (fs as { statfs?: unknown }).statfs !== 'function')
    return null;
  try {
    // statfsSync where there is one: one system call, no thread-pool round trip on a warm post.
    const s = typeof sync === 'function' ? sync(dir) : await fs.statfs(dir);
    const free = Number(s.bavail) * Number(s.bsize);
    return Number.isFinite(free) && free >= 0 ? free : null;
  } catch {
    return null;
  }
}
