// A warm hit loads none of the tiers' clients, nor @actions/core (whose entry loads its HTTP
// client, undici), nor the YAML library: they live in separate chunks of the bundle, imported on
// a miss or a save only. Proved by running the bundles with those chunks removed.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeCacheService, type FakeCacheService } from '../helpers/fake-cache-service.js';
import { Origin, item } from '../helpers/origin.js';
import { REPO_ROOT, runJob, stepEntries } from '../helpers/runner.js';
import { startS3Server, type S3TestServer } from '../helpers/s3-server.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const origin = Origin.forFile();
const tmp = scratchDirForFile('tc-lazy-');
let s3: S3TestServer;
let service: FakeCacheService;
let actionDir: string;
/** One marker of each client: @actions/cache (v2 API), the Azure blob SDK it uploads with, the
 * S3 client's HTTP handler, and lib-storage's uploader; undici (@actions/core's HTTP client),
 * @actions/core's OIDC client, and the YAML library. */
const MARKERS = [
  'GetCacheEntryDownloadURL',
  'BlockBlobClient',
  'NodeHttpHandler',
  '__uploadUsingPut',
  'UND_ERR_CONNECT_TIMEOUT',
  'getIDToken',
  'YAMLParseError',
];
let toolchains: string;

beforeAll(async () => {
  [s3, service] = await Promise.all([startS3Server(['fleet']), startFakeCacheService()]);
  const lazy = origin.serveTar('lazy.tar.gz', [
    { path: 'lazy/bin/lazy', content: 'x', mode: 0o755 },
  ]);
  toolchains = item('lazy-1', lazy);
  // The action without the chunks that hold a tier client: the entries and the steps are left.
  actionDir = path.join(tmp(), 'action');
  for (const step of ['main', 'post']) {
    const dir = path.join(actionDir, 'dist', step);
    await fs.cp(path.join(REPO_ROOT, 'dist', step), dir, { recursive: true });
    for (const name of await fs.readdir(dir)) {
      if (!/^\d+\.index\.js$/.test(name)) continue;
      const text = await fs.readFile(path.join(dir, name), 'utf8');
      if (MARKERS.some((m) => text.includes(m))) await fs.rm(path.join(dir, name));
    }
  }
  await fs.copyFile(path.join(REPO_ROOT, 'action.yml'), path.join(actionDir, 'action.yml'));
});

afterAll(async () => {
  await Promise.all([s3?.close(), service?.close()]);
});

it('the steps hold the clients only in chunks they import on demand', async () => {
  for (const [step, stepMarker] of [
    ['main', 'Toolchains from'],
    ['post', 'Released this job'],
  ]) {
    const dir = path.join(REPO_ROOT, 'dist', step);
    const read = (name: string) => fs.readFile(path.join(dir, name), 'utf8');
    const chunks = (await fs.readdir(dir)).filter((n) => /^\d+\.index\.js$/.test(n));
    const texts = await Promise.all(chunks.map(read));
    // The entry and the step's own code (itself a chunk behind the loader) hold no client.
    const entry = path.basename(stepEntries()[step as 'main' | 'post']);
    const stepCode = [await read(entry), ...texts.filter((t) => t.includes(stepMarker))];
    expect(stepCode.length, `${step}: the step's chunk`).toBeGreaterThan(1);
    for (const marker of MARKERS)
      for (const code of stepCode) expect(code, `${step}: ${marker}`).not.toContain(marker);
    for (const marker of MARKERS) expect(texts.join(''), `${step}: ${marker}`).toContain(marker);
  }
});

it('a warm hit with S3 and the cache service configured loads no client, no undici, no YAML library', async () => {
  const root = path.join(tmp(), 'root');
  const inputs = { toolchains, 'cache-root': root, remote: 'actions-cache, s3://fleet/tc' };
  const env = { ...s3.env, ...service.envV2 };
  // The full bundles install it (and save it to both tiers).
  const cold = await runJob({ inputs, env });
  expect(cold.main.exitCode, cold.main.stdout).toBe(0);

  const warm = await runJob({ inputs, env, actionDir });
  expect(warm.main.exitCode, warm.main.stderr).toBe(0);
  expect(warm.outputs['cache-hit']).toBe('true');
  expect(warm.main.stdout + warm.post?.stdout).not.toContain('::warning::');

  // The same stripped bundles on a miss do need the chunks (the tiers' clients, the install
  // pipeline): the test can tell.
  const miss = await runJob({
    inputs: { ...inputs, 'cache-root': path.join(tmp(), 'other') },
    env,
    actionDir,
  });
  expect(miss.main.stdout).toMatch(
    /::warning::remote tier (actions-cache|s3:\/\/fleet\/tc)|Cannot find module .*index\.js/,
  );
});
