// The Prometheus text format as a real parser reads it (parse-prometheus-text-format, a port of
// the Python client's parser), and the checks a file for node_exporter's textfile collector must
// pass that the parser does not make: one HELP and one TYPE per family, before its samples, which
// come together.
import { spawnSync } from 'node:child_process';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import type { StatsOutput } from '../../src/cli/commands/stats.js';

export interface ParsedFamily {
  help: string;
  type: string;
  samples: Array<{ labels: Record<string, string>; value: number }>;
}

/** Family name → its help, type (lower case) and samples with numeric values. */
export function parseExposition(text: string): Map<string, ParsedFamily> {
  const families = new Map<string, ParsedFamily>();
  for (const f of parsePrometheusTextFormat(text)) {
    if (families.has(f.name)) throw new Error(`family ${f.name} appears twice`);
    families.set(f.name, {
      help: f.help,
      type: f.type.toLowerCase(),
      samples: f.metrics.map((m) => ({ labels: m.labels ?? {}, value: Number(m.value) })),
    });
  }
  return families;
}

/** Throws unless every family has one HELP then one TYPE line, and its samples right after. */
export function checkFamilyLayout(text: string, prefix: string): void {
  const seen = new Set<string>();
  let current: string | undefined;
  let helped: string | undefined;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const meta = /^# (HELP|TYPE) (\S+)/.exec(line);
    if (meta) {
      const [, kind, name] = meta;
      if (kind === 'HELP') {
        if (seen.has(name)) throw new Error(`${name}: HELP again (families must come together)`);
        seen.add(name);
        helped = name;
        current = undefined;
      } else {
        if (helped !== name) throw new Error(`${name}: TYPE without its HELP right before`);
        current = name;
        helped = undefined;
      }
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]/.exec(line)?.[1];
    if (!sample) throw new Error(`not a sample line: ${JSON.stringify(line)}`);
    if (sample !== current) throw new Error(`${sample}: sample outside its family (${current})`);
    if (!sample.startsWith(prefix)) throw new Error(`${sample}: not named ${prefix}*`);
  }
}

/** The one sample of a family without labels, or of the family's sample with `labels`. */
export function sampleValue(
  families: Map<string, ParsedFamily>,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const f = families.get(name);
  const want = JSON.stringify(Object.entries(labels).sort());
  return f?.samples.find((s) => JSON.stringify(Object.entries(s.labels).sort()) === want)?.value;
}

/**
 * Every figure `stats --json` prints that the metrics print too, as [metric, labels, value]: the
 * list a test compares both by.
 */
export function figuresOfStats(s: StatsOutput): Array<[string, Record<string, string>, number]> {
  const p = 'toolchain_cache_';
  const out: Array<[string, Record<string, string>, number]> = [
    [`${p}toolchains_installed`, {}, s.entries],
    [`${p}toolchains_in_use`, {}, s.inUse],
    [`${p}installed_bytes`, {}, s.totalBytes],
    [`${p}gc_runs_total`, {}, s.gc.runs],
    [`${p}gc_toolchains_removed_total`, {}, s.gc.toolchainsRemoved],
    [`${p}gc_freed_bytes_total`, {}, s.gc.bytesFreed],
  ];
  if (s.freeBytes !== null) out.push([`${p}free_disk_bytes`, {}, s.freeBytes]);
  for (const [repository, c] of Object.entries(s.namespaces)) {
    const l = { repository };
    out.push(
      [`${p}jobs_total`, l, c.jobs],
      [`${p}local_hits_total`, l, c.localHits],
      [`${p}peer_waits_total`, l, c.peerWaits],
      [`${p}remote_restores_total`, l, c.remoteRestores],
      [`${p}downloads_total`, l, c.downloads],
      [`${p}downloaded_bytes_total`, l, c.bytesDownloaded],
      [`${p}served_bytes_total`, l, c.bytesServed],
      [`${p}wait_seconds_total`, l, c.waitMs / 1000],
    );
  }
  for (const [host, h] of Object.entries(s.gc.hosts))
    out.push([`${p}gc_last_run_timestamp_seconds`, { host }, Date.parse(h.lastRunAt) / 1000]);
  return out;
}

/** Debian's name for node_exporter's binary (package prometheus-node-exporter), then upstream's. */
const NODE_EXPORTER_NAMES = ['prometheus-node-exporter', 'node_exporter'];

/**
 * The node_exporter binary; when there is none, the reason to skip with, or — in CI (CI=true),
 * which must run the test — an error naming the fix (.ci/run installs the package).
 */
export function findNodeExporter(): { binary: string } | { skip: string } {
  for (const name of NODE_EXPORTER_NAMES) {
    const r = spawnSync(name, ['--version'], { encoding: 'utf8' });
    if (!r.error && r.status === 0) return { binary: name };
  }
  const fix = 'apt-get install prometheus-node-exporter (.ci/run installs it)';
  if (process.env.CI === 'true')
    throw new Error(`node_exporter is missing, and CI must run this test: ${fix}`);
  return { skip: `node_exporter is missing: ${fix}` };
}
