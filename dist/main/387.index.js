export const id = 387;
export const ids = [387];
export const modules = {

/***/ 5387:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMain: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/random.js
var random = __webpack_require__(7692);
;// CONCATENATED MODULE: ./lib/action/runner-commands.js



const EOL = process.platform === 'win32' ? '\r\n' : '\n';
const FAILURE_EXIT_CODE = 1;
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return input;
    return JSON.stringify(input);
}
const escapeData = (s) => toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function formatCommand(command, properties, message) {
    let text = `::${command || 'missing.command'}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        text += ' ';
        text += keys
            .filter((key) => properties[key])
            .map((key) => `${key}=${escapeProperty(properties[key])}`)
            .join(',');
    }
    return `${text}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    writeStdout(formatCommand(command, properties, message) + EOL);
}
function writeStdout(text) {
    if (process.platform === 'win32') {
        process.stdout.write(text);
        return;
    }
    const bytes = Buffer.from(text, 'utf8');
    for (let off = 0; off < bytes.length;) {
        try {
            off += (0,external_node_fs_.writeSync)(1, bytes, off, bytes.length - off);
        }
        catch (e) {
            if (e.code !== 'EAGAIN')
                throw e;
            Atomics.wait(PAUSE, 0, 0, 1);
        }
    }
}
const PAUSE = new Int32Array(new SharedArrayBuffer(4));
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!(0,external_node_fs_.existsSync)(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    (0,external_node_fs_.appendFileSync)(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}
function keyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${(0,random/* randomUuid */.bX)()}`;
    const converted = toCommandValue(value);
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (converted.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}
function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
}
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return issueFileCommand('STATE', keyValueMessage(name, value));
    issueCommand('save-state', { name }, toCommandValue(value));
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', keyValueMessage(name, value));
    writeStdout(EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function addPath(dir) {
    if (process.env.GITHUB_PATH)
        issueFileCommand('PATH', dir);
    else
        issueCommand('add-path', {}, dir);
    process.env.PATH = `${dir}${external_node_path_.delimiter}${process.env.PATH}`;
}
function exportVariable(name, value) {
    const converted = toCommandValue(value);
    process.env[name] = converted;
    if (process.env.GITHUB_ENV)
        return issueFileCommand('ENV', keyValueMessage(name, value));
    issueCommand('set-env', { name }, converted);
}
function info(message) {
    writeStdout(message + EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function annotationCommandProperties(properties) {
    if (!Object.keys(properties).length)
        return {};
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn,
    };
}
function annotate(kind, message, properties) {
    const text = message instanceof Error ? message.toString() : message;
    issueCommand(kind, annotationCommandProperties(properties), text);
}
function error(message, properties = {}) {
    annotate('error', message, properties);
}
function runner_commands_warning(message, properties = {}) {
    annotate('warning', message, properties);
}
function notice(message, properties = {}) {
    annotate('notice', message, properties);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
function setFailed(message) {
    process.exitCode = FAILURE_EXIT_CODE;
    error(message);
}

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/disk-full.js
var disk_full = __webpack_require__(4454);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
// EXTERNAL MODULE: ./lib/core/installer.js
var installer = __webpack_require__(3607);
// EXTERNAL MODULE: ./lib/core/install/archive-policy.js
var archive_policy = __webpack_require__(116);
// EXTERNAL MODULE: ./lib/core/lock/stale.js
var stale = __webpack_require__(4254);
// EXTERNAL MODULE: ./lib/core/ids.js
var ids = __webpack_require__(2885);
// EXTERNAL MODULE: ./lib/core/redact.js
var redact = __webpack_require__(8038);
;// CONCATENATED MODULE: ./lib/core/toolchains-yaml.js
function parseSimpleToolchainList(text) {
    const items = [];
    let current;
    for (const raw of text.split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (/^\s*(#.*)?$/.test(line))
            continue;
        if (line.includes('\t'))
            return undefined;
        const m = /^(- | {2})([A-Za-z0-9_-]+):(?: (.*))?$/.exec(line);
        if (!m) {
            const item = line.startsWith('- ') ? parseScalar(line.slice(2).trim()) : undefined;
            if (typeof item !== 'string')
                return undefined;
            items.push(item);
            current = undefined;
            continue;
        }
        if (m[1] === '- ') {
            current = {};
            items.push(current);
        }
        else if (!current) {
            return undefined;
        }
        const value = parseValue((m[3] ?? '').trim());
        if (value === undefined || Object.hasOwn(current, m[2]))
            return undefined;
        current[m[2]] = value;
    }
    return items.length ? items : undefined;
}
function parseValue(v) {
    if (v.startsWith('[')) {
        if (!v.endsWith(']'))
            return undefined;
        const inner = v.slice(1, -1).trim();
        if (!inner)
            return [];
        const parts = inner.split(',').map((p) => parseScalar(p.trim()));
        if (parts.some((p) => p === undefined || typeof p !== 'string'))
            return undefined;
        return parts;
    }
    return parseScalar(v);
}
const NOT_A_PLAIN_STRING = /^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
function parseScalar(v) {
    if (!v)
        return undefined;
    if (v.startsWith('"')) {
        const body = v.slice(1, -1);
        return v.length >= 2 && v.endsWith('"') && !/["\\]/.test(body) ? body : undefined;
    }
    if (v.startsWith("'")) {
        const body = v.slice(1, -1);
        return v.length >= 2 && v.endsWith("'") && !body.includes("'") ? body : undefined;
    }
    if (/^[0-9]+$/.test(v)) {
        const n = Number(v);
        return Number.isSafeInteger(n) && !/^0[0-9]/.test(v) ? n : undefined;
    }
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(v) || / #|: |:$|[,[\]{}]/.test(v))
        return undefined;
    if (NOT_A_PLAIN_STRING.test(v))
        return undefined;
    return v;
}

// EXTERNAL MODULE: ./lib/vendors/registry.js
var registry = __webpack_require__(1748);
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
    if (!ids/* ID_PATTERN */.p.test(id)) {
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
        throw new errors/* InputError */.dz(`${label}: field "${e.field}" ${e.message}${describeValue(shownValue(item, e.field))}.`, e.field);
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
        throw new errors/* InputError */.dz(`${label}: a named toolchain is NAME@VERSION, e.g. node@24, go@1.23, python@3.12 (a lower-case name, "@", a version); ` +
            'or give a mapping with id, url and sha256.', 'toolchains');
    }
    (0,registry.checkVendorName)(label, name);
    if (!VERSION_PATTERN.test(version) || version.trim() !== version) {
        throw new errors/* InputError */.dz(`${label}: "${version}" is not a version request: use an exact version (24.11.1), a prefix (24, 24.11), ` +
            'latest, lts, lts/<codename>, or a semver range (^1.23, ~3.12.1, ">=22 <24").', 'toolchains');
    }
    return { spec: text, name, version, index };
}
async function parseToolchains(text) {
    if (!text.trim())
        throw new errors/* InputError */.dz('Input "toolchains" is required: a YAML list of NAME@VERSION (e.g. - node@24) or {id, url, sha256} items.', 'toolchains');
    let doc = parseSimpleToolchainList(text);
    if (doc === undefined) {
        const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        try {
            doc = parse(text);
        }
        catch (e) {
            throw new errors/* InputError */.dz(`Input "toolchains" is not valid YAML: ${e.message}`, 'toolchains');
        }
    }
    return checkToolchains(doc);
}
function checkToolchains(doc) {
    if (!Array.isArray(doc) || doc.length === 0) {
        throw new errors/* InputError */.dz('Input "toolchains" must be a non-empty YAML list, e.g.\n- node@24\n- id: cmake-3.30.5\n  url: https://\u2026\n  sha256: <64 hex>', 'toolchains');
    }
    const warnings = [];
    const seen = new Map();
    const toolchains = doc.map((raw, index) => {
        if (typeof raw === 'string') {
            const named = checkNamed(raw, index);
            const earlier = seen.get(`@${named.spec}`);
            if (earlier !== undefined)
                throw new errors/* InputError */.dz(`toolchains[${index}] ("${named.spec}"): duplicates toolchains[${earlier}]; each item may appear once.`, 'toolchains');
            seen.set(`@${named.spec}`, index);
            return named;
        }
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
            throw new errors/* InputError */.dz(`toolchains[${index}]: must be NAME@VERSION (e.g. node@24) or a mapping with id, url and sha256.`, 'toolchains');
        }
        const label = itemLabel(index, raw.id);
        for (const key of Object.keys(raw)) {
            if (!KNOWN_KEYS.has(key))
                warnings.push(`${label}: unknown key "${key}" ignored (known: ${[...KNOWN_KEYS].join(', ')}).`);
        }
        const item = checkItem(raw, label);
        const earlier = seen.get(item.id.toLowerCase());
        if (earlier !== undefined) {
            throw new errors/* InputError */.dz(`${label}: field "id" duplicates toolchains[${earlier}] (ids are compared ignoring letter case); each id may appear once.`, 'id');
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
const shownValue = (item, field) => field === 'url' && typeof item.url === 'string' ? (0,redact/* redactUrl */.B)(item.url) : item[field];
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

// EXTERNAL MODULE: ./lib/core/layout.js + 2 modules
var core_layout = __webpack_require__(8601);
// EXTERNAL MODULE: ./lib/core/leases.js + 4 modules
var leases = __webpack_require__(2624);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __webpack_require__(770);
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
        const { acquireLock } = await __webpack_require__.e(/* import() */ 188).then(__webpack_require__.bind(__webpack_require__, 1188));
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
        const { scanInstalled } = await __webpack_require__.e(/* import() */ 756).then(__webpack_require__.bind(__webpack_require__, 756));
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

// EXTERNAL MODULE: ./lib/providers/bounded.js
var bounded = __webpack_require__(915);
// EXTERNAL MODULE: ./lib/providers/registry.js
var providers_registry = __webpack_require__(7119);
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

const actionsLogger = { info: info, warning: runner_commands_warning, debug: debug };

;// CONCATENATED MODULE: ./lib/action/inputs.js










const input = (name) => getInput(name);
function readSettings(host = hostConfig()) {
    return settingsAndWarnings(host).settings;
}
function settingsAndWarnings(host) {
    const root = (0,core_layout/* chooseCacheRoot */.YC)(input(constants_Inputs.CacheRoot), process.env, {
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
        remote: (0,providers_registry/* parseRemoteInput */.m9)(input(constants_Inputs.Remote) || 'actions-cache'),
        remoteTimeoutSeconds: parseWholeNumber(input(constants_Inputs.RemoteTimeout), constants_Inputs.RemoteTimeout, 30, 1),
        cleanup: parseBoolean(input(constants_Inputs.Cleanup), constants_Inputs.Cleanup, true),
        maxUnusedDays: parseWholeNumber(input(constants_Inputs.MaxUnusedDays), constants_Inputs.MaxUnusedDays, 30),
        maxSizeBytes: parseSizeBound(input(constants_Inputs.MaxSize), constants_Inputs.MaxSize),
        waitTimeoutSeconds: parseWholeNumber(input(constants_Inputs.WaitTimeout), constants_Inputs.WaitTimeout, 600, 1),
        summary: parseBoolean(input(constants_Inputs.Summary), constants_Inputs.Summary, true),
    };
}
async function readInputs(host = host_config_hostConfig()) {
    const { toolchains, warnings } = await parseToolchains(input(constants_Inputs.Toolchains));
    const { settings, warnings: hostWarnings } = settingsAndWarnings(host);
    return {
        toolchains,
        lockfile: input(constants_Inputs.Lockfile).trim(),
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
        overridden(Inputs.MaxUnusedDays, host.boundsFrom.maxUnusedDays, days(settings.maxUnusedDays), days(host.maxUnusedDays));
    if (host.maxSizeBytes !== undefined &&
        settings.maxSizeBytes !== undefined &&
        host.maxSizeBytes !== settings.maxSizeBytes)
        overridden(Inputs.MaxSize, host.boundsFrom.maxSize, formatBytesExact(settings.maxSizeBytes), formatBytesExact(host.maxSizeBytes));
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

// EXTERNAL MODULE: ./lib/vendors/types.js
var types = __webpack_require__(5386);
;// CONCATENATED MODULE: ./lib/core/named/lockfile.js





const LOCKFILE_VERSION = 1;
const DEFAULT_LOCKFILE = 'toolchains.lock.json';
const MAX_LOCKFILE_BYTES = 4 * 1024 * 1024;
const emptyLockfile = () => ({ lockfileVersion: 1, toolchains: {} });
function lockfilePath(input, workspace = process.env.GITHUB_WORKSPACE || process.cwd()) {
    return external_node_path_.resolve(workspace, input.trim());
}
function readLockfile(file, missingOk = false) {
    let text;
    try {
        text = (0,regular_file/* readRegularFileSync */.cG)(file, MAX_LOCKFILE_BYTES).toString('utf8');
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT') {
            if (missingOk)
                return undefined;
            throw new errors/* InputError */.dz(`The lockfile ${file} does not exist: create it with \`toolchain-cache lock SPEC\u2026 --out ${file}\`, or fix the "lockfile" input.`, 'lockfile');
        }
        throw e;
    }
    return parseLockfile(text, file);
}
function parseLockfile(text, file) {
    const bad = (why) => new errors/* InputError */.dz(`The lockfile ${file} ${why}. Regenerate it with \`toolchain-cache lock\`.`, 'lockfile');
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw bad(`is not valid JSON (${e.message})`);
    }
    const obj = doc;
    if (!isRecord(obj))
        throw bad('must hold a JSON object');
    if (obj.lockfileVersion !== LOCKFILE_VERSION)
        throw bad(`has lockfileVersion ${JSON.stringify(obj.lockfileVersion)}; this release reads 1`);
    if (!isRecord(obj.toolchains))
        throw bad('has no "toolchains" object');
    const toolchains = {};
    for (const [spec, platforms] of Object.entries(obj.toolchains)) {
        if (!isRecord(platforms))
            throw bad(`: "${spec}" must map platforms to entries`);
        const entries = {};
        for (const [platform, entry] of Object.entries(platforms)) {
            if (!types/* PLATFORMS */.P.includes(platform))
                throw bad(`: "${spec}" names an unknown platform "${platform}" (known: ${types/* PLATFORMS */.P.join(', ')})`);
            const why = entryProblem(entry);
            if (why)
                throw bad(`: "${spec}" "${platform}" ${why}`);
            entries[platform] = pick(entry);
        }
        Object.defineProperty(toolchains, spec, { value: entries, enumerable: true, writable: true });
    }
    return { lockfileVersion: 1, toolchains };
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function entryProblem(entry) {
    if (!isRecord(entry))
        return 'must be an object with id, version, url, sha256';
    if (typeof entry.id !== 'string' || !ids/* ID_PATTERN */.p.test(entry.id))
        return 'has no valid "id"';
    if (typeof entry.version !== 'string' || !entry.version)
        return 'has no "version"';
    if (typeof entry.url !== 'string' ||
        !URL.canParse(entry.url) ||
        !/^https?:$/.test(new URL(entry.url).protocol))
        return 'has no http(s) "url"';
    if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256))
        return 'has no "sha256" of 64 lower-case hex characters';
    if (entry.size !== undefined &&
        !(Number.isSafeInteger(entry.size) && entry.size >= 0))
        return 'has a "size" that is not a whole number';
    return undefined;
}
const pick = (r) => ({
    id: r.id,
    version: r.version,
    url: r.url,
    sha256: r.sha256,
    ...(r.size !== undefined && { size: r.size }),
});
function lockEntry(lock, spec, platform) {
    if (!lock || !Object.hasOwn(lock.toolchains, spec))
        return undefined;
    const platforms = lock.toolchains[spec];
    return Object.hasOwn(platforms, platform) ? platforms[platform] : undefined;
}
function formatLockfile(lock) {
    const toolchains = Object.fromEntries(Object.keys(lock.toolchains)
        .sort()
        .map((spec) => {
        const platforms = lock.toolchains[spec];
        const sorted = Object.keys(platforms)
            .sort()
            .map((p) => [p, pick(platforms[p])]);
        return [spec, Object.fromEntries(sorted)];
    }));
    return `${JSON.stringify({ lockfileVersion: LOCKFILE_VERSION, toolchains }, null, 2)}\n`;
}
const lockEntryText = (spec, platform, r) => `${JSON.stringify(spec)}: { ${JSON.stringify(platform)}: ${JSON.stringify(pick(r))} }`;

