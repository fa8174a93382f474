// A full disk, for real: the cache root is its own small tmpfs (Linux, as root; elsewhere these
// cases say why they cannot run). The disk fills during the download, during the extraction, and
// (with the installer paused at its registration by TOOLCHAIN_CACHE_FAULT=register and the disk
// filled meanwhile) during the registry write. Each fails its job alone with the device's own
// error, frees what it took, registers nothing, and the cache works again once there is room.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import {
  adversarialFile,
  type CaseContext,
  mainLog,
  type Sandbox,
  tmpfsUnavailable,
} from '../helpers/adversarial-kit.js';
import { HEALTHY_ID, item, type Served, tarGz, toolFiles } from '../helpers/origin.js';
import { readLockOwner } from '../../src/core/lock.js';
import { tarBytes } from '../helpers/archives.js';
import { removeJobDir } from '../helpers/runner.js';

const TMPFS_BYTES = 3 * 1024 * 1024;
const ENOSPC = /ENOSPC|no space left on device/i;
/**
 * The full-disk error (src/core/disk-full.ts): the file system, its free space, the device's own
 * error, the fix; never "download of URL failed" (the origin is not at fault).
 */
const DISK_FULL = (what: string): RegExp =>
  new RegExp(
    `${what} failed: no space left on .*the cache root .*, .* free \\(ENOSPC: no space left on device.*\\)\\. (.*)?` +
      'Free space on .*, or run `toolchain-cache gc --root .*` to remove unused toolchains now\\. ' +
      'No size bound is set',
  );
/** Each case has its own tmpfs: they overlap. */
const CONCURRENT = { concurrent: true };

const { origin, testCase } = adversarialFile('disk full');

async function freeBytes(dir: string): Promise<number> {
  const s = await fs.statfs(dir);
  return s.bavail * s.bsize;
}

