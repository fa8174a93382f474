// The node vendor (src/vendors/node.ts) against nodejs.org's own formats: index.json as copied in
// setup-node's test data and a recent excerpt, and a real SHASUMS256.txt (test/fixtures/README.md).
import { describe, expect, it } from 'vitest';
import { ToolchainCacheError } from '../src/core/errors.js';
import { NODE_BASE, node, parseNodeIndex, shipsCorepack } from '../src/vendors/node.js';
import type { NamedSpec, Platform } from '../src/vendors/types.js';
import { fixture, fixtureFetch } from './helpers/vendor-fixtures.js';

const spec = (version: string): NamedSpec => ({ spec: `node@${version}`, name: 'node', version });

/** SHASUMS256.txt of a release: the real one for v22.11.0, one line per archive otherwise. */
function sums(version: string): string {
  if (version === 'v22.11.0') return fixture('node/v22.11.0-SHASUMS256.txt');
  const platforms = [
    'linux-x64.tar.xz',
    'linux-arm64.tar.xz',
    'darwin-x64.tar.xz',
    'darwin-arm64.tar.xz',
    'win-x64.zip',
    'win-arm64.zip',
    'linux-x64.tar.gz',
  ];
  return platforms
    .map((p, i) => `${String(i).repeat(64).slice(0, 64)}  node-${version}-${p}\n`)
    .join('');
}

function fetchFor(index: string) {
  const docs: Record<string, string> = { [`${NODE_BASE}/index.json`]: index };
  for (const r of JSON.parse(index) as { version: string }[]) {
    docs[`${NODE_BASE}/${r.version}/SHASUMS256.txt`] = sums(r.version);
  }
  return fixtureFetch(docs);
}

const recent = () => fetchFor(fixture('node/index-recent.json'));
const old = () => fetchFor(fixture('node/index.json'));

const resolve = (version: string, platform: Platform = 'linux-x64', fetch = recent()) =>
  node.resolve(spec(version), platform, fetch);

async function failure(p: Promise<unknown>): Promise<ToolchainCacheError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ToolchainCacheError);
  return e as ToolchainCacheError;
}

describe('node: versions', () => {
  it('an exact version, with the archive and sha256 from that release’s SHASUMS256.txt', async () => {
    const fetch = recent();
    expect(await resolve('22.11.0', 'linux-x64', fetch)).toEqual({
      id: 'node-22.11.0-linux-x64',
      version: '22.11.0',
      url: 'https://nodejs.org/dist/v22.11.0/node-v22.11.0-linux-x64.tar.xz',
      sha256: '83bf07dd343002a26211cf1fcd46a9d9534219aad42ee02847816940bf610a72',
    });
    expect(fetch.asked).toEqual([
      'https://nodejs.org/dist/index.json',
      'https://nodejs.org/dist/v22.11.0/SHASUMS256.txt',
    ]);
  });

  it.each([
    ['24', '24.11.1'],
    ['24.11', '24.11.1'],
    ['24.10', '24.10.0'],
    ['latest', '25.2.1'],
    ['current', '25.2.1'],
    ['^22.10', '22.21.1'],
    ['~22.10.0', '22.10.0'],
    ['>=22 <24', '23.11.1'],
    ['22.x', '22.21.1'],
    ['lts', '24.11.1'],
    ['lts/*', '24.11.1'],
    ['lts/jod', '22.21.1'],
    ['LTS/Iron', '20.19.5'],
    ['lts/krypton', '24.11.1'],
  ])('node@%s → %s', async (request, version) => {
    expect((await resolve(request)).version).toBe(version);
  });

  it('reads the older index as copied in setup-node’s test data (lts codenames of old lines)', async () => {
    expect((await resolve('lts/dubnium', 'linux-x64', old())).version).toBe('10.20.1');
    expect((await resolve('lts', 'linux-x64', old())).version).toBe('12.16.3');
    expect((await resolve('12', 'linux-x64', old())).version).toBe('12.16.3');
    expect((await resolve('latest', 'darwin-x64', old())).id).toBe('node-14.1.0-darwin-x64');
  });

  it('never takes a pre-release unless asked for one', async () => {
    const index = JSON.stringify([
      { version: 'v26.0.0-rc.1', lts: false, files: ['linux-x64'] },
      { version: 'v25.2.1', lts: false, files: ['linux-x64'] },
    ]);
    expect((await resolve('latest', 'linux-x64', fetchFor(index))).version).toBe('25.2.1');
    expect((await resolve('>=25', 'linux-x64', fetchFor(index))).version).toBe('25.2.1');
    expect((await resolve('26.0.0-rc.1', 'linux-x64', fetchFor(index))).version).toBe(
      '26.0.0-rc.1',
    );
  });
});

