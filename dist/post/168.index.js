export const id = 168;
export const ids = [168];
export const modules = {

/***/ 3168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPost: () => (/* binding */ runPost)
});

// EXTERNAL MODULE: ./lib/action/runner-commands.js
var runner_commands = __webpack_require__(6761);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/disk-full.js
var disk_full = __webpack_require__(4454);
// EXTERNAL MODULE: ./lib/core/faults.js
var faults = __webpack_require__(6094);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __webpack_require__(770);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
;// CONCATENATED MODULE: ./lib/core/html.js
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
function codeList(ids, max, fullListIn) {
    const shown = ids.slice(0, max).map((id) => `<code>${escapeHtml(id)}</code>`);
    const more = ids.length - shown.length;
    return shown.join(', ') + (more > 0 ? ` \u2026 and ${more} more (listed in ${fullListIn})` : '');
}
function capped(items, max, what, fullListIn) {
    const more = items.length - max;
    return more > 0
        ? [...items.slice(0, max), `\u2026 and ${more} more ${what} (see ${fullListIn}).`]
        : items;
}

;// CONCATENATED MODULE: ./lib/core/gc-report.js


function gcReportModel(r) {
    const common = { removed: [], rows: [], notes: r.notes, problems: r.errors };
    if (r.skipped === 'throttled') {
        const headline = 'this host cleaned up recently';
        return { ...common, title: 'GC not due', headline, detail: r.skippedDetail };
    }
    if (r.skipped) {
        const headline = 'another GC is running';
        return { ...common, title: 'GC skipped', headline, detail: r.skippedDetail };
    }
    const would = r.dryRun;
    const headline = r.removed.length
        ? `${would ? 'would remove' : 'removed'} ${r.removed.length} toolchain(s), ` +
            `${would ? 'freeing' : 'freed'} ${(0,format/* formatBytes */.z3)(r.freedBytes)}`
        : `nothing ${would ? 'would be removed' : 'removed'}`;
    const rows = [];
    const unreadable = r.unreadableUses ?? [];
    const pinned = new Set(unreadable.map((u) => u.id));
    const inUse = r.skippedInUse.filter((id) => !pinned.has(id));
    if (inUse.length) {
        const label = 'Skipped (in use)';
        rows.push({ label, summaryLabel: 'Skipped because in use', ids: inUse });
    }
    const notes = [...r.notes];
    if (unreadable.length) {
        rows.push({
            label: 'Skipped (unreadable use records)',
            summaryLabel: 'Kept because of use records this user cannot read',
            text: unreadable.map(describeUnreadable).join(', '),
        });
        notes.push(unreadableHint(unreadable));
    }
    if (r.boundsUnmet)
        rows.push({ label: 'Size bound not met', text: r.boundsUnmet });
    rows.push({ label: 'Cache', text: cacheRow(r) });
    return { ...common, notes, title: 'GC', headline, removed: r.removed, rows };
}
const describeUnreadable = (u) => `${u.id} (${u.records} record(s)${u.owners.length ? ` of ${u.owners.join(', ')}` : ''})`;
function unreadableHint(unreadable) {
    const owners = [...new Set(unreadable.flatMap((u) => u.owners))];
    return ('A use record this user cannot read counts as a live use (never removed on doubt), so it keeps its toolchain for good: ' +
        `run \`toolchain-cache gc\` as root (it reads them and reclaims those of finished jobs), or have ${owners.length ? owners.join(', ') : 'their owners'} ` +
        'make them group-readable (chmod g+r); `toolchain-cache doctor` lists them.');
}
function cacheRow(r) {
    const would = r.dryRun;
    const parts = [`${(0,format/* formatBytes */.z3)(r.totalBytesBefore)} \u2192 ${(0,format/* formatBytes */.z3)(r.totalBytesAfter)}`];
    if (r.reclaimedUses)
        parts.push(`${would ? 'would release' : 'released'} ${r.reclaimedUses} use(s) left by jobs that ended without their post step`);
    if (r.trashCleaned)
        parts.push(`${would ? 'would delete' : 'deleted'} ${r.trashCleaned} leftover(s) of interrupted installs and removals`);
    return parts.join('; ');
}
function gcReportText(m, removedList) {
    const lead = `${m.title}: ${m.headline}`;
    const lines = m.detail !== undefined
        ? [`${lead} (${m.detail}).`]
        : m.removed.length
            ? [`${lead}:`, ...removedList(m.removed)]
            : [`${lead}.`];
    for (const row of m.rows)
        lines.push(`${row.label}: ${row.ids ? row.ids.join(', ') : row.text}`);
    lines.push(...m.notes);
    return { lines, errors: m.problems };
}
const MAX_LISTED_IDS = 100;
const MAX_MESSAGES = 20;
const sentence = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function gcReportHtml(m, log = "the post step's log") {
    const ids = (list) => codeList(list, MAX_LISTED_IDS, log);
    const items = [
        ...m.rows.map((row) => `${escapeHtml(row.summaryLabel ?? row.label)}: ` +
            (row.ids ? ids(row.ids) : escapeHtml(row.text ?? ''))),
        ...capped(m.notes.map(escapeHtml), MAX_MESSAGES, 'note(s)', log),
        ...capped(m.problems.map((e) => `Problem: ${escapeHtml(e)}`), MAX_MESSAGES, 'problem(s)', log),
    ];
    let lead;
    if (m.title === 'GC not due') {
        const detail = m.detail !== undefined ? ` (${escapeHtml(m.detail)})` : '';
        lead = `<p>${escapeHtml(`${m.title}: ${m.headline}`)}${detail}.</p>`;
    }
    else if (m.title === 'GC skipped') {
        const detail = m.detail !== undefined ? ` (${escapeHtml(m.detail)})` : '';
        lead = `<p><strong>${escapeHtml(`${m.title}: ${m.headline}`)}</strong>${detail}.</p>`;
    }
    else {
        lead = `<p><strong>${escapeHtml(m.title)}:</strong></p>`;
        const removed = m.removed.map((e) => e.id);
        items.unshift(escapeHtml(sentence(m.headline)) + (removed.length ? `: ${ids(removed)}` : '.'));
    }
    return items.length ? `${lead}<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : lead;
}

// EXTERNAL MODULE: ./lib/core/gc-throttle.js
var gc_throttle = __webpack_require__(3238);
// EXTERNAL MODULE: ./lib/core/layout.js + 1 modules
var layout = __webpack_require__(2761);
// EXTERNAL MODULE: ./lib/core/leases.js + 4 modules
var leases = __webpack_require__(2624);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/lock/stale.js
var stale = __webpack_require__(4254);
;// CONCATENATED MODULE: ./lib/vendors/registry.js

const LOADERS = {
    node: async () => (await __webpack_require__.e(/* import() */ 619).then(__webpack_require__.bind(__webpack_require__, 8619))).node,
    go: async () => (await __webpack_require__.e(/* import() */ 721).then(__webpack_require__.bind(__webpack_require__, 6721))).go,
    python: async () => (await __webpack_require__.e(/* import() */ 133).then(__webpack_require__.bind(__webpack_require__, 5133))).python,
    temurin: async () => (await __webpack_require__.e(/* import() */ 633).then(__webpack_require__.bind(__webpack_require__, 3633))).temurin,
    zig: async () => (await __webpack_require__.e(/* import() */ 617).then(__webpack_require__.bind(__webpack_require__, 4617))).zig,
};
const VENDOR_NAMES = Object.keys(LOADERS);
const isVendorName = (name) => Object.hasOwn(LOADERS, name);
function registry_checkVendorName(spec, name) {
    if (!isVendorName(name)) {
        throw new InputError(`${spec}: unknown toolchain name "${name}". Known names: ${VENDOR_NAMES.join(', ')}; ` +
            'for anything else give an {id, url, sha256} item.', 'toolchains');
    }
}
async function loadVendor(name, spec = `${name}@\u2026`) {
    registry_checkVendorName(spec, name);
    return LOADERS[name]();
}

;// CONCATENATED MODULE: ./lib/core/spec.js






const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const KNOWN_KEYS = new Set(['id', 'url', 'sha256', 'bin', 'strip-components']);
class FieldError {
    field;
    message;
    constructor(field, message) {
        this.field = field;
        this.message = message;
    }
}
function requiredString(item, field, missing) {
    const v = item[field];
    if (typeof v !== 'string')
        throw new FieldError(field, missing);
    return v;
}
function checkId(item) {
    const id = requiredString(item, 'id', 'is required (a string)');
    if (!ID_PATTERN.test(id)) {
        throw new FieldError('id', 'must match [A-Za-z0-9][A-Za-z0-9._+-]{0,127} (ASCII letters, digits, . _ + -; no path separators; at most 128 characters)');
    }
    if (WINDOWS_RESERVED.test(id) || id.endsWith('.'))
        throw new FieldError('id', 'is a name Windows cannot use as a directory');
    return id;
}
function checkUrl(item) {
    const url = requiredString(item, 'url', 'is required (a string)');
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
        throw new FieldError('url', 'must be an http:// or https:// URL');
    return url;
}
function checkSha256(item) {
    const sha = requiredString(item, 'sha256', 'is required (a string of 64 hex characters)')
        .trim()
        .toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(sha))
        throw new FieldError('sha256', 'must be 64 hexadecimal characters');
    return sha;
}
function checkRelativeDir(p) {
    if (typeof p !== 'string')
        throw new FieldError('bin', 'must be a directory or a list of directories (strings)');
    if (p.length === 0)
        throw new FieldError('bin', 'must not be empty');
    if (/^([/\\]|[A-Za-z]:)/.test(p))
        throw new FieldError('bin', 'must be relative to the toolchain root');
    if (p.split(/[/\\]/).includes('..'))
        throw new FieldError('bin', "must not contain '..'");
    return p;
}
function checkBin(item) {
    const bin = item.bin;
    if (bin === undefined)
        return undefined;
    if (!Array.isArray(bin))
        return [checkRelativeDir(bin)];
    if (bin.length === 0)
        throw new FieldError('bin', 'must list at least one directory');
    return bin.map(checkRelativeDir);
}
function checkStripComponents(item) {
    const n = item['strip-components'];
    if (n === undefined)
        return undefined;
    if (typeof n !== 'number' || !Number.isInteger(n))
        throw new FieldError('strip-components', 'must be a whole number');
    if (n < 0)
        throw new FieldError('strip-components', 'must be 0 or more');
    if (n > 64)
        throw new FieldError('strip-components', 'must be at most 64');
    return n;
}
function checkItem(item, label) {
    try {
        return {
            id: checkId(item),
            url: checkUrl(item),
            sha256: checkSha256(item),
            bin: checkBin(item),
            stripComponents: checkStripComponents(item),
        };
    }
    catch (e) {
        if (!(e instanceof FieldError))
            throw e;
        throw new InputError(`${label}: field "${e.field}" ${e.message}${describeValue(shownValue(item, e.field))}.`, e.field);
    }
}
const isNamedItem = (item) => 'spec' in item;
const NAME_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
const VERSION_PATTERN = /^[0-9A-Za-z^~<>=*][0-9A-Za-z.^~<>=|*+/ -]{0,63}$/;
function checkNamed(text, index) {
    const label = `toolchains[${index}] (${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}\u2026` : text)})`;
    const at = text.indexOf('@');
    const name = at > 0 ? text.slice(0, at) : '';
    const version = at > 0 ? text.slice(at + 1) : '';
    if (!NAME_PATTERN.test(name) || !version) {
        throw new InputError(`${label}: a named toolchain is NAME@VERSION, e.g. node@24, go@1.23, python@3.12 (a lower-case name, "@", a version); ` +
            'or give a mapping with id, url and sha256.', 'toolchains');
    }
    checkVendorName(label, name);
    if (!VERSION_PATTERN.test(version) || version.trim() !== version) {
        throw new InputError(`${label}: "${version}" is not a version request: use an exact version (24.11.1), a prefix (24, 24.11), ` +
            'latest, lts, lts/<codename>, or a semver range (^1.23, ~3.12.1, ">=22 <24").', 'toolchains');
    }
    return { spec: text, name, version, index };
}
async function spec_parseToolchains(text) {
    if (!text.trim())
        throw new InputError('Input "toolchains" is required: a YAML list of NAME@VERSION (e.g. - node@24) or {id, url, sha256} items.', 'toolchains');
    let doc = parseSimpleToolchainList(text);
    if (doc === undefined) {
        const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        try {
            doc = parse(text);
        }
        catch (e) {
            throw new InputError(`Input "toolchains" is not valid YAML: ${e.message}`, 'toolchains');
        }
    }
    return checkToolchains(doc);
}
function checkToolchains(doc) {
    if (!Array.isArray(doc) || doc.length === 0) {
        throw new InputError('Input "toolchains" must be a non-empty YAML list, e.g.\n- node@24\n- id: cmake-3.30.5\n  url: https://\u2026\n  sha256: <64 hex>', 'toolchains');
    }
    const warnings = [];
    const seen = new Map();
    const toolchains = doc.map((raw, index) => {
        if (typeof raw === 'string') {
            const named = checkNamed(raw, index);
            const earlier = seen.get(`@${named.spec}`);
            if (earlier !== undefined)
                throw new InputError(`toolchains[${index}] ("${named.spec}"): duplicates toolchains[${earlier}]; each item may appear once.`, 'toolchains');
            seen.set(`@${named.spec}`, index);
            return named;
        }
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
            throw new InputError(`toolchains[${index}]: must be NAME@VERSION (e.g. node@24) or a mapping with id, url and sha256.`, 'toolchains');
        }
        const label = itemLabel(index, raw.id);
        for (const key of Object.keys(raw)) {
            if (!KNOWN_KEYS.has(key))
                warnings.push(`${label}: unknown key "${key}" ignored (known: ${[...KNOWN_KEYS].join(', ')}).`);
        }
        const item = checkItem(raw, label);
        const earlier = seen.get(item.id.toLowerCase());
        if (earlier !== undefined) {
            throw new InputError(`${label}: field "id" duplicates toolchains[${earlier}] (ids are compared ignoring letter case); each id may appear once.`, 'id');
        }
        seen.set(item.id.toLowerCase(), index);
        return item;
    });
    return { toolchains, warnings };
}
function itemLabel(index, id) {
    return typeof id === 'string' && id.length <= 128
        ? `toolchains[${index}] (id "${id}")`
        : `toolchains[${index}]`;
}
const shownValue = (item, field) => field === 'url' && typeof item.url === 'string' ? redactUrl(item.url) : item[field];
function describeValue(v) {
    if (v === undefined)
        return '';
    const s = typeof v === 'string'
        ? JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}\u2026` : v)
        : JSON.stringify(v);
    return typeof v === 'string' && /^[0-9a-fA-F]*$/.test(v) && v.length !== 64
        ? ` (got ${v.length} characters)`
        : ` (got ${s})`;
}
const SIZE_UNITS = {
    '': 1,
    b: 1,
    k: 1024,
    kb: 1e3,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1e6,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1e9,
    gib: 1024 ** 3,
    t: 1024 ** 4,
    tb: 1e12,
    tib: 1024 ** 4,
};
function parseSize(value, name) {
    const v = value.trim();
    if (!v)
        return undefined;
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(v);
    const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined) {
        throw new errors/* InputError */.dz(`Input "${name}" must be a size such as 20GB, 512MiB or 1073741824 (got "${value}").`, name);
    }
    return Math.floor(Number(m[1]) * unit);
}
const ZERO_SIZE_BOUND = '0 would remove every unused toolchain; unset it for no bound, or give the most the cache may hold';
function parseSizeBound(value, name) {
    const bytes = parseSize(value, name);
    if (bytes === 0)
        throw new errors/* InputError */.dz(`Input "${name}" is "${value.trim()}": ${ZERO_SIZE_BOUND}.`, name);
    return bytes;
}
function parseWholeNumber(value, name, fallback, min = 0) {
    const v = value.trim();
    if (!v)
        return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) {
        throw new errors/* InputError */.dz(`Input "${name}" must be a whole number \u2265 ${min} (got "${value}").`, name);
    }
    return Number(v);
}
function parseBoolean(value, name, fallback) {
    const v = value.trim();
    if (!v)
        return fallback;
    if (/^(true|True|TRUE)$/.test(v))
        return true;
    if (/^(false|False|FALSE)$/.test(v))
        return false;
    throw new errors/* InputError */.dz(`Input "${name}" must be true or false (got "${value}").`, name);
}

;// CONCATENATED MODULE: ./lib/core/host-config.js





const HOST_CONFIG_FILE = process.platform === 'win32'
    ? 'C:\\ProgramData\\toolchain-cache\\config.json'
    : '/etc/toolchain-cache/config.json';
const MAX_HOST_CONFIG_BYTES = 64 * 1024;
const KEYS = [
    'cacheRoot',
    'maxSize',
    'maxUnusedDays',
    'lockStale',
    'tierLeaseStale',
    'indexTtl',
    'mirrors',
    'maxMembers',
    'maxUnpackedSize',
    'stallTimeout',
    'downloadRetries',
];
function readHostConfig(options = {}) {
    const file = options.file ?? HOST_CONFIG_FILE;
    const platform = options.platform ?? process.platform;
    const owner = options.ownerUid ?? 0;
    const result = { file, config: {}, warnings: [] };
    const untrusted = (why) => {
        result.warnings.push(`The host configuration file ${file} is ignored: ${why}. ${fixText(file, platform)}`);
        return result;
    };
    const dirProblem = checkDirectory(external_node_path_.dirname(file), owner, platform);
    if (dirProblem === 'missing')
        return result;
    if (dirProblem)
        return untrusted(dirProblem);
    const opened = openConfig(file, owner, platform);
    if (opened === 'missing')
        return result;
    if (typeof opened === 'string')
        return untrusted(opened);
    result.config = parseHostConfig(file, opened, result.warnings, platform);
    return result;
}
let cached;
function host_config_hostConfig() {
    if (!cached) {
        try {
            cached = { read: readHostConfig() };
        }
        catch (e) {
            cached = { error: e };
        }
    }
    if (cached.error !== undefined)
        throw cached.error;
    return cached.read;
}
function fixText(file, platform) {
    const dir = external_node_path_.dirname(file);
    if (platform === 'win32') {
        return `Let only Administrators write ${dir} and ${file} (see README, "Pointing several runners at one cache").`;
    }
    return `It and its directory must be owned by root and writable by nobody else: chown root ${dir} ${file} && chmod 755 ${dir} && chmod 644 ${file}.`;
}
const writableByOthers = (mode) => (mode & 0o022) !== 0;
function checkDirectory(dir, owner, platform) {
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(dir, { throwIfNoEntry: false });
    }
    catch (e) {
        return `its directory ${dir} cannot be examined (${(0,errors/* isErrnoException */.s$)(e) ? e.code : String(e)})`;
    }
    if (!st)
        return 'missing';
    if (!st.isDirectory())
        return `its directory ${dir} is not a directory (a link?)`;
    if (platform === 'win32')
        return undefined;
    if (st.uid !== owner || writableByOthers(st.mode))
        return `its directory ${dir} is owned by uid ${st.uid} with mode ${octal(st.mode)}`;
    try {
        const parent = (0,external_node_fs_.realpathSync)(external_node_path_.dirname(dir));
        const pst = (0,external_node_fs_.lstatSync)(parent);
        const sticky = (pst.mode & 0o1000) !== 0;
        if ((pst.uid !== 0 && pst.uid !== owner) || (writableByOthers(pst.mode) && !sticky))
            return `${parent}, above it, is writable by others`;
    }
    catch (e) {
        return `the directory above ${dir} cannot be examined (${(0,errors/* isErrnoException */.s$)(e) ? e.code : String(e)})`;
    }
    return undefined;
}
function openConfig(file, owner, platform) {
    let fd;
    try {
        const flags = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
        if (platform === 'win32' && (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false })?.isSymbolicLink())
            return 'it is a link';
        fd = (0,external_node_fs_.openSync)(file, flags);
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return 'missing';
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ELOOP')
            return 'it is a link';
        return `it cannot be opened (${(0,errors/* isErrnoException */.s$)(e) ? e.code : String(e)})`;
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return 'it is not a regular file';
        if (platform !== 'win32' && (st.uid !== owner || writableByOthers(st.mode)))
            return `it is owned by uid ${st.uid} with mode ${octal(st.mode)}`;
        if (st.size > MAX_HOST_CONFIG_BYTES) {
            throw new errors/* InputError */.dz(`The host configuration file ${file} is ${st.size} bytes, more than the ${MAX_HOST_CONFIG_BYTES} read: fix the file.`, file);
        }
        const buf = Buffer.alloc(Math.min(st.size, MAX_HOST_CONFIG_BYTES));
        let n = 0;
        for (let got; n < buf.length && (got = (0,external_node_fs_.readSync)(fd, buf, n, buf.length - n, null)) > 0;)
            n += got;
        return buf.subarray(0, n);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const octal = (mode) => (mode & 0o7777).toString(8).padStart(4, '0');
function parseHostConfig(file, bytes, warnings, platform = process.platform) {
    const bad = (key, problem) => new errors/* InputError */.dz(`The host configuration file ${file}: "${key}" ${problem}. Fix the file (see README, "Pointing several runners at one cache").`, key);
    let raw;
    try {
        raw = JSON.parse(bytes.toString());
    }
    catch (e) {
        throw new errors/* InputError */.dz(`The host configuration file ${file} is not valid JSON (${e instanceof Error ? e.message : String(e)}): fix the file.`, file);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new errors/* InputError */.dz(`The host configuration file ${file} must hold a JSON object: fix the file.`, file);
    const doc = raw;
    for (const key of Object.keys(doc)) {
        if (!KEYS.includes(key))
            warnings.push(`The host configuration file ${file}: unknown key "${key}" ignored (known: ${KEYS.join(', ')}).`);
    }
    const config = {};
    const has = (key) => Object.hasOwn(doc, key) && doc[key] !== null;
    const numberText = (key) => {
        const v = doc[key];
        if (typeof v === 'number' && Number.isFinite(v) && v >= 0)
            return String(v);
        if (typeof v === 'string' && v.trim())
            return v.trim();
        throw bad(key, `must be a number (got ${JSON.stringify(v)})`);
    };
    const whole = (key, min = 0) => {
        const t = numberText(key);
        if (!/^\d+$/.test(t) || !Number.isSafeInteger(Number(t)) || Number(t) < min)
            throw bad(key, `must be a whole number \u2265 ${min} (got ${JSON.stringify(doc[key])})`);
        return Number(t);
    };
    const size = (key, min = 0) => {
        const t = numberText(key);
        let bytes;
        try {
            bytes = parseSize(t, key);
        }
        catch {
            bytes = undefined;
        }
        if (bytes === undefined || bytes < min)
            throw bad(key, `must be a size such as "200GB", "512MiB" or a number of bytes${min ? ` (at least ${min})` : ''} (got ${JSON.stringify(doc[key])})`);
        return bytes;
    };
    if (has('cacheRoot')) {
        const v = doc.cacheRoot;
        const paths = platform === 'win32' ? external_node_path_.win32 : external_node_path_.posix;
        if (typeof v !== 'string' || !v.trim() || !paths.isAbsolute(v.trim()))
            throw bad('cacheRoot', `must be an absolute path (got ${JSON.stringify(v)})`);
        config.cacheRoot = v.trim();
    }
    if (has('maxSize')) {
        config.maxSizeBytes = size('maxSize');
        if (config.maxSizeBytes === 0)
            throw bad('maxSize', `is 0: ${ZERO_SIZE_BOUND}`);
    }
    if (has('maxUnusedDays'))
        config.maxUnusedDays = whole('maxUnusedDays');
    const staleTime = (key) => {
        try {
            return (0,stale/* parseLockStale */.st)(numberText(key), key);
        }
        catch (e) {
            throw bad(key, e instanceof Error ? `is wrong: ${e.message}` : 'is wrong');
        }
    };
    if (has('lockStale'))
        config.lockStaleMs = staleTime('lockStale');
    if (has('tierLeaseStale'))
        config.tierLeaseStaleMs = staleTime('tierLeaseStale');
    if (has('indexTtl'))
        config.indexTtlSeconds = whole('indexTtl');
    if (has('mirrors'))
        config.mirrors = parseMirrors(doc.mirrors, bad);
    if (has('maxMembers'))
        config.maxMembers = whole('maxMembers', 1);
    if (has('maxUnpackedSize'))
        config.maxUnpackedBytes = size('maxUnpackedSize', 1);
    if (has('stallTimeout'))
        config.stallTimeoutSeconds = whole('stallTimeout', 1);
    if (has('downloadRetries'))
        config.downloadRetries = whole('downloadRetries');
    return config;
}
function parseMirrors(v, bad) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw bad('mirrors', 'must be an object such as {"node": "https://mirror.example/node"}');
    const out = {};
    for (const [name, url] of Object.entries(v)) {
        if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
            throw bad(`mirrors.${name}`, 'is not a vendor name (lower-case letters, digits, -)');
        let parsed;
        try {
            parsed = typeof url === 'string' ? new URL(url) : undefined;
        }
        catch {
            parsed = undefined;
        }
        if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:'))
            throw bad(`mirrors.${name}`, `must be an http(s) URL (got ${JSON.stringify(url)})`);
        out[name] = url.replace(/\/+$/, '');
    }
    return out;
}
const hostLockStaleMs = (config = host_config_hostConfig().config, env = process.env) => config.lockStaleMs ?? (0,stale/* lockStaleMs */.zU)(env);

// EXTERNAL MODULE: ./lib/core/lock.js + 1 modules
var lock = __webpack_require__(3544);
// EXTERNAL MODULE: ./lib/core/regular-file.js
var regular_file = __webpack_require__(9558);
// EXTERNAL MODULE: ./lib/core/registry/schema.js
var schema = __webpack_require__(9032);
;// CONCATENATED MODULE: ./lib/core/registry/store.js






const REGISTRY_MAX_BYTES = 256 * 1024 * 1024;
const identityOf = (st) => `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
class Registry {
    layout;
    options;
    lockTimeoutMs;
    staleMs;
    cached;
    constructor(layout, options = {}) {
        this.layout = layout;
        this.options = options;
        this.lockTimeoutMs = options.lockTimeoutMs ?? 30_000;
        this.staleMs = options.staleMs ?? stale/* DEFAULT_LOCK_STALE_MS */.xL;
    }
    get file() {
        return this.layout.registryFile;
    }
    async read() {
        const text = await this.readText();
        if (text?.content === undefined && text && this.cached)
            return this.cached.doc;
        if (text?.content !== undefined) {
            const parsed = this.parse(text.content);
            if (parsed.doc) {
                this.cached = { identity: text.identity, doc: parsed.doc };
                return parsed.doc;
            }
        }
        else if ((await external_node_fs_.promises.readdir(this.layout.toolchainsDir).catch(() => [])).length === 0) {
            return (0,schema/* emptyRegistry */.Vu)();
        }
        return this.update((doc, tx) => {
            tx.skipWrite();
            return doc;
        });
    }
    async update(fn) {
        const { acquireLock } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3544));
        const lock = await acquireLock(this.layout.lockPath('registry'), 'registry', {
            staleMs: this.staleMs,
            timeoutMs: this.lockTimeoutMs,
            pollMs: 25,
            holder: this.options.holder,
        });
        try {
            const snap = await this.snapshot(lock);
            let write = true;
            const tx = {
                skipWrite: () => (write = snap.rebuilt),
                lock,
                rebuilt: snap.rebuilt,
                movedAside: snap.movedAside,
            };
            const result = await fn(snap.doc, tx);
            if (write)
                this.commit(snap, lock);
            return result;
        }
        finally {
            await lock.release();
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    commit(snap, lock) {
        const generation = (snap.generation ?? 0) + 1;
        const text = JSON.stringify({
            schemaVersion: schema/* REGISTRY_SCHEMA_VERSION */.zu,
            generation,
            entries: snap.doc.entries,
        });
        (0,fsx/* atomicWriteFileSync */._b)(this.file, text, () => {
            lock.assertHeldSync();
            this.assertGenerationSync(snap.generation);
        });
        snap.doc.generation = generation;
        this.cached = undefined;
    }
    async snapshot(lock) {
        const text = this.readTextSync();
        let movedAside;
        let problem;
        if (text !== undefined) {
            const parsed = this.parse(text);
            if (parsed.doc)
                return { doc: parsed.doc, generation: parsed.doc.generation, rebuilt: false };
            problem = parsed.problem ?? 'unreadable';
            movedAside = this.moveAside(text, lock, problem);
        }
        const doc = (0,schema/* emptyRegistry */.Vu)();
        const { scanInstalled } = await __webpack_require__.e(/* import() */ 156).then(__webpack_require__.bind(__webpack_require__, 6156));
        const scan = await scanInstalled(this.layout);
        for (const entry of scan.entries)
            doc.entries[entry.id] = entry;
        const count = Object.keys(doc.entries).length;
        if (movedAside || count > 0) {
            this.options.onWarning?.(movedAside
                ? `The registry ${this.file} was unreadable (${problem}; moved aside to ${movedAside}); rebuilt it from the ${count} installed toolchain(s). Uses are kept in their own records and were not affected.`
                : `The registry ${this.file} was missing; rebuilt it from the ${count} installed toolchain(s).`);
        }
        for (const { id, why } of scan.rejected) {
            this.options.onWarning?.(`The registry rebuild left out ${this.layout.entryDir(id)}: ${why}. A job that needs it installs it again.`);
        }
        return { doc, rebuilt: movedAside !== undefined || count > 0, movedAside };
    }
    assertGenerationSync(expected) {
        const current = readGenerationSync(this.file);
        if (current === expected)
            return;
        throw new errors/* ToolchainCacheError */.mg('LOCK_LOST', `The registry ${this.file} changed under our lock (generation ${expected ?? '(no file)'} \u2192 ${current ?? '(no file)'}); nothing was committed.`);
    }
    readTextSync() {
        return (0,regular_file/* readRegularTextIfExistsSync */.cL)(this.file, REGISTRY_MAX_BYTES);
    }
    async readText() {
        try {
            return (0,regular_file/* withRegularFileSync */.QI)(this.file, REGISTRY_MAX_BYTES, (fd, size) => {
                const identity = identityOf((0,external_node_fs_.fstatSync)(fd));
                if (this.cached?.identity === identity)
                    return { identity };
                return { content: (0,regular_file/* readUpToSync */.Eg)(fd, size).toString('utf8'), identity };
            });
        }
        catch (e) {
            if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
                return undefined;
            throw e;
        }
    }
    parse(text) {
        let raw;
        try {
            raw = JSON.parse(text);
        }
        catch (e) {
            return { problem: `not valid JSON (${e.message})` };
        }
        const version = raw?.schemaVersion;
        if (typeof version === 'number' && version > schema/* REGISTRY_SCHEMA_VERSION */.zu) {
            throw new errors/* ToolchainCacheError */.mg('REGISTRY_CORRUPT', `The registry ${this.file} has schema version ${version}, newer than this toolchain-cache understands (${schema/* REGISTRY_SCHEMA_VERSION */.zu}). ` +
                'A newer release of the action wrote it: upgrade every workflow on this host, or use another cache-root.');
        }
        const problem = (0,schema/* registryProblem */.T7)(raw);
        return problem
            ? { problem: `invalid at ${problem}` }
            : { doc: (0,schema/* redactStoredUrls */.nn)(raw) };
    }
    moveAside(text, lock, problem) {
        const movedTo = (0,fsx/* corruptAsideName */.VY)(this.file);
        try {
            lock.assertHeldSync();
            if ((0,regular_file/* readRegularFileSync */.cG)(this.file, REGISTRY_MAX_BYTES).toString('utf8') !== text)
                throw new Error('the file changed meanwhile');
            (0,external_node_fs_.renameSync)(this.file, movedTo);
        }
        catch (e) {
            throw new errors/* ToolchainCacheError */.mg('REGISTRY_CORRUPT', `The registry ${this.file} is unreadable (${problem}) and could not be moved aside: ${e.message}.`);
        }
        return movedTo;
    }
}
const GENERATION_HEAD = /^\{"schemaVersion":\d+,"generation":(\d+)[,}]/;
function readGenerationSync(file) {
    try {
        return (0,regular_file/* withRegularFileSync */.QI)(file, REGISTRY_MAX_BYTES, (fd, size) => {
            const head = Buffer.alloc(Math.min(128, size));
            const n = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
            const m = GENERATION_HEAD.exec(head.toString('utf8', 0, n));
            return m ? Number(m[1]) : generationIn((0,regular_file/* readUpToSync */.Eg)(fd, size).toString('utf8'));
        });
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
function generationIn(text) {
    try {
        const generation = JSON.parse(text)?.generation;
        return typeof generation === 'number' ? generation : NaN;
    }
    catch {
        return NaN;
    }
}

// EXTERNAL MODULE: ./lib/core/stats.js
var stats = __webpack_require__(1320);
// EXTERNAL MODULE: ./lib/core/uses.js
var uses = __webpack_require__(2599);
// EXTERNAL MODULE: ./lib/providers/bounded.js
var bounded = __webpack_require__(915);
;// CONCATENATED MODULE: ./lib/action/constants.js
const constants_Inputs = {
    Toolchains: 'toolchains',
    CacheRoot: 'cache-root',
    RemoteCache: 'remote-cache',
    Remote: 'remote',
    RemoteTimeout: 'remote-timeout',
    Cleanup: 'cleanup',
    MaxUnusedDays: 'max-unused-days',
    MaxSize: 'max-size',
    WaitTimeout: 'wait-timeout',
    Summary: 'summary',
    Lockfile: 'lockfile',
};
const Outputs = {
    CacheHit: 'cache-hit',
    Paths: 'paths',
    Path: 'path',
    Sources: 'sources',
    Versions: 'versions',
};
const State = {
    UseKey: 'use-key',
    UseIds: 'use-ids',
    CacheRoot: 'cache-root',
    Results: 'results',
    MainError: 'main-error',
    TierNotes: 'tier-notes',
    LockNotes: 'lock-notes',
};

;// CONCATENATED MODULE: ./lib/action/log.js

const actionsLogger = { info: runner_commands/* info */.pq, warning: runner_commands/* warning */.$e, debug: runner_commands/* debug */.Yz };

// EXTERNAL MODULE: ./lib/providers/registry.js
var registry = __webpack_require__(7119);
;// CONCATENATED MODULE: ./lib/action/inputs.js










const input = (name) => runner_commands/* getInput */.V4(name);
function readSettings(host = host_config_hostConfig()) {
    return settingsAndWarnings(host).settings;
}
function settingsAndWarnings(host) {
    const root = (0,layout/* chooseCacheRoot */.YC)(input(constants_Inputs.CacheRoot), process.env, {
        host: { cacheRoot: host.config.cacheRoot, file: host.file },
    });
    const warnings = [
        ...host.warnings,
        ...root.overridden.map((o) => `The cache root ${o.value} from ${o.from} is overridden by ${root.root}, the cacheRoot of ${root.from} (set by the host's administrator).`),
        ...inputBeatsHostVariable(root.root, root.from),
    ];
    return { settings: readOtherSettings(root.root, root.from), warnings };
}
function inputBeatsHostVariable(root, from) {
    const hostRoot = process.env.TOOLCHAIN_CACHE_ROOT?.trim();
    if (!from.includes(`"${constants_Inputs.CacheRoot}"`) || !hostRoot || external_node_path_.resolve(hostRoot) === root)
        return [];
    return [
        `The "${constants_Inputs.CacheRoot}" input (${root}) differs from this runner's TOOLCHAIN_CACHE_ROOT (${hostRoot}), the host's cache root: ` +
            `this job uses ${root} and shares no toolchains with the jobs on ${hostRoot}. Remove the input to use the host's root.`,
    ];
}
function readOtherSettings(cacheRoot, cacheRootFrom) {
    return {
        cacheRoot,
        cacheRootFrom,
        remoteCache: parseBoolean(input(constants_Inputs.RemoteCache), constants_Inputs.RemoteCache, true),
        remote: (0,registry/* parseRemoteInput */.m9)(input(constants_Inputs.Remote) || 'actions-cache'),
        remoteTimeoutSeconds: parseWholeNumber(input(constants_Inputs.RemoteTimeout), constants_Inputs.RemoteTimeout, 30, 1),
        cleanup: parseBoolean(input(constants_Inputs.Cleanup), constants_Inputs.Cleanup, true),
        maxUnusedDays: parseWholeNumber(input(constants_Inputs.MaxUnusedDays), constants_Inputs.MaxUnusedDays, 30),
        maxSizeBytes: parseSizeBound(input(constants_Inputs.MaxSize), constants_Inputs.MaxSize),
        waitTimeoutSeconds: parseWholeNumber(input(constants_Inputs.WaitTimeout), constants_Inputs.WaitTimeout, 600, 1),
        summary: parseBoolean(input(constants_Inputs.Summary), constants_Inputs.Summary, true),
    };
}
async function readInputs(host = hostConfig()) {
    const { toolchains, warnings } = await parseToolchains(input(Inputs.Toolchains));
    const { settings, warnings: hostWarnings } = settingsAndWarnings(host);
    return {
        toolchains,
        lockfile: input(Inputs.Lockfile).trim(),
        warnings: [...hostWarnings, ...warnings],
        ...settings,
    };
}
const HostEnv = {
    MaxMembers: 'TOOLCHAIN_CACHE_MAX_MEMBERS',
    MaxUnpackedSize: 'TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE',
    StallTimeout: 'TOOLCHAIN_CACHE_STALL_TIMEOUT',
    DownloadRetries: 'TOOLCHAIN_CACHE_DOWNLOAD_RETRIES',
    MaxSize: 'TOOLCHAIN_CACHE_MAX_SIZE',
    MaxUnusedDays: 'TOOLCHAIN_CACHE_MAX_UNUSED_DAYS',
    TierLeaseStale: 'TOOLCHAIN_CACHE_TIER_LEASE_STALE',
};
function readHostSettings(env = process.env, host = host_config_hostConfig(), options = {}) {
    const value = (name) => env[name]?.trim() ?? '';
    const warnings = [];
    const named = (name, parse) => {
        try {
            return parse();
        }
        catch (e) {
            if (!(e instanceof errors/* InputError */.dz))
                throw e;
            throw new errors/* InputError */.dz(`${e.message.replace(`Input "${name}"`, `Environment variable ${name}`)} ${errors/* FROM_RUNNER_ENV */.Ci}`, name);
        }
    };
    const gcBound = (name, parse) => {
        if (options.gc ?? true)
            return named(name, parse);
        try {
            return named(name, parse);
        }
        catch (e) {
            warnings.push(`${e.message} (Ignored here: this job does not clean up.)`);
            return undefined;
        }
    };
    const whole = (name, min) => value(name) ? named(name, () => parseWholeNumber(value(name), name, 0, min)) : undefined;
    const maxUnpackedBytes = named(HostEnv.MaxUnpackedSize, () => parseSize(value(HostEnv.MaxUnpackedSize), HostEnv.MaxUnpackedSize));
    if (maxUnpackedBytes === 0) {
        throw new errors/* InputError */.dz(`Environment variable ${HostEnv.MaxUnpackedSize} must be more than 0 (got "${value(HostEnv.MaxUnpackedSize)}"). ${errors/* FROM_RUNNER_ENV */.Ci}`, HostEnv.MaxUnpackedSize);
    }
    const file = host.config;
    const envMaxSize = gcBound(HostEnv.MaxSize, () => parseSizeBound(value(HostEnv.MaxSize), HostEnv.MaxSize));
    const envMaxUnusedDays = value(HostEnv.MaxUnusedDays)
        ? gcBound(HostEnv.MaxUnusedDays, () => parseWholeNumber(value(HostEnv.MaxUnusedDays), HostEnv.MaxUnusedDays, 0))
        : undefined;
    const envMaxMembers = whole(HostEnv.MaxMembers, 1);
    const envStallTimeout = whole(HostEnv.StallTimeout, 1);
    const envDownloadRetries = whole(HostEnv.DownloadRetries, 0);
    const envTierLeaseStale = value(HostEnv.TierLeaseStale)
        ? named(HostEnv.TierLeaseStale, () => (0,stale/* parseLockStale */.st)(value(HostEnv.TierLeaseStale), HostEnv.TierLeaseStale))
        : undefined;
    const tierLeaseStaleMs = file.tierLeaseStaleMs ?? envTierLeaseStale;
    const from = (inFile, inEnv, variable) => inFile !== undefined ? host.file : inEnv !== undefined ? variable : undefined;
    return {
        maxMembers: file.maxMembers ?? envMaxMembers,
        maxUnpackedBytes: file.maxUnpackedBytes ?? maxUnpackedBytes,
        stallTimeoutSeconds: file.stallTimeoutSeconds ?? envStallTimeout,
        downloadRetries: file.downloadRetries ?? envDownloadRetries,
        lockStaleMs: hostLockStaleMs(file, env),
        maxSizeBytes: file.maxSizeBytes ?? envMaxSize,
        maxUnusedDays: file.maxUnusedDays ?? envMaxUnusedDays,
        boundsFrom: {
            maxSize: from(file.maxSizeBytes, envMaxSize, HostEnv.MaxSize),
            maxUnusedDays: from(file.maxUnusedDays, envMaxUnusedDays, HostEnv.MaxUnusedDays),
        },
        sizeBoundFromFile: file.maxSizeBytes !== undefined,
        ...(tierLeaseStaleMs !== undefined && { tierLeaseStaleMs }),
        notices: [
            ...shadowed(HostEnv.MaxSize, envMaxSize, file.maxSizeBytes, host.file, format/* formatBytesExact */.Up),
            ...shadowed(HostEnv.MaxUnusedDays, envMaxUnusedDays, file.maxUnusedDays, host.file, days),
            ...shadowed(HostEnv.MaxMembers, envMaxMembers, file.maxMembers, host.file, String),
            ...shadowed(HostEnv.MaxUnpackedSize, maxUnpackedBytes, file.maxUnpackedBytes, host.file, format/* formatBytesExact */.Up),
            ...shadowed(HostEnv.StallTimeout, envStallTimeout, file.stallTimeoutSeconds, host.file, secs),
            ...shadowed(HostEnv.DownloadRetries, envDownloadRetries, file.downloadRetries, host.file, String),
            ...shadowed(HostEnv.TierLeaseStale, envTierLeaseStale, file.tierLeaseStaleMs, host.file, msSecs),
        ],
        warnings,
    };
}
const days = (n) => `${n} day${n === 1 ? '' : 's'}`;
const secs = (n) => `${n} s`;
const msSecs = (ms) => secs(ms / 1000);
const shadowed = (variable, inEnv, inFile, file, shown) => inEnv !== undefined && inFile !== undefined && inEnv !== inFile
    ? [`${variable} (${shown(inEnv)}) is overridden by ${file} (${shown(inFile)}).`]
    : [];
function gcBounds(settings, host) {
    const notices = [...host.notices];
    const overridden = (input, from, got, wins) => notices.push(`Input "${input}" (${got}) is overridden by ${from} (${wins}), set for this runner by its administrator.`);
    if (host.maxUnusedDays !== undefined && host.maxUnusedDays !== settings.maxUnusedDays)
        overridden(constants_Inputs.MaxUnusedDays, host.boundsFrom.maxUnusedDays, days(settings.maxUnusedDays), days(host.maxUnusedDays));
    if (host.maxSizeBytes !== undefined &&
        settings.maxSizeBytes !== undefined &&
        host.maxSizeBytes !== settings.maxSizeBytes)
        overridden(constants_Inputs.MaxSize, host.boundsFrom.maxSize, (0,format/* formatBytesExact */.Up)(settings.maxSizeBytes), (0,format/* formatBytesExact */.Up)(host.maxSizeBytes));
    return {
        maxUnusedDays: host.maxUnusedDays ?? settings.maxUnusedDays,
        maxSizeBytes: host.maxSizeBytes ?? settings.maxSizeBytes,
        maxSizeFrom: sizeBoundFrom(settings, host),
        hostSizeBound: host.sizeBoundFromFile,
        notices,
    };
}
function sizeBoundFrom(settings, host) {
    if (host.maxSizeBytes !== undefined)
        return host.boundsFrom.maxSize;
    return settings.maxSizeBytes !== undefined ? `the "${constants_Inputs.MaxSize}" input` : undefined;
}

;// CONCATENATED MODULE: ./lib/action/job.js
function jobRefFromEnv(env = process.env) {
    return {
        repository: env.GITHUB_REPOSITORY ?? 'unknown/unknown',
        runId: env.GITHUB_RUN_ID ?? '0',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        job: env.GITHUB_JOB ?? 'unknown',
        action: env.GITHUB_ACTION ?? 'toolchain-cache',
    };
}

;// CONCATENATED MODULE: ./lib/action/step-summary.js


const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
function wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs)
        .map(([key, value]) => ` ${key}="${value}"`)
        .join('');
    return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
}
function tableCell(cell) {
    if (typeof cell === 'string')
        return wrap('td', cell);
    const { header, data, colspan, rowspan } = cell;
    return wrap(header ? 'th' : 'td', data, {
        ...(colspan && { colspan }),
        ...(rowspan && { rowspan }),
    });
}
class StepSummary {
    buffer = '';
    filePath;
    async summaryFile() {
        if (this.filePath)
            return this.filePath;
        const fromEnv = process.env[SUMMARY_ENV_VAR];
        if (!fromEnv) {
            throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
        }
        try {
            (0,external_node_fs_.accessSync)(fromEnv, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${fromEnv}'. Check if the file has correct read/write permissions.`);
        }
        this.filePath = fromEnv;
        return fromEnv;
    }
    async write(options) {
        const file = await this.summaryFile();
        (options?.overwrite ? external_node_fs_.writeFileSync : external_node_fs_.appendFileSync)(file, this.buffer, { encoding: 'utf8' });
        return this.emptyBuffer();
    }
    async clear() {
        return this.emptyBuffer().write({ overwrite: true });
    }
    stringify() {
        return this.buffer;
    }
    isEmptyBuffer() {
        return this.buffer.length === 0;
    }
    emptyBuffer() {
        this.buffer = '';
        return this;
    }
    addRaw(text, addEOL = false) {
        this.buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    addEOL() {
        return this.addRaw(runner_commands/* EOL */.$E);
    }
    addHeading(text, level) {
        const tag = `h${level}`;
        return this.addRaw(wrap(HEADING_TAGS.includes(tag) ? tag : 'h1', text)).addEOL();
    }
    addTable(rows) {
        const body = rows.map((row) => wrap('tr', row.map(tableCell).join(''))).join('');
        return this.addRaw(wrap('table', body)).addEOL();
    }
}
const summary = new StepSummary();

;// CONCATENATED MODULE: ./lib/action/summary.js




const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const MAX_TABLE_ROWS = 200;
const seconds = (ms) => (ms ? `${(ms / 1000).toFixed(1)} s` : '\u2013');
function buildJobSummary(input) {
    const s = summary.addHeading('toolchain-cache', 3);
    if (input.mainError)
        s.addRaw(`<p>The main step failed: ${escapeHtml(input.mainError)}</p>`, true);
    if (input.results.length) {
        const rows = input.results.slice(0, MAX_TABLE_ROWS);
        s.addTable([
            [
                { data: 'Toolchain', header: true },
                { data: 'Source', header: true },
                { data: 'Wait', header: true },
                { data: 'Install', header: true },
                { data: 'Size', header: true },
            ],
            ...rows.map((r) => [
                escapeHtml(r.id),
                escapeHtml((0,format/* describeSource */.B6)(r)),
                seconds(r.waitMs),
                r.source === 'local' ? '\u2013' : seconds(r.installMs),
                (0,format/* formatBytes */.z3)(r.sizeBytes),
            ]),
        ]);
        if (input.results.length > rows.length) {
            s.addRaw(`<p><em>Showing ${rows.length} of ${input.results.length} toolchains; the main step's log lists every one.</em></p>`, true);
        }
    }
    for (const note of input.lockNotes ?? []) {
        s.addRaw(`<p><strong>Lockfile:</strong> ${escapeHtml(note.spec)} on ${escapeHtml(note.platform)} is not locked; add <code>${escapeHtml(note.text)}</code> under <code>"toolchains"</code>.</p>`, true);
    }
    if (input.cache || input.cacheRoot) {
        const c = input.cache;
        const root = input.cacheRoot;
        const where = root
            ? ` <code>${escapeHtml(root.path)}</code>${root.from ? ` (from ${escapeHtml(root.from)})` : ''}`
            : '';
        s.addRaw(`<p><strong>Cache${where}:</strong> ` +
            (c
                ? `${c.entries} toolchain(s), ${(0,format/* formatBytes */.z3)(c.totalBytes)}; ` +
                    `${c.inUse} in use, ${c.unused} unused; free disk: ${(0,format/* formatFree */.I5)(c.freeBytes)}.`
                : 'its figures could not be read.') +
            '</p>', true);
    }
    if (input.repositoryStats) {
        const r = input.repositoryStats;
        s.addRaw(`<p><strong>${escapeHtml(input.repository ?? 'This repository')}:</strong> hit rate ${(0,format/* formatPercent */.l9)(r.hitRate)} ` +
            `(found on this host: ${r.localHits} at once, ${r.peerWaits} after waiting for another job's install; ` +
            `not on this host: ${r.remoteRestores} from a remote cache, ${r.downloads} downloaded); ` +
            `${(0,format/* formatBytes */.z3)(r.bytesServed)} served from the cache, ${(0,format/* formatBytes */.z3)(r.bytesDownloaded)} downloaded, ` +
            `${seconds(r.waitMs)} spent waiting, over ${r.jobs} job(s).</p>`, true);
    }
    s.addRaw(gcSection(input), true);
    return s;
}
function gcSection(input) {
    if (input.gcDisabled)
        return '<p><strong>GC:</strong> disabled (cleanup: false).</p>';
    if (input.gcError)
        return `<p><strong>GC failed:</strong> ${escapeHtml(input.gcError)}</p>`;
    return input.gc ? gcReportHtml(gcReportModel(input.gc)) : '';
}
async function writeJobSummary(input) {
    let s = buildJobSummary(input);
    let size = Buffer.byteLength(s.stringify());
    if (size > SUMMARY_LIMIT_BYTES) {
        s = s.emptyBuffer().addHeading('toolchain-cache', 3);
        s.addRaw(`<p>${input.results.length} toolchain(s); the full summary (${size} bytes) exceeded GitHub's 1 MiB limit: see the post step's log.</p>`, true);
        size = Buffer.byteLength(s.stringify());
    }
    await s.write();
    return size;
}

;// CONCATENATED MODULE: ./lib/action/post-step.js






















const warn = (what, e) => runner_commands/* warning */.$e(`toolchain-cache post step: ${e instanceof disk_full/* DiskFullError */.Vu ? '' : `${what}: `}${(0,errors/* errorMessage */.gJ)(e)}`);
let openedRoot;
async function explained(what, e, settings) {
    if (openedRoot === undefined || !(0,disk_full/* isDiskFull */.b$)(e))
        return e;
    return (0,disk_full/* diskFullError */.vB)(openedRoot, e, what, settings && sizeBoundOf(settings));
}
function sizeBoundOf(settings) {
    try {
        const bounds = gcBounds(settings, readHostSettings(process.env, undefined, { gc: false }));
        return { bytes: bounds.maxSizeBytes, from: bounds.maxSizeFrom };
    }
    catch {
        return undefined;
    }
}
async function guarded(what, phase, onError) {
    try {
        await phase();
    }
    catch (caught) {
        const e = await explained(what, caught, currentSettings);
        warn(what, e);
        onError?.(e);
    }
}
let currentSettings;
async function runPost() {
    let settings;
    try {
        settings = readSettings();
    }
    catch (e) {
        warn('inputs', e);
        return;
    }
    (0,faults/* postFault */.Jq)('start');
    currentSettings = settings;
    const post = startPost(settings);
    const layout = await openLayout(settings);
    if (layout) {
        openedRoot = layout.root;
        const from = sameRoot(layout.root, settings.cacheRoot) ? settings.cacheRootFrom : undefined;
        runner_commands/* info */.pq(`Cache root: ${layout.root}${from ? ` (from ${from})` : ''}`);
        post.summary.cacheRoot = { path: layout.root, ...(from && { from }) };
        await cachePhases(post, layout);
    }
    if (settings.summary) {
        await guarded('job summary', async () => {
            (0,faults/* postFault */.Jq)('summary');
            await writeJobSummary(post.summary);
        });
    }
    (0,faults/* postFault */.Jq)('unhandled');
    (0,faults/* postFault */.Jq)('linger');
    (0,bounded/* endAbandonedWork */.$e)();
}
function startPost(settings) {
    const results = parseStateArray(runner_commands/* getState */.Gu(State.Results));
    const job = jobRefFromEnv();
    const summary = {
        results,
        mainError: runner_commands/* getState */.Gu(State.MainError) || undefined,
        repository: job.repository,
        lockNotes: parseStateArray(runner_commands/* getState */.Gu(State.LockNotes)),
    };
    return { settings, results, job, holder: (0,leases/* describeJob */.hx)(job), summary };
}
async function openLayout(settings) {
    try {
        return await (0,layout/* openCacheRoot */.BC)(runner_commands/* getState */.Gu(State.CacheRoot) || settings.cacheRoot, {
            create: false,
        });
    }
    catch (e) {
        warn('cache root', e);
        return undefined;
    }
}
async function cachePhases(post, layout) {
    const registry = new Registry(layout, {
        holder: post.holder,
        onWarning: runner_commands/* warning */.$e,
        staleMs: post_step_hostLockStaleMs(),
    });
    await guarded('releasing uses', () => releaseJobUses(post, layout));
    await saveAndDropArchives(layout, post.results, post.settings);
    if (post.results.length) {
        await guarded('statistics', async () => {
            (0,faults/* postFault */.Jq)('stats');
            await (0,stats/* recordJobStats */.yv)(layout, post.job.repository, post.results, { holder: post.holder });
        });
    }
    if (post.settings.cleanup) {
        await guarded('GC', () => collectAndLog(post, layout, registry), (e) => (post.summary.gcError = (0,errors/* errorMessage */.gJ)(e)));
    }
    else {
        post.summary.gcDisabled = true;
    }
    if (post.settings.summary)
        await guarded('cache figures', () => addCacheFigures(post, layout, registry));
}
async function releaseJobUses(post, layout) {
    (0,faults/* postFault */.Jq)('release');
    const useIds = parseStateArray(runner_commands/* getState */.Gu(State.UseIds)).filter((x) => typeof x === 'string');
    const released = await (0,uses/* releaseUses */.ez)(layout, { key: runner_commands/* getState */.Gu(State.UseKey) || undefined, job: post.job, process: await (0,leases/* jobProcess */.Be)() }, [...useIds, ...post.results.map((r) => r.id)]);
    runner_commands/* info */.pq(released.length ? `Released this job's use of: ${released.join(', ')}` : 'No uses to release.');
}
async function collectAndLog(post, layout, registry) {
    (0,faults/* postFault */.Jq)('gc');
    const bounds = gcBounds(post.settings, readHostSettings());
    for (const notice of bounds.notices)
        runner_commands/* notice */.lm(notice);
    const options = {
        maxUnusedDays: bounds.maxUnusedDays,
        maxSizeBytes: bounds.maxSizeBytes,
        maxSizeFrom: bounds.maxSizeFrom,
        sizeBoundSkipsThrottle: bounds.hostSizeBound,
        holder: post.holder,
    };
    const report = (await (0,gc_throttle/* throttledGc */.$V)(layout, registry, options)) ??
        (await (await __webpack_require__.e(/* import() */ 492).then(__webpack_require__.bind(__webpack_require__, 8492))).collectGarbage(layout, registry, options));
    logGcReport(report);
    post.summary.gc = report;
}
async function addCacheFigures(post, layout, registry) {
    post.summary.cache = await (0,stats/* cacheFigures */.Gh)(layout, await registry.read());
    const { doc } = await (0,stats/* readStats */.uq)(layout);
    if (Object.hasOwn(doc.namespaces, post.job.repository)) {
        post.summary.repositoryStats = (0,stats/* namespaceStats */.b0)(doc.namespaces[post.job.repository]);
    }
}
async function saveAndDropArchives(layout, results, settings) {
    const archives = results.flatMap((r) => r.archivePath ? [{ id: r.id, sha256: r.sha256, archivePath: r.archivePath, tier: r.tier }] : []);
    if (archives.length === 0)
        return;
    await guarded('remote cache', async () => {
        (0,faults/* postFault */.Jq)('save');
        const { saveFetchedArchives } = await __webpack_require__.e(/* import() */ 896).then(__webpack_require__.bind(__webpack_require__, 4896));
        await saveFetchedArchives(archives, settings, runner_commands/* getState */.Gu(State.TierNotes), actionsLogger);
    });
    for (const a of archives) {
        const stage = external_node_path_.dirname(a.archivePath);
        if (external_node_path_.dirname(stage) !== layout.stagingDir)
            continue;
        await (0,fsx/* removeTreeInside */.tk)(layout.root, stage).catch((e) => warn('removing a saved archive', e));
    }
}
function logGcReport(r) {
    const { lines, errors } = gcReportText(gcReportModel(r), (removed) => removed.map((e) => `  ${e.id} (${(0,format/* formatBytes */.z3)(e.sizeBytes)}, last used ${e.lastUsedAt})`));
    for (const line of lines)
        runner_commands/* info */.pq(line);
    for (const e of errors)
        runner_commands/* warning */.$e(`toolchain-cache GC: ${e}`);
}
function post_step_hostLockStaleMs() {
    try {
        return hostLockStaleMs();
    }
    catch (e) {
        warn('host settings', e);
        return lock/* DEFAULT_LOCK_STALE_MS */.xL;
    }
}
const sameRoot = (real, chosen) => external_node_path_.resolve(chosen) === real;
function parseStateArray(text) {
    try {
        const parsed = JSON.parse(text || '[]');
        return Array.isArray(parsed) ? parsed : [];
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 7455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ SyncDirHandle),
/* harmony export */   SS: () => (/* binding */ openDirInside),
/* harmony export */   Z1: () => (/* binding */ openDirInsideIfExists),
/* harmony export */   _p: () => (/* binding */ DirHandle),
/* harmony export */   uM: () => (/* binding */ withDir)
/* harmony export */ });
/* unused harmony export isNotDirectoryError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9558);
/* harmony import */ var _random_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7692);





