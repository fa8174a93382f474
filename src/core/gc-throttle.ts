// The GC's throttle, apart from the GC itself: the common post step finds the host's last full GC
// recent and stops at one file read, without loading the planner and the removal code (gc.ts,
// loaded only when a GC runs; docs/design.md, "Start-up cost").
import { lastFullGc } from './gc-state.js';
import type { GcOptions, GcReport } from './gc.js';
import type { CacheLayout } from './layout.js';
import type { Registry } from './registry/store.js';
import { isoTime } from './format.js';

/** A host runs a full GC at most this often (unless the size bound is exceeded). */
export const DEFAULT_GC_INTERVAL_MS = 10 * 60_000;

export const emptyReport = (dryRun: boolean): GcReport => ({
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

/** A full GC ran on this host less than the interval ago, and the size bound (if any) holds. */
export async function isThrottled(
  layout: CacheLayout,
  registry: Registry,
  options: GcOptions,
  now: number,
  report: GcReport,
): Promise<boolean> {
  const throttleMs = options.throttleMs ?? DEFAULT_GC_INTERVAL_MS;
  if (options.force || throttleMs <= 0) return false;
  const last = await lastFullGc(layout);
  if (last === undefined || now - last >= throttleMs || now < last) return false;
  if (options.maxSizeBytes !== undefined && options.sizeBoundSkipsThrottle) {
    const doc = await registry.read();
    const total = Object.values(doc.entries).reduce((n, e) => n + e.sizeBytes, 0);
    if (total > options.maxSizeBytes) return false;
  }
  report.skipped = 'throttled';
  report.skippedDetail = `this host last cleaned up at ${isoTime(last)}; it does so at most every ${Math.round(throttleMs / 60_000)} min, so the next one may run after ${isoTime(last + throttleMs)}`;
  return true;
}

/**
 * The report of a GC this host need not run now (throttled, see isThrottled), or undefined when
 * it must run: then call collectGarbage (gc.ts), which checks again under its lock.
 */
export async function throttledGc(
  layout: CacheLayout,
  registry: Registry,
  options: GcOptions,
): Promise<GcReport | undefined> {
  if (options.dryRun) return undefined;
  const report = emptyReport(false);
  const now = options.now ?? Date.now();
  return (await isThrottled(layout, registry, options, now, report)) ? report : undefined;
}