describe('node: platforms', () => {
  it.each([
    ['linux-x64', 'node-v22.11.0-linux-x64.tar.xz', '83bf07dd'],
    ['linux-arm64', 'node-v22.11.0-linux-arm64.tar.xz', '6031d04b'],
    ['darwin-x64', 'node-v22.11.0-darwin-x64.tar.xz', 'ab28d178'],
    ['darwin-arm64', 'node-v22.11.0-darwin-arm64.tar.xz', 'c379a90c'],
    ['win-x64', 'node-v22.11.0-win-x64.zip', '905373a0'],
    ['win-arm64', 'node-v22.11.0-win-arm64.zip', 'b9ff5a6b'],
  ] as const)('%s → %s', async (platform, file, sha) => {
    const r = await resolve('22.11.0', platform);
    expect(r.id).toBe(`node-22.11.0-${platform}`);
    expect(r.url).toBe(`https://nodejs.org/dist/v22.11.0/${file}`);
    expect(r.sha256.startsWith(sha)).toBe(true);
  });

  it('picks the newest release built for the platform (no darwin-arm64 before v16)', async () => {
    const e = await failure(resolve('14', 'darwin-arm64', old()));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toContain('node@14');
    expect(e.message).toContain('darwin-arm64');
    expect(e.message).toContain('lists no release for darwin-arm64');
  });

  it.each(['linux-x64-musl', 'linux-arm64-musl'] as const)(
    '%s: nodejs.org builds none, the error names the platform',
    async (platform) => {
      const e = await failure(resolve('24', platform));
      expect(e.message).toContain(`node@24: node publishes no builds for ${platform}`);
      expect(e.message).toContain('linux-x64, linux-arm64');
    },
  );

  it('an unknown platform is refused the same way', async () => {
    const e = await failure(resolve('24', 'solaris-sparc' as Platform));
    expect(e.message).toContain('no builds for solaris-sparc');
  });

  it('layout: bin/ on unix, the root on Windows; no variables in the tree', () => {
    expect(node.layout('linux-x64').bin).toEqual(['bin']);
    expect(node.layout('darwin-arm64').bin).toEqual(['bin']);
    expect(node.layout('win-x64').bin).toEqual(['.']);
    expect(node.layout('linux-x64').stripComponents).toBeUndefined();
  });
});

