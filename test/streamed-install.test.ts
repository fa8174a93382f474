// An install from the origin extracts the archive while it downloads (src/core/install/fetch.ts,
// stream-extract.ts). These cases hold it to the guarantees of extracting a verified file: the
// extraction really overlaps the download; a retried download is extracted from its verified file,
// never from what the failed attempt left; bytes that do not match leave nothing installed and
// the error names both digests, even when they also made the extraction fail; a zip (which cannot
// be read as a stream) still installs.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { acquireToolchains, type InstallOptions } from '../src/core/installer.js';
import { readManifest, verifyTree } from '../src/core/manifest.js';
import { makeTar, makeZip, type FileSpec } from './helpers/archives.js';
import { makeTempRoot, testJob, type TempRoot } from './helpers/fixtures.js';
import { startServer, type Route, type TestServer } from './helpers/http-server.js';

let server: TestServer;
let t: TempRoot;
let routeNo = 0;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  t = await makeTempRoot('tc-streamed-');
});
afterEach(() => t.cleanup());

const TREE: FileSpec[] = [
  { path: 'pkg/', type: 'directory' },
  { path: 'pkg/a-first', content: 'the first member\n' },
  { path: 'pkg/bin/tool', content: '#!/bin/sh\necho tool\n', mode: 0o755 },
  { path: 'pkg/lib/big.bin', content: randomBytes(1 << 20) },
  { path: 'pkg/lib/link', type: 'symlink', linkTarget: 'big.bin' },
];

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function archive(entries: FileSpec[], kind: 'tar.gz' | 'zip' = 'tar.gz'): Promise<Buffer> {
  const file = path.join(await t.tempDir(), `a.${kind}`);
  if (kind === 'zip') await makeZip(file, entries);
  else await makeTar(file, entries, 'gz');
  return fs.readFile(file);
}

/** Serves `body` at a fresh path; returns the spec for it (`sha` defaults to the body's). */
function serve(id: string, body: Buffer, route: Route = {}, sha = sha256(body)) {
  const at = `/${++routeNo}/${id}.archive`;
  server.route(at, { body, ...route });
  return { spec: { id, url: server.url(at), sha256: sha }, at };
}

function options(): InstallOptions {
  return {
    layout: t.layout,
    registry: t.registry,
    owner: { key: 'k', job: testJob('streamed'), process: { pid: process.pid } },
    waitTimeoutMs: 30_000,
    log: { info: () => undefined, warning: () => undefined, debug: () => undefined },
    download: { retries: 2, retryBaseDelayMs: 10, stallTimeoutMs: 10_000 },
  };
}

async function expectInstalledAsManifested(id: string): Promise<void> {
  const manifest = await readManifest(t.layout.manifestFile(id));
  expect(manifest?.files.map((f) => f.path)).toEqual([
    'a-first',
    'bin',
    'bin/tool',
    'lib',
    'lib/big.bin',
    'lib/link',
  ]);
  expect(await verifyTree(t.layout.toolchainRoot(id), manifest!)).toEqual([]);
}

async function expectNothingInstalled(id: string): Promise<void> {
  expect(existsSync(t.layout.entryDir(id))).toBe(false);
  expect((await fs.readdir(t.layout.stagingDir)).filter((n) => n.startsWith(`${id}.`))).toEqual([]);
}

describe('extracting while downloading', () => {
  it('writes the first members while the rest of the archive is still arriving', async () => {
    const body = await archive(TREE);
    const { spec } = serve('overlap', body, {
      fault: 'slow',
      chunkSize: 64 * 1024,
      chunkDelayMs: 40,
    });
    const install = acquireToolchains([spec], options());
    let done = false;
    void install.finally(() => (done = true));
    let overlapped = false;
    while (!done && !overlapped) {
      for (const name of await fs.readdir(t.layout.stagingDir).catch(() => [] as string[])) {
        const stage = path.join(t.layout.stagingDir, name);
        const arrived = statSync(path.join(stage, 'archive'), { throwIfNoEntry: false })?.size;
        const extracted = existsSync(path.join(stage, 'extract', 'pkg', 'a-first'));
        if (extracted && arrived !== undefined && arrived < body.length) overlapped = true;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    await install;
    expect(overlapped, 'a member was on disk before the download ended').toBe(true);
    await expectInstalledAsManifested('overlap');
  });

  it('a retried download is extracted from its verified file, not from the cut attempt', async () => {
    const body = await archive(TREE);
    const { spec, at } = serve('retried', body, { fault: 'truncate', faultTimes: 1 });
    await acquireToolchains([spec], options());
    expect(server.hits(at)).toBe(2);
    await expectInstalledAsManifested('retried');
  });

  it('a zip is extracted from its file once verified', async () => {
    const { spec } = serve('zipped', await archive(TREE, 'zip'));
    await acquireToolchains([spec], options());
    await expectInstalledAsManifested('zipped');
  });

  it('bytes that do not match: nothing installed, both digests named', async () => {
    const good = await archive(TREE);
    const other = await archive([...TREE, { path: 'pkg/extra', content: 'planted' }]);
    const { spec } = serve('mismatch', other, {}, sha256(good));
    const err = (await acquireToolchains([spec], options()).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toContain(sha256(good));
    expect(err.message).toContain(sha256(other));
    await expectNothingInstalled('mismatch');
  });

  it('a hostile archive that does not match fails as a mismatch, naming both digests', async () => {
    const good = await archive(TREE);
    const hostile = await archive([
      { path: 'pkg/a-first', content: 'x' },
      { path: '../escape', content: 'out' },
      // More than the extraction buffers: the download goes on long after the extraction failed.
      { path: 'pkg/lib/big.bin', content: randomBytes(6 << 20) },
    ]);
    // Slowly: the download is still going when the extraction fails.
    const slow: Route = { fault: 'slow', chunkSize: 256 * 1024, chunkDelayMs: 20 };
    const { spec } = serve('hostile', hostile, slow, sha256(good));
    const err = (await acquireToolchains([spec], options()).catch((e: unknown) => e)) as Error;
    expect(err.message).toContain(sha256(hostile));
    expect(err.message).toContain(sha256(good));
    expect(existsSync(path.join(t.layout.stagingDir, '..', 'escape'))).toBe(false);
    await expectNothingInstalled('hostile');
  });

  it('a hostile archive that matches is refused as when extracted from its file', async () => {
    const hostile = await archive([...TREE, { path: '../escape', content: 'out' }]);
    const { spec } = serve('refused', hostile);
    const err = (await acquireToolchains([spec], options()).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/\.\.\/escape/);
    await expectNothingInstalled('refused');
  });
});

describe('a download that ends before its first byte', () => {
  it('a job cancelled before the download starts fails and leaves nothing (no wait on an extraction that never began)', async () => {
    const { spec } = serve('never', await archive(TREE));
    const cancelled = new AbortController();
    cancelled.abort(new Error('cancelled for the test'));
    const outcome = acquireToolchains([spec], { ...options(), signal: cancelled.signal }).then(
      () => 'installed',
      (e: Error) => `failed: ${e.message}`,
    );
    const hung = new Promise<string>((resolve) =>
      setTimeout(() => resolve('hung'), 15_000).unref(),
    );
    expect(await Promise.race([outcome, hung])).toMatch(/^failed: /);
    await expectNothingInstalled('never');
  });
});
