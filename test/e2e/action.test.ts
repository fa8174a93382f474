// The committed bundles, run as a runner runs them, against archives served from 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCacheRoot } from '../../src/core/layout.js';
import { readLockOwner } from '../../src/core/lock.js';
import { Registry } from '../../src/core/registry/store.js';
import { readUses, reclaimDeadUses } from '../../src/core/uses.js';
import { makeTar, makeZip, type FileSpec } from '../helpers/archives.js';
import { startServer, type TestServer } from '../helpers/http-server.js';
import { runJob, startJob, stepNode, type JobResult } from '../helpers/runner.js';

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

const toolFiles = (name: string, version: string): FileSpec[] => [
  { path: `${name}-${version}/`, type: 'directory' },
  { path: `${name}-${version}/bin/`, type: 'directory' },
  {
    path: `${name}-${version}/bin/${name}`,
    content: `#!/bin/sh\necho "${name} ${version}"\n`,
    mode: 0o755,
  },
  { path: `${name}-${version}/share/doc.txt`, content: 'x'.repeat(4096) },
];

let server: TestServer;
let tmp: string;
let root: string;
const archives: Record<string, { body: Buffer; sha: string; url: string }> = {};

async function addArchive(
  name: string,
  kind: 'tar.gz' | 'zip',
  files: FileSpec[],
  route: Parameters<TestServer['route']>[1] = {},
): Promise<void> {
  const file = path.join(tmp, `${name}.${kind}`);
  if (kind === 'zip') await makeZip(file, files);
  else await makeTar(file, files, 'gz');
  const body = await fs.readFile(file);
  server.route(`/${name}.${kind}`, { body, ...route });
  archives[name] = { body, sha: sha256(body), url: server.url(`/${name}.${kind}`) };
}

const item = (name: string, extra = ''): string =>
  `- id: ${name}\n  url: ${archives[name].url}\n  sha256: ${archives[name].sha}\n${extra}`;

const registered = async (): Promise<string[]> =>
  Object.keys((await new Registry(await openCacheRoot(root)).read()).entries);

function expectSuccess(job: JobResult): void {
  expect(job.main.exitCode, job.main.stdout + job.main.stderr).toBe(0);
  if (job.post) expect(job.post.exitCode, job.post.stdout + job.post.stderr).toBe(0);
  expect(job.post?.stdout ?? '').not.toContain('::warning::');
}

beforeAll(async () => {
  server = await startServer();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-e2e-'));
  await addArchive('hello', 'tar.gz', toolFiles('hello', '1.0'));
  await addArchive('ninja', 'zip', [
    { path: 'ninja', content: '#!/bin/sh\necho ninja 1.12\n', mode: 0o755 },
  ]);
  // A large (incompressible) archive served slowly, so several jobs are sure to overlap.
  await addArchive(
    'big',
    'tar.gz',
    [...toolFiles('big', '2.0'), { path: 'big-2.0/blob', content: randomBytes(2 << 20) }],
    {
      fault: 'slow',
      chunkSize: 64 * 1024,
      chunkDelayMs: 20,
    },
  );
  // Its first request stalls halfway for good: the job downloading it is still downloading
  // whenever the test kills it. Later requests get the whole archive.
  await addArchive(
    'slow',
    'tar.gz',
    [...toolFiles('slow', '3.0'), { path: 'slow-3.0/blob', content: randomBytes(5 << 20) }],
    { fault: 'stall', faultTimes: 1 },
  );
});

afterAll(async () => {
  await server.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(tmp, 'root-'));
});

