// Cross-process locks: real lock directories, real holder processes (SIGKILL, SIGSTOP/SIGCONT).
import { spawnSync } from 'node:child_process';
import { promises as fs, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockLostError, LockTimeoutError, ToolchainCacheError } from '../src/core/errors.js';
import {
  DEFAULT_LOCK_STALE_MS,
  acquireLock,
  acquireLockUnless,
  lockStaleMs,
  readLockOwner,
  tryLock,
  withLock,
  type HeldLock,
} from '../src/core/lock.js';
import { SHARED_DIR_MODE } from '../src/core/fsx.js';
import { epochDirOf, listEpochs, newestEpoch } from '../src/core/lock/epochs.js';
import { plantStaleLock } from './helpers/locks.js';
import { rootOnly } from './helpers/root-only.js';
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

/**
 * Stale time of the holders here: as short as a takeover test can wait, yet long enough that a
 * live holder starved by a busy machine (a few hundred ms between heartbeats, which run every
 * 500 ms) is never taken over. Under 1 s, such a holder lost its lock on a loaded host.
 */
const STALE_MS = 2000;
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

const holdInChild = async (
  holder: string,
  staleMs: number | 'env' = STALE_MS,
  env: NodeJS.ProcessEnv = {},
): Promise<{ worker: Worker; token: string }> => {
  const worker = startWorker('lock-holder.ts', [lockPath, staleMs, holder], { env });
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

/** The owner token of the newest epoch, read synchronously (for a blocked event loop). */
const ownerTokenNow = (): string | undefined => newestEpoch(lockPath).owner?.token;

describe('lockStaleMs: the stale time set by the host', () => {
  const env = (value: string | undefined): NodeJS.ProcessEnv =>
    value === undefined ? {} : { TOOLCHAIN_CACHE_LOCK_STALE: value };

  it('is the default when unset or empty, and reads seconds (fractions allowed) otherwise', () => {
    expect(DEFAULT_LOCK_STALE_MS).toBe(10_000);
    expect(lockStaleMs(env(undefined))).toBe(DEFAULT_LOCK_STALE_MS);
    expect(lockStaleMs(env(''))).toBe(DEFAULT_LOCK_STALE_MS);
    expect(lockStaleMs(env('120'))).toBe(120_000);
    expect(lockStaleMs(env(' 0.25 '))).toBe(250);
  });

  it('refuses anything else with an error naming the variable', () => {
    for (const bad of ['abc', '-5', '10s', '1e3', '0', '0.001', '1,5', '999999999']) {
      let error: unknown;
      try {
        lockStaleMs(env(bad));
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(ToolchainCacheError);
      expect((error as ToolchainCacheError).code).toBe('INVALID_INPUT');
      expect((error as Error).message).toContain(`TOOLCHAIN_CACHE_LOCK_STALE="${bad.trim()}"`);
      expect((error as Error).message).toContain('seconds');
    }
  });
});

describe('acquire and release', () => {
  it('records an owner with a token; release frees the lock (twice is harmless)', async () => {
    const lock = await acquireLock(lockPath, 'test', options({ holder: 'job one' }));
    const owner = await readLockOwner(lockPath);
    expect(owner).toMatchObject({
      token: lock.token,
      pid: process.pid,
      host: os.hostname(),
      holder: 'job one',
    });
    await lock.assertHeld();
    expect(lock.lost).toBe(false);
    await lock.release();
    expect(await readLockOwner(lockPath)).toBeUndefined();
    expect(newestEpoch(lockPath).kind).toBe('released');
    await lock.release();
    await expect(lock.assertHeld()).rejects.toBeInstanceOf(LockLostError);
    // Free again: the next one gets it at once, in the next epoch; its release cleans up the old one.
    const again = await tryLock(lockPath, 'test', { staleMs: 60_000 });
    expect(again).toBeDefined();
    expect(listEpochs(lockPath)).toEqual([1, 2]);
    await again?.release();
    expect(listEpochs(lockPath)).toEqual([2]);
  });

  it('any newer epoch, next or later, means the lock was taken over', async () => {
    for (const gap of [1, 3]) {
      const lock = await acquireLock(lockPath, 'test', options());
      const epoch = newestEpoch(lockPath).epoch;
      await fs.mkdir(epochDirOf(lockPath, epoch + gap));
      expect(() => lock.assertHeldSync()).toThrow(LockLostError);
      expect(lock.signal.aborted).toBe(true);
      await lock.release();
      // Its release left the newer epoch alone (and its own record, for the newer holder to clean).
      expect(listEpochs(lockPath)).toEqual([epoch, epoch + gap]);
      expect(newestEpoch(lockPath).kind).toBe('starting');
      await fs.rm(epochDirOf(lockPath, epoch + gap), { recursive: true });
      await fs.rm(epochDirOf(lockPath, epoch), { recursive: true });
    }
  });

  it('withLock releases the lock when the body throws', async () => {
    await expect(
      withLock(lockPath, 'test', options(), async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await readLockOwner(lockPath)).toBeUndefined();
  });

  it('a missing lock directory parent is an error at once, not a timeout', async () => {
    const missing = path.join(dir, 'no-such-dir', 'test');
    await expect(
      acquireLock(missing, 'test', options({ timeoutMs: 10_000 })),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a holder that exits without releasing frees the lock on its way out', async () => {
    const { worker } = await holdInChild('leaves early', 60_000);
    worker.send('exit');
    expect(await worker.waitExit()).toEqual({ code: 0, signal: null });
    // Free at once, not after the 60 s stale time.
    const lock = await tryLock(lockPath, 'test', { staleMs: 60_000 });
    expect(lock).toBeDefined();
    await lock?.release();
  });
});

describe('hygiene', () => {
  it('a symbolic link planted at the lock path is refused, naming it, and never followed', async () => {
    const target = path.join(dir, 'elsewhere');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'data'), 'keep me');
    symlinkSync(target, `${lockPath}.lock`, 'dir');
    for (const attempt of [
      () => tryLock(lockPath, 'test', { staleMs: STALE_MS }),
      () => acquireLock(lockPath, 'test', options({ timeoutMs: 2000 })),
    ]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ToolchainCacheError);
      expect((error as ToolchainCacheError).code).toBe('UNSAFE_PATH');
      expect((error as Error).message).toContain(`${lockPath}.lock`);
      expect((error as Error).message).toMatch(/symbolic link.*Remove/);
    }
    expect(readdirSync(target)).toEqual(['data']);
  });

  it('a file planted at the lock path, or a link at its queue, is refused too', async () => {
    writeFileSync(`${lockPath}.lock`, 'not a lock');
    await expect(tryLock(lockPath, 'test', { staleMs: STALE_MS })).rejects.toMatchObject({
      code: 'UNSAFE_PATH',
      message: expect.stringContaining('not a directory'),
    });
    await fs.rm(`${lockPath}.lock`);
    // Only a waiter uses the queue: hold the lock, then plant the link.
    const { worker } = await holdInChild('holder');
    symlinkSync(dir, `${lockPath}.queue`, 'dir');
    await expect(acquireLock(lockPath, 'test', options({ timeoutMs: 2000 }))).rejects.toMatchObject(
      { code: 'UNSAFE_PATH', message: expect.stringContaining(`${lockPath}.queue`) },
    );
    worker.send('release');
    await worker.waitForEvent('released');
  });

  it('a holder killed before writing its owner record is taken over once stale, its leftovers removed', async () => {
    const faults = path.join(dir, 'faults');
    await fs.mkdir(faults);
    const worker = startWorker('lock-holder.ts', [lockPath, STALE_MS, 'doomed'], {
      env: { TOOLCHAIN_CACHE_FAULT: 'lock-owner', TOOLCHAIN_CACHE_FAULT_DIR: faults },
    });
    await waitUntil(() => readdirSync(faults).length > 0, 'the fault point', 20_000);
    // A killed writer's temp file, as a crash in the middle of the owner write leaves it.
    const epoch = listEpochs(lockPath).at(-1) as number;
    writeFileSync(path.join(epochDirOf(lockPath, epoch), `owner.tmp-${worker.pid}-0123`), '{');
    await killHard(worker);
    expect(newestEpoch(lockPath).kind).toBe('starting');
    const lock = await acquireLock(lockPath, 'test', options());
    expect(readdirSync(epochDirOf(lockPath, epoch + 1))).toEqual(['owner']);
    await lock.release();
    expect(listEpochs(lockPath)).toEqual([epoch + 1]);
    expect(readdirSync(epochDirOf(lockPath, epoch + 1))).toEqual(['released']);
  });
});

describe.skipIf(isWindows)('shared modes whatever the umask', () => {
  it('lock directories group-writable with setgid, owner records and tickets group-readable', async () => {
    const old = process.umask(0o077);
    try {
      const lock = await acquireLock(lockPath, 'test', options());
      const epochDir = epochDirOf(lockPath, newestEpoch(lockPath).epoch);
      const ticketModes: number[] = [];
      const onWait = (): void => {
        for (const t of readdirSync(`${lockPath}.queue`))
          ticketModes.push(statSync(path.join(`${lockPath}.queue`, t)).mode & 0o777);
      };
      await expect(
        acquireLock(lockPath, 'test', options({ timeoutMs: 100, onWait })),
      ).rejects.toBeInstanceOf(LockTimeoutError);
      expect(ticketModes).toEqual([0o664]);
      for (const d of [`${lockPath}.lock`, epochDir, `${lockPath}.queue`])
        expect(statSync(d).mode & 0o7777, d).toBe(SHARED_DIR_MODE);
      expect(statSync(path.join(epochDir, 'owner')).mode & 0o777).toBe(0o664);
      await lock.release();
      expect(statSync(path.join(epochDir, 'released')).mode & 0o777).toBe(0o664);
    } finally {
      process.umask(old);
    }
  });
});

/** A small tmpfs (Linux, root), or why there can be none. */
function mountTmpfs(at: string): string | undefined {
  if (process.platform !== 'linux') return `tmpfs mounts need Linux (this is ${process.platform})`;
  const notRoot = rootOnly('mounting a tmpfs');
  if (notRoot) return notRoot;
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', at], {
    encoding: 'utf8',
  });
  return r.status === 0
    ? undefined
    : `mount -t tmpfs failed: ${(r.error?.message ?? r.stderr).trim()}`;
}

