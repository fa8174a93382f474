// The resolver (src/core/named/): lockfile, the host's table, the vendor through the index cache;
// mirrors; merging; what is and is not asked of the network. Real HTTP on 127.0.0.1.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readCachedDocument } from '../src/core/named/doc-cache.js';
import { formatLockfile, parseLockfile } from '../src/core/named/lockfile.js';
import { resolveToolchainItems, type ResolveOptions } from '../src/core/named/resolve.js';
import { namedSettings } from '../src/core/named/settings.js';
import { readTable } from '../src/core/named/table.js';
import { parseToolchains, type ToolchainItem } from '../src/core/spec.js';
import type { Logger } from '../src/core/types.js';
import { makeTempRoot, type TempRoot } from './helpers/fixtures.js';
import { startServer, type TestServer } from './helpers/http-server.js';
import { fakeIndex, fakeVendor } from './helpers/fake-vendor.js';

const SHA = (c: string) => c.repeat(64);
let server: TestServer;
let root: TempRoot;
let base: string;

function logger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    info: () => undefined,
    debug: () => undefined,
    warning: (m) => warnings.push(m),
  };
}

/** Named items of the fake vendor (parseToolchains knows only the real vendors' names). */
const items = async (...specs: string[]): Promise<ToolchainItem[]> =>
  specs.map((spec, index) => {
    const [name, version] = spec.split('@');
    return { spec, name, version, index };
  });

function options(over: Partial<ResolveOptions> = {}, vendor = fakeVendor(base)) {
  const log = logger();
  return {
    log,
    vendor,
    opts: {
      layout: root.layout,
      platform: 'linux-x64',
      settings: namedSettings({}, {}),
      log,
      vendor: async (name: string) => {
        if (name !== 'fake') throw new Error(`unknown ${name}`);
        return vendor;
      },
      ...over,
    } satisfies ResolveOptions,
  };
}

beforeAll(async () => {
  server = await startServer();
  base = server.url('/dist');
});
afterAll(() => server.close());
beforeEach(async () => {
  root = await makeTempRoot('tc-named-');
  server.route('/dist/index.json', {
    body: fakeIndex([
      { version: '2.1.0', sha256: SHA('b'), size: 20 },
      { version: '1.2.3', sha256: SHA('a'), size: 10 },
    ]),
    headers: { etag: '"v1"' },
  });
  server.requests.length = 0;
});
afterEach(() => root.cleanup());

const indexHits = () => server.requests.filter((r) => r.path === '/dist/index.json').length;

