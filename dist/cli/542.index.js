export const id = 542;
export const ids = [542];
export const modules = {

/***/ 1490:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Lm: () => (/* binding */ parseSha256Sums),
/* harmony export */   Q9: () => (/* binding */ checkSha256),
/* harmony export */   cD: () => (/* binding */ VendorDocumentError),
/* harmony export */   lX: () => (/* binding */ noMatch),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   rG: () => (/* binding */ unsupportedPlatform)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
// What the vendor modules share: reading their documents strictly (a document that does not
// parse throws, so the resolver never caches it) and the errors that name the spec, the
// platform and the newest version available.

/** A vendor document that is not what its format says: never cached, never used. */
class VendorDocumentError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolchainCacheError */ .mg {
    url;
    constructor(url, detail) {
        super('DOWNLOAD_FAILED', `${url} is not a valid vendor document (${detail}). If a mirror serves it, check that the ` +
            'mirror copies the vendor byte for byte; otherwise retry later.');
        this.url = url;
    }
}
/** JSON.parse that throws a VendorDocumentError naming the URL. */
function parseJson(url, text) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new VendorDocumentError(url, `not JSON: ${e.message}`);
    }
}
const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
const SHA256 = /^[0-9a-f]{64}$/;
/** Lower-case hex sha256, or a VendorDocumentError naming what carried it. */
function checkSha256(url, value, what) {
    const sha = typeof value === 'string' ? value.toLowerCase() : '';
    if (!SHA256.test(sha))
        throw new VendorDocumentError(url, `${what}: sha256 is not 64 hex digits`);
    return sha;
}
/**
 * A `sha256sum`-style checksum file (`<hex>  <name>` or `<hex> *<name>` per line) → name → sha256.
 * Node's SHASUMS256.txt and python-build-standalone's SHA256SUMS. A line of another shape throws.
 */
function parseSha256Sums(url, text) {
    const sums = new Map();
    for (const raw of text.split('\n')) {
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '')
            continue;
        const m = /^([0-9a-fA-F]{64}) [ *](\S.*)$/.exec(line);
        if (!m)
            throw new VendorDocumentError(url, `unexpected line "${line.slice(0, 80)}"`);
        sums.set(m[2], m[1].toLowerCase());
    }
    if (sums.size === 0)
        throw new VendorDocumentError(url, 'no checksums');
    return sums;
}
/** Nothing the vendor lists for this platform matches: names the spec, the platform and the newest. */
function noMatch(spec, platform, newest) {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolchainCacheError */ .mg('NOT_FOUND', `${spec.spec}: no ${spec.name} release matches "${spec.version}" for ${platform}; ` +
        (newest
            ? `the newest available for ${platform} is ${newest}.`
            : `${spec.name} lists no release for ${platform}.`) +
        ' Change the version, or pin one that exists.');
}
/** The vendor does not build for this platform at all. */
function unsupportedPlatform(spec, platform, supported) {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolchainCacheError */ .mg('NOT_FOUND', `${spec.spec}: ${spec.name} publishes no builds for ${platform} (it does for ` +
        `${supported.join(', ')}). Give this runner an {id, url, sha256} item instead.`);
}


/***/ }),

/***/ 7542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PYTHON_LATEST_BASE: () => (/* binding */ PYTHON_LATEST_BASE),
  PYTHON_LATEST_URL: () => (/* binding */ PYTHON_LATEST_URL),
  PYTHON_RELEASES_BASE: () => (/* binding */ PYTHON_RELEASES_BASE),
  buildsFor: () => (/* binding */ buildsFor),
  parseLatestRelease: () => (/* binding */ parseLatestRelease),
  pycachePrefix: () => (/* binding */ pycachePrefix),
  python: () => (/* binding */ python),
  pythonToSemver: () => (/* binding */ pythonToSemver)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/action/code-cache-home.js
// Where the steps' code cache lives: a directory of the user running the step, never the shared
// cache root (docs/design.md, "Start-up cost"). A code cache is code the step runs: whoever can
// write it runs code inside every later step that reads it, with that step's token and env. So it
// is used only from a directory nobody else can write, or swap:
//   POSIX    $XDG_CACHE_HOME/toolchain-cache (if absolute), else $HOME/.cache/toolchain-cache;
//            the directories the step creates there are 0700 (set on the descriptor, whatever the
//            umask); the cache directory must be owned by the effective user and not group- or
//            world-writable, and every directory above it owned by root or the effective user
//            (the owner of a directory can rename its entries) and not group- or world-writable
//            unless sticky (as /tmp): so nobody else can rename a directory of the path away and
//            put theirs (ssh's StrictModes rule).
//   Windows  %LOCALAPPDATA%\toolchain-cache: per-user by its ACL; no ownership check.
// Anything else (no such variable, a link, another owner, loose modes): no cache at all. Never
// throws. Imports only node builtins: it runs before the step is loaded.