const isWindows = process.platform === 'win32';
const O_DIRECTORY = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0;
const O_NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const O_NONBLOCK = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0;
const OPEN_DIR = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | O_DIRECTORY | O_NOFOLLOW;
let procWorks;
function probeProc(fd, st) {
    if (procWorks !== undefined)
        return procWorks;
    if (process.platform !== 'linux' || process.env.TOOLCHAIN_CACHE_NO_PROC_FD === '1') {
        procWorks = false;
        return false;
    }
    const seen = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(`/proc/self/fd/${fd}`, { throwIfNoEntry: false });
    procWorks = seen !== undefined && seen.dev === st.dev && seen.ino === st.ino;
    return procWorks;
}
function childOf(dir, fd, viaProc, name) {
    const separator = name.includes('/') || (isWindows && name.includes('\\'));
    if (name === '' || name === '.' || name === '..' || separator)
        throw unsafe(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name), 'is not a plain name of a directory entry');
    return viaProc ? `/proc/self/fd/${fd}/${name}` : node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
}
function checkUnmovedSync(dir, opened) {
    const now = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
    if (!now || !now.isDirectory() || !sameObject(now, opened))
        throw unsafe(dir, 'was moved or replaced while it was walked');
}
const isNotDirectoryError = (e) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOTDIR' || e.code === 'ELOOP');
const sameObject = (a, b) => a.dev === b.dev && a.ino === b.ino;
function unsafe(p, what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${p} ${what}; toolchain-cache never follows a link or acts on a name swapped under it. ` +
        'Check who can write the cache root.');
}
const kindOf = (st) => st.isSymbolicLink()
    ? 'is a symlink'
    : st.isDirectory()
        ? 'is a directory'
        : st.isFile()
            ? 'is a regular file'
            : 'is not a regular file or directory';
class DirHandle {
    path;
    handle;
    stat;
    viaProc;
    constructor(path, handle, stat, viaProc) {
        this.path = path;
        this.handle = handle;
        this.stat = stat;
        this.viaProc = viaProc;
    }
    static async open(dir) {
        if (isWindows) {
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(dir);
            if (!st.isDirectory())
                throw unsafe(dir, `${kindOf(st)}, not a directory`);
            return new DirHandle(dir, undefined, st, false);
        }
        let handle;
        try {
            handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(dir, OPEN_DIR);
        }
        catch (e) {
            if (!isNotDirectoryError(e))
                throw e;
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(dir).catch(() => undefined);
            throw unsafe(dir, `${st ? kindOf(st) : 'changed while it was opened'}, not a directory`);
        }
        try {
            const st = await handle.stat();
            if (!st.isDirectory())
                throw unsafe(dir, 'is not a directory');
            return new DirHandle(dir, handle, st, probeProc(handle.fd, st));
        }
        catch (e) {
            await handle.close();
            throw e;
        }
    }
    at(name) {
        return childOf(this.path, this.handle?.fd, this.viaProc, name);
    }
    pathOf(name) {
        return node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.path, name);
    }
    async checkUnmoved() {
        if (this.viaProc)
            return;
        const now = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(this.path).catch(() => undefined);
        if (!now || !now.isDirectory() || !sameObject(now, this.stat))
            throw unsafe(this.path, 'was moved or replaced while it was walked');
    }
    checkUnmovedSync() {
        if (!this.viaProc)
            checkUnmovedSync(this.path, this.stat);
    }
    nameForSyncCall(name) {
        this.checkUnmovedSync();
        return this.at(name);
    }
    async list() {
        if (this.viaProc)
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(`/proc/self/fd/${this.handle.fd}`);
        const names = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(this.path);
        await this.checkUnmoved();
        return names;
    }
    async lstat(name) {
        try {
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(this.at(name));
            await this.checkUnmoved();
            return st;
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
                return undefined;
            throw e;
        }
    }
    async readlink(name) {
        const target = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readlink(this.at(name));
        await this.checkUnmoved();
        return target;
    }
    async openDir(name) {
        if (this.viaProc) {
            let handle;
            try {
                handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(this.at(name), OPEN_DIR);
            }
            catch (e) {
                if (!isNotDirectoryError(e))
                    throw e;
                const st = await this.lstat(name);
                throw unsafe(this.pathOf(name), `${st ? kindOf(st) : 'vanished'}, not a directory`);
            }
            try {
                return new DirHandle(this.pathOf(name), handle, await handle.stat(), true);
            }
            catch (e) {
                await handle.close();
                throw e;
            }
        }
        const listed = await this.lstat(name);
        if (!listed)
            throw Object.assign(new Error(`ENOENT: no such directory, open '${this.pathOf(name)}'`), {
                code: 'ENOENT',
            });
        if (!listed.isDirectory())
            throw unsafe(this.pathOf(name), `${kindOf(listed)}, not a directory`);
        const child = await DirHandle.open(this.pathOf(name));
        if (!sameObject(child.stat, listed)) {
            await child.close();
            throw unsafe(this.pathOf(name), 'was replaced while it was opened');
        }
        try {
            await this.checkUnmoved();
        }
        catch (e) {
            await child.close();
            throw e;
        }
        return child;
    }
    async unlink(name, expected) {
        if (!this.viaProc) {
            const now = await this.lstat(name);
            if (now && expected && !sameObject(now, expected))
                throw unsafe(this.pathOf(name), 'was replaced while it was removed');
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.unlink(this.at(name));
    }
    async rmdir(name) {
        await this.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rmdir(this.at(name));
    }
    async chmod(mode) {
        if (this.handle)
            return this.handle.chmod(mode);
        await this.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(this.path, mode);
    }
    async openFile(name) {
        const listed = this.viaProc ? undefined : await this.lstat(name);
        let handle;
        try {
            handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(this.at(name), _regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_FLAGS */ .tC);
        }
        catch (e) {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ELOOP'))
                throw e;
            throw unsafe(this.pathOf(name), 'is a symlink, not a regular file');
        }
        try {
            const stat = await handle.stat();
            if (!stat.isFile())
                throw unsafe(this.pathOf(name), `${kindOf(stat)}`);
            if (listed && !sameObject(listed, stat))
                throw unsafe(this.pathOf(name), 'was replaced while it was opened');
            await this.checkUnmoved();
            return { handle, stat };
        }
        catch (e) {
            await handle.close();
            throw e;
        }
    }
    async readFile(name, maxBytes) {
        const { handle, stat } = await this.openFile(name);
        try {
            if (stat.size > maxBytes)
                throw unsafe(this.pathOf(name), `is ${stat.size} bytes, more than the ${maxBytes} expected`);
            return await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readUpTo */ .Vc)(handle, stat.size);
        }
        finally {
            await handle.close();
        }
    }
    async writeFile(name, data, mode) {
        const tmp = `${name}.tmp-${process.pid}-${(0,_random_js__WEBPACK_IMPORTED_MODULE_4__/* .randomHex */ .nw)(8)}`;
        await this.checkUnmoved();
        const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | O_NOFOLLOW;
        const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(this.at(tmp), flags | O_NONBLOCK, mode);
        try {
            try {
                (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .assertOwnSingleName */ .eh)(this.pathOf(tmp), await handle.stat());
                if (!isWindows)
                    await handle.chmod(mode);
                await handle.writeFile(data);
            }
            finally {
                await handle.close();
            }
            await this.rename(tmp, this, name);
        }
        catch (e) {
            await this.unlink(tmp).catch(() => undefined);
            throw e;
        }
    }
    async rename(name, to, toName) {
        await this.checkUnmoved();
        await to.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(this.at(name), to.at(toName));
    }
    async close() {
        await this.handle?.close();
    }
}
class SyncDirHandle {
    path;
    fd;
    stat;
    viaProc;
    constructor(path, fd, stat, viaProc) {
        this.path = path;
        this.fd = fd;
        this.stat = stat;
        this.viaProc = viaProc;
    }
    static open(dir) {
        if (isWindows) {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir);
            if (!st.isDirectory())
                throw unsafe(dir, `${kindOf(st)}, not a directory`);
            return new SyncDirHandle(dir, undefined, st, false);
        }
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, OPEN_DIR);
        }
        catch (e) {
            if (!isNotDirectoryError(e))
                throw e;
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
            throw unsafe(dir, `${st ? kindOf(st) : 'changed while it was opened'}, not a directory`);
        }
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            if (!st.isDirectory())
                throw unsafe(dir, 'is not a directory');
            return new SyncDirHandle(dir, fd, st, probeProc(fd, st));
        }
        catch (e) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            throw e;
        }
    }
    nameOf(name) {
        if (!this.viaProc)
            checkUnmovedSync(this.path, this.stat);
        return childOf(this.path, this.fd, this.viaProc, name);
    }
    list() {
        if (this.viaProc)
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(`/proc/self/fd/${this.fd}`);
        const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(this.path);
        checkUnmovedSync(this.path, this.stat);
        return names;
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
    }
}
async function withDir(dir, fn) {
    try {
        return await fn(dir);
    }
    finally {
        await dir.close();
    }
}
async function openDirInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, target);
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel))
        throw unsafe(target, `is outside the cache root ${root}`);
    let dir = await DirHandle.open(root);
    for (const name of rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter((n) => n !== '')) {
        try {
            const next = await dir.openDir(name);
            await dir.close();
            dir = next;
        }
        catch (e) {
            await dir.close();
            throw e;
        }
    }
    return dir;
}
async function openDirInsideIfExists(root, target) {
    try {
        return await openDirInside(root, target);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
            return undefined;
        throw e;
    }
}


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vu: () => (/* binding */ DiskFullError),
/* harmony export */   b$: () => (/* binding */ isDiskFull),
/* harmony export */   vB: () => (/* binding */ diskFullError)
/* harmony export */ });
/* unused harmony exports diskFullCause, mountPointOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5888);




const FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);
function diskFullCause(e) {
    for (let c = e, depth = 0; c instanceof Error && depth < 8; depth++) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(c) && FULL_CODES.has(c.code ?? ''))
            return c;
        if (/\b(ENOSPC|EDQUOT)\b/.test(c.message) && !c.cause)
            return c;
        c = c.cause;
    }
    return undefined;
}
const isDiskFull = (e) => !(e instanceof DiskFullError) && diskFullCause(e) !== undefined;
class DiskFullError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg {
    constructor(message, options) {
        super('DISK_FULL', message, options);
    }
}
async function mountPointOf(dir) {
    try {
        let at = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
        const dev = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(at)).dev;
        for (let up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at); up !== at; at = up, up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(up)) {
            if ((await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(up)).dev !== dev)
                return at;
        }
        return at;
    }
    catch {
        return dir;
    }
}
async function diskFullError(root, e, what, bound, consequence = '') {
    const cause = diskFullCause(e) ?? e;
    const quota = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(cause) && cause.code === 'EDQUOT';
    const { freeDiskBytes } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1320));
    const free = await freeDiskBytes(root);
    const mount = await mountPointOf(root);
    const where = mount === root ? `the cache root ${root}` : `${mount} (the cache root ${root})`;
    const boundText = bound === undefined
        ? ''
        : bound.bytes !== undefined
            ? `The GC's size bound is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytesExact */ .Up)(bound.bytes)}, from ${bound.from ?? 'max-size'}: lower it if the disk cannot hold that much. `
            : 'No size bound is set (maxSize in the host configuration file): set one the disk can hold. ';
    return new DiskFullError(`${what} failed: ${quota ? "the user's disk quota is exhausted" : 'no space left'} on ${where}, ` +
        `${free === null ? 'free space unknown' : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytesExact */ .Up)(free)} free`} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(cause)}). ` +
        consequence +
        `Free space on ${mount}, or run \`toolchain-cache gc --root ${root}\` to remove unused toolchains now. ` +
        boundText, { cause: e });
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ FROM_RUNNER_ENV),
/* harmony export */   XB: () => (/* binding */ LockTimeoutError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   mg: () => (/* binding */ ToolchainCacheError),
/* harmony export */   nV: () => (/* binding */ DownloadError),
/* harmony export */   s$: () => (/* binding */ isErrnoException),
/* harmony export */   yx: () => (/* binding */ LockLostError)
/* harmony export */ });
/* unused harmony exports ChecksumError, UnsafeArchiveError, RegistryCorruptError */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8038);

