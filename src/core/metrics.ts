// The cache's figures and counters in the Prometheus text exposition format 0.0.4, for
// node_exporter's textfile collector (README, "The operator CLI"; docs/design.md, "Statistics").
// A pure function of what `stats --json` prints, so both always say the same. Label values come
// from stats.json, which any runner user can write: they are escaped, never trusted.
import type { CacheFigures, GcCounters, NamespaceCounters } from './stats.js';

/** What the metrics are made of: the fields `stats --json` prints under the same names. */
export interface MetricsInput extends CacheFigures {
  namespaces: Record<string, NamespaceCounters>;
  gc: GcCounters;
}

export const METRIC_PREFIX = 'toolchain_cache_';

type MetricType = 'gauge' | 'counter';

interface Sample {
  labels?: Record<string, string>;
  value: number;
}

interface Family {
  /** Without the prefix; the unit is in the name (`_bytes`, `_seconds`, `_total` for counters). */
  name: string;
  help: string;
  type: MetricType;
  samples: Sample[];
}

/** The per-repository counters: metric name, help, and the figure of stats.json it shows. */
const REPOSITORY_COUNTERS: ReadonlyArray<[string, string, (c: NamespaceCounters) => number]> = [
  ['jobs_total', 'Jobs whose post step recorded results.', (c) => c.jobs],
  ['local_hits_total', 'Toolchains found installed, without waiting.', (c) => c.localHits],
  [
    'peer_waits_total',
    'Toolchains a job waited for while a concurrent job installed them.',
    (c) => c.peerWaits,
  ],
  ['remote_restores_total', 'Toolchains restored from a remote tier.', (c) => c.remoteRestores],
  ['downloads_total', 'Toolchains downloaded from their origin.', (c) => c.downloads],
  ['downloaded_bytes_total', 'Bytes downloaded from origins.', (c) => c.bytesDownloaded],
  [
    'served_bytes_total',
    'Sizes of the toolchains served from the host cache (local hits and peer waits).',
    (c) => c.bytesServed,
  ],
  [
    'wait_seconds_total',
    "Time jobs spent waiting for other jobs' installs.",
    (c) => c.waitMs / 1000,
  ],
];

const gauge = (name: string, help: string, value: number | null): Family => ({
  name,
  help,
  type: 'gauge',
  samples: value === null ? [] : [{ value }],
});

const counter = (name: string, help: string, value: number): Family => ({
  name,
  help,
  type: 'counter',
  samples: [{ value }],
});

function families(input: MetricsInput): Family[] {
  const repositories = Object.entries(input.namespaces);
  const hosts = Object.entries(input.gc.hosts);
  return [
    gauge('toolchains_installed', 'Toolchains installed in the cache root.', input.entries),
    gauge('toolchains_in_use', 'Installed toolchains with at least one live use.', input.inUse),
    gauge('installed_bytes', 'Bytes of the installed toolchains.', input.totalBytes),
    gauge(
      'free_disk_bytes',
      "Free space for this user on the cache root's file system.",
      input.freeBytes,
    ),
    ...REPOSITORY_COUNTERS.map(([name, help, figure]): Family => ({
      name,
      help: `${help} By repository.`,
      type: 'counter',
      samples: repositories.map(([repository, c]) => ({
        labels: { repository },
        value: figure(c),
      })),
    })),
    counter('gc_runs_total', 'Full GCs run (post steps and `toolchain-cache gc`).', input.gc.runs),
    counter('gc_toolchains_removed_total', 'Toolchains removed by GC.', input.gc.toolchainsRemoved),
    counter('gc_freed_bytes_total', 'Bytes freed by GC.', input.gc.bytesFreed),
    {
      name: 'gc_last_run_timestamp_seconds',
      help: "When each host's last full GC ran (Unix time).",
      type: 'gauge',
      samples: hosts.flatMap(([host, run]) => {
        const at = Date.parse(run.lastRunAt);
        return Number.isNaN(at) ? [] : [{ labels: { host }, value: at / 1000 }];
      }),
    },
  ];
}

/** A label value in the text format: backslash, double quote and line feed escaped. */
export function escapeLabelValue(value: string): string {
  // A lone surrogate (possible in a hand-written stats.json) becomes U+FFFD, as it would on
  // writing, so what is escaped is exactly what the file holds.
  return wellFormed(value).replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** HELP text: backslash and line feed escaped (quotes stay as they are). */
const escapeHelp = (text: string): string =>
  text.replace(/[\\\n]/g, (c) => (c === '\n' ? '\\n' : '\\\\'));

// In u-mode a surrogate pair is one code point: only lone surrogates match.
const wellFormed = (s: string): string => s.replace(/[\ud800-\udfff]/gu, '\ufffd');

/** A sample value: Go's ParseFloat reads JavaScript's shortest round-trip form. */
function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  return String(v);
}

const labelText = (labels: Record<string, string> | undefined): string =>
  labels && Object.keys(labels).length
    ? `{${Object.entries(labels)
        .map(([k, v]) => `${k}="${escapeLabelValue(v)}"`)
        .join(',')}}`
    : '';

/**
 * One line per series. Two label values that differ only in what cannot be written (lone
 * surrogates) would make one series twice, and node_exporter refuses a file with a duplicate:
 * such series are merged (counters added, gauges the largest).
 */
function seriesLines(f: Family, name: string): string[] {
  const series = new Map<string, number>();
  for (const s of f.samples) {
    const key = labelText(s.labels);
    const seen = series.get(key);
    const merged =
      seen === undefined
        ? s.value
        : f.type === 'counter'
          ? seen + s.value
          : Math.max(seen, s.value);
    series.set(key, merged);
  }
  return [...series].map(([labels, value]) => `${name}${labels} ${formatValue(value)}`);
}

/**
 * The exposition: for each family with samples, `# HELP`, `# TYPE` and its series, names
 * `toolchain_cache_*`; a family without samples (free disk unknown, no repository yet) is left out.
 */
export function renderMetrics(input: MetricsInput): string {
  const lines: string[] = [];
  for (const f of families(input)) {
    if (f.samples.length === 0) continue;
    const name = METRIC_PREFIX + f.name;
    lines.push(`# HELP ${name} ${escapeHelp(f.help)}`, `# TYPE ${name} ${f.type}`);
    lines.push(...seriesLines(f, name));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
