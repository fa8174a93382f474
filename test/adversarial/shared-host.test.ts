// A shared host, tried as another job on it would: everything a job can write in the cache root
// (the registry, toolchains/, staging/) and every workflow input is the attacker's. No job can
// redirect, plant or swap what another job runs, nor make the GC remove what others just used;
// and two ids of which one is a prefix of the other install side by side.
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { scanTree, summarize, writeManifest } from '../../src/core/manifest.js';
import {
  adversarialFile,
  bundlesDir,
  type CaseContext,
  expectInstalled,
  mainLog,
  runCaseJob,
  type Sandbox,
} from '../helpers/adversarial-kit.js';
import { HEALTHY_ID, item, tarGz, toolFiles } from '../helpers/origin.js';
import { sourcesOf, type JobResult } from '../helpers/runner.js';
import { withScratchDir } from '../helpers/scratch.js';
import { startFakeCacheService, type FakeCacheService } from '../helpers/fake-cache-service.js';

const POSIX = process.platform !== 'win32';

const { origin, testCase } = adversarialFile('shared host');
let cacheService: FakeCacheService;

beforeAll(async () => {
  cacheService = await startFakeCacheService();
});

afterAll(async () => {
  await cacheService?.close();
});

const runs = (root: string, name: string): string =>
  spawnSync(path.join(root, 'bin', name), { encoding: 'utf8' }).stdout;

/** A directory outside the root holding `bin/<name>` that prints "evil" (part of the baseline). */
async function evilTree(sb: Sandbox, name: string): Promise<string> {
  const dir = await sb.plantOutside(`evil-${name}`);
  await fs.mkdir(path.join(dir, 'bin'));
  await fs.writeFile(path.join(dir, 'bin', name), '#!/bin/sh\necho evil\n', { mode: 0o755 });
  await sb.rebaseline();
  return dir;
}

/** Plants toolchains/<id>/ as an attacker can: a tree and a manifest, matching, claiming `sha256`. */
async function plantTree(sb: Sandbox, id: string, name: string, sha256: string): Promise<void> {
  const files = sb.layout.toolchainRoot(id);
  await fs.mkdir(path.join(files, 'bin'), { recursive: true });
  await fs.writeFile(path.join(files, 'bin', name), '#!/bin/sh\necho evil\n', { mode: 0o755 });
  const listing = await scanTree(files);
  await writeManifest(sb.layout.manifestFile(id), {
    schemaVersion: 1,
    id,
    sha256,
    url: 'https://example.invalid/evil.tar.gz',
    installedAt: new Date().toISOString(),
    ...summarize(listing),
    files: listing,
  });
}

/** The staging directory of the install of `id` in progress (exactly one). */
async function stageOf(sb: Sandbox, id: string): Promise<string> {
  const names = (await fs.readdir(sb.layout.stagingDir)).filter((n) =>
    new RegExp(`^${id.replaceAll('.', '\\.')}\\.[0-9a-f]{16}$`).test(n),
  );
  expect(names, `one staging directory of ${id}`).toHaveLength(1);
  return path.join(sb.layout.stagingDir, names[0]);
}

/**
 * A tree planted at toolchains/<name>-1.0 with a manifest claiming the real sha256, then `also`
 * (more damage): the job is not fooled; it downloads the real toolchain once and logs `message`.
 */
async function plantedNotAdopted(
  c: CaseContext,
  name: string,
  message: RegExp,
  also: (sb: Sandbox) => Promise<void>,
): Promise<void> {
  const sb = await c.sandbox();
  const { id, served } = origin.serveTool(name);
  await plantTree(sb, id, name, served.sha);
  await also(sb);
  const job = await sb.run(item(id, served));
  const log = mainLog(job);
  expect(job.main.exitCode, log).toBe(0);
  expect(sourcesOf(job)).toEqual({ [id]: 'download' });
  expect(origin.hits(served)).toBe(1);
  await expectInstalled(sb, id, name);
  expect(log).toMatch(message);
  await c.check(sb);
}

/**
 * Links to a precious file outside the root, planted at `names` in the staging directory of an
 * install of `<name>-1.0` stopped at its `fetch` fault point: they are removed as links, the file
 * is untouched (bytes and mode: c.check) and the install completes. `remote`: the tiers to use,
 * after `seed` (with the toolchains input) put the archive there.
 */
