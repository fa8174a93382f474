// GC: age and size bounds, never an entry in use, dry run, throttle and the GC lock, two-phase
// deletion (a killed GC's trash is cleaned by the next one), symlinks never followed, and a GC
// racing real installs and releases in child processes.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import * as tar from 'tar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectGarbage, removeEntry } from '../src/core/gc.js';
import { planCollection } from '../src/core/gc-plan.js';
import { gcStateFile } from '../src/core/gc-state.js';
import { acquireToolchains } from '../src/core/installer.js';
import { tryLock } from '../src/core/lock.js';
import { Registry } from '../src/core/registry/store.js';
import { readUses, releaseUses } from '../src/core/uses.js';
import {
  daysAgo,
  deadPid,
  defaultFiles,
  fixtureUse,
  installFixture,
  makeTempRoot,
  repoRoot,
  spawnTsx,
  workerScript,
  type TempRoot,
} from './helpers/fixtures.js';

const execFileAsync = promisify(execFile);
let t: TempRoot;

beforeEach(async () => {
  t = await makeTempRoot('tcache-gc-');
});
afterEach(async () => {
  await t.cleanup();
});

const exists = (p: string): Promise<boolean> =>
  fs.lstat(p).then(
    () => true,
    () => false,
  );
const registered = async (): Promise<string[]> =>
  Object.keys((await t.registry.read()).entries).sort();
const trashItems = (): Promise<string[]> => fs.readdir(t.layout.trashDir);

describe('jobs and the post step', () => {
  it("job A finished, job B running, job D killed: job C's real post step (max-unused-days 0) removes t1 and t3, keeps t2 runnable", async () => {
    for (const id of ['t1', 't2', 't3']) await installFixture(t.layout, t.registry, { id });
    // Job A: uses t1, then its post step releases it. Job D: uses t3 and dies without its post step.
    const a = spawnTsx(workerScript('job.ts'), [t.root, 'job-a', 'release', 't1']);
    const d = spawnTsx(workerScript('job.ts'), [t.root, 'job-d', 'die', 't3']);
    const b = spawnTsx(workerScript('job.ts'), [t.root, 'job-b', 'hold', 't2']);
    try {
      expect((await a.done).code).toBe(0);
      expect((await d.done).code).toBe(0);
      await b.line('ready');
      const records = async (id: string) => (await readUses(t.layout, id)).records.length;
      expect(await records('t1')).toBe(0);
      expect(await records('t2')).toBe(1);
      expect(await records('t3')).toBe(1); // dead, not yet reclaimed

      const summaryFile = path.join(await t.tempDir(), 'summary.md');
      await fs.writeFile(summaryFile, '');
      const c = spawnTsx(path.join(repoRoot, 'src', 'post.ts'), [], {
        env: {
          ...process.env,
          'INPUT_CACHE-ROOT': t.root,
          INPUT_CLEANUP: 'true',
          'INPUT_MAX-UNUSED-DAYS': '0',
          'INPUT_MAX-SIZE': '',
          INPUT_SUMMARY: 'true',
          GITHUB_STEP_SUMMARY: summaryFile,
          GITHUB_REPOSITORY: 'octo/repo',
          GITHUB_JOB: 'job-c',
          STATE_results: '',
          'STATE_use-ids': '',
        },
      });
      const post = await c.done;
      expect(post.code).toBe(0);
      expect(post.stdout).not.toContain('::warning');
      expect(post.stdout).toContain('GC: removed 2 toolchain(s)');

      expect(await registered()).toEqual(['t2']);
      expect(await exists(t.layout.entryDir('t1'))).toBe(false);
      expect(await exists(t.layout.entryDir('t3'))).toBe(false);
      expect(await trashItems()).toEqual([]);
      // Job B can still run its toolchain.
      const { stdout } = await execFileAsync(process.execPath, [
        path.join(t.layout.toolchainRoot('t2'), 'bin', 'tool.mjs'),
      ]);
      expect(stdout.trim()).toBe('tool t2 ok');
      const summary = await fs.readFile(summaryFile, 'utf8');
      expect(summary).toContain('Removed 2 toolchain(s)');
      expect(summary).toMatch(/Skipped because in use: <code>t2<\/code>/);

      // Once B finishes, the next GC may take t2.
      b.send('release\n');
      expect((await b.done).code).toBe(0);
      const report = await collectGarbage(t.layout, t.registry, { maxUnusedDays: 0, force: true });
      expect(report.removed.map((r) => r.id)).toEqual(['t2']);
      expect(await registered()).toEqual([]);
    } finally {
      b.child.kill();
    }
  }, 120_000);
});

