export const id = 721;
export const ids = [721];
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

/***/ 6721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GO_BASE: () => (/* binding */ GO_BASE),
/* harmony export */   go: () => (/* binding */ go),
/* harmony export */   goVersionText: () => (/* binding */ goVersionText),
/* harmony export */   parseGoIndex: () => (/* binding */ parseGoIndex)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1490);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7088);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2067);




const GO_BASE = 'https://go.dev/dl';
const TARGETS = {
    'linux-x64': ['linux', 'amd64'],
    'linux-arm64': ['linux', 'arm64'],
    'linux-x64-musl': ['linux', 'amd64'],
    'linux-arm64-musl': ['linux', 'arm64'],
    'darwin-x64': ['darwin', 'amd64'],
    'darwin-arm64': ['darwin', 'arm64'],
    'win-x64': ['windows', 'amd64'],
    'win-arm64': ['windows', 'arm64'],
};
function parseFile(url, f, where) {
    if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(f) ||
        typeof f.filename !== 'string' ||
        typeof f.os !== 'string' ||
        typeof f.arch !== 'string' ||
        typeof f.kind !== 'string') {
        throw new _common_js__WEBPACK_IMPORTED_MODULE_1__/* .VendorDocumentError */ .cD(url, `${where}: a file lacks filename, os, arch or kind`);
    }
    const size = typeof f.size === 'number' && f.size >= 0 ? f.size : undefined;
    const sha256 = f.kind === 'archive' ? (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSha256 */ .Q9)(url, f.sha256, `${where} ${f.filename}`) : '';
    return { filename: f.filename, os: f.os, arch: f.arch, kind: f.kind, sha256, size };
}
function parseGoIndex(url, text) {
    const doc = (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(url, text);
    if (!Array.isArray(doc))
        throw new _common_js__WEBPACK_IMPORTED_MODULE_1__/* .VendorDocumentError */ .cD(url, 'not a list of releases');
    return doc.map((r, i) => {
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(r) ||
            typeof r.version !== 'string' ||
            typeof r.stable !== 'boolean' ||
            !Array.isArray(r.files)) {
            throw new _common_js__WEBPACK_IMPORTED_MODULE_1__/* .VendorDocumentError */ .cD(url, `release ${i} lacks version, stable or files`);
        }
        const where = r.version;
        return {
            version: r.version,
            stable: r.stable,
            files: r.files.map((f) => parseFile(url, f, where)),
        };
    });
}
const goVersionText = (v) => v.replace(/^go/, '');
const versionOf = (r) => (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(_version_js__WEBPACK_IMPORTED_MODULE_3__/* .families */ .TJ.go(r.version));
async function resolve(spec, platform, fetch) {
    const target = TARGETS[platform];
    if (!target)
        return (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .unsupportedPlatform */ .rG)(spec, platform, Object.keys(TARGETS));
    const request = (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRequest */ .TR)(spec.spec, spec.version, _version_js__WEBPACK_IMPORTED_MODULE_3__/* .families */ .TJ.go);
    const indexUrl = `${GO_BASE}/?mode=json&include=all`;
    const releases = await fetch.document(indexUrl, (t) => parseGoIndex(indexUrl, t));
    const archiveOf = (r) => r.files.find((f) => f.kind === 'archive' && f.os === target[0] && f.arch === target[1]);
    const built = releases.filter((r) => archiveOf(r) && (r.stable || (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .namesPreRelease */ .Ro)(request)));
    const release = (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .pickNewest */ .iR)(built, versionOf, request);
    if (!release) {
        const newest = (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .newestRelease */ .s5)(built.filter((r) => r.stable), versionOf);
        return (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .noMatch */ .lX)(spec, platform, newest && goVersionText(newest.version));
    }
    const file = archiveOf(release);
    const version = goVersionText(release.version);
    return {
        id: `go-${version}-${platform}`,
        version,
        url: `${GO_BASE}/${file.filename}`,
        sha256: file.sha256,
        ...(file.size !== undefined ? { size: file.size } : {}),
    };
}
function env(root, r) {
    const v = (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(_version_js__WEBPACK_IMPORTED_MODULE_3__/* .families */ .TJ.go(`go${r.version}`));
    const old = v !== undefined && (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)(v, (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)('1.9.0')) < 0;
    return { GOTOOLCHAIN: 'local', ...(old ? { GOROOT: root } : {}) };
}
function job(_root, _r, platform, ctx) {
    const win = (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .osOf */ .mJ)(platform) === 'win';
    const p = win ? node_path__WEBPACK_IMPORTED_MODULE_0__.win32 : node_path__WEBPACK_IMPORTED_MODULE_0__.posix;
    const first = ctx.env.GOPATH?.split(p.delimiter).find((d) => d !== '');
    const gopath = first ?? p.join(ctx.homeDir, 'go');
    return { path: [p.join(gopath, 'bin')], env: {}, dirs: [], links: [] };
}
const go = {
    name: 'go',
    bases: [{ url: GO_BASE, mirrorPath: '' }],
    platforms: Object.keys(TARGETS),
    resolve,
    layout() {
        return { bin: ['bin'], env, job };
    },
};


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