// EXTERNAL MODULE: ./lib/core/named/job-setup.js
var job_setup = __webpack_require__(6362);
// EXTERNAL MODULE: ./lib/core/named/settings.js
var settings = __webpack_require__(2264);
;// CONCATENATED MODULE: ./lib/core/named/table.js




const TABLE_FILE = 'resolutions.json';
const MAX_TABLE_BYTES = 1024 * 1024;
const MAX_ENTRIES = 1000;
const namedDir = (layout) => layout.namedDir;
const tableFile = (layout) => external_node_path_.join(namedDir(layout), TABLE_FILE);
const resolutionKey = (spec, platform, mirror) => `${spec} ${platform} ${mirror ?? '-'}`;
const emptyTable = () => ({ version: 1, resolutions: {}, uses: {} });
function readTable(layout) {
    const text = (0,regular_file/* readRegularTextIfExistsSync */.cL)(tableFile(layout), MAX_TABLE_BYTES);
    if (text === undefined)
        return emptyTable();
    try {
        const doc = JSON.parse(text);
        if (doc?.version !== 1 || !table_isRecord(doc.resolutions) || !table_isRecord(doc.uses))
            return emptyTable();
        return { version: 1, resolutions: doc.resolutions, uses: doc.uses };
    }
    catch {
        return emptyTable();
    }
}
const table_isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function freshResolution(table, key, ttlMs, now = Date.now()) {
    const r = Object.hasOwn(table.resolutions, key) ? table.resolutions[key] : undefined;
    if (!r || typeof r.id !== 'string' || typeof r.sha256 !== 'string' || typeof r.url !== 'string')
        return undefined;
    const age = now - Date.parse(r.resolvedAt);
    return age >= 0 && age < ttlMs ? r : undefined;
}
function tableUse(table, id) {
    const u = Object.hasOwn(table.uses, id) ? table.uses[id] : undefined;
    if (!u || !Array.isArray(u.bin) || !table_isRecord(u.env) || !Array.isArray(u.bases))
        return undefined;
    return u;
}
async function updateTable(layout, update, options = {}) {
    await (0,fsx/* ensureDir */.A0)(namedDir(layout));
    const { withLock } = await __webpack_require__.e(/* import() */ 188).then(__webpack_require__.bind(__webpack_require__, 1188));
    await withLock(layout.lockPath('named-table'), 'named-table', {
        staleMs: options.staleMs ?? stale/* DEFAULT_LOCK_STALE_MS */.xL,
        timeoutMs: 30_000,
        pollMs: 25,
        holder: options.holder,
    }, async (lock) => {
        const table = readTable(layout);
        Object.assign(table.resolutions, update.resolutions);
        Object.assign(table.uses, update.uses);
        table.resolutions = newest(table.resolutions, (r) => r.resolvedAt);
        table.uses = newest(table.uses, (u) => u.recordedAt);
        (0,fsx/* writeFileReplacingSync */.WF)(tableFile(layout), JSON.stringify(table), () => lock.assertHeldSync());
    });
}
function newest(records, at) {
    const entries = Object.entries(records);
    if (entries.length <= MAX_ENTRIES)
        return records;
    entries.sort(([, a], [, b]) => Date.parse(at(b)) - Date.parse(at(a)));
    return Object.fromEntries(entries.slice(0, MAX_ENTRIES));
}