class ToolchainCacheError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
class InputError extends ToolchainCacheError {
    field;
    constructor(message, field) {
        super('INVALID_INPUT', message);
        this.field = field;
    }
}
class ChecksumError extends ToolchainCacheError {
    id;
    expected;
    actual;
    url;
    constructor(id, expected, actual, url) {
        super('CHECKSUM_MISMATCH', `${id}: sha256 mismatch for ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .B)(url)}: expected ${expected}, got ${actual}. ` +
            'Check the sha256 in the toolchains input, or whether the file at the URL changed.');
        this.id = id;
        this.expected = expected;
        this.actual = actual;
        this.url = url;
    }
}
class DownloadError extends ToolchainCacheError {
    status;
    retryable;
    constructor(message, status, retryable = false, options) {
        super('DOWNLOAD_FAILED', message, options);
        this.status = status;
        this.retryable = retryable;
    }
}
class UnsafeArchiveError extends ToolchainCacheError {
    member;
    constructor(message, member) {
        super('UNSAFE_ARCHIVE', message);
        this.member = member;
    }
}
class LockTimeoutError extends ToolchainCacheError {
    lockName;
    holder;
    constructor(lockName, holder, seconds) {
        super('LOCK_TIMEOUT', `Timed out after ${seconds}s waiting for lock "${lockName}", held by ${holder}.`);
        this.lockName = lockName;
        this.holder = holder;
    }
}
class LockLostError extends ToolchainCacheError {
    lockName;
    constructor(lockName) {
        super('LOCK_LOST', `Lost lock "${lockName}" (another process took it over as stale); nothing was committed.`);
        this.lockName = lockName;
    }
}
class RegistryCorruptError extends ToolchainCacheError {
    file;
    movedTo;
    constructor(file, detail, movedTo) {
        super('REGISTRY_CORRUPT', `The registry ${file} is unreadable: ${detail}.` +
            (movedTo ? ` It was moved aside to ${movedTo}.` : '') +
            ' Run `toolchain-cache repair` to rebuild it from the installed toolchains.');
        this.file = file;
        this.movedTo = movedTo;
    }
}
const FROM_RUNNER_ENV = "It comes from this runner's environment (its .env file, or its service's environment), which the runner's administrator sets: " +
    'a workflow cannot fix it (unless one of its steps set the variable with env: or $GITHUB_ENV); tell them.';
