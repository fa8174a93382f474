// The host configuration file: read only when its owner (root; here the test's own user, injected)
// alone can write it and its directory; an untrusted file is ignored with a warning naming the
// fix; a trusted one that does not parse, or has a bad value, is an error naming the file and key.
// Real files, links and FIFOs in a temporary directory; the real path is never touched here.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_HOST_CONFIG_BYTES, readHostConfig } from '../src/core/host-config.js';
import { chooseCacheRoot } from '../src/core/layout.js';

const POSIX = process.platform !== 'win32';
const me = process.getuid?.() ?? 0;
let dir: string;
let file: string;

beforeEach(async () => {
  const top = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-hostcfg-')));
  await fs.chmod(top, 0o755);
  dir = path.join(top, 'toolchain-cache');
  await fs.mkdir(dir, { mode: 0o755 });
  await fs.chmod(dir, 0o755);
  file = path.join(dir, 'config.json');
});
afterEach(async () => {
  await fs.rm(path.dirname(dir), { recursive: true, force: true });
});

const read = () => readHostConfig({ file, ownerUid: me });
async function write(content: unknown, mode = 0o644): Promise<void> {
  await fs.writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  await fs.chmod(file, mode);
}

describe('host configuration file', () => {
  it('missing (file or directory): an empty configuration, no warning', async () => {
    expect(read()).toEqual({ file, config: {}, warnings: [] });
    await fs.rm(dir, { recursive: true });
    expect(read()).toEqual({ file, config: {}, warnings: [] });
  });

  it('reads every key, warns about unknown ones', async () => {
    await write({
      cacheRoot: '/opt/toolchain-cache',
      maxSize: '200GB',
      maxUnusedDays: 30,
      lockStale: 120,
      tierLeaseStale: 90,
      indexTtl: 0,
      mirrors: { node: 'https://mirror.example/node/' },
      maxSzie: '1B',
    });
    const r = read();
    expect(r.config).toEqual({
      cacheRoot: '/opt/toolchain-cache',
      maxSizeBytes: 200e9,
      maxUnusedDays: 30,
      lockStaleMs: 120_000,
      tierLeaseStaleMs: 90_000,
      indexTtlSeconds: 0,
      mirrors: { node: 'https://mirror.example/node' },
    });
    expect(r.warnings).toEqual([expect.stringMatching(/unknown key "maxSzie" ignored/)]);
    await write({ maxSize: 1073741824, lockStale: '2.5' });
    expect(read().config).toEqual({ maxSizeBytes: 1073741824, lockStaleMs: 2500 });
  });

  it('reads the archive caps and download limits', async () => {
    await write({
      maxMembers: 500,
      maxUnpackedSize: '64GiB',
      stallTimeout: 30,
      downloadRetries: 0,
    });
    const r = read();
    expect(r.config).toEqual({
      maxMembers: 500,
      maxUnpackedBytes: 64 * 1024 ** 3,
      stallTimeoutSeconds: 30,
      downloadRetries: 0,
    });
    expect(r.warnings).toEqual([]);
    await write({
      maxMembers: '7',
      maxUnpackedSize: 1048576,
      stallTimeout: '5',
      downloadRetries: 3,
    });
    expect(read().config).toEqual({
      maxMembers: 7,
      maxUnpackedBytes: 1048576,
      stallTimeoutSeconds: 5,
      downloadRetries: 3,
    });
  });

  it.skipIf(!POSIX)(
    'untrusted: writable by its group or others, or its directory so: ignored with a warning naming the fix',
    async () => {
      await write({ maxSize: '1B' }, 0o664);
      let r = read();
      expect(r.config).toEqual({});
      expect(r.warnings.join()).toMatch(
        new RegExp(`${file} is ignored: it is owned by uid ${me} with mode 0664`),
      );
      expect(r.warnings.join()).toContain(`chmod 644 ${file}`);
      await fs.chmod(file, 0o644);
      await fs.chmod(dir, 0o777);
      r = read();
      expect(r.config).toEqual({});
      expect(r.warnings.join()).toMatch(/its directory .* mode 0777/);
      await fs.chmod(dir, 0o755);
      expect(read().config).toEqual({ maxSizeBytes: 1 });
      // Owned by someone else than the expected owner.
      expect(readHostConfig({ file, ownerUid: me + 1 }).warnings.join()).toMatch(
        /is ignored: its directory .* is owned by uid/,
      );
    },
  );

  it.skipIf(!POSIX)(
    'a link, a FIFO: ignored without following or blocking; too large or not JSON: an error naming the file',
    async () => {
      const real = path.join(path.dirname(dir), 'elsewhere.json');
      await fs.writeFile(real, JSON.stringify({ maxSize: '1B' }));
      await fs.symlink(real, file);
      expect(read()).toMatchObject({ config: {}, warnings: [expect.stringMatching(/a link/)] });
      await fs.rm(file);
      execFileSync('mkfifo', ['-m', '0644', file]);
      expect(read()).toMatchObject({
        config: {},
        warnings: [expect.stringMatching(/not a regular file/)],
      });
      await fs.rm(file);
      await write(' '.repeat(MAX_HOST_CONFIG_BYTES + 1));
      expect(read).toThrow(new RegExp(`${file} is ${MAX_HOST_CONFIG_BYTES + 1} bytes`));
      await write('{"maxSize": ');
      expect(read).toThrow(new RegExp(`${file} is not valid JSON`));
      await write('[1]');
      expect(read).toThrow(/must hold a JSON object/);
    },
  );

  it('a bad value: an error naming the file and the key', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ cacheRoot: 'relative/root' }, /"cacheRoot" must be an absolute path/],
      [{ maxSize: 'lots' }, /"maxSize" must be a size/],
      // 0 is not "no limit": refused rather than emptying the cache of everything unused.
      [
        { maxSize: 0 },
        /"maxSize" is 0: 0 would remove every unused toolchain; unset it for no bound/,
      ],
      [{ maxSize: '0GB' }, /"maxSize" is 0: 0 would remove every unused toolchain/],
      [{ maxUnusedDays: -1 }, /"maxUnusedDays" must be a number/],
      [{ maxUnusedDays: 1.5 }, /"maxUnusedDays" must be a whole number/],
      [{ lockStale: 0.001 }, /"lockStale" is wrong: .*between 0.05 and 86400/],
      [{ tierLeaseStale: 'soon' }, /"tierLeaseStale"/],
      [{ indexTtl: 'soon' }, /"indexTtl" must be a whole number/],
      [{ mirrors: ['https://x'] }, /"mirrors" must be an object/],
      [{ mirrors: { node: 'ftp://x/' } }, /"mirrors.node" must be an http\(s\) URL/],
      [{ mirrors: { 'No de': 'https://x/' } }, /"mirrors.No de" is not a vendor name/],
      [{ maxMembers: 0 }, /"maxMembers" must be a whole number ≥ 1/],
      [{ maxMembers: 2.5 }, /"maxMembers" must be a whole number ≥ 1/],
      [{ maxUnpackedSize: 'huge' }, /"maxUnpackedSize" must be a size/],
      [{ maxUnpackedSize: 0 }, /"maxUnpackedSize" must be a size .*at least 1/],
      [{ stallTimeout: 0 }, /"stallTimeout" must be a whole number ≥ 1/],
      [{ stallTimeout: 'slow' }, /"stallTimeout" must be a whole number ≥ 1/],
      [{ downloadRetries: -1 }, /"downloadRetries" must be a number/],
      [{ downloadRetries: 'many' }, /"downloadRetries" must be a whole number ≥ 0/],
    ];
    for (const [doc, message] of cases) {
      await write(doc);
      expect(read, JSON.stringify(doc)).toThrow(message);
      expect(read, JSON.stringify(doc)).toThrow(file);
    }
  });
});

