// The actions-cache tier against the stand-in cache service, in both protocols (v2: twirp under
// ACTIONS_RESULTS_URL, as current runners use; v1: REST under ACTIONS_CACHE_URL, as GHES serves):
// entries saved by the real @actions/cache saveCache, read back by the tier's own client.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { ToolchainSpec } from '../src/core/spec.js';
import { HttpClient } from '@actions/http-client';
import {
  actionsCacheTier,
  cacheClientRequests,
  remoteCacheKey,
  transitPath,
} from '../src/providers/actions-cache.js';
import { cacheVersion } from '../src/providers/actions-cache/service.js';
// The library's own computation, from its internals (the package exports only cache.js).
import { getCacheVersion } from '../node_modules/@actions/cache/lib/internal/cacheUtils.js';
import { CompressionMethod } from '../node_modules/@actions/cache/lib/internal/constants.js';
import { watchRequests } from '../src/providers/http-watch.js';
import { TierChain } from '../src/providers/chain.js';
import { saveToTiers } from '../src/providers/save.js';
import type { StorageTier } from '../src/providers/types.js';
import { startFakeCacheService, type FakeCacheService } from './helpers/fake-cache-service.js';
import { makeTempDir, removeTempDir } from './helpers/procs.js';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function recordingLog() {
  const lines: string[] = [];
  return {
    lines,
    warnings: () => lines.filter((l) => l.startsWith('warning: ')),
    info: (m: string) => void lines.push(`info: ${m}`),
    warning: (m: string) => void lines.push(`warning: ${m}`),
    debug: (m: string) => void lines.push(`debug: ${m}`),
  };
}

let service: FakeCacheService;
let tmp: string;
const savedEnv = { ...process.env };
// The service outlives each test: every test has an archive (and so a key) of its own.
let body: Buffer;
let spec: ToolchainSpec;
let archive: string;

beforeAll(async () => {
  service = await startFakeCacheService();
});
afterAll(() => service.close());
beforeEach(async () => {
  tmp = await makeTempDir('tc-ac-');
  for (const d of ['workspace', 'temp']) await fs.mkdir(path.join(tmp, d));
  Object.assign(process.env, service.envV2, {
    GITHUB_WORKSPACE: path.join(tmp, 'workspace'),
    RUNNER_TEMP: path.join(tmp, 'temp'),
  });
  // A runner starts every step in the workspace; the client resolves the saved paths from there.
  process.chdir(path.join(tmp, 'workspace'));
  body = Buffer.from(`a toolchain archive ${randomBytes(8).toString('hex')}\n`.repeat(2000));
  spec = { id: 'tool-ac', sha256: sha(body) } as ToolchainSpec;
  archive = path.join(tmp, 'archive');
  await fs.writeFile(archive, body);
  service.setFault(undefined);
});
const startDir = process.cwd();
afterEach(async () => {
  process.chdir(startDir);
  process.env = { ...savedEnv };
  await removeTempDir(tmp);
});

it('saves and restores through the v2 protocol', async () => {
  const log = recordingLog();
  const chain = new TierChain([actionsCacheTier()], log, 20_000);
  expect(await chain.restore(spec, path.join(tmp, 'miss'))).toBeUndefined();
  expect(await saveToTiers([{ ...spec, archivePath: archive }], chain, log)).toEqual([
    { id: 'tool-ac', tier: 'actions-cache', saved: true },
  ]);
  const dest = path.join(tmp, 'restored');
  const other = new TierChain([actionsCacheTier()], log, 20_000);
  expect(await other.restore(spec, dest)).toEqual({ tier: 'actions-cache' });
  expect(await fs.readFile(dest)).toEqual(body);
  // Found by a lookup: not saved twice.
  expect(await saveToTiers([{ ...spec, archivePath: archive }], other, log)).toEqual([]);
  expect(log.warnings()).toEqual([]);
  expect(await fs.readdir(path.join(tmp, 'workspace'))).toEqual([]);
});