const isErrnoException = (e) => e instanceof Error && typeof e.code === 'string';
const errorMessage = (e) => (e instanceof Error ? e.message : String(e));


/***/ }),

/***/ 6094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ faultPoint),
/* harmony export */   Jq: () => (/* binding */ postFault),
/* harmony export */   XR: () => (/* binding */ faultErrno)
/* harmony export */ });
async function faultPoint(phase) {
    if (process.env.TOOLCHAIN_CACHE_FAULT !== phase)
        return;
    const { existsSync, writeFileSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 19));
    const path = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 19));
    const marker = path.join(process.env.TOOLCHAIN_CACHE_FAULT_DIR ?? '.', `${phase}.${process.pid}`);
    writeFileSync(marker, '');
    await new Promise((resolve) => {
        const timer = setInterval(() => {
            if (!existsSync(`${marker}.resume`))
                return;
            clearInterval(timer);
            resolve();
        }, 50);
    });
}
function faultErrno(name, syscall, file) {
    if (process.env.TOOLCHAIN_CACHE_FAULT !== name)
        return;
    const left = Number(process.env.TOOLCHAIN_CACHE_FAULT_TIMES ?? '1');
    if (!(left > 0))
        return;
    process.env.TOOLCHAIN_CACHE_FAULT_TIMES = String(left - 1);
    throw Object.assign(new Error(`EPERM: operation not permitted, ${syscall} '${file}' (fault ${name})`), { code: 'EPERM', syscall, path: file });
}
function postFault(phase) {
    if (process.env.TOOLCHAIN_CACHE_FAULT !== `post-${phase}`)
        return;
    if (phase === 'unhandled') {
        void Promise.reject(new Error('fault post-unhandled: a rejection nobody handles'));
        return;
    }
    if (phase === 'linger') {
        setInterval(() => undefined, 60_000);
        return;
    }
    throw new Error(`fault post-${phase}: an unexpected error in the post step`);
}


/***/ }),

/***/ 5888:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   I5: () => (/* binding */ formatFree),
/* harmony export */   Ly: () => (/* binding */ isoTime),
/* harmony export */   Up: () => (/* binding */ formatBytesExact),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
        n /= 1024;
        i++;
    }
    return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}
const formatBytesExact = (n) => n < 1024 ? `${n} bytes` : `${formatBytes(n)} (${n} bytes)`;
const formatPercent = (rate) => rate === null ? '\u2013' : `${(rate * 100).toFixed(1)}%`;
const formatFree = (bytes) => bytes === null ? 'unknown (statfs unavailable)' : formatBytes(bytes);
function describeSource(r) {
    if (!r.tier)
        return r.source;
    return `${r.source} (${r.tier}${r.leaseHolder ? `, downloaded by host ${r.leaseHolder}` : ''})`;
}
const pad = (n, width) => String(n).padStart(width, '0');
function isoTime(ms = Date.now()) {
    const d = new Date(ms);
    const year = d.getUTCFullYear();
    if (!(year >= 0 && year <= 9999))
        return d.toISOString();
    return (`${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` +
        `T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}` +
        `.${pad(d.getUTCMilliseconds(), 3)}Z`);
}


/***/ }),

/***/ 770:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ ensureDir),
/* harmony export */   EX: () => (/* binding */ createFileSync),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Re: () => (/* binding */ atomicWriteFile),
/* harmony export */   VY: () => (/* binding */ corruptAsideName),
/* harmony export */   WF: () => (/* binding */ writeFileReplacingSync),
/* harmony export */   _b: () => (/* binding */ atomicWriteFileSync),
/* harmony export */   bG: () => (/* binding */ SHARED_FILE_MODE),
/* harmony export */   e: () => (/* binding */ STATE_FILE_MAX_BYTES),
/* harmony export */   ex: () => (/* binding */ SHARED_DIR_MODE),
/* harmony export */   ko: () => (/* binding */ renameBlockRetrying),
/* harmony export */   o5: () => (/* binding */ chmodDirNoFollowSync),
/* harmony export */   s0: () => (/* binding */ pathExists),
/* harmony export */   tk: () => (/* binding */ removeTreeInside),
/* harmony export */   yy: () => (/* binding */ sleep),
/* harmony export */   zs: () => (/* binding */ randomToken)
/* harmony export */ });
/* unused harmony exports chmodDirNoFollow, fsyncDirSync, fsyncDir, readFileIfExists, WINDOWS_RETRY_MS, renameRetrying, treeSize */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _dir_handle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7455);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6094);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9558);
/* harmony import */ var _random_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7692);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5888);








const SHARED_DIR_MODE = 0o2775;
const SHARED_FILE_MODE = 0o664;
const isWindows = process.platform === 'win32';
const randomToken = () => (0,_random_js__WEBPACK_IMPORTED_MODULE_5__/* .randomHex */ .nw)(8);
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const DIRECTORY = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0;
async function ensureDir(dir) {
    const created = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: SHARED_DIR_MODE });
    if (created === undefined || isWindows)
        return;
    for (let d = dir; d.length >= created.length; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d)) {
        await chmodDirNoFollow(d, SHARED_DIR_MODE).catch(() => undefined);
        if (d === created)
            break;
    }
}
async function chmodDirNoFollow(dir, mode) {
    if (isWindows)
        return;
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | DIRECTORY | NO_FOLLOW);
    try {
        await handle.chmod(mode);
    }
    finally {
        await handle.close();
    }
}
function chmodDirNoFollowSync(dir, mode) {
    if (isWindows)
        return;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | DIRECTORY | NO_FOLLOW);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, mode);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function createFileSync(file, data, mode = SHARED_FILE_MODE) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | NO_FOLLOW, mode);
    try {
        if (!isWindows)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, mode);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, data);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
async function atomicWriteFile(file, data, beforeRename, mode = SHARED_FILE_MODE) {
    const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(tmp, 'wx', mode);
    try {
        try {
            if (!isWindows)
                await handle.chmod(mode);
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await beforeRename?.();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, file);
    }
    catch (e) {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(tmp, { force: true }).catch(() => undefined);
        throw e;
    }
    await fsyncDir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file));
}
function atomicWriteFileSync(file, data, checkSync) {
    const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, 'wx', SHARED_FILE_MODE);
    try {
        try {
            if (!isWindows)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, SHARED_FILE_MODE);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, data);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        renameOverSync(tmp, file, checkSync);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw e;
    }
    fsyncDirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file));
}
function writeFileReplacingSync(file, data, check) {
    const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
    try {
        createFileSync(tmp, data);
        renameOverSync(tmp, file, check);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw e;
    }
}
function renameOverSync(tmp, file, check) {
    for (let attempt = 1;; attempt++) {
        check?.();
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
            return;
        }
        catch (e) {
            const busy = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'EPERM' || e.code === 'EACCES' || e.code === 'EBUSY');
            if (!(isWindows && busy && attempt < 5))
                throw e;
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * attempt);
        }
    }
}
function fsyncDirSync(dir) {
    if (isWindows)
        return;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    catch (e) {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'EINVAL' || e.code === 'EBADF')))
            throw e;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
async function fsyncDir(dir) {
    if (isWindows)
        return;
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY);
    try {
        await handle.sync();
    }
    catch (e) {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'EINVAL' || e.code === 'EBADF')))
            throw e;
    }
    finally {
        await handle.close();
    }
}
const STATE_FILE_MAX_BYTES = 1024 * 1024;
async function readFileIfExists(file, maxBytes = STATE_FILE_MAX_BYTES) {
    try {
        return (await readRegularFile(file, maxBytes)).toString('utf8');
    }
    catch (e) {
        if (isErrnoException(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
async function pathExists(p) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(p);
        return true;
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
}
function isInside(parent, child, paths = node_path__WEBPACK_IMPORTED_MODULE_1__) {
    const rel = paths.relative(parent, child);
    if (rel === '')
        return true;
    const escapes = rel === '..' || rel.startsWith(`..${paths.sep}`) || rel.startsWith('../');
    return !escapes && !paths.isAbsolute(rel);
}
const WINDOWS_RETRY_MS = 10_000;
const RENAME_TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
const REMOVE_TRANSIENT = new Set([...RENAME_TRANSIENT, 'ENOTEMPTY']);
async function retryTransient(op, codes, what, { platform = process.platform, budgetMs = WINDOWS_RETRY_MS }, worthRetrying = async () => true) {
    const started = Date.now();
    for (let delay = 10;; delay = Math.min(delay * 2, 500)) {
        try {
            return await op();
        }
        catch (e) {
            const transient = platform === 'win32' && (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && codes.has(e.code ?? '');
            if (!transient || !(await worthRetrying()))
                throw e;
            if (Date.now() - started + delay > budgetMs) {
                e.message +=
                    ` (${what}: still refused after retrying for ${Math.round(budgetMs / 1000)} s; another ` +
                        'program, often a virus scanner or an indexer, holds a file open there: exclude the cache root from scanning)';
                throw e;
            }
            await sleep(delay);
        }
    }
}
async function renameRetrying(from, to, options = {}) {
    const notOntoDirectory = async () => !(await fs.lstat(to).then((st) => st.isDirectory(), () => false));
    await retryTransient(async () => {
        faultErrno('rename-eperm', 'rename', from);
        await fs.rename(from, to);
    }, RENAME_TRANSIENT, `renaming ${from} to ${to}`, options, notOntoDirectory);
}
function renameBlockRetrying(block, what) {
    return retryTransient(async () => block(), RENAME_TRANSIENT, what, {});
}
async function removeTreeInside(root, target, options = {}) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(target);
    if (!isInside(root, resolved) || resolved === root) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `Refusing to delete ${target}: it is outside the cache root ${root} (or the root itself).`);
    }
    const parent = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_3__/* .openDirInsideIfExists */ .Z1)(root, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(resolved));
    if (!parent)
        return;
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_3__/* .withDir */ .uM)(parent, () => retryTransient(async () => {
        (0,_faults_js__WEBPACK_IMPORTED_MODULE_6__/* .faultErrno */ .XR)('remove-eperm', 'rm', resolved);
        await removeChild(parent, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(resolved));
    }, REMOVE_TRANSIENT, `removing ${resolved}`, options));
}
const REMOVE_BATCH = 8;
async function removeChild(parent, name) {
    const st = await parent.lstat(name);
    if (!st)
        return;
    if (!st.isDirectory())
        return removeNonDirectory(parent, name, st);
    await (0,_faults_js__WEBPACK_IMPORTED_MODULE_6__/* .faultPoint */ .Jd)('walk-chmod');
    let dir;
    try {
        dir = await parent.openDir(name);
    }
    catch (e) {
        const now = await parent.lstat(name);
        if (!now)
            return;
        if (now.isDirectory())
            throw e;
        await unlinkIfThere(parent, name, now);
        return;
    }
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_3__/* .withDir */ .uM)(dir, async () => {
        await makeWritable(dir);
        const subdirs = [];
        const names = await dir.list();
        for (let i = 0; i < names.length; i += REMOVE_BATCH) {
            await Promise.all(names.slice(i, i + REMOVE_BATCH).map(async (name) => {
                const st = await dir.lstat(name);
                if (st?.isDirectory())
                    subdirs.push(name);
                else if (st)
                    await removeNonDirectory(dir, name, st);
            }));
        }
        for (const name of subdirs)
            await removeChild(dir, name);
    });
    await parent.rmdir(name).catch((e) => {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
            throw e;
    });
}
async function removeNonDirectory(parent, name, st) {
    if (isWindows && st.isFile())
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(parent.pathOf(name), 0o666).catch(() => undefined);
    await unlinkIfThere(parent, name, st);
}
async function unlinkIfThere(parent, name, st) {
    await parent.unlink(name, st).catch((e) => {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
            throw e;
    });
}
async function makeWritable(dir) {
    const mode = dir.stat.mode & 0o7777;
    const wanted = (mode & 0o2777) | 0o700;
    if (wanted !== mode)
        await dir.chmod(wanted).catch(() => undefined);
}
async function treeSize(dir) {
    const total = { bytes: 0, files: 0 };
    const walk = async (d) => {
        for (const name of await d.list()) {
            const st = await d.lstat(name);
            if (st?.isFile()) {
                total.bytes += st.size;
                total.files += 1;
            }
            else if (st?.isDirectory()) {
                const child = await d.openDir(name).catch((e) => {
                    if (isNotDirectoryError(e) || e instanceof ToolchainCacheError)
                        return undefined;
                    throw e;
                });
                if (child)
                    await withDir(child, walk);
            }
        }
    };
    await withDir(await DirHandle.open(dir), walk);
    return total;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function corruptAsideName(file, now = new Date()) {
    return `${file}.corrupt-${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .isoTime */ .Ly)(now.getTime()).replace(/[:.]/g, '-')}`;
}


/***/ }),

/***/ 6185:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ recordFullGc),
/* harmony export */   i9: () => (/* binding */ lastFullGc)
/* harmony export */ });
/* unused harmony export gcStateFile */
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(770);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9558);
/* harmony import */ var _leases_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2624);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5888);




const isGcState = (raw) => {
    const r = raw;
    return (typeof r === 'object' &&
        r !== null &&
        r.schemaVersion === 1 &&
        typeof r.hosts === 'object' &&
        r.hosts !== null &&
        Object.values(r.hosts).every((h) => typeof h === 'object' && h !== null && typeof h.lastFullGcAt === 'string'));
};
const gcStateFile = (layout) => layout.gcStateFile;
async function readGcState(layout) {
    let text;
    try {
        text = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularTextIfExistsSync */ .cL)(gcStateFile(layout), _fsx_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE_FILE_MAX_BYTES */ .e);
    }
    catch {
    }
    if (text !== undefined) {
        try {
            const parsed = JSON.parse(text);
            if (isGcState(parsed))
                return parsed;
        }
        catch {
        }
    }
    return { schemaVersion: 1, hosts: {} };
}
async function lastFullGc(layout, host = (0,_leases_js__WEBPACK_IMPORTED_MODULE_2__/* .hostId */ .My)()) {
    const state = await readGcState(layout);
    const at = Object.hasOwn(state.hosts, host) ? Date.parse(state.hosts[host].lastFullGcAt) : NaN;
    return Number.isNaN(at) ? undefined : at;
}
async function recordFullGc(layout, now) {
    const state = await readGcState(layout);
    state.hosts = { ...state.hosts, [(0,_leases_js__WEBPACK_IMPORTED_MODULE_2__/* .hostId */ .My)()]: { lastFullGcAt: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(now) } };
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_0__/* .atomicWriteFile */ .Re)(gcStateFile(layout), JSON.stringify(state));
}


/***/ }),

/***/ 3238:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ throttledGc),
/* harmony export */   B5: () => (/* binding */ isThrottled),
/* harmony export */   CA: () => (/* binding */ DEFAULT_GC_INTERVAL_MS),
/* harmony export */   _O: () => (/* binding */ emptyReport)
/* harmony export */ });
/* harmony import */ var _gc_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6185);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5888);


const DEFAULT_GC_INTERVAL_MS = 10 * 60_000;
const emptyReport = (dryRun) => ({
    dryRun,
    removed: [],
    freedBytes: 0,
    skippedInUse: [],
    reclaimedUses: 0,
    trashCleaned: 0,
    totalBytesBefore: 0,
    totalBytesAfter: 0,
    errors: [],
    notes: [],
});
async function isThrottled(layout, registry, options, now, report) {
    const throttleMs = options.throttleMs ?? DEFAULT_GC_INTERVAL_MS;
    if (options.force || throttleMs <= 0)
        return false;
    const last = await (0,_gc_state_js__WEBPACK_IMPORTED_MODULE_0__/* .lastFullGc */ .i9)(layout);
    if (last === undefined || now - last >= throttleMs || now < last)
        return false;
    if (options.maxSizeBytes !== undefined && options.sizeBoundSkipsThrottle) {
        const doc = await registry.read();
        const total = Object.values(doc.entries).reduce((n, e) => n + e.sizeBytes, 0);
        if (total > options.maxSizeBytes)
            return false;
    }
    report.skipped = 'throttled';
    report.skippedDetail = `this host last cleaned up at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .isoTime */ .Ly)(last)}; it does so at most every ${Math.round(throttleMs / 60_000)} min, so the next one may run after ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .isoTime */ .Ly)(last + throttleMs)}`;
    return true;
}
async function throttledGc(layout, registry, options) {
    if (options.dryRun)
        return undefined;
    const report = emptyReport(false);
    const now = options.now ?? Date.now();
    return (await isThrottled(layout, registry, options, now, report)) ? report : undefined;
}


/***/ }),

/***/ 2761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lB: () => (/* binding */ CacheLayout),
  YC: () => (/* binding */ chooseCacheRoot),
  BC: () => (/* binding */ openCacheRoot),
  R5: () => (/* binding */ stagingId)
});

// UNUSED EXPORTS: LAYOUT_VERSION, LayoutVersionError, checkLayoutVersion, checkNotInsideAnotherRoot, checkRootMembers, checkRootMode, howToSetRoot, resolveCacheRoot, stagingName, unreachableRoot

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/compile-cache-dir.js
var compile_cache_dir = __webpack_require__(3091);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __webpack_require__(770);
// EXTERNAL MODULE: ./lib/core/platform/names.js
var names = __webpack_require__(6787);
// EXTERNAL MODULE: ./lib/core/regular-file.js
var regular_file = __webpack_require__(9558);
// EXTERNAL MODULE: ./lib/core/registry/schema.js
var schema = __webpack_require__(9032);
;// CONCATENATED MODULE: ./lib/core/state-modes.js



