// `stats`: the cache's figures, then hit/miss counters per repository.
import {
  cacheFigures,
  readStats,
  summarizeStats,
  type CacheFigures,
  type NamespaceStats,
} from '../../core/stats.js';
import { EXIT_OK, print, type Command, type Context } from '../context.js';
import {
  formatBytes,
  formatDuration,
  formatFields,
  formatFree,
  formatPercent,
  formatTable,
  type Align,
} from '../format.js';
import { openForReading, openRegistry } from '../root.js';

export interface StatsOutput extends CacheFigures {
  root: string;
  namespaces: Record<string, NamespaceStats>;
  total: NamespaceStats;
}

export const stats: Command = {
  summary: 'Cache-wide figures and hit/miss counters per repository',
  usage: 'toolchain-cache stats [--root DIR] [--json]',
  options: {},
  positionals: 0,
  run: runStats,
};

async function runStats(ctx: Context): Promise<number> {
  const layout = await openForReading(ctx.root);
  const doc = await openRegistry(ctx, layout).read();
  const figures = await cacheFigures(layout, doc);
  const { doc: statsDoc, warning } = await readStats(layout);
  if (warning) ctx.io.stderr(`toolchain-cache stats: warning: ${warning}`);
  const summary = summarizeStats(statsDoc);
  const data: StatsOutput = {
    root: layout.root,
    ...figures,
    namespaces: summary.namespaces,
    total: summary.total,
  };
  print(ctx, data, () => formatStats(data));
  return EXIT_OK;
}

/** The cache's figures, then one row per repository and their total. */
function formatStats(data: StatsOutput): string {
  const header = formatFields([
    ['root', data.root],
    ['entries', String(data.entries)],
    ['total', formatBytes(data.totalBytes)],
    ['in use', String(data.inUse)],
    ['unused', String(data.unused)],
    ['free disk', formatFree(data.freeBytes)],
  ]);
  const rows = [...Object.entries(data.namespaces), ['(total)', data.total] as const].map(
    ([ns, s]) => [
      ns,
      String(s.jobs),
      String(s.localHits),
      String(s.peerWaits),
      String(s.remoteRestores),
      String(s.downloads),
      formatBytes(s.bytesDownloaded),
      formatBytes(s.bytesServed),
      formatDuration(s.waitMs),
      formatPercent(s.hitRate),
    ],
  );
  const headers = [
    ...['REPOSITORY', 'JOBS', 'LOCAL', 'PEER', 'REMOTE', 'DOWNLOAD'],
    ...['DOWNLOADED', 'SERVED', 'WAITED', 'HIT RATE'],
  ];
  const align = headers.map((_, i): Align => (i === 0 ? 'left' : 'right'));
  return `${header}\n\n${formatTable(headers, rows, align)}`;
}
