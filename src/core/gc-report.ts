// The GC report, defined once (docs/design.md, "Uses and GC"): `gcReportModel` decides what is said
// about a GC — the headline, the labelled rows, the notes and the problems, in order, with the
// figures already formatted — and two renderers only lay that model out: as text for the post
// step's log and the CLI, as HTML for the job summary. Neither adds or drops a fact, so the log
// and the summary cannot say different things; the summary only cuts long lists (GitHub's 1 MiB
// limit) and points at the log for the rest.
import { formatBytes } from './format.js';
import type { GcReport, RemovedEntry, UnreadableUses } from './gc.js';
import { capped, codeList, escapeHtml } from './html.js';

/** One labelled fact: a list of ids, or a sentence. */
export interface GcReportRow {
  label: string;
  /**
   * The summary's wording of the label where it reads as prose; the log and the CLI keep the
   * terse `label` operators grep for.
   */
  summaryLabel?: string;
  ids?: string[];
  text?: string;
}

export interface GcReportModel {
  /**
   * "GC", or "GC skipped" when it did not run (then `detail` says why and no rows follow), or
   * "GC not due" when the host cleaned up recently (the throttle: the common case, said quietly).
   */
  title: 'GC' | 'GC skipped' | 'GC not due';
  /** "removed 2 toolchain(s), freed 3.0 KiB", "nothing removed", "throttled", … */
  headline: string;
  /** Who holds the GC lock, or when the last GC ran. */
  detail?: string;
  /** The entries the headline counts, least recently used first. */
  removed: RemovedEntry[];
  rows: GcReportRow[];
  notes: string[];
  /** Problems that did not stop the GC: the post step makes them warnings, the CLI errors. */
  problems: string[];
}

export function gcReportModel(r: GcReport): GcReportModel {
  const common = { removed: [], rows: [], notes: r.notes, problems: r.errors };
  if (r.skipped === 'throttled') {
    const headline = 'this host cleaned up recently';
    return { ...common, title: 'GC not due', headline, detail: r.skippedDetail };
  }
  if (r.skipped) {
    const headline = 'another GC is running';
    return { ...common, title: 'GC skipped', headline, detail: r.skippedDetail };
  }
  const would = r.dryRun;
  const headline = r.removed.length
    ? `${would ? 'would remove' : 'removed'} ${r.removed.length} toolchain(s), ` +
      `${would ? 'freeing' : 'freed'} ${formatBytes(r.freedBytes)}`
    : `nothing ${would ? 'would be removed' : 'removed'}`;
  const rows: GcReportRow[] = [];
  const unreadable = r.unreadableUses ?? [];
  const pinned = new Set(unreadable.map((u) => u.id));
  const inUse = r.skippedInUse.filter((id) => !pinned.has(id));
  if (inUse.length) {
    const label = 'Skipped (in use)';
    rows.push({ label, summaryLabel: 'Skipped because in use', ids: inUse });
  }
  const notes = [...r.notes];
  if (unreadable.length) {
    rows.push({
      label: 'Skipped (unreadable use records)',
      summaryLabel: 'Kept because of use records this user cannot read',
      text: unreadable.map(describeUnreadable).join(', '),
    });
    notes.push(unreadableHint(unreadable));
  }
  if (r.boundsUnmet) rows.push({ label: 'Size bound not met', text: r.boundsUnmet });
  rows.push({ label: 'Cache', text: cacheRow(r) });
  return { ...common, notes, title: 'GC', headline, removed: r.removed, rows };
}

const describeUnreadable = (u: UnreadableUses): string =>
  `${u.id} (${u.records} record(s)${u.owners.length ? ` of ${u.owners.join(', ')}` : ''})`;

