// Concurrency, with real jobs of the simulated runner on the committed bundles: a storm of uses and
// releases with GC in every post step, a dead installer's lock taken over by one of eight waiters,
// a downloader killed mid-body with jobs waiting on it, and a job killed without its post step
// (sixteen cold jobs asking for one toolchain at once: test/e2e/action.test.ts, in a sandbox too). No use may be lost, nothing in use may be
// deleted, and every waiting job must end up with the toolchain, downloaded once per live installer.
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import {
  SHORT_LOCK_STALE,
  adversarialFile,
  type CaseContext,
  expectInstalled,
  mainLog,
  Sandbox,
  sleep,
} from '../helpers/adversarial-kit.js';
import { HEALTHY_ID, item, tarGz, toolFiles } from '../helpers/origin.js';
import { readUses } from '../../src/core/uses.js';
import { removeJobDir, sourcesOf, type JobResult, type RunningJob } from '../helpers/runner.js';

const { origin, testCase } = adversarialFile('concurrency');
const bigBody = tarGz(
  toolFiles('big', '1.0', [{ path: 'big-1.0/blob', content: randomBytes(2 << 20) }]),
);

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const usesOf = (sb: Sandbox, id: string): number => (sb.registered(id) ? sb.useCount(id) : -1);

function expectSuccess(r: JobResult): void {
  expect(r.main.exitCode, mainLog(r)).toBe(0);
  expect(r.post?.exitCode, r.post?.stdout).toBe(0);
}

