// CPython from python-build-standalone (astral-sh): its `install_only` archives, checksummed by
// the release's `SHA256SUMS`. Which release: `latest-release.json` on the project's
// `latest-release` branch names the newest release tag (the project's documented machine-readable
// pointer; the GitHub releases API would cost a rate-limited request), and that release lists
// every supported minor. A spec may name the release itself (`python@3.12.8+20250106`): then
// only that release's SHA256SUMS is read. The project ships the same CPython version again with
// new bytes in later releases, so ids carry the release tag: `python-3.12.8+20250106-linux-x64`
// (docs/design.md, "Vendors").
//
// Two hosts, one mirror: BASE = `https://github.com/astral-sh/python-build-standalone/releases/download`
// serves `BASE/<tag>/SHA256SUMS` and `BASE/<tag>/<archive>` (the layout of astral's own mirror and
// of uv's UV_PYTHON_INSTALL_MIRROR), and the pointer `https://raw.githubusercontent.com/astral-sh/
// python-build-standalone/latest-release/latest-release.json` maps to `MIRROR/latest-release/
// latest-release.json`, a name no release tag (YYYYMMDD) can take.
import path from 'node:path';
import { userCacheBase } from '../action/code-cache-home.js';
import { VendorDocumentError, isObject, noMatch, parseJson, parseSha256Sums } from './common.js';
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
import { newestRelease, parseRequest, parseVersion, pickNewest, type Version } from './version.js';

export const PYTHON_RELEASES_BASE =
  'https://github.com/astral-sh/python-build-standalone/releases/download';
export const PYTHON_LATEST_BASE =
  'https://raw.githubusercontent.com/astral-sh/python-build-standalone/latest-release';
export const PYTHON_LATEST_URL = `${PYTHON_LATEST_BASE}/latest-release.json`;

/** Our platform → the build's target triple. */
const TRIPLES: Record<Platform, string> = {
  'linux-x64': 'x86_64-unknown-linux-gnu',
  'linux-arm64': 'aarch64-unknown-linux-gnu',
  'linux-x64-musl': 'x86_64-unknown-linux-musl',
  'linux-arm64-musl': 'aarch64-unknown-linux-musl',
  'darwin-x64': 'x86_64-apple-darwin',
  'darwin-arm64': 'aarch64-apple-darwin',
  'win-x64': 'x86_64-pc-windows-msvc',
  'win-arm64': 'aarch64-pc-windows-msvc',
};

const PLATFORMS = Object.keys(TRIPLES) as Platform[];

/** A release tag: the build date. */
const TAG = /^\d{8}$/;

/** Reads `latest-release.json` (`{"version": 1, "tag": "20250106", …}`) → the tag. */
export function parseLatestRelease(url: string, text: string): string {
  const doc = parseJson(url, text);
  if (!isObject(doc) || doc.version !== 1 || typeof doc.tag !== 'string' || !TAG.test(doc.tag)) {
    throw new VendorDocumentError(url, 'expected {"version": 1, "tag": "YYYYMMDD"}');
  }
  return doc.tag;
}

/** One `install_only` archive of a release. */
export interface PythonBuild {
  /** `3.12.8` or `3.15.0a8`, as the archive names it. */
  python: string;
  tag: string;
  /** The archive's file name (`cpython-3.12.8+20250106-x86_64-unknown-linux-gnu-install_only.tar.gz`). */
  file: string;
  sha256: string;
}

/**
 * The `install_only` archives of `triple` that a SHA256SUMS lists: exactly
 * `cpython-<version>+<tag>-<triple>-install_only.tar.gz`, so the `_stripped`, `-full`, debug,
 * freethreaded and `x86_64_v2`… variants never match.
 */
export function buildsFor(sums: ReadonlyMap<string, string>, triple: string): PythonBuild[] {
  const builds: PythonBuild[] = [];
  for (const [file, sha256] of sums) {
    const m =
      /^cpython-(\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?)\+(\d{8})-(.+)-install_only\.tar\.gz$/.exec(file);
    if (m && m[3] === triple) builds.push({ python: m[1], tag: m[2], file, sha256 });
  }
  return builds;
}

/** CPython's `3.15.0a8` / `3.13.0rc3` → semver's `3.15.0-a.8` / `3.13.0-rc.3` (a < b < rc sorts right). */
export const pythonToSemver = (s: string): string =>
  s.replace(/^(\d+\.\d+\.\d+)(a|b|rc)(\d+)/, '$1-$2.$3');

const versionOf = (b: PythonBuild): Version | undefined =>
  parseVersion(`${pythonToSemver(b.python)}+${b.tag}`);