describe('a disk that fills while the owner record is written', () => {
  it('fails the acquire with ENOSPC and gives the lock back at once, nothing left behind', async (ctx) => {
    const mount = path.join(dir, 'small');
    await fs.mkdir(mount);
    const reason = mountTmpfs(mount);
    if (reason) ctx.skip(reason);
    try {
      const small = path.join(mount, 'test');
      const faults = path.join(dir, 'faults');
      await fs.mkdir(faults);
      const worker = startWorker('lock-holder.ts', [small, 60_000, 'unlucky'], {
        env: { TOOLCHAIN_CACHE_FAULT: 'lock-owner', TOOLCHAIN_CACHE_FAULT_DIR: faults },
      });
      await waitUntil(() => readdirSync(faults).length > 0, 'the fault point', 20_000);
      const marker = path.join(faults, readdirSync(faults)[0]);
      // The epoch exists now; fill the disk to the last byte, then let the writer go on.
      const filler = path.join(mount, 'filler');
      await fs
        .writeFile(filler, Buffer.alloc(1024 * 1024))
        .catch((e: unknown) => expect(e).toMatchObject({ code: 'ENOSPC' }));
      writeFileSync(`${marker}.resume`, '');
      expect(await worker.waitForEvent('error')).toMatchObject({ code: 'ENOSPC' });
      expect(await worker.waitExit()).toEqual({ code: 1, signal: null });
      // Nothing of it is left (no epoch, no temp file): the lock is free without waiting 60 s.
      expect(listEpochs(small)).toEqual([]);
      expect(readdirSync(`${small}.lock`)).toEqual([]);
      await fs.rm(filler);
      const lock = await tryLock(small, 'test', { staleMs: 60_000 });
      expect(lock).toBeDefined();
      await lock?.release();
    } finally {
      spawnSync('umount', [mount]);
    }
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
    await sleep(STALE_MS * 1.5);
    expect(await tryLock(lockPath, 'test', { staleMs: STALE_MS })).toBeUndefined();
    expect((await readLockOwner(lockPath))?.token).toBe(token);
    worker.send('assert');
    expect(await worker.waitForEvent('assert')).toEqual({ event: 'assert', ok: true });
  });

  it('a holder killed with SIGKILL is taken over, but only once its lock is stale', async () => {
    const { worker } = await holdInChild('doomed');
    await killHard(worker);
    const lastBeat = statSync(epochDirOf(lockPath, newestEpoch(lockPath).epoch)).mtimeMs;
    // Its lock is still there and fresh.
    expect(await tryLock(lockPath, 'test', { staleMs: 60_000 })).toBeUndefined();
    const lock = await acquireLock(lockPath, 'test', options());
    expect(Date.now()).toBeGreaterThanOrEqual(lastBeat + STALE_MS);
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

    expect((await readLockOwner(lockPath))?.token).toBe(lock.token);
    await lock.assertHeld();
    expect(lock.lost).toBe(false);
    // Still ours past the stale time: our heartbeat runs.
    await sleep(STALE_MS * 1.5);
    await lock.assertHeld();
    expect(await tryLock(lockPath, 'test', { staleMs: STALE_MS })).toBeUndefined();
    await lock.release();
    expect(await readLockOwner(lockPath)).toBeUndefined();
  });

  it('the old holder exiting without release (exit hook) leaves the new lock alone, and nothing crashes', async () => {
    const { worker } = await holdInChild('stalled job');
    worker.send('exit-on-cont');
    await worker.waitForEvent('armed');
    worker.signal('SIGSTOP');
    const lock = await acquireLock(lockPath, 'test', options());
    // It exits first thing when resumed: its exit hook still lists the lock as its own.
    worker.signal('SIGCONT');
    expect(await worker.waitExit()).toEqual({ code: 0, signal: null });
    expect(worker.stderr()).not.toMatch(/Error/);
    expect((await readLockOwner(lockPath))?.token).toBe(lock.token);
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
    while (ownerTokenNow() === lock.token && Date.now() < limit) Atomics.wait(nap, 0, 0, 20);
    const theirs = await worker.waitForEvent<{ token: string }>('held');
    await expect(lock.assertHeld()).rejects.toBeInstanceOf(LockLostError);
    expect(lock.lost).toBe(true);
    expect(lock.signal.aborted).toBe(true);
    await lock.release();
    expect((await readLockOwner(lockPath))?.token).toBe(theirs.token);
    worker.send('assert');
    expect(await worker.waitForEvent('assert')).toEqual({ event: 'assert', ok: true });
  });

  it('TOOLCHAIN_CACHE_LOCK_STALE sets how long a stopped holder keeps its lock', async () => {
    // The holder takes its stale time from the variable (2 s): its heartbeat keeps it alive past
    // that while it runs.
    const { worker, token } = await holdInChild('set by the host', 'env', {
      TOOLCHAIN_CACHE_LOCK_STALE: '2',
    });
    await sleep(3000);
    expect(await tryLock(lockPath, 'test', { staleMs: 2000 })).toBeUndefined();
    worker.signal('SIGSTOP');
    await sleep(50); // a heartbeat in flight lands
    const lastBeat = statSync(epochDirOf(lockPath, newestEpoch(lockPath).epoch)).mtimeMs;
    // Waiters with the host's setting: 10 s is not over yet (2.5 s later: past 2 s, so the
    // waiter went by its own setting); 2 s is, and not a moment sooner.
    const patient = lockStaleMs({ TOOLCHAIN_CACHE_LOCK_STALE: '10' });
    await expect(
      acquireLock(lockPath, 'test', options({ staleMs: patient, timeoutMs: 2500 })),
    ).rejects.toBeInstanceOf(LockTimeoutError);
    const staleMs = lockStaleMs({ TOOLCHAIN_CACHE_LOCK_STALE: '2' });
    const lock = await acquireLock(lockPath, 'test', options({ staleMs }));
    expect(Date.now()).toBeGreaterThanOrEqual(lastBeat + 2000);
    expect((await readLockOwner(lockPath))?.token).not.toBe(token);
    worker.signal('SIGCONT');
    worker.send('assert');
    expect(await worker.waitForEvent('assert')).toMatchObject({ ok: false, code: 'LOCK_LOST' });
    await lock.release();
  });
});

