// Crashes and cancellations of the main step, and registries that cannot be read.
// kill -9 lands exactly at each phase of an install: mid-download (a route that stalls), and at the
// extract, rename and register fault points (TOOLCHAIN_CACHE_FAULT). Each crash leaves nothing
// registered and nothing a later job trips over: the next job takes the dead installer's lock over,
// removes its leftovers (or adopts a complete tree) and installs. SIGTERM cancels cleanly and frees
// the lock at once. A corrupt, truncated or newer registry fails the job with a message naming
// the file, is never treated as empty, and never costs another job its toolchain.
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import { describe, expect } from 'vitest';
import { REGISTRY_SCHEMA_VERSION } from '../../src/core/registry/schema.js';
import {
  SHORT_LOCK_STALE,
  adversarialFile,
  type CaseContext,
  expectInstalled,
  mainLog,
  sleep,
} from '../helpers/adversarial-kit.js';
import { HEALTHY_ID, item, type Served, tarGz, toolFiles } from '../helpers/origin.js';

const REGISTRY = 'unreadable registry';
/** Every case has its own sandbox and mostly waits (stale locks, slow routes): they overlap. */
const CONCURRENT = { concurrent: true };

const { origin, testCase } = adversarialFile('crashes');
/** 2 MiB of random bytes: a partial download is a real file on disk. */
const crashBody = tarGz(
  toolFiles('crash', '1.0', [{ path: 'crash-1.0/blob', content: randomBytes(2 << 20) }]),
);

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * The first request stalls halfway for good, so the installer is still downloading whenever the
 * test acts on it, however loaded the machine; the next job's request gets the whole archive.
 */
const serveStalling = (name: string): Served =>
  origin.serve(name, crashBody, { fault: 'stall', faultTimes: 1 });

type Phase = 'download' | 'extract' | 'rename' | 'register';

async function killAt(c: CaseContext, phase: Phase): Promise<void> {
  const sb = await c.sandbox({ env: SHORT_LOCK_STALE });
  const id = `crash-${phase}`;
  const served =
    phase === 'download' ? serveStalling(`${id}.tar.gz`) : origin.serve(`${id}.tar.gz`, crashBody);
  const toolchains = item(id, served);
  // The installer is the main step, a child of the job process: kill -9 exactly that.
  const { job, pid } = await sb.startInstaller(id, toolchains, phase, 128 * 1024);
  process.kill(pid, 'SIGKILL');
  const killed = await job.result;
  expect(killed.main.signal).toBe('SIGKILL');
  expect(killed.post?.exitCode, killed.post?.stdout).toBe(0);
  expect(sb.registered(id)).toBe(false);
  // What the crash left: staging leftovers, or (killed before registering) a complete tree.
  const leftovers = (await fs.readdir(sb.layout.stagingDir)).filter((n) => n.startsWith(`${id}.`));
  expect(leftovers.length).toBeGreaterThan(0);
  expect(existsSync(sb.layout.entryDir(id))).toBe(phase === 'register');
  await c.check(sb);

  // The next job finds a dead installer's lock: it takes it over once stale, cleans up and installs.
  const hits = origin.hits(served);
  const next = await sb.run(toolchains);
  const log = mainLog(next);
  expect(next.main.exitCode, log).toBe(0);
  expect(log).toMatch(new RegExp(`${id}: removing the leftovers of an interrupted install`));
  if (phase === 'register') {
    expect(log).toMatch(/adopting a complete install whose registration was interrupted/);
    expect(origin.hits(served)).toBe(hits);
    expect(JSON.parse(next.outputs.sources)).toEqual({ [id]: 'local' });
  } else {
    expect(origin.hits(served)).toBe(hits + 1);
    expect(JSON.parse(next.outputs.sources)).toEqual({ [id]: 'download' });
  }
  await expectInstalled(sb, id, 'crash');
  await c.check(sb);
}

