// The job summary: what came from where, how long it took, how big it is; the cache's totals, this
// repository's hit rate and what GC did. GitHub rejects a step summary over 1 MiB, so long lists
// are cut with a note (the post step's log has them in full).
import type { GcReport } from '../core/gc.js';
import { gcReportHtml, gcReportModel } from '../core/gc-report.js';
import { describeSource, formatBytes, formatFree, formatPercent } from '../core/format.js';
import { escapeHtml } from '../core/html.js';
import type { ResolvedToolchain } from '../core/types.js';
import type { CacheFigures, NamespaceStats } from '../core/stats.js';
import { summary, type StepSummary } from './step-summary.js';

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
  /** The cache root this job used, and who chose it. */
  cacheRoot?: { path: string; from?: string };
  /** cleanup: false. */
  gcDisabled?: boolean;
  /** Named toolchains missing from the lockfile: the entries to add (main's State.LockNotes). */
  lockNotes?: Array<{ spec: string; platform: string; text: string }>;
}

/** GitHub's limit for one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Rows of the toolchains table shown before "Showing N of M" (the GC report caps its own lists). */
export const MAX_TABLE_ROWS = 200;

const seconds = (ms: number): string => (ms ? `${(ms / 1000).toFixed(1)} s` : '–');

/** Fills the step summary's buffer (not written). */
export function buildJobSummary(input: SummaryInput): StepSummary {
  const s = summary.addHeading('toolchain-cache', 3);
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
        escapeHtml(describeSource(r)),
        seconds(r.waitMs),
        // A local hit installed nothing (its time is the lookup's): "–", like its Wait.
        r.source === 'local' ? '–' : seconds(r.installMs),
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
  for (const note of input.lockNotes ?? []) {
    s.addRaw(
      `<p><strong>Lockfile:</strong> ${escapeHtml(note.spec)} on ${escapeHtml(note.platform)} is not locked; add <code>${escapeHtml(note.text)}</code> under <code>"toolchains"</code>.</p>`,
      true,
    );
  }
  if (input.cache || input.cacheRoot) {
    const c = input.cache;
    const root = input.cacheRoot;
    const where = root
      ? ` <code>${escapeHtml(root.path)}</code>${root.from ? ` (from ${escapeHtml(root.from)})` : ''}`
      : '';
    s.addRaw(
      `<p><strong>Cache${where}:</strong> ` +
        (c
          ? `${c.entries} toolchain(s), ${formatBytes(c.totalBytes)}; ` +
            `${c.inUse} in use, ${c.unused} unused; free disk: ${formatFree(c.freeBytes)}.`
          : 'its figures could not be read.') +
        '</p>',
      true,
    );
  }
  if (input.repositoryStats) {
    const r = input.repositoryStats;
    s.addRaw(
      `<p><strong>${escapeHtml(input.repository ?? 'This repository')}:</strong> hit rate ${formatPercent(r.hitRate)} ` +
        `(found on this host: ${r.localHits} at once, ${r.peerWaits} after waiting for another job's install; ` +
        `not on this host: ${r.remoteRestores} from a remote cache, ${r.downloads} downloaded); ` +
        `${formatBytes(r.bytesServed)} served from the cache, ${formatBytes(r.bytesDownloaded)} downloaded, ` +
        `${seconds(r.waitMs)} spent waiting, over ${r.jobs} job(s).</p>`,
      true,
    );
  }
  s.addRaw(gcSection(input), true);
  return s;
}

/** What GC did: the report as the log says it (src/core/gc-report.ts), or why there is none. */
function gcSection(input: SummaryInput): string {
  if (input.gcDisabled) return '<p><strong>GC:</strong> disabled (cleanup: false).</p>';
  if (input.gcError) return `<p><strong>GC failed:</strong> ${escapeHtml(input.gcError)}</p>`;
  return input.gc ? gcReportHtml(gcReportModel(input.gc)) : '';
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