describe('bounds', () => {
  it('removes unused entries older than max-unused-days, keeps recent and in-use ones, and reclaims dead uses first', async () => {
    const now = Date.now();
    await installFixture(t.layout, t.registry, { id: 'old', lastUsedAt: daysAgo(40, now) });
    await installFixture(t.layout, t.registry, { id: 'recent', lastUsedAt: daysAgo(10, now) });
    await installFixture(t.layout, t.registry, {
      id: 'old-in-use',
      lastUsedAt: daysAgo(50, now),
      // A job that started 50 days ago and still runs (no start time: judged by its lease).
      uses: [fixtureUse('live', { now: daysAgo(50, now).getTime(), leaseMs: 60 * 24 * 3600_000 })],
    });
    await installFixture(t.layout, t.registry, {
      id: 'old-dead-use',
      lastUsedAt: daysAgo(45, now),
      uses: [fixtureUse('dead', { pid: await deadPid(), now: daysAgo(45, now).getTime() })],
    });
    const report = await collectGarbage(t.layout, t.registry, {
      maxUnusedDays: 30,
      now,
      force: true,
    });
    expect(report.removed.map((r) => r.id)).toEqual(['old-dead-use', 'old']);
    expect(report.reclaimedUses).toBe(1);
    expect(report.skippedInUse).toEqual(['old-in-use']);
    expect(report.freedBytes).toBe(report.removed.reduce((n, r) => n + r.sizeBytes, 0));
    expect(report.freedBytes).toBeGreaterThan(0);
    expect(report.boundsUnmet).toBeUndefined();
    expect(await registered()).toEqual(['old-in-use', 'recent']);
    expect(await exists(t.layout.entryDir('old'))).toBe(false);
    expect(await exists(t.layout.entryDir('recent'))).toBe(true);
    expect(await exists(t.layout.entryDir('old-in-use'))).toBe(true);
  });

  it('under max-size removes unused entries least recently used first, only as many as needed', async () => {
    const now = Date.now();
    const size = 10_000;
    await installFixture(t.layout, t.registry, {
      id: 'in-use-oldest',
      padBytes: size,
      lastUsedAt: daysAgo(9, now),
      uses: [fixtureUse('live')],
    });
    const ages: Record<string, number> = { d: 1, b: 3, a: 4, c: 2 };
    for (const [id, days] of Object.entries(ages)) {
      await installFixture(t.layout, t.registry, {
        id,
        padBytes: size,
        lastUsedAt: daysAgo(days, now),
      });
    }
    const doc = await t.registry.read();
    const total = Object.values(doc.entries).reduce((n, e) => n + e.sizeBytes, 0);
    const each = doc.entries.a.sizeBytes;
    // Room for three of the five: the two least recently used unused ones go (a, then b).
    const report = await collectGarbage(t.layout, t.registry, {
      maxUnusedDays: 30,
      maxSizeBytes: total - 2 * each,
      now,
      force: true,
    });
    expect(report.removed.map((r) => r.id)).toEqual(['a', 'b']);
    expect(report.skippedInUse).toEqual([]);
    expect(report.boundsUnmet).toBeUndefined();
    expect(report.totalBytesAfter).toBe(total - 2 * each);
    expect(await registered()).toEqual(['c', 'd', 'in-use-oldest']);

    // A bound only the entry in use could meet: every unused entry goes, the one in use stays.
    const tight = await collectGarbage(t.layout, t.registry, {
      maxUnusedDays: 30,
      maxSizeBytes: 1,
      now,
      force: true,
    });
    expect(tight.removed.map((r) => r.id)).toEqual(['c', 'd']);
    expect(tight.skippedInUse).toEqual(['in-use-oldest']);
    expect(tight.boundsUnmet).toMatch(/in use/);
    expect(await registered()).toEqual(['in-use-oldest']);
    expect(await exists(t.layout.toolchainRoot('in-use-oldest'))).toBe(true);
  });

  it('planCollection: 0 days means every unused entry; ties in last use break by id', () => {
    const e = (id: string, lastUsedAt: string) => ({
      id,
      sha256: 'a'.repeat(64),
      url: 'https://x.invalid/a',
      sizeBytes: 100,
      fileCount: 1,
      installedAt: lastUsedAt,
      lastUsedAt,
    });
    const inUse = (x: { id: string }): boolean => x.id === 'z';
    const now = Date.parse('2024-06-01T00:00:00Z');
    const entries = [
      e('y', '2024-06-01T00:00:00Z'),
      e('x', '2024-06-01T00:00:00Z'),
      e('z', '2024-05-31T00:00:00Z'),
    ];
    const plan = planCollection(entries, { maxUnusedDays: 0, now }, inUse);
    expect(plan.remove.map((x) => x.id)).toEqual(['x', 'y']);
    expect(plan.skippedInUse).toEqual(['z']);
    expect(planCollection(entries, { maxUnusedDays: 1, now }, inUse).remove).toEqual([]);
  });
});