describe('where the cache root comes from', () => {
  const env = { TOOLCHAIN_CACHE_ROOT: '/env/root', RUNNER_TOOL_CACHE: '/rtc' };
  const host = { cacheRoot: '/host/root', file: '/etc/toolchain-cache/config.json' };

  it("the host file's cacheRoot, then the input, then TOOLCHAIN_CACHE_ROOT, then RUNNER_TOOL_CACHE", () => {
    expect(chooseCacheRoot('/in/root', env, { host })).toEqual({
      root: '/host/root',
      from: host.file,
      overridden: [
        { from: 'the "cache-root" input', value: '/in/root' },
        { from: 'TOOLCHAIN_CACHE_ROOT', value: '/env/root' },
      ],
    });
    expect(chooseCacheRoot('/host/root/', {}, { host }).overridden).toEqual([]);
    expect(chooseCacheRoot('/in/root', env).root).toBe('/in/root');
    expect(chooseCacheRoot('', env).root).toBe('/env/root');
    expect(chooseCacheRoot('', { RUNNER_TOOL_CACHE: '/rtc' }).root).toBe(
      path.join('/rtc', 'toolchain-cache'),
    );
  });

  it('a relative root is refused, naming where it came from', () => {
    expect(() => chooseCacheRoot('cache', env)).toThrow(
      /cache root from the "cache-root" input is a relative path \("cache"\)/,
    );
    expect(() => chooseCacheRoot('', { TOOLCHAIN_CACHE_ROOT: './c' })).toThrow(
      /from TOOLCHAIN_CACHE_ROOT is a relative path/,
    );
    expect(() => chooseCacheRoot('', { RUNNER_TOOL_CACHE: 'rtc' })).toThrow(
      /from RUNNER_TOOL_CACHE is a relative path/,
    );
    expect(() => chooseCacheRoot('x', {}, { inputName: '--root' })).toThrow(/from --root/);
  });
});
