// The multi-process cases of the coordination core: real processes, real files, real locks.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCacheRoot, type CacheLayout } from '../src/core/layout.js';
import { processStartTime } from '../src/core/leases.js';
import { readLockOwner } from '../src/core/lock.js';
import { Registry } from '../src/core/registry/store.js';
import { readUses, reclaimDeadUses } from '../src/core/uses.js';
import {
  killAllWorkers,
  killHard,
  makeTempDir,
  removeTempDir,
  sleep,
  startWorker,
  waitUntil,
  type Worker,
} from './helpers/procs.js';
import { plantStaleLock } from './helpers/locks.js';
import { fakeEntry } from './helpers/workers/common.js';

const STALE_MS = 2000; // takeovers in these tests wait this long
const POSIX = process.platform !== 'win32';

let dir: string;
let layout: CacheLayout;
let registry: Registry;

beforeEach(async () => {
  dir = await makeTempDir('coord');
  layout = await openCacheRoot(path.join(dir, 'cache'));
  registry = new Registry(layout, { staleMs: STALE_MS });
  await registry.update((doc) => {
    doc.entries.tool = fakeEntry('tool');
  });
  await fs.mkdir(layout.toolchainRoot('tool'), { recursive: true });
});

afterEach(async () => {
  await killAllWorkers();
  await removeTempDir(dir);
});

const registryLock = (): string => layout.lockPath('registry');
/** The keys of the use records of `tool`. */
const useKeys = async (): Promise<string[]> =>
  (await readUses(layout, 'tool')).records.map((r) => r.use.key).sort();
/** Entries the registry workers registered (each commits one entry named by its key). */
const committedKeys = async (): Promise<string[]> =>
  Object.keys((await registry.read()).entries)
    .filter((k) => k !== 'tool')
    .sort();

describe('refcount storm', () => {
  it('16 processes × 200 record/release of one toolchain: no lost use, final count 0, no registry write', async () => {
    const before = (await registry.read()).generation;
    const workers = Array.from({ length: 16 }, (_, i) =>
      startWorker('storm.ts', [layout.root, 'tool', 200, `w${i}`]),
    );
    const exits = await Promise.all(workers.map((w) => w.waitExit(280_000)));
    let uses = 0;
    for (const [i, w] of workers.entries()) {
      expect(exits[i], `${w.name}: ${w.stderr()}${w.lines.join('\n')}`).toEqual({
        code: 0,
        signal: null,
      });
      const done = w.events<{ uses: number }>('done');
      expect(done, w.lines.join('\n')).toHaveLength(1);
      uses += done[0].uses;
    }
    expect(uses).toBe(16 * 200);
    expect(await readUses(layout, 'tool')).toMatchObject({ records: [], unreadable: [] });
    // A warm hit rewrites no shared file: the registry is untouched.
    expect((await registry.read()).generation).toBe(before);
  }, 120_000);
});

describe('kill -9 in a tight loop of registry writes', () => {
  it('the registry always parses and keeps every committed update', async () => {
    const before = (await registry.read()).generation;
    let serial = 0;
    const spawnWriter = (): Worker =>
      startWorker('writer.ts', [layout.root, 'tool', `k${serial++}`, STALE_MS]);
    const writers = [spawnWriter(), spawnWriter()];
    const all = [...writers];
    let kills = 0;
    let heldAtKill = 0;
    const deadline = Date.now() + 100_000;
    // At least 16 kills, and at least 4 of them inside the critical section (the case that matters).
    while ((kills < 16 || heldAtKill < 4) && Date.now() < deadline) {
      const slot = kills % writers.length;
      const victim = writers[slot];
      // Let it commit a few times first, then kill it at an arbitrary moment; every other kill
      // aims at a moment when it holds the registry lock.
      await victim.waitForLine(/^committed /, 30_000);
      await sleep(20 + Math.random() * 150);
      if (kills % 2) {
        const aimBy = Date.now() + 5000;
        while ((await readLockOwner(registryLock()))?.pid !== victim.pid && Date.now() < aimBy);
      }
      await killHard(victim);
      kills += 1;
      // A dead process cannot release: a lock whose owner is still it was held at the kill
      // (nobody else may take it over before it goes stale).
      const owner = await readLockOwner(registryLock());
      if (owner?.pid === victim.pid) heldAtKill += 1;
      // Whatever moment it died at, the registry parses (read() throws on a torn or invalid file).
      const doc = await registry.read();
      expect(doc.entries.tool).toBeDefined();
      writers[slot] = spawnWriter();
      all.push(writers[slot]);
    }
    // The survivors go on committing after the last kill: the dead writers' locks were taken over.
    const committed = (w: Worker): number =>
      w.lines.filter((l) => l.startsWith('committed ')).length;
    const counts = writers.map(committed);
    await waitUntil(
      () => writers.every((w, i) => committed(w) > counts[i]),
      'both writers to commit again',
      30_000,
    );
    for (const w of writers) await killHard(w);

    expect(kills).toBeGreaterThanOrEqual(16);
    const doc = await registry.read();
    const recorded = new Set(await committedKeys());
    const acknowledged = all.flatMap((w) =>
      w.lines.filter((l) => l.startsWith('committed ')).map((l) => l.slice('committed '.length)),
    );
    expect(acknowledged.length).toBeGreaterThan(16);
    // Every commit a writer saw succeed is in the registry…
    expect(acknowledged.filter((k) => !recorded.has(k))).toEqual([]);
    // …and every generation added exactly one entry: no commit was overwritten by another.
    expect(recorded.size).toBe(doc.generation - before);
    for (const w of all) expect(w.events('error'), w.lines.join('\n')).toEqual([]);
    expect(
      heldAtKill,
      'kills that landed while the victim held the registry lock',
    ).toBeGreaterThanOrEqual(4);
    console.log(
      `kill -9 loop: ${kills} kills (${heldAtKill} while holding the lock), ${acknowledged.length} acknowledged commits`,
    );
  }, 180_000);
});

