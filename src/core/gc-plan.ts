// The GC planner: which entries go, decided from a snapshot, without touching the disk (pure, so
// every rule is tested on its own). Age first, then least recently used first while the size bound
// is exceeded; never an entry in use (docs/design.md, "Uses and GC").
import { isoTime, formatBytes, formatBytesExact } from './format.js';
import type { RegistryDoc, RegistryEntry } from './registry/schema.js';
import type { EntryUsage } from './uses.js';

export const DAY_MS = 24 * 3600_000;

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
 * Decides what goes; pure. `inUse` says whether an entry has a live (or unreadable) use record;
 * `entries` carry their effective last use (see withLastUse).
 */
export function planCollection(
  entries: RegistryEntry[],
  options: { maxUnusedDays: number; maxSizeBytes?: number; maxSizeFrom?: string; now: number },
  inUse: (e: RegistryEntry) => boolean,
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
      const bound = { bytes: max, from: options.maxSizeFrom };
      boundsUnmet = describeUnmetBound(ordered, remove, skipped, total, bound, inUse);
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

/** Only entries in use are left above the bound: name the ones it would have taken next. */
function describeUnmetBound(
  ordered: RegistryEntry[],
  remove: Set<RegistryEntry>,
  skipped: Set<string>,
  total: number,
  bound: { bytes: number; from?: string },
  inUse: (e: RegistryEntry) => boolean,
): string {
  const max = bound.bytes;
  let hypothetical = total;
  const blocking = ordered.filter((e) => !remove.has(e) && inUse(e));
  for (const e of blocking) {
    if (hypothetical <= max) break;
    skipped.add(e.id);
    hypothetical -= e.sizeBytes;
  }
  const inUseBytes = blocking.reduce((n, e) => n + e.sizeBytes, 0);
  return (
    `The cache holds ${formatBytes(total)}, above the size bound ${formatBytesExact(max)}` +
    `${bound.from ? ` set by ${bound.from}` : ''}: ` +
    `the ${blocking.length} toolchain(s) left are in use (${formatBytes(inUseBytes)}) and are never removed.`
  );
}

/** The entries with their effective last use: the newest of registration, stamp and use records. */
export function withLastUse(doc: RegistryDoc, usage: Map<string, EntryUsage>): RegistryEntry[] {
  return Object.values(doc.entries).map((e) => {
    const used = usage.get(e.id)?.lastUsedMs;
    return used !== undefined && used > lastUsedMs(e) ? { ...e, lastUsedAt: isoTime(used) } : e;
  });
}
