// Statistics: counters per namespace and in total, hit rates, GC counters (from real GCs),
// concurrent recording from real processes (no lost update), a corrupt stats file, and the
// cache-wide figures.
import { promises as fs } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/core/gc.js';
import { hostId } from '../src/core/leases.js';
import { tryLock } from '../src/core/lock.js';
import {
  cacheFigures,
  freeDiskBytes,
  readStats,
  recordGcRun,
  recordJobStats,
  summarizeStats,
  type JobResult,
} from '../src/core/stats.js';
import {
  daysAgo,
  deadPid,
  fixtureUse,
  installFixture,
  makeTempRoot,
  spawnTsx,
  workerScript,
  type TempRoot,
} from './helpers/fixtures.js';

let t: TempRoot;
beforeEach(async () => {
  t = await makeTempRoot('tcache-stats-');
});
afterEach(async () => {
  await t.cleanup();
});

const result = (source: JobResult['source'], extra: Partial<JobResult> = {}): JobResult => ({
  source,
  waitMs: 0,
  downloadedBytes: 0,
  sizeBytes: 1000,
  ...extra,
});

describe('stats', () => {
  it('reads a fresh root as empty and gives zero figures', async () => {
    const { doc, warning } = await readStats(t.layout);
    expect(doc.namespaces).toEqual({});
    expect(warning).toBeUndefined();
    const s = summarizeStats(doc);
    expect(s.total).toMatchObject({ jobs: 0, hits: 0, misses: 0, hitRate: null });
    const figures = await cacheFigures(t.layout, await t.registry.read());
    expect(figures).toMatchObject({ entries: 0, totalBytes: 0, inUse: 0, unused: 0 });
  });

  it('counts each source per namespace, bytes served and downloaded, waits, and hit rates', async () => {
    await recordJobStats(t.layout, 'octo/a', [
      result('local', { sizeBytes: 100 }),
      result('peer', { waitMs: 1500, sizeBytes: 200 }),
      result('download', { downloadedBytes: 4000 }),
    ]);
    await recordJobStats(t.layout, 'octo/a', [result('local', { sizeBytes: 100 })]);
    await recordJobStats(t.layout, 'octo/b', [result('remote', { sizeBytes: 50 })]);
    const { doc } = await readStats(t.layout);
    const s = summarizeStats(doc);
    expect(s.namespaces['octo/a']).toMatchObject({
      jobs: 2,
      localHits: 2,
      peerWaits: 1,
      remoteRestores: 0,
      downloads: 1,
      bytesDownloaded: 4000,
      bytesServed: 400,
      waitMs: 1500,
      // A peer wait is a hit of the host cache (README, "hit rate"): 3 of 4.
      hits: 3,
      misses: 1,
      hitRate: 0.75,
    });
    expect(s.namespaces['octo/b']).toMatchObject({
      jobs: 1,
      remoteRestores: 1,
      hits: 0,
      misses: 1,
      hitRate: 0,
      bytesServed: 0,
    });
    expect(s.total).toMatchObject({
      jobs: 3,
      localHits: 2,
      peerWaits: 1,
      remoteRestores: 1,
      downloads: 1,
      hitRate: 0.6,
    });
    // Namespaces that look like object slots stay data.
    await recordJobStats(t.layout, '__proto__', [result('local')]);
    const again = summarizeStats((await readStats(t.layout)).doc);
    expect(Object.keys(again.namespaces)).toContain('(__proto__)');
    expect(again.total.jobs).toBe(4);
  });

  it('loses no update when 6 processes record at once', async () => {
    const results = JSON.stringify([result('local'), result('download', { downloadedBytes: 10 })]);
    const workers = Array.from({ length: 6 }, (_, i) =>
      spawnTsx(workerScript('stats.ts'), [t.root, i % 2 ? 'octo/odd' : 'octo/even', results, '5']),
    );
    for (const w of workers) {
      const r = await w.done;
      expect(r.code, r.stderr).toBe(0);
    }
    const s = summarizeStats((await readStats(t.layout)).doc);
    expect(s.namespaces['octo/odd']).toMatchObject({
      jobs: 15,
      localHits: 15,
      downloads: 15,
      bytesDownloaded: 150,
    });
    expect(s.namespaces['octo/even']).toMatchObject({ jobs: 15, localHits: 15, downloads: 15 });
    expect(s.total.jobs).toBe(30);
  });

  it('reads a corrupt file as empty with a warning, and moves it aside when recording', async () => {
    await fs.writeFile(t.layout.statsFile, '{ not json');
    const read = await readStats(t.layout);
    expect(read.doc.namespaces).toEqual({});
    expect(read.warning).toMatch(/unreadable/);
    await recordJobStats(t.layout, 'octo/a', [result('local')]);
    expect(summarizeStats((await readStats(t.layout)).doc).total.jobs).toBe(1);
    const aside = (await fs.readdir(t.root)).filter((n) => n.startsWith('stats.json.corrupt-'));
    expect(aside).toHaveLength(1);
  });

  it('cache figures count live uses only, sum sizes, and report free disk space', async () => {
    await installFixture(t.layout, t.registry, {
      id: 'live',
      uses: [fixtureUse('l')],
      padBytes: 1000,
    });
    await installFixture(t.layout, t.registry, {
      id: 'dead',
      uses: [fixtureUse('d', { pid: await deadPid() })],
    });
    await installFixture(t.layout, t.registry, { id: 'idle' });
    const doc = await t.registry.read();
    const figures = await cacheFigures(t.layout, doc);
    expect(figures.entries).toBe(3);
    expect(figures.inUse).toBe(1);
    expect(figures.unused).toBe(2);
    expect(figures.totalBytes).toBe(
      Object.values(doc.entries).reduce((n, e) => n + e.sizeBytes, 0),
    );
    expect(figures.totalBytes).toBeGreaterThan(1000);
    if (process.platform !== 'win32') {
      expect(figures.freeBytes).toBeGreaterThan(0);
    }
    expect(await freeDiskBytes(`${t.root}/does-not-exist`)).toBeNull();
  });
});