it('a slow transfer that keeps moving is not abandoned, however long it takes', async () => {
  const big = randomBytes(1536 * 1024); // incompressible: the blob stays ~24 pieces
  const bigSpec = { id: 'tool-slow', sha256: sha(big) } as ToolchainSpec;
  await fs.writeFile(archive, big);
  const log = recordingLog();
  await saveToTiers(
    [{ ...bigSpec, archivePath: archive }],
    new TierChain([actionsCacheTier()], log, 20_000),
    log,
  );
  // ~3.6 s for the whole blob, never 1 s without a piece.
  service.setBlobPace(150);
  try {
    const chain = new TierChain([actionsCacheTier()], log, 1000);
    const started = Date.now();
    expect(await chain.restore(bigSpec, path.join(tmp, 'restored'))).toEqual({
      tier: 'actions-cache',
    });
    expect(Date.now() - started).toBeGreaterThan(1000);
    expect(log.warnings()).toEqual([]);
  } finally {
    service.setBlobPace(0);
  }
});

it.each(['hang', '5xx'] as const)(
  'a service that %s is abandoned after remote-timeout; the next tier is tried and post skips it',
  async (fault) => {
    service.setFault(fault);
    const log = recordingLog();
    let asked = 0;
    const next: StorageTier = {
      name: 'next',
      capabilities: { read: true, write: false, streaming: false },
      get: async () => (asked++, false),
      has: async () => false,
      put: async () => undefined,
    };
    const chain = new TierChain([actionsCacheTier(), next], log, 2000);
    const calls = service.apiCalls();
    const started = Date.now();
    expect(await chain.restore(spec, path.join(tmp, 'x'))).toBeUndefined();
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1900);
    expect(elapsed).toBeLessThan(6000);
    expect(service.apiCalls()).toBeGreaterThan(calls);
    expect(asked).toBe(1);
    expect(log.warnings()).toEqual([
      expect.stringContaining(
        'remote tier actions-cache: restoring tool-ac: no progress for 2 s (remote-timeout)',
      ),
    ]);
    const t = Date.now();
    expect(await saveToTiers([{ ...spec, archivePath: archive }], chain, log)).toEqual([]);
    expect(Date.now() - t).toBeLessThan(1000);
  },
);

it('without a cache service the tier is skipped silently', async () => {
  delete process.env.ACTIONS_RESULTS_URL;
  const log = recordingLog();
  const chain = new TierChain([actionsCacheTier()], log, 2000);
  expect(await chain.restore(spec, path.join(tmp, 'x'))).toBeUndefined();
  expect(await saveToTiers([{ ...spec, archivePath: archive }], chain, log)).toEqual([]);
  expect(log.warnings()).toEqual([]);
});

it("counts the client's blob transfers as progress, never its API calls (which may fail over and over)", async () => {
  const watch = watchRequests(cacheClientRequests);
  const client = new HttpClient('actions/cache');
  service.setFault('5xx');
  const api = await client.post(
    `${service.envV2.ACTIONS_RESULTS_URL}twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL`,
    '{}',
  );
  expect(api.message.statusCode).toBe(500);
  await api.readBody();
  expect(watch.transferredBytes()).toBe(0);
  const blob = await client.get(`${service.envV2.ACTIONS_RESULTS_URL}blobs/999`);
  await blob.readBody();
  expect(watch.transferredBytes()).toBeGreaterThan(0);
  // Someone else's requests are not the client's.
  const before = watch.transferredBytes();
  await (
    await new HttpClient('other').get(`${service.envV2.ACTIONS_RESULTS_URL}blobs/999`)
  ).readBody();
  expect(watch.transferredBytes()).toBe(before);
});