;// CONCATENATED MODULE: ./lib/core/named/resolve.js







async function resolveToolchainItems(items, options) {
    const named = items.filter(isNamedItem);
    const result = {
        toolchains: [],
        versions: {},
        env: {},
        jobSetups: [],
        missingFromLock: [],
        from: {},
    };
    if (named.length === 0) {
        result.toolchains = items;
        return result;
    }
    const now = options.now?.() ?? Date.now();
    const table = options.layout ? readTable(options.layout) : undefined;
    const update = { resolutions: {}, uses: {} };
    const resolved = new Map();
    for (const item of named)
        resolved.set(item, await resolveOne(item, table, update, now, options));
    if (options.layout && (Object.keys(update.resolutions).length || Object.keys(update.uses).length))
        await updateTable(options.layout, update, options).catch((e) => options.log.debug(`The table of resolutions was not updated: ${String(e)}`));
    return assemble(items, resolved, result, options);
}
async function resolveOne(item, table, update, now, options) {
    const { platform, settings } = options;
    const mirror = settings.mirrorOf(item.name);
    const locked = lockEntry(options.lockfile?.lock, item.spec, platform);
    const key = resolutionKey(item.spec, platform, mirror);
    let resolution = locked;
    let from = 'lockfile';
    if (!resolution && table) {
        resolution = freshResolution(table, key, settings.indexTtlSeconds * 1000, now);
        from = 'table';
    }
    const vendorStep = () => Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 6978));
    if (!resolution) {
        resolution = await (await vendorStep()).resolveWithVendor(item, options);
        from = 'vendor';
        update.resolutions[key] = { ...resolution, resolvedAt: (0,format/* isoTime */.Ly)(now) };
    }
    let use = table && tableUse(table, resolution.id);
    if (!use || use.vendor !== item.name) {
        use = await (await vendorStep()).useOf(item.name, resolution, options);
        update.uses[resolution.id] = use;
    }
    let setup;
    if (options.job && use.job)
        setup =
            (0,job_setup/* fillTemplate */.ou)(use.job, options.job) ??
                (await (await vendorStep()).jobSetupOf(item.name, resolution, options, options.job));
    return { item, resolution, use, from, setup };
}
function assemble(items, resolved, result, options) {
    const byId = new Map();
    items.forEach((item, index) => {
        if (!isNamedItem(item))
            byId.set(item.id.toLowerCase(), { index });
    });
    for (const [index, item] of items.entries()) {
        if (!isNamedItem(item)) {
            result.toolchains.push(item);
            continue;
        }
        const r = resolved.get(item);
        const { resolution, use } = r;
        result.versions[item.spec] = resolution.version;
        result.from[item.spec] = r.from;
        if (options.lockfile && r.from !== 'lockfile') {
            result.missingFromLock.push({
                spec: item.spec,
                platform: options.platform,
                entry: resolution,
                text: lockEntryText(item.spec, options.platform, resolution),
            });
        }
        const earlier = byId.get(resolution.id.toLowerCase());
        if (earlier && !earlier.named)
            throw new errors/* InputError */.dz(`toolchains[${index}] ("${item.spec}") resolves to the id ${resolution.id}, which toolchains[${earlier.index}] gives too: ` +
                'an id names one archive; rename that item, or drop one of the two.', 'toolchains');
        if (earlier) {
            if (earlier.named?.resolution.sha256 !== resolution.sha256)
                throw new errors/* InputError */.dz(`toolchains[${index}] ("${item.spec}") resolves to ${resolution.id} with another sha256 than toolchains[${earlier.index}] ("${earlier.named?.item.spec}") did.`, 'toolchains');
            continue;
        }
        byId.set(resolution.id.toLowerCase(), { index, named: r });
        Object.assign(result.env, use.env, r.setup?.env);
        if (r.setup)
            result.jobSetups.push(r.setup);
        result.toolchains.push({
            id: resolution.id,
            url: (0,settings/* mirrored */.VV)(resolution.url, use.bases, options.settings.mirrorOf(item.name)),
            sha256: resolution.sha256,
            bin: use.bin,
            stripComponents: use.stripComponents,
        });
    }
    return result;
}

// EXTERNAL MODULE: ./lib/vendors/platform.js
var vendors_platform = __webpack_require__(7088);
// EXTERNAL MODULE: ./lib/core/platform/builtins.js
var builtins = __webpack_require__(3519);
// EXTERNAL MODULE: ./lib/action/chunk-code-cache.js
var chunk_code_cache = __webpack_require__(9982);
;// CONCATENATED MODULE: ./lib/action/named-items.js











async function resolveNamedItems(inputs, layout, host, lock) {
    if (!inputs.toolchains.some(isNamedItem))
        return { toolchains: inputs.toolchains };
    (0,chunk_code_cache/* noteCodePath */.nw)(chunk_code_cache/* CodePath */.Ds.Named);
    const platform = (0,vendors_platform/* hostPlatform */.ol)();
    const file = inputs.lockfile ? lockfilePath(inputs.lockfile) : undefined;
    const result = await resolveToolchainItems(inputs.toolchains, {
        layout,
        platform,
        settings: (0,settings/* namedSettings */.Zz)(host.config),
        lockfile: file ? { file, lock: readLockfile(file) } : undefined,
        log: actionsLogger,
        job: {
            tempDir: process.env.RUNNER_TEMP || (0,builtins.os)().tmpdir(),
            homeDir: (process.platform !== 'win32' && process.env.HOME) || (0,builtins.os)().homedir(),
            env: process.env,
        },
        holder: lock.holder,
        staleMs: lock.staleMs,
    });
    for (const m of result.missingFromLock)
        runner_commands_warning(`${m.spec} on ${platform} is not in the lockfile ${inputs.lockfile}: resolved to ${m.entry.id}. ` +
            `Add ${m.text} under "toolchains" (or run: toolchain-cache lock '${m.spec}' --platform ${platform} --out ${inputs.lockfile}).`);
    if (result.missingFromLock.length)
        saveState(State.LockNotes, JSON.stringify(result.missingFromLock.map((m) => ({ spec: m.spec, platform: m.platform, text: m.text }))));
    for (const [name, value] of Object.entries(result.env))
        exportVariable(name, value);
    for (const setup of result.jobSetups)
        await (0,job_setup/* applyJobSetup */.Xs)(setup);
    return { toolchains: result.toolchains, result };
}
function addJobPaths(step) {
    const dirs = step.result?.jobSetups.flatMap((s) => s.path) ?? [];
    for (const dir of dirs.reverse())
        addPath(dir);
}

;// CONCATENATED MODULE: ./lib/action/remote-tiers.js

function lazyTiers(settings, log, maxBytes, leaseStaleMs) {
    if (!(0,providers_registry/* anyTier */.z$)(settings))
        return undefined;
    let chain;
    let built;
    const load = async () => {
        const { tierChainFor } = await __webpack_require__.e(/* import() */ 896).then(__webpack_require__.bind(__webpack_require__, 4896));
        built = tierChainFor(settings, log, '', maxBytes, leaseStaleMs);
        return built;
    };
    return {
        async restore(spec, destFile) {
            const tiers = await (chain ??= load());
            return tiers?.restore(spec, destFile);
        },
        async originTurn(spec, destFile, wait) {
            const tiers = await (chain ??= load());
            return tiers?.originTurn(spec, destFile, wait);
        },
        notesText: () => (built ? JSON.stringify(built.notes) : undefined),
    };
}

;// CONCATENATED MODULE: ./lib/action/main-step.js




