describe('resolution', () => {
  it('the vendor resolves a spec once; then the table answers with no vendor and no request', async () => {
    const first = options();
    const r = await resolveToolchainItems(await items('fake@1'), first.opts);
    expect(r.toolchains).toEqual([
      {
        id: 'fake-1.2.3-linux-x64',
        url: `${base}/fake-1.2.3.tar.gz`,
        sha256: SHA('a'),
        bin: ['bin'],
        stripComponents: 1,
      },
    ]);
    expect(r.versions).toEqual({ 'fake@1': '1.2.3' });
    expect(r.env).toEqual({ FAKE_HOME: root.layout.toolchainRoot('fake-1.2.3-linux-x64') });
    expect(r.from).toEqual({ 'fake@1': 'vendor' });
    expect(indexHits()).toBe(1);

    const again = options();
    const hit = await resolveToolchainItems(await items('fake@1'), again.opts);
    expect(hit.toolchains).toEqual(r.toolchains);
    expect(hit.env).toEqual(r.env);
    expect(hit.from).toEqual({ 'fake@1': 'table' });
    expect(again.vendor.calls).toEqual({ resolve: 0, layout: 0 });
    expect(indexHits()).toBe(1);
  });

  it('an expired table entry asks the vendor again, and the index cache revalidates with the ETag', async () => {
    let now = Date.now();
    const ttl = namedSettings({ indexTtlSeconds: 60 }, {});
    await resolveToolchainItems(
      await items('fake@1'),
      options({ settings: ttl, now: () => now }).opts,
    );
    now += 61_000;
    server.route('/dist/index.json', { status: 304, body: '' });
    const later = options({ settings: ttl, now: () => now });
    const r = await resolveToolchainItems(await items('fake@1'), later.opts);
    expect(r.from).toEqual({ 'fake@1': 'vendor' });
    expect(later.vendor.calls.resolve).toBe(1);
    const conditional = server.requests.filter((q) => q.path === '/dist/index.json');
    expect(conditional).toHaveLength(2);
    expect(conditional[1].headers['if-none-match']).toBe('"v1"');
    // Revalidated: the copy's fetch time moved on.
    const doc = await readCachedDocument(root.layout, `${base}/index.json`);
    expect(doc?.fetchedAt).toBe(now);
  });

  it('a fresh cached index serves another spec without a request', async () => {
    await resolveToolchainItems(await items('fake@1'), options().opts);
    const r = await resolveToolchainItems(await items('fake@2'), options().opts);
    expect(r.versions).toEqual({ 'fake@2': '2.1.0' });
    expect(indexHits()).toBe(1);
  });

  it('TTL 0: every resolution asks', async () => {
    const ttl0 = namedSettings({}, { TOOLCHAIN_CACHE_INDEX_TTL: '0' });
    await resolveToolchainItems(await items('fake@1'), options({ settings: ttl0 }).opts);
    await resolveToolchainItems(await items('fake@1'), options({ settings: ttl0 }).opts);
    expect(indexHits()).toBe(2);
  });

  it('16 concurrent resolutions of a cold host make one index request', async () => {
    server.route('/dist/index.json', {
      body: fakeIndex([{ version: '1.2.3', sha256: SHA('a') }]),
      delayMs: 200,
    });
    const runs = await Promise.all(
      Array.from({ length: 16 }, async () =>
        resolveToolchainItems(await items('fake@1'), options().opts),
      ),
    );
    expect(new Set(runs.map((r) => r.toolchains[0].id))).toEqual(new Set(['fake-1.2.3-linux-x64']));
    expect(indexHits()).toBe(1);
  });
});

describe('the vendor unreachable', () => {
  it('an expired cached index serves, with a warning naming its age', async () => {
    let now = Date.now();
    const ttl = namedSettings({ indexTtlSeconds: 60 }, {});
    await resolveToolchainItems(
      await items('fake@1'),
      options({ settings: ttl, now: () => now }).opts,
    );
    now += 3 * 3600_000;
    server.route('/dist/index.json', { fault: 'reset' });
    const later = options({ settings: ttl, now: () => now });
    const r = await resolveToolchainItems(await items('fake@2'), later.opts);
    expect(r.versions).toEqual({ 'fake@2': '2.1.0' });
    expect(later.log.warnings).toHaveLength(1);
    expect(later.log.warnings[0]).toContain(`Could not read ${base}/index.json`);
    expect(later.log.warnings[0]).toContain('cached on this host 3 h ago');
  });

  it('no cached copy: an error naming the URL', async () => {
    server.route('/dist/index.json', { status: 503, body: 'down' });
    await expect(resolveToolchainItems(await items('fake@1'), options().opts)).rejects.toThrow(
      new RegExp(`Could not read ${base}/index.json: HTTP 503.*No copy of it is cached`),
    );
  });

  it('a document that does not parse is never cached', async () => {
    server.route('/dist/index.json', { body: '<html>captive portal</html>' });
    await expect(resolveToolchainItems(await items('fake@1'), options().opts)).rejects.toThrow(
      /is not what its vendor publishes there/,
    );
    expect(await readCachedDocument(root.layout, `${base}/index.json`)).toBeUndefined();
  });
});