/** Saves the archive through the tier (the library's saveCache) with this `PATH`, then restores it. */
async function saveThenRestore(savePath: string | undefined, restorePath: string | undefined) {
  const log = recordingLog();
  const path0 = process.env.PATH;
  try {
    process.env.PATH = savePath ?? path0;
    await saveToTiers(
      [{ ...spec, archivePath: archive }],
      new TierChain([actionsCacheTier()], log, 20_000),
      log,
    );
    process.env.PATH = restorePath ?? path0;
    const dest = path.join(tmp, 'restored');
    const restored = await new TierChain([actionsCacheTier()], log, 20_000).restore(spec, dest);
    return { restored, log, bytes: restored && (await fs.readFile(dest)) };
  } finally {
    process.env.PATH = path0;
  }
}

/** A PATH with `tar` and `gzip` and nothing else: a host without zstd. */
async function pathWithoutZstd(): Promise<string> {
  const bin = path.join(tmp, 'bin-no-zstd');
  await fs.mkdir(bin);
  for (const tool of ['tar', 'gzip']) await fs.symlink(`/usr/bin/${tool}`, path.join(bin, tool));
  return bin;
}

it('saves and restores through the v1 protocol (GHES)', async () => {
  delete process.env.ACTIONS_RESULTS_URL;
  delete process.env.ACTIONS_CACHE_SERVICE_V2;
  Object.assign(process.env, service.env, { GITHUB_SERVER_URL: 'https://ghes.example.com' });
  const { restored, bytes, log } = await saveThenRestore(undefined, undefined);
  expect(restored).toEqual({ tier: 'actions-cache' });
  expect(bytes).toEqual(body);
  expect(log.warnings()).toEqual([]);
});

it("computes an entry's version as the library does, and finds what its saveCache stored", async () => {
  const paths = [transitPath('tool-ac')];
  for (const crossOs of [false, true]) {
    expect(cacheVersion(paths, 'zstd-without-long', crossOs)).toBe(
      getCacheVersion(paths, CompressionMethod.ZstdWithoutLong, crossOs),
    );
    expect(cacheVersion(paths, 'gzip', crossOs)).toBe(
      getCacheVersion(paths, CompressionMethod.Gzip, crossOs),
    );
  }
  // The version the real saveCache sent, with zstd on PATH here (and gzip without it).
  const key = remoteCacheKey(spec);
  const log = recordingLog();
  await saveToTiers(
    [{ ...spec, archivePath: archive }],
    new TierChain([actionsCacheTier()], log, 20_000),
    log,
  );
  expect(service.entryOf(key)?.version).toBe(cacheVersion(paths, 'zstd-without-long'));
});

it.each([
  ['without zstd', 'with it'],
  ['with zstd', 'without it'],
] as const)('an entry saved by a host %s is restored by a host %s', async (saver, restorer) => {
  const noZstd = await pathWithoutZstd();
  const { restored, bytes, log } = await saveThenRestore(
    saver === 'without zstd' ? noZstd : undefined,
    restorer === 'without it' ? noZstd : undefined,
  );
  const blob = service.entryOf(remoteCacheKey(spec))?.blob;
  expect(blob?.subarray(0, 2)).toEqual(
    Buffer.from(saver === 'without zstd' ? [0x1f, 0x8b] : [0x28, 0xb5]),
  );
  expect(restored).toEqual({ tier: 'actions-cache' });
  expect(bytes).toEqual(body);
  expect(log.warnings()).toEqual([]);
});

it('a cache mode that permits no reads is a miss without a request; none turns the tier off', async () => {
  const tier = actionsCacheTier();
  process.env.ACTIONS_CACHE_MODE = 'write-only';
  expect(await tier.unavailable?.()).toBeUndefined();
  const calls = service.apiCalls();
  const log = recordingLog();
  expect(await new TierChain([tier], log, 2000).restore(spec, path.join(tmp, 'x'))).toBeUndefined();
  expect(service.apiCalls()).toBe(calls);
  process.env.ACTIONS_CACHE_MODE = 'none';
  expect(await tier.unavailable?.()).toBe("the runner's cache mode is none");
});

