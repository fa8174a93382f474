// One origin download per fleet (docs/design.md, "Fleet lease"): four hosts — four cache roots,
// each job in UTS and mount namespaces of its own (own hostname and machine id, so own host id) —
// share one `file://` tier directory and ask for the same toolchain at once, through the
// committed bundles under a simulated runner. The origin counts the downloads; a watcher checks,
// whenever the tier changes and every few milliseconds, that every archive in it is complete.
import { createHash, randomBytes } from 'node:crypto';
import { watch, promises as fs } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FaultPoint } from '../helpers/fault-point.js';
import { Origin, item, tarGz, toolFiles, type Served } from '../helpers/origin.js';
import { sourcesOf, startJob, type JobResult, type RunningJob } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const origin = Origin.forFile();
const tmp = scratchDirForFile('tc-lease-');
const HOSTS = ['host-a', 'host-b', 'host-c', 'host-d'];
const ID = 'fleet-1.0';
const WAITING = /is downloading it for the hosts sharing/;
const HOLDING = /fleet lease taken/;

/** An archive big enough (incompressible) that a slow origin takes a while to send it. */
const archiveBody = (): Buffer =>
  tarGz(toolFiles('fleet', '1.0', [{ path: 'fleet-1.0/blob', content: randomBytes(384 * 1024) }]));

/** A slow origin: the body in 8 KiB pieces, 15 ms apart (about 0.7 s). */
const slowly = { fault: 'slow', chunkSize: 8192, chunkDelayMs: 15 } as const;

/**
 * Watches the tier's `sha256` directory for the whole test: every file named as an archive must
 * hash to its name whenever it is seen (never a partial archive).
 */
class TierWatch {
  readonly bad: string[] = [];
  checks = 0;
  private timer?: NodeJS.Timeout;
  private watcher?: ReturnType<typeof watch>;
  private running = false;

  constructor(private readonly objects: string) {}

  async start(): Promise<void> {
    await fs.mkdir(this.objects, { recursive: true });
    this.watcher = watch(this.objects, () => void this.check());
    this.timer = setInterval(() => void this.check(), 5);
  }

  private async check(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (const name of await fs.readdir(this.objects).catch(() => [] as string[])) {
        if (!/^[0-9a-f]{64}$/.test(name)) continue;
        const bytes = await fs.readFile(path.join(this.objects, name)).catch(() => undefined);
        if (!bytes) continue;
        this.checks++;
        const digest = createHash('sha256').update(bytes).digest('hex');
        if (digest !== name) this.bad.push(`${name}: ${bytes.length} bytes hashing to ${digest}`);
      }
    } finally {
      this.running = false;
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.watcher?.close();
    await this.check();
  }
}

interface Fleet {
  share: string;
  remote: string;
  served: Served;
  tier: TierWatch;
  start(
    host: string,
    env?: Record<string, string>,
    inputs?: Record<string, string>,
  ): Promise<RunningJob>;
}

/** A fresh tier and a fresh archive (`body`, served by `route`) for one test. */
async function fleet(
  name: string,
  route: Parameters<Origin['serve']>[2] = slowly,
  body = archiveBody(),
): Promise<Fleet> {
  const share = path.join(tmp(), name, 'share');
  const remote = pathToFileURL(share).href;
  const served = origin.serve(`${name}.tar.gz`, body, route);
  const tier = new TierWatch(path.join(share, 'sha256'));
  await tier.start();
  return {
    share,
    remote,
    served,
    tier,
    start: (host, env = {}, inputs = {}) =>
      startJob({
        inputs: {
          toolchains: item(ID, served),
          'cache-root': path.join(tmp(), name, host),
          remote,
          ...inputs,
        },
        env,
        hostName: host,
      }),
  };
}

const okMain = (j: JobResult): void => expect(j.main.exitCode, j.main.stdout).toBe(0);
const warnings = (j: JobResult): string[] =>
  `${j.main.stdout}\n${j.post?.stdout ?? ''}`
    .split('\n')
    .filter((l) => l.startsWith('::warning::'));

