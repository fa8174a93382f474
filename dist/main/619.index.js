export const id = 619;
export const ids = [619];
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

/***/ 8619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NODE_BASE: () => (/* binding */ NODE_BASE),
/* harmony export */   node: () => (/* binding */ node),
/* harmony export */   parseNodeIndex: () => (/* binding */ parseNodeIndex),
/* harmony export */   pickNodeRelease: () => (/* binding */ pickNodeRelease),
/* harmony export */   shipsCorepack: () => (/* binding */ shipsCorepack)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1490);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7088);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2067);





const NODE_BASE = 'https://nodejs.org/dist';
const BUILDS = {
    'linux-x64': ['linux-x64', 'linux-x64', '.tar.xz'],
    'linux-arm64': ['linux-arm64', 'linux-arm64', '.tar.xz'],
    'darwin-x64': ['osx-x64-tar', 'darwin-x64', '.tar.xz'],
    'darwin-arm64': ['osx-arm64-tar', 'darwin-arm64', '.tar.xz'],
    'win-x64': ['win-x64-zip', 'win-x64', '.zip'],
    'win-arm64': ['win-arm64-zip', 'win-arm64', '.zip'],
};
const PLATFORMS = Object.keys(BUILDS);
function parseNodeIndex(url, text) {
    const doc = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(url, text);
    if (!Array.isArray(doc))
        throw new _common_js__WEBPACK_IMPORTED_MODULE_2__/* .VendorDocumentError */ .cD(url, 'not a list of releases');
    return doc.map((r, i) => {
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(r) ||
            typeof r.version !== 'string' ||
            !/^v\d+\.\d+\.\d+/.test(r.version) ||
            !(r.lts === false || typeof r.lts === 'string') ||
            !Array.isArray(r.files) ||
            !r.files.every((f) => typeof f === 'string')) {
            throw new _common_js__WEBPACK_IMPORTED_MODULE_2__/* .VendorDocumentError */ .cD(url, `release ${i} lacks version, lts or files`);
        }
        return { version: r.version, lts: r.lts, files: r.files };
    });
}
const versionOf = (r) => (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersion */ .ot)(_version_js__WEBPACK_IMPORTED_MODULE_4__/* .families */ .TJ.node(r.version));
function pickNodeRelease(spec, releases) {
    const want = spec.version.trim();
    const lts = /^lts(?:\/(.+))?$/i.exec(want);
    if (lts) {
        const codename = lts[1]?.toLowerCase();
        const line = releases.filter((r) => r.lts !== false && (!codename || codename === '*' || r.lts.toLowerCase() === codename));
        return (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .newestRelease */ .s5)(line, versionOf);
    }
    const request = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRequest */ .TR)(spec.spec, want === 'current' || want === 'node' ? 'latest' : want);
    return (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .pickNewest */ .iR)(releases, versionOf, request);
}
async function resolve(spec, platform, fetch) {
    const build = BUILDS[platform];
    if (!build)
        return (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .unsupportedPlatform */ .rG)(spec, platform, PLATFORMS);
    const [filesKey, archivePlatform, ext] = build;
    const indexUrl = `${NODE_BASE}/index.json`;
    const releases = await fetch.document(indexUrl, (t) => parseNodeIndex(indexUrl, t));
    const built = releases.filter((r) => r.files.includes(filesKey));
    const release = pickNodeRelease(spec, built);
    if (!release)
        return (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .noMatch */ .lX)(spec, platform, (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .newestRelease */ .s5)(built, versionOf)?.version.slice(1));
    const file = `node-${release.version}-${archivePlatform}${ext}`;
    const sumsUrl = `${NODE_BASE}/${release.version}/SHASUMS256.txt`;
    const sums = await fetch.document(sumsUrl, (t) => (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSha256Sums */ .Lm)(sumsUrl, t));
    const sha256 = sums.get(file);
    if (!sha256) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolchainCacheError */ .mg('NOT_FOUND', `${spec.spec}: ${release.version} has no ${file} (${sumsUrl} lists no checksum for it). ` +
            'Pick a newer version.');
    }
    const version = release.version.slice(1);
    return {
        id: `node-${version}-${platform}`,
        version,
        url: `${NODE_BASE}/${release.version}/${file}`,
        sha256,
    };
}
function shipsCorepack(version) {
    const v = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersion */ .ot)(version);
    if (!v)
        return false;
    const at = (text) => (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .compareVersions */ .Zy)(v, (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersion */ .ot)(text)) >= 0;
    return (v.major === 14 && at('14.19.0')) || (v.major >= 16 && at('16.9.0') && v.major <= 24);
}
function job(root, r, platform, ctx) {
    const win = (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .osOf */ .mJ)(platform) === 'win';
    const join = win ? node_path__WEBPACK_IMPORTED_MODULE_0__.win32.join : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join;
    const prefix = join(ctx.tempDir, 'toolchain-cache', 'npm-prefix', r.id);
    const bin = win ? prefix : join(prefix, 'bin');
    const links = [];
    if (shipsCorepack(r.version)) {
        const script = win
            ? join(root, 'node_modules', 'corepack', 'dist', 'corepack.js')
            : join(root, 'lib', 'node_modules', 'corepack', 'dist', 'corepack.js');
        links.push(win
            ? {
                path: join(bin, 'corepack.cmd'),
                content: `@"${join(root, 'node.exe')}" "${script}" %*\r\n`,
            }
            : { path: join(bin, 'corepack'), target: script });
    }
    return {
        path: [bin],
        env: { NPM_CONFIG_PREFIX: prefix },
        dirs: win ? [prefix] : [prefix, bin],
        links,
    };
}
const node = {
    name: 'node',
    bases: [{ url: NODE_BASE, mirrorPath: '' }],
    platforms: PLATFORMS,
    resolve,
    layout(platform) {
        return { bin: [(0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .osOf */ .mJ)(platform) === 'win' ? '.' : 'bin'], env: () => ({}), job };
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