it('an abandoned blob download hangs up: no connection is left behind', async () => {
  body = randomBytes(256 * 1024); // incompressible: the blob is several pieces
  spec = { id: 'tool-ac', sha256: sha(body) } as ToolchainSpec;
  await fs.writeFile(archive, body);
  const log = recordingLog();
  await saveToTiers(
    [{ ...spec, archivePath: archive }],
    new TierChain([actionsCacheTier()], log, 20_000),
    log,
  );
  service.setBlobPace(3000); // one piece, then nothing for 3 s
  try {
    const chain = new TierChain([actionsCacheTier()], log, 700);
    expect(await chain.restore(spec, path.join(tmp, 'restored'))).toBeUndefined();
    expect(log.warnings()).toEqual([expect.stringContaining('no progress for 0.7 s')]);
    // The abandoned call winds down on its own: its socket closed, its blob removed.
    const entryFiles = async () => (await fs.readdir(tmp)).filter((n) => n.endsWith('.entry'));
    const deadline = Date.now() + 2000;
    while (
      (service.openBlobDownloads() > 0 || (await entryFiles()).length) &&
      Date.now() < deadline
    )
      await new Promise((r) => setTimeout(r, 20));
    expect(service.openBlobDownloads()).toBe(0);
    expect(await entryFiles()).toEqual([]);
  } finally {
    service.setBlobPace(0);
  }
});

it('a link planted at the transit directory is refused, never written through', async () => {
  const elsewhere = path.join(tmp, 'elsewhere');
  await fs.mkdir(elsewhere);
  const planted = path.join(tmp, 'workspace', '.toolchain-cache');
  await fs.symlink(elsewhere, planted);
  const log = recordingLog();
  const chain = new TierChain([actionsCacheTier()], log, 20_000);
  expect(await saveToTiers([{ ...spec, archivePath: archive }], chain, log)).toEqual([
    expect.objectContaining({ saved: false }),
  ]);
  expect(log.warnings()).toEqual([expect.stringContaining('is a symlink')]);
  expect(await fs.readdir(elsewhere)).toEqual([]);
  expect((await fs.lstat(planted)).isSymbolicLink()).toBe(true);
  expect(service.keys()).not.toContain(remoteCacheKey(spec));
});

it('a link planted at the transit file is replaced, its target untouched; the save goes on', async () => {
  const target = path.join(tmp, 'target');
  await fs.writeFile(target, 'keep me');
  const dir = path.join(tmp, 'workspace', '.toolchain-cache');
  await fs.mkdir(dir);
  await fs.symlink(target, path.join(dir, 'tool-ac.archive'));
  const { restored, bytes, log } = await saveThenRestore(undefined, undefined);
  expect(await fs.readFile(target, 'utf8')).toBe('keep me');
  expect(restored).toEqual({ tier: 'actions-cache' });
  expect(bytes).toEqual(body);
  expect(log.warnings()).toEqual([]);
  // The directory was there before: kept, emptied of our file.
  expect(await fs.readdir(dir)).toEqual([]);
});

it('a link planted where the entry is downloaded is removed as a link, its target untouched', async () => {
  const log = recordingLog();
  const chain = new TierChain([actionsCacheTier()], log, 20_000);
  await saveToTiers([{ ...spec, archivePath: archive }], chain, log);
  const target = path.join(tmp, 'target');
  await fs.writeFile(target, 'keep me');
  const staging = path.join(tmp, 'staging');
  await fs.mkdir(staging);
  const dest = path.join(staging, 'archive');
  // The chain's file for the first tier is `<dest>.tier-0`; the entry goes next to it.
  await fs.symlink(target, `${dest}.tier-0.entry`);
  expect(await new TierChain([actionsCacheTier()], log, 20_000).restore(spec, dest)).toEqual({
    tier: 'actions-cache',
  });
  expect(await fs.readFile(target, 'utf8')).toBe('keep me');
  expect(await fs.readFile(dest)).toEqual(body);
  expect(await fs.readdir(staging)).toEqual(['archive']);
  expect(log.warnings()).toEqual([]);
});
