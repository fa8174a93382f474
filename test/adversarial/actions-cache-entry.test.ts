// GitHub cache entries, as a workflow of the same repository can write them: any job of the
// repository (a GitHub-hosted runner, a compromised low-privilege workflow) can save an entry under
// the key this action restores. Each entry here is first saved by the REAL @actions/cache
// saveCache (a job's post step, against the stand-in service), then rewritten the way such a
// workflow could. Restoring one writes nothing but the staging directory — not the host, not
// the workspace — and yields the genuine archive or nothing; every read is bounded.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  actionsCacheTier,
  remoteCacheKey,
  transitMember,
} from '../../src/providers/actions-cache.js';
import type { ToolchainSpec } from '../../src/core/spec.js';
import { TierChain } from '../../src/providers/chain.js';
import { saveToTiers } from '../../src/providers/save.js';
import {
  adversarialFile,
  bundlesDir,
  expectInstalled,
  mainLog,
  runCaseJob,
  type Sandbox,
} from '../helpers/adversarial-kit.js';
import { compress, tarBytes, type FileSpec } from '../helpers/archives.js';
import { startFakeCacheService, type FakeCacheService } from '../helpers/fake-cache-service.js';
import { item, sha256, type Served } from '../helpers/origin.js';
import { removeJobDir, sourcesOf, startJob, type JobResult } from '../helpers/runner.js';
import { withScratchDir } from '../helpers/scratch.js';

const { origin, testCase } = adversarialFile('GitHub cache entries');
let service: FakeCacheService;
/** Where the hostile members aim (`/tmp/<unique>/…`): it must never come to exist. */
let target: string | undefined;

beforeAll(async () => {
  service = await startFakeCacheService();
});
afterAll(() => service?.close());
afterEach(async () => {
  if (target) await fs.rm(target, { recursive: true, force: true });
  target = undefined;
});

const GZIP = Buffer.from([0x1f, 0x8b]);

/** The entry's tar stream, and how to compress a rewritten one the same way. */
function unpackEntry(blob: Buffer): { tar: Buffer; pack: (tar: Buffer) => Buffer } {
  if (blob.subarray(0, 2).equals(GZIP))
    return { tar: zlib.gunzipSync(blob), pack: (t) => compress(t, 'gz') };
  const r = spawnSync('zstd', ['-dc'], { input: blob, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`zstd -dc: ${r.stderr.toString()}`);
  return { tar: r.stdout, pack: (t) => compress(t, 'zst') };
}

/** Tar members to put in front of an entry's own (without tarBytes' end-of-archive blocks). */
const membersBefore = (files: FileSpec[]): Buffer => {
  const bytes = tarBytes(files);
  return bytes.subarray(0, bytes.length - 1024);
};

/** A host that never saw `id` downloads it, and its post step saves it (the real saveCache). */
async function seedEntry(id: string, served: Served): Promise<string> {
  const key = remoteCacheKey({ id, sha256: served.sha });
  await withScratchDir('tc-adv-acseed-', async (dir) => {
    const job = await runCaseJob({
      inputs: { toolchains: item(id, served), 'cache-root': path.join(dir, 'root') },
      env: service.envV2,
    });
    expect(job.post?.stdout).toContain(`${id}: saved the archive to actions-cache`);
  });
  expect(service.keys()).toContain(key);
  return key;
}

/** Rewrites the stored entry under `key`: `rewrite` gets its tar stream and gives the new one. */
function rewriteEntry(key: string, rewrite: (tar: Buffer) => Buffer): void {
  const { tar, pack } = unpackEntry(service.entryOf(key)!.blob);
  service.setBlob(key, pack(rewrite(tar)));
}

/**
 * A job on the sandbox's root that asks for `id`, the cache service on: its result, and what its
 * workspace held once main was done (the old client extracted entries there).
 */
async function restoringJob(
  sb: Sandbox,
  id: string,
  served: Served,
): Promise<{ job: JobResult; workspace: string[] }> {
  const running = await startJob({
    inputs: { toolchains: item(id, served), 'cache-root': sb.root },
    env: service.envV2,
    actionDir: bundlesDir(),
    holdBeforePost: true,
  });
  try {
    await running.mainDone();
    const workspace = await fs.readdir(path.join(running.workDir, 'workspace'));
    await running.continuePost();
    return { job: await running.result, workspace };
  } finally {
    await removeJobDir(running);
  }
}

testCase(
  'an entry rewritten with absolute, ../ and symlink members: nothing written outside staging, the genuine archive restored',
  async (c) => {
    const sb = await c.sandbox({ healthy: false });
    const aim = (target = path.join(os.tmpdir(), `tc-adv-acpwn-${randomBytes(6).toString('hex')}`));
    const { id, served } = origin.serveTool('acentry');
    const key = await seedEntry(id, served);
    rewriteEntry(key, (tar) =>
      Buffer.concat([
        membersBefore([
          { path: `${aim}/abs`, content: 'pwned\n' },
          { path: path.join(sb.outside, 'abs'), content: 'pwned\n' },
          { path: `${'../'.repeat(24)}${aim.slice(1)}/dotdot`, content: 'pwned\n' },
          { path: '.toolchain-cache/out', type: 'symlink', linkTarget: aim },
          { path: '.toolchain-cache/out/through', content: 'pwned\n' },
          { path: '.toolchain-cache/', type: 'directory' },
        ]),
        tar,
      ]),
    );
    const { job, workspace } = await restoringJob(sb, id, served);
    expect(job.main.exitCode, mainLog(job)).toBe(0);
    expect(existsSync(aim), `${aim} was written`).toBe(false);
    expect(workspace, 'the workspace after main').toEqual([]);
    expect(sourcesOf(job)).toEqual({ [id]: 'remote' });
    expect(mainLog(job)).not.toContain('::warning::');
    expect(origin.hits(served)).toBe(1); // the seeding job's download only
    await expectInstalled(sb, id, 'acentry');
    await c.check(sb);
  },
);

testCase(
  'an entry whose archive member is a symlink: refused, nothing followed; the origin serves it',
  async (c) => {
    const sb = await c.sandbox({ healthy: false });
    const { id, served } = origin.serveTool('aclink');
    const key = await seedEntry(id, served);
    rewriteEntry(key, () =>
      tarBytes([
        {
          path: transitMember(id),
          type: 'symlink',
          linkTarget: path.join(sb.outside, 'secret'),
        },
      ]),
    );
    const { job, workspace } = await restoringJob(sb, id, served);
    expect(job.main.exitCode, mainLog(job)).toBe(0);
    expect(mainLog(job)).toMatch(
      new RegExp(
        `remote tier actions-cache: restoring ${id}: .*${transitMember(id)} is a SymbolicLink, not a regular file: refused`,
      ),
    );
    expect(sourcesOf(job)).toEqual({ [id]: 'download' });
    expect(workspace).toEqual([]);
    await expectInstalled(sb, id, 'aclink');
    await c.check(sb);
  },
);

/** Runs `fn` in this process with the service's environment and a workspace of its own. */
async function inProcess<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  return withScratchDir('tc-adv-acproc-', async (dir) => {
    await fs.mkdir(path.join(dir, 'workspace'));
    await fs.mkdir(path.join(dir, 'temp'));
    Object.assign(process.env, service.envV2, {
      GITHUB_WORKSPACE: path.join(dir, 'workspace'),
      RUNNER_TEMP: path.join(dir, 'temp'),
    });
    const cwd = process.cwd();
    process.chdir(path.join(dir, 'workspace')); // saveCache resolves its paths from here
    try {
      return await fn(dir);
    } finally {
      process.chdir(cwd);
      process.env = saved;
    }
  });
}