describe('dry run', () => {
  it('reports what would go and changes nothing (no removal, no reclaim, no trash cleaning, no throttle record)', async () => {
    const now = Date.now();
    await installFixture(t.layout, t.registry, { id: 'old', lastUsedAt: daysAgo(40, now) });
    await installFixture(t.layout, t.registry, {
      id: 'dead-use',
      lastUsedAt: daysAgo(1, now),
      uses: [fixtureUse('dead', { pid: await deadPid(), now: daysAgo(45, now).getTime() })],
    });
    await installFixture(t.layout, t.registry, { id: 'live', uses: [fixtureUse('live')] });
    await fs.mkdir(path.join(t.layout.trashDir, 'leftover.1234'));
    const registryBefore = await fs.readFile(t.layout.registryFile, 'utf8');

    const report = await collectGarbage(t.layout, t.registry, {
      maxUnusedDays: 0,
      dryRun: true,
      now,
    });
    expect(report.dryRun).toBe(true);
    expect(report.removed.map((r) => r.id).sort()).toEqual(['dead-use', 'old']);
    expect(report.freedBytes).toBeGreaterThan(0);
    expect(report.skippedInUse).toEqual(['live']);
    expect(report.reclaimedUses).toBe(1);
    expect(report.trashCleaned).toBe(1);

    expect(await fs.readFile(t.layout.registryFile, 'utf8')).toBe(registryBefore);
    for (const id of ['old', 'dead-use', 'live'])
      expect(await exists(t.layout.toolchainRoot(id))).toBe(true);
    expect(await trashItems()).toEqual(['leftover.1234']);
    expect(await exists(gcStateFile(t.layout))).toBe(false);
  });
});

describe('GC lock and throttle', () => {
  it('skips when another GC holds the lock, and says so', async () => {
    await installFixture(t.layout, t.registry, { id: 'old', lastUsedAt: daysAgo(99) });
    const held = await tryLock(t.layout.lockPath('gc'), 'gc', {
      staleMs: 30_000,
      holder: 'the other GC',
    });
    expect(held).toBeDefined();
    try {
      const report = await collectGarbage(t.layout, t.registry, { maxUnusedDays: 0, force: true });
      expect(report.skipped).toBe('another-gc-running');
      expect(report.skippedDetail).toContain('the other GC');
      expect(report.removed).toEqual([]);
      expect(await registered()).toEqual(['old']);
    } finally {
      await held!.release();
    }
    expect(
      (await collectGarbage(t.layout, t.registry, { maxUnusedDays: 0, force: true })).removed,
    ).toHaveLength(1);
  });

  it('runs a full GC at most once per interval per host, unless the size bound is exceeded', async () => {
    const now = Date.now();
    await installFixture(t.layout, t.registry, { id: 'a', lastUsedAt: daysAgo(99, now) });
    const first = await collectGarbage(t.layout, t.registry, { maxUnusedDays: 30, now });
    expect(first.skipped).toBeUndefined();
    expect(first.removed.map((r) => r.id)).toEqual(['a']);
    expect(await exists(gcStateFile(t.layout))).toBe(true);

    await installFixture(t.layout, t.registry, {
      id: 'b',
      lastUsedAt: daysAgo(99, now),
      padBytes: 5000,
    });
    const second = await collectGarbage(t.layout, t.registry, {
      maxUnusedDays: 30,
      now: now + 60_000,
    });
    expect(second.skipped).toBe('throttled');
    expect(await registered()).toEqual(['b']);
    // Over a size bound the workflow set: still throttled (any job could pass max-size: 1B).
    const fromWorkflow = await collectGarbage(t.layout, t.registry, {
      maxUnusedDays: 1000,
      maxSizeBytes: 100,
      now: now + 60_000,
    });
    expect(fromWorkflow.skipped).toBe('throttled');
    expect(await registered()).toEqual(['b']);
    // Over a size bound the host set: not throttled.
    const third = await collectGarbage(t.layout, t.registry, {
      maxUnusedDays: 1000,
      maxSizeBytes: 100,
      sizeBoundSkipsThrottle: true,
      now: now + 60_000,
    });
    expect(third.skipped).toBeUndefined();
    expect(third.removed.map((r) => r.id)).toEqual(['b']);
    // After the interval: runs.
    await installFixture(t.layout, t.registry, { id: 'c', lastUsedAt: daysAgo(99, now) });
    const later = await collectGarbage(t.layout, t.registry, {
      maxUnusedDays: 30,
      now: now + 11 * 60_000,
    });
    expect(later.skipped).toBeUndefined();
    expect(later.removed.map((r) => r.id)).toEqual(['c']);
  });
});