describe('the lockfile', () => {
  const lock = (version: string, sha: string) =>
    parseLockfile(
      formatLockfile({
        lockfileVersion: 1,
        toolchains: {
          'fake@1': {
            'linux-x64': {
              id: `fake-${version}-linux-x64`,
              version,
              url: `${base}/fake-${version}.tar.gz`,
              sha256: sha,
              size: 5,
            },
          },
        },
      }),
      'toolchains.lock.json',
    );

  it('pins an older version while the index moved on: no index request, no vendor resolution', async () => {
    const o = options({ lockfile: { file: 'x', lock: lock('1.0.0', SHA('c')) } });
    const r = await resolveToolchainItems(await items('fake@1'), o.opts);
    expect(r.toolchains[0]).toMatchObject({ id: 'fake-1.0.0-linux-x64', sha256: SHA('c') });
    expect(r.versions).toEqual({ 'fake@1': '1.0.0' });
    expect(r.missingFromLock).toEqual([]);
    expect(o.vendor.calls.resolve).toBe(0);
    expect(server.requests).toHaveLength(0);
    // The second time the vendor module is not even asked for its layout.
    const o2 = options({ lockfile: { file: 'x', lock: lock('1.0.0', SHA('c')) } });
    await resolveToolchainItems(await items('fake@1'), o2.opts);
    expect(o2.vendor.calls).toEqual({ resolve: 0, layout: 0 });
  });

  it('a spec missing from it is resolved and named with the entry to add', async () => {
    const o = options({ lockfile: { file: 'x', lock: lock('1.0.0', SHA('c')) } });
    const r = await resolveToolchainItems(await items('fake@2'), o.opts);
    expect(r.missingFromLock).toEqual([
      expect.objectContaining({
        spec: 'fake@2',
        platform: 'linux-x64',
        text: `"fake@2": { "linux-x64": {"id":"fake-2.1.0-linux-x64","version":"2.1.0","url":"${base}/fake-2.1.0.tar.gz","sha256":"${SHA('b')}","size":20} }`,
      }),
    ]);
  });

  it('writes keys in a stable order', () => {
    const text = formatLockfile({
      lockfileVersion: 1,
      toolchains: {
        'zig@0.14': {
          'linux-x64': {
            sha256: SHA('a'),
            url: 'https://z/a',
            version: '0.14.1',
            id: 'zig-0.14.1-linux-x64',
          },
        },
        'go@1.23': {
          'win-x64': {
            id: 'go-1.23.4-win-x64',
            version: '1.23.4',
            url: 'https://g/w',
            sha256: SHA('b'),
            size: 3,
          },
          'darwin-arm64': {
            id: 'go-1.23.4-darwin-arm64',
            version: '1.23.4',
            url: 'https://g/d',
            sha256: SHA('c'),
          },
        },
      },
    });
    expect(text.indexOf('go@1.23')).toBeLessThan(text.indexOf('zig@0.14'));
    expect(text.indexOf('darwin-arm64')).toBeLessThan(text.indexOf('win-x64'));
    expect(text).toContain(
      `{\n        "id": "zig-0.14.1-linux-x64",\n        "version": "0.14.1",\n        "url": "https://z/a",\n        "sha256"`,
    );
  });
});

