// Eclipse Temurin JDKs from the Adoptium API v3: `/v3/info/available_releases` names the feature
// versions with GA builds (and the newest), `/v3/assets/feature_releases/<feature>/ga` lists a
// feature's GA releases for one platform, newest first, 20 to a page, each binary with its
// sha256 (`package.checksum`), `size` and `link` to the archive on GitHub
// (github.com/adoptium/temurin<feature>-binaries). Ids: `temurin-21.0.5+11-linux-x64`
// (docs/design.md, "Vendors").
//
// Two hosts, one mirror: the API `https://api.adoptium.net` maps to `MIRROR/v3/…` (a static
// mirror may ignore the query and serve one document per feature with every platform's binaries:
// the binaries are filtered here, and a page that repeats the previous one ends the list), and the
// archives `https://github.com/adoptium/<repo>/releases/download/<tag>/<file>` map to
// `MIRROR/github/<repo>/releases/download/<tag>/<file>`.
import path from 'node:path';
import { VendorDocumentError, checkSha256, isObject, noMatch, parseJson } from './common.js';
import { osOf } from './platform.js';
import type {
  NamedSpec,
  Platform,
  Resolution,
  Vendor,
  VendorFetch,
  VendorLayout,
} from './types.js';
import {
  newestRelease,
  parseRequest,
  parseVersion,
  pickNewest,
  type Version,
  type VersionRequest,
} from './version.js';

export const ADOPTIUM_API = 'https://api.adoptium.net';
export const ADOPTIUM_BINARIES = 'https://github.com/adoptium';
export const AVAILABLE_RELEASES_URL = `${ADOPTIUM_API}/v3/info/available_releases`;

/** The API's largest page (its Pagination.maxPageSize). */
export const PAGE_SIZE = 20;
/** Pages read per feature at most: 200 GA releases of one feature is decades of quarterly updates. */
const MAX_PAGES = 10;

/** Our platform → the API's `os` and `architecture`. */
const BUILDS: Record<Platform, [os: string, arch: string]> = {
  'linux-x64': ['linux', 'x64'],
  'linux-arm64': ['linux', 'aarch64'],
  'linux-x64-musl': ['alpine-linux', 'x64'],
  'linux-arm64-musl': ['alpine-linux', 'aarch64'],
  'darwin-x64': ['mac', 'x64'],
  'darwin-arm64': ['mac', 'aarch64'],
  'win-x64': ['windows', 'x64'],
  'win-arm64': ['windows', 'aarch64'],
};

const PLATFORMS = Object.keys(BUILDS) as Platform[];

export interface AvailableReleases {
  /** Feature versions with GA builds, e.g. [8, 11, 17, 21, 25]. */
  features: number[];
  newest: number;
  lts: number;
}

const isFeature = (x: unknown): x is number => Number.isInteger(x) && (x as number) > 0;

export function parseAvailableReleases(url: string, text: string): AvailableReleases {
  const doc = parseJson(url, text);
  if (
    !isObject(doc) ||
    !Array.isArray(doc.available_releases) ||
    !doc.available_releases.every(isFeature) ||
    !isFeature(doc.most_recent_feature_release) ||
    !isFeature(doc.most_recent_lts)
  ) {
    throw new VendorDocumentError(
      url,
      'expected available_releases, most_recent_feature_release and most_recent_lts',
    );
  }
  return {
    features: doc.available_releases as number[],
    newest: doc.most_recent_feature_release,
    lts: doc.most_recent_lts,
  };
}

/** One GA JDK build for one platform. */
export interface TemurinBuild {
  /** `21.0.5+11`, `8.0.442+6`, `17.0.4.1+1` (the API's major.minor.security[.patch]+build). */
  version: string;
  /** For ordering and matching: the API's own semver rule, patch × 100 + build as the build. */
  semver: string;
  major: number;
  /** The release's name, e.g. `jdk-21.0.5+11`: tells pages apart. */
  release: string;
  url: string;
  sha256: string;
  size?: number;
}

const int = (x: unknown): number | undefined =>
  Number.isInteger(x) && (x as number) >= 0 ? (x as number) : undefined;

