// The job summary: what came from where, how long it took, how big it is; the cache's totals, this
// repository's hit rate and what GC did. GitHub rejects a step summary over 1 MiB, so long lists
// are cut with a note (the post step's log has them in full).
import * as core from '@actions/core';
import type { GcReport } from '../core/gc.js';
import { formatBytes } from '../core/format.js';
import type { ResolvedToolchain } from '../core/types.js';
import type { CacheFigures, NamespaceStats } from '../core/stats.js';

export interface SummaryInput {
  results: ResolvedToolchain[];
  mainError?: string;
  /** The cache after this post step (after GC). */
  cache?: CacheFigures;
  repository?: string;
  /** This repository's counters, this job included. */
  repositoryStats?: NamespaceStats;
  gc?: GcReport;
  /** GC was attempted and failed. */
  gcError?: string;
  /** cleanup: false. */
  gcDisabled?: boolean;
}

/** GitHub's limit for one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Rows of the toolchains table and ids of each GC list shown before "… and N more". */
export const MAX_TABLE_ROWS = 200;
export const MAX_LISTED_IDS = 100;
const MAX_MESSAGES = 20;

const seconds = (ms: number): string => (ms ? `${(ms / 1000).toFixed(1)} s` : '–');
const percent = (rate: number | null | undefined): string =>
  rate === null || rate === undefined ? '–' : `${(rate * 100).toFixed(1)}%`;

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** At most `max` ids, then "and N more". */
function listIds(ids: string[], max = MAX_LISTED_IDS): string {
  const shown = ids.slice(0, max).map((id) => `<code>${escapeHtml(id)}</code>`);
  const more = ids.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` … and ${more} more (listed in the post step's log)` : '');
}

/** Fills core.summary's buffer (not written). */
export function buildJobSummary(input: SummaryInput): typeof core.summary {
  const s = core.summary.addHeading('toolchain-cache', 3);
  if (input.mainError)
    s.addRaw(`<p>The main step failed: ${escapeHtml(input.mainError)}</p>`, true);
  if (input.results.length) {
    const rows = input.results.slice(0, MAX_TABLE_ROWS);
    s.addTable([
      [
        { data: 'Toolchain', header: true },
        { data: 'Source', header: true },
        { data: 'Wait', header: true },
        { data: 'Install', header: true },
        { data: 'Size', header: true },
      ],
      ...rows.map((r) => [
        escapeHtml(r.id),
        escapeHtml(r.tier ? `${r.source} (${r.tier})` : r.source),
        seconds(r.waitMs),
        seconds(r.installMs),
        formatBytes(r.sizeBytes),
      ]),
    ]);
    if (input.results.length > rows.length) {
      s.addRaw(
        `<p><em>Showing ${rows.length} of ${input.results.length} toolchains; the main step's log lists every one.</em></p>`,
        true,
      );
    }
  }
  if (input.cache) {
    const c = input.cache;
    s.addRaw(
      `<p><strong>Cache:</strong> ${c.entries} toolchain(s), ${formatBytes(c.totalBytes)}; ` +
        `${c.inUse} in use, ${c.unused} unused; free disk: ${c.freeBytes === null ? 'unknown' : formatBytes(c.freeBytes)}.</p>`,
      true,
    );
  }
  if (input.repositoryStats) {
    const r = input.repositoryStats;
    s.addRaw(
      `<p><strong>${escapeHtml(input.repository ?? 'This repository')}:</strong> hit rate ${percent(r.hitRate)} ` +
        `(${r.localHits} local hit(s), ${r.peerWaits} peer wait(s), ${r.remoteRestores} remote restore(s), ${r.downloads} download(s)); ` +
        `${formatBytes(r.bytesServed)} served from the cache, ${formatBytes(r.bytesDownloaded)} downloaded, ` +
        `${seconds(r.waitMs)} spent waiting, over ${r.jobs} job(s).</p>`,
      true,
    );
  }
  s.addRaw(gcSection(input), true);
  return s;
}

function gcSection(input: SummaryInput): string {
  if (input.gcDisabled) return '<p><strong>GC:</strong> disabled (cleanup: false).</p>';
  if (input.gcError) return `<p><strong>GC failed:</strong> ${escapeHtml(input.gcError)}</p>`;
  const gc = input.gc;
  if (!gc) return '';
  if (gc.skipped === 'another-gc-running')
    return '<p><strong>GC skipped: another GC running.</strong></p>';
  if (gc.skipped === 'throttled') {
    return `<p><strong>GC skipped: throttled</strong> (${escapeHtml(gc.skippedDetail ?? 'a GC ran recently')}).</p>`;
  }
  const items: string[] = [];
  items.push(
    gc.removed.length
      ? `Removed ${gc.removed.length} toolchain(s), freed ${formatBytes(gc.freedBytes)}: ${listIds(gc.removed.map((r) => r.id))}`
      : 'Removed nothing.',
  );
  if (gc.skippedInUse.length) items.push(`Skipped because in use: ${listIds(gc.skippedInUse)}`);
  if (gc.boundsUnmet)
    items.push(`<strong>Size bound not met:</strong> ${escapeHtml(gc.boundsUnmet)}`);
  if (gc.reclaimedUses)
    items.push(`Reclaimed ${gc.reclaimedUses} use(s) of jobs that ended without their post step.`);
  if (gc.trashCleaned) items.push(`Deleted ${gc.trashCleaned} leftover(s) of an interrupted GC.`);
  for (const n of gc.notes.slice(0, MAX_MESSAGES)) items.push(escapeHtml(n));
  for (const e of gc.errors.slice(0, MAX_MESSAGES)) items.push(`Problem: ${escapeHtml(e)}`);
  if (gc.errors.length > MAX_MESSAGES)
    items.push(`… and ${gc.errors.length - MAX_MESSAGES} more problem(s) (see the log).`);
  return `<p><strong>GC:</strong></p><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

/** Appends the summary to GITHUB_STEP_SUMMARY; returns its size in bytes. */
export async function writeJobSummary(input: SummaryInput): Promise<number> {
  let s = buildJobSummary(input);
  let size = Buffer.byteLength(s.stringify());
  if (size > SUMMARY_LIMIT_BYTES) {
    // Cannot happen with the caps above unless a message is enormous: fall back to the essentials.
    s = s.emptyBuffer().addHeading('toolchain-cache', 3);
    s.addRaw(
      `<p>${input.results.length} toolchain(s); the full summary (${size} bytes) exceeded GitHub's 1 MiB limit: see the post step's log.</p>`,
      true,
    );
    size = Buffer.byteLength(s.stringify());
  }
  await s.write();
  return size;
}
