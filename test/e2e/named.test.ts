// Named toolchains end to end: the built bundles under a simulated runner resolve `node@…` from a
// nodejs.org-layout origin on 127.0.0.1 (the host's mirror), through the same install pipeline as
// {id, url, sha256} items. Requests are counted at the origin.
import { execFileSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/http-server.js';
import { NodeDist, nodeArchive, type Release } from '../helpers/node-dist.js';
import { node24Archive } from '../helpers/node24-archive.js';
import { startVendorOrigin } from '../helpers/vendor-origin.js';
import { sha256 } from '../helpers/origin.js';
import { REPO_ROOT, runJob, startJob, type JobResult } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const scratch = scratchDirForFile('tc-named-e2e-');
let paths = 0;
/** A fresh path in the file's scratch directory. */
const fresh = (name: string): string => path.join(scratch(), `${name}-${++paths}`);
const linux = process.platform === 'linux' && process.arch === 'x64';
const rootUser = linux && process.getuid?.() === 0;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());

let distCount = 0;
function newDist(releases: Release[]): NodeDist {
  const dist = new NodeDist(server, `/dist${++distCount}`);
  dist.serve(releases);
  return dist;
}

const mirrorEnv = (dist: NodeDist) => ({ TOOLCHAIN_CACHE_MIRROR_NODE: dist.base });
const versions = (job: JobResult) =>
  JSON.parse(job.outputs.versions || '{}') as Record<string, string>;
const ok = (job: JobResult) => expect(job.main.exitCode, job.main.stdout + job.main.stderr).toBe(0);

