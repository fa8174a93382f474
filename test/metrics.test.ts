// `metrics`: the renderer (names and units, HELP/TYPE once per family, escaping of hostile label
// values, read back by a real parser), the command (stdout; --out written atomically, mode 0644,
// refusing a link), and its figures equal to `stats --json` on the same root.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatsOutput } from '../src/cli/commands/stats.js';
import type { CliIo } from '../src/cli/context.js';
import { main } from '../src/cli/main.js';
import { collectGarbage } from '../src/core/gc.js';
import { escapeLabelValue, renderMetrics, type MetricsInput } from '../src/core/metrics.js';
import { recordGcRun, recordJobStats, type NamespaceCounters } from '../src/core/stats.js';
import {
  checkFamilyLayout,
  figuresOfStats,
  parseExposition,
  sampleValue,
} from './helpers/prometheus.js';
import {
  daysAgo,
  fixtureUse,
  installFixture,
  makeTempRoot,
  type TempRoot,
} from './helpers/fixtures.js';

let t: TempRoot;
beforeEach(async () => {
  t = await makeTempRoot('tcache-metrics-');
});
afterEach(async () => {
  await t.cleanup();
});

const counters = (extra: Partial<NamespaceCounters> = {}): NamespaceCounters => ({
  jobs: 1,
  localHits: 0,
  peerWaits: 0,
  remoteRestores: 0,
  downloads: 0,
  bytesDownloaded: 0,
  bytesServed: 0,
  waitMs: 0,
  updatedAt: new Date(0).toISOString(),
  ...extra,
});

const input = (extra: Partial<MetricsInput> = {}): MetricsInput => ({
  entries: 3,
  totalBytes: 4096,
  inUse: 1,
  unused: 2,
  freeBytes: 1 << 30,
  namespaces: {},
  gc: { runs: 0, toolchainsRemoved: 0, bytesFreed: 0, hosts: {} },
  ...extra,
});

/** Repository names as any runner user can write them into stats.json. */
const HOSTILE = [
  'octo/plain',
  'quote"d/x',
  'back\\slash/x',
  'new\nline/x',
  'brace}x,y="z"/x',
  '# HELP toolchain_cache_jobs_total injected',
  'ünïcødé/✓',
  '\\n literal/x',
];

