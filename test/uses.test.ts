// Uses: record, release (idempotent), and liveness — real processes for dead, live, reused and
// zombie pids; other hosts judged by their lease alone.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCacheRoot, type CacheLayout } from '../src/core/layout.js';
import {
  CLOCK_SKEW_MARGIN_MS,
  hostId,
  jobProcess,
  livenessChecker,
  newUse,
  processStartTime,
  type JobProcess,
  type UseRecord,
} from '../src/core/leases.js';
import { Registry } from '../src/core/registry/store.js';
import { reclaimDeadUses, recordUse, releaseUses } from '../src/core/uses.js';
import {
  killAllWorkers,
  killHard,
  makeTempDir,
  removeTempDir,
  startWorker,
  waitUntil,
} from './helpers/procs.js';
import { fakeEntry, testJob } from './helpers/workers/common.js';

const LINUX = process.platform === 'linux';
const POSIX = process.platform !== 'win32';
const HOUR = 3600_000;

let dir: string;
let layout: CacheLayout;
let registry: Registry;
let me: JobProcess;

beforeEach(async () => {
  dir = await makeTempDir('uses');
  layout = await openCacheRoot(path.join(dir, 'cache'));
  registry = new Registry(layout);
  await registry.update((doc) => {
    doc.entries.a = fakeEntry('a');
    doc.entries.b = fakeEntry('b');
  });
  me = await jobProcess(process.pid);
});

afterEach(async () => {
  await killAllWorkers();
  await removeTempDir(dir);
});

/** A process that existed and is gone (killed and reaped): its pid and start time. */
async function deadProcess(): Promise<JobProcess> {
  const w = startWorker('update-once.ts', [layout.root, 'a', 'never', 2000]);
  await w.waitForEvent('ready');
  const proc = await jobProcess(w.pid);
  await killHard(w);
  return proc;
}

const otherHostUse = (key: string, leaseExpiresAt: number, pid = process.pid): UseRecord => ({
  ...newUse(key, testJob('far'), { pid, pidStart: 'whatever' }),
  host: 'some-other-runner/0123456789ab',
  leaseExpiresAt: new Date(leaseExpiresAt).toISOString(),
});

describe('recordUse and releaseUses', () => {
  it('records one use per key (a second record refreshes it) and bumps lastUsedAt', async () => {
    const owner = { key: 'k1', job: testJob('build'), process: me };
    await registry.update((doc) => {
      recordUse(doc.entries.a, owner, Date.parse('2030-01-01T00:00:00Z'));
      recordUse(doc.entries.a, owner, Date.parse('2030-01-02T00:00:00Z'));
      recordUse(doc.entries.a, { ...owner, key: 'k2' }, Date.parse('2030-01-03T00:00:00Z'));
    });
    const a = (await registry.read()).entries.a;
    expect(a.uses.map((u) => u.key)).toEqual(['k1', 'k2']);
    expect(a.uses[0]).toMatchObject({
      host: hostId(),
      pid: process.pid,
      pidStart: me.pidStart,
      createdAt: '2030-01-02T00:00:00.000Z',
    });
    expect(a.lastUsedAt).toBe('2030-01-03T00:00:00.000Z');
  });

  it('release by key is idempotent: the second release finds nothing and writes nothing', async () => {
    await registry.update((doc) => {
      recordUse(doc.entries.a, { key: 'k1', job: testJob('build'), process: me });
      recordUse(doc.entries.b, { key: 'k1', job: testJob('build'), process: me });
      recordUse(doc.entries.b, { key: 'k2', job: testJob('build'), process: me });
    });
    expect((await releaseUses(registry, { key: 'k1' })).sort()).toEqual(['a', 'b']);
    const generation = (await registry.read()).generation;
    expect(await releaseUses(registry, { key: 'k1' })).toEqual([]);
    const doc = await registry.read();
    expect(doc.generation).toBe(generation);
    expect(doc.entries.a.uses).toEqual([]);
    expect(doc.entries.b.uses.map((u) => u.key)).toEqual(['k2']);
  });

  it('without the key (main crashed before saving it), the same job process and step release it; others stay', async () => {
    const job = testJob('build');
    await registry.update((doc) => {
      recordUse(doc.entries.a, { key: 'lost-key', job, process: me });
      recordUse(doc.entries.a, {
        key: 'other-step',
        job: { ...job, action: 'second-use' },
        process: me,
      });
      recordUse(doc.entries.a, { key: 'other-job', job: { ...job, job: 'test' }, process: me });
      recordUse(doc.entries.a, {
        key: 'other-process',
        job,
        process: { pid: me.pid, pidStart: 'not-me' },
      });
    });
    expect(await releaseUses(registry, { job, process: me })).toEqual(['a']);
    const keys = (await registry.read()).entries.a.uses.map((u) => u.key);
    expect(keys).toEqual(['other-step', 'other-job', 'other-process']);
  });
});

