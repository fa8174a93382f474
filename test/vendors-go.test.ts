// The go vendor (src/vendors/go.ts) against go.dev's `?mode=json&include=all` format: the copy in
// setup-go's test data, and a recent excerpt (test/fixtures/README.md).
import { describe, expect, it } from 'vitest';
import { ToolchainCacheError } from '../src/core/errors.js';
import { GO_BASE, go, parseGoIndex } from '../src/vendors/go.js';
import type { NamedSpec, Platform } from '../src/vendors/types.js';
import { fixture, fixtureFetch } from './helpers/vendor-fixtures.js';

const INDEX = `${GO_BASE}/?mode=json&include=all`;
const spec = (version: string): NamedSpec => ({ spec: `go@${version}`, name: 'go', version });
const recent = () => fixtureFetch({ [INDEX]: fixture('go/dl-recent.json') });
const old = () => fixtureFetch({ [INDEX]: fixture('go/dl.json') });
const resolve = (version: string, platform: Platform = 'linux-x64', fetch = recent()) =>
  go.resolve(spec(version), platform, fetch);

async function failure(p: Promise<unknown>): Promise<ToolchainCacheError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ToolchainCacheError);
  return e as ToolchainCacheError;
}

describe('go: versions', () => {
  it('setup-go’s copy of go.dev’s JSON: the archive, its inline sha256 and size', async () => {
    const fetch = old();
    expect(await resolve('1.13', 'linux-x64', fetch)).toEqual({
      id: 'go-1.13.7-linux-x64',
      version: '1.13.7',
      url: 'https://go.dev/dl/go1.13.7.linux-amd64.tar.gz',
      sha256: 'b3dd4bd781a0271b33168e627f7f43886b4c5d1c794a4015abf34e99c6526ca3',
      size: 120071076,
    });
    expect(fetch.asked).toEqual([INDEX]); // one document: the sha256 is inline
  });

  it.each([
    ['latest', '1.23.4'],
    ['1.23', '1.23.4'],
    ['1.23.3', '1.23.3'],
    ['^1.22', '1.23.4'],
    ['~1.22.0', '1.22.10'],
    ['>=1.21 <1.23', '1.22.10'],
    ['1.21', '1.21.0'],
    ['1.x', '1.23.4'],
  ])('go@%s → %s (stable only)', async (request, version) => {
    expect((await resolve(request)).version).toBe(version);
  });

  it('a pre-release only when named: go@1.24rc1, and the id without go’s prefix', async () => {
    const r = await resolve('1.24rc1');
    expect(r).toMatchObject({
      id: 'go-1.24rc1-linux-x64',
      version: '1.24rc1',
      url: 'https://go.dev/dl/go1.24rc1.linux-amd64.tar.gz',
    });
    expect((await resolve('1.14rc1', 'linux-x64', old())).version).toBe('1.14rc1');
    expect((await resolve('latest', 'linux-x64', old())).version).toBe('1.13.7');
  });

  it('go.dev’s stable flag is honoured even for a version that looks like a release', async () => {
    const doc = JSON.parse(fixture('go/dl-recent.json')) as { version: string; stable: boolean }[];
    const withdrawn = doc.map((r) => (r.version === 'go1.23.4' ? { ...r, stable: false } : r));
    const fetch = fixtureFetch({ [INDEX]: JSON.stringify(withdrawn) });
    expect((await resolve('1.23', 'linux-x64', fetch)).version).toBe('1.23.3');
  });

  it('1.24 with only an rc published: nothing matches, the newest stable is named', async () => {
    const e = await failure(resolve('1.24'));
    expect(e.message).toBe(
      'go@1.24: no go release matches "1.24" for linux-x64; the newest available for linux-x64 ' +
        'is 1.23.4. Change the version, or pin one that exists.',
    );
  });
});

