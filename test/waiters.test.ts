// A crowd of waiters whose lock becomes needless (the install they wait for is done) leaves at
// once, not one after another down the line: every waiter wakes on the holder's release, on the
// change of the files the check reads, and asks on its own while the holder works (the fallback
// where no event comes: NFS, other hosts). Real lock directories, a real holder process.
import { promises as fs, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLockUnless, type HeldLock, type NeedlessCheck } from '../src/core/lock.js';
import {
  killAllWorkers,
  makeTempDir,
  removeTempDir,
  sleep,
  startWorker,
  waitUntil,
  type Worker,
} from './helpers/procs.js';

/**
 * Stale times and polls far longer than any test here: a waiter that leaves in time was woken by
 * what the case is about, never by a ticket going stale, a heartbeat or a routine poll.
 */
const LONG_MS = 600_000;
/** How long the crowd may take to leave, on a loaded machine; the old line took LONG_MS. */
const PROMPTLY_MS = 10_000;
const isWindows = process.platform === 'win32';

let dir: string;
let lockPath: string;
let done: string;

beforeEach(async () => {
  dir = await makeTempDir('waiters');
  lockPath = path.join(dir, 'test');
  done = path.join(dir, 'installed');
});

afterEach(async () => {
  await killAllWorkers();
  await removeTempDir(dir);
});

const queued = (): string[] => {
  try {
    return readdirSync(`${lockPath}.queue`);
  } catch {
    return [];
  }
};

/** A holder in another process, with a heartbeat every LONG_MS / 4. */
const holder = async (): Promise<Worker> => {
  const w = startWorker('lock-holder.ts', [lockPath, LONG_MS, 'installer']);
  await w.waitForEvent('held');
  return w;
};

/** A waiter in this process whose lock is needless once `done` exists. */
function waiter(check: Omit<NeedlessCheck, 'needless'>): Promise<unknown> {
  const needless = async (): Promise<boolean> =>
    (await fs.stat(done).catch(() => undefined)) !== undefined;
  const options = { staleMs: LONG_MS, timeoutMs: LONG_MS, pollMs: LONG_MS };
  return acquireLockUnless(lockPath, 'test', options, { needless, ...check });
}

/**
 * Joins the line and waits until its ticket is there (tickets sort by arrival time in ms). The
 * waiter's result comes wrapped: an async function would otherwise wait for it.
 */
async function join(check: Omit<NeedlessCheck, 'needless'>): Promise<{ left: Promise<unknown> }> {
  const before = queued().length;
  const left = waiter(check);
  await waitUntil(() => queued().length > before, 'the waiter in line');
  await sleep(5);
  return { left };
}

/** Several waiters joining one after another. */
async function crowd(
  n: number,
  check: Omit<NeedlessCheck, 'needless'>,
): Promise<Array<Promise<unknown>>> {
  const waiters: Array<Promise<unknown>> = [];
  for (let i = 0; i < n; i++) waiters.push((await join(check)).left);
  return waiters;
}

/** Every waiter's result, or a failure naming how many had left when the time was up. */
async function allLeave(waiters: Array<Promise<unknown>>): Promise<unknown[]> {
  let left = 0;
  for (const w of waiters) void w.then(() => (left += 1));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${left} of ${waiters.length} waiters left within ${PROMPTLY_MS} ms`)),
      PROMPTLY_MS,
    );
  });
  try {
    return await Promise.race([Promise.all(waiters), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('a crowd of waiters whose lock becomes needless', () => {
  it.skipIf(isWindows)(
    'the release wakes every waiter, even those behind a waiter stopped in the line',
    async () => {
      const installer = await holder();
      const noProbe = { pollMs: LONG_MS };
      const [first] = await crowd(1, noProbe);
      // A waiter that cannot move (SIGSTOP): in a line woken one after another, everyone behind
      // it would wait until its ticket went stale.
      const stopped = startWorker('lock-holder.ts', [lockPath, LONG_MS, 'stuck', 'now', LONG_MS]);
      await stopped.waitForEvent('waiting');
      await waitUntil(() => queued().length === 2, 'the stopped waiter in line');
      stopped.signal('SIGSTOP');
      await sleep(5);
      const behind = await crowd(2, noProbe);
      expect(queued()).toHaveLength(4);

      writeFileSync(done, '');
      installer.send('release');
      expect(await allLeave([first, ...behind])).toEqual([undefined, undefined, undefined]);
      // Only the stopped waiter's ticket is left.
      expect(queued()).toHaveLength(1);
      stopped.signal('SIGCONT');
    },
  );

  it('while the holder keeps the lock, every waiter asks on its own (what NFS needs)', async () => {
    const installer = await holder();
    // The check's file is not watched: only the waiters' own questions can find it.
    const probe = { pollMs: 50 };
    const waiters = await crowd(3, probe);
    await sleep(200);
    expect(queued()).toHaveLength(3);
    writeFileSync(done, '');
    expect(await allLeave(waiters)).toEqual([undefined, undefined, undefined]);
    expect(queued()).toEqual([]);
    // The holder never noticed anything: it still holds the lock.
    installer.send('assert');
    expect(await installer.waitForEvent('assert')).toEqual({ event: 'assert', ok: true });
  });

  it('while the holder keeps the lock, a change of a watched file wakes every waiter', async () => {
    const installer = await holder();
    const watched = { watch: [done], pollMs: LONG_MS };
    const waiters = await crowd(3, watched);
    writeFileSync(path.join(dir, 'something-else'), '');
    await sleep(200);
    expect(queued()).toHaveLength(3);
    writeFileSync(done, '');
    expect(await allLeave(waiters)).toEqual([undefined, undefined, undefined]);
    expect(queued()).toEqual([]);
    installer.send('assert');
    expect(await installer.waitForEvent('assert')).toEqual({ event: 'assert', ok: true });
  });

  it('when the install failed (nothing done), the crowd stays in line and the head gets the lock', async () => {
    const installer = await holder();
    const waiters = await crowd(3, {});
    installer.send('release');
    // The head takes the lock; the others, woken by the release too, go back to waiting.
    const head = (await waiters[0]) as HeldLock | undefined;
    expect(head).toBeDefined();
    await sleep(300);
    expect(queued()).toHaveLength(2);
    writeFileSync(done, '');
    await head?.release();
    expect(await allLeave(waiters.slice(1))).toEqual([undefined, undefined]);
  });
});

describe('a change between a look and the watch', () => {
  it('a release that lands after the head looked, before it watched, still wakes it', async () => {
    const installer = await holder();
    const faults = path.join(dir, 'faults');
    await fs.mkdir(faults);
    // The head of the line stops right after it saw the lock busy.
    const head = startWorker('lock-holder.ts', [lockPath, LONG_MS, 'head', 'now', LONG_MS], {
      env: { TOOLCHAIN_CACHE_FAULT: 'waiter-looked', TOOLCHAIN_CACHE_FAULT_DIR: faults },
    });
    await waitUntil(() => readdirSync(faults).length > 0, 'the waiter to look', 20_000);
    installer.send('release');
    await installer.waitForEvent('released');
    // No event of the release is left to see: only a second look finds the lock free.
    writeFileSync(path.join(faults, `${readdirSync(faults)[0]}.resume`), '');
    await head.waitForEvent('held', 1, PROMPTLY_MS);
  });
});