/** The directory's name under the user's cache directory. */
const CODE_CACHE_HOME_NAME = 'toolchain-cache';
/** The mode of every directory the code cache creates: its user's alone. */
const PRIVATE_DIR_MODE = 0o700;
const NO_FOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
const DIRECTORY = external_node_fs_.constants.O_DIRECTORY ?? 0;
const STICKY = 0o1000;
const OTHERS_WRITE = 0o022;
/** The user's cache directory for this platform, or undefined when the environment names none. */
function userCacheBase(env = process.env, platform = process.platform) {
    const paths = platform === 'win32' ? external_node_path_.win32 : external_node_path_.posix;
    const absolute = (p) => p && paths.isAbsolute(p) ? paths.normalize(p) : undefined;
    if (platform === 'win32')
        return absolute(env.LOCALAPPDATA);
    const xdg = absolute(env.XDG_CACHE_HOME);
    if (xdg)
        return xdg;
    const home = absolute(env.HOME);
    return home && paths.join(home, '.cache');
}
/** A directory only `euid` can write: its own, not group- or world-writable, not a link. */
const isPrivateDir = (st, euid) => st.isDirectory() && st.uid === euid && (st.mode & OTHERS_WRITE) === 0;
/**
 * A directory above the cache that nobody else can rename entries in: owned by root or `euid`
 * (an owner can always rename entries), and not writable by others unless sticky (as /tmp).
 */
const isSafeAncestor = (st, euid) => st.isDirectory() &&
    (st.uid === 0 || st.uid === euid) &&
    ((st.mode & OTHERS_WRITE) === 0 || (st.mode & STICKY) !== 0);
/**
 * The code cache's directory (`toolchain-cache` in the user's cache directory), created if
 * missing, when it is private (see the top of this file); undefined when there can be none.
 */
