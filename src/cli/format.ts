// Human output of the CLI: aligned tables and short values.
import { isoTime, formatBytes, formatFree, formatPercent } from '../core/format.js';

export { formatBytes, formatFree, formatPercent };

export type Align = 'left' | 'right';

/** Columns padded to their widest cell; a header row and a rule under it. */
export function formatTable(headers: string[], rows: string[][], align: Align[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** "key: value" lines with the values aligned. */
export function formatFields(fields: Array<[string, string]>): string {
  const width = Math.max(0, ...fields.map(([k]) => k.length));
  return fields.map(([k, v]) => `${`${k}:`.padEnd(width + 1)} ${v}`).join('\n');
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