// One concurrent suite: every case has its own sandbox and spends most of its time waiting.
describe.concurrent('crashes and unreadable registries', () => {
  describe('kill -9 at each phase of an install', () => {
    for (const phase of ['download', 'extract', 'rename', 'register'] as const) {
      testCase(`kill -9 of the installing step at ${phase}`, (c) => killAt(c, phase), CONCURRENT);
    }
  });

  describe('cancellation', () => {
    testCase(
      'SIGTERM during the download: exits non-zero, removes staging, frees the lock at once',
      async (c) => {
        const sb = await c.sandbox();
        const id = 'cancelled-1.0';
        const served = serveStalling(`${id}.tar.gz`);
        const toolchains = item(id, served);
        const { job, pid } = await sb.startInstaller(id, toolchains, 'download', 128 * 1024);
        const signalled = Date.now();
        process.kill(pid, 'SIGTERM');
        while (isAlive(pid)) await sleep(20);
        // Cleaned up and gone well before a runner's SIGKILL (7.5 s after its first signal).
        expect(Date.now() - signalled).toBeLessThan(7500);
        const result = await job.result;
        const log = mainLog(result);
        expect(result.main.exitCode, log).toBe(1);
        expect(result.main.signal).toBeNull();
        expect(log).toMatch(/Received SIGTERM: cancelling/);
        expect(log).toMatch(/::error::The step was cancelled \(SIGTERM\)/);
        // Staging removed and the install lock released (not left to go stale).
        await sb.expectNothingOf(id);
        await c.check(sb);
        // The lock was released, not abandoned: the next job installs without waiting out a stale lock.
        const next = await sb.run(toolchains);
        expect(next.main.exitCode, mainLog(next)).toBe(0);
        expect(mainLog(next)).not.toMatch(/another job is installing it/);
        await expectInstalled(sb, id, 'crash');
        await c.check(sb);
      },
      CONCURRENT,
    );
  });

  describe('a registry that cannot be read', () => {
    const damaged: Array<[string, (text: string) => string]> = [
      [
        'corrupt (binary garbage after a valid start)',
        (t) => `${t.slice(0, 40)}\u0000\u00ff\u00fe garbage`,
      ],
      ['truncated (half of the file)', (t) => t.slice(0, Math.floor(t.length / 2))],
    ];
    for (const [what, damage] of damaged) {
      testCase(
        `a ${what} registry: moved aside and rebuilt with a warning naming it; the job goes on`,
        async (c) => {
          const sb = await c.sandbox();
          const bad = damage(await fs.readFile(sb.layout.registryFile, 'utf8'));
          await fs.writeFile(sb.layout.registryFile, bad);
          const served = origin.serveTar('after.tar.gz', toolFiles('after', '1.0'));
          const toolchains = item('after-1.0', served);
          const first = await sb.run(toolchains);
          const log = mainLog(first);
          expect(first.main.exitCode, log).toBe(0);
          expect(log).toMatch(/::warning::The registry \S+registry\.json was unreadable/);
          const moved = /moved aside to (\S+registry\.json\.corrupt-\S+?)\)/.exec(log)?.[1];
          expect(moved, log).toBeDefined();
          // Kept as evidence, byte for byte; never deleted, never taken for an empty registry.
          expect(await fs.readFile(moved!, 'utf8')).toBe(bad);
          await expectInstalled(sb, 'after-1.0', 'after');
          // Rebuilt from the manifests, uses untouched: a GC under a size bound no cache meets
          // removes after-1.0 (nobody holds it) and keeps the one the sandbox's job holds.
          // A host size bound (the host file's) no cache meets: the GC skips its throttle.
          const gc = await sb.run(toolchains, { hostConfig: { maxSize: '1B' } });
          expect(gc.post?.stdout).toMatch(/GC: removed 1 toolchain\(s\)/);
          expect(sb.registered('after-1.0')).toBe(false);
          expect(sb.registered(HEALTHY_ID)).toBe(true);
          await c.check(sb);
        },
        { ...CONCURRENT, group: REGISTRY },
      );
    }

    testCase(
      'a registry of a newer schema version: jobs fail, nothing is rewritten or removed',
      async (c) => {
        const sb = await c.sandbox();
        const doc = JSON.parse(await fs.readFile(sb.layout.registryFile, 'utf8')) as Record<
          string,
          unknown
        >;
        const newer = JSON.stringify({
          ...doc,
          schemaVersion: REGISTRY_SCHEMA_VERSION + 1,
          introducedIn: 'v3',
        });
        await fs.writeFile(sb.layout.registryFile, newer);
        const served = origin.serveTar('future.tar.gz', toolFiles('future', '1.0'));
        const healthy = origin.healthyArchive();
        for (const toolchains of [item('future-1.0', served), item(HEALTHY_ID, healthy)]) {
          // With GC on and every toolchain "unused for 0 days": a registry read as empty would lose them all.
          const job = await sb.run(toolchains, { inputs: { 'max-unused-days': '0' } });
          const log = mainLog(job);
          expect(job.main.exitCode, log).toBe(1);
          expect(log).toMatch(
            new RegExp(
              `has schema version ${REGISTRY_SCHEMA_VERSION + 1}, newer than this toolchain-cache understands \\(${REGISTRY_SCHEMA_VERSION}\\)`,
            ),
          );
          expect(job.post?.exitCode, job.post?.stdout).toBe(0);
          expect(await fs.readFile(sb.layout.registryFile, 'utf8')).toBe(newer);
        }
        expect(origin.hits(served)).toBe(0);
        expect(existsSync(sb.layout.entryDir('future-1.0'))).toBe(false);
        await c.check(sb);
      },
      { ...CONCURRENT, group: REGISTRY },
    );
  });
});