async function linksInStaging(
  c: CaseContext,
  name: string,
  names: string[],
  tier?: { remote: string; seed: (toolchains: string) => Promise<JobResult> },
): Promise<JobResult> {
  if (!POSIX) c.skip('symlinks need a privilege on Windows');
  const sb = await c.sandbox();
  const { id, served } = origin.serveTool(name);
  if (tier) {
    const seeder = await tier.seed(item(id, served));
    expect(seeder.main.exitCode, mainLog(seeder)).toBe(0);
  }
  const target = await sb.plantOutside(`${name}-target`, 'precious\n');
  const plant = async () => {
    const stage = await stageOf(sb, id);
    for (const n of names) await fs.symlink(target, path.join(stage, n));
  };
  const inputs: Record<string, string> = tier ? { remote: tier.remote } : {};
  const job = await sb.runPausedAt('fetch', item(id, served), plant, { inputs });
  expect(job.main.exitCode, mainLog(job)).toBe(0);
  expect(readFileSync(target, 'utf8')).toBe('precious\n');
  await expectInstalled(sb, id, name);
  await c.check(sb);
  return job;
}

describe.concurrent('shared host: no job redirects, plants or swaps what another runs', () => {
  testCase(
    'registry redirect: a path written into registry.json is ignored, the real toolchain runs, verify reports it',
    async (c: CaseContext) => {
      const sb = await c.sandbox();
      const { id, served } = origin.serveTool('redirect');
      const toolchains = item(id, served);
      expect((await sb.run(toolchains)).main.exitCode).toBe(0);
      const evil = await evilTree(sb, 'redirect');
      const doc = JSON.parse(readFileSync(sb.layout.registryFile, 'utf8')) as {
        entries: Record<string, Record<string, unknown>>;
      };
      doc.entries[id].path = evil;
      await fs.writeFile(sb.layout.registryFile, JSON.stringify(doc));

      const job = await sb.run(toolchains);
      expect(job.main.exitCode, mainLog(job)).toBe(0);
      expect(sourcesOf(job)).toEqual({ [id]: 'local' });
      expect(job.outputs.path).toBe(sb.toolchainRoot(id));
      expect(job.paths.join('\n')).not.toContain(evil);
      expect(runs(job.outputs.path, 'redirect')).toBe('redirect 1.0\n');

      const cli = path.join(bundlesDir(), 'dist', 'cli', 'index.js');
      const verify = spawnSync(process.execPath, [cli, 'verify', '--root', sb.root], {
        encoding: 'utf8',
      });
      expect(verify.stderr).toContain(`${id}: the registry records the path ${evil}`);
      expect(verify.stderr).toContain('it is ignored');
      await c.check(sb);
    },
  );

  testCase(
    "planted tree: a toolchains/<id> with a manifest claiming the victim's sha256 is not adopted; the job downloads and runs the real one",
    (c) =>
      plantedNotAdopted(
        c,
        'planted',
        /moving an unusable tree aside .*no install receipt vouches for it/,
        async () => undefined,
      ),
  );

  testCase(
    'planted tree, registry lost: the rebuild leaves it out (with a warning) and the job installs the real one',
    (c) =>
      plantedNotAdopted(c, 'rebuilt', /rebuild left out .*rebuilt-1\.0: no install receipt/, (sb) =>
        fs.rm(sb.layout.registryFile),
      ),
  );

  testCase(
    'staging race: a symlink planted at staging/<id>.<token>/archive is removed as a link, its target untouched; the install succeeds',
    async (c) => {
      const job = await linksInStaging(c, 'stagelink', ['archive']);
      expect(sourcesOf(job)).toEqual({ 'stagelink-1.0': 'download' });
    },
  );

  testCase(
    'staging race on a restore: links planted where a remote tier writes the archive are removed as links, their target untouched',
    (c) =>
      withScratchDir('tc-adv-share-', async (share) => {
        const remote = pathToFileURL(share).href;
        const job = await linksInStaging(c, 'tierlink', ['archive', 'archive.tier-0'], {
          remote,
          // Another host put the archive in the shared directory.
          seed: (toolchains) =>
            runCaseJob({
              inputs: { toolchains, 'cache-root': path.join(share, 'other-root'), remote },
            }),
        });
        expect(sourcesOf(job)).toEqual({ 'tierlink-1.0': 'remote' });
      }),
  );

  testCase(
    'staging race: an archive swapped after it was hashed is never installed, nor saved to the remote cache',
    async (c) => {
      const sb = await c.sandbox();
      const { id, served } = origin.serveTool('swap');
      const evil = tarGz(toolFiles('swap', '6.6'));
      const job = await sb.runPausedAt(
        'verified',
        item(id, served),
        async () => {
          const stage = await stageOf(sb, id);
          await fs.writeFile(path.join(stage, 'swapped'), evil);
          await fs.rename(path.join(stage, 'swapped'), path.join(stage, 'archive'));
        },
        { env: cacheService.env },
      );
      const log = mainLog(job);
      expect(job.main.exitCode, log).toBe(0);
      expect(job.post?.exitCode, job.post?.stdout).toBe(0);
      expect(cacheService.keys().filter((k) => k.includes(served.sha))).toEqual([]);
      expect(log).toMatch(/was replaced after it was verified .*will not be saved/);
      await expectInstalled(sb, id, 'swap'); // prints "swap 1.0": the verified bytes
      await c.check(sb);
    },
  );

  testCase(
    "GC as a weapon: a workflow's max-size: 1B and max-unused-days: 0 under the host's bounds remove nothing recent",
    async (c) => {
      const sb = await c.sandbox();
      const ids = ['gc-a-1.0', 'gc-b-1.0'];
      for (const id of ids) {
        const served = origin.serveTar(`${id}.tar.gz`, toolFiles(id.slice(0, 4)));
        const job = await sb.run(item(id, served));
        expect(job.main.exitCode, mainLog(job)).toBe(0);
      }
      const healthy = item(HEALTHY_ID, origin.healthyArchive());
      const attack = { toolchains: healthy, 'cache-root': sb.root, 'max-size': '1B' };
      const host = { TOOLCHAIN_CACHE_MAX_SIZE: '10GiB', TOOLCHAIN_CACHE_MAX_UNUSED_DAYS: '30' };
      const underHost = await runCaseJob({
        inputs: { ...attack, 'max-unused-days': '0' },
        env: host,
      });
      expect(underHost.post?.exitCode, underHost.post?.stdout).toBe(0);
      expect(underHost.post?.stdout).toMatch(
        /::notice::.*"max-size" \(1 bytes\) is overridden by TOOLCHAIN_CACHE_MAX_SIZE/,
      );
      expect(underHost.post?.stdout).toMatch(/overridden by TOOLCHAIN_CACHE_MAX_UNUSED_DAYS/);
      // And with no host bound, the workflow's size bound no longer skips the GC throttle.
      const alone = await runCaseJob({ inputs: attack });
      expect(alone.post?.stdout).toMatch(/GC not due: this host cleaned up recently/);
      for (const id of ids) expect(sb.registered(id), `${id} still registered`).toBe(true);
      for (const id of ids) expect(existsSync(sb.toolchainRoot(id)), `${id}'s tree`).toBe(true);
      await c.check(sb);
    },
  );

  testCase(
    'ids that are prefixes: go-1.22 installs while go-1.22.5 is mid-install; both succeed',
    async (c) => {
      const sb = await c.sandbox();
      const long = origin.serveTar('go-1.22.5.tar.gz', toolFiles('go', '1.0'));
      const short = origin.serveTar(
        'go-1.22.tar.gz',
        toolFiles('go', '1.0', [{ path: 'go-1.0/share/short.txt', content: 'the short one\n' }]),
      );
      const job = await sb.runPausedAt('verified', item('go-1.22.5', long), async () => {
        const other = await sb.run(item('go-1.22', short));
        expect(other.main.exitCode, mainLog(other)).toBe(0);
      });
      expect(job.main.exitCode, mainLog(job)).toBe(0);
      await expectInstalled(sb, 'go-1.22', 'go');
      await expectInstalled(sb, 'go-1.22.5', 'go');
      expect(existsSync(path.join(sb.toolchainRoot('go-1.22'), 'share', 'short.txt'))).toBe(true);
      await c.check(sb);
    },
  );

  testCase(
    'a hit checks the tree: a file a job changed is caught, the tree moved aside and installed again',
    async (c) => {
      if (!POSIX) c.skip('modes and inodes as on POSIX');
      const sb = await c.sandbox();
      const { id, served } = origin.serveTool('hitcheck');
      const toolchains = item(id, served);
      expect((await sb.run(toolchains)).main.exitCode).toBe(0);
      const tool = path.join(sb.toolchainRoot(id), 'bin', 'hitcheck');
      // What a job of another runner user can do: the file is read-only and not theirs, its
      // directory is the group's (2775): write a changed copy beside it, rename it over, same mode.
      await fs.writeFile(`${tool}.new`, `${await fs.readFile(tool, 'utf8')}echo tampered\n`);
      await fs.chmod(`${tool}.new`, 0o555);
      await fs.rename(`${tool}.new`, tool);
      const job = await sb.run(toolchains);
      const log = mainLog(job);
      expect(job.main.exitCode, log).toBe(0);
      expect(sourcesOf(job)).toEqual({ [id]: 'download' });
      await expectInstalled(sb, id, 'hitcheck');
      // Named once, as `verify` names it (not the directory the hit check saw change, twice).
      expect(log).toMatch(/not as it was installed \(modified: bin\/hitcheck\); moved it aside/);
      expect(log.match(/not as it was installed/g)).toHaveLength(1);
      await c.check(sb);
    },
  );
});