/** What to do about use records nobody can judge (docs/design.md, "Doctor"). */
function unreadableHint(unreadable: UnreadableUses[]): string {
  const owners = [...new Set(unreadable.flatMap((u) => u.owners))];
  return (
    'A use record this user cannot read counts as a live use (never removed on doubt), so it keeps its toolchain for good: ' +
    `run \`toolchain-cache gc\` as root (it reads them and reclaims those of finished jobs), or have ${owners.length ? owners.join(', ') : 'their owners'} ` +
    'make them group-readable (chmod g+r); `toolchain-cache doctor` lists them.'
  );
}

/** The cache's size before and after, and the housekeeping, in a workflow author's words. */
function cacheRow(r: GcReport): string {
  const would = r.dryRun;
  const parts = [`${formatBytes(r.totalBytesBefore)} → ${formatBytes(r.totalBytesAfter)}`];
  if (r.reclaimedUses)
    parts.push(
      `${would ? 'would release' : 'released'} ${r.reclaimedUses} use(s) left by jobs that ended without their post step`,
    );
  if (r.trashCleaned)
    parts.push(
      `${would ? 'would delete' : 'deleted'} ${r.trashCleaned} leftover(s) of interrupted installs and removals`,
    );
  return parts.join('; ');
}

export interface GcReportText {
  /** Informational lines, in order. */
  lines: string[];
  /** The model's problems, for the caller to show as warnings or errors. */
  errors: string[];
}

/**
 * The whole model as lines of text. `removedList` lays out the removed entries (the CLI as a
 * table, the log one line each).
 */
export function gcReportText(
  m: GcReportModel,
  removedList: (removed: RemovedEntry[]) => string[],
): GcReportText {
  const lead = `${m.title}: ${m.headline}`;
  const lines =
    m.detail !== undefined
      ? [`${lead} (${m.detail}).`]
      : m.removed.length
        ? [`${lead}:`, ...removedList(m.removed)]
        : [`${lead}.`];
  for (const row of m.rows) lines.push(`${row.label}: ${row.ids ? row.ids.join(', ') : row.text}`);
  lines.push(...m.notes);
  return { lines, errors: m.problems };
}

/** Ids and messages the summary shows of each list before "… and N more". */
export const MAX_LISTED_IDS = 100;
export const MAX_MESSAGES = 20;

const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The whole model as HTML for the job summary, each list capped (`log` has them in full). A GC
 * that did not run is one paragraph; one that ran is a list under "GC:".
 */
export function gcReportHtml(m: GcReportModel, log = "the post step's log"): string {
  const ids = (list: string[]): string => codeList(list, MAX_LISTED_IDS, log);
  const items = [
    ...m.rows.map(
      (row) =>
        `${escapeHtml(row.summaryLabel ?? row.label)}: ` +
        (row.ids ? ids(row.ids) : escapeHtml(row.text ?? '')),
    ),
    ...capped(m.notes.map(escapeHtml), MAX_MESSAGES, 'note(s)', log),
    ...capped(
      m.problems.map((e) => `Problem: ${escapeHtml(e)}`),
      MAX_MESSAGES,
      'problem(s)',
      log,
    ),
  ];
  let lead: string;
  if (m.title === 'GC not due') {
    // Nearly every post step: one plain line, not a bold headline.
    const detail = m.detail !== undefined ? ` (${escapeHtml(m.detail)})` : '';
    lead = `<p>${escapeHtml(`${m.title}: ${m.headline}`)}${detail}.</p>`;
  } else if (m.title === 'GC skipped') {
    const detail = m.detail !== undefined ? ` (${escapeHtml(m.detail)})` : '';
    lead = `<p><strong>${escapeHtml(`${m.title}: ${m.headline}`)}</strong>${detail}.</p>`;
  } else {
    lead = `<p><strong>${escapeHtml(m.title)}:</strong></p>`;
    const removed = m.removed.map((e) => e.id);
    items.unshift(escapeHtml(sentence(m.headline)) + (removed.length ? `: ${ids(removed)}` : '.'));
  }
  return items.length ? `${lead}<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : lead;
}
