// `stats`: the cache's figures, then hit/miss counters per repository, then the GC counters.
import {
  cacheFigures,
  readStats,
  summarizeStats,
  type CacheFigures,
  type GcCounters,
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
  formatTime,
  type Align,
} from '../format.js';
import { openForReading, openRegistry } from '../root.js';

export interface StatsOutput extends CacheFigures {
  root: string;
  namespaces: Record<string, NamespaceStats>;
  total: NamespaceStats;
  /** Full GCs of every host sharing the root: runs, removed, freed, each host's last run. */
  gc: GcCounters;
}

export const stats: Command = {
  summary: 'Cache-wide figures and hit/miss counters per repository',
  usage: 'toolchain-cache stats [--root DIR] [--json]',
  options: {},
  positionals: 0,
  run: runStats,
};

/** What `stats` prints, and `metrics` renders (so both say the same); warnings on stderr. */
export async function gatherStats(ctx: Context, command: string): Promise<StatsOutput> {
  const layout = await openForReading(ctx.root);
  const doc = await openRegistry(ctx, layout).read();
  const figures = await cacheFigures(layout, doc);
  const { doc: statsDoc, warning } = await readStats(layout);
  if (warning) ctx.io.stderr(`toolchain-cache ${command}: warning: ${warning}`);
  const summary = summarizeStats(statsDoc);
  return {
    root: layout.root,
    ...figures,
    namespaces: summary.namespaces,
    total: summary.total,
    gc: summary.gc,
  };
}

async function runStats(ctx: Context): Promise<number> {
  const data = await gatherStats(ctx, 'stats');
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
  return `${header}\n\n${formatTable(headers, rows, align)}\n\n${formatGc(data.gc)}`;
}

/** The GC counters, then each host's last run. */
function formatGc(gc: GcCounters): string {
  const fields = formatFields([
    ['gc runs', String(gc.runs)],
    ['gc removed', String(gc.toolchainsRemoved)],
    ['gc freed', formatBytes(gc.bytesFreed)],
  ]);
  const hosts = Object.entries(gc.hosts);
  if (hosts.length === 0) return fields;
  const rows = hosts.map(([host, h]) => [
    host,
    formatTime(h.lastRunAt),
    String(h.lastRunRemoved),
    formatBytes(h.lastRunBytesFreed),
  ]);
  const table = formatTable(['HOST', 'LAST GC', 'REMOVED', 'FREED'], rows, [
    'left',
    'left',
    'right',
    'right',
  ]);
  return `${fields}\n\n${table}`;
}