const NO_FOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = external_node_fs_.constants.O_NONBLOCK ?? 0;
const stateFiles = (layout) => [
    layout.layoutFile,
    layout.registryFile,
    layout.statsFile,
    layout.gcStateFile,
];
const octal = (mode) => (mode & 0o7777).toString(8).padStart(4, '0');
function mendStateFileModes(layout) {
    const report = { mended: [], notMine: [], refused: [] };
    if (process.platform === 'win32')
        return report;
    const me = process.geteuid?.() ?? -1;
    for (const file of stateFiles(layout)) {
        const st = (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false });
        if (!st?.isFile() || (st.mode & 0o7777) === fsx/* SHARED_FILE_MODE */.bG)
            continue;
        if (me !== st.uid) {
            report.notMine.push({ file, mode: octal(st.mode), owner: (0,names/* userName */.nT)(st.uid) });
            continue;
        }
        const why = setModeNoFollow(file, st);
        if (why === undefined)
            report.mended.push(file);
        else if (why !== '')
            report.refused.push({ file, why });
    }
    return report;
}
function notMendable(opened, listed, fd) {
    if (!opened.isFile() || opened.ino !== listed.ino || opened.dev !== listed.dev)
        return '';
    if (opened.nlink !== 1)
        return `has ${opened.nlink} names (a hard link), not one`;
    if (opened.uid !== listed.uid)
        return 'changed owner while it was looked at';
    const first = Buffer.alloc(1);
    if ((0,external_node_fs_.readSync)(fd, first, 0, 1, 0) !== 1 || first[0] !== 0x7b)
        return 'is not a JSON object';
    return undefined;
}
function setModeNoFollow(file, listed) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
    }
    catch {
        return '';
    }
    try {
        const why = notMendable((0,external_node_fs_.fstatSync)(fd), listed, fd);
        if (why === undefined)
            (0,external_node_fs_.fchmodSync)(fd, fsx/* SHARED_FILE_MODE */.bG);
        return why;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./lib/core/layout.js









const isWindows = process.platform === 'win32';
const LAYOUT_VERSION = 2;
class CacheLayout {
    root;
    constructor(root) {
        this.root = root;
    }
    get registryFile() {
        return external_node_path_.join(this.root, 'registry.json');
    }
    get locksDir() {
        return external_node_path_.join(this.root, 'locks');
    }
    get toolchainsDir() {
        return external_node_path_.join(this.root, 'toolchains');
    }
    get stagingDir() {
        return external_node_path_.join(this.root, 'staging');
    }
    get trashDir() {
        return external_node_path_.join(this.root, 'trash');
    }
    get statsFile() {
        return external_node_path_.join(this.root, 'stats.json');
    }
    get layoutFile() {
        return external_node_path_.join(this.root, 'layout.json');
    }
    get gcStateFile() {
        return external_node_path_.join(this.root, 'gc-state.json');
    }
    get usesDir() {
        return external_node_path_.join(this.root, 'uses');
    }
    usesOf(id) {
        return external_node_path_.join(this.usesDir, id);
    }
    useFile(id, key) {
        return external_node_path_.join(this.usesOf(id), `${key}.json`);
    }
    lastUsedStamp(id) {
        return external_node_path_.join(this.usesOf(id), 'last-used');
    }
    removalMark(id) {
        return external_node_path_.join(this.entryDir(id), 'removing');
    }
    entryDir(id) {
        return external_node_path_.join(this.toolchainsDir, id);
    }
    toolchainRoot(id) {
        return external_node_path_.join(this.entryDir(id), 'files');
    }
    manifestFile(id) {
        return external_node_path_.join(this.entryDir(id), 'manifest.json');
    }
    get receiptsDir() {
        return external_node_path_.join(this.root, 'receipts');
    }
    receiptFile(id) {
        return external_node_path_.join(this.receiptsDir, `${id}.json`);
    }
    treeStatsFile(id) {
        return external_node_path_.join(this.entryDir(id), 'tree-stat');
    }
    lockPath(name) {
        return external_node_path_.join(this.locksDir, name);
    }
    get namedDir() {
        return external_node_path_.join(this.root, 'named');
    }
    get namedDocsDir() {
        return external_node_path_.join(this.namedDir, 'docs');
    }
    get baseDirs() {
        return [
            this.locksDir,
            this.toolchainsDir,
            this.stagingDir,
            this.trashDir,
            this.usesDir,
            this.receiptsDir,
        ];
    }
    get ownDirs() {
        return [...this.baseDirs, this.namedDir, this.namedDocsDir];
    }
}
const stagingName = (id, token) => `${id}.${token}`;
function stagingId(name) {
    const m = /^(.+)\.[0-9a-f]{16}$/.exec(name);
    return m ? m[1] : undefined;
}
function chooseCacheRoot(input, env = process.env, sources = {}) {
    const inputName = sources.inputName ?? 'the "cache-root" input';
    const candidates = [
        { from: sources.host ? sources.host.file : '', value: sources.host?.cacheRoot?.trim() ?? '' },
        { from: inputName, value: input.trim() },
        { from: 'TOOLCHAIN_CACHE_ROOT', value: env.TOOLCHAIN_CACHE_ROOT?.trim() ?? '' },
        {
            from: 'RUNNER_TOOL_CACHE',
            value: env.RUNNER_TOOL_CACHE ? external_node_path_.join(env.RUNNER_TOOL_CACHE, 'toolchain-cache') : '',
        },
    ].filter((c) => c.value);
    const chosen = candidates[0];
    if (!chosen) {
        throw new errors/* InputError */.dz('No cache root: set the "cache-root" input, or TOOLCHAIN_CACHE_ROOT (or RUNNER_TOOL_CACHE) in the runner environment.', 'cache-root');
    }
    if (!external_node_path_.isAbsolute(chosen.value)) {
        throw new errors/* ToolchainCacheError */.mg('INVALID_INPUT', `The cache root from ${chosen.from} is a relative path ("${chosen.value}"): it would resolve ` +
            "against each job's working directory. Give an absolute path.");
    }
    const root = external_node_path_.resolve(chosen.value);
    const overridden = chosen === candidates.find((c) => c.from === sources.host?.file)
        ? candidates
            .slice(1, 3)
            .filter((c) => c.from !== 'RUNNER_TOOL_CACHE' && external_node_path_.resolve(c.value) !== root)
        : [];
    return { root, from: chosen.from, overridden };
}
const resolveCacheRoot = (input, env = process.env, sources = {}) => chooseCacheRoot(input, env, sources).root;
async function openCacheRoot(root, options = {}) {
    const create = options.create ?? true;
    if (!external_node_path_.isAbsolute(root)) {
        throw new errors/* InputError */.dz(`Cache root ${root} is a relative path; give an absolute one.`, 'cache-root');
    }
    const st = await statOrCreateRoot(external_node_path_.resolve(root), create);
    if (st.isSymbolicLink()) {
        const target = await external_node_fs_.promises.realpath(root).catch(() => undefined);
        throw new errors/* InputError */.dz(`Cache root ${root}${options.from ? ` (from ${options.from})` : ''} is a symlink to ${target ?? 'a missing target'}; ` +
            `${howToSetRoot(options.from, target ?? 'the real directory')} so every runner resolves the same path.`, 'cache-root');
    }
    if (!st.isDirectory())
        throw new errors/* InputError */.dz(`Cache root ${root} exists but is not a directory.`, 'cache-root');
    checkRootMode(root, await settledRootStat(root, st));
    try {
        (0,external_node_fs_.accessSync)(root, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
    }
    catch {
        throw new errors/* InputError */.dz(notWritableMessage(root, st), 'cache-root');
    }
    const layout = new CacheLayout(external_node_fs_.realpathSync.native(root));
    checkNotInsideAnotherRoot(layout.root);
    const dirs = layout.baseDirs;
    const absent = await checkRootMembers(layout);
    checkStateFilesReadable(layout);
    await checkLayoutVersion(layout, create);
    const toCreate = create ? dirs.filter((dir) => absent.has(dir)) : [];
    if (toCreate.length > 0) {
        for (const dir of toCreate)
            await (0,fsx/* ensureDir */.A0)(dir);
        await checkRootMembers(layout);
    }
    return layout;
}
function lstatOrThrown(p, failed) {
    try {
        return (0,external_node_fs_.lstatSync)(p);
    }
    catch (e) {
        return failed(e);
    }
}
function howToSetRoot(from, value) {
    if (from === undefined)
        return `point the cache root at ${value}`;
    if (from === 'TOOLCHAIN_CACHE_ROOT')
        return `set TOOLCHAIN_CACHE_ROOT=${value} (in the runner's .env, then restart the runner)`;
    if (from === 'RUNNER_TOOL_CACHE')
        return `set TOOLCHAIN_CACHE_ROOT=${value} in the runner's .env (the default, $RUNNER_TOOL_CACHE/toolchain-cache, is the link), then restart the runner`;
    if (from.includes('"cache-root"') || from.includes('--root'))
        return `set ${from} to ${value}`;
    return `set "cacheRoot" in ${from} to ${value}`;
}
function notWritableMessage(root, st) {
    const groups = process.getgroups?.();
    const uid = process.getuid?.();
    const groupWritable = (st.mode & 0o020) !== 0;
    if (groups && uid !== undefined && uid !== st.uid && groupWritable && !groups.includes(st.gid)) {
        const user = shellWord((0,names/* userName */.nT)(uid));
        const group = shellWord((0,names/* groupName */.hv)(st.gid));
        return (`Cache root ${root} belongs to group ${group}, and this runner's user ${user} is not in it (its groups: ${groups.map(names/* groupName */.hv).join(', ')}). ` +
            `As root, add ${user} to group ${group} (\`usermod -aG ${group} ${user}\`) and restart the runner: a running process keeps the groups it started with.`);
    }
    return `Cache root ${root} (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}) is not writable by this user; make it group-writable for the runners' group, with this user in that group (see README).`;
}
async function statOrCreateRoot(root, create) {
    const st = lstatOrThrown(root, (e) => {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return undefined;
        if ((0,errors/* isErrnoException */.s$)(e) && (e.code === 'EACCES' || e.code === 'EPERM'))
            throw unreachableRoot(root, e.code);
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOTDIR') {
            throw new errors/* InputError */.dz(`Cache root ${root} lies below a file, not a directory.`, 'cache-root');
        }
        throw e;
    });
    if (st)
        return st;
    if (!create)
        throw new errors/* InputError */.dz(`Cache root ${root} does not exist.`, 'cache-root');
    checkNotInsideAnotherRoot(root);
    await (0,fsx/* ensureDir */.A0)(root).catch((e) => {
        if ((0,errors/* isErrnoException */.s$)(e) &&
            (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS' || e.code === 'ENOTDIR')) {
            throw new errors/* InputError */.dz(`Cache root ${root} does not exist and cannot be created by this user (${e.code}); create it (see README).`, 'cache-root');
        }
        throw e;
    });
    return external_node_fs_.promises.lstat(root);
}
function unreachableRoot(root, code) {
    const blocked = firstUnsearchable(external_node_path_.dirname(root));
    const where = blocked
        ? `${blocked.dir} (mode ${(blocked.mode & 0o7777).toString(8).padStart(4, '0')}, owner ${(0,names/* userName */.nT)(blocked.uid)}, group ${(0,names/* groupName */.hv)(blocked.gid)}) is not searchable by this user`
        : `${code} on the way to it`;
    return new errors/* InputError */.dz(`Cache root ${root} cannot be reached by this user: ${where}. Every directory above the root must be searchable by the runners' group ` +
        `(e.g. chmod o+x or chgrp the runners' group and chmod g+x ${blocked ? shellWord(blocked.dir) : 'each directory above it'}; see README).`, 'cache-root');
}
function firstUnsearchable(dir) {
    const chain = [];
    for (let d = dir;; d = external_node_path_.dirname(d)) {
        chain.unshift(d);
        if (external_node_path_.dirname(d) === d)
            break;
    }
    for (const d of chain) {
        try {
            (0,external_node_fs_.accessSync)(d, external_node_fs_.promises.constants.X_OK);
        }
        catch {
            try {
                const st = (0,external_node_fs_.lstatSync)(d);
                return { dir: d, mode: st.mode, uid: st.uid, gid: st.gid };
            }
            catch {
                return undefined;
            }
        }
    }
    return undefined;
}
async function settledRootStat(root, st) {
    for (let i = 0; i < 20 && !rootModeOk(st) && Date.now() - st.ctimeMs < 2000; i++) {
        await (0,fsx/* sleep */.yy)(50);
        st = await external_node_fs_.promises.lstat(root);
    }
    return st;
}
const rootModeOk = (st) => isWindows || ((st.mode & 0o002) === 0 && ((st.mode & 0o020) === 0 || (st.mode & 0o2000) !== 0));
const shellWord = (s) => /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
function checkRootMode(root, st) {
    if (rootModeOk(st))
        return;
    const worldWritable = (st.mode & 0o002) !== 0;
    const r = shellWord(root);
    const group = st.gid === 0 ? "<the runners' group>" : shellWord((0,names/* groupName */.hv)(st.gid));
    const fix = [
        `chgrp -R ${group} ${r}`,
        ...(worldWritable ? [`chmod -R o-w ${r}`] : []),
        `find ${r} -type d -exec chmod g+s {} +`,
    ].join(' && ');
    const what = worldWritable
        ? 'writable by every user of the host'
        : "group-writable without the set-gid bit: what each runner user creates in it would get that user's own group, locking the others out";
    throw new errors/* InputError */.dz(`Cache root ${root} (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}, group ${(0,names/* groupName */.hv)(st.gid)}) is ${what}. ` +
        `Fix it as root: ${fix} (see README, "Pointing several runners at one cache").`, 'cache-root');
}
function checkNotInsideAnotherRoot(root) {
    for (let child = root, dir = external_node_path_.dirname(root);; child = dir, dir = external_node_path_.dirname(dir)) {
        const other = new CacheLayout(dir);
        const marker = hasOurLayoutFile(other)
            ? other.layoutFile
            : isRootMemberDir(child)
                ? [other.layoutFile, other.registryFile].find(isFileSync)
                : undefined;
        if (marker) {
            throw new errors/* InputError */.dz(`Cache root ${root} lies inside another cache root, ${dir} (it has ${external_node_path_.basename(marker)}); that root's GC and repair would walk it. Choose a directory outside ${dir}.`, 'cache-root');
        }
        if (external_node_path_.dirname(dir) === dir)
            return;
    }
}
const rootMemberDirs = (l) => [...l.baseDirs, l.namedDir];
let rootMemberNames;
const isRootMemberDir = (dir) => (rootMemberNames ??= rootMemberDirs(new CacheLayout(external_node_path_.sep)).map((d) => external_node_path_.basename(d))).includes(external_node_path_.basename(dir));
function isFileSync(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false })?.isFile() ?? false;
    }
    catch {
        return false;
    }
}
function hasOurLayoutFile(l) {
    if (!(0,external_node_fs_.existsSync)(l.layoutFile))
        return false;
    try {
        const text = (0,regular_file/* readRegularTextIfExistsSync */.cL)(l.layoutFile, fsx/* STATE_FILE_MAX_BYTES */.e);
        const version = text && JSON.parse(text)?.layoutVersion;
        return typeof version === 'number';
    }
    catch {
        return false;
    }
}
function checkStateFilesReadable(layout) {
    const { notMine, refused } = mendStateFileModes(layout);
    const unreadable = notMine.filter((f) => !canRead(f.file));
    const planted = refused.filter((f) => !canRead(f.file));
    if (planted.length > 0)
        throw new errors/* InputError */.dz(`${planted.map((f) => `${f.file} ${f.why}`).join(', ')}: not a state file toolchain-cache wrote, and this user cannot read it; ` +
            `its mode was left alone. Check who can write ${layout.root}, then move it aside.`, 'cache-root');
    if (unreadable.length === 0)
        return;
    const owners = [...new Set(unreadable.map((f) => f.owner))];
    throw new errors/* InputError */.dz(`${unreadable.map((f) => `${f.file} (mode ${f.mode}, owned by ${f.owner})`).join(', ')} cannot be read by this user. ` +
        `Run \`toolchain-cache repair --root ${shellWord(layout.root)}\` as ${owners.join(' and ')}: it sets the documented mode (0664).`, 'cache-root');
}
function canRead(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.promises.constants.R_OK);
        return true;
    }
    catch {
        return false;
    }
}
class LayoutVersionError extends errors/* ToolchainCacheError */.mg {
    root;
    found;
    constructor(root, found) {
        super('LAYOUT_VERSION', `The cache root ${root} has layout version ${found}, but this toolchain-cache uses layout version ${LAYOUT_VERSION}. ` +
            'Nothing was changed. Use the same release of toolchain-cache in every workflow on this host, or give this release its own cache-root.');
        this.root = root;
        this.found = found;
    }
}
async function checkLayoutVersion(layout, create) {
    const text = (0,regular_file/* readRegularTextIfExistsSync */.cL)(layout.layoutFile, fsx/* STATE_FILE_MAX_BYTES */.e);
    if (text !== undefined)
        return checkRecordedVersion(layout, text);
    const legacy = (await (0,fsx/* pathExists */.s0)(layout.registryFile)) ||
        (await external_node_fs_.promises.readdir(layout.toolchainsDir).catch(() => [])).length > 0;
    if (legacy) {
        const again = (0,regular_file/* readRegularTextIfExistsSync */.cL)(layout.layoutFile, fsx/* STATE_FILE_MAX_BYTES */.e);
        if (again !== undefined)
            return checkRecordedVersion(layout, again);
        throw new LayoutVersionError(layout.root, 1);
    }
    if (create) {
        (0,fsx/* writeFileReplacingSync */.WF)(layout.layoutFile, JSON.stringify({ layoutVersion: LAYOUT_VERSION }));
        createIfMissing(layout.registryFile, JSON.stringify((0,schema/* emptyRegistry */.Vu)()));
    }
}
function checkRecordedVersion(layout, text) {
    let found;
    try {
        found = JSON.parse(text)?.layoutVersion;
    }
    catch {
        found = undefined;
    }
    if (found === LAYOUT_VERSION)
        return;
    throw new LayoutVersionError(layout.root, typeof found === 'number' ? found : `unknown (${layout.layoutFile} is unreadable)`);
}
function createIfMissing(file, content) {
    try {
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    catch (e) {
        if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'EEXIST'))
            throw e;
    }
}
async function checkRootMembers(layout) {
    const absent = new Set();
    const expected = [
        ...layout.ownDirs.map((dir) => [dir, 'directory']),
        [external_node_path_.join(layout.root, compile_cache_dir/* COMPILE_CACHE_DIR */.k), 'directory'],
        [layout.registryFile, 'file'],
        [layout.statsFile, 'file'],
        [layout.gcStateFile, 'file'],
        [layout.layoutFile, 'file'],
    ];
    for (const [p, type] of expected) {
        const st = (0,external_node_fs_.lstatSync)(p, { throwIfNoEntry: false });
        if (!st) {
            absent.add(p);
            continue;
        }
        const ok = type === 'directory' ? st.isDirectory() : st.isFile();
        if (ok)
            continue;
        const what = st.isSymbolicLink()
            ? `a symlink (to ${await external_node_fs_.promises.readlink(p).catch(() => '?')})`
            : 'not a regular ' + type;
        throw new errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `${p} is ${what}; toolchain-cache never follows a link planted in its cache root. ` +
            `Remove it (toolchain-cache recreates it as needed) and check who can write ${layout.root}.`);
    }
    return absent;
}


/***/ }),

/***/ 2624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hx: () => (/* binding */ describeJob),
  My: () => (/* binding */ hostId),
  Be: () => (/* binding */ jobProcess),
  J3: () => (/* binding */ livenessChecker)
});

// UNUSED EXPORTS: CLOCK_SKEW_MARGIN_MS, DEFAULT_LEASE_MS, isProcessAlive, newUse, processStartTime, readHostId

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/platform/builtins.js
var builtins = __webpack_require__(3519);
;// CONCATENATED MODULE: ./lib/core/sha256.js

const SMALL_INPUT_BYTES = 1024;
const K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
function padded(data) {
    const blocks = Math.ceil((data.length + 9) / 64);
    const out = new Uint8Array(blocks * 64);
    out.set(data);
    out[data.length] = 0x80;
    const bits = data.length * 8;
    const high = Math.floor(bits / 0x100000000);
    for (let i = 0; i < 4; i++) {
        out[out.length - 8 + i] = (high >>> (24 - 8 * i)) & 0xff;
        out[out.length - 4 + i] = (bits >>> (24 - 8 * i)) & 0xff;
    }
    return out;
}
function compress(h, m, w) {
    let h0 = h[0] | 0, h1 = h[1] | 0, h2 = h[2] | 0, h3 = h[3] | 0;
    let h4 = h[4] | 0, h5 = h[5] | 0, h6 = h[6] | 0, h7 = h[7] | 0;
    for (let off = 0; off < m.length; off += 64) {
        for (let i = 0, j = off; i < 16; i++, j += 4)
            w[i] = (m[j] << 24) | (m[j + 1] << 16) | (m[j + 2] << 8) | m[j + 3];
        for (let i = 16; i < 64; i++) {
            const x = w[i - 15];
            const y = w[i - 2];
            const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
            const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
            w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
        }
        let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, hh = h7;
        for (let i = 0; i < 64; i++) {
            const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
            const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
            const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
            const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        h0 = (h0 + a) | 0;
        h1 = (h1 + b) | 0;
        h2 = (h2 + c) | 0;
        h3 = (h3 + d) | 0;
        h4 = (h4 + e) | 0;
        h5 = (h5 + f) | 0;
        h6 = (h6 + g) | 0;
        h7 = (h7 + hh) | 0;
    }
    h.set([h0, h1, h2, h3, h4, h5, h6, h7]);
}
function sha256Js(data) {
    const h = new Uint32Array([
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]);
    compress(h, padded(data), new Int32Array(64));
    return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}
function sha256Hex(data) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (bytes.length <= SMALL_INPUT_BYTES)
        return sha256Js(bytes);
    return (0,builtins/* crypto */.Et)().createHash('sha256').update(bytes).digest('hex');
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/core/platform/system-command.js



const childProcess = () => (0,external_node_module_.createRequire)(external_node_path_.resolve('/'))('node:child_process');
const WINDOWS = {
    reg: ['System32', 'reg.exe'],
    powershell: ['System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe'],
};
const POSIX = {
    ps: ['/bin/ps', '/usr/bin/ps'],
    ioreg: ['/usr/sbin/ioreg'],
};
function systemCommand(name, platform = process.platform) {
    if (platform === 'win32') {
        const parts = WINDOWS[name];
        const root = process.env.SystemRoot ?? process.env.windir ?? 'C:\\Windows';
        return parts ? external_node_path_.win32.join(root, ...parts) : name;
    }
    return (POSIX[name] ?? []).find((p) => (0,external_node_fs_.existsSync)(p)) ?? name;
}

;// CONCATENATED MODULE: ./lib/core/platform/host-id.js




const systemHostIdSources = () => ({
    platform: process.platform,
    hostname: () => (0,builtins/* hostName */.Sm)(),
    readFile: (file) => (0,external_node_fs_.readFileSync)(file, 'utf8'),
    run: (command, args) => childProcess().execFileSync(systemCommand(command), args, {
        encoding: 'utf8',
        timeout: 5000,
        windowsHide: true,
        stdio: ['ignore', 'pipe', 'ignore'],
    }),
});
function readHostId(sources = systemHostIdSources()) {
    const id = machineId(sources);
    const name = sources.hostname();
    if (!id)
        return name;
    return `${name}/${sha256Hex(`toolchain-cache:${id}`).slice(0, 12)}`;
}
function machineId(sources) {
    for (const read of idReaders(sources)) {
        try {
            const id = read()?.trim().toLowerCase();
            if (id && /^[0-9a-f-]{16,}$/.test(id) && /[1-9a-f]/.test(id))
                return id;
        }
        catch {
        }
    }
    return undefined;
}
function idReaders({ platform, readFile, run }) {
    if (platform === 'win32') {
        const args = ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid'];
        return [() => /MachineGuid\s+REG_SZ\s+(\S+)/i.exec(run('reg', [...args, '/reg:64']))?.[1]];
    }
    if (platform === 'darwin') {
        return [
            () => /"IOPlatformUUID"\s*=\s*"([^"]+)"/.exec(run('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice']))?.[1],
        ];
    }
    return [
        () => readFile('/etc/machine-id'),
        () => readFile('/var/lib/dbus/machine-id'),
        () => readFile('/etc/hostid'),
    ];
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./lib/core/platform/start-time.js