/** The release's version; throws on a version_data without its numbers. */
function versionData(url: string, r: Record<string, unknown>, i: number) {
  const v = r.version_data;
  const [major, minor, security, build] = isObject(v)
    ? [int(v.major), int(v.minor), int(v.security), int(v.build)]
    : [];
  if (major === undefined || minor === undefined || security === undefined || build === undefined) {
    throw new VendorDocumentError(
      url,
      `release ${i} has no version_data major/minor/security/build`,
    );
  }
  const patch = isObject(v) ? (int(v.patch) ?? 0) : 0;
  const core = `${major}.${minor}.${security}`;
  return {
    major,
    version: `${core}${patch ? `.${patch}` : ''}+${build}`,
    semver: `${core}+${patch * 100 + build}`,
  };
}

/** The JDK package of `os`/`arch` among a release's binaries (hotspot, normal heap), if any. */
function packageFor(binaries: unknown[], os: string, arch: string) {
  const b = binaries.find(
    (b) =>
      isObject(b) &&
      b.os === os &&
      b.architecture === arch &&
      b.image_type === 'jdk' &&
      (b.jvm_impl ?? 'hotspot') === 'hotspot' &&
      (b.heap_size ?? 'normal') === 'normal',
  ) as Record<string, unknown> | undefined;
  return b && isObject(b.package) ? b.package : undefined;
}

/**
 * Parses a page of `/v3/assets/feature_releases` (or any `/v3/assets` release list): the GA
 * releases with a JDK for `platform`, as the page orders them. Throws on anything that is not a
 * list of releases, and on a release whose package lacks an https link or a sha256.
 */
export function parseReleases(
  url: string,
  text: string,
  platform: Platform,
): { count: number; builds: TemurinBuild[] } {
  const doc = parseJson(url, text);
  if (!Array.isArray(doc)) throw new VendorDocumentError(url, 'not a list of releases');
  const [os, arch] = BUILDS[platform];
  const builds: TemurinBuild[] = [];
  doc.forEach((r, i) => {
    if (!isObject(r) || !Array.isArray(r.binaries) || typeof r.release_name !== 'string') {
      throw new VendorDocumentError(url, `release ${i} lacks release_name or binaries`);
    }
    const { major, version, semver } = versionData(url, r, i);
    if ((r.release_type ?? 'ga') !== 'ga') return;
    const pkg = packageFor(r.binaries, os, arch);
    if (!pkg) return;
    if (typeof pkg.link !== 'string' || !pkg.link.startsWith('https://')) {
      throw new VendorDocumentError(url, `${r.release_name}: package link is not https`);
    }
    const size = int(pkg.size);
    builds.push({
      version,
      semver,
      major,
      release: r.release_name,
      url: pkg.link,
      sha256: checkSha256(url, pkg.checksum, `${r.release_name} package checksum`),
      ...(size !== undefined && { size }),
    });
  });
  return { count: doc.length, builds };
}

export function featureReleasesUrl(feature: number, platform: Platform, page: number): string {
  const [os, arch] = BUILDS[platform];
  const query = [
    `architecture=${arch}`,
    'heap_size=normal',
    'image_type=jdk',
    'jvm_impl=hotspot',
    `os=${os}`,
    `page=${page}`,
    `page_size=${PAGE_SIZE}`,
    'project=jdk',
    'sort_method=DEFAULT',
    'sort_order=DESC',
    'vendor=eclipse',
  ].join('&');
  return `${ADOPTIUM_API}/v3/assets/feature_releases/${feature}/ga?${query}`;
}

const versionOf = (b: TemurinBuild): Version | undefined => parseVersion(b.semver);

/** What a spec asks: a version request, `+build` when it names one, the feature when it is fixed. */
interface Wanted {
  request: VersionRequest;
  build?: number;
  feature?: number;
}

function wanted(spec: NamedSpec, releases: AvailableReleases): Wanted {
  const text = spec.version.trim();
  if (text === 'lts') return { request: parseRequest(spec.spec, 'latest'), feature: releases.lts };
  const exact = /^(\d+\.\d+\.\d+)\+(\d+)$/.exec(text);
  if (exact) {
    return {
      request: parseRequest(spec.spec, exact[1]),
      build: Number(exact[2]),
      feature: Number(text.split('.')[0]),
    };
  }
  const request = parseRequest(spec.spec, text);
  // `21`, `21.0.5`, `^21`, `~21.0.3`, `21.x`, `=21.0.5`: one feature. Ranges may span several.
  const fixed = /^[=^~]?v?(\d+)(?:\.(?:\d+|[xX*])){0,2}$/.exec(text);
  return { request, ...(fixed && { feature: Number(fixed[1]) }) };
}