describe.skipIf(!POSIX)(
  'a lock holder stopped (SIGSTOP) past the stale time, then resumed (SIGCONT)',
  () => {
    const stopInCriticalSection = async (): Promise<Worker> => {
      const a = startWorker('stall.ts', [layout.root, 'tool', 'A', STALE_MS]);
      await a.waitForEvent('in-critical');
      a.signal('SIGSTOP');
      return a;
    };

    it('resumed while the new holder is in its critical section: its commit fails, the new holder is untouched', async () => {
      const before = (await registry.read()).generation;
      const a = await stopInCriticalSection();
      const b = startWorker('stall.ts', [layout.root, 'tool', 'B', STALE_MS]);
      await b.waitForEvent('in-critical', 1, 30_000); // B took the lock over once A's went stale
      const bOwner = await readLockOwner(registryLock());
      expect(bOwner?.pid).toBe(b.pid);

      a.signal('SIGCONT');
      a.send('go');
      const aResult = await a.waitForEvent<{ event: string; code?: string }>('error');
      expect(aResult.code).toBe('LOCK_LOST');
      expect(a.events('committed')).toEqual([]);
      expect(await a.waitExit()).toEqual({ code: 0, signal: null }); // no crash (no ECOMPROMISED thrown from a timer)
      expect(a.stderr()).not.toContain('ECOMPROMISED');
      // A's release left B's lock alone.
      expect((await readLockOwner(registryLock()))?.token).toBe(bOwner?.token);

      b.send('go');
      await b.waitForEvent('committed');
      expect(await b.waitExit()).toEqual({ code: 0, signal: null });
      expect(b.events('lost')).toEqual([]);
      expect(await committedKeys()).toEqual(['B']);
      expect((await registry.read()).generation).toBe(before + 1);
    });

    it('resumed after the new holder committed and left: no overwrite of that commit, and the lock is usable', async () => {
      const before = (await registry.read()).generation;
      const a = await stopInCriticalSection();
      const b = startWorker('update-once.ts', [layout.root, 'tool', 'B', STALE_MS]);
      await b.waitForEvent('ready');
      b.send('go');
      await b.waitForEvent('committed', 1, 30_000);
      await b.waitExit();

      a.signal('SIGCONT');
      a.send('go');
      expect(await a.waitForEvent('error')).toMatchObject({ code: 'LOCK_LOST' });
      expect(await a.waitExit()).toEqual({ code: 0, signal: null });

      await registry.update((doc) => {
        doc.entries.tool.lastUsedAt = new Date().toISOString();
      });
      expect(await committedKeys()).toEqual(['B']);
      expect((await registry.read()).generation).toBe(before + 2);
    });
  },
);

describe('several waiters find the registry lock stale at once', () => {
  it('8 processes racing for a dead holder’s lock all commit, none lost', async () => {
    // The registry lock of a holder that died: its epoch, with a heartbeat long stopped.
    await plantStaleLock(registryLock());
    const before = (await registry.read()).generation;

    const workers = Array.from({ length: 8 }, (_, i) =>
      startWorker('update-once.ts', [layout.root, 'tool', `racer${i}`, STALE_MS]),
    );
    await Promise.all(workers.map((w) => w.waitForEvent('ready')));
    for (const w of workers) w.send('go');
    for (const w of workers) {
      expect(await w.waitForEvent('committed', 1, 40_000), w.lines.join('\n')).toMatchObject({
        event: 'committed',
      });
      expect(await w.waitExit()).toEqual({ code: 0, signal: null });
    }
    const doc = await registry.read();
    expect(doc.generation).toBe(before + 8);
    expect(await committedKeys()).toEqual(workers.map((_, i) => `racer${i}`).sort());
  });
});

describe('a job process killed after main, without post', () => {
  it('its use is kept while the job process lives, and reclaimed once it is killed', async () => {
    const job = startWorker('job-process.ts', [layout.root, 'tool', 'main-key']);
    const recorded = await job.waitForEvent<{
      process: { pid: number; pidStart?: string };
      ppid: number;
    }>('recorded');
    const mainExit = await job.waitForEvent<{ code: number; jobPid: number; mainPid: number }>(
      'main-exited',
    );
    expect(mainExit.code).toBe(0);
    // The use belongs to the job's long-lived process (the main step's parent), not to main.
    expect(recorded.process.pid).toBe(job.pid);
    expect(recorded.ppid).toBe(job.pid);
    expect(recorded.process.pidStart).toBe(await processStartTime(job.pid));
    const [use] = (await readUses(layout, 'tool')).records.map((r) => r.use);
    expect(use).toMatchObject({
      key: 'main-key',
      pid: job.pid,
      pidStart: recorded.process.pidStart,
    });

    // Main has exited; the job goes on: the use still counts.
    expect((await reclaimDeadUses(layout)).reclaimed).toEqual([]);
    expect(await useKeys()).toEqual(['main-key']);

    await killHard(job); // no post step ever runs
    const { reclaimed } = await reclaimDeadUses(layout);
    expect(reclaimed.map((r) => `${r.id}/${r.use.key}`)).toEqual(['tool/main-key']);
    expect(await useKeys()).toEqual([]);
  });
});
