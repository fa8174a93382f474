// Human output of the CLI: aligned tables and short values.
import { isoTime, formatBytes, formatFree, formatPercent } from '../core/format.js';

export { formatBytes, formatFree, formatPercent };

export type Align = 'left' | 'right';

/**
 * Control characters (C0, DEL, C1) and the marks that reorder text on screen (bidirectional
 * embeddings, overrides and isolates): the values a table shows come from files in a shared root
 * (a repository or host name in stats.json, a date), which another user of it could fill with a
 * terminal's escape sequences or text that reads other than it is.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every character of UNPRINTABLE shown as its `\uXXXX` escape, never sent to the terminal. */
export const printable = (text: string): string =>
  text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Columns padded to their widest cell; a header row and a rule under it. Cells made printable. */
export function formatTable(headers: string[], cells: string[][], align: Align[] = []): string {
  const rows = cells.map((r) => r.map(printable));
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** "key: value" lines with the values aligned (and printable). */
export function formatFields(fields: Array<[string, string]>): string {
  const width = Math.max(0, ...fields.map(([k]) => k.length));
  return fields.map(([k, v]) => `${`${k}:`.padEnd(width + 1)} ${printable(v)}`).join('\n');
}

export const formatDuration = (ms: number): string => {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 7_200_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
};

/** ISO timestamp to the minute, UTC ("2024-05-01 12:34Z"); unreadable values as given. */
export const formatTime = (iso: string): string => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : `${isoTime(t).slice(0, 16).replace('T', ' ')}Z`;
};
