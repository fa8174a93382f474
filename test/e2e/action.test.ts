// The committed bundles, run as a runner runs them, against archives served from 127.0.0.1.
// Input validation, download faults and killed jobs are the adversarial suite's (test/adversarial/).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCacheRoot } from '../../src/core/layout.js';
import { readUses } from '../../src/core/uses.js';
import { Sandbox, expectInstalled } from '../helpers/adversarial-kit.js';
import { zeroFigures } from '../helpers/figures.js';
import { FaultPoint } from '../helpers/fault-point.js';
import { Origin, item, toolFiles, zipBytes, type Served } from '../helpers/origin.js';
import { runJob, sourcesOf, startJob, stepNode, type JobResult } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const origin = Origin.forFile();
const tmp = scratchDirForFile('tc-e2e-');
let root: string;
let hello: Served;
let ninja: Served;
let big: Served;

beforeAll(() => {
  hello = origin.serveTar('hello.tar.gz', toolFiles('hello', '1.0'));
  ninja = origin.serve(
    'ninja.zip',
    zipBytes([{ path: 'ninja', content: '#!/bin/sh\necho ninja 1.12\n', mode: 0o755 }]),
  );
  // A large (incompressible) archive, so that the install the others wait for takes a while.
  big = origin.serveTar('big.tar.gz', [
    ...toolFiles('big', '2.0'),
    { path: 'big-2.0/blob', content: randomBytes(2 << 20) },
  ]);
});

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(tmp(), 'root-'));
});

function expectSuccess(job: JobResult): void {
  expect(job.main.exitCode, job.main.stdout + job.main.stderr).toBe(0);
  if (job.post) expect(job.post.exitCode, job.post.stdout + job.post.stderr).toBe(0);
  expect(job.post?.stdout ?? '').not.toContain('::warning::');
}

/** Resolves once `n` of `promises` have resolved (the others may never settle). */
function atLeast(n: number, promises: Array<Promise<unknown>>): Promise<void> {
  return new Promise((resolve) => {
    let done = 0;
    for (const p of promises)
      void p.then(
        () => ++done === n && resolve(),
        () => undefined,
      );
  });
}