describe('waiting in line', () => {
  // A longer stale time here: a waiter slowed down by a busy machine must not lose its place.
  const LINE_STALE_MS = 5000;

  it('waiters whose lock became needless leave the line without taking it, one waking the next', async () => {
    const { worker: holder } = await holdInChild('installer', LINE_STALE_MS);
    const done = path.join(dir, 'installed');
    let asked = 0;
    const needless = async (): Promise<boolean> => {
      asked += 1;
      return (await fs.stat(done).catch(() => undefined)) !== undefined;
    };
    const waiters = Array.from({ length: 4 }, () =>
      acquireLockUnless(
        lockPath,
        'test',
        options({ staleMs: LINE_STALE_MS, pollMs: 5000 }),
        needless,
      ),
    );
    const queued = (): string[] => {
      try {
        return readdirSync(`${lockPath}.queue`);
      } catch {
        return [];
      }
    };
    await waitUntil(() => queued().length === 4, 'four waiters in line');
    // The install is done (its result is visible), then the installer lets the lock go.
    writeFileSync(done, '');
    holder.send('release');
    const got = await Promise.all(waiters);
    expect(got).toEqual([undefined, undefined, undefined, undefined]);
    expect(asked).toBeGreaterThanOrEqual(4);
    expect(queued()).toEqual([]);
    // Nobody took it: the lock is free, and the next one gets it at once.
    const next = await acquireLock(lockPath, 'test', options({ timeoutMs: 0 }));
    await next.release();
  });

  it('waiters get the lock in the order they arrived', async () => {
    const { worker: holder } = await holdInChild('first', LINE_STALE_MS);
    const waiters: Worker[] = [];
    for (let i = 0; i < 4; i++) {
      const w = startWorker('lock-holder.ts', [lockPath, LINE_STALE_MS, `waiter ${i}`]);
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
    const { worker: holder } = await holdInChild('holder', LINE_STALE_MS);
    const doomed = startWorker('lock-holder.ts', [lockPath, LINE_STALE_MS, 'doomed']);
    await doomed.waitForEvent('waiting');
    await killHard(doomed); // its ticket stays behind
    expect(readdirSync(`${lockPath}.queue`)).toHaveLength(1);
    const waiting = acquireLock(lockPath, 'test', options({ staleMs: LINE_STALE_MS }));
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
      const waiting = acquireLock(lockPath, 'test', options());
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

  it('waiters sleep on file-system events: a release wakes them long before their next poll', async () => {
    const { worker: holder } = await holdInChild('holder', LINE_STALE_MS);
    // Polls at most every 30 s or so: only a file-system event can hand the lock over in time.
    const slowPoll = (n: number): Worker =>
      startWorker('lock-holder.ts', [lockPath, LINE_STALE_MS, `waiter ${n}`, 'wait-go', 60_000]);
    const waiters = [slowPoll(0), slowPoll(1)];
    for (const w of waiters) {
      await w.waitForEvent('ready');
      w.send('go');
      await w.waitForEvent('waiting');
    }
    holder.send('release');
    for (const w of waiters) {
      await w.waitForEvent('held', 1, 10_000);
      w.send('release');
      await w.waitForEvent('released');
    }
  });

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

describe('stale takeover race', () => {
  const ROUNDS = 200;
  const RACERS = 6;

  it(`${RACERS} waiters racing for one stale lock, ${ROUNDS} rounds: exactly one holds it at a time`, async () => {
    const csFile = path.join(dir, 'critical-section');
    // The racers' own stale time is long: every takeover here is of the planted dead holder's lock.
    const racers = Array.from({ length: RACERS }, (_, i) =>
      startWorker('lock-racer.ts', [lockPath, 30_000, csFile, `racer ${i}`]),
    );
    await Promise.all(racers.map((w) => w.waitForEvent('ready')));
    const takeovers: boolean[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      // A dead holder's lock, stale long ago: all racers see it stale and race to take it over.
      const dead = await plantStaleLock(lockPath);
      for (const w of racers) w.send('go');
      const results = await Promise.all(
        racers.map((w) =>
          w.waitForEvent<{ epoch: number; overlap: boolean; ok: boolean }>('round', round, 30_000),
        ),
      );
      expect(
        results.filter((r) => r.overlap),
        `round ${round}`,
      ).toEqual([]);
      expect(
        results.filter((r) => !r.ok),
        `round ${round}`,
      ).toEqual([]);
      // Each racer held its own epoch; the first one after the dead holder's took it over.
      const epochs = results.map((r) => r.epoch).sort((a, b) => a - b);
      expect(new Set(epochs).size, `round ${round}`).toBe(RACERS);
      takeovers.push(epochs[0] === dead + 1);
    }
    expect(takeovers.every(Boolean)).toBe(true);
    for (const w of racers) w.send('stop');
    for (const w of racers) expect(await w.waitExit()).toEqual({ code: 0, signal: null });
    expect(await readLockOwner(lockPath)).toBeUndefined();
    expect(listEpochs(lockPath)).toHaveLength(1);
  }, 120_000);
});
