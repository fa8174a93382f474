// Zig from ziglang.org: `BASE/index.json` maps each release (`0.14.0`) to its builds by target
// (`x86_64-linux`, `aarch64-macos`, `x86_64-windows`), each with `tarball`, `shasum` and `size`
// inline. The `master` entry (a dev build, `0.15.0-dev.N+hash`, served from `/builds` and
// replaced daily) is taken only by `zig@master` or a request that names a pre-release. Zig's
// Linux builds are static, so musl hosts take them too (docs/design.md, "Vendors").
import {
  VendorDocumentError,
  checkSha256,
  isObject,
  noMatch,
  parseJson,
  unsupportedPlatform,
} from './common.js';
import type {
  NamedSpec,
  Platform,
  Resolution,
  Vendor,
  VendorFetch,
  VendorLayout,
} from './types.js';
import { newestRelease, parseRequest, parseVersion, pickNewest, type Version } from './version.js';

export const ZIG_BASE = 'https://ziglang.org/download';
/** Where `master` builds live: mirrored at `M/builds/…`. */
export const ZIG_BUILDS = 'https://ziglang.org/builds';

export interface ZigBuild {
  tarball: string;
  shasum: string;
  size?: number;
}

export interface ZigRelease {
  /** The index key (`0.14.0`, `master`). */
  key: string;
  /** The version: the key, or master's `version` field. */
  version: string;
  builds: Record<string, ZigBuild>;
}

const TARGETS: Record<Platform, string> = {
  'linux-x64': 'x86_64-linux',
  'linux-arm64': 'aarch64-linux',
  'linux-x64-musl': 'x86_64-linux',
  'linux-arm64-musl': 'aarch64-linux',
  'darwin-x64': 'x86_64-macos',
  'darwin-arm64': 'aarch64-macos',
  'win-x64': 'x86_64-windows',
  'win-arm64': 'aarch64-windows',
};

/** A build entry is an object with a tarball; other keys (`date`, `docs`, `src`…) are metadata. */
function parseBuild(url: string, where: string, b: Record<string, unknown>): ZigBuild {
  if (typeof b.tarball !== 'string' || !/^https:\/\//.test(b.tarball)) {
    throw new VendorDocumentError(url, `${where}: tarball is not an https URL`);
  }
  const size = typeof b.size === 'string' && /^\d+$/.test(b.size) ? Number(b.size) : undefined;
  return { tarball: b.tarball, shasum: checkSha256(url, b.shasum, where), size };
}

/** Parses ziglang.org's index.json; throws on anything else. */
export function parseZigIndex(url: string, text: string): ZigRelease[] {
  const doc = parseJson(url, text);
  if (!isObject(doc)) throw new VendorDocumentError(url, 'not an object of releases');
  return Object.entries(doc).map(([key, entry]) => {
    if (!isObject(entry)) throw new VendorDocumentError(url, `${key} is not an object`);
    const version = key === 'master' ? entry.version : key;
    if (typeof version !== 'string' || !parseVersion(version)) {
      throw new VendorDocumentError(url, `${key}: no version`);
    }
    const builds: Record<string, ZigBuild> = {};
    for (const target of Object.values(TARGETS)) {
      const b = entry[target];
      if (isObject(b)) builds[target] = parseBuild(url, `${key} ${target}`, b);
    }
    return { key, version, builds };
  });
}

const versionOf = (r: ZigRelease): Version | undefined => parseVersion(r.version);

async function resolve(
  spec: NamedSpec,
  platform: Platform,
  fetch: VendorFetch,
): Promise<Resolution> {
  const target = TARGETS[platform];
  if (!target) return unsupportedPlatform(spec, platform, Object.keys(TARGETS) as Platform[]);
  const master = spec.version.trim() === 'master';
  const request = master ? undefined : parseRequest(spec.spec, spec.version);
  const indexUrl = `${ZIG_BASE}/index.json`;
  const releases = await fetch.document(indexUrl, (t) => parseZigIndex(indexUrl, t));
  const built = releases.filter((r) => r.builds[target]);
  const release = master
    ? built.find((r) => r.key === 'master')
    : pickNewest(built, versionOf, request!);
  if (!release) return noMatch(spec, platform, newestRelease(built, versionOf)?.version);
  const build = release.builds[target];
  return {
    id: `zig-${release.version}-${platform}`,
    version: release.version,
    url: build.tarball,
    sha256: build.shasum,
    ...(build.size !== undefined ? { size: build.size } : {}),
  };
}

export const zig: Vendor = {
  name: 'zig',
  bases: [
    { url: ZIG_BASE, mirrorPath: '' },
    { url: ZIG_BUILDS, mirrorPath: '/builds' },
  ],
  platforms: Object.keys(TARGETS) as Platform[],
  resolve,
  layout(): VendorLayout {
    // setup-zig puts the root (where `zig` sits beside lib/) on PATH and sets nothing else; zig
    // keeps its caches in the project (.zig-cache) and the user's cache dir, never the tree.
    return { bin: ['.'], env: () => ({}) };
  },
};
