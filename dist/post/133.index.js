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

class VendorDocumentError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolchainCacheError */ .mg {
    url;
    constructor(url, detail) {
        super('DOWNLOAD_FAILED', `${url} is not a valid vendor document (${detail}). If a mirror serves it, check that the ` +
            'mirror copies the vendor byte for byte; otherwise retry later.');
        this.url = url;
    }
}
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
function checkSha256(url, value, what) {
    const sha = typeof value === 'string' ? value.toLowerCase() : '';
    if (!SHA256.test(sha))
        throw new VendorDocumentError(url, `${what}: sha256 is not 64 hex digits`);
    return sha;
}
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
function noMatch(spec, platform, newest) {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolchainCacheError */ .mg('NOT_FOUND', `${spec.spec}: no ${spec.name} release matches "${spec.version}" for ${platform}; ` +
        (newest
            ? `the newest available for ${platform} is ${newest}.`
            : `${spec.name} lists no release for ${platform}.`) +
        ' Change the version, or pin one that exists.');
}
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



const OS = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'win',
};
const ARCH = { x64: 'x64', arm64: 'arm64' };
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
function hostFacts() {
    const facts = { platform: process.platform, arch: process.arch };
    if (process.platform === 'linux')
        facts.musl = isMusl();
    return facts;
}
let muslCache;
const isMusl = () => (muslCache ??=
    muslFromInterpreter(elfInterpreter(process.execPath)) ??
        detectMusl(process.report));
function muslFromInterpreter(interpreter) {
    const name = interpreter?.split('/').pop() ?? '';
    if (name.startsWith('ld-musl-'))
        return true;
    if (name.startsWith('ld-linux'))
        return false;
    return undefined;
}
const PT_INTERP = 3;
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
const withoutLibc = (p) => p.replace(/-musl$/, '');
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





const PYTHON_RELEASES_BASE = 'https://github.com/astral-sh/python-build-standalone/releases/download';
const PYTHON_LATEST_BASE = 'https://raw.githubusercontent.com/astral-sh/python-build-standalone/latest-release';
const PYTHON_LATEST_URL = `${PYTHON_LATEST_BASE}/latest-release.json`;
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
const TAG = /^\d{8}$/;
function parseLatestRelease(url, text) {
    const doc = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(url, text);
    if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(doc) || doc.version !== 1 || typeof doc.tag !== 'string' || !TAG.test(doc.tag)) {
        throw new _common_js__WEBPACK_IMPORTED_MODULE_2__/* .VendorDocumentError */ .cD(url, 'expected {"version": 1, "tag": "YYYYMMDD"}');
    }
    return doc.tag;
}
function buildsFor(sums, triple) {
    const builds = [];
    for (const [file, sha256] of sums) {
        const m = /^cpython-(\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?)\+(\d{8})-(.+)-install_only\.tar\.gz$/.exec(file);
        if (m && m[3] === triple)
            builds.push({ python: m[1], tag: m[2], file, sha256 });
    }
    return builds;
}
const pythonToSemver = (s) => s.replace(/^(\d+\.\d+\.\d+)(a|b|rc)(\d+)/, '$1-$2.$3');
const versionOf = (b) => (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersion */ .ot)(`${pythonToSemver(b.python)}+${b.tag}`);
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
        url: `${PYTHON_RELEASES_BASE}/${tag}/${encodeURIComponent(build.file)}`,
        sha256: build.sha256,
    };
}
function pycachePrefix(platform, ctx) {
    const win = (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .osOf */ .mJ)(platform) === 'win';
    const join = win ? node_path__WEBPACK_IMPORTED_MODULE_0__.win32.join : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join;
    const base = (0,_action_code_cache_home_js__WEBPACK_IMPORTED_MODULE_1__/* .userCacheBase */ .PX)(ctx.env, win ? 'win32' : 'linux') ??
        (win ? join(ctx.homeDir, 'AppData', 'Local') : join(ctx.homeDir, '.cache'));
    return join(base, 'toolchain-cache', 'pycache');
}
function job(_root, _r, platform, ctx) {
    const prefix = pycachePrefix(platform, ctx);
    return {
        path: [],
        env: { PYTHONPYCACHEPREFIX: prefix, PIP_REQUIRE_VIRTUALENV: 'true' },
        dirs: [prefix],
        links: [],
    };
}
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

const NUM = /^(0|[1-9]\d*)$/;
const VERSION = /^v?(\d+)(?:\.(\d+)(?:\.(\d+))?)?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;
const identifiers = (s) => s === undefined ? [] : s.split('.').map((p) => (NUM.test(p) ? Number(p) : p));
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
            return -1;
        if (typeof y === 'number')
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
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
    return set.some((c) => namedPre(c) && sameCore(c.version, v));
}
function satisfies(v, request) {
    if (request.kind === 'latest')
        return v.pre.length === 0;
    return request.sets.some((set) => setMatches(v, set));
}
const namesPreRelease = (request) => request.kind === 'range' && request.sets.some((set) => set.some(namedPre));
const v = (major, minor = 0, patch = 0, pre = []) => ({
    major,
    minor,
    patch,
    pre,
    build: [],
});
const above = (p) => p.minor === undefined ? v(p.major + 1, 0, 0, [0]) : v(p.major, p.minor + 1, 0, [0]);
const PARTIAL = /^v?(\d+|[xX*])(?:\.(\d+|[xX*])(?:\.(\d+|[xX*]))?)?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function parsePartial(text) {
    const m = PARTIAL.exec(text);
    if (!m)
        return undefined;
    const num = (s) => s === undefined || /^[xX*]$/.test(s) ? undefined : Number(s);
    const [major, minor, patch] = [num(m[1]), num(m[2]), num(m[3])];
    if (major === undefined)
        return 'any';
    if (minor === undefined && m[3] !== undefined && patch !== undefined)
        return undefined;
    return {
        major,
        minor,
        patch: minor === undefined ? undefined : patch,
        pre: patch === undefined ? [] : identifiers(m[4]),
    };
}
const full = (p) => v(p.major, p.minor ?? 0, p.patch ?? 0, p.pre);
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
const below = (version) => ({ op: '<', version, implicit: true });
function caretUpper(p) {
    if (p.major > 0 || p.minor === undefined)
        return v(p.major + 1, 0, 0, [0]);
    if (p.minor > 0 || p.patch === undefined)
        return v(0, p.minor + 1, 0, [0]);
    return v(0, 0, p.patch + 1, [0]);
}
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
function newestRelease(candidates, versionOf) {
    return pickNewest(candidates, versionOf, { kind: 'latest', text: 'latest' });
}
const families = {
    node: (s) => s.replace(/^v(?=\d)/, ''),
    go: (s) => {
        const m = /^(?:go)?(\d+(?:\.\d+){0,2})(?:(rc|beta|alpha)(\d+))?$/.exec(s);
        if (!m)
            return s;
        return m[2] ? `${m[1].split('.').length < 3 ? `${m[1]}.0` : m[1]}-${m[2]}.${m[3]}` : m[1];
    },
    plain: (s) => s,
};


/***/ })

};