const execFileAsync = (file, args, options) => (0,external_node_util_.promisify)(childProcess().execFile)(file, args, { ...options, encoding: 'utf8' });
let procMounted;
function defaultStartTimeMethod(platform = process.platform) {
    if (platform === 'win32')
        return 'windows';
    procMounted ??= platform === 'linux' && (0,external_node_fs_.existsSync)('/proc/self/stat');
    return procMounted ? 'proc' : 'ps';
}
async function processInfo(pid, method) {
    if (method === 'proc')
        return procInfo(pid);
    if (method === 'ps')
        return psInfo(pid);
    const start = (await windowsStartTimes(pid))?.get(pid);
    return { start, zombie: false };
}
function processInfoMemo(method) {
    const memo = new Map();
    let table;
    return (pid) => {
        let info = memo.get(pid);
        if (!info) {
            if (method === 'windows') {
                table ??= windowsStartTimes();
                info = table.then((t) => ({ start: t?.get(pid), zombie: false }));
            }
            else {
                info = processInfo(pid, method);
            }
            memo.set(pid, info);
        }
        return info;
    };
}
async function procInfo(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { start: fields[19], zombie: fields[0] === 'Z' || fields[0] === 'X' };
    }
    catch {
        return undefined;
    }
}
async function psInfo(pid) {
    try {
        const { stdout } = await execFileAsync(systemCommand('ps'), ['-o', 'stat=', '-o', 'lstart=', '-p', `${pid}`], {
            timeout: 5000,
            env: { ...process.env, TZ: 'UTC', LC_ALL: 'C', LANG: 'C' },
        });
        const line = stdout.trim();
        if (!line)
            return undefined;
        const [state, ...rest] = line.split(/\s+/);
        return { start: canonicalLstart(rest.join(' ')), zombie: state.startsWith('Z') };
    }
    catch {
        return undefined;
    }
}
const LSTART = /^(?:[A-Za-z]{3} +)?([A-Za-z]{3}) +(\d{1,2}) +(\d{1,2}):(\d{2}):(\d{2}) +(\d{4})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function canonicalLstart(text) {
    const t = text.trim().replace(/\s+/g, ' ');
    if (!t)
        return undefined;
    const m = LSTART.exec(t);
    const month = m ? MONTHS.indexOf(m[1]) : -1;
    if (!m || month < 0)
        return `ps:${t}`;
    const [, , day, h, min, sec, year] = m;
    return String(Date.UTC(+year, month, +day, +h, +min, +sec) / 1000);
}
async function windowsStartTimes(pid) {
    const filter = pid === undefined ? '' : ` -Filter 'ProcessId=${Math.trunc(pid)}'`;
    const script = `Get-CimInstance Win32_Process${filter} -ErrorAction SilentlyContinue | ` +
        'Where-Object { $_.CreationDate } | ForEach-Object { ' +
        "'{0} {1}' -f $_.ProcessId, ([DateTimeOffset]$_.CreationDate).ToUnixTimeMilliseconds() }";
    try {
        const { stdout } = await execFileAsync(systemCommand('powershell'), ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', script], { timeout: 20_000, windowsHide: true, maxBuffer: 16 * 1024 * 1024 });
        return parsePidTimes(stdout);
    }
    catch {
        return undefined;
    }
}
function parsePidTimes(text) {
    const times = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(line);
        if (m)
            times.set(Number(m[1]), m[2]);
    }
    return times;
}

;// CONCATENATED MODULE: ./lib/core/leases.js



const DEFAULT_LEASE_MS = (/* unused pure expression or super */ null && (6 * 24 * 3600_000));
const CLOCK_SKEW_MARGIN_MS = 10 * 60_000;
let cachedHostId;
function hostId() {
    cachedHostId ??= readHostId();
    return cachedHostId;
}

async function processStartTime(pid, options = {}) {
    return (await processInfo(pid, options.method ?? defaultStartTimeMethod()))?.start;
}
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
function livenessChecker(now = Date.now(), thisHost = hostId(), options = {}) {
    const infoOf = processInfoMemo(options.method ?? defaultStartTimeMethod());
    return async (use) => {
        if (use.host !== thisHost)
            return Date.parse(use.leaseExpiresAt) + CLOCK_SKEW_MARGIN_MS > now;
        if (!isProcessAlive(use.pid))
            return false;
        const info = await infoOf(use.pid);
        if (info?.zombie)
            return false;
        if (use.pidStart === undefined)
            return Date.parse(use.leaseExpiresAt) > now;
        return info?.start === undefined || info.start === use.pidStart;
    };
}
async function jobProcess(pid = process.ppid, options = {}) {
    return { pid, pidStart: await processStartTime(pid, options) };
}
function newUse(key, job, proc, now = Date.now(), leaseMs = DEFAULT_LEASE_MS) {
    return {
        key,
        job,
        host: hostId(),
        pid: proc.pid,
        pidStart: proc.pidStart,
        createdAt: isoTime(now),
        leaseExpiresAt: isoTime(now + leaseMs),
    };
}
const describeJob = (j) => `${j.repository} run ${j.runId}/${j.runAttempt} job ${j.job}`;


/***/ }),

/***/ 3544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ stale/* DEFAULT_LOCK_STALE_MS */.xL),
  acquireLock: () => (/* binding */ acquireLock),
  $S: () => (/* binding */ describeOwner),
  Dh: () => (/* binding */ readLockOwner),
  bh: () => (/* binding */ tryLock),
  kK: () => (/* binding */ withLock)
});

// UNUSED EXPORTS: LOCK_STALE_ENV, NEEDLESS_POLL_MS, acquireLockUnless, lockStaleMs

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/faults.js
var faults = __webpack_require__(6094);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __webpack_require__(770);
// EXTERNAL MODULE: ./lib/core/lock/epochs.js
var epochs = __webpack_require__(3989);
// EXTERNAL MODULE: ./lib/core/regular-file.js
var regular_file = __webpack_require__(9558);
// EXTERNAL MODULE: ./lib/core/platform/builtins.js
var builtins = __webpack_require__(3519);
;// CONCATENATED MODULE: ./lib/core/lock/queue.js







const queueDirOf = (lockPath) => `${lockPath}.queue`;
let ticketSeq = 0;
function listQueue(queueDir) {
    try {
        return (0,external_node_fs_.readdirSync)(queueDir).sort();
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return [];
        throw e;
    }
}
async function takeTicket(queueDir) {
    const name = `${String(Date.now()).padStart(15, '0')}-${String(ticketSeq++ % 1e6).padStart(6, '0')}-${(0,fsx/* randomToken */.zs)()}`;
    const file = external_node_path_.join(queueDir, name);
    const content = JSON.stringify({ pid: process.pid, host: (0,builtins/* hostName */.Sm)() });
    (0,epochs/* assertNotPlanted */.EN)(queueDir);
    try {
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    catch (e) {
        if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
            throw e;
        await (0,fsx/* ensureDir */.A0)(queueDir);
        (0,epochs/* assertNotPlanted */.EN)(queueDir);
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    return { name, file };
}
function keepTicketAlive(ticket, staleMs) {
    const timer = setInterval(() => {
        const now = new Date();
        try {
            (0,external_node_fs_.utimesSync)(ticket().file, now, now);
        }
        catch {
        }
    }, Math.max(10, Math.floor(staleMs / 4)));
    timer.unref();
    return () => clearInterval(timer);
}
function isTicketDead(file, staleMs) {
    let mtime;
    try {
        mtime = (0,external_node_fs_.statSync)(file).mtime.getTime();
    }
    catch {
        return true;
    }
    if (mtime < Date.now() - staleMs)
        return true;
    try {
        const { pid, host } = JSON.parse((0,regular_file/* readRegularFileSync */.cG)(file, fsx/* STATE_FILE_MAX_BYTES */.e).toString('utf8'));
        if (host !== (0,builtins/* hostName */.Sm)())
            return false;
        process.kill(pid, 0);
        return false;
    }
    catch (e) {
        return (0,errors/* isErrnoException */.s$)(e) && e.code === 'ESRCH';
    }
}
function ticketAhead(queueDir, queue, mine, staleMs, scan) {
    const aheadOfUs = queue.slice(0, queue.indexOf(mine));
    while (scan &&
        aheadOfUs.length > 0 &&
        isTicketDead(external_node_path_.join(queueDir, aheadOfUs[aheadOfUs.length - 1]), staleMs)) {
        (0,external_node_fs_.rmSync)(external_node_path_.join(queueDir, aheadOfUs.pop()), { force: true });
    }
    return aheadOfUs.at(-1);
}

// EXTERNAL MODULE: ./lib/core/lock/stale.js
var stale = __webpack_require__(4254);
// EXTERNAL MODULE: ./lib/core/lock/watch.js
var watch = __webpack_require__(4136);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
;// CONCATENATED MODULE: ./lib/core/lock.js












async function readLockOwner(lockPath) {
    try {
        return (0,epochs/* newestEpoch */.Kw)(lockPath).owner;
    }
    catch {
        return undefined;
    }
}
function describeOwner(owner) {
    if (!owner)
        return 'an unknown process';
    return `pid ${owner.pid} on ${owner.host}${owner.holder ? ` (${owner.holder})` : ''} since ${owner.acquiredAt}`;
}
const heldHere = new Set();
let exitHookInstalled = false;
function releaseOnExit(release) {
    heldHere.add(release);
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.prependOnceListener('exit', () => {
        for (const r of [...heldHere]) {
            try {
                r();
            }
            catch {
            }
        }
    });
}
async function tryLock(lockPath, name, options) {
    const staleMs = (0,stale/* effectiveStaleMs */.pv)(options.staleMs);
    await (0,epochs/* prepareEpochsDir */.F4)(lockPath);
    const epoch = claimNextEpoch(lockPath, staleMs);
    if (epoch === undefined)
        return undefined;
    const token = (0,fsx/* randomToken */.zs)();
    const owner = {
        token,
        pid: process.pid,
        host: (0,builtins/* hostName */.Sm)(),
        holder: options.holder,
        acquiredAt: (0,format/* isoTime */.Ly)(),
        epoch,
    };
    try {
        await (0,faults/* faultPoint */.Jd)('lock-owner');
        (0,epochs/* writeOwnerSync */.Gg)(lockPath, epoch, owner);
    }
    catch (e) {
        (0,epochs/* removeEpochSync */.Xb)(lockPath, epoch);
        throw e;
    }
    if (!(0,epochs/* ownsEpochSync */.Kz)(lockPath, epoch, token)) {
        (0,epochs/* removeEpochSync */.Xb)(lockPath, epoch);
        return undefined;
    }
    return holdEpoch(lockPath, name, epoch, token, staleMs);
}
function claimNextEpoch(lockPath, staleMs) {
    const newest = (0,epochs/* newestEpoch */.Kw)(lockPath);
    if (!(0,epochs/* isFree */.xp)(newest, staleMs))
        return undefined;
    const epoch = newest.epoch + 1;
    if (!(0,epochs/* claimEpochSync */.Fj)(lockPath, epoch))
        return undefined;
    if ((0,epochs/* epochsAbove */.mW)(lockPath, epoch)) {
        (0,epochs/* removeEpochSync */.Xb)(lockPath, epoch);
        return undefined;
    }
    return epoch;
}
function holdEpoch(lockPath, name, epoch, token, staleMs) {
    const dir = (0,epochs/* epochDirOf */.yS)(lockPath, epoch);
    let controller;
    const lostError = () => new errors/* LockLostError */.yx(name);
    let lost = false;
    let released = false;
    const owns = () => !lost && !released && (0,epochs/* ownsEpochSync */.Kz)(lockPath, epoch, token);
    const stop = () => {
        clearInterval(heartbeat);
        heldHere.delete(releaseSync);
    };
    const markLost = () => {
        if (lost)
            return;
        lost = true;
        stop();
        controller?.abort(lostError());
    };
    const heartbeat = startHeartbeat(dir, staleMs, owns, markLost);
    const releaseSync = () => {
        if (released)
            return;
        const mine = owns();
        released = true;
        stop();
        if (!mine)
            return;
        try {
            (0,epochs/* markReleasedSync */.Os)(lockPath, epoch);
        }
        catch (e) {
            if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
                throw e;
        }
        (0,epochs/* removeEpochsBelow */.gj)(lockPath, epoch);
    };
    releaseOnExit(releaseSync);
    const assertHeldSync = () => {
        if (lost || !(0,epochs/* ownsEpochSync */.Kz)(lockPath, epoch, token)) {
            markLost();
            throw new errors/* LockLostError */.yx(name);
        }
    };
    return {
        name,
        token,
        get lost() {
            return lost;
        },
        get signal() {
            if (!controller) {
                controller = new AbortController();
                if (lost)
                    controller.abort(lostError());
            }
            return controller.signal;
        },
        assertHeldSync,
        async assertHeld() {
            assertHeldSync();
        },
        async release() {
            releaseSync();
        },
    };
}
function startHeartbeat(dir, staleMs, owns, onLost) {
    const timer = setInterval(() => {
        if (!owns())
            return onLost();
        try {
            const now = new Date();
            (0,external_node_fs_.utimesSync)(dir, now, now);
        }
        catch {
            onLost();
        }
    }, Math.max(10, Math.floor(staleMs / 4)));
    timer.unref();
    return timer;
}
function busyEpochDir(lockPath, staleMs) {
    const newest = (0,epochs/* newestEpoch */.Kw)(lockPath);
    return (0,epochs/* isFree */.xp)(newest, staleMs) ? undefined : (0,epochs/* epochDirOf */.yS)(lockPath, newest.epoch);
}
async function acquireLock(lockPath, name, options) {
    return (await acquireUnlessNeedless(lockPath, name, options));
}
const NEEDLESS_POLL_MS = 250;
async function acquireLockUnless(lockPath, name, options, needless) {
    const check = typeof needless === 'function' ? { needless } : needless;
    return acquireUnlessNeedless(lockPath, name, options, check);
}
async function acquireUnlessNeedless(lockPath, name, options, unless) {
    const deadline = Date.now() + options.timeoutMs;
    const staleMs = (0,stale/* effectiveStaleMs */.pv)(options.staleMs);
    const queueDir = queueDirOf(lockPath);
    await (0,epochs/* prepareEpochsDir */.F4)(lockPath);
    (0,epochs/* assertNotPlanted */.EN)(queueDir);
    if ((options.timeoutMs <= 0 || listQueue(queueDir).length === 0) &&
        !busyEpochDir(lockPath, staleMs)) {
        const held = await tryLock(lockPath, name, options);
        if (held)
            return held;
    }
    if (Date.now() >= deadline)
        throw await timeoutError(lockPath, name, options.timeoutMs);
    let ticket = await takeTicket(queueDir);
    const stopTicket = keepTicketAlive(() => ticket, staleMs);
    try {
        options.onWait?.(await readLockOwner(lockPath));
        const ref = { get: () => ticket, renew: async () => (ticket = await takeTicket(queueDir)) };
        return await waitInLine(lockPath, name, options, deadline, ref, unless);
    }
    finally {
        stopTicket();
        (0,external_node_fs_.rmSync)(ticket.file, { force: true });
    }
}
async function timeoutError(lockPath, name, timeoutMs) {
    return new errors/* LockTimeoutError */.XB(name, describeOwner(await readLockOwner(lockPath)), Math.round(timeoutMs / 1000));
}
async function waitInLine(lockPath, name, options, deadline, ticket, unless) {
    const pollMs = options.pollMs ?? 100;
    const staleMs = (0,stale/* effectiveStaleMs */.pv)(options.staleMs);
    const queueDir = queueDirOf(lockPath);
    let scan = true;
    for (let waits = 1;; waits++) {
        if (waits > 1 && unless && (await unless.needless().catch(() => false)))
            return undefined;
        let queue = listQueue(queueDir);
        if (!queue.includes(ticket.get().name)) {
            await ticket.renew();
            queue = listQueue(queueDir);
        }
        const ahead = ticketAhead(queueDir, queue, ticket.get().name, staleMs, scan);
        const sawLock = ahead === undefined || unless !== undefined;
        const busyDir = sawLock ? busyEpochDir(lockPath, staleMs) : undefined;
        if (ahead === undefined && busyDir === undefined) {
            const held = await tryLock(lockPath, name, options);
            if (held)
                return held;
        }
        if (Date.now() >= deadline)
            throw await timeoutError(lockPath, name, options.timeoutMs);
        const place = { ahead, sawLock, busyDir };
        const probe = unless && busyDir !== undefined
            ? { everyMs: unless.pollMs ?? NEEDLESS_POLL_MS, ask: unless.needless }
            : undefined;
        await (0,faults/* faultPoint */.Jd)('waiter-looked');
        const wake = await (0,watch/* sleepUntilChange */.a)(wakeTargets(lockPath, place, unless), { period: waitPeriod(pollMs, ahead === undefined, waits), pollMs, deadline }, () => moved(lockPath, staleMs, place), probe);
        if (wake === 'probe')
            return undefined;
        scan = wake === 'poll';
    }
}
function wakeTargets(lockPath, place, unless) {
    const targets = [];
    if (place.ahead !== undefined)
        targets.push({ path: external_node_path_.join(queueDirOf(lockPath), place.ahead) });
    if (place.busyDir !== undefined)
        targets.push({ path: place.busyDir, entries: epochs/* RELEASE_EVENTS */.SP });
    else if (place.ahead === undefined)
        targets.push({ path: (0,epochs/* epochsDirOf */.vK)(lockPath) });
    for (const file of unless?.watch ?? [])
        targets.push({ path: external_node_path_.dirname(file), entries: [external_node_path_.basename(file)], optional: true });
    return targets;
}
function moved(lockPath, staleMs, place) {
    if (place.ahead !== undefined && !(0,external_node_fs_.existsSync)(external_node_path_.join(queueDirOf(lockPath), place.ahead)))
        return true;
    return place.sawLock && busyEpochDir(lockPath, staleMs) !== place.busyDir;
}
function waitPeriod(pollMs, head, waits) {
    return head ? pollMs * Math.min(8, 1.25 ** waits) : Math.max(8 * pollMs, 1000);
}
async function withLock(lockPath, name, options, fn) {
    const held = await acquireLock(lockPath, name, options);
    try {
        return await fn(held);
    }
    finally {
        await held.release();
    }
}


/***/ }),

