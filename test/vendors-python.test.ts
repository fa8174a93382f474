// The python vendor (src/vendors/python.ts) against real python-build-standalone documents
// (test/fixtures/vendors/python/, cited in test/fixtures/README.md): the latest-release pointer,
// the release's SHA256SUMS, the install_only archive per platform, the errors, the layout.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ToolchainCacheError } from '../src/core/errors.js';
import { VendorDocumentError } from '../src/vendors/common.js';
import {
  PYTHON_LATEST_URL,
  PYTHON_RELEASES_BASE,
  parseLatestRelease,
  python,
  pythonToSemver,
} from '../src/vendors/python.js';
import type { NamedSpec, Platform, VendorFetch } from '../src/vendors/types.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'vendors', 'python');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const TAG = '20260414';
const SUMS_URL = `${PYTHON_RELEASES_BASE}/${TAG}/SHA256SUMS`;

/** A VendorFetch over a URL → text table, recording every URL asked. */
function fakeFetch(docs: Record<string, string>) {
  const asked: string[] = [];
  const fetch: VendorFetch = {
    async document(url, parse) {
      asked.push(url);
      if (!(url in docs)) throw new Error(`unexpected request ${url}`);
      return parse(docs[url]);
    },
  };
  return { fetch, asked };
}

const realDocs = () => ({
  [PYTHON_LATEST_URL]: fixture('latest-release.json'),
  [SUMS_URL]: fixture('SHA256SUMS'),
});

const spec = (version: string): NamedSpec => ({
  spec: `python@${version}`,
  name: 'python',
  version,
});

