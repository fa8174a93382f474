export const id = 633;
export const ids = [633];
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

/***/ 3633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ADOPTIUM_API: () => (/* binding */ ADOPTIUM_API),
/* harmony export */   ADOPTIUM_BINARIES: () => (/* binding */ ADOPTIUM_BINARIES),
/* harmony export */   AVAILABLE_RELEASES_URL: () => (/* binding */ AVAILABLE_RELEASES_URL),
/* harmony export */   PAGE_SIZE: () => (/* binding */ PAGE_SIZE),
/* harmony export */   featureReleasesUrl: () => (/* binding */ featureReleasesUrl),
/* harmony export */   parseAvailableReleases: () => (/* binding */ parseAvailableReleases),
/* harmony export */   parseReleases: () => (/* binding */ parseReleases),
/* harmony export */   temurin: () => (/* binding */ temurin)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1490);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7088);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2067);




const ADOPTIUM_API = 'https://api.adoptium.net';
const ADOPTIUM_BINARIES = 'https://github.com/adoptium';
const AVAILABLE_RELEASES_URL = `${ADOPTIUM_API}/v3/info/available_releases`;
const PAGE_SIZE = 20;
const MAX_PAGES = 10;
const BUILDS = {
    'linux-x64': ['linux', 'x64'],
    'linux-arm64': ['linux', 'aarch64'],
    'linux-x64-musl': ['alpine-linux', 'x64'],
    'linux-arm64-musl': ['alpine-linux', 'aarch64'],
    'darwin-x64': ['mac', 'x64'],
    'darwin-arm64': ['mac', 'aarch64'],
    'win-x64': ['windows', 'x64'],
    'win-arm64': ['windows', 'aarch64'],
};
const PLATFORMS = Object.keys(BUILDS);
const isFeature = (x) => Number.isInteger(x) && x > 0;
function parseAvailableReleases(url, text) {
    const doc = (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(url, text);
    if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(doc) ||
        !Array.isArray(doc.available_releases) ||
        !doc.available_releases.every(isFeature) ||
        !isFeature(doc.most_recent_feature_release) ||
        !isFeature(doc.most_recent_lts)) {
        throw new _common_js__WEBPACK_IMPORTED_MODULE_1__/* .VendorDocumentError */ .cD(url, 'expected available_releases, most_recent_feature_release and most_recent_lts');
    }
    return {
        features: doc.available_releases,
        newest: doc.most_recent_feature_release,
        lts: doc.most_recent_lts,
    };
}
const int = (x) => Number.isInteger(x) && x >= 0 ? x : undefined;
function versionData(url, r, i) {
    const v = r.version_data;
    const [major, minor, security, build] = (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v)
        ? [int(v.major), int(v.minor), int(v.security), int(v.build)]
        : [];
    if (major === undefined || minor === undefined || security === undefined || build === undefined) {
        throw new _common_js__WEBPACK_IMPORTED_MODULE_1__/* .VendorDocumentError */ .cD(url, `release ${i} has no version_data major/minor/security/build`);
    }
    const patch = (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v) ? (int(v.patch) ?? 0) : 0;
    const core = `${major}.${minor}.${security}`;
    return {
        major,
        version: `${core}${patch ? `.${patch}` : ''}+${build}`,
        semver: `${core}+${patch * 100 + build}`,
    };
}
function packageFor(binaries, os, arch) {
    const b = binaries.find((b) => (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(b) &&
        b.os === os &&
        b.architecture === arch &&
        b.image_type === 'jdk' &&
        (b.jvm_impl ?? 'hotspot') === 'hotspot' &&
        (b.heap_size ?? 'normal') === 'normal');
    return b && (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(b.package) ? b.package : undefined;
}
function parseReleases(url, text, platform) {
    const doc = (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(url, text);
    if (!Array.isArray(doc))
        throw new _common_js__WEBPACK_IMPORTED_MODULE_1__/* .VendorDocumentError */ .cD(url, 'not a list of releases');
    const [os, arch] = BUILDS[platform];
    const builds = [];
    doc.forEach((r, i) => {
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(r) || !Array.isArray(r.binaries) || typeof r.release_name !== 'string') {
            throw new _common_js__WEBPACK_IMPORTED_MODULE_1__/* .VendorDocumentError */ .cD(url, `release ${i} lacks release_name or binaries`);
        }
        const { major, version, semver } = versionData(url, r, i);
        if ((r.release_type ?? 'ga') !== 'ga')
            return;
        const pkg = packageFor(r.binaries, os, arch);
        if (!pkg)
            return;
        if (typeof pkg.link !== 'string' || !pkg.link.startsWith('https://')) {
            throw new _common_js__WEBPACK_IMPORTED_MODULE_1__/* .VendorDocumentError */ .cD(url, `${r.release_name}: package link is not https`);
        }
        const size = int(pkg.size);
        builds.push({
            version,
            semver,
            major,
            release: r.release_name,
            url: pkg.link,
            sha256: (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSha256 */ .Q9)(url, pkg.checksum, `${r.release_name} package checksum`),
            ...(size !== undefined && { size }),
        });
    });
    return { count: doc.length, builds };
}
function featureReleasesUrl(feature, platform, page) {
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
const versionOf = (b) => (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(b.semver);
function wanted(spec, releases) {
    const text = spec.version.trim();
    if (text === 'lts')
        return { request: (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRequest */ .TR)(spec.spec, 'latest'), feature: releases.lts };
    const exact = /^(\d+\.\d+\.\d+)\+(\d+)$/.exec(text);
    if (exact) {
        return {
            request: (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRequest */ .TR)(spec.spec, exact[1]),
            build: Number(exact[2]),
            feature: Number(text.split('.')[0]),
        };
    }
    const request = (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRequest */ .TR)(spec.spec, text);
    const fixed = /^[=^~]?v?(\d+)(?:\.(?:\d+|[xX*])){0,2}$/.exec(text);
    return { request, ...(fixed && { feature: Number(fixed[1]) }) };
}
async function searchFeature(feature, platform, fetch, found) {
    const seen = [];
    let previous = '';
    for (let page = 0; page < MAX_PAGES; page++) {
        const url = featureReleasesUrl(feature, platform, page);
        const { count, builds } = await fetch.document(url, (t) => parseReleases(url, t, platform));
        const mine = builds.filter((b) => b.major === feature);
        const names = builds.map((b) => b.release).join(' ');
        if (page > 0 && names === previous)
            break;
        previous = names;
        seen.push(...mine);
        if (found(mine))
            break;
        if (count < PAGE_SIZE)
            break;
    }
    return seen;
}
function featuresFor(want, releases) {
    if (want.feature !== undefined)
        return [want.feature];
    return [...new Set([releases.newest, ...releases.features])].sort((a, b) => b - a);
}
async function resolve(spec, platform, fetch) {
    const releases = await fetch.document(AVAILABLE_RELEASES_URL, (t) => parseAvailableReleases(AVAILABLE_RELEASES_URL, t));
    const want = wanted(spec, releases);
    const pick = (builds) => (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .pickNewest */ .iR)(want.build === undefined
        ? builds
        : builds.filter((b) => b.version.endsWith(`+${want.build}`)), versionOf, want.request);
    const all = [];
    let failure;
    for (const feature of featuresFor(want, releases)) {
        let builds;
        try {
            builds = await searchFeature(feature, platform, fetch, (page) => pick(page) !== undefined);
        }
        catch (e) {
            if (want.feature !== undefined)
                throw e;
            failure ??= e;
            continue;
        }
        all.push(...builds);
        const build = pick(builds);
        if (build)
            return resolution(build, platform);
    }
    if (failure !== undefined)
        throw failure;
    return (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .noMatch */ .lX)(spec, platform, (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .newestRelease */ .s5)(all, versionOf)?.version);
}
function resolution(b, platform) {
    return {
        id: `temurin-${b.version}-${platform}`,
        version: b.version,
        url: b.url,
        sha256: b.sha256,
        ...(b.size !== undefined && { size: b.size }),
    };
}
const homeOf = (platform) => (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .osOf */ .mJ)(platform) === 'darwin' ? 'Contents/Home' : undefined;
function env(root, r, platform) {
    const home = homeOf(platform);
    const javaHome = home ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(root, home) : root;
    const major = r.version.split('.')[0];
    const arch = platform.includes('arm64') ? 'ARM64' : 'X64';
    return { JAVA_HOME: javaHome, [`JAVA_HOME_${major}_${arch}`]: javaHome };
}
const temurin = {
    name: 'temurin',
    bases: [
        { url: ADOPTIUM_API, mirrorPath: '' },
        { url: ADOPTIUM_BINARIES, mirrorPath: '/github' },
    ],
    platforms: PLATFORMS,
    resolve,
    layout(platform) {
        const home = homeOf(platform);
        return { bin: [home ? `${home}/bin` : 'bin'], env };
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
