// The actions-cache tier through the real @actions/cache client, against the stand-in cache
// service speaking the v2 protocol (twirp under ACTIONS_RESULTS_URL) that current runners use.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { ToolchainSpec } from '../src/core/spec.js';
import { HttpClient } from '@actions/http-client';
import { actionsCacheTier, cacheClientRequests } from '../src/providers/actions-cache.js';
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
const body = Buffer.from('a toolchain archive\n'.repeat(2000));
const spec = { id: 'tool-ac', sha256: sha(body) } as ToolchainSpec;
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
