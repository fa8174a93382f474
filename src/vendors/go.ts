// Go from go.dev: `BASE/?mode=json&include=all` lists every release with its files, each with its
// sha256 inline; archives are at `BASE/<filename>`. Stable releases only unless the request names
// a pre-release (`go@1.24rc1`). Versions are shown without go's `go` prefix (`1.23.4`, `1.24rc1`).
// Go's toolchain binaries are statically linked, so musl hosts take the linux archive
// (docs/design.md, "Vendors").
import path from 'node:path';
import {
  VendorDocumentError,
  checkSha256,
  isObject,
  noMatch,
  parseJson,
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
  namesPreRelease,
  newestRelease,
  parseRequest,
  parseVersion,
  pickNewest,
  type Version,
} from './version.js';

export const GO_BASE = 'https://go.dev/dl';

export interface GoFile {
  filename: string;
  os: string;
  arch: string;
  sha256: string;
  size?: number;
  kind: string;
}

export interface GoRelease {
  /** `go1.23.4`, `go1.24rc1`. */
  version: string;
  stable: boolean;
  files: GoFile[];
}

/** Our platform → go.dev's os/arch. */
const TARGETS: Record<Platform, [string, string]> = {
  'linux-x64': ['linux', 'amd64'],
  'linux-arm64': ['linux', 'arm64'],
  'linux-x64-musl': ['linux', 'amd64'],
  'linux-arm64-musl': ['linux', 'arm64'],
  'darwin-x64': ['darwin', 'amd64'],
  'darwin-arm64': ['darwin', 'arm64'],
  'win-x64': ['windows', 'amd64'],
  'win-arm64': ['windows', 'arm64'],
};

function parseFile(url: string, f: unknown, where: string): GoFile {
  if (
    !isObject(f) ||
    typeof f.filename !== 'string' ||
    typeof f.os !== 'string' ||
    typeof f.arch !== 'string' ||
    typeof f.kind !== 'string'
  ) {
    throw new VendorDocumentError(url, `${where}: a file lacks filename, os, arch or kind`);
  }
  const size = typeof f.size === 'number' && f.size >= 0 ? f.size : undefined;
  // Only archives are used; other kinds (source, installer) keep whatever sha256 they carry.
  const sha256 = f.kind === 'archive' ? checkSha256(url, f.sha256, `${where} ${f.filename}`) : '';
  return { filename: f.filename, os: f.os, arch: f.arch, kind: f.kind, sha256, size };
}

/** Parses go.dev's release list; throws on anything else. */
export function parseGoIndex(url: string, text: string): GoRelease[] {
  const doc = parseJson(url, text);
  if (!Array.isArray(doc)) throw new VendorDocumentError(url, 'not a list of releases');
  return doc.map((r, i) => {
    if (
      !isObject(r) ||
      typeof r.version !== 'string' ||
      typeof r.stable !== 'boolean' ||
      !Array.isArray(r.files)
    ) {
      throw new VendorDocumentError(url, `release ${i} lacks version, stable or files`);
    }
    const where = r.version;
    return {
      version: r.version,
      stable: r.stable,
      files: r.files.map((f) => parseFile(url, f, where)),
    };
  });
}

/** `go1.24rc1` → `1.24rc1` (what ids and the `versions` output show). */
export const goVersionText = (v: string): string => v.replace(/^go/, '');

const versionOf = (r: GoRelease): Version | undefined => parseVersion(families.go(r.version));

async function resolve(
  spec: NamedSpec,
  platform: Platform,
  fetch: VendorFetch,
): Promise<Resolution> {
  const target = TARGETS[platform];
  if (!target) return unsupportedPlatform(spec, platform, Object.keys(TARGETS) as Platform[]);
  const request = parseRequest(spec.spec, spec.version, families.go);
  const indexUrl = `${GO_BASE}/?mode=json&include=all`;
  const releases = await fetch.document(indexUrl, (t) => parseGoIndex(indexUrl, t));
  const archiveOf = (r: GoRelease) =>
    r.files.find((f) => f.kind === 'archive' && f.os === target[0] && f.arch === target[1]);
  const built = releases.filter((r) => archiveOf(r) && (r.stable || namesPreRelease(request)));
  const release = pickNewest(built, versionOf, request);
  if (!release) {
    const newest = newestRelease(
      built.filter((r) => r.stable),
      versionOf,
    );
    return noMatch(spec, platform, newest && goVersionText(newest.version));
  }
  const file = archiveOf(release)!;
  const version = goVersionText(release.version);
  return {
    id: `go-${version}-${platform}`,
    version,
    url: `${GO_BASE}/${file.filename}`,
    sha256: file.sha256,
    ...(file.size !== undefined ? { size: file.size } : {}),
  };
}

/**
 * setup-go sets GOTOOLCHAIN=local (so `go` never downloads another toolchain behind the cache's
 * back), GOROOT only for Go < 1.9 (later ones find their root themselves), and puts
 * `$(go env GOPATH)/bin` on PATH so tools from `go install` run. GOPATH is the user's (default
 * ~/go), never the tree: Go writes nothing into GOROOT.
 */
function env(root: string, r: Resolution): Record<string, string> {
  const v = parseVersion(families.go(`go${r.version}`));
  const old = v !== undefined && compareVersions(v, parseVersion('1.9.0')!) < 0;
  return { GOTOOLCHAIN: 'local', ...(old ? { GOROOT: root } : {}) };
}

function job(_root: string, _r: Resolution, platform: Platform, ctx: JobContext): JobSetup {
  const win = osOf(platform) === 'win';
  const p = win ? path.win32 : path.posix;
  const first = ctx.env.GOPATH?.split(p.delimiter).find((d) => d !== '');
  const gopath = first ?? p.join(ctx.homeDir, 'go');
  return { path: [p.join(gopath, 'bin')], env: {}, dirs: [], links: [] };
}

export const go: Vendor = {
  name: 'go',
  bases: [{ url: GO_BASE, mirrorPath: '' }],
  platforms: Object.keys(TARGETS) as Platform[],
  resolve,
  layout(): VendorLayout {
    return { bin: ['bin'], env, job };
  },
};