const CANCEL_GRACE_MS = 5000;
function cancelOnSignals() {
    const controller = new AbortController();
    const onSignal = (signal) => {
        if (controller.signal.aborted)
            return;
        runner_commands_warning(`Received ${signal}: cancelling; nothing half-installed is left behind.`);
        controller.abort(new errors/* ToolchainCacheError */.mg('CANCELLED', `The step was cancelled (${signal}).`));
        setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return controller.signal;
}
async function runMain() {
    let cancellation;
    const cancelSignal = () => (cancellation ??= cancelOnSignals());
    let root;
    let sizeBound = {};
    try {
        const hostFile = host_config_hostConfig();
        const inputs = await readInputs(hostFile);
        const host = readHostSettings(process.env, hostFile, { gc: inputs.cleanup });
        for (const warning of [...inputs.warnings, ...host.warnings])
            runner_commands_warning(warning);
        root = inputs.cacheRoot;
        sizeBound = {
            bytes: host.maxSizeBytes ?? inputs.maxSizeBytes,
            from: sizeBoundFrom(inputs, host),
        };
        const key = (0,random/* randomUuid */.bX)();
        saveState(State.UseKey, key);
        saveState(State.CacheRoot, inputs.cacheRoot);
        const layout = await (0,core_layout/* openCacheRoot */.BC)(inputs.cacheRoot, { from: inputs.cacheRootFrom });
        info(`Cache root: ${layout.root} (from ${inputs.cacheRootFrom})`);
        const job = jobRefFromEnv();
        const named = await resolveNamedItems(inputs, layout, hostFile, {
            staleMs: host.lockStaleMs,
            holder: (0,leases/* describeJob */.hx)(job),
        });
        saveState(State.UseIds, JSON.stringify(named.toolchains.map((t) => t.id)));
        const registry = new Registry(layout, {
            holder: (0,leases/* describeJob */.hx)(job),
            onWarning: runner_commands_warning,
            staleMs: host.lockStaleMs,
        });
        const owner = { key, job, process: await (0,leases/* jobProcess */.Be)() };
        const extractLimits = {
            ...(host.maxMembers !== undefined && { maxMembers: host.maxMembers }),
            ...(host.maxUnpackedBytes !== undefined && { maxBytes: host.maxUnpackedBytes }),
        };
        const maxBytes = (0,archive_policy/* maxArchiveBytes */.e2)({ ...archive_policy/* DEFAULT_LIMITS */.dR, ...extractLimits });
        const tiers = lazyTiers(inputs, actionsLogger, maxBytes, host.tierLeaseStaleMs);
        const results = await group(`Toolchains from ${layout.root}`, async () => {
            const resolved = await (0,installer/* acquireToolchains */.nS)(named.toolchains, {
                layout,
                registry,
                owner,
                waitTimeoutMs: inputs.waitTimeoutSeconds * 1000,
                installStaleMs: host.lockStaleMs,
                log: actionsLogger,
                get signal() {
                    return cancelSignal();
                },
                extractLimits,
                download: {
                    ...(host.stallTimeoutSeconds !== undefined && {
                        stallTimeoutMs: host.stallTimeoutSeconds * 1000,
                    }),
                    ...(host.downloadRetries !== undefined && { retries: host.downloadRetries }),
                },
                remote: tiers,
                sizeBound,
                keepArchives: (0,providers_registry/* keepArchivesFor */.kU)(inputs),
            });
            for (const r of resolved)
                info(describeResult(r));
            if (resolved.some((r) => r.source !== 'local'))
                (0,chunk_code_cache/* noteCodePath */.nw)(chunk_code_cache/* CodePath */.Ds.Miss);
            return resolved;
        });
        const notes = tiers?.notesText();
        if (notes !== undefined)
            saveState(State.TierNotes, notes);
        saveState(State.Results, JSON.stringify(results));
        for (const dir of results.flatMap((r) => r.binDirs).reverse())
            addPath(dir);
        addJobPaths(named);
        setOutputs(results);
        setOutput(Outputs.Versions, JSON.stringify(named.result?.versions ?? {}));
    }
    catch (caught) {
        (0,chunk_code_cache/* noteCodePath */.nw)(chunk_code_cache/* CodePath */.Ds.Miss);
        const e = root !== undefined && (0,disk_full/* isDiskFull */.b$)(caught)
            ? await (0,disk_full/* diskFullError */.vB)(root, caught, 'The main step', sizeBound)
            : caught;
        const signal = cancellation;
        const message = signal?.aborted && e !== signal.reason
            ? `${(0,errors/* errorMessage */.gJ)(signal.reason)} ${(0,errors/* errorMessage */.gJ)(e)}`
            : (0,errors/* errorMessage */.gJ)(e);
        saveState(State.MainError, message);
        setFailed(message);
    }
    (0,bounded/* endAbandonedWork */.$e)();
}
function setOutputs(results) {
    setOutput(Outputs.CacheHit, results.every((r) => r.source === 'local' && r.waitMs === 0));
    setOutput(Outputs.Paths, JSON.stringify(Object.fromEntries(results.map((r) => [r.id, r.path]))));
    setOutput(Outputs.Path, results[0]?.path ?? '');
    setOutput(Outputs.Sources, JSON.stringify(Object.fromEntries(results.map((r) => [r.id, r.source]))));
}
function describeResult(r) {
    const parts = [`${r.id}: ${(0,format/* describeSource */.B6)(r)}`, (0,format/* formatBytes */.z3)(r.sizeBytes)];
    if (r.waitMs)
        parts.push(`waited ${(r.waitMs / 1000).toFixed(1)}s`);
    if (r.source !== 'local' && r.source !== 'peer')
        parts.push(`installed in ${(r.installMs / 1000).toFixed(1)}s`);
    return `${parts.join(', ')} \u2192 ${r.path}`;
}


/***/ }),

/***/ 7455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ SyncDirHandle),
/* harmony export */   Z1: () => (/* binding */ openDirInsideIfExists),
/* harmony export */   _p: () => (/* binding */ DirHandle),
/* harmony export */   uM: () => (/* binding */ withDir)
/* harmony export */ });
/* unused harmony exports isNotDirectoryError, openDirInside */
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
/* harmony export */   YZ: () => (/* binding */ diskFullCause),
/* harmony export */   b$: () => (/* binding */ isDiskFull),
/* harmony export */   vB: () => (/* binding */ diskFullError)
/* harmony export */ });
/* unused harmony exports DiskFullError, mountPointOf */
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
    const { freeDiskBytes } = await __webpack_require__.e(/* import() */ 320).then(__webpack_require__.bind(__webpack_require__, 1320));
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
/* harmony export */   Al: () => (/* binding */ ChecksumError),
/* harmony export */   Ci: () => (/* binding */ FROM_RUNNER_ENV),
/* harmony export */   XB: () => (/* binding */ LockTimeoutError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   mg: () => (/* binding */ ToolchainCacheError),
/* harmony export */   nV: () => (/* binding */ DownloadError),
/* harmony export */   s$: () => (/* binding */ isErrnoException),
/* harmony export */   td: () => (/* binding */ UnsafeArchiveError),
/* harmony export */   yx: () => (/* binding */ LockLostError)
/* harmony export */ });
/* unused harmony export RegistryCorruptError */
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
/* harmony export */   XR: () => (/* binding */ faultErrno)
/* harmony export */ });
/* unused harmony export postFault */
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
/* harmony export */   Ly: () => (/* binding */ isoTime),
/* harmony export */   Up: () => (/* binding */ formatBytesExact),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports formatPercent, formatFree */
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
/* harmony export */   QD: () => (/* binding */ readFileIfExists),
/* harmony export */   Re: () => (/* binding */ atomicWriteFile),
/* harmony export */   T2: () => (/* binding */ chmodDirNoFollow),
/* harmony export */   VY: () => (/* binding */ corruptAsideName),
/* harmony export */   WF: () => (/* binding */ writeFileReplacingSync),
/* harmony export */   _b: () => (/* binding */ atomicWriteFileSync),
/* harmony export */   bG: () => (/* binding */ SHARED_FILE_MODE),
/* harmony export */   bz: () => (/* binding */ renameRetrying),
/* harmony export */   e: () => (/* binding */ STATE_FILE_MAX_BYTES),
/* harmony export */   ex: () => (/* binding */ SHARED_DIR_MODE),
/* harmony export */   o5: () => (/* binding */ chmodDirNoFollowSync),
/* harmony export */   s0: () => (/* binding */ pathExists),
/* harmony export */   tk: () => (/* binding */ removeTreeInside),
/* harmony export */   yy: () => (/* binding */ sleep),
/* harmony export */   zs: () => (/* binding */ randomToken)
/* harmony export */ });
/* unused harmony exports fsyncDirSync, fsyncDir, WINDOWS_RETRY_MS, renameBlockRetrying, treeSize */
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
        return (await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(file, maxBytes)).toString('utf8');
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
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
    const notOntoDirectory = async () => !(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(to).then((st) => st.isDirectory(), () => false));
    await retryTransient(async () => {
        (0,_faults_js__WEBPACK_IMPORTED_MODULE_6__/* .faultErrno */ .XR)('rename-eperm', 'rename', from);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(from, to);
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

/***/ 2885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ ID_PATTERN)
/* harmony export */ });
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;


/***/ }),

