// The zig vendor (src/vendors/zig.ts) against ziglang.org's index.json (an excerpt of real
// records, test/fixtures/README.md).
import { describe, expect, it } from 'vitest';
import { ToolchainCacheError } from '../src/core/errors.js';
import type { NamedSpec, Platform } from '../src/vendors/types.js';
import { ZIG_BASE, parseZigIndex, zig } from '../src/vendors/zig.js';
import { fixture, fixtureFetch } from './helpers/vendor-fixtures.js';

const INDEX = `${ZIG_BASE}/index.json`;
const spec = (version: string): NamedSpec => ({ spec: `zig@${version}`, name: 'zig', version });
const fetchIndex = (text = fixture('zig/index.json')) => fixtureFetch({ [INDEX]: text });
const resolve = (version: string, platform: Platform = 'linux-x64', fetch = fetchIndex()) =>
  zig.resolve(spec(version), platform, fetch);

async function failure(p: Promise<unknown>): Promise<ToolchainCacheError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ToolchainCacheError);
  return e as ToolchainCacheError;
}

describe('zig: versions', () => {
  it('an exact version: tarball, shasum and size inline, one document', async () => {
    const fetch = fetchIndex();
    expect(await resolve('0.13.0', 'linux-x64', fetch)).toEqual({
      id: 'zig-0.13.0-linux-x64',
      version: '0.13.0',
      url: 'https://ziglang.org/download/0.13.0/zig-linux-x86_64-0.13.0.tar.xz',
      sha256: 'd45312e61ebcc48032b77bc4cf7fd6915c11fa16e4aad116b66c9468211230ea',
      size: 47082308,
    });
    expect(fetch.asked).toEqual([INDEX]);
  });

  it.each([
    ['latest', '0.13.0'],
    ['0.13', '0.13.0'],
    ['0.11', '0.11.0'],
    ['^0.10', '0.10.1'],
    ['>=0.10 <0.13', '0.11.0'],
    ['0.x', '0.13.0'],
  ])('zig@%s → %s (master never, unless asked)', async (request, version) => {
    expect((await resolve(request)).version).toBe(version);
  });

  it('zig@master: the dev build from /builds, its id carrying the dev version', async () => {
    expect(await resolve('master')).toEqual({
      id: 'zig-0.16.0-dev.699+529aa9f27-linux-x64',
      version: '0.16.0-dev.699+529aa9f27',
      url: 'https://ziglang.org/builds/zig-x86_64-linux-0.16.0-dev.699+529aa9f27.tar.xz',
      sha256: 'ac7d326c488b7cf60dfb79a929abf8aa26851f3408854f0f3f996ddaab04fe13',
      size: 54487484,
    });
    expect((await resolve('0.16.0-dev.699+529aa9f27')).version).toBe('0.16.0-dev.699+529aa9f27');
  });

  it('a range above every release does not fall through to master', async () => {
    const e = await failure(resolve('>=0.14'));
    expect(e.message).toBe(
      'zig@>=0.14: no zig release matches ">=0.14" for linux-x64; the newest available for ' +
        'linux-x64 is 0.13.0. Change the version, or pin one that exists.',
    );
  });
});

describe('zig: platforms', () => {
  it.each([
    ['linux-x64', 'zig-linux-x86_64-0.13.0.tar.xz'],
    ['linux-arm64', 'zig-linux-aarch64-0.13.0.tar.xz'],
    ['linux-x64-musl', 'zig-linux-x86_64-0.13.0.tar.xz'],
    ['linux-arm64-musl', 'zig-linux-aarch64-0.13.0.tar.xz'],
    ['darwin-x64', 'zig-macos-x86_64-0.13.0.tar.xz'],
    ['darwin-arm64', 'zig-macos-aarch64-0.13.0.tar.xz'],
    ['win-x64', 'zig-windows-x86_64-0.13.0.zip'],
    ['win-arm64', 'zig-windows-aarch64-0.13.0.zip'],
  ] as const)('%s → %s', async (platform, file) => {
    const r = await resolve('0.13', platform);
    expect(r.url).toBe(`https://ziglang.org/download/0.13.0/${file}`);
    expect(r.id).toBe(`zig-0.13.0-${platform}`);
  });

  it('a platform an old release lacks: the newest that has it is named', async () => {
    const e = await failure(resolve('0.11', 'darwin-arm64'));
    expect(e.message).toContain('zig@0.11: no zig release matches "0.11" for darwin-arm64');
    expect(e.message).toContain('the newest available for darwin-arm64 is 0.13.0');
  });

  it('an unknown platform is refused naming it', async () => {
    const e = await failure(resolve('0.13', 'linux-riscv64' as Platform));
    expect(e.message).toContain('zig@0.13: zig publishes no builds for linux-riscv64');
  });

  it('layout: the root on PATH (zig sits beside lib/), nothing else set', () => {
    const layout = zig.layout('linux-x64');
    expect(layout.bin).toEqual(['.']);
    expect(
      layout.env('/z', { id: 'i', version: '0.13.0', url: 'u', sha256: 's' }, 'linux-x64'),
    ).toEqual({});
  });
});

describe('zig: documents that do not parse', () => {
  it.each([
    ['not JSON', '<!doctype html>'],
    ['a list', '[]'],
    ['a release that is not an object', '{"0.13.0": 1}'],
    ['master without a version', '{"master": {"x86_64-linux": {}}}'],
    [
      'a build with a bad shasum',
      '{"0.13.0": {"x86_64-linux": {"tarball": "https://z/x.tar.xz", "shasum": "zz"}}}',
    ],
    [
      'a build whose tarball is not https',
      `{"0.13.0": {"x86_64-linux": {"tarball": "http://z/x.tar.xz", "shasum": "${'a'.repeat(64)}"}}}`,
    ],
  ])('%s → throws naming the URL', (_what, text) => {
    expect(() => parseZigIndex(INDEX, text)).toThrow(`${INDEX} is not a valid vendor document`);
  });

  it('a request that is not a version is an InputError naming the spec', async () => {
    const e = await failure(resolve('nightly'));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('zig@nightly: "nightly" is not a version');
  });
});
