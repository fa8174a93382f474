// Cross-process locks: real lock directories, real holder processes (SIGKILL, SIGSTOP/SIGCONT).
import { existsSync, promises as fs, readFileSync, readdirSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockLostError, LockTimeoutError } from '../src/core/errors.js';
import { acquireLock, readLockOwner, tryLock, withLock, type HeldLock } from '../src/core/lock.js';
import {
  killAllWorkers,
  killHard,
  makeTempDir,
  removeTempDir,
  sleep,
  startWorker,
  type Worker,
} from './helpers/procs.js';

const STALE_MS = 2000; // proper-lockfile's minimum
const isWindows = process.platform === 'win32';

let dir: string;
let lockPath: string;

beforeEach(async () => {
  dir = await makeTempDir('lock');
  lockPath = path.join(dir, 'test');
});

afterEach(async () => {
  await killAllWorkers();
  await removeTempDir(dir);
});

const holdInChild = async (holder: string): Promise<{ worker: Worker; token: string }> => {
  const worker = startWorker('lock-holder.ts', [lockPath, STALE_MS, holder]);
  const held = await worker.waitForEvent<{ token: string }>('held');
  return { worker, token: held.token };
};

const options = (
  extra: Partial<Parameters<typeof acquireLock>[2]> = {},
): Parameters<typeof acquireLock>[2] => ({
  staleMs: STALE_MS,
  timeoutMs: 20_000,
  pollMs: 25,
  ...extra,
});