describe('GC counters', () => {
  const gcCounters = async () => summarizeStats((await readStats(t.layout)).doc).gc;

  it('counts full GCs of the post step and the CLI alike: runs, removed, bytes freed, each host’s last run', async () => {
    expect(await gcCounters()).toEqual({ runs: 0, toolchainsRemoved: 0, bytesFreed: 0, hosts: {} });
    const old1 = await installFixture(t.layout, t.registry, {
      id: 'old1',
      lastUsedAt: daysAgo(40),
    });
    const old2 = await installFixture(t.layout, t.registry, {
      id: 'old2',
      lastUsedAt: daysAgo(40),
    });
    await installFixture(t.layout, t.registry, { id: 'busy', uses: [fixtureUse('live')] });
    const now = Date.now();
    // The post step's GC (throttled by default) and the CLI's (force) both go through collectGarbage.
    const first = await collectGarbage(t.layout, t.registry, { maxUnusedDays: 30, now });
    expect(first.removed.map((r) => r.id).sort()).toEqual(['old1', 'old2']);
    expect(first.errors).toEqual([]);
    let gc = await gcCounters();
    expect(gc).toEqual({
      runs: 1,
      toolchainsRemoved: 2,
      bytesFreed: old1.sizeBytes + old2.sizeBytes,
      hosts: {
        [hostId()]: {
          lastRunAt: new Date(now).toISOString(),
          lastRunRemoved: 2,
          lastRunBytesFreed: old1.sizeBytes + old2.sizeBytes,
        },
      },
    });
    // Not counted: a dry run, a throttled GC, a GC that finds another one running.
    await installFixture(t.layout, t.registry, { id: 'old3', lastUsedAt: daysAgo(40) });
    expect(
      (await collectGarbage(t.layout, t.registry, { maxUnusedDays: 0, dryRun: true })).removed,
    ).toHaveLength(1);
    const throttled = await collectGarbage(t.layout, t.registry, {
      maxUnusedDays: 0,
      now: now + 1000,
    });
    expect(throttled.skipped).toBe('throttled');
    const held = await tryLock(t.layout.lockPath('gc'), 'gc', { staleMs: 60_000 });
    try {
      const busy = await collectGarbage(t.layout, t.registry, { maxUnusedDays: 0, force: true });
      expect(busy.skipped).toBe('another-gc-running');
    } finally {
      await held?.release();
    }
    expect(await gcCounters()).toEqual(gc);
    // A forced GC (the CLI's) that removes nothing is a run; the host's last run is replaced.
    const later = now + 2000;
    await collectGarbage(t.layout, t.registry, { maxUnusedDays: 1000, force: true, now: later });
    gc = await gcCounters();
    expect(gc).toMatchObject({ runs: 2, toolchainsRemoved: 2 });
    expect(gc.hosts[hostId()]).toEqual({
      lastRunAt: new Date(later).toISOString(),
      lastRunRemoved: 0,
      lastRunBytesFreed: 0,
    });
  });

  it('keeps each host’s last run apart and adds up every host’s runs', async () => {
    await recordGcRun(t.layout, 'a/1', { removed: [1, 2], freedBytes: 30 }, { now: 1000 });
    await recordGcRun(t.layout, 'b/2', { removed: [], freedBytes: 0 }, { now: 2000 });
    await recordGcRun(t.layout, 'a/1', { removed: [1], freedBytes: 5 }, { now: 3000 });
    await recordJobStats(t.layout, 'octo/a', [result('local')]);
    const gc = await gcCounters();
    expect(gc).toEqual({
      runs: 3,
      toolchainsRemoved: 3,
      bytesFreed: 35,
      hosts: {
        'a/1': { lastRunAt: new Date(3000).toISOString(), lastRunRemoved: 1, lastRunBytesFreed: 5 },
        'b/2': { lastRunAt: new Date(2000).toISOString(), lastRunRemoved: 0, lastRunBytesFreed: 0 },
      },
    });
    // Recording a job keeps the GC counters; host ids that look like object slots stay data.
    await recordGcRun(t.layout, '__proto__', { removed: [], freedBytes: 0 });
    expect(Object.keys((await gcCounters()).hosts)).toEqual(['(__proto__)', 'a/1', 'b/2']);
  });

  it('loses no update when 3 processes record jobs and 3 record GC runs at once', async () => {
    const results = JSON.stringify([result('local'), result('download', { downloadedBytes: 10 })]);
    const workers = Array.from({ length: 6 }, (_, i) =>
      spawnTsx(workerScript('stats.ts'), [
        t.root,
        i % 2 ? `host/${i}` : 'octo/even',
        results,
        '5',
        ...(i % 2 ? ['gc'] : []),
      ]),
    );
    for (const w of workers) {
      const r = await w.done;
      expect(r.code, r.stderr).toBe(0);
    }
    const s = summarizeStats((await readStats(t.layout)).doc);
    expect(s.namespaces['octo/even']).toMatchObject({ jobs: 15, localHits: 15, downloads: 15 });
    expect(s.gc).toMatchObject({ runs: 15, toolchainsRemoved: 30, bytesFreed: 300 });
    expect(Object.keys(s.gc.hosts)).toEqual(['host/1', 'host/3', 'host/5']);
  });

  it('a file of an earlier release (no gc) reads as zero GC counters; a bad gc record makes the file unreadable', async () => {
    await recordJobStats(t.layout, 'octo/a', [result('local')]);
    const raw = JSON.parse(await fs.readFile(t.layout.statsFile, 'utf8')) as Record<
      string,
      unknown
    >;
    delete raw.gc;
    await fs.writeFile(t.layout.statsFile, JSON.stringify(raw));
    expect((await readStats(t.layout)).warning).toBeUndefined();
    await recordGcRun(t.layout, 'h', { removed: [1], freedBytes: 7 });
    expect(await gcCounters()).toMatchObject({ runs: 1, bytesFreed: 7 });
    expect(summarizeStats((await readStats(t.layout)).doc).total.jobs).toBe(1);
    for (const gc of [
      { runs: -1, toolchainsRemoved: 0, bytesFreed: 0, hosts: {} },
      { runs: 1, toolchainsRemoved: 0, bytesFreed: 0, hosts: { h: { lastRunAt: 5 } } },
      { runs: 1, toolchainsRemoved: 0, bytesFreed: 0, hosts: [] },
    ]) {
      await fs.writeFile(t.layout.statsFile, JSON.stringify({ ...raw, gc }));
      const read = await readStats(t.layout);
      expect(read.warning, JSON.stringify(gc)).toMatch(/unreadable \(gc/);
    }
  });

  it('a GC that cannot be counted still removes, and says why it was not counted', async () => {
    await installFixture(t.layout, t.registry, { id: 'old', lastUsedAt: daysAgo(40) });
    await fs.mkdir(t.layout.statsFile); // not a regular file: stats.json cannot be read or replaced
    const report = await collectGarbage(t.layout, t.registry, { maxUnusedDays: 30, force: true });
    expect(report.removed.map((r) => r.id)).toEqual(['old']);
    expect(report.errors).toEqual([
      expect.stringMatching(/could not be counted in the statistics.*stats\.json.*directory/),
    ]);
  });
});
