export const id = 133;
export const ids = [133];
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

/***/ 7088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mJ: () => (/* binding */ osOf)
/* harmony export */ });
/* unused harmony exports hostPlatform, hostFacts, muslFromInterpreter, elfInterpreter, detectMusl, withoutLibc */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
// The runner's platform as ids name it (`linux-x64`, `darwin-arm64`, `linux-x64-musl`), from the
// OS, the architecture and the C library. Called on every named job, hits too, so it finds the
// platform key cheaply: the C library is read from the Node executable's ELF interpreter (one
// small read), the costly diagnostic report only as a fallback (docs/design.md, "Vendors").



const OS = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'win',
};
const ARCH = { x64: 'x64', arm64: 'arm64' };
/**
 * The platform of `facts` (default: this process's host). Throws naming the OS and architecture
 * when no id platform covers them (32-bit, ppc64, FreeBSD…).
 */
function hostPlatform(facts = hostFacts()) {
    const os = OS[facts.platform];
    const arch = ARCH[facts.arch];
    const name = os && arch ? `${os}-${arch}${os === 'linux' && facts.musl ? '-musl' : ''}` : '';
    if (!PLATFORMS.includes(name)) {
        throw new ToolchainCacheError('INVALID_INPUT', `Named toolchains are not available on ${facts.platform}-${facts.arch}` +
            `${facts.musl ? ' (musl)' : ''}: ids name the platforms ${PLATFORMS.join(', ')}. ` +
            'Give this runner {id, url, sha256} items instead.');
    }
    return name;
}
/** This process's OS and architecture, and on Linux its C library. */
function hostFacts() {
    const facts = { platform: process.platform, arch: process.arch };
    if (process.platform === 'linux')
        facts.musl = isMusl();
    return facts;
}
let muslCache;
/**
 * The C library of the running Node: first from the ELF interpreter its executable names
 * (`/lib64/ld-linux-x86-64.so.2` vs `/lib/ld-musl-x86_64.so.1`: one small read, tens of µs, so a
 * hit may ask), else (a static or unreadable executable) from Node's diagnostic report.
 */
const isMusl = () => (muslCache ??=
    muslFromInterpreter(elfInterpreter(process.execPath)) ??
        detectMusl(process.report));
/** `ld-musl-*` → true, `ld-linux-*` → false, anything else (none, unknown) → undefined. */
function muslFromInterpreter(interpreter) {
    const name = interpreter?.split('/').pop() ?? '';
    if (name.startsWith('ld-musl-'))
        return true;
    if (name.startsWith('ld-linux'))
        return false;
    return undefined;
}
const PT_INTERP = 3;
/**
 * The program interpreter (PT_INTERP) an ELF executable names, read from its headers; undefined
 * for a file that is not ELF, has none (static), or cannot be read. Bounded reads of one file.
 */
