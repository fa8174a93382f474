// The temurin vendor (src/vendors/temurin.ts) against real Adoptium API v3 documents
// (test/fixtures/vendors/temurin/, cited in test/fixtures/README.md): available_releases, a
// release list (setup-java's copy of an /v3/assets answer: GA 16.0.2+7 and 8u302 with their
// linux/mac/windows x64 JDKs, and an early-access 17 build for eleven platforms), the errors,
// the layout. Lists of many versions of one feature are derived from the real release in the test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ToolchainCacheError } from '../src/core/errors.js';
import { VendorDocumentError } from '../src/vendors/common.js';
import {
  ADOPTIUM_API,
  ADOPTIUM_BINARIES,
  AVAILABLE_RELEASES_URL,
  PAGE_SIZE,
  featureReleasesUrl,
  temurin,
} from '../src/vendors/temurin.js';
import type { NamedSpec, Platform, VendorFetch } from '../src/vendors/types.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'vendors', 'temurin');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const AVAILABLE = fixture('available_releases.json'); // features 8 11 16 17 18 19, newest 19, LTS 17
const ASSETS = fixture('assets-setup-java.json');
type Release = {
  release_name: string;
  version_data: Record<string, unknown>;
  binaries: Record<string, unknown>[];
};
const REAL: Release[] = JSON.parse(ASSETS);

/**
 * A release of `version` (`21.0.5+11`) made from the real 16.0.2+7 one: same binaries (linux,
 * mac, windows x64; plus alpine-linux x64 and mac aarch64 copies), new names, links and digests.
 */
function derived(version: string, digest: string): Release {
  const [core, build] = version.split('+');
  const [major, minor, security] = core.split('.').map(Number);
  const r = structuredClone(REAL[0]);
  const oses = [
    ...r.binaries,
    { ...r.binaries[0], os: 'alpine-linux' },
    { ...r.binaries[1], architecture: 'aarch64' },
  ];
  return {
    ...r,
    release_name: `jdk-${version}`,
    version_data: {
      major,
      minor,
      security,
      build: Number(build),
      semver: version,
      openjdk_version: version,
    },
    binaries: oses.map((b) => {
      const p = b.package as Record<string, unknown>;
      const name = String(p.name)
        .replace('16.0.2_7', `${core}_${build}`)
        .replace('OpenJDK16U', `OpenJDK${major}U`);
      const file = `${b.os}-${b.architecture}-${name}`;
      return {
        ...b,
        package: {
          ...p,
          name: file,
          link: `${ADOPTIUM_BINARIES}/temurin${major}-binaries/releases/download/jdk-${encodeURIComponent(version)}/${file}`,
          checksum: digest,
        },
      };
    }),
  };
}

const D = (n: number) => n.toString(16).padStart(2, '0').repeat(32);
const FEATURE_21 = [
  derived('21.0.5+11', D(5)),
  derived('21.0.4+7', D(4)),
  derived('21.0.3+9', D(3)),
];

/** A VendorFetch over URL → text (or an Error to throw), recording every URL asked. */
function fakeFetch(docs: Record<string, string | Error>) {
  const asked: string[] = [];
  const fetch: VendorFetch = {
    async document(url, parse) {
      asked.push(url);
      const doc = docs[url];
      if (doc === undefined) throw new Error(`404 ${url}`);
      if (doc instanceof Error) throw doc;
      return parse(doc);
    },
  };
  return { fetch, asked };
}

/** The real documents: every feature's page 0 answered with the real list (the vendor filters). */
function realDocs(platform: Platform, extra: Record<string, string | Error> = {}) {
  const docs: Record<string, string | Error> = { [AVAILABLE_RELEASES_URL]: AVAILABLE };
  for (const f of [8, 11, 16, 17, 18, 19]) docs[featureReleasesUrl(f, platform, 0)] = ASSETS;
  docs[featureReleasesUrl(21, platform, 0)] = JSON.stringify(FEATURE_21);
  return { ...docs, ...extra };
}

const spec = (version: string): NamedSpec => ({
  spec: `temurin@${version}`,
  name: 'temurin',
  version,
});