function recordingLog() {
  const lines: string[] = [];
  return {
    warnings: () => lines.filter((l) => l.startsWith('warning: ')),
    info: (m: string) => void lines.push(`info: ${m}`),
    warning: (m: string) => void lines.push(`warning: ${m}`),
    debug: (m: string) => void lines.push(`debug: ${m}`),
  };
}

/** Saves a random archive of `id` through the tier (the real saveCache): its ref and key. */
async function savedArchive(dir: string, id: string) {
  const body = randomBytes(64 * 1024);
  const ref = { id, sha256: sha256(body) } as ToolchainSpec;
  const file = path.join(dir, 'archive');
  await fs.writeFile(file, body);
  const log = recordingLog();
  await saveToTiers(
    [{ ...ref, archivePath: file }],
    new TierChain([actionsCacheTier()], log, 20_000),
    log,
  );
  expect(service.keys()).toContain(remoteCacheKey(ref));
  return { ref, key: remoteCacheKey(ref) };
}

const CAP = 4 * 1024 * 1024;

testCase(
  'an entry with no length that never ends: refused at the cap, soon, its blob removed',
  async () => {
    await inProcess(async (dir) => {
      const { ref } = await savedArchive(dir, 'acendless-1.0');
      service.setBlobEndless(true);
      try {
        const log = recordingLog();
        const sent = service.blobBytesSent();
        const started = Date.now();
        const chain = new TierChain([actionsCacheTier({ maxEntryBytes: CAP })], log, 5000);
        const staging = path.join(dir, 'staging');
        await fs.mkdir(staging);
        expect(await chain.restore(ref, path.join(staging, 'archive'))).toBeUndefined();
        expect(Date.now() - started).toBeLessThan(4000);
        expect(log.warnings()).toEqual([
          expect.stringContaining(`the cache entry is larger than ${CAP} bytes (the cap): refused`),
        ]);
        // What the server got out before the reader hung up: the cap and socket buffers, no more.
        expect(service.blobBytesSent() - sent).toBeLessThan(CAP + 16 * 1024 * 1024);
        expect(await fs.readdir(staging)).toEqual([]);
      } finally {
        service.setBlobEndless(false);
      }
    });
  },
);

testCase(
  'an entry that unpacks to far more than it holds: refused at the cap, our member never written',
  async () => {
    await inProcess(async (dir) => {
      const { ref, key } = await savedArchive(dir, 'acbomb-1.0');
      // 64 MiB of zeros in front of our member: a few KiB once compressed.
      const zeros: FileSpec = { path: 'zeros', content: Buffer.alloc(64 * 1024 * 1024) };
      rewriteEntry(key, (tar) => Buffer.concat([membersBefore([zeros]), tar]));
      expect(service.entryOf(key)!.blob.length).toBeLessThan(CAP / 8);
      const log = recordingLog();
      const started = Date.now();
      const chain = new TierChain([actionsCacheTier({ maxEntryBytes: CAP })], log, 5000);
      const staging = path.join(dir, 'staging');
      await fs.mkdir(staging);
      expect(await chain.restore(ref, path.join(staging, 'archive'))).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(4000);
      expect(log.warnings()).toEqual([
        expect.stringContaining(`unpacks to more than ${CAP} bytes: refused`),
      ]);
      expect(await fs.readdir(staging)).toEqual([]);
    });
  },
);