/** `3.12.8+20250106` → the release named and the request without it; else the latest release. */
function splitTag(version: string): { request: string; tag?: string } {
  const m = /^(.+)\+(\d{8})$/.exec(version.trim());
  return m ? { request: m[1], tag: m[2] } : { request: version.trim() };
}

async function resolve(
  spec: NamedSpec,
  platform: Platform,
  fetch: VendorFetch,
): Promise<Resolution> {
  const triple = TRIPLES[platform];
  const { request: wanted, tag: named } = splitTag(spec.version);
  const request = parseRequest(spec.spec, wanted, pythonToSemver);
  const tag =
    named ??
    (await fetch.document(PYTHON_LATEST_URL, (t) => parseLatestRelease(PYTHON_LATEST_URL, t)));
  const sumsUrl = `${PYTHON_RELEASES_BASE}/${tag}/SHA256SUMS`;
  const sums = await fetch.document(sumsUrl, (t) => parseSha256Sums(sumsUrl, t));
  const builds = buildsFor(sums, triple).filter((b) => b.tag === tag);
  const build = pickNewest(builds, versionOf, request);
  if (!build) {
    const newest = newestRelease(builds, versionOf);
    return noMatch(spec, platform, newest && `${newest.python}+${newest.tag} (release ${tag})`);
  }
  const version = `${build.python}+${build.tag}`;
  return {
    id: `python-${version}-${platform}`,
    version,
    // `+` as %2B, as the project's own links: a `+` in a path reads as a space on some stores.
    url: `${PYTHON_RELEASES_BASE}/${tag}/${encodeURIComponent(build.file)}`,
    sha256: build.sha256,
  };
}

/**
 * Where Python keeps bytecode instead of the tree's `__pycache__` directories: the job user's own
 * cache directory (`$XDG_CACHE_HOME` or `~/.cache`, `%LOCALAPPDATA%` on Windows), so it outlives
 * the job and nobody else can write code there. Python mirrors each source's absolute path below
 * it, so every toolchain and version keeps its own files.
 */
export function pycachePrefix(platform: Platform, ctx: JobContext): string {
  const win = osOf(platform) === 'win';
  const join = win ? path.win32.join : path.posix.join;
  const base =
    userCacheBase(ctx.env, win ? 'win32' : 'linux') ??
    (win ? join(ctx.homeDir, 'AppData', 'Local') : join(ctx.homeDir, '.cache'));
  return join(base, 'toolchain-cache', 'pycache');
}

/**
 * Outside the tree: bytecode in the user's cache (PYTHONPYCACHEPREFIX), and `pip install` refused
 * outside a virtual environment (PIP_REQUIRE_VIRTUALENV): setup-python lets jobs install into the
 * interpreter's own site-packages, which here is a shared tree every later hit checks
 * (README, "Vendors: python and temurin").
 */
function job(_root: string, _r: Resolution, platform: Platform, ctx: JobContext): JobSetup {
  const prefix = pycachePrefix(platform, ctx);
  return {
    path: [],
    env: { PYTHONPYCACHEPREFIX: prefix, PIP_REQUIRE_VIRTUALENV: 'true' },
    dirs: [prefix],
    links: [],
  };
}

/**
 * What setup-python exports that builds rely on: `pythonLocation`, CMake's `Python_ROOT_DIR` and
 * `Python3_ROOT_DIR`, and `PKG_CONFIG_PATH`. Not `Python2_ROOT_DIR` (it would point FindPython2
 * at a Python 3) nor `LD_LIBRARY_PATH` (these builds find their libpython through an
 * `$ORIGIN`-relative rpath, and a global value would reach every other program of the job).
 */
function env(root: string, _r: Resolution, platform: Platform): Record<string, string> {
  const vars: Record<string, string> = {
    pythonLocation: root,
    Python_ROOT_DIR: root,
    Python3_ROOT_DIR: root,
  };
  if (osOf(platform) !== 'win') vars.PKG_CONFIG_PATH = path.posix.join(root, 'lib', 'pkgconfig');
  return vars;
}

export const python: Vendor = {
  name: 'python',
  bases: [
    { url: PYTHON_RELEASES_BASE, mirrorPath: '' },
    { url: PYTHON_LATEST_BASE, mirrorPath: '/latest-release' },
  ],
  platforms: PLATFORMS,
  resolve,
  layout(platform: Platform): VendorLayout {
    // The archive's single top directory `python/` becomes the root. `python3` is in bin/ on
    // unix; `python.exe` at the root on Windows (setup-python's Scripts/ holds only what pip
    // installs into the interpreter, which this vendor refuses).
    return { bin: [osOf(platform) === 'win' ? '.' : 'bin'], env, job };
  },
};