async function resolve(
  version: string,
  platform: Platform = 'linux-x64',
  docs = realDocs(platform),
) {
  const { fetch, asked } = fakeFetch(docs);
  return { ...(await temurin.resolve(spec(version), platform, fetch)), asked };
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

describe('temurin: real documents', () => {
  it('16: the GA release, its package checksum, size and link, from one feature page', async () => {
    const r = await resolve('16');
    expect(r).toMatchObject({
      id: 'temurin-16.0.2+7-linux-x64',
      version: '16.0.2+7',
      url: 'https://github.com/adoptium/temurin16-binaries/releases/download/jdk-16.0.2%2B7/OpenJDK16U-jdk_x64_linux_hotspot_16.0.2_7.tar.gz',
      sha256: '323d6d7474a359a28eff7ddd0df8e65bd61554a8ed12ef42fd9365349e573c2c',
      size: 205463525,
    });
    expect(r.asked).toEqual([AVAILABLE_RELEASES_URL, featureReleasesUrl(16, 'linux-x64', 0)]);
    expect(r.asked[1]).toBe(
      `${ADOPTIUM_API}/v3/assets/feature_releases/16/ga?architecture=x64&heap_size=normal&image_type=jdk&jvm_impl=hotspot&os=linux&page=0&page_size=20&project=jdk&sort_method=DEFAULT&sort_order=DESC&vendor=eclipse`,
    );
  });

  it('8: the 8u302 build as 8.0.302+8', async () => {
    const r = await resolve('8', 'win-x64');
    expect(r.id).toBe('temurin-8.0.302+8-win-x64');
    expect(r.url).toMatch(/OpenJDK8U-jdk_x64_windows_hotspot_8u302b08\.zip$/);
  });

  it('an early-access build is never picked (17 lists only a beta)', async () => {
    const e = await rejection(resolve('17', 'linux-arm64'));
    expect(e).toBeInstanceOf(ToolchainCacheError);
    expect(e.message).toContain('temurin@17');
    expect(e.message).toContain('linux-arm64');
  });

  it('latest and ranges walk the features newest first (19, 18, 17 have no GA build here)', async () => {
    const r = await resolve('latest', 'darwin-x64');
    expect(r.id).toBe('temurin-16.0.2+7-darwin-x64');
    expect(r.asked.slice(1)).toEqual(
      [19, 18, 17, 16].map((f) => featureReleasesUrl(f, 'darwin-x64', 0)),
    );
    expect((await resolve('>=8 <16', 'linux-x64')).version).toBe('8.0.302+8');
    // lts: the newest LTS feature (17), whose only build here is early access.
    const { fetch, asked } = fakeFetch(realDocs('linux-x64'));
    expect((await rejection(temurin.resolve(spec('lts'), 'linux-x64', fetch))).message).toContain(
      'temurin@lts',
    );
    expect(asked.slice(1)).toEqual([featureReleasesUrl(17, 'linux-x64', 0)]);
  });
});

describe('temurin: versions within a feature', () => {
  it('prefix, exact, exact with build, ranges', async () => {
    expect((await resolve('21')).id).toBe('temurin-21.0.5+11-linux-x64');
    expect((await resolve('21.0')).version).toBe('21.0.5+11');
    expect((await resolve('21.0.4')).version).toBe('21.0.4+7');
    expect((await resolve('21.0.4+7')).sha256).toBe(D(4));
    expect((await resolve('~21.0.3')).version).toBe('21.0.5+11');
    expect((await resolve('^21')).asked).toHaveLength(2);
    // A range spanning features searches those available_releases lists, newest first.
    const with21 = JSON.stringify({
      ...JSON.parse(AVAILABLE),
      available_releases: [8, 11, 16, 17, 21],
    });
    const docs = realDocs('linux-x64', { [AVAILABLE_RELEASES_URL]: with21 });
    const r = await resolve('>=16 <21.0.5', 'linux-x64', docs);
    expect(r.version).toBe('21.0.4+7');
    expect(r.asked.slice(1)).toEqual([featureReleasesUrl(21, 'linux-x64', 0)]);
  });

  it('nothing matches: names the spec, the platform and the newest available', async () => {
    for (const v of ['21.0.9', '21.0.4+8']) {
      const e = await rejection(resolve(v));
      expect(e).toBeInstanceOf(ToolchainCacheError);
      expect(e.message).toContain(`temurin@${v}`);
      expect(e.message).toContain('linux-x64');
      expect(e.message).toContain('21.0.5+11');
    }
  });

  it('pages: a full page without a match reads the next; a short page ends the list', async () => {
    const newer = Array.from({ length: PAGE_SIZE }, (_, i) =>
      derived(`21.0.${30 - i}+1`, D(100 + i)),
    );
    const docs = realDocs('linux-x64', {
      [featureReleasesUrl(21, 'linux-x64', 0)]: JSON.stringify(newer),
      [featureReleasesUrl(21, 'linux-x64', 1)]: JSON.stringify(FEATURE_21),
    });
    const r = await resolve('21.0.4', 'linux-x64', docs);
    expect(r.version).toBe('21.0.4+7');
    expect(r.asked.slice(1)).toEqual([0, 1].map((p) => featureReleasesUrl(21, 'linux-x64', p)));
    const e = await rejection(resolve('21.0.1', 'linux-x64', docs));
    expect(e.message).toContain('21.0.30+1'); // page 1 was short: no page 2 asked (it would 404)
  });

  it('a static mirror answering every page with the same list ends the walk', async () => {
    const full = Array.from({ length: PAGE_SIZE }, (_, i) =>
      derived(`21.0.${30 - i}+1`, D(100 + i)),
    );
    const docs = realDocs('linux-x64');
    for (let p = 0; p < 12; p++)
      docs[featureReleasesUrl(21, 'linux-x64', p)] = JSON.stringify(full);
    const { fetch, asked } = fakeFetch(docs);
    await rejection(temurin.resolve(spec('21.0.1'), 'linux-x64', fetch));
    expect(asked).toHaveLength(3); // available_releases, page 0, page 1 (= page 0): stop
  });
});

describe('temurin: platforms', () => {
  const cases: [Platform, string, string][] = [
    ['linux-x64', 'linux', 'x64'],
    ['linux-x64-musl', 'alpine-linux', 'x64'],
    ['darwin-x64', 'mac', 'x64'],
    ['darwin-arm64', 'mac', 'aarch64'],
    ['win-x64', 'windows', 'x64'],
  ];
  it.each(cases)('%s: os=%s architecture=%s', async (platform, os, arch) => {
    const r = await resolve('21', platform);
    expect(r.id).toBe(`temurin-21.0.5+11-${platform}`);
    expect(r.url).toContain(`/${os}-${arch}-`);
    expect(r.asked[1]).toContain(`architecture=${arch}&`);
    expect(r.asked[1]).toContain(`&os=${os}&`);
  });

  it('a platform the feature has no build for: an error naming it (linux-arm64-musl)', async () => {
    const e = await rejection(resolve('21', 'linux-arm64-musl'));
    expect(e.message).toContain('linux-arm64-musl');
  });

  it('a feature page that fails (404 for a platform without builds) is skipped by ranges, not by a fixed feature', async () => {
    const docs = realDocs('linux-x64', {
      [featureReleasesUrl(19, 'linux-x64', 0)]: new Error('404'),
    });
    expect((await resolve('latest', 'linux-x64', docs)).version).toBe('16.0.2+7');
    expect((await rejection(resolve('19', 'linux-x64', docs))).message).toBe('404');
    // Every feature failing (vendor down, nothing cached): the failure, not "nothing matches".
    const down = fakeFetch({ [AVAILABLE_RELEASES_URL]: AVAILABLE });
    const e = await rejection(temurin.resolve(spec('latest'), 'linux-x64', down.fetch));
    expect(e.message).toMatch(/^404 /);
  });
});

describe('temurin: documents that do not parse throw', () => {
  it('available_releases', async () => {
    for (const bad of [
      '',
      '[]',
      '{"available_releases": ["21"], "most_recent_feature_release": 21, "most_recent_lts": 21}',
    ]) {
      const docs = realDocs('linux-x64', { [AVAILABLE_RELEASES_URL]: bad });
      expect(await rejection(resolve('21', 'linux-x64', docs))).toBeInstanceOf(VendorDocumentError);
    }
  });

  it('a release list', async () => {
    const noSha = structuredClone(FEATURE_21);
    (noSha[0].binaries[0].package as Record<string, unknown>).checksum = 'nope';
    const http = structuredClone(FEATURE_21);
    (http[0].binaries[0].package as Record<string, unknown>).link = 'http://example.com/jdk.tar.gz';
    const noVersion = structuredClone(FEATURE_21);
    delete noVersion[0].version_data.security;
    for (const bad of [
      '{}',
      '<html/>',
      JSON.stringify(noSha),
      JSON.stringify(http),
      JSON.stringify(noVersion),
    ]) {
      const docs = realDocs('linux-x64', { [featureReleasesUrl(21, 'linux-x64', 0)]: bad });
      expect(await rejection(resolve('21', 'linux-x64', docs))).toBeInstanceOf(VendorDocumentError);
    }
  });
});

describe('temurin: layout', () => {
  const r = (version: string) => ({ id: `temurin-${version}-x`, version, url: 'u', sha256: 's' });

  it('linux and Windows: bin/, JAVA_HOME the root, JAVA_HOME_<major>_<ARCH> as setup-java', () => {
    expect(temurin.layout('linux-x64').bin).toEqual(['bin']);
    expect(temurin.layout('linux-x64').env('/c/jdk', r('21.0.5+11'), 'linux-x64')).toEqual({
      JAVA_HOME: '/c/jdk',
      JAVA_HOME_21_X64: '/c/jdk',
    });
    expect(temurin.layout('win-arm64').env('C:\\c\\jdk', r('17.0.4.1+1'), 'win-arm64')).toEqual({
      JAVA_HOME: 'C:\\c\\jdk',
      JAVA_HOME_17_ARM64: 'C:\\c\\jdk',
    });
  });

  it('macOS: bin and JAVA_HOME in Contents/Home', () => {
    expect(temurin.layout('darwin-arm64').bin).toEqual(['Contents/Home/bin']);
    expect(temurin.layout('darwin-arm64').env('/c/jdk', r('8.0.302+8'), 'darwin-arm64')).toEqual({
      JAVA_HOME: '/c/jdk/Contents/Home',
      JAVA_HOME_8_ARM64: '/c/jdk/Contents/Home',
    });
  });

  it('mirror bases: the API at the mirror root, the GitHub archives under /github', () => {
    expect(temurin.bases).toEqual([
      { url: ADOPTIUM_API, mirrorPath: '' },
      { url: ADOPTIUM_BINARIES, mirrorPath: '/github' },
    ]);
  });
});