function codeCacheHome(env = process.env, platform = process.platform) {
    try {
        const base = userCacheBase(env, platform);
        if (!base)
            return undefined;
        if (platform === 'win32') {
            const home = path.win32.join(base, CODE_CACHE_HOME_NAME);
            return windowsDir(base) && windowsDir(home) ? home : undefined;
        }
        const real = realBase(base);
        if (!ancestorsSafe(real))
            return undefined;
        const home = path.join(real, CODE_CACHE_HOME_NAME);
        return privateDir(home, platform) ? home : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * `dir`, created if missing (0700), when it is private to the effective user: the checks of the
 * top of this file (Windows: a real directory).
 */
function privateDir(dir, platform = process.platform) {
    if (platform === 'win32')
        return windowsDir(dir);
    try {
        const euid = process.geteuid?.();
        if (euid === undefined)
            return false;
        const fd = openOrCreateDir(dir);
        try {
            return isPrivateDir(fstatSync(fd), euid);
        }
        finally {
            closeSync(fd);
        }
    }
    catch {
        return false;
    }
}
/**
 * The real path of the user's cache directory (the checks are of the directories the cache is
 * really in; the variables may name it through a link), created if missing.
 */
function realBase(base) {
    try {
        return realpathSync.native(base);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    closeSync(openOrCreateDir(base));
    return realpathSync.native(base);
}
const openDir = (dir) => openSync(dir, constants.O_RDONLY | DIRECTORY | NO_FOLLOW);
/**
 * A descriptor of directory `dir` (never through a link), created if missing (its parent must
 * exist) with mode 0700 set on the descriptor, not left to the umask. An existing directory's
 * mode is never changed: one that is not private is not used.
 */
function openOrCreateDir(dir) {
    try {
        return openDir(dir);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    mkdirSync(dir, { mode: PRIVATE_DIR_MODE });
    const fd = openDir(dir);
    fchmodSync(fd, PRIVATE_DIR_MODE);
    return fd;
}
/** Windows: `dir`, created if missing, is a real directory (LOCALAPPDATA's ACL makes it private). */
function windowsDir(dir) {
    try {
        mkdirSync(dir);
    }
    catch (e) {
        if (e.code !== 'EEXIST')
            return false;
    }
    return lstatSync(dir).isDirectory();
}
/** No directory from `dir` up to `/` lets anyone else rename its entries (sticky ones aside). */
function ancestorsSafe(dir) {
    const euid = process.geteuid?.();
    if (euid === undefined)
        return false;
    for (let d = dir;; d = path.dirname(d)) {
        if (!isSafeAncestor(lstatSync(d), euid))
            return false;
        if (path.dirname(d) === d)
            return true;
    }
}

// EXTERNAL MODULE: ./lib/vendors/common.js
var common = __webpack_require__(1490);
// EXTERNAL MODULE: ./lib/vendors/platform.js
var vendors_platform = __webpack_require__(7088);
// EXTERNAL MODULE: ./lib/vendors/version.js
var vendors_version = __webpack_require__(2067);
;// CONCATENATED MODULE: ./lib/vendors/python.js
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





const PYTHON_RELEASES_BASE = 'https://github.com/astral-sh/python-build-standalone/releases/download';
const PYTHON_LATEST_BASE = 'https://raw.githubusercontent.com/astral-sh/python-build-standalone/latest-release';
const PYTHON_LATEST_URL = `${PYTHON_LATEST_BASE}/latest-release.json`;
/** Our platform → the build's target triple. */
const TRIPLES = {
    'linux-x64': 'x86_64-unknown-linux-gnu',
    'linux-arm64': 'aarch64-unknown-linux-gnu',
    'linux-x64-musl': 'x86_64-unknown-linux-musl',
    'linux-arm64-musl': 'aarch64-unknown-linux-musl',
    'darwin-x64': 'x86_64-apple-darwin',
    'darwin-arm64': 'aarch64-apple-darwin',
    'win-x64': 'x86_64-pc-windows-msvc',
    'win-arm64': 'aarch64-pc-windows-msvc',
};
const PLATFORMS = Object.keys(TRIPLES);
/** A release tag: the build date. */
const TAG = /^\d{8}$/;
/** Reads `latest-release.json` (`{"version": 1, "tag": "20250106", …}`) → the tag. */
function parseLatestRelease(url, text) {
    const doc = (0,common/* parseJson */.qF)(url, text);
    if (!(0,common/* isObject */.Gv)(doc) || doc.version !== 1 || typeof doc.tag !== 'string' || !TAG.test(doc.tag)) {
        throw new common/* VendorDocumentError */.cD(url, 'expected {"version": 1, "tag": "YYYYMMDD"}');
    }
    return doc.tag;
}
/**
 * The `install_only` archives of `triple` that a SHA256SUMS lists: exactly
 * `cpython-<version>+<tag>-<triple>-install_only.tar.gz`, so the `_stripped`, `-full`, debug,
 * freethreaded and `x86_64_v2`… variants never match.
 */
function buildsFor(sums, triple) {
    const builds = [];
    for (const [file, sha256] of sums) {
        const m = /^cpython-(\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?)\+(\d{8})-(.+)-install_only\.tar\.gz$/.exec(file);
        if (m && m[3] === triple)
            builds.push({ python: m[1], tag: m[2], file, sha256 });
    }
    return builds;
}
/** CPython's `3.15.0a8` / `3.13.0rc3` → semver's `3.15.0-a.8` / `3.13.0-rc.3` (a < b < rc sorts right). */
const pythonToSemver = (s) => s.replace(/^(\d+\.\d+\.\d+)(a|b|rc)(\d+)/, '$1-$2.$3');
const versionOf = (b) => (0,vendors_version/* parseVersion */.ot)(`${pythonToSemver(b.python)}+${b.tag}`);
/** `3.12.8+20250106` → the release named and the request without it; else the latest release. */
function splitTag(version) {
    const m = /^(.+)\+(\d{8})$/.exec(version.trim());
    return m ? { request: m[1], tag: m[2] } : { request: version.trim() };
}
async function resolve(spec, platform, fetch) {
    const triple = TRIPLES[platform];
    const { request: wanted, tag: named } = splitTag(spec.version);
    const request = (0,vendors_version/* parseRequest */.TR)(spec.spec, wanted, pythonToSemver);
    const tag = named ??
        (await fetch.document(PYTHON_LATEST_URL, (t) => parseLatestRelease(PYTHON_LATEST_URL, t)));
    const sumsUrl = `${PYTHON_RELEASES_BASE}/${tag}/SHA256SUMS`;
    const sums = await fetch.document(sumsUrl, (t) => (0,common/* parseSha256Sums */.Lm)(sumsUrl, t));
    const builds = buildsFor(sums, triple).filter((b) => b.tag === tag);
    const build = (0,vendors_version/* pickNewest */.iR)(builds, versionOf, request);
    if (!build) {
        const newest = (0,vendors_version/* newestRelease */.s5)(builds, versionOf);
        return (0,common/* noMatch */.lX)(spec, platform, newest && `${newest.python}+${newest.tag} (release ${tag})`);
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
function pycachePrefix(platform, ctx) {
    const win = (0,vendors_platform/* osOf */.mJ)(platform) === 'win';
    const join = win ? external_node_path_.win32.join : external_node_path_.posix.join;
    const base = userCacheBase(ctx.env, win ? 'win32' : 'linux') ??
        (win ? join(ctx.homeDir, 'AppData', 'Local') : join(ctx.homeDir, '.cache'));
    return join(base, 'toolchain-cache', 'pycache');
}
/**
 * Outside the tree: bytecode in the user's cache (PYTHONPYCACHEPREFIX), and `pip install` refused
 * outside a virtual environment (PIP_REQUIRE_VIRTUALENV): setup-python lets jobs install into the
 * interpreter's own site-packages, which here is a shared tree every later hit checks
 * (README, "Vendors: python and temurin").
 */
function job(_root, _r, platform, ctx) {
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
function env(root, _r, platform) {
    const vars = {
        pythonLocation: root,
        Python_ROOT_DIR: root,
        Python3_ROOT_DIR: root,
    };
    if ((0,vendors_platform/* osOf */.mJ)(platform) !== 'win')
        vars.PKG_CONFIG_PATH = external_node_path_.posix.join(root, 'lib', 'pkgconfig');
    return vars;
}
const python = {
    name: 'python',
    bases: [
        { url: PYTHON_RELEASES_BASE, mirrorPath: '' },
        { url: PYTHON_LATEST_BASE, mirrorPath: '/latest-release' },
    ],
    platforms: PLATFORMS,
    resolve,
    layout(platform) {
        // The archive's single top directory `python/` becomes the root. `python3` is in bin/ on
        // unix; `python.exe` at the root on Windows (setup-python's Scripts/ holds only what pip
        // installs into the interpreter, which this vendor refuses).
        return { bin: [(0,vendors_platform/* osOf */.mJ)(platform) === 'win' ? '.' : 'bin'], env, job };
    },
};


/***/ }),

/***/ 2067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ro: () => (/* binding */ namesPreRelease),
/* harmony export */   TJ: () => (/* binding */ families),
/* harmony export */   TR: () => (/* binding */ parseRequest),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   iR: () => (/* binding */ pickNewest),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   s5: () => (/* binding */ newestRelease)
/* harmony export */ });
/* unused harmony export satisfies */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
// Version requests of named toolchains (`node@24`, `go@^1.23`, `zig@0.14`) matched against the
// versions a vendor's index lists. A small semver matcher of our own rather than the `semver`
// package: the vendors' strings are not semver (`go1.24rc1`, `21.0.5+11`, `0.14.0`), so each
// family gives a normaliser anyway, and the action's bundle stays small (docs/design.md,
// "Vendors"). Grammar: `latest`; an exact version or a prefix (`24.11.1`, `24`, `24.11`); x-ranges
// (`1.x`, `1.*`); comparators `^ ~ >= <= > < =`, space-separated (and), `||` (or); hyphen ranges
// (`1.2 - 1.4`). Pre-releases match only when the request names one on the same
// major.minor.patch (semver's rule), so `go@1.24` never picks `go1.24rc1`.

const NUM = /^(0|[1-9]\d*)$/;
const VERSION = /^v?(\d+)(?:\.(\d+)(?:\.(\d+))?)?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;
const identifiers = (s) => s === undefined ? [] : s.split('.').map((p) => (NUM.test(p) ? Number(p) : p));
/** Parses `1.2.3`, `1.2.3-rc.1+build`, and the short forms `1`, `1.2` (missing parts 0); undefined otherwise. */
function parseVersion(text) {
    const m = VERSION.exec(text.trim());
    if (!m)
        return undefined;
    const pre = identifiers(m[4]);
    if (pre.some((p) => p === ''))
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2] ?? 0),
        patch: Number(m[3] ?? 0),
        pre,
        build: identifiers(m[5]),
    };
}
function compareIds(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= a.length)
            return -1;
        if (i >= b.length)
            return 1;
        const [x, y] = [a[i], b[i]];
        if (x === y)
            continue;
        if (typeof x === 'number' && typeof y === 'number')
            return x - y;
        if (typeof x === 'number')
            return -1; // numeric identifiers sort before alphanumeric ones
        if (typeof y === 'number')
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
/** Semver precedence (a release after its pre-releases); `build` breaks ties only. */
function compareVersions(a, b) {
    const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (core)
        return core;
    if (a.pre.length === 0 || b.pre.length === 0) {
        const pre = (b.pre.length === 0 ? 0 : 1) - (a.pre.length === 0 ? 0 : 1);
        if (pre)
            return pre;
    }
    else {
        const pre = compareIds(a.pre, b.pre);
        if (pre)
            return pre;
    }
    return compareIds(a.build, b.build);
}
const sameCore = (a, b) => a.major === b.major && a.minor === b.minor && a.patch === b.patch;
function holds(v, c) {
    const d = compareVersionsIgnoringBuild(v, c.version);
    switch (c.op) {
        case '<':
            return d < 0;
        case '<=':
            return d <= 0;
        case '>':
            return d > 0;
        case '>=':
            return d >= 0;
        case '=':
            return d === 0;
    }
}
const compareVersionsIgnoringBuild = (a, b) => compareVersions({ ...a, build: [] }, { ...b, build: [] });
const namedPre = (c) => !c.implicit && c.version.pre.length > 0;
function setMatches(v, set) {
    if (!set.every((c) => holds(v, c)))
        return false;
    if (v.pre.length === 0)
        return true;
    // A pre-release only when a bound of this set names a pre-release of the same major.minor.patch.
    return set.some((c) => namedPre(c) && sameCore(c.version, v));
}
/** True when `v` satisfies `request`; `latest` is any release (never a pre-release). */
function satisfies(v, request) {
    if (request.kind === 'latest')
        return v.pre.length === 0;
    return request.sets.some((set) => setMatches(v, set));
}
/** True when the request names a pre-release somewhere (vendors then include unstable builds). */
const namesPreRelease = (request) => request.kind === 'range' && request.sets.some((set) => set.some(namedPre));
// ------------------------------------------------------------------------------------ parsing
const v = (major, minor = 0, patch = 0, pre = []) => ({
    major,
    minor,
    patch,
    pre,
    build: [],
});
/** The lowest version above every version of the given prefix: `<` bound of an x-range. */
const above = (p) => p.minor === undefined ? v(p.major + 1, 0, 0, [0]) : v(p.major, p.minor + 1, 0, [0]);
const PARTIAL = /^v?(\d+|[xX*])(?:\.(\d+|[xX*])(?:\.(\d+|[xX*]))?)?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
/** `1`, `1.2`, `1.x`, `1.2.*`, `1.2.3-rc.1`; undefined for a wildcard major (`*`) or a non-version. */
function parsePartial(text) {
    const m = PARTIAL.exec(text);
    if (!m)
        return undefined;
    const num = (s) => s === undefined || /^[xX*]$/.test(s) ? undefined : Number(s);
    const [major, minor, patch] = [num(m[1]), num(m[2]), num(m[3])];
    if (major === undefined)
        return 'any';
    if (minor === undefined && m[3] !== undefined && patch !== undefined)
        return undefined; // 1.x.3
    return {
        major,
        minor,
        patch: minor === undefined ? undefined : patch,
        pre: patch === undefined ? [] : identifiers(m[4]),
    };
}
const full = (p) => v(p.major, p.minor ?? 0, p.patch ?? 0, p.pre);
/** The comparators of one x-range, caret, tilde or plain comparator term. */
function term(text) {
    const m = /^(\^|~>?|>=|<=|>|<|=)?(.+)$/.exec(text);
    if (!m)
        return undefined;
    const [op, rest] = [m[1] ?? '', m[2]];
    const p = parsePartial(rest);
    if (p === undefined)
        return undefined;
    if (p === 'any')
        return op === '<' || op === '>' ? undefined : [];
    const low = full(p);
    const exact = p.patch !== undefined;
    const from = { op: '>=', version: low };
    switch (op) {
        case '':
        case '=':
            return exact ? [{ op: '=', version: low }] : [from, below(above(p))];
        case '^':
            return [from, below(caretUpper(p))];
        case '~':
        case '~>':
            return [from, below(above(p))];
        case '>':
            return exact
                ? [{ op: '>', version: low }]
                : [{ op: '>=', version: above(p), implicit: true }];
        case '<=':
            return exact ? [{ op: '<=', version: low }] : [below(above(p))];
        default:
            return [{ op: op, version: low }];
    }
}
/** `<` a synthesized `X.Y.Z-0` bound: not a pre-release the user named. */
const below = (version) => ({ op: '<', version, implicit: true });
/** `^1.2.3` → `<2`, `^0.2.3` → `<0.3`, `^0.0.3` → `<0.0.4` (the first non-zero part is fixed). */
function caretUpper(p) {
    if (p.major > 0 || p.minor === undefined)
        return v(p.major + 1, 0, 0, [0]);
    if (p.minor > 0 || p.patch === undefined)
        return v(0, p.minor + 1, 0, [0]);
    return v(0, 0, p.patch + 1, [0]);
}
/** One `||` alternative: hyphen range or whitespace-separated terms. */
function comparatorSet(text) {
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
    if (hyphen) {
        const [from, to] = [parsePartial(hyphen[1]), parsePartial(hyphen[2])];
        if (!from || !to)
            return undefined;
        const set = [];
        if (from !== 'any')
            set.push({ op: '>=', version: full(from) });
        if (to !== 'any')
            set.push(to.patch !== undefined ? { op: '<=', version: full(to) } : below(above(to)));
        return set;
    }
    // `>= 22` is one term: glue operators to what follows them.
    const words = text.replace(/(\^|~>?|>=|<=|>|<|=)\s+/g, '$1').split(/\s+/);
    const set = [];
    for (const w of words) {
        const cs = term(w);
        if (!cs)
            return undefined;
        set.push(...cs);
    }
    return set;
}
/**
 * Parses the version part of a spec. `normalise` maps a vendor's own spelling to semver first
 * (go's `1.24rc1`). Throws an InputError naming the spec when the request is not a version.
 */