describe('fresh and rebuilt registries', () => {
  it('copes with a fresh root (no registry, no stats)', async () => {
    const report = await collectGarbage(t.layout, t.registry, {
      maxUnusedDays: 0,
      maxSizeBytes: 0,
      force: true,
    });
    expect(report.removed).toEqual([]);
    expect(report.boundsUnmet).toBeUndefined();
    expect(report.errors).toEqual([]);
  });

  for (const loss of ['deleted', 'corrupted'] as const) {
    it(`a registry ${loss} and rebuilt keeps every use: GC removes only what nobody holds`, async () => {
      await installFixture(t.layout, t.registry, { id: 'a', uses: [fixtureUse('live')] });
      await installFixture(t.layout, t.registry, { id: 'b' });
      if (loss === 'deleted') await fs.rm(t.layout.registryFile);
      else await fs.writeFile(t.layout.registryFile, '{"schemaVersion":2,"gener');
      const warnings: string[] = [];
      const registry = new Registry(t.layout, { onWarning: (m) => warnings.push(m) });
      const report = await collectGarbage(t.layout, registry, {
        maxUnusedDays: 0,
        maxSizeBytes: 0,
        force: true,
      });
      expect(report.removed.map((r) => r.id)).toEqual(['b']);
      expect(report.skippedInUse).toEqual(['a']);
      expect(warnings.join(' ')).toMatch(loss === 'deleted' ? /missing; rebuilt/ : /moved aside/);
      expect(await registered()).toEqual(['a']);
      expect(await exists(path.join(t.layout.toolchainRoot('a'), 'bin', 'tool.mjs'))).toBe(true);
    });
  }
});

// Creating symlinks on Windows needs a privilege CI runners may lack.
const symlinks = process.platform !== 'win32';

