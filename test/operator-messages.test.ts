// Messages that name their fix (issue 22): a full disk names the root's file system, its free
// space, the size bound and who set it, and what to do; every failing toolchain of a step is
// reported; a changed tree is named as `verify` names it, once; a symlinked root names who chose
// it and the real directory.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DiskFullError, diskFullError, mountPointOf } from '../src/core/disk-full.js';
import { acquireToolchains } from '../src/core/installer.js';
import { namedTreeChange } from '../src/core/install/tree-change.js';
import { howToSetRoot, openCacheRoot } from '../src/core/layout.js';
import { formatBytesExact } from '../src/core/format.js';
import { installFixture, makeTempRoot, testJob, type TempRoot } from './helpers/fixtures.js';
import { startServer, type TestServer } from './helpers/http-server.js';

let t: TempRoot;
beforeEach(async () => {
  t = await makeTempRoot('tc-messages-');
});
afterEach(() => t.cleanup());

/** What a write on a full disk throws (an errno error, as fs gives it). */
const enospc = (): NodeJS.ErrnoException =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
  });

describe('a full disk', () => {
  it('names the file system of the root, its free space, the size bound and who set it, and what to do', async () => {
    const mount = await mountPointOf(t.root);
    const e = await diskFullError(t.root, enospc(), 'gcc-13: installing', {
      bytes: 200e9,
      from: '/etc/toolchain-cache/config.json',
    });
    expect(e).toBeInstanceOf(DiskFullError);
    expect(e.code).toBe('DISK_FULL');
    expect(e.message).toMatch(/^gcc-13: installing failed: no space left on /);
    expect(e.message).toContain(
      mount === t.root ? `the cache root ${t.root}` : `${mount} (the cache root ${t.root})`,
    );
    expect(e.message).toMatch(/, \d[^,]* free \(ENOSPC: no space left on device, write\)\./);
    expect(e.message).toContain(
      `Free space on ${mount}, or run \`toolchain-cache gc --root ${t.root}\``,
    );
    expect(e.message).toContain(
      "The GC's size bound is 186.3 GiB (200000000000 bytes), from /etc/toolchain-cache/config.json",
    );
    // A bound known to be unset ({}): said so; an unknown one (undefined) is left out.
    const unbounded = await diskFullError(t.root, enospc(), 'The main step', {});
    expect(unbounded.message).toContain(
      'No size bound is set (maxSize in the host configuration file)',
    );
  });

  it('finds the mount point of a directory: the highest ancestor on its device', async () => {
    const mount = await mountPointOf(t.root);
    const dev = (await fs.lstat(t.root)).dev;
    expect(t.root.startsWith(mount)).toBe(true);
    expect((await fs.lstat(mount)).dev).toBe(dev);
    if (mount !== '/') expect((await fs.lstat(path.dirname(mount))).dev).not.toBe(dev);
  });

  it('shows sizes readable with the exact figure beside', () => {
    expect(formatBytesExact(200e9)).toBe('186.3 GiB (200000000000 bytes)');
    expect(formatBytesExact(512)).toBe('512 bytes');
  });
});

describe('several toolchains failing', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    // Both toolchains import the install pipeline on their miss at the same moment: loaded here
    // first, as the bundle has it, since vitest's module runner can hand the second of two
    // concurrent first imports a module of the cycle still initialising (a TDZ error in the test
    // runner only).
    await import('../src/core/install/pipeline.js');
  });
  afterAll(() => server.close());

  it('reports every failure, each naming its toolchain', async () => {
    server.route('/a.tar.gz', { status: 404 });
    server.route('/b.tar.gz', { status: 410 });
    const spec = (id: string, file: string) => ({
      id,
      url: server.url(file),
      sha256: 'a'.repeat(64),
    });
    const err = (await acquireToolchains(
      [spec('tool-a', '/a.tar.gz'), spec('tool-b', '/b.tar.gz')],
      {
        layout: t.layout,
        registry: t.registry,
        owner: { key: 'k', job: testJob('two'), process: { pid: process.pid } },
        waitTimeoutMs: 30_000,
        log: { info: () => undefined, warning: () => undefined, debug: () => undefined },
        download: { retries: 0 },
      },
    ).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/^2 toolchains failed:\n/);
    expect(err.message).toMatch(/\n- tool-a: download of .*a\.tar\.gz failed: HTTP 404/);
    expect(err.message).toMatch(/\n- tool-b: download of .*b\.tar\.gz failed: HTTP 410/);
  });
});

describe('a changed tree', () => {
  const binChanged = 'entries added or removed: bin';

  it('is named by the entry that changed, as verify names it', async () => {
    await installFixture(t.layout, t.registry, { id: 'tc' });
    const tool = path.join(t.layout.toolchainRoot('tc'), 'bin', 'tool.mjs');
    await fs.writeFile(`${tool}.new`, 'console.log("tampered, and longer than before");\n');
    await fs.rename(`${tool}.new`, tool);
    expect(await namedTreeChange(t.layout, 'tc', binChanged)).toBe('modified: bin/tool.mjs');
    await fs.writeFile(path.join(t.layout.toolchainRoot('tc'), 'bin', 'extra'), 'x');
    expect(await namedTreeChange(t.layout, 'tc', binChanged)).toBe(
      'added: bin/extra, modified: bin/tool.mjs',
    );
  });

  it('names the directory once, pointing at verify, when names and sizes match', async () => {
    await installFixture(t.layout, t.registry, { id: 'same' });
    const tool = path.join(t.layout.toolchainRoot('same'), 'bin', 'tool.mjs');
    const text = await fs.readFile(tool, 'utf8');
    await fs.writeFile(`${tool}.new`, text.replace('ok', 'KO'));
    await fs.rename(`${tool}.new`, tool);
    expect(await namedTreeChange(t.layout, 'same', binChanged)).toBe(
      'bin changed (run toolchain-cache verify for details)',
    );
    // Anything but a directory's change is already exact.
    expect(await namedTreeChange(t.layout, 'same', 'missing: share')).toBe('missing: share');
  });
});

describe('a symlinked root', () => {
  it('names who chose the root and the real directory to set there', async () => {
    const real = await t.tempDir('tc-real-');
    const link = path.join(await t.tempDir('tc-link-'), 'root');
    await fs.symlink(real, link);
    await expect(openCacheRoot(link, { from: 'TOOLCHAIN_CACHE_ROOT' })).rejects.toThrow(
      `Cache root ${link} (from TOOLCHAIN_CACHE_ROOT) is a symlink to ${real}; set TOOLCHAIN_CACHE_ROOT=${real} (in the runner's .env, then restart the runner) so every runner resolves the same path.`,
    );
    expect(existsSync(path.join(real, 'layout.json'))).toBe(false);
  });

  it('says where to set the root, by who chose it', () => {
    expect(howToSetRoot('the "cache-root" input', '/r')).toBe('set the "cache-root" input to /r');
    expect(howToSetRoot('/etc/toolchain-cache/config.json', '/r')).toBe(
      'set "cacheRoot" in /etc/toolchain-cache/config.json to /r',
    );
    expect(howToSetRoot('RUNNER_TOOL_CACHE', '/r')).toMatch(
      /^set TOOLCHAIN_CACHE_ROOT=\/r in the runner's \.env/,
    );
  });
});