describe('liveness', () => {
  it('this host: a live job process with its start time counts', async () => {
    const alive = livenessChecker();
    if (POSIX) expect(me.pidStart).toBeDefined();
    expect(await alive(newUse('k', testJob('j'), me))).toBe(true);
  });

  it('this host: a job process that is gone is dead, whatever its lease says', async () => {
    const gone = await deadProcess();
    expect(await processStartTime(gone.pid)).toBeUndefined();
    const use = newUse('k', testJob('j'), gone, Date.now(), 365 * 24 * HOUR);
    expect(await livenessChecker()(use)).toBe(false);
  });

  it.skipIf(!POSIX)(
    'this host: a live pid with another start time is a reused pid, so dead',
    async () => {
      const reused = newUse('k', testJob('j'), { pid: process.pid, pidStart: `${me.pidStart}0` });
      expect(await livenessChecker()(reused)).toBe(false);
    },
  );

  it('this host: without a recorded start time, a live pid counts until its lease expires', async () => {
    const use = newUse('k', testJob('j'), { pid: process.pid }, Date.now(), HOUR);
    expect(await livenessChecker()(use)).toBe(true);
    expect(await livenessChecker(Date.now() + 2 * HOUR)(use)).toBe(false);
  });

  it.skipIf(!LINUX)('this host: a zombie (exited, not reaped by its parent) is dead', async () => {
    // `sleep 0.1` exits; its parent, exec'd into `sleep 30`, never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 30'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
      const zombiePid = await new Promise<number>((resolve) =>
        parent.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim()))),
      );
      const start = await processStartTime(zombiePid);
      expect(start).toBeDefined();
      await waitUntil(
        () => / Z /.test(readFileSync(`/proc/${zombiePid}/stat`, 'utf8')),
        'the child to become a zombie',
        10_000,
      );
      const use = newUse('k', testJob('j'), { pid: zombiePid, pidStart: start });
      expect(await livenessChecker()(use)).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('another host: judged by its lease (plus the clock-skew margin) alone, never by pid', async () => {
    const now = Date.now();
    const alive = livenessChecker(now);
    // A pid that means nothing here (no such process), lease valid: alive.
    expect(await alive(otherHostUse('k1', now + HOUR, 2 ** 22 + 12345))).toBe(true);
    // A pid that is alive here (ours), lease long expired: dead.
    expect(await alive(otherHostUse('k2', now - CLOCK_SKEW_MARGIN_MS - 60_000))).toBe(false);
    // Expired, but by less than the margin its clock may be off by: still alive.
    expect(await alive(otherHostUse('k3', now - CLOCK_SKEW_MARGIN_MS + 60_000))).toBe(true);
  });
});

describe('reclaimDeadUses', () => {
  it('drops exactly the dead uses, reports them, and is a no-op the second time', async () => {
    const gone = await deadProcess();
    const now = Date.now();
    await registry.update((doc) => {
      recordUse(doc.entries.a, { key: 'live', job: testJob('j'), process: me });
      recordUse(doc.entries.a, { key: 'dead', job: testJob('j'), process: gone });
      recordUse(doc.entries.b, {
        key: 'reused-pid',
        job: testJob('j'),
        process: { pid: process.pid, pidStart: 'not-me' },
      });
      doc.entries.b.uses.push(
        otherHostUse('far-live', now + HOUR),
        otherHostUse('far-expired', now - 2 * CLOCK_SKEW_MARGIN_MS),
      );
    });
    const reclaimed = await reclaimDeadUses(registry);
    expect(reclaimed.map((r) => `${r.id}/${r.use.key}`).sort()).toEqual([
      'a/dead',
      'b/far-expired',
      'b/reused-pid',
    ]);
    const doc = await registry.read();
    expect(doc.entries.a.uses.map((u) => u.key)).toEqual(['live']);
    expect(doc.entries.b.uses.map((u) => u.key)).toEqual(['far-live']);
    const generation = doc.generation;
    expect(await reclaimDeadUses(registry)).toEqual([]);
    expect((await registry.read()).generation).toBe(generation);
  });

  it('a use released meanwhile is not reported twice', async () => {
    const gone = await deadProcess();
    await registry.update((doc) => {
      recordUse(doc.entries.a, { key: 'dead', job: testJob('j'), process: gone });
    });
    const [first, second] = await Promise.all([
      reclaimDeadUses(registry),
      reclaimDeadUses(registry),
    ]);
    expect(first.length + second.length).toBe(1);
    expect((await registry.read()).entries.a.uses).toEqual([]);
  });
});