describe('the action end to end', () => {
  it('downloads on the first job, then hits the host cache with no download', async () => {
    const hitsBefore = origin.hits(hello) + origin.hits(ninja);
    const inputs = {
      toolchains: item('hello', hello) + item('ninja', ninja, '  bin: .\n'),
      'cache-root': root,
    };
    const first = await runJob({ inputs });
    expectSuccess(first);
    expect(JSON.parse(first.outputs.sources)).toEqual({ hello: 'download', ninja: 'download' });
    expect(first.outputs['cache-hit']).toBe('false');
    const paths = JSON.parse(first.outputs.paths) as Record<string, string>;
    expect(first.outputs.path).toBe(paths.hello);
    expect(await fs.readFile(path.join(paths.hello, 'share/doc.txt'), 'utf8')).toBe(
      'hello documentation\n'.repeat(64),
    );
    // The tools run from the PATH the step added, as the next step would see it.
    const env = { ...process.env, PATH: first.nextStepPath };
    expect(execFileSync('hello', { env, encoding: 'utf8' })).toBe('hello 1.0\n');
    expect(execFileSync('ninja', { env, encoding: 'utf8' })).toBe('ninja 1.12\n');
    expect(first.paths).toEqual([path.join(paths.ninja), path.join(paths.hello, 'bin')]);
    expect(first.summary).toContain('hello');

    const second = await runJob({ inputs });
    expectSuccess(second);
    expect(second.outputs['cache-hit']).toBe('true');
    expect(JSON.parse(second.outputs.sources)).toEqual({ hello: 'local', ninja: 'local' });
    expect(second.outputs.paths).toBe(first.outputs.paths);
    expect(origin.hits(hello) + origin.hits(ninja)).toBe(hitsBefore + 2);
    // Post released every use.
    const layout = await openCacheRoot(root);
    for (const id of ['hello', 'ninja']) expect((await readUses(layout, id)).records).toEqual([]);
  });

  it('16 concurrent cold jobs: exactly one download, the 15 others wait for it; nothing else is touched', async () => {
    // Beside a healthy toolchain in use by a held job, and a sentinel outside the root.
    const sb = await Sandbox.create(origin);
    const point = await FaultPoint.create('extract');
    try {
      const before = origin.hits(big);
      // The installer stops before extracting (a fault point) until all 15 others are waiting, so
      // however slowly the processes start, every other job really does find an install in progress.
      const inputs = { toolchains: item('big-2.0', big), 'cache-root': sb.root };
      const jobs = await Promise.all(
        Array.from({ length: 16 }, () => startJob({ inputs, env: point.env })),
      );
      await point.reached();
      // The installer never logs that it waits; the 15 others each do before the install goes on.
      await atLeast(
        15,
        jobs.map((j) => j.mainLogged(/another job is installing it/, 120_000)),
      );
      await point.resume();
      const results = await Promise.all(jobs.map((j) => j.result));
      for (const r of results) expectSuccess(r);
      expect(origin.hits(big) - before).toBe(1);
      const sources = results.map((r) => sourcesOf(r)['big-2.0']);
      expect(sources.filter((s) => s === 'download')).toHaveLength(1);
      expect(sources.filter((s) => s === 'peer')).toHaveLength(15);
      expect(new Set(results.map((r) => r.outputs.path)).size).toBe(1);
      await expectInstalled(sb, 'big-2.0', 'big', '2.0');
      expect((await readUses(sb.layout, 'big-2.0')).records).toEqual([]);
      // Nothing outside the root changed; the healthy toolchain is intact and still registered.
      const m = await sb.measure();
      expect(m.figures, m.details.join('\n')).toEqual(zeroFigures());
    } finally {
      await point.dispose();
      await sb.dispose();
    }
  });

  it('keeps a code cache in the user’s own cache directory, not in the root (the chunk cache, on every Node); a broken one is ignored', async () => {
    const version = execFileSync(stepNode(), ['--version'], { encoding: 'utf8' }).trim();
    const inputs = { toolchains: item('hello', hello), 'cache-root': root };
    // One runner user's cache directory, shared by its jobs (each job has its own otherwise).
    const env = { XDG_CACHE_HOME: path.join(tmp(), `cache-home-${path.basename(root)}`) };
    expectSuccess(await runJob({ inputs, env }));
    const cacheDir = path.join(env.XDG_CACHE_HOME, 'toolchain-cache');
    expect((await fs.stat(cacheDir)).mode & 0o777).toBe(0o700);
    expect(await fs.readdir(root)).not.toContain('compile-cache');
    const entries = (await fs.readdir(cacheDir)).filter((e) => e.includes(version));
    expect(entries).toEqual([`chunks-${version}-${process.arch}`]);
    {
      // The chunks a warm main and post load, written when each step exited.
      const chunks = path.join(cacheDir, entries[0]);
      const files = await fs.readdir(chunks);
      expect(files.length).toBeGreaterThanOrEqual(2);
      // Bytes that are no code cache: the step compiles the chunk again and writes a good cache
      // in their place.
      for (const f of files) await fs.writeFile(path.join(chunks, f), 'not a code cache');
      const next = await runJob({ inputs, env });
      expectSuccess(next);
      expect(next.outputs['cache-hit']).toBe('true');
      // (the chunks only an install or a GC loads stay as they were until one runs again; the
      // first job's GC removed main's, as a legacy cache in the root: counted as they are now)
      const after = await fs.readdir(chunks);
      const sizes = await Promise.all(
        after.map(async (f) => (await fs.stat(path.join(chunks, f))).size),
      );
      expect(sizes.filter((size) => size > 1000).length).toBeGreaterThanOrEqual(2);
    }
    // A main that fails (a wrong digest: it ran the install path) leaves its cache marked as
    // not a hit's (CodePath.Miss in the header's paths field): the next hit writes its own.
    await fs.rm(cacheDir, { recursive: true, force: true });
    const failing = { ...inputs, toolchains: item('hello-bad', { ...hello, sha: '0'.repeat(64) }) };
    const failed = await runJob({ inputs: failing, env });
    expect(failed.main.exitCode).toBe(1);
    const mainCaches = async () => {
      const chunks = path.join(cacheDir, entries[0]);
      const names = (await fs.readdir(chunks)).filter((f) => f.startsWith('main-'));
      return Promise.all(names.map((f) => fs.readFile(path.join(chunks, f))));
    };
    const pathsOf = (bytes: Buffer) => bytes.readUInt32LE(16);
    const afterFailure = await mainCaches();
    expect(afterFailure.length).toBeGreaterThan(0);
    for (const bytes of afterFailure) expect(pathsOf(bytes) & 2, 'marked as a miss').toBe(2);
    expectSuccess(await runJob({ inputs, env }));
    // The hit's chunk's (the install's chunks keep theirs until an install runs again).
    const byHit = (await mainCaches()).filter((bytes) => (pathsOf(bytes) & 2) === 0);
    expect(byHit.length, 'a cache the hit wrote').toBeGreaterThan(0);
    // A file where the directory should be: nothing can use it, and the job does not care.
    await fs.rm(cacheDir, { recursive: true, force: true });
    await fs.writeFile(cacheDir, 'not a directory');
    const warm = await runJob({ inputs, env });
    expectSuccess(warm);
    expect(warm.main.stdout + warm.main.stderr).not.toMatch(/compile cache/i);
    expect(warm.outputs['cache-hit']).toBe('true');
  });
});