/** Polls every 10 ms while `inUse()`: counts the moments `tree` is missing (an in-use deletion). */
function watchTree(tree: string, inUse: () => boolean): { stop(): Promise<number> } {
  let stopped = false;
  let missing = 0;
  const loop = (async () => {
    while (!stopped) {
      if (inUse() && !existsSync(tree)) missing += 1;
      await sleep(10);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return missing;
    },
  };
}

describe('concurrency', () => {
  testCase(
    'refcount storm: 12 holders and 4 passers-by, GC in every post step; no use lost, nothing in use deleted',
    async (c) => {
      const sb = await c.sandbox();
      const holders: RunningJob[] = [];
      try {
        const healthy = origin.healthyArchive();
        // The GC's prey: installed, then unused.
        const victim = origin.serveTar('victim.tar.gz', toolFiles('victim', '1.0'));
        expectSuccess(await sb.run(item('victim-1.0', victim)));
        // Every post step collects: everything unused is "too old", and the size bound is always exceeded.
        const toolchains = item(HEALTHY_ID, healthy);
        const options = {
          inputs: { 'max-unused-days': '0' },
          hostConfig: { maxSize: '1' }, // the host file's bound: skips the GC throttle
        };
        holders.push(
          ...(await Promise.all(
            range(12).map(() => sb.start(toolchains, { ...options, holdBeforePost: true })),
          )),
        );
        await Promise.all(holders.map((h) => h.mainDone()));
        expect(usesOf(sb, HEALTHY_ID)).toBe(13); // the twelve and the sandbox's own holder: none lost
        const watch = watchTree(sb.toolchainRoot(HEALTHY_ID), () => true); // the sandbox's holder uses it throughout
        const passers = Promise.all(
          range(4).map(async (i) => {
            await sleep(i * 600);
            return sb.run(toolchains, options);
          }),
        );
        const order = [...holders].sort(() => Math.random() - 0.5);
        for (let i = 0; i < order.length; i += 3) {
          const batch = order.slice(i, i + 3);
          await Promise.all(batch.map((h) => h.continuePost()));
          for (const r of await Promise.all(batch.map((h) => h.result))) expectSuccess(r);
          // Exactly the live holders' uses remain, plus whichever passers-by are between their steps.
          const live = 13 - (i + batch.length);
          expect(usesOf(sb, HEALTHY_ID)).toBeGreaterThanOrEqual(live);
          expect(usesOf(sb, HEALTHY_ID)).toBeLessThanOrEqual(live + 4);
        }
        for (const r of await passers) expectSuccess(r);
        const missing = await watch.stop();
        c.add({ inUseDeletions: missing > 0 ? 1 : 0 });
        expect(missing, 'moments the in-use tree was missing').toBe(0);
        expect(usesOf(sb, HEALTHY_ID)).toBe(1);
        // The GC did run in those post steps: the unused victim is gone, the used toolchain is not.
        expect(sb.registered('victim-1.0')).toBe(false);
        expect(existsSync(sb.layout.entryDir('victim-1.0'))).toBe(false);
        await c.check(sb);
      } finally {
        for (const h of holders) await removeJobDir(h);
      }
    },
  );
});

/**
 * An installer dies holding the install lock (kill -9 at a fault point, or mid-download) while
 * `waiters` jobs wait on it: exactly one of them takes the lock over and installs, the others get
 * its result as peers; the server sees exactly one more download.
 */
async function takeover(
  c: CaseContext,
  how: 'at-extract' | 'mid-download',
  waiters: number,
): Promise<void> {
  const sb = await c.sandbox({ env: SHORT_LOCK_STALE });
  const id = `takeover-${how}`;
  // Mid-download: the first request stalls halfway for good, so the installer is still
  // downloading whenever the waiters are ready, however slowly they start; the next gets it all.
  const served = origin.serve(
    `${id}.tar.gz`,
    bigBody,
    how === 'mid-download' ? { fault: 'stall', faultTimes: 1 } : {},
  );
  const toolchains = item(id, served);
  const phase = how === 'at-extract' ? 'extract' : 'download';
  const { job: first, pid } = await sb.startInstaller(id, toolchains, phase);
  const jobs = await Promise.all(range(waiters).map(() => sb.start(toolchains)));
  // The installer dies only once every waiter is queued on its install lock (each says so).
  await Promise.all(jobs.map((j) => j.mainLogged(/another job is installing it/, 120_000)));
  expect(origin.hits(served)).toBe(1);
  expect(first.process.exitCode, 'the installing job is still running').toBeNull();
  process.kill(pid, 'SIGKILL');
  expect((await first.result).main.signal).toBe('SIGKILL');
  await removeJobDir(first);
  const results = await Promise.all(jobs.map((j) => j.result));
  for (const j of jobs) await removeJobDir(j);
  for (const r of results) expectSuccess(r);
  for (const r of results) expect(r.main.stdout).toContain('another job is installing it');
  const sources = results.map((r) => sourcesOf(r)[id]);
  expect(
    sources.filter((s) => s === 'download'),
    sources.join(', '),
  ).toHaveLength(1);
  expect(
    sources.filter((s) => s === 'peer'),
    sources.join(', '),
  ).toHaveLength(waiters - 1);
  expect(origin.hits(served)).toBe(2);
  const taker = results[sources.indexOf('download')];
  expect(mainLog(taker)).toMatch(
    new RegExp(`${id}: removing the leftovers of an interrupted install`),
  );
  // Its staging (the dead installer's included) is gone: expectInstalled looks at staging too.
  await expectInstalled(sb, id, 'big');
  expect((await fs.stat(path.join(sb.toolchainRoot(id), 'blob'))).size).toBe(2 << 20);
  await c.check(sb);
}

describe('dead installers', () => {
  testCase(
    'stale-lock takeover: installer killed holding the lock, 8 waiters, one takes over',
    (c) => takeover(c, 'at-extract', 8),
    {
      concurrent: true,
    },
  );
  testCase(
    'killed downloader: kill -9 mid-body with 3 jobs waiting, one re-downloads',
    (c) => takeover(c, 'mid-download', 3),
    {
      concurrent: true,
    },
  );

  testCase(
    'a job killed without its post step: its use pins the toolchain until it dies, then is reclaimed',
    async (c) => {
      const sb = await c.sandbox();
      const healthy = origin.healthyArchive();
      const pinned = origin.serveTar('pinned.tar.gz', toolFiles('pinned', '1.0'));
      const job = await sb.start(item('pinned-1.0', pinned), { holdBeforePost: true });
      await job.mainDone();
      // The use is the job's: tied to its long-lived runner process, not to the finished step.
      const uses = (await readUses(sb.layout, 'pinned-1.0')).records.map((r) => r.use);
      expect(uses.map((u) => u.pid)).toEqual([job.process.pid]);
      const gc = () =>
        sb.run(item(HEALTHY_ID, healthy), {
          inputs: { 'max-unused-days': '0' },
          hostConfig: { maxSize: '1' }, // the host file's bound: skips the GC throttle
        });
      // While the job lives, GC must keep what it uses.
      const before = await gc();
      expectSuccess(before);
      expect(before.post?.stdout).toMatch(/Skipped \(in use\): .*pinned-1\.0/);
      if (!existsSync(sb.toolchainRoot('pinned-1.0'))) c.add({ inUseDeletions: 1 });
      expect(sb.registered('pinned-1.0')).toBe(true);
      expect(usesOf(sb, 'pinned-1.0')).toBe(1);
      // The job dies (runner crash, kill -9): no post step ever releases its use.
      job.process.kill('SIGKILL');
      await expect(job.result).rejects.toThrow(/died before finishing/);
      await removeJobDir(job);
      const after = await gc();
      expectSuccess(after);
      expect(after.post?.stdout).toMatch(
        /released 1 use\(s\) left by jobs that ended without their post step/,
      );
      expect(sb.registered('pinned-1.0')).toBe(false);
      expect(existsSync(sb.layout.entryDir('pinned-1.0'))).toBe(false);
      await c.check(sb);
    },
  );
});