describe('deletion safety', () => {
  it.runIf(symlinks)(
    'never follows a planted symlink to a directory outside the root',
    async () => {
      const outside = await t.tempDir('tcache-outside-');
      await fs.writeFile(path.join(outside, 'precious.txt'), 'keep me');
      // 1. A symlink inside an entry's tree.
      await installFixture(t.layout, t.registry, { id: 'with-link', lastUsedAt: daysAgo(99) });
      await fs.chmod(t.layout.toolchainRoot('with-link'), 0o755);
      await fs.symlink(outside, path.join(t.layout.toolchainRoot('with-link'), 'escape'), 'dir');
      // 2. An entry directory replaced by a symlink.
      await installFixture(t.layout, t.registry, { id: 'is-link', lastUsedAt: daysAgo(99) });
      await fs.rm(t.layout.entryDir('is-link'), { recursive: true, force: true });
      await fs.symlink(outside, t.layout.entryDir('is-link'), 'dir');
      // 3. A symlink left in the trash.
      await fs.symlink(outside, path.join(t.layout.trashDir, 'planted'), 'dir');

      const report = await collectGarbage(t.layout, t.registry, { maxUnusedDays: 0, force: true });
      expect(report.errors).toEqual([]);
      expect(report.removed.map((r) => r.id).sort()).toEqual(['is-link', 'with-link']);
      expect(report.trashCleaned).toBe(1);
      expect(await fs.readFile(path.join(outside, 'precious.txt'), 'utf8')).toBe('keep me');
      expect(await fs.readdir(outside)).toEqual(['precious.txt']);
      expect(await trashItems()).toEqual([]);
    },
  );

  it.runIf(symlinks)(
    'refuses to act when trash/ or toolchains/ resolves outside the root',
    async () => {
      const outside = await t.tempDir('tcache-outside-');
      await fs.writeFile(path.join(outside, 'precious.txt'), 'keep me');
      await installFixture(t.layout, t.registry, { id: 'a', lastUsedAt: daysAgo(99) });
      await fs.rm(t.layout.trashDir, { recursive: true });
      await fs.symlink(outside, t.layout.trashDir, 'dir');
      await expect(
        collectGarbage(t.layout, t.registry, { maxUnusedDays: 0, force: true }),
      ).rejects.toMatchObject({
        code: 'UNSAFE_PATH',
      });
      expect(await fs.readdir(outside)).toEqual(['precious.txt']);
      expect(await registered()).toEqual(['a']);
      expect(await exists(t.layout.toolchainRoot('a'))).toBe(true);
    },
  );

  it('the trash of a GC killed between its commit and the deletion is deleted by the next GC', async () => {
    await installFixture(t.layout, t.registry, {
      id: 'a',
      lastUsedAt: daysAgo(99),
      padBytes: 4096,
    });
    await installFixture(t.layout, t.registry, { id: 'b', lastUsedAt: daysAgo(99) });
    const gc = spawnTsx(workerScript('gc.ts'), [
      t.root,
      JSON.stringify({ maxUnusedDays: 0, force: true, lockStaleMs: 2000 }),
      '--pause-after-trash',
    ]);
    const line = await gc.line('trashed ');
    const trashed = JSON.parse(line.slice('trashed '.length)) as string[];
    expect(trashed).toHaveLength(2);
    gc.child.kill('SIGKILL');
    expect((await gc.done).signal).toBe('SIGKILL');
    // Committed: unregistered, and the trees sit in the trash.
    expect(await registered()).toEqual([]);
    expect((await trashItems()).sort()).toEqual(trashed.map((p) => path.basename(p)).sort());

    // The dead GC's lock goes stale after 2 s; until then the next GC skips.
    let report = await collectGarbage(t.layout, t.registry, { maxUnusedDays: 0, force: true });
    const deadline = Date.now() + 15_000;
    while (report.skipped === 'another-gc-running' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      report = await collectGarbage(t.layout, t.registry, {
        maxUnusedDays: 0,
        force: true,
        lockStaleMs: 2000,
      });
    }
    expect(report.skipped).toBeUndefined();
    expect(report.trashCleaned).toBe(2);
    expect(await trashItems()).toEqual([]);
  });
});