describe('acquire and release', () => {
  it('records an owner with a token, and release removes the lock (twice is harmless)', async () => {
    const lock = await acquireLock(lockPath, 'test', options({ holder: 'job one' }));
    const owner = await readLockOwner(lockPath);
    expect(owner).toMatchObject({
      token: lock.token,
      pid: process.pid,
      host: os.hostname(),
      holder: 'job one',
    });
    expect(existsSync(`${lockPath}.lock`)).toBe(true);
    await lock.assertHeld();
    expect(lock.lost).toBe(false);
    await lock.release();
    expect(existsSync(`${lockPath}.lock`)).toBe(false);
    await lock.release();
    // Free again: the next one gets it at once.
    const again = await tryLock(lockPath, 'test', { staleMs: STALE_MS });
    expect(again).toBeDefined();
    await again?.release();
  });

  it('withLock releases the lock when the body throws', async () => {
    await expect(
      withLock(lockPath, 'test', options(), async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(existsSync(`${lockPath}.lock`)).toBe(false);
  });

  it('a missing lock directory parent is an error at once, not a timeout', async () => {
    const missing = path.join(dir, 'no-such-dir', 'test');
    await expect(
      acquireLock(missing, 'test', options({ timeoutMs: 10_000 })),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('a lock held by another process', () => {
  it('tryLock says busy; a timeout names the lock and its holder; a release wakes the waiter', async () => {
    const { worker } = await holdInChild('octo/repo run 7 job build');
    expect(await tryLock(lockPath, 'test', { staleMs: STALE_MS })).toBeUndefined();

    const error = await acquireLock(lockPath, 'registry', options({ timeoutMs: 300 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect((error as LockTimeoutError).code).toBe('LOCK_TIMEOUT');
    expect((error as Error).message).toContain('"registry"');
    expect((error as Error).message).toContain(`pid ${worker.pid}`);
    expect((error as Error).message).toContain('octo/repo run 7 job build');

    let waitedFor: string | undefined;
    const waiting = acquireLock(
      lockPath,
      'test',
      options({ onWait: (o) => (waitedFor = o?.holder) }),
    );
    await sleep(200);
    worker.send('release');
    await worker.waitForEvent('released');
    const lock = await waiting;
    expect(waitedFor).toBe('octo/repo run 7 job build');
    await lock.assertHeld();
    await lock.release();
  });

  it('a live holder keeps its lock past the stale time (its heartbeat runs)', async () => {
    const { worker, token } = await holdInChild('long job');
    await sleep(STALE_MS * 2);
    expect(await tryLock(lockPath, 'test', { staleMs: STALE_MS })).toBeUndefined();
    expect((await readLockOwner(lockPath))?.token).toBe(token);
    worker.send('assert');
    expect(await worker.waitForEvent('assert')).toEqual({ event: 'assert', ok: true });
  });

  it('a holder killed with SIGKILL is taken over, but only once its lock is stale', async () => {
    const { worker } = await holdInChild('doomed');
    await killHard(worker);
    // Its lock directory is still there and fresh.
    expect(await tryLock(lockPath, 'test', { staleMs: STALE_MS })).toBeUndefined();
    const lock = await acquireLock(lockPath, 'test', options());
    expect((await readLockOwner(lockPath))?.token).toBe(lock.token);
    await lock.assertHeld();
    await lock.release();
  });
});

describe.skipIf(isWindows)('a holder stalled past the stale time (SIGSTOP), then resumed', () => {
  const takeOverFromStopped = async (): Promise<{ worker: Worker; lock: HeldLock }> => {
    const { worker } = await holdInChild('stalled job');
    worker.signal('SIGSTOP');
    const lock = await acquireLock(lockPath, 'test', options());
    return { worker, lock };
  };

  it('the old holder cannot pass assertHeld, and its release leaves the new lock alone', async () => {
    const { worker, lock } = await takeOverFromStopped();
    worker.signal('SIGCONT');
    worker.send('assert');
    expect(await worker.waitForEvent('assert')).toEqual({
      event: 'assert',
      ok: false,
      code: 'LOCK_LOST',
    });
    expect(worker.events('lost')).toHaveLength(1);
    worker.send('release');
    await worker.waitForEvent('released');
    expect(await worker.waitExit()).toEqual({ code: 0, signal: null });

    expect(existsSync(`${lockPath}.lock`)).toBe(true);
    expect((await readLockOwner(lockPath))?.token).toBe(lock.token);
    await lock.assertHeld();
    expect(lock.lost).toBe(false);
    // Still ours well after the old holder's heartbeat would have run.
    await sleep(1500);
    await lock.assertHeld();
    expect(await tryLock(lockPath, 'test', { staleMs: STALE_MS })).toBeUndefined();
    await lock.release();
    expect(existsSync(`${lockPath}.lock`)).toBe(false);
  });

  it('the old holder exiting without release (exit handler) leaves the new lock alone, and nothing crashes', async () => {
    const { worker } = await holdInChild('stalled job');
    worker.send('exit-on-cont');
    await worker.waitForEvent('armed');
    worker.signal('SIGSTOP');
    const lock = await acquireLock(lockPath, 'test', options());
    // It exits first thing when resumed: proper-lockfile's exit handler still lists the lock as its own.
    worker.signal('SIGCONT');
    expect(await worker.waitExit()).toEqual({ code: 0, signal: null });
    expect(worker.stderr()).not.toMatch(/ECOMPROMISED|Error/);
    expect(existsSync(`${lockPath}.lock`)).toBe(true);
    await lock.assertHeld();
    await lock.release();
  });

  it('the new holder that stalls in turn loses its lock (signal fires) instead of crashing', async () => {
    // Reversed roles: this process holds, a child takes over while our heartbeat is blocked.
    const lock = await acquireLock(lockPath, 'test', options());
    const worker = startWorker('lock-holder.ts', [lockPath, STALE_MS, 'usurper']);
    expect(await worker.waitForEvent('waiting')).toMatchObject({ ownerPid: process.pid });
    // Block this event loop (no heartbeat), as a long GC pause or a frozen VM would, until the
    // child has taken the lock over as stale.
    const nap = new Int32Array(new SharedArrayBuffer(4));
    const limit = Date.now() + 20_000;
    while (readFileSync(`${lockPath}.owner`, 'utf8').includes(lock.token) && Date.now() < limit)
      Atomics.wait(nap, 0, 0, 50);
    const theirs = await worker.waitForEvent<{ token: string }>('held');
    await expect(lock.assertHeld()).rejects.toBeInstanceOf(LockLostError);
    expect(lock.lost).toBe(true);
    expect(lock.signal.aborted).toBe(true);
    await lock.release();
    expect((await readLockOwner(lockPath))?.token).toBe(theirs.token);
    worker.send('assert');
    expect(await worker.waitForEvent('assert')).toEqual({ event: 'assert', ok: true });
  });
});

describe('waiting in line', () => {
  it('waiters get the lock in the order they arrived', async () => {
    const { worker: holder } = await holdInChild('first');
    const waiters: Worker[] = [];
    for (let i = 0; i < 4; i++) {
      const w = startWorker('lock-holder.ts', [lockPath, STALE_MS, `waiter ${i}`]);
      await w.waitForEvent('waiting');
      // Ticket names carry the time in ms: make sure arrivals are apart.
      await sleep(20);
      waiters.push(w);
    }
    expect(readdirSync(`${lockPath}.queue`)).toHaveLength(4);
    holder.send('release');
    const order: number[] = [];
    for (let round = 0; round < waiters.length; round++) {
      const next = await Promise.race(
        waiters.map((w, i) =>
          order.includes(i)
            ? new Promise<never>(() => undefined)
            : w.waitForEvent('held').then(() => i),
        ),
      );
      expect(
        waiters.filter((w) => w.events('held').length > 0 && w.events('released').length === 0),
      ).toHaveLength(1);
      order.push(next);
      waiters[next].send('release');
      await waiters[next].waitForEvent('released');
    }
    expect(order).toEqual([0, 1, 2, 3]);
    for (const w of waiters) expect(await w.waitExit()).toEqual({ code: 0, signal: null });
    // Each waiter removed its ticket.
    expect(readdirSync(`${lockPath}.queue`)).toEqual([]);
  });

  it('a waiter killed in the line does not hold up the ones behind it', async () => {
    const { worker: holder } = await holdInChild('holder');
    const doomed = startWorker('lock-holder.ts', [lockPath, STALE_MS, 'doomed']);
    await doomed.waitForEvent('waiting');
    await killHard(doomed); // its ticket stays behind
    expect(readdirSync(`${lockPath}.queue`)).toHaveLength(1);
    const waiting = acquireLock(lockPath, 'test', options({ timeoutMs: 15_000 }));
    await sleep(300);
    holder.send('release');
    const lock = await waiting;
    await lock.assertHeld();
    await lock.release();
    expect(readdirSync(`${lockPath}.queue`)).toEqual([]);
  });

  it.skipIf(isWindows)(
    'a waiter stopped at the head of the line is skipped once its ticket is stale',
    async () => {
      const { worker: holder } = await holdInChild('holder');
      const stopped = startWorker('lock-holder.ts', [lockPath, STALE_MS, 'sleepy']);
      await stopped.waitForEvent('waiting');
      stopped.signal('SIGSTOP');
      await sleep(50);
      const waiting = acquireLock(lockPath, 'test', options({ timeoutMs: 20_000 }));
      await sleep(300);
      holder.send('release');
      await holder.waitForEvent('released');
      const lock = await waiting;
      await lock.assertHeld();
      // The stopped waiter, resumed, queues again and gets the lock after us.
      stopped.signal('SIGCONT');
      await lock.release();
      await stopped.waitForEvent('held', 1, 20_000);
    },
  );

  it('a waiter that times out leaves the line', async () => {
    const { worker: holder } = await holdInChild('holder');
    await expect(acquireLock(lockPath, 'test', options({ timeoutMs: 200 }))).rejects.toBeInstanceOf(
      LockTimeoutError,
    );
    expect(readdirSync(`${lockPath}.queue`)).toEqual([]);
    holder.send('release');
    await holder.waitForEvent('released');
    const lock = await acquireLock(lockPath, 'test', options({ timeoutMs: 0 }));
    await lock.release();
  });
});

describe('stale takeover race (proper-lockfile #121)', () => {
  it('six waiters racing for one stale lock: exactly one holds it at a time', async () => {
    // A stale lock left by a dead holder: lock directory with an old heartbeat, its owner file.
    await fs.mkdir(`${lockPath}.lock`);
    await fs.writeFile(
      `${lockPath}.owner`,
      JSON.stringify({ token: 'dead', pid: 999_999, host: os.hostname(), acquiredAt: '' }),
    );
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${lockPath}.lock`, old, old);

    const workers = Array.from({ length: 6 }, (_, i) =>
      startWorker('lock-holder.ts', [lockPath, STALE_MS, `racer ${i}`, 'wait-go']),
    );
    await Promise.all(workers.map((w) => w.waitForEvent('ready')));
    for (const w of workers) w.send('go');

    const done = new Set<Worker>();
    const concurrentHolders: number[] = [];
    while (done.size < workers.length) {
      const pending = workers.filter((w) => !done.has(w));
      await Promise.race(pending.map((w) => w.waitForEvent('held')));
      // Give a second racer that also believes it holds the lock time to say so.
      await sleep(150);
      const holders = pending.filter((w) => w.events('held').length > 0);
      concurrentHolders.push(holders.length);
      for (const h of holders) h.send('assert');
      const asserts = await Promise.all(
        holders.map((h) => h.waitForEvent<{ ok: boolean }>('assert')),
      );
      expect(asserts.filter((a) => a.ok)).toHaveLength(1);
      for (const h of holders) {
        h.send('release');
        await h.waitForEvent('released');
        done.add(h);
      }
    }
    // The guard re-checks staleness right before removing a lock: no second holder appeared.
    expect(concurrentHolders.every((n) => n === 1)).toBe(true);
    for (const w of workers) expect(await w.waitExit()).toEqual({ code: 0, signal: null });
    expect(existsSync(`${lockPath}.lock`)).toBe(false);
  });
});