describe('node: errors', () => {
  it('nothing matches → names the spec, the platform and the newest available', async () => {
    const e = await failure(resolve('30'));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toBe(
      'node@30: no node release matches "30" for linux-x64; the newest available for linux-x64 ' +
        'is 25.2.1. Change the version, or pin one that exists.',
    );
  });

  it('an unknown codename matches nothing', async () => {
    const e = await failure(resolve('lts/zebra'));
    expect(e.message).toContain('node@lts/zebra: no node release matches "lts/zebra"');
  });

  it('a request that is not a version is an InputError naming the spec', async () => {
    const e = await failure(resolve('twenty-four'));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('node@twenty-four: "twenty-four" is not a version');
  });

  it.each([
    ['not JSON', '<html>503</html>'],
    ['not a list', '{"version":"v1.0.0"}'],
    ['a release without files', '[{"version":"v24.0.0","lts":false}]'],
    ['a version that is not one', '[{"version":"24","lts":false,"files":[]}]'],
  ])('an index that does not parse throws (%s)', (_what, text) => {
    expect(() => parseNodeIndex('https://nodejs.org/dist/index.json', text)).toThrow(
      /https:\/\/nodejs.org\/dist\/index.json is not a valid vendor document/,
    );
  });

  it('a SHASUMS256.txt that does not parse, or lacks the archive, throws naming it', async () => {
    const index = fixture('node/index-recent.json');
    const sumsUrl = `${NODE_BASE}/v24.11.1/SHASUMS256.txt`;
    const garbled = fixtureFetch({ [`${NODE_BASE}/index.json`]: index, [sumsUrl]: 'oops\n' });
    expect((await failure(resolve('24', 'linux-x64', garbled))).message).toContain(
      `${sumsUrl} is not a valid vendor document (unexpected line "oops")`,
    );
    const lacking = fixtureFetch({
      [`${NODE_BASE}/index.json`]: index,
      [sumsUrl]: `${'a'.repeat(64)}  node-v24.11.1-linux-x64.tar.gz\n`,
    });
    const e = await failure(resolve('24', 'linux-x64', lacking));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toBe(
      `node@24: v24.11.1 has no node-v24.11.1-linux-x64.tar.xz (${sumsUrl} lists no checksum ` +
        'for it). Pick a newer version.',
    );
  });
});

describe('node: a global prefix outside the tree', () => {
  const ctx = { tempDir: '/runner/_temp', homeDir: '/home/u', env: {} };
  const r = (version: string, platform: Platform) => ({
    id: `node-${version}-${platform}`,
    version,
    url: 'u',
    sha256: 's',
  });

  it('unix: NPM_CONFIG_PREFIX per job and id, its bin first on PATH, corepack linked there', () => {
    const setup = node.layout('linux-x64').job!(
      '/cache/node',
      r('24.11.1', 'linux-x64'),
      'linux-x64',
      ctx,
    );
    const prefix = '/runner/_temp/toolchain-cache/npm-prefix/node-24.11.1-linux-x64';
    expect(setup).toEqual({
      path: [`${prefix}/bin`],
      env: { NPM_CONFIG_PREFIX: prefix },
      dirs: [prefix, `${prefix}/bin`],
      links: [
        {
          path: `${prefix}/bin/corepack`,
          target: '/cache/node/lib/node_modules/corepack/dist/corepack.js',
        },
      ],
    });
  });

  it('Windows: the prefix itself holds the bins; corepack through a .cmd', () => {
    const winCtx = { ...ctx, tempDir: 'D:\\a\\_temp' };
    const setup = node.layout('win-x64').job!(
      'C:\\cache\\node',
      r('22.11.0', 'win-x64'),
      'win-x64',
      winCtx,
    );
    const prefix = 'D:\\a\\_temp\\toolchain-cache\\npm-prefix\\node-22.11.0-win-x64';
    expect(setup.path).toEqual([prefix]);
    expect(setup.env).toEqual({ NPM_CONFIG_PREFIX: prefix });
    expect(setup.links).toEqual([
      {
        path: `${prefix}\\corepack.cmd`,
        content:
          '@"C:\\cache\\node\\node.exe" "C:\\cache\\node\\node_modules\\corepack\\dist\\corepack.js" %*\r\n',
      },
    ]);
  });

  it('no corepack link where the release ships none (Node 25 dropped it)', () => {
    expect(
      node.layout('linux-x64').job!('/t', r('25.2.1', 'linux-x64'), 'linux-x64', ctx).links,
    ).toEqual([]);
    expect(shipsCorepack('24.11.1')).toBe(true);
    expect(shipsCorepack('16.9.0')).toBe(true);
    expect(shipsCorepack('16.8.0')).toBe(false);
    expect(shipsCorepack('14.19.0')).toBe(true);
    expect(shipsCorepack('12.22.0')).toBe(false);
  });
});
