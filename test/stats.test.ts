// Statistics: counters per namespace and in total, hit rates, concurrent recording from real
// processes (no lost update), a corrupt stats file, and the cache-wide figures.
import { promises as fs } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cacheFigures,
  freeDiskBytes,
  readStats,
  recordJobStats,
  summarizeStats,
  type JobResult,
} from '../src/core/stats.js';
import {
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
