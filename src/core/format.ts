// Human-readable figures, shared by the log, the job summary and the CLI.
import type { ResolvedToolchain } from './types.js';

/** 1536 → "1.5 KiB". */
export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}

/** 200000000000 → "186.3 GiB (200000000000 bytes)": readable, with the exact figure beside. */
export const formatBytesExact = (n: number): string =>
  n < 1024 ? `${n} bytes` : `${formatBytes(n)} (${n} bytes)`;

/** 0.75 → "75.0%"; no rate yet (no toolchain counted) → "–". */
export const formatPercent = (rate: number | null): string =>
  rate === null ? '–' : `${(rate * 100).toFixed(1)}%`;

/** Free disk space; null where the platform cannot tell (no statfs). */
export const formatFree = (bytes: number | null): string =>
  bytes === null ? 'unknown (statfs unavailable)' : formatBytes(bytes);

/**
 * Where a toolchain came from, as the log and the summary say it: `remote (TIER)`, and after
 * waiting for a fleet lease's holder `remote (TIER, downloaded by host H)` (docs/design.md,
 * "Fleet lease").
 */
export function describeSource(
  r: Pick<ResolvedToolchain, 'source' | 'tier' | 'leaseHolder'>,
): string {
  if (!r.tier) return r.source;
  return `${r.source} (${r.tier}${r.leaseHolder ? `, downloaded by host ${r.leaseHolder}` : ''})`;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * `new Date(ms).toISOString()`, without it: the first toISOString of a process costs about a
 * millisecond (V8 sets up its date formatting), a tenth of what a warm hit does on its own
 * (docs/design.md, "Start-up cost"). Years outside 0000–9999 (never a clock's) go to toISOString.
 */
export function isoTime(ms: number = Date.now()): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return d.toISOString();
  return (
    `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` +
    `T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}` +
    `.${pad(d.getUTCMilliseconds(), 3)}Z`
  );
}
