// The GC report as text: one renderer for the post step's log and the CLI (the job summary renders
// the same report as HTML, capped, in src/action/summary.ts).
import { formatBytes } from './format.js';
import type { GcReport, RemovedEntry } from './gc.js';

export interface GcReportText {
  /** Informational lines, in order. */
  lines: string[];
  /** Problems that did not stop the GC: the post step makes them warnings. */
  errors: string[];
}

/**
 * Lines describing `r`. `removedList` renders the removed entries (the CLI as a table, the log one
 * line each).
 */
export function describeGcReport(
  r: GcReport,
  removedList: (removed: RemovedEntry[]) => string[],
): GcReportText {
  if (r.skipped === 'another-gc-running')
    return { lines: [`GC skipped: another GC running (${r.skippedDetail ?? ''}).`], errors: [] };
  if (r.skipped === 'throttled')
    return { lines: [`GC skipped: throttled (${r.skippedDetail ?? ''}).`], errors: [] };
  const lines: string[] = [];
  if (r.removed.length) {
    lines.push(
      `GC: ${r.dryRun ? 'would remove' : 'removed'} ${r.removed.length} toolchain(s), ${r.dryRun ? 'freeing' : 'freed'} ${formatBytes(r.freedBytes)}:`,
    );
    lines.push(...removedList(r.removed));
  } else {
    lines.push(r.dryRun ? 'GC: nothing would be removed.' : 'GC: nothing removed.');
  }
  if (r.skippedInUse.length) lines.push(`Skipped (in use): ${r.skippedInUse.join(', ')}`);
  if (r.boundsUnmet) lines.push(r.boundsUnmet);
  lines.push(
    `Cache: ${formatBytes(r.totalBytesBefore)} → ${formatBytes(r.totalBytesAfter)}; ` +
      `dead uses ${r.dryRun ? 'to reclaim' : 'reclaimed'}: ${r.reclaimedUses}; ` +
      `trash and leftovers ${r.dryRun ? 'to clean' : 'cleaned'}: ${r.trashCleaned}`,
  );
  lines.push(...r.notes);
  return { lines, errors: r.errors };
}