describe('go: platforms', () => {
  it.each([
    ['linux-x64', 'go1.23.4.linux-amd64.tar.gz'],
    ['linux-arm64', 'go1.23.4.linux-arm64.tar.gz'],
    ['linux-x64-musl', 'go1.23.4.linux-amd64.tar.gz'],
    ['linux-arm64-musl', 'go1.23.4.linux-arm64.tar.gz'],
    ['darwin-x64', 'go1.23.4.darwin-amd64.tar.gz'],
    ['darwin-arm64', 'go1.23.4.darwin-arm64.tar.gz'],
    ['win-x64', 'go1.23.4.windows-amd64.zip'],
    ['win-arm64', 'go1.23.4.windows-arm64.zip'],
  ] as const)('%s → %s (the archive, never the installer)', async (platform, file) => {
    const r = await resolve('1.23.4', platform);
    expect(r.url).toBe(`https://go.dev/dl/${file}`);
    expect(r.id).toBe(`go-1.23.4-${platform}`);
  });

  it('a platform the release has no archive for: the newest that has one is named', async () => {
    const e = await failure(resolve('1.13', 'darwin-arm64', old()));
    expect(e.message).toContain('go@1.13: no go release matches "1.13" for darwin-arm64');
    expect(e.message).toContain('go lists no release for darwin-arm64');
    const e2 = await failure(resolve('1.11', 'linux-arm64', old()));
    expect(e2.message).toContain('the newest available for linux-arm64 is 1.13.7');
  });

  it('an unknown platform is refused naming it', async () => {
    const e = await failure(resolve('1.23', 'plan9-x64' as Platform));
    expect(e.message).toContain('go@1.23: go publishes no builds for plan9-x64');
  });
});

describe('go: layout and environment', () => {
  const r = (version: string) => ({ id: `go-${version}`, version, url: 'u', sha256: 's' });

  it('bin/ on PATH; GOTOOLCHAIN=local; GOROOT only before Go 1.9, as setup-go', () => {
    const layout = go.layout('linux-x64');
    expect(layout.bin).toEqual(['bin']);
    expect(layout.env('/cache/go', r('1.23.4'), 'linux-x64')).toEqual({ GOTOOLCHAIN: 'local' });
    expect(layout.env('/cache/go', r('1.8.7'), 'linux-x64')).toEqual({
      GOTOOLCHAIN: 'local',
      GOROOT: '/cache/go',
    });
  });

  it('GOPATH/bin on PATH: the user’s GOPATH, else ~/go', () => {
    const layout = go.layout('linux-x64');
    const ctx = { tempDir: '/t', homeDir: '/home/u', env: {} };
    expect(layout.job!('/cache/go', r('1.23.4'), 'linux-x64', ctx).path).toEqual([
      '/home/u/go/bin',
    ]);
    const custom = { ...ctx, env: { GOPATH: '/work/gopath:/other' } };
    expect(layout.job!('/cache/go', r('1.23.4'), 'linux-x64', custom).path).toEqual([
      '/work/gopath/bin',
    ]);
    const win = { tempDir: 'D:\\t', homeDir: 'C:\\Users\\u', env: {} };
    expect(go.layout('win-x64').job!('C:\\go', r('1.23.4'), 'win-x64', win).path).toEqual([
      'C:\\Users\\u\\go\\bin',
    ]);
  });
});

describe('go: documents that do not parse', () => {
  it.each([
    ['not JSON', 'Service Unavailable'],
    ['not a list', '{}'],
    ['a release without stable', '[{"version":"go1.23.4","files":[]}]'],
    [
      'an archive with a bad sha256',
      '[{"version":"go1.23.4","stable":true,"files":[{"filename":"f","os":"linux","arch":"amd64","kind":"archive","sha256":"abc"}]}]',
    ],
    [
      'a file without os',
      '[{"version":"go1.23.4","stable":true,"files":[{"filename":"f","arch":"amd64","kind":"archive","sha256":"abc"}]}]',
    ],
  ])('%s → throws naming the URL', (_what, text) => {
    expect(() => parseGoIndex(INDEX, text)).toThrow(`${INDEX} is not a valid vendor document`);
  });

  it('a request that is not a version is an InputError naming the spec', async () => {
    const e = await failure(resolve('stable'));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('go@stable: "stable" is not a version');
  });
});