function parseRequest(spec, version, normalise = (t) => t) {
    const text = version.trim();
    if (text === 'latest' || text === '*' || text === 'x')
        return { kind: 'latest', text };
    const sets = text.length > 0 && text.length <= 256 ? parseSets(text, normalise) : undefined;
    if (!sets) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${spec}: "${version}" is not a version. Write an exact version (24.11.1), a prefix (24, ` +
            '24.11), `latest`, or a semver range (^1.23, ~3.12.1, >=22 <24, 1.x).', 'toolchains');
    }
    return { kind: 'range', text, sets };
}
function parseSets(text, normalise) {
    const sets = [];
    for (const alt of text.split('||')) {
        const words = alt.trim();
        if (!words)
            return undefined;
        const set = comparatorSet(words
            .split(/\s+/)
            .map((w) => {
            const m = /^(\^|~>?|>=|<=|>|<|=)?(.*)$/.exec(w);
            return m && m[2] ? (m[1] ?? '') + normalise(m[2]) : w;
        })
            .join(' '));
        if (!set)
            return undefined;
        sets.push(set);
    }
    return sets;
}
/** The newest candidate whose version satisfies the request, or undefined. */
function pickNewest(candidates, versionOf, request) {
    let best;
    for (const c of candidates) {
        const ver = versionOf(c);
        if (!ver || !satisfies(ver, request))
            continue;
        if (!best || compareVersions(ver, best.v) > 0)
            best = { c, v: ver };
    }
    return best?.c;
}
/** The newest release (no pre-release) among the candidates, for "newest available" in errors. */
function newestRelease(candidates, versionOf) {
    return pickNewest(candidates, versionOf, { kind: 'latest', text: 'latest' });
}
// ------------------------------------------------------------------- vendors' own spellings
/** Per-family normalisers: a vendor's version string → semver text (undefined: not a version). */
const families = {
    /** node: `v24.11.1` → `24.11.1`. */
    node: (s) => s.replace(/^v(?=\d)/, ''),
    /** go: `go1.23.4` → `1.23.4`, `go1.24rc1` → `1.24.0-rc.1`, `go1.21` → `1.21.0`. */
    go: (s) => {
        const m = /^(?:go)?(\d+(?:\.\d+){0,2})(?:(rc|beta|alpha)(\d+))?$/.exec(s);
        if (!m)
            return s;
        return m[2] ? `${m[1].split('.').length < 3 ? `${m[1]}.0` : m[1]}-${m[2]}.${m[3]}` : m[1];
    },
    /** zig, python, temurin: semver already (`0.14.0`, `0.15.0-dev.1+abc`, `21.0.5+11`). */
    plain: (s) => s,
};


/***/ })

};