function elfInterpreter(file) {
    let fd;
    try {
        fd = openSync(file, 'r');
        const head = Buffer.alloc(64);
        if (readSync(fd, head, 0, 64, 0) < 52 || head.readUInt32BE(0) !== 0x7f454c46)
            return undefined;
        const wide = head[4] === 2;
        const le = head[5] === 1;
        const u16 = (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
        const u32 = (b, o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
        const word = (b, o) => wide ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
        const phoff = word(head, wide ? 32 : 28);
        const phentsize = u16(head, wide ? 54 : 42);
        const phnum = Math.min(u16(head, wide ? 56 : 44), 64);
        const table = Buffer.alloc(phentsize * phnum);
        readSync(fd, table, 0, table.length, phoff);
        for (let i = 0; i < phnum; i++) {
            const ph = i * phentsize;
            if (u32(table, ph) !== PT_INTERP)
                continue;
            const offset = word(table, ph + (wide ? 8 : 4));
            const size = Math.min(word(table, ph + (wide ? 32 : 16)), 4096);
            const name = Buffer.alloc(size);
            readSync(fd, name, 0, size, offset);
            return name.toString('latin1').replace(/\0.*$/s, '');
        }
        return undefined;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
/**
 * musl when Node's own diagnostic report has no `glibcVersionRuntime` (Node fills it from
 * gnu_get_libc_version(), which musl lacks). Works without /proc or `ldd`, but costs tens of ms:
 * only when the executable names no known interpreter. The report's network section is switched
 * off while it is made, and restored.
 */
function detectMusl(report) {
    if (!report)
        return false;
    const excluded = report.excludeNetwork;
    try {
        report.excludeNetwork = true;
        const header = report.getReport().header;
        return !header?.glibcVersionRuntime;
    }
    finally {
        report.excludeNetwork = excluded;
    }
}
/** `linux-x64-musl` → `linux-x64` (the same OS and architecture, any C library). */
const withoutLibc = (p) => p.replace(/-musl$/, '');
/** The OS part of a platform: `linux`, `darwin` or `win`. */
const osOf = (p) => p.split('-')[0];


/***/ }),

/***/ 5133:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PYTHON_LATEST_BASE: () => (/* binding */ PYTHON_LATEST_BASE),
/* harmony export */   PYTHON_LATEST_URL: () => (/* binding */ PYTHON_LATEST_URL),
/* harmony export */   PYTHON_RELEASES_BASE: () => (/* binding */ PYTHON_RELEASES_BASE),
/* harmony export */   buildsFor: () => (/* binding */ buildsFor),
/* harmony export */   parseLatestRelease: () => (/* binding */ parseLatestRelease),
/* harmony export */   pycachePrefix: () => (/* binding */ pycachePrefix),
/* harmony export */   python: () => (/* binding */ python),
/* harmony export */   pythonToSemver: () => (/* binding */ pythonToSemver)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _action_code_cache_home_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9088);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1490);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7088);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2067);
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
    const doc = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(url, text);
    if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(doc) || doc.version !== 1 || typeof doc.tag !== 'string' || !TAG.test(doc.tag)) {
        throw new _common_js__WEBPACK_IMPORTED_MODULE_2__/* .VendorDocumentError */ .cD(url, 'expected {"version": 1, "tag": "YYYYMMDD"}');
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
const versionOf = (b) => (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersion */ .ot)(`${pythonToSemver(b.python)}+${b.tag}`);
/** `3.12.8+20250106` → the release named and the request without it; else the latest release. */
function splitTag(version) {
    const m = /^(.+)\+(\d{8})$/.exec(version.trim());
    return m ? { request: m[1], tag: m[2] } : { request: version.trim() };
}
async function resolve(spec, platform, fetch) {
    const triple = TRIPLES[platform];
    const { request: wanted, tag: named } = splitTag(spec.version);
    const request = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRequest */ .TR)(spec.spec, wanted, pythonToSemver);
    const tag = named ??
        (await fetch.document(PYTHON_LATEST_URL, (t) => parseLatestRelease(PYTHON_LATEST_URL, t)));
    const sumsUrl = `${PYTHON_RELEASES_BASE}/${tag}/SHA256SUMS`;
    const sums = await fetch.document(sumsUrl, (t) => (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSha256Sums */ .Lm)(sumsUrl, t));
    const builds = buildsFor(sums, triple).filter((b) => b.tag === tag);
    const build = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .pickNewest */ .iR)(builds, versionOf, request);
    if (!build) {
        const newest = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .newestRelease */ .s5)(builds, versionOf);
        return (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .noMatch */ .lX)(spec, platform, newest && `${newest.python}+${newest.tag} (release ${tag})`);
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
    const win = (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .osOf */ .mJ)(platform) === 'win';
    const join = win ? node_path__WEBPACK_IMPORTED_MODULE_0__.win32.join : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join;
    const base = (0,_action_code_cache_home_js__WEBPACK_IMPORTED_MODULE_1__/* .userCacheBase */ .PX)(ctx.env, win ? 'win32' : 'linux') ??
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
    if ((0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .osOf */ .mJ)(platform) !== 'win')
        vars.PKG_CONFIG_PATH = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(root, 'lib', 'pkgconfig');
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
        return { bin: [(0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .osOf */ .mJ)(platform) === 'win' ? '.' : 'bin'], env, job };
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