/***/ 116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   e2: () => (/* binding */ maxArchiveBytes),
/* harmony export */   iR: () => (/* binding */ MemberBudget),
/* harmony export */   rT: () => (/* binding */ checkMember),
/* harmony export */   zv: () => (/* binding */ stripComponents)
/* harmony export */ });
/* unused harmony export checkMemberName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(770);



const DEFAULT_LIMITS = { maxMembers: 200_000, maxBytes: 32 * 1024 ** 3 };
const maxArchiveBytes = ({ maxBytes, maxMembers }) => Math.ceil(maxBytes * 1.01) + maxMembers * 1536 + 1024 * 1024;
const refuse = (member, why) => {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsafeArchiveError */ .td(`Archive member "${member}" ${why}; refusing to extract.`, member);
};
const ABSOLUTE = /^[\\/]/;
const DRIVE = /^[a-zA-Z]:/;
const hasDotDot = (p) => p.split(/[\\/]/).some((s) => /^\.\.[. ]*$/.test(s));
function checkMemberName(name, member = name) {
    if (name.includes('\0'))
        refuse(member, 'contains a NUL byte');
    if (ABSOLUTE.test(name))
        refuse(member, 'has an absolute path');
    if (DRIVE.test(name))
        refuse(member, 'has a Windows drive letter');
    if (hasDotDot(name)) {
        refuse(member, "escapes the toolchain directory ('..' segment)");
    }
}
function stripComponents(name, n) {
    checkMemberName(name);
    if (n === 0)
        return name;
    const parts = name.split('/');
    if (parts.length < n)
        return null;
    const rest = parts.slice(n).join('/');
    return rest.split('/').some((s) => s !== '' && s !== '.') ? rest : null;
}
function checkMember(member, root) {
    const name = member.path;
    checkMemberName(name);
    const base = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root);
    const dest = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(base, name);
    if (!(0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(base, dest))
        refuse(name, 'resolves outside the toolchain directory');
    if (member.type === 'other')
        refuse(name, 'is a special file (device, FIFO, socket or unknown type)');
    if (member.mode !== undefined && (member.mode & 0o6000) !== 0) {
        refuse(name, `has the setuid/setgid bit set (mode ${(member.mode & 0o7777).toString(8)})`);
    }
    if (member.type === 'symlink' || member.type === 'hardlink') {
        const kind = member.type === 'symlink' ? 'symlink' : 'hard link';
        const target = member.linkTarget ?? '';
        if (target === '' || target.includes('\0'))
            refuse(name, `is a ${kind} with an invalid target`);
        if (ABSOLUTE.test(target) || DRIVE.test(target)) {
            refuse(name, `is a ${kind} to the absolute path "${target}"`);
        }
        const from = member.type === 'symlink' ? node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(dest) : base;
        const escapes = !(0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(base, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(from, target)) ||
            (member.type === 'hardlink' && hasDotDot(target));
        if (escapes)
            refuse(name, `is a ${kind} to "${target}", outside the toolchain directory`);
    }
    return dest;
}
class MemberBudget {
    limits;
    members = 0;
    bytes = 0;
    constructor(limits) {
        this.limits = limits;
    }
    add(size, member) {
        this.members += 1;
        this.bytes += size;
        if (this.members > this.limits.maxMembers) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsafeArchiveError */ .td(`Archive has more than ${this.limits.maxMembers} members (at "${member}"); ` +
                'refusing to extract a possible archive bomb.', member);
        }
        if (this.bytes > this.limits.maxBytes) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsafeArchiveError */ .td(`Archive unpacks to more than ${this.limits.maxBytes} bytes (at "${member}"); ` +
                'refusing to extract a possible archive bomb.', member);
        }
    }
}


/***/ }),