describe('renderMetrics', () => {
  it('names toolchain_cache_*, units in the names, _total for counters, HELP and TYPE once per family', () => {
    const text = renderMetrics(
      input({
        namespaces: { 'octo/a': counters({ waitMs: 1500 }), 'octo/b': counters() },
        gc: {
          runs: 2,
          toolchainsRemoved: 3,
          bytesFreed: 999,
          hosts: {
            'h1/abc': {
              lastRunAt: '2026-01-02T03:04:05.678Z',
              lastRunRemoved: 1,
              lastRunBytesFreed: 9,
            },
          },
        },
      }),
    );
    checkFamilyLayout(text, 'toolchain_cache_');
    expect(text.endsWith('\n')).toBe(true);
    const families = parseExposition(text);
    for (const [name, f] of families) {
      expect(name).toMatch(/^toolchain_cache_[a-z_]+$/);
      expect(f.help.length).toBeGreaterThan(5);
      if (f.type === 'counter') expect(name).toMatch(/_total$/);
      else expect(name).not.toMatch(/_total$/);
      if (/bytes|seconds/.test(name)) expect(name).toMatch(/_(bytes|seconds)(_total)?$/);
      expect(text.match(new RegExp(`^# HELP ${name} `, 'gm'))).toHaveLength(1);
      expect(text.match(new RegExp(`^# TYPE ${name} `, 'gm'))).toHaveLength(1);
    }
    expect([...families.keys()].sort()).toEqual(
      [
        'downloaded_bytes_total',
        'downloads_total',
        'free_disk_bytes',
        'gc_freed_bytes_total',
        'gc_last_run_timestamp_seconds',
        'gc_runs_total',
        'gc_toolchains_removed_total',
        'installed_bytes',
        'jobs_total',
        'local_hits_total',
        'peer_waits_total',
        'remote_restores_total',
        'served_bytes_total',
        'toolchains_in_use',
        'toolchains_installed',
        'wait_seconds_total',
      ].map((n) => `toolchain_cache_${n}`),
    );
    const p = 'toolchain_cache_';
    expect(families.get(`${p}wait_seconds_total`)?.type).toBe('counter');
    expect(families.get(`${p}toolchains_installed`)?.type).toBe('gauge');
    expect(sampleValue(families, `${p}wait_seconds_total`, { repository: 'octo/a' })).toBe(1.5);
    expect(sampleValue(families, `${p}jobs_total`, { repository: 'octo/b' })).toBe(1);
    expect(sampleValue(families, `${p}installed_bytes`)).toBe(4096);
    expect(sampleValue(families, `${p}free_disk_bytes`)).toBe(1 << 30);
    expect(sampleValue(families, `${p}gc_last_run_timestamp_seconds`, { host: 'h1/abc' })).toBe(
      Date.parse('2026-01-02T03:04:05.678Z') / 1000,
    );
  });

  it('leaves out families without samples (free disk unknown, no repository, no GC yet)', () => {
    const text = renderMetrics(input({ freeBytes: null }));
    checkFamilyLayout(text, 'toolchain_cache_');
    const families = parseExposition(text);
    expect(families.has('toolchain_cache_free_disk_bytes')).toBe(false);
    expect(families.has('toolchain_cache_jobs_total')).toBe(false);
    expect(families.has('toolchain_cache_gc_last_run_timestamp_seconds')).toBe(false);
    expect(sampleValue(families, 'toolchain_cache_gc_runs_total')).toBe(0);
    expect(text).not.toMatch(/^# (HELP|TYPE) toolchain_cache_jobs_total/m);
  });

  it('escapes backslash, quote and newline in label values: a real parser reads back every hostile name', () => {
    expect(escapeLabelValue('a\\b"c\nd}e')).toBe('a\\\\b\\"c\\nd}e');
    const namespaces = Object.fromEntries(HOSTILE.map((n, i) => [n, counters({ jobs: i + 1 })]));
    const hosts = Object.fromEntries(
      HOSTILE.map((n) => [
        n,
        { lastRunAt: '2026-01-01T00:00:00Z', lastRunRemoved: 0, lastRunBytesFreed: 0 },
      ]),
    );
    const text = renderMetrics(
      input({ namespaces, gc: { runs: 1, toolchainsRemoved: 0, bytesFreed: 0, hosts } }),
    );
    checkFamilyLayout(text, 'toolchain_cache_');
    // Nothing a name holds starts a line of its own.
    expect(
      text.split('\n').filter((l) => l.startsWith('# HELP toolchain_cache_jobs_total')),
    ).toHaveLength(1);
    const families = parseExposition(text);
    HOSTILE.forEach((repository, i) => {
      expect(sampleValue(families, 'toolchain_cache_jobs_total', { repository }), repository).toBe(
        i + 1,
      );
      expect(
        sampleValue(families, 'toolchain_cache_gc_last_run_timestamp_seconds', {
          host: repository,
        }),
      ).toBe(Date.parse('2026-01-01T00:00:00Z') / 1000);
    });
    expect(families.get('toolchain_cache_jobs_total')?.samples).toHaveLength(HOSTILE.length);
  });

  it('merges names that differ only in what cannot be written (lone surrogates): never one series twice', () => {
    const text = renderMetrics(
      input({ namespaces: { 'x\ud800': counters({ jobs: 2 }), 'x\ud801': counters({ jobs: 3 }) } }),
    );
    const jobs = text.split('\n').filter((l) => l.startsWith('toolchain_cache_jobs_total'));
    expect(jobs).toEqual(['toolchain_cache_jobs_total{repository="x\ufffd"} 5']);
  });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => void (stdout += s.endsWith('\n') ? s : `${s}\n`),
    stderr: (s) => void (stderr += `${s}\n`),
    env: {},
  };
  const code = await main([...args, '--root', t.root], io);
  return { code, stdout, stderr };
}

/** A root with toolchains (one in use), jobs of two repositories (one hostile) and a GC that removed one. */
async function busyRoot(): Promise<void> {
  await installFixture(t.layout, t.registry, {
    id: 'live',
    uses: [fixtureUse('l')],
    padBytes: 3000,
  });
  await installFixture(t.layout, t.registry, {
    id: 'old',
    lastUsedAt: daysAgo(40),
    padBytes: 1000,
  });
  await installFixture(t.layout, t.registry, { id: 'idle' });
  await recordJobStats(t.layout, 'octo/a', [
    { source: 'download', waitMs: 0, downloadedBytes: 1234, sizeBytes: 5000 },
    { source: 'peer', waitMs: 2345, downloadedBytes: 0, sizeBytes: 700 },
  ]);
  await recordJobStats(t.layout, 'evil"\\\n/x', [
    { source: 'local', waitMs: 0, downloadedBytes: 0, sizeBytes: 5000 },
    { source: 'remote', waitMs: 7, downloadedBytes: 0, sizeBytes: 1 },
  ]);
  const gc = await collectGarbage(t.layout, t.registry, { maxUnusedDays: 30, force: true });
  expect(gc.removed.map((r) => r.id)).toEqual(['old']);
  await recordGcRun(
    t.layout,
    'other-host/0123456789ab',
    { removed: [], freedBytes: 0 },
    { now: 5000 },
  );
}

describe('toolchain-cache metrics', () => {
  it('every figure both print equals the figure of `stats --json`', async () => {
    await busyRoot();
    const stats = await cli(['stats', '--json']);
    expect(stats.code, stats.stderr).toBe(0);
    const metrics = await cli(['metrics']);
    expect(metrics.code, metrics.stderr).toBe(0);
    checkFamilyLayout(metrics.stdout, 'toolchain_cache_');
    const s = JSON.parse(stats.stdout) as StatsOutput;
    const families = parseExposition(metrics.stdout);
    const figures = figuresOfStats(s);
    for (const [name, labels, value] of figures) {
      const got = sampleValue(families, name, labels);
      // Free space changes as anything writes to /tmp between the two commands: exact in the
      // e2e test (test/e2e/metrics-node-exporter.test.ts), on a file system of its own.
      if (name === 'toolchain_cache_free_disk_bytes') expect(got).toBeGreaterThan(0);
      else expect(got, `${name} ${JSON.stringify(labels)}`).toBe(value);
    }
    // …and the metrics hold nothing else: every series is one of those figures.
    const series = [...families.values()].reduce((n, f) => n + f.samples.length, 0);
    expect(series).toBe(figures.length);
    // The root had something to say in each figure.
    expect(s).toMatchObject({ entries: 2, inUse: 1 });
    expect(s.gc).toMatchObject({ runs: 2, toolchainsRemoved: 1 });
    expect(s.gc.bytesFreed).toBeGreaterThan(1000);
    expect(Object.keys(s.namespaces)).toEqual(['evil"\\\n/x', 'octo/a']);
  });

  it('stats shows the GC counters as text too', async () => {
    await busyRoot();
    const human = await cli(['stats']);
    expect(human.stdout).toMatch(/^gc runs:\s+2$/m);
    expect(human.stdout).toMatch(/^gc removed:\s+1$/m);
    expect(human.stdout).toMatch(/^other-host\/0123456789ab\s+1970-01-01 00:00Z\s+0\s+0 B$/m);
  });

  it('--out replaces the file atomically, mode 0644 whatever the umask, and leaves no temp file', async () => {
    await busyRoot();
    const dir = await t.tempDir('tcache-textfile-');
    const out = path.join(dir, 'toolchain-cache.prom');
    await fs.writeFile(out, 'old content\n', { mode: 0o600 });
    const umask = process.umask(0o077);
    let r: Run;
    try {
      r = await cli(['metrics', '--out', out]);
    } finally {
      process.umask(umask);
    }
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const st = await fs.lstat(out);
    expect(st.isFile()).toBe(true);
    if (process.platform !== 'win32') expect(st.mode & 0o777).toBe(0o644);
    expect(await fs.readdir(dir)).toEqual(['toolchain-cache.prom']);
    const written = await fs.readFile(out, 'utf8');
    expect(written).toBe((await cli(['metrics'])).stdout);
  });

  it('--out refuses a symlink or a directory at the destination, changing nothing', async () => {
    const dir = await t.tempDir('tcache-textfile-');
    const target = path.join(dir, 'elsewhere');
    await fs.writeFile(target, 'keep\n');
    const link = path.join(dir, 'toolchain-cache.prom');
    await fs.symlink(target, link);
    const r = await cli(['metrics', '--out', link]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/toolchain-cache\.prom is a symlink, not a regular file.*Remove it/);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(target, 'utf8')).toBe('keep\n');
    await fs.rm(link);
    await fs.mkdir(link);
    const d = await cli(['metrics', '--out', link]);
    expect(d.code).toBe(1);
    expect(d.stderr).toMatch(/is a directory/);
    expect((await fs.readdir(dir)).sort()).toEqual(['elsewhere', 'toolchain-cache.prom']);
  });

  it('usage errors: --json (stats --json has the same), an empty --out', async () => {
    const j = await cli(['metrics', '--json']);
    expect(j.code).toBe(2);
    expect(j.stderr).toMatch(/stats --json/);
    expect((await cli(['metrics', '--out', ' '])).code).toBe(2);
    const help = await main(['metrics', '--help'], {
      stdout: () => undefined,
      stderr: () => undefined,
      env: {},
    });
    expect(help).toBe(0);
  });
});
