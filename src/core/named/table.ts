// The per-host table of resolutions (docs/design.md, "Named toolchains"): what a hit reads
// instead of the vendor's multi-megabyte index. `named/resolutions.json` in the cache root, a few
// KB: spec + platform + mirror → the resolution and when it was made, and per id what the vendor
// module says about using it (PATH directories, strip-components, variables, its mirror bases),
// so a job whose spec is in the lockfile or freshly resolved here loads no vendor module and no
// HTTP code. Written like stats.json (a temp file renamed over, 0664, under a lock): every runner
// user of the group can read and replace it. Bounded: the oldest entries go past MAX_ENTRIES.
import path from 'node:path';
import { ensureDir, writeFileReplacingSync } from '../fsx.js';
import type { CacheLayout } from '../layout.js';
import { DEFAULT_LOCK_STALE_MS } from '../lock/stale.js';
import { readRegularTextIfExistsSync } from '../regular-file.js';
import type { JobSetup, Platform, Resolution, Vendor } from '../../vendors/types.js';

export const TABLE_FILE = 'resolutions.json';
/** A table of MAX_ENTRIES resolutions and uses is ~0.5 MB; anything larger is not ours. */
export const MAX_TABLE_BYTES = 1024 * 1024;
export const MAX_ENTRIES = 1000;

/** The root's directory of named-toolchain caches (this table and `docs/`, the index cache). */
export const namedDir = (layout: CacheLayout): string => layout.namedDir;
export const tableFile = (layout: CacheLayout): string => path.join(namedDir(layout), TABLE_FILE);

export interface TableResolution extends Resolution {
  /** ISO time of the resolution: fresh for the index TTL. */
  resolvedAt: string;
}

/** How an id of a vendor is used: from `Vendor.layout` and `Vendor.bases`. */
export interface TableUse {
  vendor: string;
  bin: string[];
  stripComponents?: number;
  /** The variables of `VendorLayout.env` for this id's root in this cache root. */
  env: Record<string, string>;
  bases: Vendor['bases'];
  /**
   * `VendorLayout.job` made with placeholder directories (JOB_TEMP, JOB_HOME), filled in per job
   * (src/core/named/job-setup.ts); `reads` are the job variables it looked at: a job that sets
   * one asks the vendor module instead.
   */
  job?: { setup: JobSetup; reads: string[] };
  recordedAt: string;
}

export interface Table {
  version: 1;
  resolutions: Record<string, TableResolution>;
  uses: Record<string, TableUse>;
}

/** The key of a resolution: the spec as written, the platform, the mirror (`-`: none). */
export const resolutionKey = (spec: string, platform: Platform, mirror?: string): string =>
  `${spec} ${platform} ${mirror ?? '-'}`;

const emptyTable = (): Table => ({ version: 1, resolutions: {}, uses: {} });

/**
 * The table, read no-follow and bounded (regular-file.ts); empty when missing. One that does not
 * parse or has another shape reads as empty (it is a cache: the next resolution rewrites it).
 */
export function readTable(layout: CacheLayout): Table {
  const text = readRegularTextIfExistsSync(tableFile(layout), MAX_TABLE_BYTES);
  if (text === undefined) return emptyTable();
  try {
    const doc = JSON.parse(text) as Partial<Table> | null;
    if (doc?.version !== 1 || !isRecord(doc.resolutions) || !isRecord(doc.uses))
      return emptyTable();
    return { version: 1, resolutions: doc.resolutions, uses: doc.uses };
  } catch {
    return emptyTable();
  }
}

const isRecord = (v: unknown): v is Record<string, never> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A resolution of the table that is well-formed and younger than `ttlMs`. */
export function freshResolution(
  table: Table,
  key: string,
  ttlMs: number,
  now = Date.now(),
): TableResolution | undefined {
  const r = Object.hasOwn(table.resolutions, key) ? table.resolutions[key] : undefined;
  if (!r || typeof r.id !== 'string' || typeof r.sha256 !== 'string' || typeof r.url !== 'string')
    return undefined;
  const age = now - Date.parse(r.resolvedAt);
  return age >= 0 && age < ttlMs ? r : undefined;
}

/** How `id` is used, when the table has a well-formed record of it. */
export function tableUse(table: Table, id: string): TableUse | undefined {
  const u = Object.hasOwn(table.uses, id) ? table.uses[id] : undefined;
  if (!u || !Array.isArray(u.bin) || !isRecord(u.env) || !Array.isArray(u.bases)) return undefined;
  return u;
}

export interface TableUpdate {
  resolutions: Record<string, TableResolution>;
  uses: Record<string, TableUse>;
}

/** Merges `update` into the table under its lock (a lost update would only cost a resolution). */
export async function updateTable(
  layout: CacheLayout,
  update: TableUpdate,
  options: { staleMs?: number; holder?: string } = {},
): Promise<void> {
  await ensureDir(namedDir(layout));
  // The lock manager loads only when the table changes: a hit reads it (docs/design.md, "Start-up cost").
  const { withLock } = await import('../lock.js');
  await withLock(
    layout.lockPath('named-table'),
    'named-table',
    {
      staleMs: options.staleMs ?? DEFAULT_LOCK_STALE_MS,
      timeoutMs: 30_000,
      pollMs: 25,
      holder: options.holder,
    },
    async (lock) => {
      const table = readTable(layout);
      Object.assign(table.resolutions, update.resolutions);
      Object.assign(table.uses, update.uses);
      table.resolutions = newest(table.resolutions, (r) => r.resolvedAt);
      table.uses = newest(table.uses, (u) => u.recordedAt);
      writeFileReplacingSync(tableFile(layout), JSON.stringify(table), () => lock.assertHeldSync());
    },
  );
}

/** The MAX_ENTRIES newest of `records`. */
function newest<T>(records: Record<string, T>, at: (r: T) => string): Record<string, T> {
  const entries = Object.entries(records);
  if (entries.length <= MAX_ENTRIES) return records;
  entries.sort(([, a], [, b]) => Date.parse(at(b)) - Date.parse(at(a)));
  return Object.fromEntries(entries.slice(0, MAX_ENTRIES));
}