/***/ 1966:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mp: () => (/* binding */ assertLinksInside),
/* harmony export */   OW: () => (/* binding */ sealTree),
/* harmony export */   U4: () => (/* binding */ sealRecordSync),
/* harmony export */   iY: () => (/* binding */ sealRecordIdentitySync)
/* harmony export */ });
/* unused harmony exports TREE_DIR_MODE, sealedFileMode, SEALED_RECORD_MODE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9558);




const TREE_DIR_MODE = 0o2775;
const sealedFileMode = (mode) => (mode & 0o100 ? 0o555 : 0o444);
const SEALED_RECORD_MODE = 0o444;
function sealRecordSync(file, maxBytes) {
    return sealRecordIdentitySync(file, maxBytes).bytes;
}
function sealRecordIdentitySync(file, maxBytes) {
    return (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .withRegularFileSync */ .QI)(file, maxBytes, (fd, size) => {
        (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .assertOwnSingleName */ .eh)(file, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, SEALED_RECORD_MODE);
        return { bytes: (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readUpToSync */ .Eg)(fd, size), identity: (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .fileIdentity */ .l6)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd)) };
    });
}
async function sealTree(root, files) {
    const isWindows = process.platform === 'win32';
    const listed = [];
    const names = new Map();
    for (const f of [{ path: '', type: 'directory' }, ...files]) {
        if (f.type !== 'file' && f.type !== 'directory')
            continue;
        if (isWindows && f.type === 'directory')
            continue;
        const p = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, f.path);
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(p);
        if (st.isFile() !== (f.type === 'file') || st.isDirectory() !== (f.type === 'directory'))
            throw changedWhileSealed(p, 'is not what the extractor listed');
        listed.push({ p, st });
        if (st.isFile())
            names.set(inode(st), (names.get(inode(st)) ?? 0) + 1);
    }
    for (const { p, st } of listed) {
        const mode = st.mode & 0o7777;
        const wanted = st.isFile() ? sealedFileMode(mode) : TREE_DIR_MODE;
        if (wanted === mode)
            continue;
        if (isWindows)
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(p, wanted);
        else
            await sealListed(p, st, wanted, names.get(inode(st)) ?? 0);
    }
}
const inode = (st) => `${st.dev}:${st.ino}`;
function changedWhileSealed(p, what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${p} ${what}: it was changed while the tree was sealed, and no mode was set through it. ` +
        'Check who can write the cache root (its staging/ directory).');
}
async function sealListed(p, listed, wanted, names) {
    const me = process.geteuid?.();
    const check = (st) => {
        if (st.dev !== listed.dev || st.ino !== listed.ino)
            throw changedWhileSealed(p, 'was replaced');
        if (me !== undefined && st.uid !== me)
            throw changedWhileSealed(p, `is owned by uid ${st.uid}`);
        if (st.isFile() && st.nlink !== names)
            throw changedWhileSealed(p, `has ${st.nlink} names, ${names} in the tree`);
    };
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY |
        (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) |
        (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) |
        (listed.isDirectory() ? (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0) : 0);
    let handle;
    try {
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(p, flags);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ELOOP' || e.code === 'ENOTDIR'))
            throw changedWhileSealed(p, 'was replaced by a link');
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'EACCES' && listed.isFile()))
            throw e;
        check(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(p));
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(p, wanted);
        return;
    }
    try {
        check(await handle.stat());
        await handle.chmod(wanted);
    }
    finally {
        await handle.close();
    }
}
function assertLinksInside(id, files) {
    const fold = process.platform === 'darwin' || process.platform === 'win32';
    const key = (segs) => {
        const k = segs.join('/');
        return fold ? k.normalize('NFC').toLowerCase() : k;
    };
    const byPath = new Map(files.map((f) => [key(f.path.split('/')), f]));
    const resolve = (from, target, budget) => {
        if (++budget.hops > 40 || /^([/\\]|[A-Za-z]:)/.test(target))
            return null;
        let cur = [...from];
        for (const seg of target.split(process.platform === 'win32' ? /[\\/]/ : '/')) {
            if (seg === '' || seg === '.')
                continue;
            if (seg === '..') {
                if (cur.length === 0)
                    return null;
                cur.pop();
                continue;
            }
            cur.push(seg);
            const f = byPath.get(key(cur));
            if (f?.type === 'symlink') {
                const next = resolve(cur.slice(0, -1), f.target ?? '', budget);
                if (next === null)
                    return null;
                cur = next;
            }
        }
        return cur;
    };
    for (const f of files) {
        if (f.type !== 'symlink')
            continue;
        const segs = f.path.split('/');
        if (resolve(segs.slice(0, -1), f.target ?? '', { hops: 0 }) === null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafeArchiveError */ .td(`${id}: archive member "${f.path}" is a symlink to "${f.target ?? ''}", which leads outside the toolchain root; refusing to install.`, f.path);
        }
    }
}


/***/ }),

/***/ 274:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ps: () => (/* binding */ writeTreeStats),
/* harmony export */   VW: () => (/* binding */ TREE_STAT_MAX_BYTES),
/* harmony export */   gU: () => (/* binding */ treeStatProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(770);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9558);





const FORMATS = {
    'tree-stat 1': { fields: 5, line: lineV1 },
    'tree-stat 2': { fields: 6, line: lineV2 },
};
const HEADER = 'tree-stat 2';
const TREE_STAT_MAX_BYTES = 256 * 1024 ** 2;
const kind = (st) => st.isDirectory() ? 'd' : st.isFile() ? 'f' : st.isSymbolicLink() ? 'l' : '?';
const shownName = (rel) => rel.includes('\n') || rel.startsWith('"') ? JSON.stringify(rel) : rel;
function lineV1(rel, st) {
    return `${kind(st)} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ino} ${shownName(rel)}`;
}
function lineV2(rel, st) {
    return `${kind(st)} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ctimeMs} ${st.ino} ${shownName(rel)}`;
}
async function writeTreeStats(file, root, entries) {
    const lines = [HEADER, lineV2('', (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(root))];
    for (const e of entries) {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, e.path));
        if (st.isDirectory())
            lines.push(lineV2(e.path, st));
    }
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .atomicWriteFile */ .Re)(file, lines.join('\n') + '\n');
}
function treeStatProblem(file, root, recordedSha256, recordedIdentity) {
    let bytes;
    let identity;
    try {
        ({ bytes, identity } = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFileIdentitySync */ .cn)(file, TREE_STAT_MAX_BYTES));
    }
    catch (e) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'
            ? 'its metadata file (tree-stat) is missing'
            : `its metadata file (tree-stat) is unreadable (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)})`;
    }
    if (identity !== recordedIdentity && (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .recordDigest */ .kd)(bytes) !== recordedSha256)
        return 'its metadata file (tree-stat) is not the one its installer recorded';
    return treeDifference(bytes.toString('utf8'), root);
}
function treeDifference(text, root) {
    const header = text.slice(0, Math.max(0, text.indexOf('\n')));
    if (!Object.hasOwn(FORMATS, header))
        return 'its metadata file (tree-stat) is unreadable';
    const { fields, line } = FORMATS[header];
    for (let start = header.length + 1; start < text.length;) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        const recorded = text.slice(start, end);
        start = end + 1;
        let nameAt = 0;
        for (let spaces = 0; spaces < fields && nameAt >= 0; spaces++)
            nameAt = recorded.indexOf(' ', nameAt) + 1;
        if (nameAt <= 0)
            return 'its metadata file (tree-stat) is unreadable';
        const rel = recordedName(recorded.slice(nameAt));
        if (rel === undefined)
            return 'its metadata file (tree-stat) is unreadable';
        const st = lstatOrUndefined(rel ? `${root}/${rel}` : root);
        if (st && line(rel, st) === recorded)
            continue;
        return difference(rel || '(the toolchain root)', recorded.split(' ', fields), st);
    }
    return undefined;
}
function recordedName(name) {
    if (!name.startsWith('"'))
        return name;
    try {
        return JSON.parse(name);
    }
    catch {
        return undefined;
    }
}
function lstatOrUndefined(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
function difference(shown, fields, st) {
    if (!st)
        return `missing: ${shown}`;
    const [type, size, mode, mtimeMs] = fields;
    const ino = fields[fields.length - 1];
    if (kind(st) !== type)
        return `type changed: ${shown}`;
    if (String(st.ino) !== ino)
        return `replaced: ${shown}`;
    if (type !== 'd' && String(st.size) !== size)
        return `modified: ${shown}`;
    if ((st.mode & 0o7777).toString(8) !== mode)
        return `mode changed: ${shown}`;
    if (String(st.mtimeMs) !== mtimeMs)
        return type === 'd' ? `entries added or removed: ${shown}` : `modified: ${shown}`;
    return `changed: ${shown}`;
}


/***/ }),

/***/ 3607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ recordUseOrExplain),
/* harmony export */   L$: () => (/* binding */ resolved),
/* harmony export */   UK: () => (/* binding */ matchingEntry),
/* harmony export */   fv: () => (/* binding */ recordHit),
/* harmony export */   nS: () => (/* binding */ acquireToolchains)
/* harmony export */ });
/* unused harmony exports startAcquiring, everyFailure */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _disk_full_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4454);
/* harmony import */ var _uses_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2599);
/* harmony import */ var _receipt_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7411);






let missModule;
const missPath = () => (missModule ??= __webpack_require__.e(/* import() */ 936).then(__webpack_require__.bind(__webpack_require__, 5936)));
async function acquireToolchains(specs, opts) {
    const results = await Promise.allSettled(await startAcquiring(specs, opts));
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (failures.length)
        throw everyFailure(failures);
    return results.map((r) => r.value);
}
async function startAcquiring(specs, opts) {
    const started = Date.now();
    const doc = await opts.registry.read();
    return specs.map(async (spec, index) => {
        try {
            if (await recordHit(doc, spec, opts)) {
                return await resolved(opts.layout, spec, index, doc.entries[spec.id], 'local', {
                    waitMs: 0,
                    installMs: Date.now() - started,
                });
            }
            return await (await missPath()).installOrWait(spec, index, opts);
        }
        catch (e) {
            if ((0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .isDiskFull */ .b$)(e))
                throw await (0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .diskFullError */ .vB)(opts.layout.root, e, `${spec.id}: installing`, opts.sizeBound);
            throw namingToolchain(spec.id, e);
        }
    });
}
function everyFailure(failures) {
    const distinct = [...new Set(failures)];
    if (distinct.length === 1)
        return distinct[0];
    const first = distinct[0];
    const message = `${distinct.length} toolchains failed:\n` +
        distinct.map((e) => `- ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}`).join('\n');
    return first instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg
        ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg(first.code, message, { cause: first })
        : new Error(message, { cause: first });
}
async function recordHit(doc, spec, opts) {
    const entry = matchingEntry(doc, spec);
    if (entry === undefined || !(await recordUseOrExplain(spec, opts)))
        return false;
    const changed = (0,_receipt_js__WEBPACK_IMPORTED_MODULE_5__/* .treeChange */ .Th)(opts.layout, spec);
    if (changed === undefined)
        return true;
    opts.log.debug(`${spec.id}: the hit check failed (${changed}); going to the install path`);
    await (0,_uses_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseUses */ .ez)(opts.layout, { key: opts.owner.key }, [spec.id]);
    return false;
}
async function recordUseOrExplain(spec, opts) {
    try {
        return await (0,_uses_js__WEBPACK_IMPORTED_MODULE_4__/* .recordUse */ .zk)(opts.layout, spec.id, opts.owner);
    }
    catch (e) {
        if (!(0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .isDiskFull */ .b$)(e))
            throw e;
        throw await (0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .diskFullError */ .vB)(opts.layout.root, e, `${spec.id}: it is installed, but recording this job's use of it`, opts.sizeBound, 'A hit without a use record would not be safe from GC (a GC could remove the toolchain while this job runs it), so the step stops. ');
    }
}
function namingToolchain(id, e) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg && e.code === 'CANCELLED')
        return e;
    if (e instanceof Error && !e.message.startsWith(`${id}:`) && !e.message.includes(`"${id}"`)) {
        e.message = `${id}: ${e.message}`;
    }
    return e;
}
function matchingEntry(doc, spec) {
    const entry = Object.hasOwn(doc.entries, spec.id) ? doc.entries[spec.id] : undefined;
    if (!entry) {
        const folded = spec.id.toLowerCase();
        const twin = Object.keys(doc.entries).find((id) => id.toLowerCase() === folded);
        if (twin !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('CONFLICT', `Toolchain "${spec.id}" differs only in letter case from the installed "${twin}"; ` +
                'ids that differ only in case would share a directory on macOS and Windows. Use the same spelling, or another id.');
        }
        return undefined;
    }
    if (entry.sha256 !== spec.sha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('CONFLICT', `Toolchain "${spec.id}" is already installed with sha256 ${entry.sha256}, but this job asks for ${spec.sha256}. ` +
            'An id names one exact archive: give the new archive a new id (e.g. with its version) rather than replacing one other jobs may be using.');
    }
    return entry;
}
async function resolved(layout, spec, index, entry, source, t) {
    const root = layout.toolchainRoot(spec.id);
    return {
        id: spec.id,
        sha256: spec.sha256,
        path: root,
        binDirs: await binDirs(root, spec, index),
        source,
        waitMs: t.waitMs,
        installMs: t.installMs,
        downloadedBytes: t.downloadedBytes ?? 0,
        sizeBytes: entry.sizeBytes,
        archivePath: t.archivePath,
        ...(t.tier !== undefined && { tier: t.tier }),
        ...(t.leaseHolder !== undefined && { leaseHolder: t.leaseHolder }),
    };
}
async function binDirs(root, spec, index) {
    if (!spec.bin) {
        const bin = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'bin');
        return [(await isDirectory(bin)) ? bin : root];
    }
    const dirs = spec.bin.map((b) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, b));
    for (const [i, dir] of dirs.entries()) {
        if (!(await isDirectory(dir))) {
            const top = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(root).catch(() => [])).slice(0, 20).join(', ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`toolchains[${index}] (id "${spec.id}"): field "bin": "${spec.bin[i]}" is not a directory of the toolchain (its top level holds: ${top || 'nothing'}).`, 'bin');
        }
    }
    return dirs;
}
const isDirectory = async (p) => Promise.resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p, { throwIfNoEntry: false })?.isDirectory() ?? false);


/***/ }),

/***/ 8601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lB: () => (/* binding */ CacheLayout),
  YC: () => (/* binding */ chooseCacheRoot),
  BC: () => (/* binding */ openCacheRoot),
  R5: () => (/* binding */ stagingId),
  zb: () => (/* binding */ stagingName)
});

// UNUSED EXPORTS: LAYOUT_VERSION, LayoutVersionError, checkLayoutVersion, checkNotInsideAnotherRoot, checkRootMembers, checkRootMode, howToSetRoot, resolveCacheRoot, unreachableRoot

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
;// CONCATENATED MODULE: ./lib/core/platform/names.js