/** Bytes on disk under `dir` (0 if absent). */
async function bytesUnder(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true }).catch(() => [] as string[]);
  const sizes = await Promise.all(
    entries.map(async (e) => (await fs.lstat(path.join(dir, e))).blocks * 512),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

/**
 * Free space, counting the steps' code cache as free: a step writes it when it exits (on Node 20
 * the chunks it loaded; an install loads chunks a hit does not), a speed-up the root keeps.
 */
async function freeBesidesCodeCache(root: string): Promise<number> {
  return (await freeBytes(root)) + (await bytesUnder(path.join(root, 'compile-cache')));
}

/** A sandbox whose root is a 3 MiB tmpfs, or a skip saying why there can be none. */
async function fullDiskSandbox(c: CaseContext): Promise<Sandbox> {
  const reason = tmpfsUnavailable();
  if (reason) c.skip(reason);
  return c.sandbox({ tmpfsBytes: TMPFS_BYTES });
}

/** Fills the file system of `dir` to the last byte; returns the filler's path. */
async function fill(dir: string): Promise<string> {
  const file = path.join(dir, 'filler');
  const fh = await fs.open(file, 'w');
  try {
    for (let chunk = 1 << 20; chunk >= 1;) {
      try {
        await fh.write(Buffer.alloc(chunk, 1));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
        chunk >>= 1;
      }
    }
  } finally {
    await fh.close();
  }
  return file;
}

/**
 * Installs `body` as `id` on a full-disk sandbox: the job fails cleanly with `message`, gives back
 * what it took, and the same root still works afterwards.
 */
async function failsCleanly(
  c: CaseContext,
  id: string,
  body: Buffer,
  message: RegExp,
): Promise<Served> {
  const sb = await fullDiskSandbox(c);
  const free = await freeBesidesCodeCache(sb.root);
  const served = origin.serve(`${id}.tar.gz`, body);
  const job = await sb.run(item(id, served));
  await sb.expectCleanFailure(job, id, message);
  expect(await freeBesidesCodeCache(sb.root)).toBeGreaterThanOrEqual(free - 64 * 1024);
  await expectStillWorks(sb);
  await c.check(sb);
  return served;
}

describe('a full disk fails the install cleanly and frees what it took', () => {
  testCase(
    'disk full during the download',
    async (c) => {
      // 8 MiB of random bytes: incompressible, so the download itself overflows the 3 MiB disk.
      const body = tarGz(
        toolFiles('fat', '1.0', [{ path: 'fat-1.0/blob', content: randomBytes(8 << 20) }]),
      );
      const served = await failsCleanly(c, 'fat-1.0', body, DISK_FULL('fat-1\\.0: installing'));
      expect(origin.hits(served)).toBe(1); // a full disk is not a network fault: no retry
    },
    CONCURRENT,
  );

  testCase(
    'disk full during the extraction',
    async (c) => {
      // 16 MiB of zeros: a few KiB to download, far more than the disk once unpacked (yet well
      // under the archive-bomb cap, so it is the disk that stops it).
      const body = gzipSync(
        tarBytes(
          toolFiles('wide', '1.0', [{ path: 'wide-1.0/zeros', content: Buffer.alloc(16 << 20) }]),
        ),
      );
      expect(body.length).toBeLessThan(256 * 1024);
      await failsCleanly(c, 'wide-1.0', body, DISK_FULL('wide-1\\.0: installing'));
    },
    CONCURRENT,
  );

  testCase(
    'disk full during the registry write',
    async (c) => {
      const sb = await fullDiskSandbox(c);
      const served = origin.serveTar('late.tar.gz', toolFiles('late', '1.0'));
      const before = sb.registryDoc();
      let filler = '';
      const result = await sb.runPausedAt('register', item('late-1.0', served), async () => {
        // The tree is in place, the registration is next: take the last byte of the disk away.
        filler = await fill(sb.root);
      });
      const log = mainLog(result);
      expect(result.main.exitCode, log).toBe(1);
      expect(log).toMatch(ENOSPC);
      expect(log).toMatch(DISK_FULL('late-1\\.0: installing'));
      expect(result.post?.exitCode, result.post?.stdout).toBe(0);
      // Nothing registered: the registry is still exactly the last good generation.
      expect(sb.registryDoc()).toEqual(before);
      expect((await fs.readdir(sb.root)).filter((n) => n.includes('.tmp-'))).toEqual([]);
      expect(
        (await fs.readdir(sb.layout.stagingDir)).filter((n) => n.startsWith('late-1.0.')),
      ).toEqual([]);
      expect(await readLockOwner(sb.layout.lockPath('install-late-1.0'))).toBeUndefined();
      // Room again: the next job adopts the complete tree instead of downloading it again.
      await fs.rm(filler);
      const hits = origin.hits(served);
      const next = await sb.run(item('late-1.0', served));
      expect(next.main.exitCode, mainLog(next)).toBe(0);
      expect(mainLog(next)).toMatch(
        /late-1\.0: adopting a complete install whose registration was interrupted/,
      );
      expect(origin.hits(served)).toBe(hits);
      expect(sb.registered('late-1.0')).toBe(true);
      await c.check(sb);
    },
    CONCURRENT,
  );
});

describe('a full disk on a warm hit', () => {
  testCase(
    'a hit that cannot record its use stops, saying why and what to free',
    async (c) => {
      const sb = await fullDiskSandbox(c);
      const healthy = origin.healthyArchive();
      expect((await sb.run(item(HEALTHY_ID, healthy))).main.exitCode).toBe(0);
      const filler = await fill(sb.root);
      const job = await sb.run(item(HEALTHY_ID, healthy));
      const log = mainLog(job);
      expect(job.main.exitCode, log).toBe(1);
      expect(log).toMatch(
        DISK_FULL(
          `${HEALTHY_ID.replaceAll('.', '\\.')}: it is installed, but recording this job's use of it`,
        ),
      );
      expect(log).toMatch(
        /A hit without a use record would not be safe from GC \(a GC could remove the toolchain while this job runs it\), so the step stops\./,
      );
      expect(job.post?.exitCode, job.post?.stdout).toBe(0);
      // Room again: a hit as before.
      await fs.rm(filler);
      const next = await sb.run(item(HEALTHY_ID, healthy));
      expect(next.main.exitCode, mainLog(next)).toBe(0);
      expect(JSON.parse(next.outputs.sources)).toEqual({ [HEALTHY_ID]: 'local' });
      await c.check(sb);
    },
    CONCURRENT,
  );
});

describe('a full disk in the post step', () => {
  testCase(
    'a state file that cannot be written is a warning naming the disk and the fix; the job passes',
    async (c) => {
      const sb = await fullDiskSandbox(c);
      const healthy = origin.healthyArchive();
      expect((await sb.run(item(HEALTHY_ID, healthy))).main.exitCode).toBe(0);
      const job = await sb.start(item(HEALTHY_ID, healthy), { holdBeforePost: true });
      let filler = '';
      try {
        await job.mainDone();
        filler = await fill(sb.root);
        await job.continuePost();
        const result = await job.result;
        const post = result.post?.stdout ?? '';
        expect(result.main.exitCode, mainLog(result)).toBe(0);
        expect(result.post?.exitCode, post).toBe(0);
        // The statistics (stats.json) cannot be written: named like main names a full disk.
        expect(post).toMatch(
          /::warning::toolchain-cache post step: statistics failed: no space left on .*the cache root .* free \(ENOSPC.*\)\. Free space on /,
        );
      } finally {
        await removeJobDir(job);
        if (filler) await fs.rm(filler);
      }
      await c.check(sb);
    },
    CONCURRENT,
  );
});

/** The same root still serves and installs: the healthy toolchain, and a small new one. */
async function expectStillWorks(sb: Sandbox): Promise<void> {
  const small = origin.serveTar('small.tar.gz', toolFiles('small', '1.0'));
  const healthy = origin.healthyArchive();
  const job = await sb.run(item(HEALTHY_ID, healthy) + item('small-1.0', small));
  expect(job.main.exitCode, mainLog(job)).toBe(0);
  expect(JSON.parse(job.outputs.sources)).toEqual({
    [HEALTHY_ID]: 'local',
    'small-1.0': 'download',
  });
}