describe("the vendors' per-job setup", () => {
  it('a hit fills in the job directories without the vendor module; a job variable it read brings the module back', async () => {
    const vendor = fakeVendor(base);
    const layout = vendor.layout;
    vendor.layout = (p) => ({
      ...layout(p),
      job: (root, r, _p, ctx) => {
        const dir = ctx.env.FAKE_DIR ?? path.join(ctx.tempDir, 'prefix', r.id);
        return {
          path: [path.join(dir, 'bin')],
          env: { FAKE_PREFIX: dir },
          dirs: [dir],
          links: [{ path: path.join(dir, 'bin', 'tool'), target: path.join(root, 'bin', 'tool') }],
        };
      },
    });
    const job = (env: Record<string, string> = {}) => ({
      tempDir: '/job/temp',
      homeDir: '/home/u',
      env,
    });
    const first = await resolveToolchainItems(
      await items('fake@1'),
      options({ job: job() }, vendor).opts,
    );
    const prefix = '/job/temp/prefix/fake-1.2.3-linux-x64';
    expect(first.jobSetups).toEqual([
      {
        path: [`${prefix}/bin`],
        env: { FAKE_PREFIX: prefix },
        dirs: [prefix],
        links: [
          {
            path: `${prefix}/bin/tool`,
            target: `${root.layout.toolchainRoot('fake-1.2.3-linux-x64')}/bin/tool`,
          },
        ],
      },
    ]);
    expect(first.env.FAKE_PREFIX).toBe(prefix);
    vendor.calls.layout = 0;
    const other = { ...job(), tempDir: '/other/temp' };
    const hit = await resolveToolchainItems(
      await items('fake@1'),
      options({ job: other }, vendor).opts,
    );
    expect(hit.jobSetups[0].dirs).toEqual(['/other/temp/prefix/fake-1.2.3-linux-x64']);
    expect(vendor.calls.layout).toBe(0);
    const own = await resolveToolchainItems(
      await items('fake@1'),
      options({ job: job({ FAKE_DIR: '/mine' }) }, vendor).opts,
    );
    expect(own.jobSetups[0].dirs).toEqual(['/mine']);
    expect(vendor.calls.layout).toBe(1);
  });
});

describe('mirrors and merging', () => {
  it('a mirror serves the index and the archive; outputs and the lockfile keep the vendor URL', async () => {
    const vendorBase = 'https://vendor.invalid/dist';
    const vendor = fakeVendor(vendorBase);
    for (const [settings, what] of [
      [namedSettings({}, { TOOLCHAIN_CACHE_MIRROR_FAKE: `${server.origin}/dist/` }), 'env'],
      [
        namedSettings(
          { mirrors: { fake: `${server.origin}/dist` } },
          { TOOLCHAIN_CACHE_MIRROR_FAKE: 'https://ignored.invalid' },
        ),
        'host file',
      ],
    ] as const) {
      const o = options(
        { settings, lockfile: { file: 'x', lock: { lockfileVersion: 1, toolchains: {} } } },
        vendor,
      );
      const r = await resolveToolchainItems(await items('fake@1'), o.opts);
      expect(r.toolchains[0].url, what).toBe(`${base}/fake-1.2.3.tar.gz`);
      expect(r.missingFromLock[0].entry.url, what).toBe(`${vendorBase}/fake-1.2.3.tar.gz`);
    }
    expect(indexHits()).toBe(1); // one cached index (keyed by the URL fetched) serves both
  });

  it('two specs of one id are installed once; a named item and an explicit one of one id are refused', async () => {
    const r = await resolveToolchainItems(await items('fake@1', 'fake@1.2'), options().opts);
    expect(r.toolchains.map((t) => t.id)).toEqual(['fake-1.2.3-linux-x64']);
    expect(r.versions).toEqual({ 'fake@1': '1.2.3', 'fake@1.2': '1.2.3' });
    const mixed = [
      ...(await items('fake@1')),
      { id: 'fake-1.2.3-linux-x64', url: 'https://x/y', sha256: SHA('d') },
    ];
    await expect(resolveToolchainItems(mixed, options().opts)).rejects.toThrow(
      'toolchains[0] ("fake@1") resolves to the id fake-1.2.3-linux-x64, which toolchains[1] gives too',
    );
  });

  it('a list without named items reads nothing', async () => {
    const plain = (
      await parseToolchains(JSON.stringify([{ id: 'a', url: 'https://x/a', sha256: SHA('a') }]))
    ).toolchains;
    const r = await resolveToolchainItems(plain, { ...options().opts, layout: undefined });
    expect(r.toolchains).toEqual(plain);
    expect(readTable(root.layout).resolutions).toEqual({});
    expect(await fs.readdir(path.join(root.root))).not.toContain('named');
  });
});
