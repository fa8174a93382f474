// `metrics` read by its real consumer: real jobs (the committed bundles under the simulated runner,
// one of them from a repository with a hostile name), the post step's GC and the CLI's `gc` that
// removes toolchains, then `metrics --out` into a textfile directory that Debian's node_exporter
// (--collector.textfile only, on 127.0.0.1) serves over HTTP. Every figure it serves equals the one
// `stats --json` prints, free disk included: the cache root is on a tmpfs of its own, so nothing
// else writes to its file system between the two commands.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsOutput } from '../../src/cli/commands/stats.js';
import type { GcReport } from '../../src/core/gc.js';
import { Origin, item, toolFiles, type Served } from '../helpers/origin.js';
import {
  checkFamilyLayout,
  figuresOfStats,
  findNodeExporter,
  parseExposition,
  sampleValue,
} from '../helpers/prometheus.js';
import { rootOnly } from '../helpers/root-only.js';
import { REPO_ROOT, runJob, sourcesOf, startJob, type JobResult } from '../helpers/runner.js';

const run = promisify(execFile);
const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
const exporter = findNodeExporter();
const why =
  'skip' in exporter
    ? exporter.skip
    : process.platform === 'linux'
      ? rootOnly('mounting a tmpfs for the cache root')
      : 'node_exporter and tmpfs: Linux';

const HOSTILE_REPOSITORY = 'evil"\\\n}/repo';

const origin = Origin.forFile();
let base: string;
let mounted = false;
let root: string;
let textfiles: string;
let hello: Served;
let ninja: Served;

beforeAll(async () => {
  if (why) return;
  hello = origin.serveTar('hello.tar.gz', toolFiles('hello', '1.0'));
  ninja = origin.serveTar('ninja.tar.gz', toolFiles('ninja', '1.12'));
  base = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-metrics-e2e-')));
  const fsDir = path.join(base, 'fs');
  await fs.mkdir(fsDir);
  const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64m,mode=0755', 'tmpfs', fsDir], {
    encoding: 'utf8',
  });
  if (m.status !== 0) throw new Error(`mount -t tmpfs on ${fsDir}: ${m.stderr}`);
  mounted = true;
  root = path.join(fsDir, 'root');
  textfiles = path.join(base, 'textfile-collector');
  await fs.mkdir(textfiles);
});

afterAll(async () => {
  if (mounted) spawnSync('umount', [path.join(base, 'fs')]);
  if (base) await fs.rm(base, { recursive: true, force: true });
});

function expectOk(job: JobResult): void {
  expect(job.main.exitCode, job.main.stdout + job.main.stderr).toBe(0);
  expect(job.post?.exitCode, (job.post?.stdout ?? '') + (job.post?.stderr ?? '')).toBe(0);
  expect(job.post?.stdout ?? '').not.toContain('::warning::');
}

async function cli(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [CLI, ...args, '--root', root], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
  }).catch((e: { stdout: string; stderr: string; code: number }) => {
    throw new Error(`toolchain-cache ${args.join(' ')}: exit ${e.code}: ${e.stderr}${e.stdout}`);
  });
  return stdout;
}

const stats = async (): Promise<StatsOutput> => JSON.parse(await cli(['stats', '--json']));

/** A port nobody listens on now (node_exporter takes a fixed address, not port 0). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Exporter {
  process: ChildProcess;
  url: string;
  log: () => string;
}

/** node_exporter with the textfile collector alone, once it says it listens. */
async function startNodeExporter(binary: string, dir: string): Promise<Exporter> {
  const address = `127.0.0.1:${await freePort()}`;
  const child = spawn(
    binary,
    [
      '--collector.disable-defaults',
      '--collector.textfile',
      `--collector.textfile.directory=${dir}`,
      `--web.listen-address=${address}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const listening = new Promise<void>((resolve, reject) => {
    const onData = (b: Buffer): void => {
      log += b.toString();
      if (/msg="Listening on" address=/.test(log)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`node_exporter exited (${code}):\n${log}`)));
    child.on('error', reject);
  });
  await listening;
  return { process: child, url: `http://${address}/metrics`, log: () => log };
}

describe.skipIf(why)('metrics through node_exporter', () => {
  it('serves every figure of `stats --json` after real jobs and GCs, and no scrape error', async () => {
    const inputs = { toolchains: item('hello', hello) + item('ninja', ninja), 'cache-root': root };
    // A first job downloads both; its post step's GC is the host's first: it runs and is counted.
    const first = await runJob({ inputs });
    expectOk(first);
    expect(sourcesOf(first)).toEqual({ hello: 'download', ninja: 'download' });
    const afterPost = await stats();
    expect(afterPost.gc).toMatchObject({ runs: 1, toolchainsRemoved: 0, bytesFreed: 0 });
    const [host] = Object.keys(afterPost.gc.hosts);
    expect(host).toBeTruthy();
    // A job of a repository with a hostile name hits the cache.
    const hostile = await runJob({
      inputs: { ...inputs, toolchains: item('hello', hello) },
      env: { GITHUB_REPOSITORY: HOSTILE_REPOSITORY },
    });
    expectOk(hostile);
    expect(sourcesOf(hostile)).toEqual({ hello: 'local' });
    // The operator's GC removes both (nobody uses them now), and is counted too.
    const gc = JSON.parse(await cli(['gc', '--json', '--max-unused-days', '0'])) as GcReport;
    expect(gc.removed.map((r) => r.id).sort()).toEqual(['hello', 'ninja']);
    // A job installs hello again and holds it (in use) while the figures are taken.
    const held = await startJob({
      inputs: { ...inputs, toolchains: item('hello', hello) },
      holdBeforePost: true,
    });
    await held.mainDone();
    let node: Exporter | undefined;
    try {
      const s = await stats();
      await cli(['metrics', '--out', path.join(textfiles, 'toolchain-cache.prom')]);
      expect(s).toMatchObject({ entries: 1, inUse: 1 });
      expect(s.gc).toMatchObject({ runs: 2, toolchainsRemoved: 2, bytesFreed: gc.freedBytes });
      expect(Object.keys(s.namespaces).sort()).toEqual([HOSTILE_REPOSITORY, 'octo/app'].sort());
      expect(s.freeBytes).toBeGreaterThan(0);
      const file = path.join(textfiles, 'toolchain-cache.prom');
      expect((await fs.stat(file)).mode & 0o777).toBe(0o644);
      expect(await fs.readdir(textfiles)).toEqual(['toolchain-cache.prom']);
      checkFamilyLayout(await fs.readFile(file, 'utf8'), 'toolchain_cache_');

      node = await startNodeExporter((exporter as { binary: string }).binary, textfiles);
      const response = await fetch(node.url);
      expect(response.status).toBe(200);
      const scraped = parseExposition(await response.text());
      expect(sampleValue(scraped, 'node_textfile_scrape_error')).toBe(0);
      expect(sampleValue(scraped, 'node_textfile_mtime_seconds', { file })).toBeGreaterThan(0);
      const figures = figuresOfStats(s);
      for (const [name, labels, value] of figures)
        expect(sampleValue(scraped, name, labels), `${name} ${JSON.stringify(labels)}`).toBe(value);
      const ours = [...scraped].filter(([name]) => name.startsWith('toolchain_cache_'));
      expect(ours.reduce((n, [, f]) => n + f.samples.length, 0)).toBe(figures.length);
      // node_exporter logs what it refuses to gather (a duplicate series, say) at level=error.
      expect(node.log()).not.toMatch(/level=error/);
    } finally {
      node?.process.kill();
      await held.continuePost();
      expectOk(await held.result);
    }
  });
});