describe.runIf(linux)('named toolchains (linux-x64)', () => {
  it('16 concurrent cold jobs with node@24: one index request, one checksum file, one download', async () => {
    const dist = newDist([
      { version: '24.2.0', archive: nodeArchive('24.2.0') },
      { version: '22.9.0', archive: nodeArchive('22.9.0') },
    ]);
    const root = fresh('root');
    const inputs = { toolchains: '- node@24\n', 'cache-root': root };
    const jobs = await Promise.all(
      Array.from({ length: 16 }, () => startJob({ inputs, env: mirrorEnv(dist) })),
    );
    const results = await Promise.all(jobs.map((j) => j.result));
    for (const job of results) {
      ok(job);
      expect(versions(job)).toEqual({ 'node@24': '24.2.0' });
      expect(job.paths[0]).toBe(
        path.join(root, 'toolchains', 'node-24.2.0-linux-x64', 'files', 'bin'),
      );
    }
    expect(dist.hits('/index.json')).toBe(1);
    expect(dist.hits('/v24.2.0/SHASUMS256.txt')).toBe(1);
    expect(dist.hits('/v24.2.0/node-v24.2.0-linux-x64.tar.xz')).toBe(1);
    // The same job later: a hit from the host's table, nothing asked.
    const warm = await runJob({ inputs, env: mirrorEnv(dist) });
    ok(warm);
    expect(warm.outputs['cache-hit']).toBe('true');
    expect(dist.hits('/index.json')).toBe(1);
  }, 120_000);

  it('a lockfile pinning an older version while the index moved on: the pinned one, no index request', async () => {
    const old = nodeArchive('24.1.0');
    const dist = newDist([
      { version: '24.3.0', archive: nodeArchive('24.3.0') },
      { version: '24.1.0', archive: old },
    ]);
    const lockfile = fresh('toolchains.lock.json');
    const entry = {
      id: 'node-24.1.0-linux-x64',
      version: '24.1.0',
      url: 'https://nodejs.org/dist/v24.1.0/node-v24.1.0-linux-x64.tar.xz',
      sha256: sha256(old),
      size: old.length,
    };
    await fs.writeFile(
      lockfile,
      JSON.stringify({ lockfileVersion: 1, toolchains: { 'node@24': { 'linux-x64': entry } } }),
    );
    const job = await runJob({
      inputs: {
        toolchains: '- node@24\n- node@22\n',
        'cache-root': fresh('root'),
        lockfile,
      },
      env: mirrorEnv(dist),
    });
    // node@22 is not locked (and not served): the job fails on it, after the pinned node@24 was
    // resolved without a request.
    expect(job.main.stdout).toContain('node@22');
    expect(dist.hits('/index.json')).toBe(1); // node@22's resolution, not node@24's
    const pinned = await runJob({
      inputs: { toolchains: '- node@24\n', 'cache-root': fresh('root2'), lockfile },
      env: mirrorEnv(dist),
    });
    ok(pinned);
    expect(versions(pinned)).toEqual({ 'node@24': '24.1.0' });
    expect(dist.hits('/index.json')).toBe(1);
    expect(dist.hits('/v24.1.0/node-v24.1.0-linux-x64.tar.xz')).toBe(1);
  }, 60_000);

  it('a spec missing from the lockfile: a warning and a summary line with the entry to add', async () => {
    const dist = newDist([{ version: '24.2.0', archive: nodeArchive('24.2.0') }]);
    const lockfile = fresh('empty.lock.json');
    await fs.writeFile(lockfile, JSON.stringify({ lockfileVersion: 1, toolchains: {} }));
    const running = await startJob({
      inputs: { toolchains: '- node@24\n', 'cache-root': fresh('root'), lockfile },
      env: mirrorEnv(dist),
    });
    const job = await running.result;
    ok(job);
    // The vendor's per-job setup: a global npm prefix outside the tree, its bin first on PATH.
    const prefix = path.join(
      running.workDir,
      'temp',
      'toolchain-cache',
      'npm-prefix',
      'node-24.2.0-linux-x64',
    );
    expect(await fs.readFile(path.join(running.workDir, 'env'), 'utf8')).toContain(prefix);
    expect(job.nextStepPath.split(path.delimiter)[0]).toBe(path.join(prefix, 'bin'));
    const entry = `"node@24": { "linux-x64": {"id":"node-24.2.0-linux-x64","version":"24.2.0","url":"https://nodejs.org/dist/v24.2.0/node-v24.2.0-linux-x64.tar.xz"`;
    expect(job.main.stdout).toMatch(/::warning::node@24 on linux-x64 is not in the lockfile/);
    expect(job.main.stdout).toContain(entry);
    expect(job.summary).toContain('node@24 on linux-x64 is not locked');
    expect(job.summary).toContain('&quot;node@24&quot;: { &quot;linux-x64&quot;');
  }, 60_000);

  it('the vendor down: the cached index of any age with a warning; no copy: an error naming the URL', async () => {
    const dist = newDist([{ version: '24.2.0', archive: nodeArchive('24.2.0') }]);
    const root = fresh('root');
    const first = await runJob({
      inputs: { toolchains: '- node@24\n', 'cache-root': root },
      env: mirrorEnv(dist),
    });
    ok(first);
    server.route(`${dist.prefix}/index.json`, { fault: 'reset' });
    const env = { ...mirrorEnv(dist), TOOLCHAIN_CACHE_INDEX_TTL: '0' };
    const down = await runJob({ inputs: { toolchains: '- node@24\n', 'cache-root': root }, env });
    ok(down);
    expect(down.main.stdout).toMatch(
      new RegExp(
        `::warning::Could not read ${dist.base}/index.json: .*Using the copy cached on this host \\d+ s ago`,
      ),
    );
    expect(versions(down)).toEqual({ 'node@24': '24.2.0' });
    const cold = await runJob({
      inputs: { toolchains: '- node@24\n', 'cache-root': fresh('cold') },
      env,
    });
    expect(cold.main.exitCode).not.toBe(0);
    expect(cold.main.stdout).toContain(`Could not read ${dist.base}/index.json`);
    expect(cold.main.stdout).toContain('No copy of it is cached on this host');
  }, 60_000);

  it("an archive that does not match the vendor's checksum names both digests and installs nothing", async () => {
    const archive = nodeArchive('24.2.0');
    const dist = newDist([{ version: '24.2.0', archive, claimed: 'e'.repeat(64) }]);
    const root = fresh('root');
    const job = await runJob({
      inputs: { toolchains: '- node@24\n', 'cache-root': root },
      env: mirrorEnv(dist),
    });
    expect(job.main.exitCode).not.toBe(0);
    expect(job.main.stdout).toContain('e'.repeat(64));
    expect(job.main.stdout).toContain(sha256(archive));
    expect(await fs.readdir(path.join(root, 'toolchains'))).toEqual([]);
  }, 60_000);

  it.runIf(rootUser)(
    'a mirror from the host file beats the environment',
    async () => {
      const dist = newDist([{ version: '24.2.0', archive: nodeArchive('24.2.0') }]);
      const job = await runJob({
        inputs: { toolchains: '- node@24\n', 'cache-root': fresh('root') },
        env: { TOOLCHAIN_CACHE_MIRROR_NODE: 'http://127.0.0.1:9/nowhere' },
        hostConfig: { mirrors: { node: dist.base } },
      });
      ok(job);
      expect(versions(job)).toEqual({ 'node@24': '24.2.0' });
      expect(dist.hits('/v24.2.0/node-v24.2.0-linux-x64.tar.xz')).toBe(1);
    },
    60_000,
  );

  it('a warm hit with named items loads no vendor module and no HTTP code', async () => {
    const dist = newDist([{ version: '24.2.0', archive: nodeArchive('24.2.0') }]);
    const archive = nodeArchive('22.9.0');
    const lockDist = newDist([{ version: '22.9.0', archive }]);
    const markers = [
      'osx-arm64-tar',
      'Using the copy cached on this host',
      'refusing redirect from https to http',
    ];
    const actionDir = fresh('action');
    for (const step of ['main', 'post']) {
      const dir = path.join(actionDir, 'dist', step);
      await fs.cp(path.join(REPO_ROOT, 'dist', step), dir, { recursive: true });
      for (const name of await fs.readdir(dir)) {
        if (!/^\d+\.index\.js$/.test(name)) continue;
        const text = await fs.readFile(path.join(dir, name), 'utf8');
        if (markers.some((m) => text.includes(m))) await fs.rm(path.join(dir, name));
      }
    }
    await fs.copyFile(path.join(REPO_ROOT, 'action.yml'), path.join(actionDir, 'action.yml'));
    const root = fresh('root');
    const inputs = { toolchains: '- node@24\n', 'cache-root': root };
    ok(await runJob({ inputs, env: mirrorEnv(dist) }));
    const warm = await runJob({ inputs, env: mirrorEnv(dist), actionDir });
    ok(warm);
    expect(warm.outputs['cache-hit']).toBe('true');
    expect(warm.main.stdout + warm.post?.stdout).not.toContain('::warning::');
    // From a lockfile on a host whose table never saw the spec: the same.
    const lockfile = fresh('lock.json');
    await fs.writeFile(
      lockfile,
      JSON.stringify({
        lockfileVersion: 1,
        toolchains: {
          'node@22': {
            'linux-x64': {
              id: 'node-22.9.0-linux-x64',
              version: '22.9.0',
              url: 'https://nodejs.org/dist/v22.9.0/node-v22.9.0-linux-x64.tar.xz',
              sha256: sha256(archive),
            },
          },
        },
      }),
    );
    const locked = { toolchains: '- node@22\n', 'cache-root': root, lockfile };
    ok(await runJob({ inputs: locked, env: mirrorEnv(lockDist) }));
    const warmLocked = await runJob({
      inputs: { ...locked, toolchains: '- node@22\n' },
      env: mirrorEnv(lockDist),
      actionDir,
    });
    ok(warmLocked);
    expect(warmLocked.outputs['cache-hit']).toBe('true');
    // The stripped bundles do need those chunks to resolve: the test can tell.
    const miss = await runJob({
      inputs: { toolchains: '- node@24\n', 'cache-root': fresh('other') },
      env: mirrorEnv(dist),
      actionDir,
    });
    expect(miss.main.exitCode).not.toBe(0);
    expect(miss.main.stdout).toMatch(/Cannot find module .*index\.js/);
  }, 120_000);

  it('the real Node 24: node@24, then `node --version` from PATH prints it', async () => {
    const a = await node24Archive();
    if (!a) return;
    const origin = await startVendorOrigin();
    try {
      origin.publishNode(a.version, {
        platforms: ['linux-x64'],
        archives: { 'linux-x64': { body: readFileSync(a.file) } },
      });
      const job = await runJob({
        inputs: { toolchains: '- node@24\n', 'cache-root': fresh('root') },
        env: { TOOLCHAIN_CACHE_MIRROR_NODE: origin.base.node },
      });
      ok(job);
      expect(versions(job)).toEqual({ 'node@24': a.version });
      const printed = execFileSync('node', ['--version'], {
        env: { PATH: job.nextStepPath },
        encoding: 'utf8',
      });
      expect(printed).toBe(`v${a.version}\n`);
      expect(
        origin.requests.filter((r) => r.path.endsWith(`/v${a.version}/${a.name}`)),
      ).toHaveLength(1);
    } finally {
      await origin.close();
    }
  }, 300_000);
});
