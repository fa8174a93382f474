// Node.js from nodejs.org: the release list `BASE/index.json` (`lts` is a codename or false,
// `files` names the platforms built), the release's `BASE/vX/SHASUMS256.txt`, and the archive
// `BASE/vX/node-vX-<platform>.tar.xz` (`.zip` on Windows). One archive per id, whatever the host
// has installed (the built-in xz decoder reads it anywhere), so an id has one sha256 on every
// host and tier. nodejs.org builds no musl binaries in dist (docs/design.md, "Vendors").
import path from 'node:path';
import { ToolchainCacheError } from '../core/errors.js';
import {
  VendorDocumentError,
  isObject,
  noMatch,
  parseJson,
  parseSha256Sums,
  unsupportedPlatform,
} from './common.js';
import { osOf } from './platform.js';
import type {
  JobContext,
  JobSetup,
  NamedSpec,
  Platform,
  Resolution,
  Vendor,
  VendorFetch,
  VendorLayout,
} from './types.js';
import {
  compareVersions,
  families,
  newestRelease,
  parseRequest,
  parseVersion,
  pickNewest,
  type Version,
} from './version.js';

export const NODE_BASE = 'https://nodejs.org/dist';

/** One release of index.json, as far as we read it. */
export interface NodeRelease {
  /** `v24.11.1`. */
  version: string;
  /** The LTS codename (`Krypton`), or false for a Current release. */
  lts: string | false;
  /** Platforms built (`linux-x64`, `osx-arm64-tar`, `win-x64-zip`…). */
  files: string[];
}

/** Our platform → [index.json `files` key, archive platform part, extension]. */
const BUILDS: Partial<Record<Platform, [string, string, string]>> = {
  'linux-x64': ['linux-x64', 'linux-x64', '.tar.xz'],
  'linux-arm64': ['linux-arm64', 'linux-arm64', '.tar.xz'],
  'darwin-x64': ['osx-x64-tar', 'darwin-x64', '.tar.xz'],
  'darwin-arm64': ['osx-arm64-tar', 'darwin-arm64', '.tar.xz'],
  'win-x64': ['win-x64-zip', 'win-x64', '.zip'],
  'win-arm64': ['win-arm64-zip', 'win-arm64', '.zip'],
};

const PLATFORMS = Object.keys(BUILDS) as Platform[];

/** Parses index.json; throws on anything that is not a list of releases. */
export function parseNodeIndex(url: string, text: string): NodeRelease[] {
  const doc = parseJson(url, text);
  if (!Array.isArray(doc)) throw new VendorDocumentError(url, 'not a list of releases');
  return doc.map((r, i) => {
    if (
      !isObject(r) ||
      typeof r.version !== 'string' ||
      !/^v\d+\.\d+\.\d+/.test(r.version) ||
      !(r.lts === false || typeof r.lts === 'string') ||
      !Array.isArray(r.files) ||
      !r.files.every((f) => typeof f === 'string')
    ) {
      throw new VendorDocumentError(url, `release ${i} lacks version, lts or files`);
    }
    return { version: r.version, lts: r.lts, files: r.files as string[] };
  });
}

const versionOf = (r: NodeRelease): Version | undefined => parseVersion(families.node(r.version));

/** The release a request names among those built for the platform (undefined: none). */
export function pickNodeRelease(
  spec: NamedSpec,
  releases: readonly NodeRelease[],
): NodeRelease | undefined {
  const want = spec.version.trim();
  const lts = /^lts(?:\/(.+))?$/i.exec(want);
  if (lts) {
    const codename = lts[1]?.toLowerCase();
    const line = releases.filter(
      (r) => r.lts !== false && (!codename || codename === '*' || r.lts.toLowerCase() === codename),
    );
    return newestRelease(line, versionOf);
  }
  const request = parseRequest(spec.spec, want === 'current' || want === 'node' ? 'latest' : want);
  return pickNewest(releases, versionOf, request);
}