/***/ 3989:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ assertNotPlanted),
/* harmony export */   F4: () => (/* binding */ prepareEpochsDir),
/* harmony export */   Fj: () => (/* binding */ claimEpochSync),
/* harmony export */   Gg: () => (/* binding */ writeOwnerSync),
/* harmony export */   Kw: () => (/* binding */ newestEpoch),
/* harmony export */   Kz: () => (/* binding */ ownsEpochSync),
/* harmony export */   Os: () => (/* binding */ markReleasedSync),
/* harmony export */   SP: () => (/* binding */ RELEASE_EVENTS),
/* harmony export */   Xb: () => (/* binding */ removeEpochSync),
/* harmony export */   gj: () => (/* binding */ removeEpochsBelow),
/* harmony export */   mW: () => (/* binding */ epochsAbove),
/* harmony export */   vK: () => (/* binding */ epochsDirOf),
/* harmony export */   xp: () => (/* binding */ isFree),
/* harmony export */   yS: () => (/* binding */ epochDirOf)
/* harmony export */ });
/* unused harmony export listEpochs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9558);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(770);






const OWNER = 'owner';
const RELEASED = 'released';
const RELEASE_EVENTS = [RELEASED];
const epochsDirOf = (lockPath) => `${lockPath}.lock`;
const epochDirOf = (lockPath, epoch) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(epochsDirOf(lockPath), String(epoch));
function assertNotPlanted(p) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
    if (st.isDirectory())
        return true;
    const what = st.isSymbolicLink() ? 'a symbolic link' : 'not a directory';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `Lock path ${p} is ${what}; the cache only creates directories there and never follows links. ` +
        `Remove ${p} (nothing of the cache is lost) and run again.`);
}
async function prepareEpochsDir(lockPath) {
    const dir = epochsDirOf(lockPath);
    if (assertNotPlanted(dir))
        return;
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir));
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureDir */ .A0)(dir);
    assertNotPlanted(dir);
}
function listEpochs(lockPath) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(epochsDirOf(lockPath));
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return [];
        throw e;
    }
    return names
        .filter((n) => /^[1-9]\d{0,15}$/.test(n))
        .map(Number)
        .sort((a, b) => a - b);
}
function readOwner(epochDir) {
    let text;
    try {
        const read = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularTextIfExistsSync */ .cL)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(epochDir, OWNER), _fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_FILE_MAX_BYTES */ .e);
        if (read === undefined)
            return undefined;
        text = read;
    }
    catch (e) {
        if (!(e instanceof _regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .NotRegularFileError */ .iZ))
            throw e;
        text = '';
    }
    try {
        return JSON.parse(text);
    }
    catch {
        return { token: '', pid: 0, host: '', acquiredAt: '' };
    }
}
const exists = (p) => {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p);
        return true;
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
};
function newestEpoch(lockPath) {
    for (let attempt = 0;; attempt++) {
        const epoch = listEpochs(lockPath).at(-1);
        if (epoch === undefined)
            return { epoch: 0, kind: 'none' };
        const dir = epochDirOf(lockPath, epoch);
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir);
            if (!st.isDirectory())
                assertNotPlanted(dir);
            const owner = readOwner(dir);
            if (owner)
                return { epoch, kind: 'held', owner, heartbeatMs: st.mtimeMs };
            const kind = exists(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, RELEASED)) ? 'released' : 'starting';
            return { epoch, kind, heartbeatMs: st.mtimeMs };
        }
        catch (e) {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT' && attempt < 10))
                throw e;
        }
    }
}
function isFree(state, staleMs, now = Date.now()) {
    if (state.kind === 'none' || state.kind === 'released')
        return true;
    return (state.heartbeatMs ?? 0) < now - staleMs;
}
function claimEpochSync(lockPath, epoch) {
    const dir = epochDirOf(lockPath, epoch);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { mode: _fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .SHARED_DIR_MODE */ .ex });
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'EEXIST' || e.code === 'ENOENT'))
            return false;
        throw e;
    }
    (0,_fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .chmodDirNoFollowSync */ .o5)(dir, _fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .SHARED_DIR_MODE */ .ex);
    return true;
}
function epochsAbove(lockPath, epoch) {
    return listEpochs(lockPath).some((e) => e > epoch);
}
function writeOwnerSync(lockPath, epoch, owner) {
    (0,_fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileReplacingSync */ .WF)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(epochDirOf(lockPath, epoch), OWNER), JSON.stringify(owner));
}
function ownsEpochSync(lockPath, epoch, token) {
    try {
        return readOwner(epochDirOf(lockPath, epoch))?.token === token && !epochsAbove(lockPath, epoch);
    }
    catch {
        return false;
    }
}
function markReleasedSync(lockPath, epoch) {
    const dir = epochDirOf(lockPath, epoch);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, OWNER), node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, RELEASED));
}
function removeEpochSync(lockPath, epoch) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(epochDirOf(lockPath, epoch), { recursive: true, force: true });
}
function removeEpochsBelow(lockPath, epoch) {
    for (const e of listEpochs(lockPath)) {
        if (e >= epoch)
            break;
        try {
            removeEpochSync(lockPath, e);
        }
        catch {
            return;
        }
    }
}


/***/ }),

/***/ 4254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pv: () => (/* binding */ effectiveStaleMs),
/* harmony export */   st: () => (/* binding */ parseLockStale),
/* harmony export */   xL: () => (/* binding */ DEFAULT_LOCK_STALE_MS),
/* harmony export */   zU: () => (/* binding */ lockStaleMs)
/* harmony export */ });
/* unused harmony exports LOCK_STALE_ENV, MIN_LOCK_STALE_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

const DEFAULT_LOCK_STALE_MS = 10_000;
const LOCK_STALE_ENV = 'TOOLCHAIN_CACHE_LOCK_STALE';
const MIN_LOCK_STALE_MS = 50;
const MAX_LOCK_STALE_MS = 86_400_000;
function lockStaleMs(env = process.env) {
    const raw = env[LOCK_STALE_ENV]?.trim();
    if (raw === undefined || raw === '')
        return DEFAULT_LOCK_STALE_MS;
    try {
        return parseLockStale(raw, LOCK_STALE_ENV);
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${e.message} ${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FROM_RUNNER_ENV */ .Ci}`, LOCK_STALE_ENV);
    }
}
function parseLockStale(raw, source) {
    const seconds = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
    const ms = Math.round(seconds * 1000);
    if (!Number.isFinite(ms) || ms < MIN_LOCK_STALE_MS || ms > MAX_LOCK_STALE_MS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source}="${raw}" is not a lock stale time: give a number of seconds between ` +
            `${MIN_LOCK_STALE_MS / 1000} and ${MAX_LOCK_STALE_MS / 1000} (e.g. 120 for a cache root on NFS), ` +
            `or unset it for the default of ${DEFAULT_LOCK_STALE_MS / 1000} s.`, source);
    }
    return ms;
}
const effectiveStaleMs = (staleMs) => Math.max(MIN_LOCK_STALE_MS, Number.isFinite(staleMs) ? staleMs : DEFAULT_LOCK_STALE_MS);


/***/ }),

/***/ 4136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ sleepUntilChange)
/* harmony export */ });
/* unused harmony export watchTarget */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


function watchTarget(target, onChange, entries) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(target);
    if (process.platform !== 'win32') {
        return watchPath(target, (filename) => {
            if (!entries || filename === null || filename === name || entries.includes(filename))
                onChange();
        });
    }
    return watchPath(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target), (filename) => {
        if (filename === null || filename === name)
            onChange();
    });
}
function watchPath(target, onChange) {
    try {
        const w = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.watch)(target, { persistent: false }, (_event, filename) => onChange(filename === null ? null : String(filename)));
        w.on('error', () => w.close());
        return w;
    }
    catch {
        return undefined;
    }
}
async function sleepUntilChange(targets, timing, changed, probe) {
    let wake;
    const watchers = targets.map((t) => ({
        t,
        w: watchTarget(t.path, () => wake?.('change'), t.entries),
    }));
    const timers = [];
    let asking;
    try {
        if (changed())
            return 'change';
        const watched = watchers.every(({ t, w }) => w !== undefined || t.optional);
        const jitter = (ms) => ms * (0.5 + Math.random());
        const delay = Math.min(jitter(watched ? timing.period : timing.pollMs), Math.max(0, timing.deadline - Date.now()));
        const how = await new Promise((resolve) => {
            wake = (w) => {
                wake = undefined;
                resolve(w);
            };
            timers.push(setTimeout(() => wake?.('poll'), delay));
            const ask = () => {
                if (!probe || wake === undefined)
                    return;
                asking = probe.ask().catch(() => false);
                void asking.then((yes) => (yes ? wake?.('probe') : again()));
            };
            const again = () => {
                if (probe && wake !== undefined)
                    timers.push(setTimeout(ask, jitter(probe.everyMs)));
            };
            again();
        });
        if (how !== 'probe' && asking && (await asking))
            return 'probe';
        return how;
    }
    finally {
        wake = undefined;
        for (const t of timers)
            clearTimeout(t);
        for (const { w } of watchers)
            w?.close();
    }
}


/***/ }),

/***/ 6787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hv: () => (/* binding */ groupName),
/* harmony export */   nT: () => (/* binding */ userName)
/* harmony export */ });
/* unused harmony export inGroup */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

const MAX_BYTES = 1024 * 1024;
function readBounded(file) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
        const buf = Buffer.alloc(MAX_BYTES);
        let n = 0;
        for (let got; n < buf.length && (got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, n, buf.length - n, null)) > 0;)
            n += got;
        return buf.subarray(0, n).toString('utf8');
    }
    catch {
        return '';
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function nameOf(file, id) {
    for (const line of readBounded(file).split('\n')) {
        const fields = line.split(':');
        if (fields.length >= 3 && Number(fields[2]) === id && fields[0])
            return fields[0];
    }
    return undefined;
}
const userName = (uid) => (process.platform === 'win32' ? undefined : nameOf('/etc/passwd', uid)) ?? String(uid);
const groupName = (gid) => (process.platform === 'win32' ? undefined : nameOf('/etc/group', gid)) ?? String(gid);
function inGroup(uid, gid) {
    if (process.platform === 'win32')
        return undefined;
    const user = readBounded('/etc/passwd')
        .split('\n')
        .map((l) => l.split(':'))
        .find((f) => f.length >= 4 && Number(f[2]) === uid);
    if (!user)
        return undefined;
    if (Number(user[3]) === gid)
        return true;
    const group = readBounded('/etc/group')
        .split('\n')
        .map((l) => l.split(':'))
        .find((f) => f.length >= 4 && Number(f[2]) === gid);
    return group ? group[3].split(',').includes(user[0]) : false;
}


/***/ }),