describe('removeEntry', () => {
  it('refuses an entry in use unless forced; unknown ids are NOT_FOUND', async () => {
    await installFixture(t.layout, t.registry, { id: 'busy', uses: [fixtureUse('live')] });
    await expect(removeEntry(t.layout, t.registry, 'busy')).rejects.toMatchObject({
      code: 'IN_USE',
    });
    expect(await exists(t.layout.toolchainRoot('busy'))).toBe(true);
    await expect(removeEntry(t.layout, t.registry, 'nope')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(removeEntry(t.layout, t.registry, '../busy')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const r = await removeEntry(t.layout, t.registry, 'busy', { force: true });
    expect(r).toMatchObject({ id: 'busy', liveUses: 1 });
    expect(await exists(t.layout.entryDir('busy'))).toBe(false);
    expect(await registered()).toEqual([]);
    expect(await trashItems()).toEqual([]);
  });
});

describe('GC racing installs and releases (child processes)', () => {
  const IDS = ['r0', 'r1', 'r2', 'r3'];
  // 8 job processes × 25 jobs = 200 randomised acquire/hold/release rounds against 2 GC loops.
  const RACERS = 8;
  const JOBS_EACH = 25;
  const MAX_HOLD_MS = 120;

  async function makeArchive(
    dir: string,
    id: string,
  ): Promise<{ archive: string; sha256: string }> {
    const src = path.join(dir, `src-${id}`);
    for (const [rel, content] of Object.entries(defaultFiles(id))) {
      await fs.mkdir(path.dirname(path.join(src, 'pkg', rel)), { recursive: true });
      await fs.writeFile(path.join(src, 'pkg', rel), content, {
        mode: rel.startsWith('bin/') ? 0o755 : 0o644,
      });
    }
    const archive = path.join(dir, `${id}.tar.gz`);
    await tar.c({ gzip: true, file: archive, cwd: src, portable: true }, ['pkg']);
    return {
      archive,
      sha256: createHash('sha256')
        .update(await fs.readFile(archive))
        .digest('hex'),
    };
  }

  it(`never removes an entry in use: ${RACERS} processes × ${JOBS_EACH} jobs (install or hit, use, release) at random vs 2 GC loops`, async () => {
    const archiveDir = await t.tempDir('tcache-archives-');
    const archives = Object.fromEntries(
      await Promise.all(IDS.map(async (id) => [id, await makeArchive(archiveDir, id)] as const)),
    );
    // Start with half the toolchains installed and unused (GC wants them), the rest absent.
    await acquireToolchains(
      IDS.slice(0, 2).map((id) => ({
        id,
        url: `https://example.invalid/${id}.tar.gz`,
        sha256: archives[id].sha256,
      })),
      {
        layout: t.layout,
        registry: t.registry,
        owner: {
          key: 'seed',
          job: { repository: 'octo/race', runId: '1', runAttempt: '1', job: 'seed', action: 'a' },
          process: { pid: process.pid },
        },
        waitTimeoutMs: 30_000,
        log: { info: () => undefined, warning: () => undefined, debug: () => undefined },
        remote: {
          restore: async (spec, dest) => (
            await fs.copyFile(archives[spec.id].archive, dest),
            { tier: 'test' }
          ),
        },
      },
    );
    await releaseUses(t.layout, { key: 'seed' }, IDS);

    const loops = [0, 1].map(() => spawnTsx(workerScript('gc-loop.ts'), [t.root]));
    await Promise.all(loops.map((l) => l.line('ready', 60_000)));
    const racers = Array.from({ length: RACERS }, (_, i) =>
      spawnTsx(workerScript('racer.ts'), [
        t.root,
        `racer${i}`,
        String(JOBS_EACH),
        JSON.stringify(archives),
        String(MAX_HOLD_MS),
      ]),
    );
    const outcomes = await Promise.all(racers.map((r) => r.done));
    for (const l of loops) l.send('stop\n');
    const loopResults = await Promise.all(loops.map((l) => l.done));

    let installs = 0;
    let jobs = 0;
    for (const o of outcomes) {
      expect(o.code, o.stderr).toBe(0);
      const lines = o.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { source: string; checks: number; violations: string[] });
      expect(lines).toHaveLength(JOBS_EACH);
      for (const job of lines) {
        jobs += 1;
        expect(job.violations).toEqual([]);
        expect(job.checks).toBeGreaterThan(1);
        if (job.source !== 'local') installs += 1;
      }
    }
    expect(jobs).toBe(RACERS * JOBS_EACH);
    let removedByLoops = 0;
    for (const l of loopResults) {
      expect(l.code, l.stderr).toBe(0);
      const totals = JSON.parse(l.stdout.trim().split('\n').pop()!) as {
        runs: number;
        removed: number;
        errors: string[];
      };
      expect(totals.errors).toEqual([]);
      expect(totals.runs).toBeGreaterThan(0);
      removedByLoops += totals.removed;
    }
    // The GCs really removed toolchains meanwhile, and jobs reinstalled them: a real race.
    expect(removedByLoops).toBeGreaterThan(0);
    expect(installs).toBeGreaterThan(0);
    // Afterwards: every registered entry has its tree and no use; a last GC empties everything.
    const doc = await t.registry.read();
    for (const e of Object.values(doc.entries)) {
      expect((await readUses(t.layout, e.id)).records).toEqual([]);
      expect(await exists(path.join(t.layout.toolchainRoot(e.id), 'bin', 'tool.mjs'))).toBe(true);
    }
    // No use record was left on an entry that was removed.
    for (const id of await fs.readdir(t.layout.usesDir)) {
      if (!Object.hasOwn(doc.entries, id))
        expect((await readUses(t.layout, id)).records).toEqual([]);
    }
    await collectGarbage(t.layout, t.registry, { maxUnusedDays: 0, force: true });
    expect(await registered()).toEqual([]);
    expect(await trashItems()).toEqual([]);
    expect(await fs.readdir(t.layout.toolchainsDir)).toEqual([]);
  }, 180_000);
});

describe('temp files of killed writers', () => {
  it('are removed once older than an hour (root, locks, use records); fresh ones are left to their writers', async () => {
    await installFixture(t.layout, t.registry, { id: 'a', uses: [fixtureUse('live')] });
    const old = new Date(Date.now() - 2 * 3600_000);
    const files = {
      oldRoot: path.join(t.layout.root, 'registry.json.tmp-123-0123456789abcdef'),
      oldLock: path.join(t.layout.locksDir, 'registry.owner.tmp-123-0123456789abcdef'),
      oldUse: path.join(t.layout.usesOf('a'), 'k.json.tmp-123-0123456789abcdef'),
      freshRoot: path.join(t.layout.root, 'stats.json.tmp-456-0123456789abcdef'),
    };
    for (const [name, file] of Object.entries(files)) {
      await fs.writeFile(file, 'partial');
      if (name.startsWith('old')) await fs.utimes(file, old, old);
    }
    const report = await collectGarbage(t.layout, t.registry, { maxUnusedDays: 30, force: true });
    expect(report.errors).toEqual([]);
    expect(await exists(files.oldRoot)).toBe(false);
    expect(await exists(files.oldLock)).toBe(false);
    expect(await exists(files.oldUse)).toBe(false);
    expect(await exists(files.freshRoot)).toBe(true);
    // The use record beside the temp file is untouched.
    expect((await readUses(t.layout, 'a')).records.map((r) => r.use.key)).toEqual(['live']);
  });
});

describe('stale staging', () => {
  it('removes staging older than a day unless its install lock is held, and keeps fresh staging', async () => {
    const now = Date.now();
    const old = new Date(now - 2 * 24 * 3600_000);
    for (const name of [
      'gone.0123abcd0123abcd',
      'busy.4567cdef4567cdef',
      'fresh.89abcdef89abcdef',
    ]) {
      await fs.mkdir(path.join(t.layout.stagingDir, name, 'extract'), { recursive: true });
      await fs.writeFile(path.join(t.layout.stagingDir, name, 'archive'), 'x');
    }
    await fs.utimes(path.join(t.layout.stagingDir, 'gone.0123abcd0123abcd'), old, old);
    await fs.utimes(path.join(t.layout.stagingDir, 'busy.4567cdef4567cdef'), old, old);
    const held = await tryLock(t.layout.lockPath('install-busy'), 'install busy', {
      staleMs: 10_000,
    });
    expect(held).toBeDefined();
    try {
      const report = await collectGarbage(t.layout, t.registry, {
        maxUnusedDays: 30,
        force: true,
        now,
      });
      expect(report.errors).toEqual([]);
      expect((await fs.readdir(t.layout.stagingDir)).sort()).toEqual([
        'busy.4567cdef4567cdef',
        'fresh.89abcdef89abcdef',
      ]);
    } finally {
      await held?.release();
    }
  });
});

describe("the steps' legacy code cache in the root", () => {
  it('GC removes the whole compile-cache directory an earlier release left in the root (read-only parts too)', async () => {
    await installFixture(t.layout, t.registry, { id: 'a', uses: [fixtureUse('live')] });
    const cache = path.join(t.layout.root, 'compile-cache');
    const recent = path.join(cache, 'chunks-v20.0.0-x64', '838.index.js-2-cd.bin');
    await fs.mkdir(path.join(cache, 'v22.1.0-x64-abc-0'), { recursive: true });
    await fs.mkdir(path.dirname(recent), { recursive: true });
    await fs.writeFile(recent, 'bytes');
    await fs.chmod(path.dirname(recent), 0o555);
    const report = await collectGarbage(t.layout, t.registry, { maxUnusedDays: 30, force: true });
    expect(report.errors).toEqual([]);
    expect(await exists(cache)).toBe(false);
    expect(report.trashCleaned).toBe(0);
    expect(report.notes).toEqual([
      'removed compile-cache/, the code cache earlier releases kept in the cache root',
    ]);
    expect(await registered()).toEqual(['a']);
  });
});