const MAX_BYTES = 1024 * 1024;
function readBounded(file) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0));
        const buf = Buffer.alloc(MAX_BYTES);
        let n = 0;
        for (let got; n < buf.length && (got = (0,external_node_fs_.readSync)(fd, buf, n, buf.length - n, null)) > 0;)
            n += got;
        return buf.subarray(0, n).toString('utf8');
    }
    catch {
        return '';
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
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
            report.notMine.push({ file, mode: octal(st.mode), owner: userName(st.uid) });
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
        const user = shellWord(userName(uid));
        const group = shellWord(groupName(st.gid));
        return (`Cache root ${root} belongs to group ${group}, and this runner's user ${user} is not in it (its groups: ${groups.map(groupName).join(', ')}). ` +
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
        ? `${blocked.dir} (mode ${(blocked.mode & 0o7777).toString(8).padStart(4, '0')}, owner ${userName(blocked.uid)}, group ${groupName(blocked.gid)}) is not searchable by this user`
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
    const group = st.gid === 0 ? "<the runners' group>" : shellWord(groupName(st.gid));
    const fix = [
        `chgrp -R ${group} ${r}`,
        ...(worldWritable ? [`chmod -R o-w ${r}`] : []),
        `find ${r} -type d -exec chmod g+s {} +`,
    ].join(' && ');
    const what = worldWritable
        ? 'writable by every user of the host'
        : "group-writable without the set-gid bit: what each runner user creates in it would get that user's own group, locking the others out";
    throw new errors/* InputError */.dz(`Cache root ${root} (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}, group ${groupName(st.gid)}) is ${what}. ` +
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
  U$: () => (/* binding */ newUse)
});

// UNUSED EXPORTS: CLOCK_SKEW_MARGIN_MS, DEFAULT_LEASE_MS, isProcessAlive, livenessChecker, processStartTime, readHostId

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
function start_time_defaultStartTimeMethod(platform = process.platform) {
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
function start_time_processInfoMemo(method) {
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

// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
;// CONCATENATED MODULE: ./lib/core/leases.js



const DEFAULT_LEASE_MS = 6 * 24 * 3600_000;
const CLOCK_SKEW_MARGIN_MS = (/* unused pure expression or super */ null && (10 * 60_000));
let cachedHostId;
function hostId() {
    cachedHostId ??= readHostId();
    return cachedHostId;
}

async function processStartTime(pid, options = {}) {
    return (await processInfo(pid, options.method ?? start_time_defaultStartTimeMethod()))?.start;
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
        createdAt: (0,format/* isoTime */.Ly)(now),
        leaseExpiresAt: (0,format/* isoTime */.Ly)(now + leaseMs),
    };
}
const describeJob = (j) => `${j.repository} run ${j.runId}/${j.runAttempt} job ${j.job}`;


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

/***/ 6362:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uh: () => (/* binding */ setupTemplate),
/* harmony export */   Xs: () => (/* binding */ applyJobSetup),
/* harmony export */   ou: () => (/* binding */ fillTemplate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);



const JOB_TEMP = '\u0000job-temp';
const JOB_HOME = '\u0000job-home';
function setupTemplate(job, root, resolution, platform) {
    const reads = new Set();
    const env = new Proxy({}, {
        get: (_t, name) => {
            if (typeof name === 'string')
                reads.add(name);
            return undefined;
        },
    });
    const setup = job(root, resolution, platform, { tempDir: JOB_TEMP, homeDir: JOB_HOME, env });
    return { setup, reads: [...reads] };
}
function fillTemplate(template, job) {
    if (template.reads.some((name) => job.env[name] !== undefined))
        return undefined;
    const fill = (s) => s.replaceAll(JOB_TEMP, job.tempDir).replaceAll(JOB_HOME, job.homeDir);
    const setup = {
        path: template.setup.path.map(fill),
        env: Object.fromEntries(Object.entries(template.setup.env).map(([k, v]) => [k, fill(v)])),
        dirs: template.setup.dirs.map(fill),
        links: template.setup.links.map((l) => ({
            path: fill(l.path),
            ...(l.target !== undefined && { target: fill(l.target) }),
            ...(l.content !== undefined && { content: fill(l.content) }),
        })),
    };
    return JSON.stringify(setup).includes('\\u0000') ? undefined : setup;
}
async function applyJobSetup(setup) {
    for (const dir of setup.dirs)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    for (const link of setup.links) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(link.path), { recursive: true });
        try {
            if (link.target !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(link.target, link.path);
            else
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(link.path, link.content ?? '', { flag: 'wx' });
        }
        catch (e) {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'EEXIST'))
                throw e;
        }
    }
    return Promise.resolve();
}


/***/ }),

/***/ 2264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VV: () => (/* binding */ mirrored),
/* harmony export */   Zz: () => (/* binding */ namedSettings)
/* harmony export */ });
/* unused harmony exports INDEX_TTL_ENV, DEFAULT_INDEX_TTL_SECONDS, mirrorEnvName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

const INDEX_TTL_ENV = 'TOOLCHAIN_CACHE_INDEX_TTL';
const DEFAULT_INDEX_TTL_SECONDS = 3600;
const mirrorEnvName = (vendor) => `TOOLCHAIN_CACHE_MIRROR_${vendor.toUpperCase().replaceAll('-', '_')}`;
function namedSettings(host, env = process.env) {
    return {
        indexTtlSeconds: host.indexTtlSeconds ?? envTtl(env),
        mirrorOf(vendor) {
            if (host.mirrors && Object.hasOwn(host.mirrors, vendor))
                return host.mirrors[vendor];
            const raw = env[mirrorEnvName(vendor)]?.trim();
            return raw ? checkMirror(raw, mirrorEnvName(vendor)) : undefined;
        },
    };
}
function envTtl(env) {
    const raw = env[INDEX_TTL_ENV]?.trim();
    if (!raw)
        return DEFAULT_INDEX_TTL_SECONDS;
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Environment variable ${INDEX_TTL_ENV} must be a whole number of seconds \u2265 0 (got "${raw}").`, INDEX_TTL_ENV);
    return Number(raw);
}
function checkMirror(raw, variable) {
    if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Environment variable ${variable} must be an http(s) URL, the base of the mirror (got "${raw}").`, variable);
    return raw.replace(/\/+$/, '');
}
function mirrored(url, bases, mirror) {
    if (!mirror)
        return url;
    for (const base of bases) {
        const prefix = base.url.replace(/\/+$/, '');
        if (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`))
            return `${mirror}${base.mirrorPath}${url.slice(prefix.length)}`;
    }
    return url;
}


/***/ }),

/***/ 7692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bX: () => (/* binding */ randomUuid),
/* harmony export */   nw: () => (/* binding */ randomHex)
/* harmony export */ });
/* unused harmony export randomBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _platform_builtins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3519);


const POOL_BYTES = 256;
let pool = Buffer.alloc(0);
function fromUrandom(n) {
    if (process.platform === 'win32')
        return undefined;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/dev/urandom', node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isCharacterDevice())
            return undefined;
        const buf = Buffer.alloc(n);
        let got = 0;
        while (got < n) {
            const r = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, got, n - got, null);
            if (r <= 0)
                return undefined;
            got += r;
        }
        return buf;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function randomBytes(n) {
    if (pool.length < n) {
        const size = Math.max(n, POOL_BYTES);
        pool = fromUrandom(size) ?? (0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .crypto */ .Et)().randomBytes(size);
    }
    const out = Buffer.from(pool.subarray(0, n));
    pool.fill(0, 0, n);
    pool = pool.subarray(n);
    return out;
}
const randomHex = (n) => randomBytes(n).toString('hex');
function randomUuid() {
    const b = randomBytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}


/***/ }),

/***/ 7411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LY: () => (/* binding */ removeReceipt),
/* harmony export */   Qz: () => (/* binding */ writeReceipt),
/* harmony export */   Th: () => (/* binding */ treeChange),
/* harmony export */   jG: () => (/* binding */ evidenceProblem)
/* harmony export */ });
/* unused harmony exports RECEIPT_SCHEMA_VERSION, recordedTreeStat */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(770);
/* harmony import */ var _install_seal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1966);
/* harmony import */ var _install_tree_stat_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(274);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9558);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5888);







