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