async function resolve(version: string, platform: Platform = 'linux-x64', docs = realDocs()) {
  const { fetch, asked } = fakeFetch(docs);
  return { ...(await python.resolve(spec(version), platform, fetch)), asked };
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

describe('python: versions from the latest release', () => {
  it('latest: the newest release of the latest release tag, not its pre-release (3.15.0a8)', async () => {
    const r = await resolve('latest');
    expect(r).toMatchObject({
      id: `python-3.14.4+${TAG}-linux-x64`,
      version: `3.14.4+${TAG}`,
      url: `${PYTHON_RELEASES_BASE}/${TAG}/cpython-3.14.4%2B${TAG}-x86_64-unknown-linux-gnu-install_only.tar.gz`,
      // The install_only archive's, not the install_only_stripped one listed beside it.
      sha256: 'e17275eaf95ceb5877aa6816e209b7733f41fee401d39c3921b88fb73fc4a4ba',
    });
    expect(r.asked).toEqual([PYTHON_LATEST_URL, SUMS_URL]);
  });

  it('prefixes, exact versions and ranges', async () => {
    expect((await resolve('3.12')).version).toBe(`3.12.13+${TAG}`);
    expect((await resolve('3')).version).toBe(`3.14.4+${TAG}`);
    expect((await resolve('3.13.13')).version).toBe(`3.13.13+${TAG}`);
    expect((await resolve('>=3.11 <3.13')).version).toBe(`3.12.13+${TAG}`);
    expect((await resolve('~3.11.1')).version).toBe(`3.11.15+${TAG}`);
    expect((await resolve('^3.10')).version).toBe(`3.14.4+${TAG}`);
  });

  it('a pre-release only when named', async () => {
    const r = await resolve('3.15.0a8');
    expect(r.id).toBe(`python-3.15.0a8+${TAG}-linux-x64`);
    expect(r.sha256).toBe('c93f4b15287ac48d7e3a475b245cb59cc51079382747e3e6213d6406c158969d');
    const e = await rejection(resolve('3.15'));
    expect(e).toBeInstanceOf(ToolchainCacheError);
    expect(e.message).toContain('python@3.15');
  });

  it('a spec naming the release tag reads that release only (no latest-release.json)', async () => {
    const r = await resolve(`3.12.13+${TAG}`);
    expect(r.id).toBe(`python-3.12.13+${TAG}-linux-x64`);
    expect(r.asked).toEqual([SUMS_URL]);
    const { asked } = await resolve(`3.12+${TAG}`);
    expect(asked).toEqual([SUMS_URL]);
  });
});

describe('python: platforms', () => {
  const cases: [Platform, string, string][] = [
    [
      'linux-x64',
      'x86_64-unknown-linux-gnu',
      'cdcf8724d46e4857f8db5ee9f4252dc2f5da34f7940294ec6b312389dd3f41e0',
    ],
    [
      'linux-arm64',
      'aarch64-unknown-linux-gnu',
      '355d981eafb9b2870af79ddc106ced7266b6f6d2101d8fbcb05620fa386642b9',
    ],
    [
      'linux-x64-musl',
      'x86_64-unknown-linux-musl',
      'd10e971238c130fdf25e577c6538a3effa5589d5fcf53665e3c711edd6a6ff2f',
    ],
    [
      'darwin-x64',
      'x86_64-apple-darwin',
      '801b03fbe004181d55a02ebd8b4e04d74973e70d716062aebe3b3cf32e9be297',
    ],
    [
      'darwin-arm64',
      'aarch64-apple-darwin',
      '8966b2bcd9fa03ba22c080ad15a86bc12e41a00122b16f4b3740e302261124d9',
    ],
    [
      'win-x64',
      'x86_64-pc-windows-msvc',
      'c5a9e011e284c49c48106ca177342f3e3f64e95b4c6652d4a382cc7c9bb1cc46',
    ],
    [
      'win-arm64',
      'aarch64-pc-windows-msvc',
      'f55326c894fde76fc0faffe95d2bce60be533c88a8c44c1b88bbbc17bf6a5cd5',
    ],
  ];
  it.each(cases)('%s: the %s install_only archive', async (platform, triple, sha256) => {
    const r = await resolve('3.12', platform);
    expect(r.id).toBe(`python-3.12.13+${TAG}-${platform}`);
    expect(r.sha256).toBe(sha256);
    expect(decodeURIComponent(r.url)).toBe(
      `${PYTHON_RELEASES_BASE}/${TAG}/cpython-3.12.13+${TAG}-${triple}-install_only.tar.gz`,
    );
  });

  it('linux-arm64-musl: the aarch64-unknown-linux-musl archive when the release has it', async () => {
    const sha = 'ab'.repeat(32); // this excerpt of the real file has no such line: a made-up one
    const line = `${sha}  cpython-3.13.13+${TAG}-aarch64-unknown-linux-musl-install_only.tar.gz\n`;
    const docs = { ...realDocs(), [SUMS_URL]: fixture('SHA256SUMS') + line };
    const r = await resolve('3', 'linux-arm64-musl', docs);
    expect(r).toMatchObject({ id: `python-3.13.13+${TAG}-linux-arm64-musl`, sha256: sha });
  });

  it('nothing matches: the error names the spec, the platform and the newest available', async () => {
    const e = await rejection(resolve('3.9'));
    expect(e).toBeInstanceOf(ToolchainCacheError);
    expect(e.message).toContain('python@3.9');
    expect(e.message).toContain('linux-x64');
    expect(e.message).toContain(`3.14.4+${TAG}`);
    // No build at all for the platform in this release: still names spec and platform.
    const none = await rejection(resolve('3', 'linux-arm64-musl'));
    expect(none.message).toContain('python@3');
    expect(none.message).toContain('linux-arm64-musl');
  });

  it('a version that is not a version names the spec', async () => {
    const e = await rejection(resolve('three'));
    expect(e.message).toContain('python@three');
  });
});

describe('python: documents that do not parse throw (and are therefore never cached)', () => {
  it('latest-release.json', async () => {
    for (const bad of [
      '<html>rate limited</html>',
      '{"version": 2, "tag": "20260414"}',
      '{"version": 1, "tag": "../x"}',
    ]) {
      const docs = { ...realDocs(), [PYTHON_LATEST_URL]: bad };
      expect(await rejection(resolve('3.12', 'linux-x64', docs))).toBeInstanceOf(
        VendorDocumentError,
      );
    }
    expect(parseLatestRelease('u', fixture('latest-release.json'))).toBe(TAG);
  });

  it('SHA256SUMS', async () => {
    for (const bad of [
      '',
      '<html>Not Found</html>',
      `${'z'.repeat(64)}  cpython-3.12.13+${TAG}-x.tar.gz`,
    ]) {
      const docs = { ...realDocs(), [SUMS_URL]: bad };
      expect(await rejection(resolve('3.12', 'linux-x64', docs))).toBeInstanceOf(
        VendorDocumentError,
      );
    }
  });
});

describe('python: layout', () => {
  const ctx = { tempDir: '/tmp/job', homeDir: '/home/u', env: { HOME: '/home/u' } };
  const r = {
    id: 'python-3.12.13+20260414-linux-x64',
    version: '3.12.13+20260414',
    url: 'u',
    sha256: 's',
  };

  it('unix: bin/, what setup-python exports, bytecode in the user cache, pip only in a venv', () => {
    const l = python.layout('linux-x64');
    expect(l.bin).toEqual(['bin']);
    expect(l.env('/c/t', r, 'linux-x64')).toEqual({
      pythonLocation: '/c/t',
      Python_ROOT_DIR: '/c/t',
      Python3_ROOT_DIR: '/c/t',
      PKG_CONFIG_PATH: '/c/t/lib/pkgconfig',
    });
    const job = l.job!('/c/t', r, 'linux-x64', ctx);
    expect(job.env).toEqual({
      PYTHONPYCACHEPREFIX: '/home/u/.cache/toolchain-cache/pycache',
      PIP_REQUIRE_VIRTUALENV: 'true',
    });
    expect(job.dirs).toEqual(['/home/u/.cache/toolchain-cache/pycache']);
    const xdg = l.job!('/c/t', r, 'linux-x64', { ...ctx, env: { XDG_CACHE_HOME: '/x' } });
    expect(xdg.env.PYTHONPYCACHEPREFIX).toBe('/x/toolchain-cache/pycache');
  });

  it('Windows: the root holds python.exe; no PKG_CONFIG_PATH; LOCALAPPDATA', () => {
    const l = python.layout('win-x64');
    expect(l.bin).toEqual(['.']);
    expect(l.env('C:\\c\\t', r, 'win-x64')).not.toHaveProperty('PKG_CONFIG_PATH');
    const job = l.job!('C:\\c\\t', r, 'win-x64', {
      tempDir: 'C:\\t',
      homeDir: 'C:\\Users\\u',
      env: { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' },
    });
    expect(job.env.PYTHONPYCACHEPREFIX).toBe(
      'C:\\Users\\u\\AppData\\Local\\toolchain-cache\\pycache',
    );
  });

  it('mirror bases: releases at the mirror root, the pointer under /latest-release', () => {
    expect(python.bases).toEqual([
      { url: PYTHON_RELEASES_BASE, mirrorPath: '' },
      {
        url: PYTHON_LATEST_URL.replace(/\/latest-release\.json$/, ''),
        mirrorPath: '/latest-release',
      },
    ]);
    expect(pythonToSemver('3.13.0rc3')).toBe('3.13.0-rc.3');
  });
});