/** Builds of one feature for the platform, newest page first, read until `found` says stop. */
async function searchFeature(
  feature: number,
  platform: Platform,
  fetch: VendorFetch,
  found: (page: TemurinBuild[]) => boolean,
): Promise<TemurinBuild[]> {
  const seen: TemurinBuild[] = [];
  let previous = '';
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = featureReleasesUrl(feature, platform, page);
    const { count, builds } = await fetch.document(url, (t) => parseReleases(url, t, platform));
    const mine = builds.filter((b) => b.major === feature);
    const names = builds.map((b) => b.release).join(' ');
    if (page > 0 && names === previous) break; // a static mirror serving one page for all
    previous = names;
    seen.push(...mine);
    if (found(mine)) break;
    // A short page is the last; a full one may have a next (an empty page is a 404).
    if (count < PAGE_SIZE) break;
  }
  return seen;
}

/** Features to search, newest first: the spec's own, or every GA feature (`latest`, ranges). */
function featuresFor(want: Wanted, releases: AvailableReleases): number[] {
  if (want.feature !== undefined) return [want.feature];
  return [...new Set([releases.newest, ...releases.features])].sort((a, b) => b - a);
}

async function resolve(
  spec: NamedSpec,
  platform: Platform,
  fetch: VendorFetch,
): Promise<Resolution> {
  const releases = await fetch.document(AVAILABLE_RELEASES_URL, (t) =>
    parseAvailableReleases(AVAILABLE_RELEASES_URL, t),
  );
  const want = wanted(spec, releases);
  const pick = (builds: TemurinBuild[]) =>
    pickNewest(
      want.build === undefined
        ? builds
        : builds.filter((b) => b.version.endsWith(`+${want.build}`)),
      versionOf,
      want.request,
    );
  const all: TemurinBuild[] = [];
  let failure: unknown;
  for (const feature of featuresFor(want, releases)) {
    let builds: TemurinBuild[];
    try {
      builds = await searchFeature(feature, platform, fetch, (page) => pick(page) !== undefined);
    } catch (e) {
      // A feature without builds for this platform answers 404: try the next one, but report the
      // failure rather than "nothing matches" if no feature has a match.
      if (want.feature !== undefined) throw e;
      failure ??= e;
      continue;
    }
    all.push(...builds);
    const build = pick(builds);
    if (build) return resolution(build, platform);
  }
  if (failure !== undefined) throw failure;
  return noMatch(spec, platform, newestRelease(all, versionOf)?.version);
}

function resolution(b: TemurinBuild, platform: Platform): Resolution {
  return {
    id: `temurin-${b.version}-${platform}`,
    version: b.version,
    url: b.url,
    sha256: b.sha256,
    ...(b.size !== undefined && { size: b.size }),
  };
}

/** macOS JDKs put the home in `Contents/Home` below the archive's top directory. */
const homeOf = (platform: Platform): string | undefined =>
  osOf(platform) === 'darwin' ? 'Contents/Home' : undefined;

/** JAVA_HOME and, as setup-java does, JAVA_HOME_<major>_<X64|ARM64>. */
function env(root: string, r: Resolution, platform: Platform): Record<string, string> {
  const home = homeOf(platform);
  const javaHome = home ? path.posix.join(root, home) : root;
  const major = r.version.split('.')[0];
  const arch = platform.includes('arm64') ? 'ARM64' : 'X64';
  return { JAVA_HOME: javaHome, [`JAVA_HOME_${major}_${arch}`]: javaHome };
}

export const temurin: Vendor = {
  name: 'temurin',
  bases: [
    { url: ADOPTIUM_API, mirrorPath: '' },
    { url: ADOPTIUM_BINARIES, mirrorPath: '/github' },
  ],
  platforms: PLATFORMS,
  resolve,
  layout(platform: Platform): VendorLayout {
    // The archive's single top directory (`jdk-21.0.5+11/`) becomes the root.
    const home = homeOf(platform);
    return { bin: [home ? `${home}/bin` : 'bin'], env };
  },
};