/***/ 8038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ redactUrl)
/* harmony export */ });
function redactUrl(url) {
    if (!URL.canParse(url))
        return redactText(url);
    const u = new URL(url);
    if (!u.username && !u.password && !u.search && !u.hash)
        return url;
    const auth = u.username || u.password ? '***@' : '';
    const query = u.search ? '?***' : '';
    const fragment = u.hash ? '#***' : '';
    const authority = u.host ? `//${auth}${u.host}` : '';
    return `${u.protocol}${authority}${u.pathname}${query}${fragment}`;
}
function redactText(text) {
    return text
        .replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@')
        .replace(/\?[^#]*/, '?***')
        .replace(/#.*$/s, '#***');
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T7: () => (/* binding */ registryProblem),
/* harmony export */   Vu: () => (/* binding */ emptyRegistry),
/* harmony export */   nn: () => (/* binding */ redactStoredUrls),
/* harmony export */   zu: () => (/* binding */ REGISTRY_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony export isRegistryDoc */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8038);

const REGISTRY_SCHEMA_VERSION = 2;
const emptyRegistry = () => ({
    schemaVersion: REGISTRY_SCHEMA_VERSION,
    generation: 0,
    entries: {},
});
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWhole = (v) => typeof v === 'number' && Number.isSafeInteger(v);
const SHA256 = /^[0-9a-f]{64}$/;
const ENTRY_FIELDS = [
    ['id', (v) => typeof v === 'string' && v.length > 0, 'a non-empty string'],
    ['sha256', (v) => typeof v === 'string' && SHA256.test(v), '64 lowercase hex digits'],
    ['url', (v) => typeof v === 'string', 'a string'],
    [
        'sizeBytes',
        (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
        'a non-negative number',
    ],
    ['fileCount', (v) => isWhole(v) && v >= 0, 'a non-negative integer'],
    ['installedAt', (v) => typeof v === 'string', 'a string'],
    ['lastUsedAt', (v) => typeof v === 'string', 'a string'],
];
function entryProblem(e) {
    if (!isObject(e))
        return 'expected an object';
    for (const [field, ok, expected] of ENTRY_FIELDS) {
        if (!ok(e[field]))
            return `${field}: expected ${expected}`;
    }
    return undefined;
}
function registryProblem(raw) {
    if (!isObject(raw))
        return '(top level): expected an object';
    if (raw.schemaVersion !== REGISTRY_SCHEMA_VERSION)
        return `schemaVersion: expected ${REGISTRY_SCHEMA_VERSION}`;
    if (!isWhole(raw.generation) || raw.generation < 0)
        return 'generation: expected a non-negative integer';
    if (!isObject(raw.entries))
        return 'entries: expected an object';
    for (const key in raw.entries) {
        if (!Object.prototype.hasOwnProperty.call(raw.entries, key))
            continue;
        const problem = entryProblem(raw.entries[key]);
        if (problem)
            return `entries.${key}.${problem}`;
        if (raw.entries[key].id !== key)
            return `entries.${key}.id: expected "${key}"`;
    }
    return undefined;
}
function redactStoredUrls(doc) {
    for (const entry of Object.values(doc.entries)) {
        if (/[@?#]/.test(entry.url))
            entry.url = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .B)(entry.url);
    }
    return doc;
}
const isRegistryDoc = (raw) => registryProblem(raw) === undefined;


/***/ }),

/***/ 9558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ readUpToSync),
/* harmony export */   QI: () => (/* binding */ withRegularFileSync),
/* harmony export */   Qh: () => (/* binding */ openForWriting),
/* harmony export */   Vc: () => (/* binding */ readUpTo),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   cG: () => (/* binding */ readRegularFileSync),
/* harmony export */   cL: () => (/* binding */ readRegularTextIfExistsSync),
/* harmony export */   eh: () => (/* binding */ assertOwnSingleName),
/* harmony export */   h_: () => (/* binding */ fileKind),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError),
/* harmony export */   jH: () => (/* binding */ writeTo),
/* harmony export */   kd: () => (/* binding */ recordDigest),
/* harmony export */   qX: () => (/* binding */ readRange),
/* harmony export */   tC: () => (/* binding */ READ_FLAGS),
/* harmony export */   vF: () => (/* binding */ hashRegularFile)
/* harmony export */ });
/* unused harmony exports fileIdentity, readRegularFileIdentitySync, readRegularFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3519);



const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0;
const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK;
const WRITE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | NO_FOLLOW | NON_BLOCK;
function fileKind(st) {
    if (st.isSymbolicLink())
        return 'a symlink';
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'a regular file';
}
class NotRegularFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolchainCacheError */ .mg {
    file;
    kind;
    constructor(file, kind, expected = 'a regular file') {
        super('UNSAFE_PATH', `${file} is ${kind}, not ${expected}: it was neither followed nor read. Check who can write there.`);
        this.file = file;
        this.kind = kind;
    }
}
function openFailure(file, e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && (e.code === 'ELOOP' || e.code === 'EMLINK'))
        return new NotRegularFileError(file, 'a symlink');
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && e.code === 'ENXIO')
        return new NotRegularFileError(file, 'a FIFO or a socket');
    return e;
}
function checkOpened(file, st, maxBytes) {
    if (!st.isFile())
        throw new NotRegularFileError(file, fileKind(st));
    if (st.size > maxBytes)
        throw new NotRegularFileError(file, `${st.size} bytes`, `at most ${maxBytes} bytes`);
}
function assertOwnSingleName(file, st) {
    if (!st.isFile())
        throw new NotRegularFileError(file, fileKind(st));
    const me = process.geteuid?.();
    if (process.platform === 'win32' || me === undefined)
        return;
    const expected = 'a file of this user with one name';
    if (st.nlink !== 1)
        throw new NotRegularFileError(file, `a hard link (${st.nlink} names)`, expected);
    if (st.uid !== me)
        throw new NotRegularFileError(file, `a file of uid ${st.uid}`, expected);
}
function lookedAt(file, st) {
    if (!st.isFile())
        throw new NotRegularFileError(file, fileKind(st));
}
function withRegularFileSync(file, maxBytes, use) {
    if (NO_FOLLOW === 0)
        lookedAt(file, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file));
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, READ_FLAGS);
    }
    catch (e) {
        throw openFailure(file, e);
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        checkOpened(file, st, maxBytes);
        return use(fd, st.size);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function readUpToSync(fd, size) {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, got, size - got, got);
        if (n === 0)
            break;
        got += n;
    }
    return got === size ? buf : buf.subarray(0, got);
}
const readRegularFileSync = (file, maxBytes) => withRegularFileSync(file, maxBytes, readUpToSync);
function readRegularTextIfExistsSync(file, maxBytes) {
    try {
        return readRegularFileSync(file, maxBytes).toString('utf8');
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
const fileIdentity = (st) => `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
function readRegularFileIdentitySync(file, maxBytes) {
    return withRegularFileSync(file, maxBytes, (fd, size) => ({
        bytes: readUpToSync(fd, size),
        identity: fileIdentity(fstatSync(fd)),
    }));
}
const recordDigest = (data) => (0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .crypto */ .Et)().createHash('sha256').update(data).digest('hex');
async function openRegularFile(file, maxBytes = Infinity) {
    if (NO_FOLLOW === 0)
        lookedAt(file, await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(file));
    let handle;
    try {
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(file, READ_FLAGS);
    }
    catch (e) {
        throw openFailure(file, e);
    }
    try {
        const stat = await handle.stat();
        checkOpened(file, stat, maxBytes);
        return { handle, size: stat.size, stat };
    }
    catch (e) {
        await handle.close();
        throw e;
    }
}
async function readUpTo(handle, size) {
    const buf = Buffer.alloc(size);
    let done = 0;
    while (done < size) {
        const { bytesRead } = await handle.read(buf, done, size - done, done);
        if (bytesRead === 0)
            break;
        done += bytesRead;
    }
    return buf.subarray(0, done);
}
async function readRegularFile(file, maxBytes) {
    return Promise.resolve(readRegularFileSync(file, maxBytes));
}
function readRange(handle, start = 0, end = Infinity) {
    let position = start;
    return new ((0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .stream */ .Td)().Readable)({
        highWaterMark: 1 << 16,
        read(size) {
            const length = Math.min(size, end - position);
            if (length <= 0) {
                this.push(null);
                return;
            }
            handle.read(Buffer.allocUnsafe(length), 0, length, position).then(({ bytesRead, buffer }) => {
                position += bytesRead;
                this.push(bytesRead === 0 ? null : buffer.subarray(0, bytesRead));
            }, (e) => this.destroy(e));
        },
    });
}
const writeTo = (handle) => new ((0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .stream */ .Td)().Writable)({
    write(chunk, _encoding, done) {
        handle.write(chunk).then(() => done(), done);
    },
});
async function hashRegularFile(file) {
    const { handle, size } = await openRegularFile(file);
    try {
        const hash = (0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .crypto */ .Et)().createHash('sha256');
        await (0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .streamPromises */ .BL)().pipeline(readRange(handle, 0, size), hash);
        return hash.digest('hex');
    }
    finally {
        await handle.close();
    }
}
async function openForWriting(file, mode = 0o600) {
    let handle;
    try {
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(file, WRITE_FLAGS, mode);
    }
    catch (e) {
        throw openFailure(file, e);
    }
    try {
        assertOwnSingleName(file, await handle.stat());
        await handle.truncate(0);
        return handle;
    }
    catch (e) {
        await handle.close();
        throw e;
    }
}


/***/ }),

/***/ 1320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ cacheFigures),
/* harmony export */   b0: () => (/* binding */ namespaceStats),
/* harmony export */   freeDiskBytes: () => (/* binding */ freeDiskBytes),
/* harmony export */   jM: () => (/* binding */ recordGcRun),
/* harmony export */   uq: () => (/* binding */ readStats),
/* harmony export */   yv: () => (/* binding */ recordJobStats)
/* harmony export */ });
/* unused harmony exports STATS_SCHEMA_VERSION, emptyStats, summarizeStats, liveUseCount, liveUseCounts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(770);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9558);
/* harmony import */ var _uses_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2599);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3544);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5888);







const STATS_SCHEMA_VERSION = 1;
const COUNTERS = [
    'jobs',
    'localHits',
    'peerWaits',
    'remoteRestores',
    'downloads',
    'bytesDownloaded',
    'bytesServed',
    'waitMs',
];
const GC_COUNTERS = ['runs', 'toolchainsRemoved', 'bytesFreed'];
const GC_HOST_COUNTERS = ['lastRunRemoved', 'lastRunBytesFreed'];
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
function gcProblem(raw) {
    if (!isObject(raw))
        return 'gc: expected an object';
    for (const k of GC_COUNTERS)
        if (!isCount(raw[k]))
            return `gc.${k}: expected a non-negative number`;
    if (!isObject(raw.hosts))
        return 'gc.hosts: expected an object';
    for (const [host, h] of Object.entries(raw.hosts)) {
        if (!isObject(h))
            return `gc.hosts.${host}: expected an object`;
        if (typeof h.lastRunAt !== 'string')
            return `gc.hosts.${host}.lastRunAt: expected a string`;
        for (const k of GC_HOST_COUNTERS)
            if (!isCount(h[k]))
                return `gc.hosts.${host}.${k}: expected a non-negative number`;
    }
    return undefined;
}
function statsProblem(raw) {
    if (!isObject(raw))
        return 'expected an object';
    if (raw.schemaVersion !== STATS_SCHEMA_VERSION)
        return `schemaVersion: expected ${STATS_SCHEMA_VERSION}`;
    if (!isObject(raw.namespaces))
        return 'namespaces: expected an object';
    for (const [ns, c] of Object.entries(raw.namespaces)) {
        if (!isObject(c))
            return `namespaces.${ns}: expected an object`;
        for (const k of COUNTERS) {
            if (!isCount(c[k]))
                return `namespaces.${ns}.${k}: expected a non-negative number`;
        }
        if (typeof c.updatedAt !== 'string')
            return `namespaces.${ns}.updatedAt: expected a string`;
    }
    return raw.gc === undefined ? undefined : gcProblem(raw.gc);
}
const emptyStats = () => ({ schemaVersion: STATS_SCHEMA_VERSION, namespaces: {} });
const zeroCounters = () => ({
    jobs: 0,
    localHits: 0,
    peerWaits: 0,
    remoteRestores: 0,
    downloads: 0,
    bytesDownloaded: 0,
    bytesServed: 0,
    waitMs: 0,
    updatedAt: (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .isoTime */ .Ly)(0),
});
const zeroGcCounters = () => ({
    runs: 0,
    toolchainsRemoved: 0,
    bytesFreed: 0,
    hosts: {},
});
const safeNamespace = (ns) => ns === '__proto__' || ns === 'constructor' || ns === 'prototype' ? `(${ns})` : ns || 'unknown';
async function updateStats(layout, options, change) {
    return (0,_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .withLock */ .kK)(layout.lockPath('stats'), 'stats', {
        staleMs: options.staleMs ?? _lock_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_LOCK_STALE_MS */ .xL,
        timeoutMs: options.lockTimeoutMs ?? 10_000,
        pollMs: 25,
        holder: options.holder,
    }, async (lock) => {
        const { doc } = await readStats(layout, { moveCorruptAside: true });
        const result = change(doc);
        (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileReplacingSync */ .WF)(layout.statsFile, JSON.stringify(doc), () => lock.assertHeldSync());
        return result;
    });
}
async function recordJobStats(layout, namespace, results, options = {}) {
    const ns = safeNamespace(namespace);
    const now = options.now ?? Date.now();
    return updateStats(layout, options, (doc) => {
        const c = Object.hasOwn(doc.namespaces, ns) ? doc.namespaces[ns] : zeroCounters();
        c.jobs += 1;
        for (const r of results) {
            c.waitMs += Math.max(0, r.waitMs || 0);
            if (r.source === 'local')
                c.localHits += 1;
            else if (r.source === 'peer')
                c.peerWaits += 1;
            else if (r.source === 'remote')
                c.remoteRestores += 1;
            else
                c.downloads += 1;
            if (r.source === 'local' || r.source === 'peer')
                c.bytesServed += r.sizeBytes || 0;
            c.bytesDownloaded += r.downloadedBytes || 0;
        }
        c.updatedAt = (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .isoTime */ .Ly)(now);
        doc.namespaces = { ...doc.namespaces, [ns]: c };
        return c;
    });
}
async function recordGcRun(layout, host, run, options = {}) {
    const id = safeNamespace(host);
    const now = options.now ?? Date.now();
    return updateStats(layout, options, (doc) => {
        const gc = doc.gc ?? zeroGcCounters();
        const freed = Math.max(0, run.freedBytes || 0);
        gc.runs += 1;
        gc.toolchainsRemoved += run.removed.length;
        gc.bytesFreed += freed;
        const last = {
            lastRunAt: (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .isoTime */ .Ly)(now),
            lastRunRemoved: run.removed.length,
            lastRunBytesFreed: freed,
        };
        gc.hosts = { ...gc.hosts, [id]: last };
        doc.gc = gc;
        return gc;
    });
}
async function readStats(layout, options = {}) {
    const text = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularTextIfExistsSync */ .cL)(layout.statsFile, _fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_FILE_MAX_BYTES */ .e);
    if (text === undefined)
        return { doc: emptyStats() };
    let detail;
    try {
        const raw = JSON.parse(text);
        const problem = statsProblem(raw);
        if (problem === undefined)
            return { doc: raw };
        detail = problem;
    }
    catch (e) {
        detail = `not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)})`;
    }
    let warning = `The statistics file ${layout.statsFile} is unreadable (${detail}); counting starts over.`;
    if (options.moveCorruptAside) {
        const movedTo = (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .corruptAsideName */ .VY)(layout.statsFile);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(layout.statsFile, movedTo).catch(() => undefined);
        warning += ` It was moved aside to ${movedTo}.`;
    }
    return { doc: emptyStats(), warning };
}
function namespaceStats(c) {
    const hits = c.localHits + c.peerWaits;
    const misses = c.remoteRestores + c.downloads;
    return { ...c, hits, misses, hitRate: hits + misses > 0 ? hits / (hits + misses) : null };
}
function summarizeStats(doc) {
    const total = zeroCounters();
    const sorted = Object.entries(doc.namespaces).sort(([a], [b]) => (a < b ? -1 : 1));
    const namespaces = Object.fromEntries(sorted.map(([ns, c]) => [ns, namespaceStats(c)]));
    for (const [, c] of sorted) {
        for (const k of COUNTERS) {
            total[k] += c[k];
        }
        if (c.updatedAt > total.updatedAt)
            total.updatedAt = c.updatedAt;
    }
    const gc = doc.gc ?? zeroGcCounters();
    const hosts = Object.fromEntries(Object.entries(gc.hosts).sort(([a], [b]) => (a < b ? -1 : 1)));
    return { namespaces, total: namespaceStats(total), gc: { ...gc, hosts } };
}
const liveUseCount = (u) => (u?.live.length ?? 0) + (u?.unreadable.length ?? 0);
async function liveUseCounts(layout, doc, now = Date.now()) {
    const usage = await (0,_uses_js__WEBPACK_IMPORTED_MODULE_4__/* .usageOfAll */ .Gy)(layout, Object.keys(doc.entries), now);
    return new Map([...usage].map(([id, u]) => [id, liveUseCount(u)]));
}
async function cacheFigures(layout, doc, options = {}) {
    const live = options.live ?? (await liveUseCounts(layout, doc, options.now));
    const entries = Object.values(doc.entries);
    const inUse = entries.filter((e) => (live.get(e.id) ?? 0) > 0).length;
    return {
        entries: entries.length,
        totalBytes: entries.reduce((n, e) => n + e.sizeBytes, 0),
        inUse,
        unused: entries.length - inUse,
        freeBytes: await freeDiskBytes(layout.root),
    };
}
async function freeDiskBytes(dir) {
    const sync = node_fs__WEBPACK_IMPORTED_MODULE_0__.statfsSync;
    if (typeof sync !== 'function' && typeof node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.statfs !== 'function')
        return null;
    try {
        const s = typeof sync === 'function' ? sync(dir) : await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.statfs(dir);
        const free = Number(s.bavail) * Number(s.bsize);
        return Number.isFinite(free) && free >= 0 ? free : null;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ unlinkUseFiles),
/* harmony export */   Fs: () => (/* binding */ usageOf),
/* harmony export */   Gy: () => (/* binding */ usageOfAll),
/* harmony export */   U0: () => (/* binding */ reclaimDeadUses),
/* harmony export */   ez: () => (/* binding */ releaseUses),
/* harmony export */   jH: () => (/* binding */ removeStaleTemps),
/* harmony export */   ly: () => (/* binding */ isInUse)
/* harmony export */ });
/* unused harmony exports entryState, writeUseRecord, recordUse, stampLastUse, readUses, STALE_TEMP_MS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(770);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2761);
/* harmony import */ var _leases_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2624);
/* harmony import */ var _dir_handle_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7455);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9558);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5888);









const USE_SUFFIX = '.json';
const isWindows = process.platform === 'win32';
const CREATE_EXCLUSIVE = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
const useFileName = (layout, id, key) => node_path__WEBPACK_IMPORTED_MODULE_1__.basename(layout.useFile(id, key));
const LAST_USED = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(new _layout_js__WEBPACK_IMPORTED_MODULE_4__/* .CacheLayout */ .lB(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).lastUsedStamp('id'));
async function lstatIfExists(p) {
    try {
        return await Promise.resolve(lstatSync(p));
    }
    catch (e) {
        if (isErrnoException(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
            return undefined;
        throw e;
    }
}
async function entryState(layout, id) {
    const [dir, root, mark] = await Promise.all([
        lstatIfExists(layout.entryDir(id)),
        lstatIfExists(layout.toolchainRoot(id)),
        lstatIfExists(layout.removalMark(id)),
    ]);
    const linked = dir?.isSymbolicLink() || root?.isSymbolicLink();
    if (linked || (dir && !dir.isDirectory()) || (root && !root.isDirectory())) {
        throw new ToolchainCacheError('UNSAFE_PATH', `Toolchain "${id}": ${layout.entryDir(id)} (or its files/) is no longer the directory that was installed ` +
            `(${linked ? 'a symlink' : 'not a directory'}); refusing to use it. ` +
            `Check who can write ${layout.root}, then run \`toolchain-cache remove ${id} --force\` to reinstall it.`);
    }
    if (mark)
        return 'removing';
    return root ? 'ready' : 'missing';
}
async function openUsesDir(layout, id, create) {
    const dir = layout.usesOf(id);
    try {
        try {
            return _dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .SyncDirHandle */ .B7.open(dir);
        }
        catch (e) {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT') || !create)
                throw e;
        }
        await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureDir */ .A0)(dir);
        return _dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .SyncDirHandle */ .B7.open(dir);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT' && !create)
            return undefined;
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg && e.code === 'UNSAFE_PATH'))
            throw e;
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${dir} is ${st ? (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_7__/* .fileKind */ .h_)(st) : 'gone'}, not the directory of use records toolchain-cache made: ` +
            `no use record is written or removed through it. Check who can write ${layout.root}, then remove it ` +
            `(\`rm ${dir}\`): the next job makes it again.`);
    }
}
function publishSync(dir, name, text) {
    const tmp = `${name}.tmp-${process.pid}-${(0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .randomToken */ .zs)()}`;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir.nameOf(tmp), CREATE_EXCLUSIVE, _fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .SHARED_FILE_MODE */ .bG);
    try {
        if (!isWindows)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, _fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .SHARED_FILE_MODE */ .bG);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, text);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(dir.nameOf(tmp), dir.nameOf(name));
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir.nameOf(tmp), { force: true });
        throw e;
    }
}
async function withUsesDir(layout, id, fn) {
    const dir = (await openUsesDir(layout, id, true));
    try {
        return await fn(dir);
    }
    finally {
        dir.close();
    }
}
function unlinkIn(dir, name) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(dir.nameOf(name));
        return true;
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
}
async function writeUseRecord(layout, id, record) {
    await withUsesDir(layout, id, async (dir) => publishSync(dir, useFileName(layout, id, record.key), JSON.stringify(record)));
    return layout.useFile(id, record.key);
}
async function recordUse(layout, id, owner, now = Date.now()) {
    return withUsesDir(layout, id, async (dir) => {
        const name = useFileName(layout, id, owner.key);
        publishSync(dir, name, JSON.stringify(newUse(owner.key, owner.job, owner.process, now)));
        let state;
        try {
            state = await entryState(layout, id);
        }
        catch (e) {
            unlinkIn(dir, name);
            throw e;
        }
        if (state === 'ready')
            return true;
        unlinkIn(dir, name);
        return false;
    });
}
function ownedBy(use, owner, host) {
    if (owner.key && use.key === owner.key)
        return true;
    return (owner.process !== undefined &&
        owner.job !== undefined &&
        use.host === host &&
        use.pid === owner.process.pid &&
        use.pidStart === owner.process.pidStart &&
        use.job.runId === owner.job.runId &&
        use.job.job === owner.job.job &&
        use.job.action === owner.job.action);
}
async function releaseUses(layout, owner, ids, now = Date.now()) {
    const host = (0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .hostId */ .My)();
    const released = [];
    for (const id of new Set(ids)) {
        const dir = await openUsesDir(layout, id, false);
        if (!dir)
            continue;
        let removed = false;
        try {
            if (owner.key)
                removed = unlinkIn(dir, useFileName(layout, id, owner.key));
            if (!removed && owner.process && owner.job) {
                const { records } = await readUses(layout, id);
                for (const r of records)
                    if (ownedBy(r.use, owner, host))
                        removed = unlinkIn(dir, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(r.file)) || removed;
            }
            if (removed)
                stampIn(dir, now);
        }
        finally {
            dir.close();
        }
        if (removed)
            released.push(id);
    }
    return released;
}
function stampIn(dir, at) {
    try {
        publishSync(dir, LAST_USED, (0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .isoTime */ .Ly)(at));
    }
    catch {
    }
}
async function stampLastUse(layout, id, at) {
    const dir = await openUsesDir(layout, id, false).catch(() => undefined);
    if (!dir)
        return;
    stampIn(dir, at);
    dir.close();
}
const isUseRecord = (u) => {
    const r = u;
    return (typeof r === 'object' &&
        r !== null &&
        typeof r.key === 'string' &&
        typeof r.host === 'string' &&
        typeof r.pid === 'number' &&
        typeof r.createdAt === 'string' &&
        typeof r.leaseExpiresAt === 'string' &&
        typeof r.job === 'object' &&
        r.job !== null);
};
const MAX_RECORD_BYTES = 64 * 1024;
async function readUses(layout, id) {
    const result = { records: [], unreadable: [], temps: [] };
    let dir;
    try {
        dir = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .openDirInsideIfExists */ .Z1)(layout.root, layout.usesOf(id));
    }
    catch {
        result.unreadable.push(layout.usesOf(id));
        return result;
    }
    if (!dir)
        return result;
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .withDir */ .uM)(dir, (d) => readUsesIn(d, result));
    return result;
}
function usesReader(layout) {
    let uses;
    let failed = false;
    try {
        uses = _dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .SyncDirHandle */ .B7.open(layout.usesDir);
    }
    catch (e) {
        failed = !((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT');
    }
    const read = (id) => {
        const result = { records: [], unreadable: [], temps: [] };
        if (failed)
            result.unreadable.push(layout.usesOf(id));
        if (!uses)
            return result;
        let dir;
        try {
            dir = _dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .SyncDirHandle */ .B7.open(uses.nameOf(id));
        }
        catch (e) {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
                result.unreadable.push(layout.usesOf(id));
            return result;
        }
        try {
            readUsesInSync(dir, layout.usesOf(id), result);
        }
        finally {
            dir.close();
        }
        return result;
    };
    return { read, close: () => uses?.close() };
}
function readUsesInSync(dir, where, result) {
    let names;
    try {
        names = dir.list();
    }
    catch {
        result.unreadable.push(where);
        return;
    }
    const read = (name) => (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFileSync */ .cG)(dir.nameOf(name), MAX_RECORD_BYTES).toString('utf8');
    for (const name of names) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(where, name);
        if (name === LAST_USED) {
            let text = '';
            try {
                text = read(name);
            }
            catch {
            }
            const t = Date.parse(text);
            if (!Number.isNaN(t))
                result.stampMs = t;
            continue;
        }
        if (name.includes('.tmp-'))
            result.temps.push(name);
        if (!name.endsWith(USE_SUFFIX))
            continue;
        try {
            const use = JSON.parse(read(name));
            if (isUseRecord(use))
                result.records.push({ file, use });
            else
                result.unreadable.push(file);
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
                continue;
            result.unreadable.push(file);
        }
    }
}
async function readUsesIn(dir, result) {
    let names;
    try {
        names = await dir.list();
    }
    catch {
        result.unreadable.push(dir.path);
        return;
    }
    for (const name of names) {
        const file = dir.pathOf(name);
        if (name === LAST_USED) {
            const text = await dir.readFile(name, MAX_RECORD_BYTES).catch(() => undefined);
            const t = Date.parse(text?.toString('utf8') ?? '');
            if (!Number.isNaN(t))
                result.stampMs = t;
            continue;
        }
        if (name.includes('.tmp-'))
            result.temps.push(name);
        if (!name.endsWith(USE_SUFFIX))
            continue;
        try {
            const use = JSON.parse((await dir.readFile(name, MAX_RECORD_BYTES)).toString('utf8'));
            if (isUseRecord(use))
                result.records.push({ file, use });
            else
                result.unreadable.push(file);
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
                continue;
            result.unreadable.push(file);
        }
    }
}
async function unlinkUseFiles(layout, id, names) {
    if (names.length === 0)
        return [];
    const dir = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .openDirInsideIfExists */ .Z1)(layout.root, layout.usesOf(id));
    if (!dir)
        return [];
    return (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .withDir */ .uM)(dir, async (d) => {
        const gone = [];
        for (const name of names) {
            try {
                await d.unlink(name);
                gone.push(name);
            }
            catch (e) {
                if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
                    throw e;
            }
        }
        return gone;
    });
}
const isInUse = (u) => u !== undefined && (u.live.length > 0 || u.unreadable.length > 0);
async function usageOf(layout, id, alive, uses) {
    const { records, unreadable, stampMs, temps } = uses ?? (await readUses(layout, id));
    const usage = { live: [], dead: [], unreadable, lastUsedMs: stampMs, temps };
    for (const r of records) {
        if (await alive(r.use))
            usage.live.push(r.use);
        else
            usage.dead.push(r);
        const t = Date.parse(r.use.createdAt);
        if (!Number.isNaN(t) && t > (usage.lastUsedMs ?? 0))
            usage.lastUsedMs = t;
    }
    return usage;
}
async function usageOfAll(layout, ids, now = Date.now()) {
    const alive = (0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .livenessChecker */ .J3)(now);
    const out = new Map();
    const reader = usesReader(layout);
    try {
        for (const id of ids)
            out.set(id, await usageOf(layout, id, alive, reader.read(id)));
    }
    finally {
        reader.close();
    }
    return out;
}
const STALE_TEMP_MS = 3600_000;
async function removeStaleTemps(dir, names, now, maxAgeMs = STALE_TEMP_MS) {
    let removed = 0;
    for (const name of names) {
        const st = await dir.lstat(name).catch(() => undefined);
        if (!st?.isFile() || now - st.mtimeMs < maxAgeMs)
            continue;
        if (await dir.unlink(name, st).then(() => true, () => false))
            removed += 1;
    }
    return removed;
}
async function reclaimDeadUses(layout, now = Date.now()) {
    const usesDir = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .openDirInsideIfExists */ .Z1)(layout.root, layout.usesDir);
    const ids = usesDir ? await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .withDir */ .uM)(usesDir, (d) => d.list()) : [];
    const alive = (0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .livenessChecker */ .J3)(now);
    const reclaimed = [];
    let tempsRemoved = 0;
    for (const id of ids) {
        const usage = await usageOf(layout, id, alive);
        const byName = new Map(usage.dead.map((d) => [node_path__WEBPACK_IMPORTED_MODULE_1__.basename(d.file), d.use]));
        for (const name of await unlinkUseFiles(layout, id, [...byName.keys()]))
            reclaimed.push({ id, use: byName.get(name) });
        if (usage.dead.length > 0 && usage.lastUsedMs !== undefined)
            await stampLastUse(layout, id, usage.lastUsedMs);
        if (usage.temps.length === 0)
            continue;
        const dir = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .openDirInsideIfExists */ .Z1)(layout.root, layout.usesOf(id)).catch(() => undefined);
        if (dir)
            tempsRemoved += await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .withDir */ .uM)(dir, (d) => removeStaleTemps(d, usage.temps, now));
    }
    return { reclaimed, tempsRemoved };
}


/***/ }),

/***/ 915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ endAbandonedWork),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Mm: () => (/* binding */ bounded)
/* harmony export */ });
/* unused harmony export TierTimeoutError */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

class TierTimeoutError extends Error {
    timeoutMs;
    constructor(timeoutMs) {
        super(`no progress for ${timeoutMs / 1000} s (remote-timeout)`);
        this.timeoutMs = timeoutMs;
        this.name = 'TierTimeoutError';
    }
}
let abandonedWork = false;
function endAbandonedWork() {
    if (abandonedWork)
        setTimeout(() => process.exit(), 200).unref();
}
async function bounded(timeoutMs, run, maxBytes = Infinity) {
    const controller = new AbortController();
    let timer;
    let expire = () => undefined;
    const expired = new Promise((_, reject) => (expire = reject));
    const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            const error = new TierTimeoutError(timeoutMs);
            abandonedWork = true;
            controller.abort(error);
            expire(error);
        }, timeoutMs);
    };
    arm();
    const call = { signal: controller.signal, progress: arm, timeoutMs, maxBytes };
    try {
        return await Promise.race([run(call), expired]);
    }
    catch (e) {
        if (controller.signal.aborted)
            throw controller.signal.reason;
        throw e;
    }
    finally {
        clearTimeout(timer);
        if (!controller.signal.aborted)
            controller.abort(new Error('call finished'));
    }
}
const describeFailure = (e) => (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e).split('\n')[0];


/***/ }),

/***/ 7119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m9: () => (/* binding */ parseRemoteInput),
/* harmony export */   z$: () => (/* binding */ anyTier)
/* harmony export */ });
/* unused harmony exports PROVIDERS, splitRemoteInput, anyWritable, keepArchivesFor */
/* harmony import */ var _spec_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(755);
/* harmony import */ var _syntax_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1627);


const PROVIDERS = [
    _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsCacheSyntax */ .zd,
    _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .s3Syntax */ .aK,
    _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fileSyntax */ .U$,
];
function splitRemoteInput(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.replace(/(^|\s)#.*$/, ''))
        .flatMap((line) => line.split(','))
        .map((item) => item.trim())
        .filter(Boolean);
}
function parseRemoteInput(text) {
    const seen = new Set();
    return splitRemoteInput(text).map((item) => {
        const provider = PROVIDERS.find((p) => p.claims(item));
        if (!provider)
            throw (0,_spec_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidItem */ .Z)(item, 'not a known provider (use actions-cache, s3://BUCKET[/PREFIX] or file:///ABSOLUTE/DIR)');
        const config = provider.parse(item);
        const name = config.name ?? item;
        if (seen.has(name))
            throw (0,_spec_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidItem */ .Z)(item, `${name} is listed twice`);
        seen.add(name);
        return { provider, config, item };
    });
}
const anyWritable = (configs) => configs.some((c) => c.provider.capabilities.write);
const anyTier = (settings) => settings.remoteCache && settings.remote.length > 0;
const keepArchivesFor = (settings) => settings.remoteCache && anyWritable(settings.remote);


/***/ }),

/***/ 755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ invalidItem)
/* harmony export */ });
/* unused harmony export REMOTE_INPUT */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

const REMOTE_INPUT = 'remote';
const invalidItem = (item, why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Input "${REMOTE_INPUT}": tier "${item}" is invalid: ${why}.`, REMOTE_INPUT);


/***/ }),

/***/ 1627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ fileSyntax),
/* harmony export */   Xd: () => (/* binding */ ACTIONS_CACHE),
/* harmony export */   aK: () => (/* binding */ s3Syntax),
/* harmony export */   zd: () => (/* binding */ actionsCacheSyntax)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var _spec_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(755);



const ACTIONS_CACHE = 'actions-cache';
const actionsCacheSyntax = {
    name: ACTIONS_CACHE,
    capabilities: { read: true, write: true, streaming: false },
    claims: (item) => item.toLowerCase() === ACTIONS_CACHE,
    parse: () => ({ name: ACTIONS_CACHE }),
};
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const s3Syntax = {
    name: 's3',
    capabilities: { read: true, write: true, streaming: true },
    claims: (item) => /^s3:/i.test(item),
    parse(item) {
        const m = /^s3:\/\/([^/?#]*)((?:\/[^?#]*)?)$/.exec(item);
        if (!m)
            throw (0,_spec_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidItem */ .Z)(item, 'expected s3://BUCKET or s3://BUCKET/PREFIX');
        const [, bucket, rawPrefix] = m;
        if (!BUCKET.test(bucket))
            throw (0,_spec_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidItem */ .Z)(item, `"${bucket}" is not a bucket name (3 to 63 lower-case letters, digits, dots and hyphens)`);
        const prefix = rawPrefix.replace(/^\/+|\/+$/g, '');
        if (prefix && prefix.split('/').some((part) => part === '' || part === '.' || part === '..'))
            throw (0,_spec_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidItem */ .Z)(item, `the prefix "${rawPrefix}" has an empty, "." or ".." segment`);
        return { bucket, prefix, name: `s3://${bucket}${prefix ? `/${prefix}` : ''}` };
    },
};
const fileSyntax = {
    name: 'file',
    capabilities: { read: true, write: true, streaming: true },
    claims: (item) => /^file:/i.test(item),
    parse(item) {
        if (!/^file:\/\//i.test(item))
            throw (0,_spec_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidItem */ .Z)(item, 'expected file:///ABSOLUTE/DIR (three slashes before the path)');
        let dir;
        try {
            dir = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(new URL(item));
        }
        catch (e) {
            throw (0,_spec_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidItem */ .Z)(item, `not a file URL of an absolute directory (${e.message})`);
        }
        if (!node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(dir))
            throw (0,_spec_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidItem */ .Z)(item, 'the directory must be absolute, e.g. file:///mnt/toolchains');
        return { dir: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(dir), name: item };
    },
};


/***/ })

};