describe('one origin download per fleet', () => {
  it('4 hosts cold at once against a slow origin: one download, three wait and restore', async () => {
    const f = await fleet('cold');
    const point = await FaultPoint.create('lease-held');
    try {
      const jobs = await Promise.all(HOSTS.map((h) => f.start(h, point.env)));
      // The lease holder stops right after taking it; with no lease, every job downloads and ends.
      await Promise.race([
        point.reached(),
        Promise.all(jobs.map((j) => j.result)).then(() => {
          throw new Error(
            `no host took a lease; the origin served ${origin.hits(f.served)} downloads`,
          );
        }),
      ]);
      // The three others see the lease and wait (a log line each), then the holder goes on.
      await Promise.all(
        jobs.map((j) => j.mainLogged(new RegExp(`${WAITING.source}|${HOLDING.source}`))),
      );
      await point.resume();
      const results = await Promise.all(jobs.map((j) => j.result));
      await f.tier.stop();
      for (const r of results) okMain(r);
      expect(origin.hits(f.served)).toBe(1);
      const sources = results.map((r) => sourcesOf(r)[ID]);
      expect(sources.filter((s) => s === 'download')).toHaveLength(1);
      expect(sources.filter((s) => s === 'remote')).toHaveLength(3);
      const holder = HOSTS[sources.indexOf('download')];
      for (const [i, r] of results.entries()) {
        if (sources[i] !== 'remote') continue;
        // The summary names the host waited for (its host id starts with its hostname).
        expect(r.summary).toContain(`remote (${f.remote}, downloaded by host ${holder}/`);
        expect(warnings(r)).toEqual([]);
      }
      // Saved in main by the holder; post finds it there and saves nothing twice.
      const holderResult = results[sources.indexOf('download')];
      expect(holderResult.main.stdout).toContain(`${ID}: saved the archive to ${f.remote}`);
      expect(holderResult.post?.stdout ?? '').not.toContain('saved the archive');
      expect(await fs.readdir(path.join(f.share, 'sha256'))).toEqual([f.served.sha]);
      expect(f.tier.bad).toEqual([]);
      expect(f.tier.checks).toBeGreaterThan(0);
    } finally {
      await point.dispose();
    }
  }, 180_000);

  it('the lease holder killed mid-download: another host takes over after the stale time, all finish, never a partial archive', async () => {
    let halfSent: () => void = () => undefined;
    const half = new Promise<void>((r) => (halfSent = r));
    let requests = 0;
    const body = archiveBody();
    // The first request (the holder's) gets half the archive, then silence; later ones all of it.
    const handler = (_req: http.IncomingMessage, res: http.ServerResponse): void => {
      requests++;
      res.writeHead(200, { 'content-length': String(body.length) });
      if (requests === 1) {
        res.write(body.subarray(0, body.length / 2), () => halfSent());
        return;
      }
      res.end(body);
    };
    const f = await fleet('killed', { handler }, body);
    const point = await FaultPoint.create('lease-held');
    // Short in tests: the host's setting (docs/design.md, "Fleet lease").
    const stale = { TOOLCHAIN_CACHE_TIER_LEASE_STALE: '1.5' };
    try {
      const holder = await f.start(HOSTS[0], { ...point.env, ...stale });
      const holderPid = await point.reached();
      // Bounded, so that without a takeover they would all download after waiting it out.
      const others = await Promise.all(
        HOSTS.slice(1).map((h) => f.start(h, stale, { 'wait-timeout': '20' })),
      );
      await Promise.all(others.map((j) => j.mainLogged(WAITING)));
      await point.resume();
      await half;
      process.kill(holderPid, 'SIGKILL');
      const results = await Promise.all(others.map((j) => j.result));
      await holder.result.catch(() => undefined);
      await f.tier.stop();
      for (const r of results) okMain(r);
      expect(requests).toBe(2);
      const sources = results.map((r) => sourcesOf(r)[ID]).sort();
      expect(sources).toEqual(['download', 'remote', 'remote']);
      const taker = results.find((r) => sourcesOf(r)[ID] === 'download')!;
      expect(taker.main.stdout).toMatch(HOLDING);
      // Nothing left: the dead holder's lease went with the takeover, the taker's with its release.
      expect(await fs.readdir(path.join(f.share, 'sha256'))).toEqual([f.served.sha]);
      expect(f.tier.bad).toEqual([]);
      expect(f.tier.checks).toBeGreaterThan(0);
    } finally {
      await point.dispose();
    }
  }, 180_000);

  it('the tier failing while hosts wait (a link planted as the lease): each falls back to the origin on its own', async () => {
    const f = await fleet('failing');
    const point = await FaultPoint.create('lease-held');
    try {
      const holder = await f.start(HOSTS[0], point.env);
      await point.reached();
      const others = await Promise.all(
        HOSTS.slice(1).map((h) => f.start(h, {}, { 'wait-timeout': '600' })),
      );
      await Promise.all(others.map((j) => j.mainLogged(WAITING)));
      // The share turns hostile: the holder's lease is now a link (to a file of the holder's
      // size), put there in one rename. Nothing is read through it: the tier fails.
      const objects = path.join(f.share, 'sha256');
      await f.tier.stop();
      const [lease] = (await fs.readdir(objects)).filter((n) => n.includes('.lease-'));
      const target = path.join(f.share, 'elsewhere');
      await fs.writeFile(target, ' '.repeat(512));
      await fs.symlink(target, path.join(objects, 'planted'));
      await fs.rename(path.join(objects, 'planted'), path.join(objects, lease));
      const started = Date.now();
      const results = await Promise.all(others.map((j) => j.result));
      // Within moments, not the wait-timeout: the holder is still alive, stopped at its point.
      expect(Date.now() - started).toBeLessThan(60_000);
      await point.resume();
      okMain(await holder.result);
      for (const r of results) {
        okMain(r);
        expect(sourcesOf(r)[ID]).toBe('download');
        expect(warnings(r).join('\n')).toMatch(
          new RegExp(`remote tier ${f.remote}: waiting for ${ID} .*is a symlink`),
        );
      }
      expect(origin.hits(f.served)).toBe(4);
      // The link was left alone: never followed, never removed by the holder's release.
      expect((await fs.lstat(path.join(objects, lease))).isSymbolicLink()).toBe(true);
      expect(await fs.readFile(target, 'utf8')).toBe(' '.repeat(512));
    } finally {
      await point.dispose();
    }
  }, 180_000);
});