async function resolve(
  spec: NamedSpec,
  platform: Platform,
  fetch: VendorFetch,
): Promise<Resolution> {
  const build = BUILDS[platform];
  if (!build) return unsupportedPlatform(spec, platform, PLATFORMS);
  const [filesKey, archivePlatform, ext] = build;
  const indexUrl = `${NODE_BASE}/index.json`;
  const releases = await fetch.document(indexUrl, (t) => parseNodeIndex(indexUrl, t));
  const built = releases.filter((r) => r.files.includes(filesKey));
  const release = pickNodeRelease(spec, built);
  if (!release) return noMatch(spec, platform, newestRelease(built, versionOf)?.version.slice(1));

  const file = `node-${release.version}-${archivePlatform}${ext}`;
  const sumsUrl = `${NODE_BASE}/${release.version}/SHASUMS256.txt`;
  const sums = await fetch.document(sumsUrl, (t) => parseSha256Sums(sumsUrl, t));
  const sha256 = sums.get(file);
  if (!sha256) {
    // Old releases (before v4) have no .tar.xz; a checksum file without the archive is the vendor's
    // answer, not a broken document.
    throw new ToolchainCacheError(
      'NOT_FOUND',
      `${spec.spec}: ${release.version} has no ${file} (${sumsUrl} lists no checksum for it). ` +
        'Pick a newer version.',
    );
  }
  const version = release.version.slice(1);
  return {
    id: `node-${version}-${platform}`,
    version,
    url: `${NODE_BASE}/${release.version}/${file}`,
    sha256,
  };
}

/** Node versions that ship corepack in the tree: 14.19+ (on 14), 16.9 up to 24 (25 dropped it). */
export function shipsCorepack(version: string): boolean {
  const v = parseVersion(version);
  if (!v) return false;
  const at = (text: string) => compareVersions(v, parseVersion(text)!) >= 0;
  return (v.major === 14 && at('14.19.0')) || (v.major >= 16 && at('16.9.0') && v.major <= 24);
}

/**
 * The global npm prefix lives outside the tree, per job and per id (RUNNER_TEMP), so `npm i -g`
 * never writes into the shared toolchain. `corepack enable` writes its shims next to the first
 * `corepack` on PATH and has no variable to move them: a link to the tree's corepack in the
 * prefix's bin (ahead of the tree's on PATH) makes that directory the prefix's.
 */
function job(root: string, r: Resolution, platform: Platform, ctx: JobContext): JobSetup {
  const win = osOf(platform) === 'win';
  const join = win ? path.win32.join : path.posix.join;
  const prefix = join(ctx.tempDir, 'toolchain-cache', 'npm-prefix', r.id);
  const bin = win ? prefix : join(prefix, 'bin');
  const links: JobSetup['links'] = [];
  if (shipsCorepack(r.version)) {
    const script = win
      ? join(root, 'node_modules', 'corepack', 'dist', 'corepack.js')
      : join(root, 'lib', 'node_modules', 'corepack', 'dist', 'corepack.js');
    links.push(
      win
        ? {
            path: join(bin, 'corepack.cmd'),
            content: `@"${join(root, 'node.exe')}" "${script}" %*\r\n`,
          }
        : { path: join(bin, 'corepack'), target: script },
    );
  }
  return {
    path: [bin],
    env: { NPM_CONFIG_PREFIX: prefix },
    dirs: win ? [prefix] : [prefix, bin],
    links,
  };
}

export const node: Vendor = {
  name: 'node',
  bases: [{ url: NODE_BASE, mirrorPath: '' }],
  platforms: PLATFORMS,
  resolve,
  layout(platform: Platform): VendorLayout {
    // setup-node adds only the directory holding `node` to PATH: bin/ on unix, the root on Windows.
    return { bin: [osOf(platform) === 'win' ? '.' : 'bin'], env: () => ({}), job };
  },
};