/** The name of the first file in `dir` matching `pattern`, once there is one. */
async function waitForFile(dir: string, pattern: RegExp, timeoutMs = 120_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await fs.readdir(dir)).find((f) => pattern.test(f));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no file matching ${String(pattern)} in ${dir}`);
    await new Promise((r) => setTimeout(r, 25));
  }
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
    const hitsBefore = server.hits('/hello.tar.gz') + server.hits('/ninja.zip');
    const inputs = { toolchains: item('hello') + item('ninja', '  bin: .\n'), 'cache-root': root };
    const first = await runJob({ inputs });
    expectSuccess(first);
    expect(JSON.parse(first.outputs.sources)).toEqual({ hello: 'download', ninja: 'download' });
    expect(first.outputs['cache-hit']).toBe('false');
    const paths = JSON.parse(first.outputs.paths) as Record<string, string>;
    expect(first.outputs.path).toBe(paths.hello);
    expect(await fs.readFile(path.join(paths.hello, 'share/doc.txt'), 'utf8')).toHaveLength(4096);
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
    expect(server.hits('/hello.tar.gz') + server.hits('/ninja.zip')).toBe(hitsBefore + 2);
    // Post released every use.
    const layout = await openCacheRoot(root);
    for (const id of ['hello', 'ninja']) expect((await readUses(layout, id)).records).toEqual([]);
  });

  it('fails a wrong sha256 naming both digests, and registers nothing', async () => {
    const wrong = 'ab'.repeat(32);
    const job = await runJob({
      inputs: {
        toolchains: `- id: hello\n  url: ${archives.hello.url}\n  sha256: ${wrong}\n`,
        'cache-root': root,
      },
    });
    expect(job.main.exitCode).toBe(1);
    expect(job.main.stdout).toContain(wrong);
    expect(job.main.stdout).toContain(archives.hello.sha);
    expect(job.post?.exitCode).toBe(0);
    expect(await registered()).toEqual([]);
    expect(await fs.readdir(path.join(root, 'staging'))).toEqual([]);
    expect(await fs.readdir(path.join(root, 'toolchains'))).toEqual([]);
  });

  it.each([
    [
      'a missing sha256',
      (u: string) => `- id: x\n  url: ${u}\n`,
      /toolchains\[0\] \(id "x"\): field "sha256"/,
    ],
    [
      'a bad id',
      (u: string) => `- id: ../evil\n  url: ${u}\n  sha256: ${'a'.repeat(64)}\n`,
      /toolchains\[0\] \(id "\.\.\/evil"\): field "id"/,
    ],
    [
      'a non-http url',
      () => `- id: x\n  url: ftp://example.com/x.tgz\n  sha256: ${'a'.repeat(64)}\n`,
      /field "url"/,
    ],
    ['a list that is not a list', () => 'id: x', /must be a non-empty YAML list/],
  ])('rejects %s before touching the disk', async (_name, toolchains, message) => {
    const job = await runJob({
      inputs: {
        toolchains: toolchains(archives.hello.url),
        'cache-root': path.join(root, 'never-created'),
      },
    });
    expect(job.main.exitCode).toBe(1);
    expect(job.main.stdout).toMatch(message);
    expect(job.post?.exitCode).toBe(0);
    await expect(fs.stat(path.join(root, 'never-created'))).rejects.toThrow();
  });

  it('rejects a bad scalar input naming it', async () => {
    const job = await runJob({
      inputs: { toolchains: item('hello'), 'cache-root': root, 'wait-timeout': 'soon' },
    });
    expect(job.main.exitCode).toBe(1);
    expect(job.main.stdout).toMatch(/Input "wait-timeout" must be a whole number/);
  });

  it('16 concurrent cold jobs: exactly one download, the 15 others wait for it', async () => {
    const before = server.hits('/big.tar.gz');
    // The installer stops before extracting (a fault point) until all 15 others are waiting, so
    // however slowly the processes start, every other job really does find an install in progress.
    const faultDir = await fs.mkdtemp(path.join(tmp, 'fault-'));
    const inputs = { toolchains: item('big'), 'cache-root': root };
    const env = { TOOLCHAIN_CACHE_FAULT: 'extract', TOOLCHAIN_CACHE_FAULT_DIR: faultDir };
    const jobs = await Promise.all(Array.from({ length: 16 }, () => startJob({ inputs, env })));
    const marker = await waitForFile(faultDir, /^extract\.\d+$/);
    // The installer never logs that it waits; the 15 others each do before the install goes on.
    await atLeast(
      15,
      jobs.map((j) => j.mainLogged(/another job is installing it/, 120_000)),
    );
    await fs.writeFile(path.join(faultDir, `${marker}.resume`), '');
    const results = await Promise.all(jobs.map((j) => j.result));
    for (const r of results) expectSuccess(r);
    expect(server.hits('/big.tar.gz') - before).toBe(1);
    const sources = results.map(
      (r) => (JSON.parse(r.outputs.sources) as Record<string, string>).big,
    );
    expect(sources.filter((s) => s === 'download')).toHaveLength(1);
    expect(sources.filter((s) => s === 'peer')).toHaveLength(15);
    expect(new Set(results.map((r) => r.outputs.path)).size).toBe(1);
    expect((await readUses(await openCacheRoot(root), 'big')).records).toEqual([]);
  });

  it('kill -9 of the downloading job: a waiter takes over and completes the install', async () => {
    const before = server.hits('/slow.tar.gz');
    const inputs = { toolchains: item('slow'), 'cache-root': root };
    const first = await startJob({ inputs });
    const lockPath = path.join(root, 'locks', 'install-slow');
    // The install lock's owner is the downloading step process.
    let owner: { pid: number } | undefined;
    while (!owner || server.hits('/slow.tar.gz') === before) {
      owner = await readLockOwner(lockPath);
      await new Promise((r) => setTimeout(r, 20));
    }
    const second = await startJob({ inputs });
    // The installer dies only once the second job is queued on its install lock.
    await second.mainLogged(/another job is installing it/);
    expect(server.hits('/slow.tar.gz') - before).toBe(1);
    expect(first.process.exitCode, 'the downloading job is still running').toBeNull();
    process.kill(owner.pid, 'SIGKILL');
    const killed = await first.result;
    expect(killed.main.signal).toBe('SIGKILL');
    const survivor = await second.result;
    expectSuccess(survivor);
    expect(JSON.parse(survivor.outputs.sources)).toEqual({ slow: 'download' });
    expect(survivor.main.stdout).toContain('another job is installing it');
    expect(server.hits('/slow.tar.gz') - before).toBe(2);
    // The tree is complete and the dead installer's staging is gone.
    const tree = path.join(root, 'toolchains', 'slow', 'files');
    expect((await fs.stat(path.join(tree, 'blob'))).size).toBe(5 << 20);
    expect(await fs.readdir(path.join(root, 'staging'))).toEqual([]);
  });

  it('keeps a compile cache in the cache root (Node’s own from 22.1, the chunk cache before); a broken one is ignored', async () => {
    const version = execFileSync(stepNode(), ['--version'], { encoding: 'utf8' }).trim();
    const [major, minor] = version.slice(1).split('.').map(Number);
    const nodeHasOne = major > 22 || (major === 22 && minor >= 1);
    const inputs = { toolchains: item('hello'), 'cache-root': root };
    expectSuccess(await runJob({ inputs }));
    const cacheDir = path.join(root, 'compile-cache');
    const entries = (await fs.readdir(cacheDir)).filter((e) => e.includes(version));
    expect(entries).toEqual([
      nodeHasOne ? expect.stringMatching(/^v[\d.]+-/) : `chunks-${version}-${process.arch}`,
    ]);
    if (!nodeHasOne) {
      // The chunks a warm main and post load, written when each step exited.
      const chunks = path.join(cacheDir, entries[0]);
      const files = await fs.readdir(chunks);
      expect(files.length).toBeGreaterThanOrEqual(2);
      // Bytes V8 rejects: the step compiles the chunk again and writes a good cache in their place.
      for (const f of files) await fs.writeFile(path.join(chunks, f), 'not a code cache');
      const next = await runJob({ inputs });
      expectSuccess(next);
      expect(next.outputs['cache-hit']).toBe('true');
      // (the chunks only an install loads stay as they were until an install runs again)
      const sizes = await Promise.all(
        files.map(async (f) => (await fs.stat(path.join(chunks, f))).size),
      );
      expect(sizes.filter((size) => size > 1000).length).toBeGreaterThanOrEqual(2);
    }
    // A file where the directory should be: nothing can use it, and the job does not care.
    await fs.rm(cacheDir, { recursive: true, force: true });
    await fs.writeFile(cacheDir, 'not a directory');
    const warm = await runJob({ inputs });
    expectSuccess(warm);
    expect(warm.main.stdout + warm.main.stderr).not.toMatch(/compile cache/i);
    expect(warm.outputs['cache-hit']).toBe('true');
  });

  it('a job killed after main, with no post: its use is reclaimed', async () => {
    const job = await startJob({
      inputs: { toolchains: item('hello'), 'cache-root': root },
      holdBeforePost: true,
    });
    await job.mainDone();
    const layout = await openCacheRoot(root);
    const uses = (await readUses(layout, 'hello')).records.map((r) => r.use);
    expect(uses).toHaveLength(1);
    expect(uses[0].pid).toBe(job.process.pid);
    expect((await reclaimDeadUses(layout)).reclaimed).toEqual([]); // still alive: kept
    job.process.kill('SIGKILL');
    await job.result.catch(() => undefined);
    const { reclaimed } = await reclaimDeadUses(layout);
    expect(reclaimed.map((r) => r.id)).toEqual(['hello']);
    expect((await readUses(layout, 'hello')).records).toEqual([]);
  });
});