const RECEIPT_SCHEMA_VERSION = 1;
const RECEIPT_MAX_BYTES = 64 * 1024;
const MANIFEST_MAX_BYTES = 256 * 1024 ** 2;
async function writeReceipt(layout, id, sha256, files) {
    const stats = files.stats === undefined
        ? undefined
        : (0,_install_seal_js__WEBPACK_IMPORTED_MODULE_3__/* .sealRecordIdentitySync */ .iY)(files.stats, _install_tree_stat_js__WEBPACK_IMPORTED_MODULE_4__/* .TREE_STAT_MAX_BYTES */ .VW);
    const receipt = {
        schemaVersion: RECEIPT_SCHEMA_VERSION,
        id,
        sha256,
        manifestSha256: (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .recordDigest */ .kd)((0,_install_seal_js__WEBPACK_IMPORTED_MODULE_3__/* .sealRecordSync */ .U4)(files.manifest, MANIFEST_MAX_BYTES)),
        ...(stats && { statsSha256: (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .recordDigest */ .kd)(stats.bytes), statsIdentity: stats.identity }),
        writtenAt: (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .isoTime */ .Ly)(),
    };
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureDir */ .A0)(layout.receiptsDir);
    await removeReceipt(layout, id);
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .atomicWriteFile */ .Re)(layout.receiptFile(id), JSON.stringify(receipt));
    (0,_install_seal_js__WEBPACK_IMPORTED_MODULE_3__/* .sealRecordSync */ .U4)(layout.receiptFile(id), RECEIPT_MAX_BYTES);
}
function receiptFor(layout, id, sha256) {
    let text;
    try {
        text = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFileSync */ .cG)(layout.receiptFile(id), RECEIPT_MAX_BYTES).toString('utf8');
    }
    catch (e) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'
            ? { problem: 'no install receipt vouches for it (it was not installed by toolchain-cache)' }
            : { problem: `its install receipt is unreadable (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)})` };
    }
    let receipt;
    try {
        receipt = JSON.parse(text);
    }
    catch {
        receipt = undefined;
    }
    if (receipt?.schemaVersion !== RECEIPT_SCHEMA_VERSION ||
        typeof receipt.manifestSha256 !== 'string')
        return { problem: 'its install receipt is unreadable' };
    if (receipt.id !== id)
        return { problem: `its install receipt is for ${receipt.id}` };
    if (sha256 !== undefined && receipt.sha256 !== sha256)
        return { problem: `its install receipt is for sha256 ${receipt.sha256}` };
    return { receipt };
}
function digestOf(file, maxBytes) {
    try {
        return (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .recordDigest */ .kd)((0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFileSync */ .cG)(file, maxBytes));
    }
    catch {
        return undefined;
    }
}
async function evidenceProblem(layout, id, sha256) {
    const found = receiptFor(layout, id, sha256);
    if ('problem' in found)
        return found.problem;
    const { receipt } = found;
    if (digestOf(layout.manifestFile(id), MANIFEST_MAX_BYTES) !== receipt.manifestSha256)
        return 'its manifest is not the one its installer recorded';
    if (receipt.statsSha256 !== undefined &&
        digestOf(layout.treeStatsFile(id), _install_tree_stat_js__WEBPACK_IMPORTED_MODULE_4__/* .TREE_STAT_MAX_BYTES */ .VW) !== receipt.statsSha256)
        return 'its metadata file is not the one its installer recorded';
    return undefined;
}
function recordedTreeStat(layout, id, sha256) {
    const found = receiptFor(layout, id, sha256);
    if ('problem' in found)
        return found;
    const { statsSha256: recorded, statsIdentity: identity } = found.receipt;
    if (typeof recorded !== 'string')
        return { problem: 'its install receipt records no metadata file (tree-stat)' };
    return typeof identity === 'string' ? { sha256: recorded, identity } : { sha256: recorded };
}
async function removeReceipt(layout, id) {
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(layout.receiptFile(id), { force: true }).catch((e) => {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
            throw e;
    });
}
function treeChange(layout, spec) {
    const recorded = recordedTreeStat(layout, spec.id, spec.sha256);
    if ('problem' in recorded)
        return recorded.problem;
    return (0,_install_tree_stat_js__WEBPACK_IMPORTED_MODULE_4__/* .treeStatProblem */ .gU)(layout.treeStatsFile(spec.id), layout.toolchainRoot(spec.id), recorded.sha256, recorded.identity);
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
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   cG: () => (/* binding */ readRegularFileSync),
/* harmony export */   cL: () => (/* binding */ readRegularTextIfExistsSync),
/* harmony export */   cn: () => (/* binding */ readRegularFileIdentitySync),
/* harmony export */   eh: () => (/* binding */ assertOwnSingleName),
/* harmony export */   h_: () => (/* binding */ fileKind),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError),
/* harmony export */   jH: () => (/* binding */ writeTo),
/* harmony export */   kd: () => (/* binding */ recordDigest),
/* harmony export */   l6: () => (/* binding */ fileIdentity),
/* harmony export */   qX: () => (/* binding */ readRange),
/* harmony export */   tC: () => (/* binding */ READ_FLAGS),
/* harmony export */   vF: () => (/* binding */ hashRegularFile)
/* harmony export */ });
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
        identity: fileIdentity((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd)),
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

/***/ 2599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _8: () => (/* binding */ entryState),
/* harmony export */   ez: () => (/* binding */ releaseUses),
/* harmony export */   zk: () => (/* binding */ recordUse)
/* harmony export */ });
/* unused harmony exports writeUseRecord, stampLastUse, readUses, unlinkUseFiles, isInUse, usageOf, usageOfAll, STALE_TEMP_MS, removeStaleTemps, reclaimDeadUses */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(770);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8601);
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
        return await Promise.resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p));
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `Toolchain "${id}": ${layout.entryDir(id)} (or its files/) is no longer the directory that was installed ` +
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
        publishSync(dir, name, JSON.stringify((0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .newUse */ .U$)(owner.key, owner.job, owner.process, now)));
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
        uses = SyncDirHandle.open(layout.usesDir);
    }
    catch (e) {
        failed = !(isErrnoException(e) && e.code === 'ENOENT');
    }
    const read = (id) => {
        const result = { records: [], unreadable: [], temps: [] };
        if (failed)
            result.unreadable.push(layout.usesOf(id));
        if (!uses)
            return result;
        let dir;
        try {
            dir = SyncDirHandle.open(uses.nameOf(id));
        }
        catch (e) {
            if (!(isErrnoException(e) && e.code === 'ENOENT'))
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
    const read = (name) => readRegularFileSync(dir.nameOf(name), MAX_RECORD_BYTES).toString('utf8');
    for (const name of names) {
        const file = path.join(where, name);
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
            if (isErrnoException(e) && e.code === 'ENOENT')
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
    const dir = await openDirInsideIfExists(layout.root, layout.usesOf(id));
    if (!dir)
        return [];
    return withDir(dir, async (d) => {
        const gone = [];
        for (const name of names) {
            try {
                await d.unlink(name);
                gone.push(name);
            }
            catch (e) {
                if (!(isErrnoException(e) && e.code === 'ENOENT'))
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
    const alive = livenessChecker(now);
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
    const usesDir = await openDirInsideIfExists(layout.root, layout.usesDir);
    const ids = usesDir ? await withDir(usesDir, (d) => d.list()) : [];
    const alive = livenessChecker(now);
    const reclaimed = [];
    let tempsRemoved = 0;
    for (const id of ids) {
        const usage = await usageOf(layout, id, alive);
        const byName = new Map(usage.dead.map((d) => [path.basename(d.file), d.use]));
        for (const name of await unlinkUseFiles(layout, id, [...byName.keys()]))
            reclaimed.push({ id, use: byName.get(name) });
        if (usage.dead.length > 0 && usage.lastUsedMs !== undefined)
            await stampLastUse(layout, id, usage.lastUsedMs);
        if (usage.temps.length === 0)
            continue;
        const dir = await openDirInsideIfExists(layout.root, layout.usesOf(id)).catch(() => undefined);
        if (dir)
            tempsRemoved += await withDir(dir, (d) => removeStaleTemps(d, usage.temps, now));
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
/* harmony export */   kU: () => (/* binding */ keepArchivesFor),
/* harmony export */   m9: () => (/* binding */ parseRemoteInput),
/* harmony export */   z$: () => (/* binding */ anyTier)
/* harmony export */ });
/* unused harmony exports PROVIDERS, splitRemoteInput, anyWritable */
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


/***/ }),

/***/ 7088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mJ: () => (/* binding */ osOf),
/* harmony export */   ol: () => (/* binding */ hostPlatform)
/* harmony export */ });
/* unused harmony exports hostFacts, muslFromInterpreter, elfInterpreter, detectMusl, withoutLibc */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5386);



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
    if (!_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PLATFORMS */ .P.includes(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolchainCacheError */ .mg('INVALID_INPUT', `Named toolchains are not available on ${facts.platform}-${facts.arch}` +
            `${facts.musl ? ' (musl)' : ''}: ids name the platforms ${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PLATFORMS */ .P.join(', ')}. ` +
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
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
        const head = Buffer.alloc(64);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, 64, 0) < 52 || head.readUInt32BE(0) !== 0x7f454c46)
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, table, 0, table.length, phoff);
        for (let i = 0; i < phnum; i++) {
            const ph = i * phentsize;
            if (u32(table, ph) !== PT_INTERP)
                continue;
            const offset = word(table, ph + (wide ? 8 : 4));
            const size = Math.min(word(table, ph + (wide ? 32 : 16)), 4096);
            const name = Buffer.alloc(size);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, name, 0, size, offset);
            return name.toString('latin1').replace(/\0.*$/s, '');
        }
        return undefined;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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

/***/ 1748:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VENDOR_NAMES: () => (/* binding */ VENDOR_NAMES),
/* harmony export */   checkVendorName: () => (/* binding */ checkVendorName),
/* harmony export */   isVendorName: () => (/* binding */ isVendorName),
/* harmony export */   loadVendor: () => (/* binding */ loadVendor)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

const LOADERS = {
    node: async () => (await __webpack_require__.e(/* import() */ 619).then(__webpack_require__.bind(__webpack_require__, 8619))).node,
    go: async () => (await __webpack_require__.e(/* import() */ 721).then(__webpack_require__.bind(__webpack_require__, 6721))).go,
    python: async () => (await __webpack_require__.e(/* import() */ 133).then(__webpack_require__.bind(__webpack_require__, 5133))).python,
    temurin: async () => (await __webpack_require__.e(/* import() */ 633).then(__webpack_require__.bind(__webpack_require__, 3633))).temurin,
    zig: async () => (await __webpack_require__.e(/* import() */ 617).then(__webpack_require__.bind(__webpack_require__, 4617))).zig,
};
const VENDOR_NAMES = Object.keys(LOADERS);
const isVendorName = (name) => Object.hasOwn(LOADERS, name);
function checkVendorName(spec, name) {
    if (!isVendorName(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${spec}: unknown toolchain name "${name}". Known names: ${VENDOR_NAMES.join(', ')}; ` +
            'for anything else give an {id, url, sha256} item.', 'toolchains');
    }
}
async function loadVendor(name, spec = `${name}@\u2026`) {
    checkVendorName(spec, name);
    return LOADERS[name]();
}


/***/ }),

/***/ 5386:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ PLATFORMS)
/* harmony export */ });
const PLATFORMS = [
    'linux-x64',
    'linux-arm64',
    'linux-x64-musl',
    'linux-arm64-musl',
    'darwin-x64',
    'darwin-arm64',
    'win-x64',
    'win-arm64',
];


/***/ })

};
