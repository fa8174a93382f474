export const id = 108;
export const ids = [108];
export const modules = {

/***/ 4108:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


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
// The runner's workflow and file commands (inputs, outputs, state, PATH, env, log lines,
// annotations, groups, failure), written exactly as @actions/core 3 writes them: its entry module
// imports its HTTP client (undici, for OIDC) at the top, which a hit would pay for and never use
// (docs/design.md, "Start-up cost"). Node builtins only. test/runner-commands.test.ts runs the
// same calls through both and compares every byte. The job summary is ./step-summary.ts.



/** os.EOL, without loading node:os on a warm hit (src/core/platform/builtins.ts). */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/** The exit code `setFailed` leaves for when the step ends (core's ExitCode.Failure). */
const FAILURE_EXIT_CODE = 1;
/** A value as the runner receives it: strings as they are, null/undefined empty, anything else JSON. */
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return input;
    return JSON.stringify(input);
}
// The runner splits a command at its first `::` and its properties at `,` and `:`, and decodes
// these escapes; a message keeps its `::` (only the first one separates).
const escapeData = (s) => toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `::command key=value,…::message`: properties with an empty value are left out, but not the space. */
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
/**
 * The log, written to descriptor 1 directly: `process.stdout` on a pipe (how the runner reads a
 * step) loads Node's net and stream modules, which cost a warm hit more than its own work does
 * (docs/design.md, "Start-up cost"). Same bytes, same order: every line of the steps goes
 * through here. A pipe someone left non-blocking is waited on. Windows: `process.stdout`, which
 * knows its console.
 */
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
            Atomics.wait(PAUSE, 0, 0, 1); // the reader is behind: a millisecond
        }
    }
}
const PAUSE = new Int32Array(new SharedArrayBuffer(4));
/** Appends one line to the file the runner named in GITHUB_<command>; the file must exist. */
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!(0,external_node_fs_.existsSync)(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    (0,external_node_fs_.appendFileSync)(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}
/** `name<<delimiter`, the value, `delimiter`: any value, multi-line included, read back whole. */
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
// ── Inputs and state ──────────────────────────────────────────────────────────────────────────
/** The input `name` (INPUT_<NAME>, spaces as `_`), trimmed unless told otherwise; '' when absent. */
function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
}
/** What the main step saved under `name`, in the post step (STATE_<name>, case kept). */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
/** Saves `value` for the post step. */
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return issueFileCommand('STATE', keyValueMessage(name, value));
    issueCommand('save-state', { name }, toCommandValue(value));
}
// ── Outputs, PATH, environment ────────────────────────────────────────────────────────────────
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', keyValueMessage(name, value));
    writeStdout(EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/** Puts `dir` first on PATH, for this process now and for the job's next steps. */
function addPath(dir) {
    if (process.env.GITHUB_PATH)
        issueFileCommand('PATH', dir);
    else
        issueCommand('add-path', {}, dir);
    process.env.PATH = `${dir}${external_node_path_.delimiter}${process.env.PATH}`;
}
/** Sets `name` for this process now and for the job's next steps. */
function exportVariable(name, value) {
    const converted = toCommandValue(value);
    process.env[name] = converted;
    if (process.env.GITHUB_ENV)
        return issueFileCommand('ENV', keyValueMessage(name, value));
    issueCommand('set-env', { name }, converted);
}
// ── The log ───────────────────────────────────────────────────────────────────────────────────
function info(message) {
    writeStdout(message + EOL);
}
/** Shown only when the run has step debugging on (RUNNER_DEBUG=1). */
function debug(message) {
    issueCommand('debug', {}, message);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
/** The runner's names for the annotation's place; all of them as soon as one is given. */
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
/** Lines until `endGroup` fold under `name` in the log. */
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** `fn` inside a log group, closed however `fn` ends. */
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
/** An error annotation, and the step fails when the process exits. */
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
// The `toolchains` input in the shape nearly everyone writes it — a block list of flat mappings
// with plain or quoted scalars and [flow, lists], and plain string items (`- node@24`, the named
// toolchains) — read without loading a YAML library, which costs
// a warm hit on Node 20 about a quarter of what a minimal action costs in all. Anything else
// (comments after values, block scalars, anchors, tags, nested blocks, numbers other than plain
// integers, booleans, nulls, JSON) is declined: the caller then parses the text with the full YAML
// library. The contract, checked by the tests: whatever this returns is exactly what the YAML
// library returns for the same text.
/**
 * A list of flat mappings and strings, or undefined when the text is not in the subset (parse it
 * fully).
 */
function parseSimpleToolchainList(text) {
    const items = [];
    let current;
    for (const raw of text.split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (/^\s*(#.*)?$/.test(line))
            continue; // blank or a whole-line comment
        if (line.includes('\t'))
            return undefined;
        const m = /^(- | {2})([A-Za-z0-9_-]+):(?: (.*))?$/.exec(line);
        if (!m) {
            // A plain string item: `- node@24`. A mapping line after it would belong to nothing.
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
// YAML 1.2 core schema: plain scalars that are nulls, booleans or numbers other than a plain
// decimal integer are declined rather than interpreted.
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
    // Indicators a plain scalar may not start with, and what would end it or make it a mapping.
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(v) || / #|: |:$|[,[\]{}]/.test(v))
        return undefined;
    if (NOT_A_PLAIN_STRING.test(v))
        return undefined;
    return v;
}

// EXTERNAL MODULE: ./lib/vendors/registry.js
var registry = __webpack_require__(1748);
;// CONCATENATED MODULE: ./lib/core/spec.js
// The toolchains list and the scalar inputs, parsed and validated before anything touches the disk.






// Names Windows reserves whatever the extension; a toolchain directory must be creatable everywhere.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const KNOWN_KEYS = new Set(['id', 'url', 'sha256', 'bin', 'strip-components']);
/** Why a field is invalid: the message, completed by the caller with the item, field and value. */
class FieldError {
    field;
    message;
    constructor(field, message) {
        this.field = field;
        this.message = message;
    }
}
// A hand-written check of each field rather than a schema library: the main step validates its
// input on every job, and a schema library costs more to load than the whole check does to run.
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
/** One item, its fields checked in the order the README lists them; the first problem is thrown. */
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
/** A vendor's name: what `src/vendors/registry.ts` knows is checked when it resolves. */
const NAME_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
/** A version request's characters: digits, letters, `.`, ranges (`^~<>=| `), `*`, `+`, `/` (`lts/iron`), `-`. */
const VERSION_PATTERN = /^[0-9A-Za-z^~<>=*][0-9A-Za-z.^~<>=|*+/ -]{0,63}$/;
/**
 * A plain string item: `NAME@VERSION`. Its name must be a vendor's (the registry lists them
 * without loading any vendor module) and its version a version request's shape; what the version
 * means is the vendor module's to say, when it resolves (never on a hit).
 */
function checkNamed(text, index) {
    const label = `toolchains[${index}] (${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)})`;
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
/**
 * Parses the `toolchains` input: a YAML (or JSON) list of items. The usual shape is read directly;
 * anything else loads the YAML library (a separate chunk of the bundle: most jobs never load it).
 */
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
/** Validates a parsed `toolchains` document. */
function checkToolchains(doc) {
    if (!Array.isArray(doc) || doc.length === 0) {
        throw new errors/* InputError */.dz('Input "toolchains" must be a non-empty YAML list, e.g.\n- node@24\n- id: cmake-3.30.5\n  url: https://…\n  sha256: <64 hex>', 'toolchains');
    }
    const warnings = [];
    const seen = new Map();
    const toolchains = doc.map((raw, index) => {
        if (typeof raw === 'string') {
            const named = checkNamed(raw, index);
            // The same spec twice; two specs resolving to one id are merged when resolved (src/core/named/).
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
        // Case-folded: on macOS and Windows `Foo` and `foo` would be one directory.
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
/** A field's value for a message: a URL without its credentials (redactUrl). */
const shownValue = (item, field) => field === 'url' && typeof item.url === 'string' ? (0,redact/* redactUrl */.B)(item.url) : item[field];
function describeValue(v) {
    if (v === undefined)
        return '';
    const s = typeof v === 'string'
        ? JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v)
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
/** `20GB` (10^9), `512MiB` (2^20), `1.5T`, `1048576`; empty → undefined (no bound). */
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
/** Why a GC size bound of 0 is refused (one wording for the input, the variable and the host file). */
const ZERO_SIZE_BOUND = '0 would remove every unused toolchain; unset it for no bound, or give the most the cache may hold';
/**
 * A GC size bound (`max-size`, TOOLCHAIN_CACHE_MAX_SIZE): a size, never 0 (an administrator may
 * read 0 as "no limit"; it would empty the cache of everything unused). Empty → no bound.
 */
function parseSizeBound(value, name) {
    const bytes = parseSize(value, name);
    if (bytes === 0)
        throw new errors/* InputError */.dz(`Input "${name}" is "${value.trim()}": ${ZERO_SIZE_BOUND}.`, name);
    return bytes;
}
/** A whole number ≥ min; empty → the default. */
function parseWholeNumber(value, name, fallback, min = 0) {
    const v = value.trim();
    if (!v)
        return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) {
        throw new errors/* InputError */.dz(`Input "${name}" must be a whole number ≥ ${min} (got "${value}").`, name);
    }
    return Number(v);
}
/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts. */
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
// The host configuration file: settings of the host's administrator that no job can override
// (docs/design.md, "Host settings"). A step's `env:` and `$GITHUB_ENV` set any environment variable
// for the steps after it, so TOOLCHAIN_CACHE_* variables are the workflow's to set; this file is
// not. Its path is fixed: a variable naming another file would let a workflow drop the host's
// bounds. Used only when it and its directory are owned by root and writable by nobody else.





/** Where the host's administrator puts the file (Windows: under the fixed %ProgramData%). */
const HOST_CONFIG_FILE = process.platform === 'win32'
    ? 'C:\\ProgramData\\toolchain-cache\\config.json'
    : '/etc/toolchain-cache/config.json';
/** The most of the file that is read: a few keys, never megabytes. */
const MAX_HOST_CONFIG_BYTES = 64 * 1024;
const KEYS = [
    'cacheRoot',
    'maxSize',
    'maxUnusedDays',
    'lockStale',
    'indexTtl',
    'mirrors',
    'maxMembers',
    'maxUnpackedSize',
    'stallTimeout',
    'downloadRetries',
];
/**
 * Reads the host configuration file. Missing: an empty config. Not trustworthy (a link, not a
 * regular file, owned by someone other than root, writable by its group or others, or its
 * directory so): ignored, with a warning naming the fix. Trustworthy but unreadable as JSON, too
 * large, or with a bad value: an InputError naming the file and the key, because silently dropping
 * the operator's bounds (the size bound of a shared disk) would be worse than failing the step.
 */
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
/**
 * The host configuration of this process (HOST_CONFIG_FILE, read once): what the steps and the
 * CLI use. Throws the file's InputError, every time it is asked, when the file is bad.
 */
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
/** Why the directory cannot be trusted, 'missing', or undefined when it can. */
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
    // The directory's own parent: whoever can rename entries there could swap the directory. A
    // sticky directory (/tmp) lets nobody rename what they do not own.
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
/** The file's first bytes (bounded), 'missing', or why it cannot be trusted. */
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
/** Validates the file's JSON; unknown keys become warnings, bad values an InputError. */
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
            throw bad(key, `must be a whole number ≥ ${min} (got ${JSON.stringify(doc[key])})`);
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
    if (has('lockStale')) {
        const t = numberText('lockStale');
        try {
            config.lockStaleMs = (0,stale/* parseLockStale */.st)(t, 'lockStale');
        }
        catch (e) {
            throw bad('lockStale', e instanceof Error ? `is wrong: ${e.message}` : 'is wrong');
        }
    }
    if (has('indexTtl'))
        config.indexTtlSeconds = whole('indexTtl');
    if (has('mirrors'))
        config.mirrors = parseMirrors(doc.mirrors, bad);
    // The bounds of TOOLCHAIN_CACHE_MAX_MEMBERS, …_MAX_UNPACKED_SIZE, …_STALL_TIMEOUT, …_DOWNLOAD_RETRIES.
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
/** The lock stale time: the file's `lockStale`, else TOOLCHAIN_CACHE_LOCK_STALE, else the default. */
const hostLockStaleMs = (config = host_config_hostConfig().config, env = process.env) => config.lockStaleMs ?? (0,stale/* lockStaleMs */.zU)(env);

// EXTERNAL MODULE: ./lib/core/layout.js + 2 modules
var core_layout = __webpack_require__(8601);
// EXTERNAL MODULE: ./lib/core/leases.js + 4 modules
var leases = __webpack_require__(2624);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __webpack_require__(770);
// EXTERNAL MODULE: ./lib/core/lock.js + 2 modules
var core_lock = __webpack_require__(1188);
// EXTERNAL MODULE: ./lib/core/regular-file.js
var regular_file = __webpack_require__(9558);
// EXTERNAL MODULE: ./lib/core/registry/schema.js
var schema = __webpack_require__(9032);
;// CONCATENATED MODULE: ./lib/core/registry/store.js
// The registry file: the installed entries of a cache root, one JSON document. Reads are lock-free
// (writes replace the file atomically) and cached per process until the file changes; writes are
// transactions under the registry lock with a compare-and-swap on the generation, so a writer
// whose lock was taken over cannot overwrite someone else's commit. It is written only when an
// entry is added or removed (uses live in their own records), and it heals: a missing or corrupt
// file is rebuilt from the installed trees (see docs/design.md, "The registry").






/**
 * The registry lists every entry: large on a big host, but never this large. Like every file of
 * the root it is read no-follow, non-blocking, a regular file only (regular-file.ts): a FIFO or a
 * link planted at registry.json is an UNSAFE_PATH error, never a hung step.
 */
const REGISTRY_MAX_BYTES = 256 * 1024 * 1024;
/** The file's identity: a commit always renames a new file in, so any commit changes it. */
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
        this.staleMs = options.staleMs ?? core_lock/* DEFAULT_LOCK_STALE_MS */.xL;
    }
    get file() {
        return this.layout.registryFile;
    }
    /**
     * The current entries without the lock; shared and cached until the file changes, so callers
     * must not modify it. A missing or corrupt file is healed first (under the lock).
     */
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
        // Missing with trees installed, or corrupt: heal (or see a fresh commit) under the lock.
        return this.update((doc, tx) => {
            tx.skipWrite();
            return doc;
        });
    }
    /**
     * Runs `fn` on the current document under the registry lock and commits what it changed as
     * generation + 1. `fn` must not do slow work: other jobs wait on this lock.
     */
    async update(fn) {
        const lock = await (0,core_lock/* acquireLock */.IZ)(this.layout.lockPath('registry'), 'registry', {
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
            // Most of a transaction is synchronous: yield to the event loop once, with the lock free, so
            // a caller committing in a loop still runs its timers (other locks' heartbeats) and signals.
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    commit(snap, lock) {
        const generation = (snap.generation ?? 0) + 1;
        // Keys in this order: the generation sits in the first bytes, where the CAS check reads it.
        const text = JSON.stringify({
            schemaVersion: schema/* REGISTRY_SCHEMA_VERSION */.zu,
            generation,
            entries: snap.doc.entries,
        });
        (0,fsx/* atomicWriteFileSync */._b)(this.file, text, () => {
            // One synchronous block with the rename: still our lock, and still the file we read.
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
        // Loaded only here: a readable registry (every hit) needs no scan of the installed trees.
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
        // An unreadable file is replaced whatever the rebuild found; a missing one only when it finds something.
        // No generation: the CAS expects the file to be missing still (the corrupt one was moved aside).
        return { doc, rebuilt: movedAside !== undefined || count > 0, movedAside };
    }
    /** The compare-and-swap: the file must still carry the generation we read (or still be missing). */
    assertGenerationSync(expected) {
        const current = readGenerationSync(this.file);
        if (current === expected)
            return;
        throw new errors/* ToolchainCacheError */.mg('LOCK_LOST', `The registry ${this.file} changed under our lock (generation ${expected ?? '(no file)'} → ${current ?? '(no file)'}); nothing was committed.`);
    }
    readTextSync() {
        return (0,regular_file/* readRegularTextIfExistsSync */.cL)(this.file, REGISTRY_MAX_BYTES);
    }
    /** The file's text, or only its identity when that is the one cached. */
    async readText() {
        try {
            // Synchronous: a warm hit reads nothing else through fs.promises (docs/design.md, "Start-up cost").
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
    /** The document, or why it is not one. A newer schema is an error: never overwrite it. */
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
    /**
     * A corrupt file found under the lock is moved aside (kept for inspection, never deleted) so the
     * registry can be rebuilt. Synchronous: only while the lock is ours and the file is the one read.
     */
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
/**
 * The generation of a registry file, cheaply: our writes put it in the first bytes; anything else
 * is parsed in full. undefined when there is no file; NaN when it has none (never equals a number).
 */
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
// Input, output and state names in one place: action.yml, the steps and the tests agree on these.
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
/** Saved by main for post (GITHUB_STATE → STATE_<name>). */
const State = {
    UseKey: 'use-key',
    /** The ids main may record uses of (JSON list), saved before any is recorded. */
    UseIds: 'use-ids',
    CacheRoot: 'cache-root',
    Results: 'results',
    MainError: 'main-error',
    TierNotes: 'tier-notes',
    /** Lockfile entries to add (JSON list of lines), for the summary. */
    LockNotes: 'lock-notes',
};

;// CONCATENATED MODULE: ./lib/action/log.js

/** The core's logger, on the runner's log. */
const actionsLogger = { info: info, warning: runner_commands_warning, debug: debug };

;// CONCATENATED MODULE: ./lib/action/inputs.js
// Every input read and validated once, before anything touches the disk.










const input = (name) => getInput(name);
/** The settings both steps share; the post step reads these without the toolchains list. */
function readSettings(host = hostConfig()) {
    return settingsAndWarnings(host).settings;
}
/**
 * The settings, and what main warns about: the host file's own warnings (ignored, unknown keys)
 * and a cache root of the workflow's or the environment's that the host file overrides.
 */
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
/**
 * A workflow's `cache-root` beats the runner's TOOLCHAIN_CACHE_ROOT (the host's root, from its
 * `.env`): said, naming both, since the job then shares nothing with the host's other jobs.
 */
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
/**
 * Reads and validates the host-wide limits; a bad value fails naming the file's key or the
 * variable and whose it is. With `gc: false` (a main step with cleanup: false) a bad GC bound of
 * the environment is only a warning: nothing in this job uses it.
 */
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
            // The parsers speak of inputs; these are environment variables of the runner.
            throw new errors/* InputError */.dz(`${e.message.replace(`Input "${name}"`, `Environment variable ${name}`)} ${errors/* FROM_RUNNER_ENV */.Ci}`, name);
        }
    };
    /** A GC bound: with `gc: false`, a bad one is a warning and no bound. */
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
        ...(value(HostEnv.TierLeaseStale) && {
            tierLeaseStaleMs: (0,stale/* parseLockStale */.st)(value(HostEnv.TierLeaseStale), HostEnv.TierLeaseStale),
        }),
        notices: [
            ...shadowed(HostEnv.MaxSize, envMaxSize, file.maxSizeBytes, host.file, format/* formatBytesExact */.Up),
            ...shadowed(HostEnv.MaxUnusedDays, envMaxUnusedDays, file.maxUnusedDays, host.file, days),
            ...shadowed(HostEnv.MaxMembers, envMaxMembers, file.maxMembers, host.file, String),
            ...shadowed(HostEnv.MaxUnpackedSize, maxUnpackedBytes, file.maxUnpackedBytes, host.file, format/* formatBytesExact */.Up),
            ...shadowed(HostEnv.StallTimeout, envStallTimeout, file.stallTimeoutSeconds, host.file, secs),
            ...shadowed(HostEnv.DownloadRetries, envDownloadRetries, file.downloadRetries, host.file, String),
        ],
        warnings,
    };
}
const days = (n) => `${n} day${n === 1 ? '' : 's'}`;
const secs = (n) => `${n} s`;
/** A notice for a variable whose value the host file's overrides. */
const shadowed = (variable, inEnv, inFile, file, shown) => inEnv !== undefined && inFile !== undefined && inEnv !== inFile
    ? [`${variable} (${shown(inEnv)}) is overridden by ${file} (${shown(inFile)}).`]
    : [];
/**
 * GC bounds are the host's to set: any workflow on a shared host could otherwise pass
 * `max-size: 1B` and remove every unused toolchain, as often as it runs. A bound of the host file,
 * else of the runner's environment, wins over the workflow's input (with a notice when they
 * differ); a workflow's own bounds still apply where the host set none. Only the file's size bound
 * skips the GC throttle: a step can set the variable (docs/design.md, "Host settings").
 */
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
/** Who set the size bound in force: the host's file or variable, else the workflow's input. */
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
// The lockfile (docs/design.md, "Named toolchains"): a JSON file committed to the repository,
// `{"lockfileVersion": 1, "toolchains": {"node@24": {"linux-x64": {id, version, url, sha256,
// size}}}}`, keys in a stable order. A spec found there is installed with no index request; `url`
// is always the vendor's own (a mirror is applied when installing, never written here).





const LOCKFILE_VERSION = 1;
const DEFAULT_LOCKFILE = 'toolchains.lock.json';
/** Hundreds of specs × eight platforms fit; a lockfile is never megabytes. */
const MAX_LOCKFILE_BYTES = 4 * 1024 * 1024;
const emptyLockfile = () => ({ lockfileVersion: 1, toolchains: {} });
/** The lockfile's path: relative to the workspace (GITHUB_WORKSPACE, else the working directory), or absolute. */
function lockfilePath(input, workspace = process.env.GITHUB_WORKSPACE || process.cwd()) {
    return external_node_path_.resolve(workspace, input.trim());
}
/**
 * Reads and checks a lockfile (no link followed, a regular file, bounded). Missing: undefined when
 * `missingOk` (the `lock` command creates it), else an InputError naming it.
 */
function readLockfile(file, missingOk = false) {
    let text;
    try {
        text = (0,regular_file/* readRegularFileSync */.cG)(file, MAX_LOCKFILE_BYTES).toString('utf8');
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT') {
            if (missingOk)
                return undefined;
            throw new errors/* InputError */.dz(`The lockfile ${file} does not exist: create it with \`toolchain-cache lock SPEC… --out ${file}\`, or fix the "lockfile" input.`, 'lockfile');
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
/** An entry's fields in the lockfile's order. */
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
/** The lockfile's text: specs and platforms sorted, fields in a fixed order, two-space indent, a final newline. */
function formatLockfile(lock) {
    // fromEntries: a spec is data, never an object's prototype slot (`__proto__`).
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
/** The entry to add, as a line of JSON to paste under `"toolchains"` (for the warning and the summary). */
const lockEntryText = (spec, platform, r) => `${JSON.stringify(spec)}: { ${JSON.stringify(platform)}: ${JSON.stringify(pick(r))} }`;

// EXTERNAL MODULE: ./lib/core/named/job-setup.js
var job_setup = __webpack_require__(6362);
// EXTERNAL MODULE: ./lib/core/named/settings.js
var settings = __webpack_require__(2264);
// EXTERNAL MODULE: ./lib/core/named/table.js
var named_table = __webpack_require__(6917);
;// CONCATENATED MODULE: ./lib/core/named/resolve.js
// Named items (`node@24`) become ordinary ToolchainSpec items for acquireToolchains (no second
// install path): each from (a) the lockfile, with no network at all; else (b) the per-host
// table of resolutions while fresh; else (c) its vendor module, through the per-host index cache
// (./vendor-step.ts, loaded only then). What the vendor says about using an id (PATH, variables,
// its mirror bases) is kept in the table too, so (a) and (b) load no vendor module and no HTTP
// code. docs/design.md, "Named toolchains".






/** Resolves the named items of `items` (a list without any: returned as is, nothing read). */
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
    const table = options.layout ? (0,named_table/* readTable */.xz)(options.layout) : undefined;
    const update = { resolutions: {}, uses: {} };
    const resolved = new Map();
    for (const item of named)
        resolved.set(item, await resolveOne(item, table, update, now, options));
    if (options.layout && (Object.keys(update.resolutions).length || Object.keys(update.uses).length))
        await (0,named_table/* updateTable */.am)(options.layout, update, options).catch((e) => options.log.debug(`The table of resolutions was not updated: ${String(e)}`));
    return assemble(items, resolved, result, options);
}
async function resolveOne(item, table, update, now, options) {
    const { platform, settings } = options;
    const mirror = settings.mirrorOf(item.name);
    const locked = lockEntry(options.lockfile?.lock, item.spec, platform);
    const key = (0,named_table/* resolutionKey */.o2)(item.spec, platform, mirror);
    let resolution = locked;
    let from = 'lockfile';
    if (!resolution && table) {
        resolution = (0,named_table/* freshResolution */.L7)(table, key, settings.indexTtlSeconds * 1000, now);
        from = 'table';
    }
    const vendorStep = () => Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(971), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 6978));
    if (!resolution) {
        resolution = await (await vendorStep()).resolveWithVendor(item, options);
        from = 'vendor';
        update.resolutions[key] = { ...resolution, resolvedAt: new Date(now).toISOString() };
    }
    let use = table && (0,named_table/* tableUse */.Ii)(table, resolution.id);
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
/** The ordered list, named items merged by id, the outputs and the lockfile notes. */
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
            continue; // the same archive twice (node@24 and node@24.11): installed and put on PATH once
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
;// CONCATENATED MODULE: ./lib/action/named-items.js
// The main step's part for named items (`node@24`): resolve them (src/core/named/), say which
// lockfile entries are missing, export the vendors' variables. A list without named items reads
// nothing here (docs/design.md, "Named toolchains").










async function resolveNamedItems(inputs, layout, host, lock) {
    if (!inputs.toolchains.some(isNamedItem))
        return { toolchains: inputs.toolchains };
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
            homeDir: (0,builtins.os)().homedir(),
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
/**
 * The vendors' per-job PATH directories (a global npm prefix's bin, GOPATH/bin), ahead of every
 * toolchain's own: called after the toolchains' directories were added (addPath prepends).
 */
function addJobPaths(step) {
    const dirs = step.result?.jobSetups.flatMap((s) => s.path) ?? [];
    for (const dir of dirs.reverse())
        addPath(dir);
}

;// CONCATENATED MODULE: ./lib/action/remote-tiers.js

/** The tiers of `settings`, built on the first restore; undefined when no tier is on. */
function lazyTiers(settings, log, maxBytes, 
/** The fleet leases' stale time (readHostSettings, tierLeaseStaleMs). */
leaseStaleMs) {
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
// The main step: resolve every toolchain, record this job's uses, put them on PATH, set outputs.
// A hit loads only what a hit uses: the runner's commands are ours (./runner-commands.ts), the
// tiers and the install pipeline load on a miss (docs/design.md, "Start-up cost").



















/** After a cancellation signal, how long cleanup may take before the step exits anyway. */
const CANCEL_GRACE_MS = 5000;
/**
 * A cancelled job gets SIGINT, then SIGTERM ~7.5 s later: abort downloads and extractions so the
 * staging directory is removed and the install lock released, rather than dying mid-write.
 */
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
    const signal = cancelOnSignals();
    let root;
    let sizeBound = {};
    try {
        const hostFile = host_config_hostConfig();
        const inputs = await readInputs(hostFile);
        // Without cleanup nothing of this job uses the GC's bounds: a bad one only warns.
        const host = readHostSettings(process.env, hostFile, { gc: inputs.cleanup });
        for (const warning of [...inputs.warnings, ...host.warnings])
            runner_commands_warning(warning);
        root = inputs.cacheRoot;
        sizeBound = {
            bytes: host.maxSizeBytes ?? inputs.maxSizeBytes,
            from: sizeBoundFrom(inputs, host),
        };
        // Saved first: whatever happens next, post can find and release this step's uses.
        const key = (0,random/* randomUuid */.bX)();
        saveState(State.UseKey, key);
        saveState(State.CacheRoot, inputs.cacheRoot);
        const layout = await (0,core_layout/* openCacheRoot */.BC)(inputs.cacheRoot, { from: inputs.cacheRootFrom });
        info(`Cache root: ${layout.root} (from ${inputs.cacheRootFrom})`);
        const job = jobRefFromEnv();
        // Named items become {id, url, sha256} items here: the lockfile, the host's table, or the vendor.
        const named = await resolveNamedItems(inputs, layout, hostFile, {
            staleMs: host.lockStaleMs,
            holder: (0,leases/* describeJob */.hx)(job),
        });
        // Before any use is recorded: whatever happens next, post can find and release this step's uses.
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
        // Built on the first miss: a hit loads no tier code (docs/design.md, "Start-up cost").
        const tiers = lazyTiers(inputs, actionsLogger, maxBytes, host.tierLeaseStaleMs);
        const results = await group(`Toolchains from ${layout.root}`, async () => {
            const resolved = await (0,installer/* acquireToolchains */.nS)(named.toolchains, {
                layout,
                registry,
                owner,
                waitTimeoutMs: inputs.waitTimeoutSeconds * 1000,
                installStaleMs: host.lockStaleMs,
                log: actionsLogger,
                signal,
                extractLimits,
                download: {
                    ...(host.stallTimeoutSeconds !== undefined && {
                        stallTimeoutMs: host.stallTimeoutSeconds * 1000,
                    }),
                    ...(host.downloadRetries !== undefined && { retries: host.downloadRetries }),
                },
                remote: tiers,
                sizeBound,
                // Kept in staging until post has saved them to the remote tiers (post removes them).
                keepArchives: (0,providers_registry/* keepArchivesFor */.kU)(inputs),
            });
            for (const r of resolved)
                info(describeResult(r));
            return resolved;
        });
        const notes = tiers?.notesText();
        if (notes !== undefined)
            saveState(State.TierNotes, notes);
        saveState(State.Results, JSON.stringify(results));
        // addPath prepends: add in reverse so the first toolchain listed wins a name clash.
        for (const dir of results.flatMap((r) => r.binDirs).reverse())
            addPath(dir);
        addJobPaths(named);
        setOutputs(results);
        setOutput(Outputs.Versions, JSON.stringify(named.result?.versions ?? {}));
    }
    catch (caught) {
        // A full disk met outside an install (the root's own files): named like one met inside.
        const e = root !== undefined && (0,disk_full/* isDiskFull */.b$)(caught)
            ? await (0,disk_full/* diskFullError */.vB)(root, caught, 'The main step', sizeBound)
            : caught;
        // After a cancellation, whatever surfaced (an aborted download, an extraction stopped midway)
        // is fallout: say first that the step was cancelled, and by what.
        const message = signal.aborted && e !== signal.reason
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
    return `${parts.join(', ')} → ${r.path}`;
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
// Directory operations relative to an OPEN directory (docs/design.md, "Walks stay in the root"):
// what openat/unlinkat/fchmod give C, for Node, which has none of them. A directory is opened
// with O_DIRECTORY|O_NOFOLLOW and then acted on through its descriptor, so a name above it that
// another user renames or swaps for a symlink cannot redirect anything done below it.
//
// - Linux: a child is named `/proc/self/fd/<fd>/<name>`. The kernel resolves the magic link to the
//   open directory itself (not to a path), so every call on that name is an *at() call on the
//   descriptor; O_NOFOLLOW (open) and lstat/unlink/rmdir never follow `<name>` itself.
// - Elsewhere (macOS, BSD, a Linux without /proc): the directory's own path, then the object
//   opened is checked against what was listed (dev/ino) and the directory against its path (still
//   the same dev/ino). Between that check and the call there is a window of a few system calls.
// - Windows: directories cannot be opened; only the checks by path remain (symlinks there need a
//   privilege the runners' group does not have by default).





const isWindows = process.platform === 'win32';
const O_DIRECTORY = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0;
const O_NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const O_NONBLOCK = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0;
const OPEN_DIR = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | O_DIRECTORY | O_NOFOLLOW;
/** Whether `/proc/self/fd/<fd>` names the open directory (probed once per process). */
let procWorks;
/** Synchronous: one stat, once per process. */
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
/**
 * How a child `name` of the directory `dir` (open as `fd`) is reached: through the descriptor on
 * Linux (`viaProc`), by path elsewhere. Only a plain name of a directory entry.
 */
function childOf(dir, fd, viaProc, name) {
    const separator = name.includes('/') || (isWindows && name.includes('\\'));
    if (name === '' || name === '.' || name === '..' || separator)
        throw unsafe(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name), 'is not a plain name of a directory entry');
    return viaProc ? `/proc/self/fd/${fd}/${name}` : node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
}
/** Elsewhere than Linux: the directory's path must still lead to the directory opened. */
function checkUnmovedSync(dir, opened) {
    const now = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
    if (!now || !now.isDirectory() || !sameObject(now, opened))
        throw unsafe(dir, 'was moved or replaced while it was walked');
}
/** True for the errors of an open that met a symlink (or a non-directory) where a directory was asked for. */
const isNotDirectoryError = (e) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOTDIR' || e.code === 'ELOOP');
const sameObject = (a, b) => a.dev === b.dev && a.ino === b.ino;
function unsafe(p, what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${p} ${what}; toolchain-cache never follows a link or acts on a name swapped under it. ` +
        'Check who can write the cache root.');
}
/** How the object at a name looks: for messages. */
const kindOf = (st) => st.isSymbolicLink()
    ? 'is a symlink'
    : st.isDirectory()
        ? 'is a directory'
        : st.isFile()
            ? 'is a regular file'
            : 'is not a regular file or directory';
/** An open directory; every operation on a child is relative to it. Close it (or use `withDir`). */
class DirHandle {
    path;
    handle;
    stat;
    viaProc;
    constructor(
    /** The path it was opened by: for messages and the fallback. */
    path, 
    /** Undefined on Windows (directories cannot be opened there). */
    handle, 
    /** fstat of the descriptor (lstat of the path on Windows). */
    stat, viaProc) {
        this.path = path;
        this.handle = handle;
        this.stat = stat;
        this.viaProc = viaProc;
    }
    /**
     * Opens `dir`, never following its last component (a symlink there is an UNSAFE_PATH error; an
     * absent one ENOENT). The components above it are the caller's to trust: see `openDirInside`.
     */
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
            // O_DIRECTORY is 0 where the platform lacks it: check the type on the descriptor.
            if (!st.isDirectory())
                throw unsafe(dir, 'is not a directory');
            return new DirHandle(dir, handle, st, probeProc(handle.fd, st));
        }
        catch (e) {
            await handle.close();
            throw e;
        }
    }
    /** The name by which a child is reached: relative to the descriptor on Linux, a path elsewhere. */
    at(name) {
        return childOf(this.path, this.handle?.fd, this.viaProc, name);
    }
    /** Where a child is, for messages. */
    pathOf(name) {
        return node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.path, name);
    }
    /** Fallback only: the directory's path must still lead to this very directory. */
    async checkUnmoved() {
        if (this.viaProc)
            return;
        const now = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(this.path).catch(() => undefined);
        if (!now || !now.isDirectory() || !sameObject(now, this.stat))
            throw unsafe(this.path, 'was moved or replaced while it was walked');
    }
    /** Sync twin of checkUnmoved, for the callers that act in one synchronous block. */
    checkUnmovedSync() {
        if (!this.viaProc)
            checkUnmovedSync(this.path, this.stat);
    }
    /** The child's name to pass to a synchronous call (renameSync) made right away; see `at`. */
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
    /** lstat of a child; undefined when there is none. */
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
    /** The target of a child symlink (the link is read, never followed). */
    async readlink(name) {
        const target = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readlink(this.at(name));
        await this.checkUnmoved();
        return target;
    }
    /** Opens a child directory, never following a link there (UNSAFE_PATH) ; ENOENT when absent. */
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
    /**
     * Unlinks a child that is not a directory (a file, a link: the link itself). With `expected`
     * (what was lstat-ed), elsewhere than Linux the name must still be that object.
     */
    async unlink(name, expected) {
        if (!this.viaProc) {
            const now = await this.lstat(name);
            if (now && expected && !sameObject(now, expected))
                throw unsafe(this.pathOf(name), 'was replaced while it was removed');
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.unlink(this.at(name));
    }
    /** Removes an empty child directory. */
    async rmdir(name) {
        await this.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rmdir(this.at(name));
    }
    /** chmod on the descriptor (fchmod): whatever happened to the path, this directory gets it. */
    async chmod(mode) {
        if (this.handle)
            return this.handle.chmod(mode);
        await this.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(this.path, mode);
    }
    /**
     * Opens a child for reading: never through a link, never blocking (a FIFO), and only a regular
     * file (else UNSAFE_PATH); ENOENT when absent. The caller closes the handle.
     */
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
    /**
     * A child regular file's bytes, at most its size when opened and never more than `maxBytes`
     * (a larger file is an error: nobody reads an unbounded file of the root).
     */
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
    /**
     * Replaces a child with a new regular file holding `data`, its `mode` set on the descriptor
     * (whatever the umask): written to a temp name created exclusively (O_EXCL|O_NOFOLLOW), then
     * renamed over `name`. Nothing already at `name` is ever opened, truncated or chmod-ed: a hard
     * link another user put there to a file they cannot write (/etc/sudoers, on a host without
     * fs.protected_hardlinks) is replaced, not written through (docs/design.md, "Walks stay in the root").
     */
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
    /** Renames a child into `to` (another open directory of the same filesystem, or this one). */
    async rename(name, to, toName) {
        await this.checkUnmoved();
        await to.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(this.at(name), to.at(toName));
    }
    async close() {
        await this.handle?.close();
    }
}
/**
 * DirHandle's synchronous little sibling, for the warm path's few calls in one directory (a use
 * record's write and release in `uses/<id>`): the same no-follow open and the same names bound to
 * the descriptor, without a thread-pool round trip per call. Close it (or use `withDirSync`).
 */
class SyncDirHandle {
    path;
    fd;
    stat;
    viaProc;
    constructor(path, 
    /** Undefined on Windows (directories cannot be opened there). */
    fd, stat, viaProc) {
        this.path = path;
        this.fd = fd;
        this.stat = stat;
        this.viaProc = viaProc;
    }
    /** Opens `dir` never following its last component (UNSAFE_PATH); ENOENT when absent. */
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
    /** The child's name for a synchronous call made right away (see DirHandle.nameForSyncCall). */
    nameOf(name) {
        if (!this.viaProc)
            checkUnmovedSync(this.path, this.stat);
        return childOf(this.path, this.fd, this.viaProc, name);
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
    }
}
/** Runs `fn` with `dir` open, closing it after. */
async function withDir(dir, fn) {
    try {
        return await fn(dir);
    }
    finally {
        await dir.close();
    }
}
/**
 * Opens `target`, a directory at or below `root` (a real path, opened no-follow), one component
 * at a time, each opened no-follow relative to the one above: a link anywhere on the way is an
 * UNSAFE_PATH error, never followed, so nothing this returns lies outside the root.
 */
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
/** `openDirInside`, or undefined when the directory (or one above it) does not exist. */
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
// A full disk (ENOSPC) or an exhausted quota (EDQUOT), wherever it strikes — a download, an
// extraction, a use record, a state file — is one error that names the cache root's file system,
// its free space, the host's size bound and where that came from, and what to do
// (docs/design.md, "Errors name their fix"). Loaded on the warm path: only `isDiskFull` is cheap;
// the message is built on the failure path.




const FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);
/** The errno error (ENOSPC or EDQUOT) behind `e`, following `cause`; undefined when there is none. */
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
/**
 * The directory `dir`'s file system is mounted at: the highest ancestor on the same device (cheap:
 * one lstat per level). `dir` itself where that cannot be told.
 */
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
/**
 * The error for a full disk under the cache root `root`. `what` says what could not be done
 * ("id: installing", "recording this job's use of id"); `consequence` an extra sentence; `bound`
 * the size bound in force (`{}`: none is set; undefined: not known here, not mentioned).
 */
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
// Typed errors. Each carries what a user needs to fix the problem; `code` is stable for tests and logs.

class ToolchainCacheError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/** A bad input: names the item (index or id) and the field. */
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
/** An archive member that would escape the staging directory or is otherwise not allowed. */
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
/** The lock was taken over (we stalled past its stale time): the critical section must not commit. */
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
/**
 * Said of a bad TOOLCHAIN_CACHE_* value: where it comes from, and whose it is to fix (the runner's
 * administrator's, not the workflow author's).
 */
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
// Fault-injection points for the crash tests: with TOOLCHAIN_CACHE_FAULT=<phase> set, an installer
// reaching that phase writes `<TOOLCHAIN_CACHE_FAULT_DIR>/<phase>.<pid>` and then hangs, so a test can
// kill -9 it at exactly that point, or change the world (fill the disk) and let it go on by creating
// `<phase>.<pid>.resume` next to the marker. Unset (always, outside tests) this is a no-op.
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
        setInterval(() => undefined, 60_000); // keeps the event loop alive
        return;
    }
    throw new Error(`fault post-${phase}: an unexpected error in the post step`);
}


/***/ }),

/***/ 5888:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   Up: () => (/* binding */ formatBytesExact),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports formatPercent, formatFree */
/** 1536 → "1.5 KiB". */
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
        n /= 1024;
        i++;
    }
    return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}
/** 200000000000 → "186.3 GiB (200000000000 bytes)": readable, with the exact figure beside. */
const formatBytesExact = (n) => n < 1024 ? `${n} bytes` : `${formatBytes(n)} (${n} bytes)`;
/** 0.75 → "75.0%"; no rate yet (no toolchain counted) → "–". */
const formatPercent = (rate) => rate === null ? '–' : `${(rate * 100).toFixed(1)}%`;
/** Free disk space; null where the platform cannot tell (no statfs). */
const formatFree = (bytes) => bytes === null ? 'unknown (statfs unavailable)' : formatBytes(bytes);
/**
 * Where a toolchain came from, as the log and the summary say it: `remote (TIER)`, and after
 * waiting for a fleet lease's holder `remote (TIER, downloaded by host H)` (docs/design.md,
 * "Fleet lease").
 */
function describeSource(r) {
    if (!r.tier)
        return r.source;
    return `${r.source} (${r.tier}${r.leaseHolder ? `, downloaded by host ${r.leaseHolder}` : ''})`;
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
// File-system primitives shared by the registry, the installer and GC.







/** Directories: group-writable with setgid so runners of one group share them, whatever the umask. */
const SHARED_DIR_MODE = 0o2775;
/** State files (registry, stats, owners): group-writable, never world-writable. */
const SHARED_FILE_MODE = 0o664;
const isWindows = process.platform === 'win32';
const randomToken = () => (0,_random_js__WEBPACK_IMPORTED_MODULE_5__/* .randomHex */ .nw)(8);
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const DIRECTORY = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0;
/**
 * mkdir -p, then force the shared mode on every directory it created (mkdir's mode is masked by
 * the umask). Set on a descriptor opened without following a link: a name swapped for a link
 * after the mkdir is refused, never chmod-ed through (docs/design.md, "Runner users in one group").
 */
async function ensureDir(dir) {
    // mkdirSync: a directory that is there (every hit's case) costs one call and no fs.promises.
    const created = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: SHARED_DIR_MODE });
    if (created === undefined || isWindows)
        return;
    for (let d = dir; d.length >= created.length; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d)) {
        await chmodDirNoFollow(d, SHARED_DIR_MODE).catch(() => undefined);
        if (d === created)
            break;
    }
}
/** Sets a directory's mode through a descriptor (O_DIRECTORY|O_NOFOLLOW): never through a link. */
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
/** chmodDirNoFollow without yielding (the lock's epoch directories). */
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
/**
 * Creates `file` exclusively (never through a link, never over anything) with `data`, its mode set
 * on the descriptor: the umask of whoever creates it first must not decide who can read it.
 * Throws EEXIST when something is already there.
 */
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
/**
 * Durable, atomic replace: temp file in the same directory (created exclusively: never through a
 * link), `mode`, fsync, rename over, fsync the directory. `beforeRename` may veto (throw).
 */
async function atomicWriteFile(file, data, beforeRename, mode = SHARED_FILE_MODE) {
    const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(tmp, 'wx', mode);
    try {
        try {
            // On the descriptor, not by name: the umask masked open's mode.
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
        // Whatever failed (the write itself on a full disk, the veto, the rename), leave no temp file.
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(tmp, { force: true }).catch(() => undefined);
        throw e;
    }
    await fsyncDir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file));
}
/**
 * atomicWriteFile without yielding to the event loop, for short critical sections (the registry
 * commit). `checkSync` may veto the rename (throw); it runs right before the rename with nothing
 * of this process in between, so a check of "still ours, still unchanged" holds at the rename.
 */
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
/**
 * Atomic but not durable (no fsync), and synchronous: for small advisory files such as a lock's
 * owner record or the statistics, where a few system calls beat thread-pool round trips and
 * losing the last write to a power cut costs nothing. `check` runs right before the rename.
 */
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
/** renameSync over `file`, with `check` right before; Windows gets a few retries (see below). */
function renameOverSync(tmp, file, check) {
    for (let attempt = 1;; attempt++) {
        check?.();
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
            return;
        }
        catch (e) {
            // Windows: a scanner, an indexer or a reader holding the target open refuses the replace for a moment.
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
        return; // directories cannot be opened for fsync there; NTFS journals the rename
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
/** The small state files of the root (stats.json, gc-state.json, layout.json, lock owners): a few KB. */
const STATE_FILE_MAX_BYTES = 1024 * 1024;
/**
 * The text of `file`, a file of the root, or undefined when there is none. Read as every file of
 * the root is (regular-file.ts): no link followed, no blocking on a FIFO, a regular file of at
 * most `maxBytes`, else an UNSAFE_PATH error naming it.
 */
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
/**
 * True when `child` is `parent` or lies below it (both absolute, already resolved). A child named
 * `..foo` is inside; only a first segment of exactly `..` leaves. `paths` is injectable so Windows
 * semantics (drive letters, case-insensitive names) can be checked anywhere.
 */
function isInside(parent, child, paths = node_path__WEBPACK_IMPORTED_MODULE_1__) {
    const rel = paths.relative(parent, child);
    if (rel === '')
        return true;
    const escapes = rel === '..' || rel.startsWith(`..${paths.sep}`) || rel.startsWith('../');
    return !escapes && !paths.isAbsolute(rel);
}
/** Virus scanners and indexers open new files for a moment; Windows then refuses to move or delete them. */
const WINDOWS_RETRY_MS = 10_000;
const RENAME_TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
const REMOVE_TRANSIENT = new Set([...RENAME_TRANSIENT, 'ENOTEMPTY']);
/**
 * Runs `op`, retrying with backoff for ~10 s while Windows refuses it with one of `codes`. Elsewhere
 * one attempt: EACCES or EPERM on Linux and macOS means a real permission problem, not a scanner.
 */
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
/**
 * fs.rename that survives Windows scanners (see retryTransient). A directory renamed onto an existing
 * directory also fails with EPERM on Windows: that is not retried, so callers see it at once.
 */
async function renameRetrying(from, to, options = {}) {
    const notOntoDirectory = async () => !(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(to).then((st) => st.isDirectory(), () => false));
    await retryTransient(async () => {
        (0,_faults_js__WEBPACK_IMPORTED_MODULE_6__/* .faultErrno */ .XR)('rename-eperm', 'rename', from);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(from, to);
    }, RENAME_TRANSIENT, `renaming ${from} to ${to}`, options, notOntoDirectory);
}
/**
 * Runs a rename of one's own (e.g. a check and a renameSync in one synchronous block) with the
 * same Windows retries as renameRetrying; every attempt runs the whole block again.
 */
function renameBlockRetrying(block, what) {
    return retryTransient(async () => block(), RENAME_TRANSIENT, what, {});
}
/**
 * Removes a tree that must lie inside `root` (a real path), walking it by descriptors (dir-handle.ts,
 * docs/design.md "Walks stay in the root"): every directory on the way and inside is opened
 * no-follow relative to its parent, a link is unlinked as a link, and nothing is deleted or
 * chmod-ed by a path another user could swap. A link on the way to `target` is refused.
 */
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
/** Removes the entry `name` of `parent` and, a real directory, everything below it. */
async function removeChild(parent, name) {
    const st = await parent.lstat(name);
    if (!st)
        return;
    if (!st.isDirectory())
        return removeNonDirectory(parent, name, st);
    // The window a path-based walk leaves between its type check and its chmod (a test swaps the
    // directory for a link here): the open below never follows a link, whatever is there now.
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
        await unlinkIfThere(parent, name, now); // swapped for a link (or a file) meanwhile: that goes
        return;
    }
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_3__/* .withDir */ .uM)(dir, async () => {
        await makeWritable(dir);
        // Files a few at a time (thousands go in a fraction of a second), subdirectories one after
        // the other: a walk holds one descriptor per level, whatever the tree.
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
/** A file, a link (the link itself), a FIFO…: unlinked; Windows' read-only attribute cleared first. */
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
/**
 * Installed toolchains are read-only: a directory needs its write and search bits back before its
 * entries can go (where we own it; the group's write bit serves the others). Set on the open
 * descriptor (fchmod), never by path; a set-uid bit is dropped, the set-gid bit of our
 * directories (2775) kept. Files are never chmod-ed (unlinking needs only the directory's write
 * bit), except for Windows' read-only attribute, which stops their deletion.
 */
async function makeWritable(dir) {
    const mode = dir.stat.mode & 0o7777;
    const wanted = (mode & 0o2777) | 0o700;
    if (wanted !== mode)
        await dir.chmod(wanted).catch(() => undefined);
}
/**
 * Sums the sizes of regular files below `dir` (opened no-follow), walking by descriptors: a link
 * is never followed, nothing is opened but directories (a FIFO cannot block it).
 */
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
/** Where a corrupt file is moved aside: kept for inspection beside it (a GC deletes a registry's copy after 30 days: gc-leftovers.ts). */
function corruptAsideName(file, now = new Date()) {
    return `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
}


/***/ }),

/***/ 2885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ ID_PATTERN)
/* harmony export */ });
// What a toolchain id may be: one definition for spec validation, GC, the CLI and the layout.
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
// The one member policy every archive format goes through: what a member may be called, what it may be,
// where it may point, and how much an archive may unpack to. Pure path logic, no I/O.



/** Generous defaults; the host may set its own (TOOLCHAIN_CACHE_MAX_MEMBERS, …_MAX_UNPACKED_SIZE). */
const DEFAULT_LIMITS = { maxMembers: 200_000, maxBytes: 32 * 1024 ** 3 };
/**
 * The most bytes an archive may have under `limits`: it unpacks to at least its members' bytes;
 * each member adds a header and padding (under 1.5 KiB in a tar), and compressing incompressible
 * bytes adds under 1 %. A remote tier's object larger than this is refused unread.
 */
const maxArchiveBytes = ({ maxBytes, maxMembers }) => Math.ceil(maxBytes * 1.01) + maxMembers * 1536 + 1024 * 1024;
const refuse = (member, why) => {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsafeArchiveError */ .td(`Archive member "${member}" ${why}; refusing to extract.`, member);
};
const ABSOLUTE = /^[\\/]/;
const DRIVE = /^[a-zA-Z]:/;
// `..`, and `...` / `.. ` which Windows trims to `..`.
const hasDotDot = (p) => p.split(/[\\/]/).some((s) => /^\.\.[. ]*$/.test(s));
/** Throws unless `name` is a relative path without `..`, checking both `/` and `\` as separators. */
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
/**
 * Drops the first `n` `/`-separated components, like `tar --strip-components` (and node-tar's `strip`).
 * The unstripped name is checked first: a hostile name is refused even if stripping would hide it.
 * Returns null when nothing is left, i.e. the member is skipped.
 */
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
/**
 * Checks one member (path already stripped) against the policy and returns its absolute destination
 * under `root`. A result equal to `root` means a `.` entry, which callers skip.
 */
function checkMember(member, root) {
    const name = member.path;
    checkMemberName(name);
    const base = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root);
    // Native path semantics: this is where the OS will put it.
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
        // Symlinks resolve from their own directory, hard link targets from the archive root.
        const from = member.type === 'symlink' ? node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(dest) : base;
        const escapes = !(0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(base, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(from, target)) ||
            (member.type === 'hardlink' && hasDotDot(target));
        if (escapes)
            refuse(name, `is a ${kind} to "${target}", outside the toolchain directory`);
    }
    return dest;
}
/** Counts members and unpacked bytes; throws once an archive exceeds the limits (an archive bomb). */
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
// Sealing an extracted tree before it is published: the modes every runner user of the group
// needs, whatever the umask, and no symlink that leads outside the toolchain root; and sealing
// the records that vouch for it (manifest.json, tree-stat, the receipt) read-only.




/** Directories of installed trees: the runners' group may delete them (GC by any runner user). */
const TREE_DIR_MODE = 0o2775;
/** A file's sealed mode: read-only for everyone, executable for everyone where the owner may execute it. */
const sealedFileMode = (mode) => (mode & 0o100 ? 0o555 : 0o444);
/** manifest.json, tree-stat and the receipt: read-only for everyone, once written. */
const SEALED_RECORD_MODE = 0o444;
/**
 * Makes the record `file` read-only (SEALED_RECORD_MODE, set on its descriptor: no path another
 * user can swap in between is chmod-ed) and returns its bytes, read through the same descriptor:
 * what the receipt's digest is taken of is exactly the sealed file. A link, a FIFO or anything but
 * a regular file of at most `maxBytes` is refused (regular-file.ts), and so is one with a second
 * name or another owner (the receipt is sealed by its name in `receipts/`, which the group can
 * write: a hard link put there meanwhile is not chmod-ed). On Windows the mode sets the read-only
 * attribute.
 */
function sealRecordSync(file, maxBytes) {
    return sealRecordIdentitySync(file, maxBytes).bytes;
}
/** sealRecordSync, with the sealed file's identity (fileIdentity) taken after the chmod. */
function sealRecordIdentitySync(file, maxBytes) {
    return (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .withRegularFileSync */ .QI)(file, maxBytes, (fd, size) => {
        (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .assertOwnSingleName */ .eh)(file, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, SEALED_RECORD_MODE);
        return { bytes: (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readUpToSync */ .Eg)(fd, size), identity: (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .fileIdentity */ .l6)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd)) };
    });
}
/**
 * Jobs share these trees. Files become read-only (on Windows: the read-only attribute), so a
 * build cannot change them by accident (`pip install` into a cached Python); directories become
 * group-writable with setgid and never world-writable, set explicitly rather than through the
 * umask, so a GC run by any runner user of the group can delete a tree completely. See
 * docs/design.md, "Runner users in one group". Staging is writable by the group: each mode is
 * set on a descriptor opened no-follow that is still what was listed (sealListed).
 */
async function sealTree(root, files) {
    const isWindows = process.platform === 'win32';
    const listed = [];
    const names = new Map(); // dev:ino of a file → its names in the tree
    for (const f of [{ path: '', type: 'directory' }, ...files]) {
        if (f.type !== 'file' && f.type !== 'directory')
            continue;
        if (isWindows && f.type === 'directory')
            continue; // no modes; the attribute is for files
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
/**
 * fchmod of `p` to `wanted` on a descriptor opened without following a link (a symlink swapped
 * in meanwhile is ELOOP, never followed), when it is still the object listed, ours (the extractor
 * never chowns), and a file has exactly the names it has in the tree: a hard link a group member
 * put there to a file with a name elsewhere has more. Our own file unreadable to us (an archive's
 * mode 0200) cannot be opened: it is chmod-ed by its name after the same checks on lstat.
 */
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
/**
 * Resolves every symlink of a tree over its file list, the way the OS would (through nested links),
 * and throws when one leads outside the toolchain root.
 */
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
// The hit check: an installed tree compared with what it was when sealed, by the metadata of its
// directories only (type, size, mode, mtime, ctime and inode of the root and of every directory),
// so a job of another user that added, removed, renamed or replaced anything in a shared toolchain
// is caught before the next job runs it. Installed files are read-only and owned by their
// installer: another user can change a tree only through its directories (2775), and every such
// change sets the directory's mtime and ctime (the ctime no user can put back). A file changed in
// place by its own installer's user (who may chmod it) is not seen here: `verify` hashes every
// file. The metadata lives in a compact text file beside the manifest (`tree-stat`): a hit reads
// one small file and lstat()s each directory, never the manifest with its hashes. The file is
// trusted only when its bytes are the ones the installer's receipt records (docs/design.md, "The
// hit check"). Loaded on the warm path.





/**
 * The record's formats. Version 2 (written now) records the root and every directory, with its
 * ctime: the check grows with directories, not files. Version 1 (every entry, no ctime), written
 * by earlier releases and bound to their receipts, is still checked as it was.
 */
const FORMATS = {
    'tree-stat 1': { fields: 5, line: lineV1 },
    'tree-stat 2': { fields: 6, line: lineV2 },
};
const HEADER = 'tree-stat 2';
/**
 * A line is ~70 bytes and the path; an archive has at most a few hundred thousand members. A
 * larger file was not written by an installer (and is never read whole).
 */
const TREE_STAT_MAX_BYTES = 256 * 1024 ** 2;
const kind = (st) => st.isDirectory() ? 'd' : st.isFile() ? 'f' : st.isSymbolicLink() ? 'l' : '?';
/** The path last, JSON-quoted only when it could be misread (a newline, a leading quote). */
const shownName = (rel) => rel.includes('\n') || rel.startsWith('"') ? JSON.stringify(rel) : rel;
/** Version 1: one line per entry. */
function lineV1(rel, st) {
    return `${kind(st)} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ino} ${shownName(rel)}`;
}
/** Version 2: one line per directory; the ctime, which no user can set, after the mtime. */
function lineV2(rel, st) {
    return `${kind(st)} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ctimeMs} ${st.ino} ${shownName(rel)}`;
}
/**
 * Records the metadata of the tree at `root` and of every directory among the listed entries
 * (paths relative to the root, POSIX separators), after sealing: nothing changes them any more.
 * Files and links are not recorded: nobody but their installer can change one in place (they are
 * read-only and not theirs), and anything else another user can do to them (add, remove, rename,
 * replace) changes a directory (docs/design.md, "The hit check").
 */
async function writeTreeStats(file, root, entries) {
    const lines = [HEADER, lineV2('', (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(root))];
    for (const e of entries) {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, e.path));
        if (st.isDirectory())
            lines.push(lineV2(e.path, st));
    }
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .atomicWriteFile */ .Re)(file, lines.join('\n') + '\n');
}
/**
 * The first difference between the tree at `root` and its recorded metadata ("modified: bin/cc"),
 * or undefined when every entry is as sealed. `file` is read once (no link followed, a regular
 * file, bounded) and its bytes are trusted only when its descriptor still has the identity the
 * receipt recorded when it was sealed (`recordedIdentity`), or else when their sha256 is
 * `recordedSha256`, the receipt's: the tree is then checked against those very bytes.
 * Synchronous, and one string comparison per recorded line when nothing changed: a hit of a
 * toolchain of 50 000 files in 500 directories is one read of a file of about 40 KB, then 500
 * lstat calls and little else.
 */
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
    // The same file, unchanged since it was sealed, holds the bytes digested then; otherwise (a
    // receipt of an older release, a copied root) its bytes must have that digest.
    if (identity !== recordedIdentity && (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .recordDigest */ .kd)(bytes) !== recordedSha256)
        return 'its metadata file (tree-stat) is not the one its installer recorded';
    return treeDifference(bytes.toString('utf8'), root);
}
/** The first entry of the tree at `root` that differs from its line in `text` (tree-stat's). */
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
/**
 * Forward slashes work on Windows too (path.join would cost more than the lstat). A directory
 * replaced by a file makes its entries ENOTDIR: missing, like any other lstat failure.
 */
function lstatOrUndefined(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
/** What differs between a recorded line's fields (either version) and the entry now. */
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
    // Same mtime: a directory's ctime (version 2) says its entries changed and its mtime was put back.
    return `changed: ${shown}`;
}


/***/ }),

/***/ 3607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ resolved),
/* harmony export */   nS: () => (/* binding */ acquireToolchains)
/* harmony export */ });
/* unused harmony exports startAcquiring, everyFailure, matchingEntry */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _disk_full_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4454);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1188);
/* harmony import */ var _leases_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2624);
/* harmony import */ var _uses_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2599);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(770);
/* harmony import */ var _receipt_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7411);
// Finds each toolchain in the host-wide cache or installs it exactly once. A warm hit takes no
// lock and rewrites no shared file: it reads the registry and writes one use record (uses.ts).
// A miss takes the toolchain's install lock, which elects one installer; the others wait on it
// and then find the entry (source "peer"), or take over when the installer dies and its lock goes
// stale. The install pipeline itself is loaded only on a miss. See docs/design.md.









/** Resolves every spec: warm hits first without any lock, then the misses in parallel. */
async function acquireToolchains(specs, opts) {
    const results = await Promise.allSettled(await startAcquiring(specs, opts));
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (failures.length)
        throw everyFailure(failures);
    return results.map((r) => r.value);
}
/**
 * acquireToolchains, one promise per spec (in order), each failure naming its toolchain: for a
 * caller that reports each toolchain as it settles and goes on past a failure (the CLI's prefetch).
 */
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
            return await installOrWait(spec, index, opts);
        }
        catch (e) {
            if ((0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .isDiskFull */ .b$)(e))
                throw await (0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .diskFullError */ .vB)(opts.layout.root, e, `${spec.id}: installing`, opts.sizeBound);
            throw namingToolchain(spec.id, e);
        }
    });
}
/**
 * One error naming every toolchain that failed (each message already names its id); a
 * cancellation, shared by all, once.
 */
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
/**
 * A registered, matching entry whose tree is there and as it was sealed: record the use. False
 * sends it to the slow path, which moves a changed tree aside and installs it again.
 */
async function recordHit(doc, spec, opts) {
    const entry = matchingEntry(doc, spec);
    if (entry === undefined || !(await recordUseOrExplain(spec, opts)))
        return false;
    // Checked with our use recorded: no GC removes the tree meanwhile.
    const changed = (0,_receipt_js__WEBPACK_IMPORTED_MODULE_8__/* .treeChange */ .Th)(opts.layout, spec);
    if (changed === undefined)
        return true;
    // Said once, naming what changed, by the install path that moves it aside (moveChangedTreeAside).
    opts.log.debug(`${spec.id}: the hit check failed (${changed}); going to the install path`);
    await (0,_uses_js__WEBPACK_IMPORTED_MODULE_6__/* .releaseUses */ .ez)(opts.layout, { key: opts.owner.key }, [spec.id]);
    return false;
}
/**
 * recordUse; on a full disk an error saying why the job cannot go on without its use record
 * (docs/design.md, "Uses and GC") and what to free.
 */
async function recordUseOrExplain(spec, opts) {
    try {
        return await (0,_uses_js__WEBPACK_IMPORTED_MODULE_6__/* .recordUse */ .zk)(opts.layout, spec.id, opts.owner);
    }
    catch (e) {
        if (!(0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .isDiskFull */ .b$)(e))
            throw e;
        throw await (0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .diskFullError */ .vB)(opts.layout.root, e, `${spec.id}: it is installed, but recording this job's use of it`, opts.sizeBound, 'A hit without a use record would not be safe from GC (a GC could remove the toolchain while this job runs it), so the step stops. ');
    }
}
/** With several toolchains in one step, every failure says which one it is about. */
function namingToolchain(id, e) {
    // A cancellation is the step's, not one toolchain's (and its error object is shared by all).
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg && e.code === 'CANCELLED')
        return e;
    if (e instanceof Error && !e.message.startsWith(`${id}:`) && !e.message.includes(`"${id}"`)) {
        e.message = `${id}: ${e.message}`;
    }
    return e;
}
/** The registered entry for `spec`, if any; an entry with another sha256, or another case, is an error. */
function matchingEntry(doc, spec) {
    // On a case-insensitive file system (macOS, Windows) `Foo` and `foo` would share one directory,
    // and installing or removing one would replace the other under the jobs using it: refuse everywhere.
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
/** The result for one spec. The toolchain's directory always comes from the layout. */
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
/**
 * The install lock of `spec`, or undefined when, while waiting for it, the install we waited for
 * finished and this job's use of it got recorded (nothing is left to do under the lock, and the
 * other waiters need not take it one after another).
 */
async function takeInstallLock(spec, opts) {
    let waited = false;
    // Asked several times a second while the installer works: a warning about the tree, once.
    const quiet = { ...opts, log: warningsOnce(opts.log) };
    const installedMeanwhile = async () => recordHit(await opts.registry.read(), spec, quiet);
    const options = {
        staleMs: opts.installStaleMs ?? _lock_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LOCK_STALE_MS */ .xL,
        timeoutMs: opts.waitTimeoutMs,
        pollMs: 1000,
        holder: (0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .describeJob */ .hx)(opts.owner.job),
        onWait: (owner) => {
            waited = true;
            opts.log.info(`${spec.id}: another job is installing it (${(0,_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .describeOwner */ .$S)(owner)}); waiting up to ${Math.round(opts.waitTimeoutMs / 1000)}s`);
        },
    };
    const lockPath = opts.layout.lockPath(`install-${spec.id}`);
    // Every waiter watches the registry (the install's commit) and asks often while the installer
    // works: they all leave within moments of the commit (docs/design.md, "Install lock and waiters").
    const unless = { needless: installedMeanwhile, watch: [opts.layout.registryFile] };
    const lock = await (0,_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .acquireLockUnless */ .eJ)(lockPath, `install ${spec.id}`, options, unless).catch((e) => {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg && e.code === 'LOCK_TIMEOUT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('LOCK_TIMEOUT', `${spec.id}: ${e.message} Raise "wait-timeout" if installs of this toolchain are slow.`);
        }
        throw e;
    });
    return { lock, waited: () => waited };
}
/** `log` with each distinct warning passed on once. */
function warningsOnce(log) {
    const seen = new Set();
    return {
        info: (m) => log.info(m),
        debug: (m) => log.debug(m),
        warning: (m) => {
            if (seen.has(m))
                return;
            seen.add(m);
            log.warning(m);
        },
    };
}
async function installOrWait(spec, index, opts) {
    const waitStart = Date.now();
    const { lock, waited } = await takeInstallLock(spec, opts);
    const waitMs = waited() ? Date.now() - waitStart : 0;
    if (!lock) {
        const entry = (await opts.registry.read()).entries[spec.id];
        return resolved(opts.layout, spec, index, entry, 'peer', { waitMs, installMs: 0 });
    }
    try {
        const entry = await useInstalledEntry(spec, opts);
        if (entry) {
            const source = waited() ? 'peer' : 'local';
            return await resolved(opts.layout, spec, index, entry, source, { waitMs, installMs: 0 });
        }
        const { install } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(697), __webpack_require__.e(971), __webpack_require__.e(349)]).then(__webpack_require__.bind(__webpack_require__, 6349));
        return await install(spec, index, opts, lock, waitMs);
    }
    finally {
        await lock.release();
    }
}
/**
 * With the install lock held, under the registry lock: the entry installed meanwhile (by the job
 * we waited for), with this job's use recorded; undefined when it must be installed. No GC can be
 * removing anything while we hold the registry lock, so a removal mark found here is one a GC left
 * when it died: it is taken away, and a registered entry whose tree is gone is dropped.
 */
async function useInstalledEntry(spec, opts) {
    const { layout } = opts;
    return opts.registry.update(async (doc, tx) => {
        const entry = matchingEntry(doc, spec);
        let state = entry ? await (0,_uses_js__WEBPACK_IMPORTED_MODULE_6__/* .entryState */ ._8)(layout, spec.id) : 'missing';
        if (state === 'removing') {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(layout.removalMark(spec.id), { force: true });
            state = await (0,_uses_js__WEBPACK_IMPORTED_MODULE_6__/* .entryState */ ._8)(layout, spec.id);
        }
        if (entry && state === 'ready') {
            const changed = (0,_receipt_js__WEBPACK_IMPORTED_MODULE_8__/* .treeChange */ .Th)(layout, spec);
            if (changed === undefined && (await recordUseOrExplain(spec, opts))) {
                tx.skipWrite();
                return { ...entry };
            }
            if (changed !== undefined)
                await moveChangedTreeAside(layout, spec.id, changed, opts.log);
        }
        if (entry)
            delete doc.entries[spec.id];
        else
            tx.skipWrite();
        return undefined;
    });
}
/**
 * A registered tree that is not as it was sealed (a job changed, added or replaced files) is
 * broken for every job: to the trash with its receipt, under the registry lock, so the installer
 * that follows puts a verified copy in its place.
 */
async function moveChangedTreeAside(layout, id, changed, log) {
    const trash = node_path__WEBPACK_IMPORTED_MODULE_1__.join(layout.trashDir, `${id}.${(0,_fsx_js__WEBPACK_IMPORTED_MODULE_7__/* .randomToken */ .zs)()}`);
    const { namedTreeChange } = await __webpack_require__.e(/* import() */ 252).then(__webpack_require__.bind(__webpack_require__, 252));
    const named = await namedTreeChange(layout, id, changed);
    log.warning(`${id}: the installed tree is not as it was installed (${named}); moved it aside to ${trash} (jobs still running it may fail) and installing it again`);
    await (0,_receipt_js__WEBPACK_IMPORTED_MODULE_8__/* .removeReceipt */ .LY)(layout, id);
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_7__/* .renameRetrying */ .bz)(layout.entryDir(id), trash);
}


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
// The names of users and groups, for messages that tell an operator what to run. Read from
// /etc/passwd and /etc/group (bounded); where a name is not found there (a directory service,
// Windows), the number itself, which chgrp, chown and sudo -u (as #uid) accept as well.

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
/** The user's name, else its uid as a string. */
const userName = (uid) => (process.platform === 'win32' ? undefined : nameOf('/etc/passwd', uid)) ?? String(uid);
/** The group's name, else its gid as a string. */
const groupName = (gid) => (process.platform === 'win32' ? undefined : nameOf('/etc/group', gid)) ?? String(gid);
/**
 * Whether the user `uid` is in the group `gid`: its primary group (/etc/passwd) or a member
 * listed in /etc/group (what `usermod -aG` writes). Undefined when the user is not found there
 * (a directory service, Windows): nobody can tell from here.
 */
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
// The modes of the root's state files (layout.json, registry.json, stats.json, gc-state.json):
// 0664, so every runner user of the group can read them (docs/design.md, "Runner users in one
// group"). Files created with a narrower mode (by a release that let the umask decide) are mended
// here by their owner, on a descriptor opened without following a link.



const NO_FOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = external_node_fs_.constants.O_NONBLOCK ?? 0;
const stateFiles = (layout) => [
    layout.layoutFile,
    layout.registryFile,
    layout.statsFile,
    layout.gcStateFile,
];
const octal = (mode) => (mode & 0o7777).toString(8).padStart(4, '0');
/**
 * Sets every state file of the root that is not 0664 to 0664 where it is this user's own
 * (root's included: root mends only its own too), and lists the others. Only a regular file of
 * the effective user with one name (nlink 1) that starts as a JSON object (`{`) is mended, checked
 * on the descriptor that is fchmod-ed: a hard link a group member planted at the name (to
 * /etc/shadow, or to a runner user's own 0600 file, on a host without fs.protected_hardlinks) has
 * two names or another owner, and a file whose other name was replaced meanwhile (a planted link
 * left as the only name of an old /etc/shadow) is not JSON. Those are `refused`: reported, never
 * changed. Missing files and anything that is not a regular file are left alone
 * (checkRootMembers refuses the latter). Nothing to do on Windows.
 */
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
/** Why a file of this user at a state file's name is not one to mend (undefined: it is). */
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
/**
 * fchmod of `file` if it is still the regular file `listed` and mendable (see notMendable); the
 * reason when it is not ('' when it changed or vanished meanwhile: nothing of ours to mend).
 */
function setModeNoFollow(file, listed) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
    }
    catch {
        return ''; // replaced by a link, or gone
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
// Where everything lives under a cache root. One place, so the CLI, GC and the installer agree.
// The layout is versioned (layout.json): a root written by another layout is refused, never mixed.









const isWindows = process.platform === 'win32';
/** Version of the on-disk layout below a cache root (see docs/design.md, "On disk"). */
const LAYOUT_VERSION = 2;
class CacheLayout {
    root;
    /** `root` must be the real path of the cache root (see openCacheRoot). */
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
    /** Use records (GC roots): `uses/<id>/<key>.json`, one file per live use of a toolchain. */
    get usesDir() {
        return external_node_path_.join(this.root, 'uses');
    }
    usesOf(id) {
        return external_node_path_.join(this.usesDir, id);
    }
    useFile(id, key) {
        return external_node_path_.join(this.usesOf(id), `${key}.json`);
    }
    /** When the toolchain was last released: refreshed without touching the registry. */
    lastUsedStamp(id) {
        return external_node_path_.join(this.usesOf(id), 'last-used');
    }
    /** Present while a GC or `remove` is taking the entry away; an acquire that sees it backs off. */
    removalMark(id) {
        return external_node_path_.join(this.entryDir(id), 'removing');
    }
    /** An installed toolchain: `manifest.json` and `files/` (the toolchain root). */
    entryDir(id) {
        return external_node_path_.join(this.toolchainsDir, id);
    }
    toolchainRoot(id) {
        return external_node_path_.join(this.entryDir(id), 'files');
    }
    manifestFile(id) {
        return external_node_path_.join(this.entryDir(id), 'manifest.json');
    }
    /** Install receipts: `receipts/<id>.json`, the installer's evidence, outside the tree. */
    get receiptsDir() {
        return external_node_path_.join(this.root, 'receipts');
    }
    receiptFile(id) {
        return external_node_path_.join(this.receiptsDir, `${id}.json`);
    }
    /** The hit check's metadata of every entry of the tree (size, mode, mtime, inode). */
    treeStatsFile(id) {
        return external_node_path_.join(this.entryDir(id), 'tree-stat');
    }
    lockPath(name) {
        return external_node_path_.join(this.locksDir, name);
    }
    /** Named toolchains' caches (src/core/named/): `resolutions.json` and `docs/`, the vendors' indexes. */
    get namedDir() {
        return external_node_path_.join(this.root, 'named');
    }
}
/** A staging directory of an install of `id`: `<id>.<16 hex>`. */
const stagingName = (id, token) => `${id}.${token}`;
/** The id a staging directory belongs to (exactly: `go-1.22` never claims `go-1.22.5.<token>`). */
function stagingId(name) {
    const m = /^(.+)\.[0-9a-f]{16}$/.exec(name);
    return m ? m[1] : undefined;
}
/**
 * The host file's cacheRoot → the cache-root input → TOOLCHAIN_CACHE_ROOT →
 * $RUNNER_TOOL_CACHE/toolchain-cache. A relative path is refused, naming where it came from: it
 * would resolve against each job's working directory (its workspace), a root per job.
 */
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
        // Not an InputError: the CLI reads an InputError here as "no root given".
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
/** The cache root's path (see chooseCacheRoot). */
const resolveCacheRoot = (input, env = process.env, sources = {}) => chooseCacheRoot(input, env, sources).root;
/**
 * Creates the root if needed and checks it: an absolute path to a real directory (not a symlink),
 * writable, not inside another cache root, and, when its group can write it, carrying the set-gid
 * bit (docs/design.md, "Runner users in one group"). Then its members and their modes.
 */
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
    const dirs = [
        layout.locksDir,
        layout.toolchainsDir,
        layout.stagingDir,
        layout.trashDir,
        layout.usesDir,
        layout.receiptsDir,
    ];
    // Checked before and after creating: mkdir -p is satisfied by a symlink to a directory elsewhere.
    await checkRootMembers(layout);
    checkStateFilesReadable(layout);
    await checkLayoutVersion(layout, create);
    if (create) {
        for (const dir of dirs)
            await (0,fsx/* ensureDir */.A0)(dir);
        await checkRootMembers(layout);
    }
    return layout;
}
/** lstatSync, or what `failed` makes of its error. */
function lstatOrThrown(p, failed) {
    try {
        return (0,external_node_fs_.lstatSync)(p);
    }
    catch (e) {
        return failed(e);
    }
}
/**
 * Where to set the root, by who chose it (chooseCacheRoot's `from`): the host file's cacheRoot,
 * the input, TOOLCHAIN_CACHE_ROOT (the runner's `.env`), or RUNNER_TOOL_CACHE's default.
 */
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
/**
 * Why this user cannot write the root, with the fix: a group-writable root whose group this
 * process is not in needs the user added to the group, and the runner restarted (a process keeps
 * the groups it started with). POSIX only; elsewhere, the general advice.
 */
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
/** lstat of the root; a missing one is created (when `create`) after checking where it would go. */
async function statOrCreateRoot(root, create) {
    // Synchronous calls on the way of every hit: nothing there loads fs.promises (docs/design.md,
    // "Start-up cost").
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
/**
 * A root this user cannot reach (EACCES on the way to it): the message names the first directory
 * above it that this user cannot search, with its mode and owner, never "does not exist".
 */
function unreachableRoot(root, code) {
    const blocked = firstUnsearchable(external_node_path_.dirname(root));
    const where = blocked
        ? `${blocked.dir} (mode ${(blocked.mode & 0o7777).toString(8).padStart(4, '0')}, owner ${userName(blocked.uid)}, group ${groupName(blocked.gid)}) is not searchable by this user`
        : `${code} on the way to it`;
    return new errors/* InputError */.dz(`Cache root ${root} cannot be reached by this user: ${where}. Every directory above the root must be searchable by the runners' group ` +
        `(e.g. chmod o+x or chgrp the runners' group and chmod g+x ${blocked ? shellWord(blocked.dir) : 'each directory above it'}; see README).`, 'cache-root');
}
/** The highest directory on the way to `dir` (inclusive) that this user cannot search, if any. */
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
/**
 * A root another job is creating this very moment is `0775` (mkdir's mode, less the umask) until
 * its fchmod to `2775` right after: one changed in the last 2 s is looked at again before it is
 * refused. A long-standing root is refused at once.
 */
async function settledRootStat(root, st) {
    for (let i = 0; i < 20 && !rootModeOk(st) && Date.now() - st.ctimeMs < 2000; i++) {
        await (0,fsx/* sleep */.yy)(50);
        st = await external_node_fs_.promises.lstat(root);
    }
    return st;
}
const rootModeOk = (st) => isWindows || ((st.mode & 0o002) === 0 && ((st.mode & 0o020) === 0 || (st.mode & 0o2000) !== 0));
/** A word for the shell: quoted unless it is made of safe characters only. */
const shellWord = (s) => /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
/**
 * A root its group can write needs the set-gid bit: without it, every directory a runner user
 * creates there (locks/, uses/<id>/, …) gets that user's own primary group, and the other users
 * fail with EACCES. A root every user can write is refused too. POSIX only (Windows has ACLs).
 */
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
/**
 * A root inside another root would be walked by that root's GC, repair and verify (its trees in
 * toolchains/ or staging/ taken for foreign ones). Checked on every directory above `root`: one
 * whose layout.json is ours is a cache root; one whose own directory (toolchains/, uses/…) the
 * path goes through is one too when it holds a layout.json or registry.json of any kind (ours,
 * momentarily unreadable, or of the first layout). A `registry.json` of some other tool in a
 * home directory is no cache root.
 */
function checkNotInsideAnotherRoot(root) {
    for (let child = root, dir = external_node_path_.dirname(root);; child = dir, dir = external_node_path_.dirname(dir)) {
        const other = new CacheLayout(dir);
        const marker = hasOurLayoutFile(other)
            ? other.layoutFile
            : rootMemberDirs(other).includes(child)
                ? [other.layoutFile, other.registryFile].find(isFileSync)
                : undefined;
        if (marker) {
            throw new errors/* InputError */.dz(`Cache root ${root} lies inside another cache root, ${dir} (it has ${external_node_path_.basename(marker)}); that root's GC and repair would walk it. Choose a directory outside ${dir}.`, 'cache-root');
        }
        if (external_node_path_.dirname(dir) === dir)
            return;
    }
}
/** The directories a root's walks go into. */
const rootMemberDirs = (l) => [
    l.toolchainsDir,
    l.stagingDir,
    l.trashDir,
    l.usesDir,
    l.locksDir,
    l.receiptsDir,
    l.namedDir,
];
/** Whether `file` is a regular file; false where it is not, or cannot be looked at. */
function isFileSync(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false })?.isFile() ?? false;
    }
    catch {
        return false; // a directory we cannot search: not one we could share a root with
    }
}
/** Whether `l.layoutFile` is ours: a regular file (read no-follow, bounded) of JSON with a numeric layoutVersion. */
function hasOurLayoutFile(l) {
    try {
        const text = (0,regular_file/* readRegularTextIfExistsSync */.cL)(l.layoutFile, fsx/* STATE_FILE_MAX_BYTES */.e);
        const version = text && JSON.parse(text)?.layoutVersion;
        return typeof version === 'number';
    }
    catch {
        return false;
    }
}
/**
 * State files of this root another user left unreadable (made under umask 077 by an older
 * release, say) stop every other job with a bare EACCES: our own are mended here, anyone else's
 * named with who must run `repair` (root mends only its own: see mendStateFileModes).
 */
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
/** Thrown for a root written by another layout version: acting on it could lose uses or trees. */
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
/**
 * Reads layout.json; a new root gets one. A root without it that already holds a registry or
 * toolchains was written by the first layout (version 1: uses inside registry.json).
 */
async function checkLayoutVersion(layout, create) {
    const text = await (0,fsx/* readFileIfExists */.QD)(layout.layoutFile);
    if (text !== undefined)
        return checkRecordedVersion(layout, text);
    const legacy = (await (0,fsx/* pathExists */.s0)(layout.registryFile)) ||
        (await external_node_fs_.promises.readdir(layout.toolchainsDir).catch(() => [])).length > 0;
    if (legacy) {
        // Another job may have created this root since we looked: it writes layout.json before
        // anything else, so whoever sees its registry finds layout.json on a second look.
        const again = await (0,fsx/* readFileIfExists */.QD)(layout.layoutFile);
        if (again !== undefined)
            return checkRecordedVersion(layout, again);
        throw new LayoutVersionError(layout.root, 1);
    }
    if (create) {
        // layout.json first: a job opening the root meanwhile must never see our registry without it
        // (that is what a root of the first layout looks like).
        (0,fsx/* writeFileReplacingSync */.WF)(layout.layoutFile, JSON.stringify({ layoutVersion: LAYOUT_VERSION }));
        // An empty registry from the start: a registry.json missing later was lost (and is rebuilt,
        // with a warning), never merely not yet written when the first install registers.
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
/**
 * Whoever can write the root could plant a symlink in it: `locks/ -> /etc` would send our lock
 * files there, `registry.json -> /somewhere` would be read through. Refuse to act on a root where
 * any of our own names is a symlink or of the wrong type, naming what to remove.
 */
async function checkRootMembers(layout) {
    const expected = [
        [layout.locksDir, 'directory'],
        [layout.toolchainsDir, 'directory'],
        [layout.stagingDir, 'directory'],
        [layout.trashDir, 'directory'],
        [layout.usesDir, 'directory'],
        [layout.receiptsDir, 'directory'],
        [layout.namedDir, 'directory'],
        [external_node_path_.join(layout.namedDir, 'docs'), 'directory'],
        // Earlier releases' code cache: GC removes it, and must never walk a link planted there.
        [external_node_path_.join(layout.root, compile_cache_dir/* COMPILE_CACHE_DIR */.k), 'directory'],
        [layout.registryFile, 'file'],
        [layout.statsFile, 'file'],
        [layout.gcStateFile, 'file'],
        [layout.layoutFile, 'file'],
    ];
    for (const [p, type] of expected) {
        const st = (0,external_node_fs_.lstatSync)(p, { throwIfNoEntry: false });
        if (!st)
            continue;
        const ok = type === 'directory' ? st.isDirectory() : st.isFile();
        if (ok)
            continue;
        const what = st.isSymbolicLink()
            ? `a symlink (to ${await external_node_fs_.promises.readlink(p).catch(() => '?')})`
            : 'not a regular ' + type;
        throw new errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `${p} is ${what}; toolchain-cache never follows a link planted in its cache root. ` +
            `Remove it (toolchain-cache recreates it as needed) and check who can write ${layout.root}.`);
    }
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
// SHA-256 in plain JavaScript, for the one short string a warm hit hashes (the host id, from the
// machine id): loading `node:crypto` costs a warm hit more than hashing a block here does
// (docs/design.md, "Start-up cost"). Anything longer goes to `node:crypto` (cold JavaScript hashes
// a few MB/s); both give the same hex digest (test/sha256.test.ts compares them).

/** Inputs up to this size are hashed here; larger ones by node:crypto. */
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
/** The message padded as SHA-256 pads it: 0x80, zeros, the bit length big-endian. */
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
/** SHA-256 of a small input in JavaScript (exported for the tests). */
function sha256Js(data) {
    const h = new Uint32Array([
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]);
    compress(h, padded(data), new Int32Array(64));
    return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}
/** The sha256 of `data` (a string as UTF-8), in hex. */
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



/**
 * node:child_process, loaded when a command is about to run: loading it also loads `net` and
 * `dgram`, which a hit on Linux (where no command runs) would pay for and never use
 * (docs/design.md, "Start-up cost"). A builtin resolves the same from any base path; not the
 * module's own URL, whose mention would keep the bundle's chunk out of the steps' code cache
 * (src/action/chunk-code-cache.ts runs only chunks that never ask for it as scripts).
 */
const childProcess = () => (0,external_node_module_.createRequire)(external_node_path_.resolve('/'))('node:child_process');
const WINDOWS = {
    reg: ['System32', 'reg.exe'],
    powershell: ['System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe'],
};
const POSIX = {
    ps: ['/bin/ps', '/usr/bin/ps'],
    ioreg: ['/usr/sbin/ioreg'],
};
/** The absolute path of a system command where it is known to live, else the bare name (PATH). */
function systemCommand(name, platform = process.platform) {
    if (platform === 'win32') {
        const parts = WINDOWS[name];
        const root = process.env.SystemRoot ?? process.env.windir ?? 'C:\\Windows';
        return parts ? external_node_path_.win32.join(root, ...parts) : name;
    }
    return (POSIX[name] ?? []).find((p) => (0,external_node_fs_.existsSync)(p)) ?? name;
}

;// CONCATENATED MODULE: ./lib/core/platform/host-id.js
// Which machine this is, for uses on a cache root shared by several hosts (NFS): a use of this host
// is judged by its process, a use of another host by its lease. Two hosts must never share an id,
// so the platform's machine identity counts first and the hostname (cloned VMs share it) comes last.




const systemHostIdSources = () => ({
    platform: process.platform,
    hostname: () => (0,builtins.os)().hostname(),
    readFile: (file) => (0,external_node_fs_.readFileSync)(file, 'utf8'),
    run: (command, args) => childProcess().execFileSync(systemCommand(command), args, {
        encoding: 'utf8',
        timeout: 5000,
        windowsHide: true,
        stdio: ['ignore', 'pipe', 'ignore'],
    }),
});
/**
 * `hostname/<12 hex>`: the digest of the machine id (never the id itself, which systemd asks
 * applications not to expose), or the bare hostname when the platform has no usable id.
 */
function readHostId(sources = systemHostIdSources()) {
    const id = machineId(sources);
    const name = sources.hostname();
    if (!id)
        return name;
    return `${name}/${sha256Hex(`toolchain-cache:${id}`).slice(0, 12)}`;
}
/** The platform's own machine identity, normalised to lower case; undefined when none is usable. */
function machineId(sources) {
    for (const read of idReaders(sources)) {
        try {
            const id = read()?.trim().toLowerCase();
            // systemd writes "uninitialized" until first boot completes; ids are hex (with dashes for UUIDs).
            if (id && /^[0-9a-f-]{16,}$/.test(id) && /[1-9a-f]/.test(id))
                return id;
        }
        catch {
            // this source is missing here: try the next
        }
    }
    return undefined;
}
function idReaders({ platform, readFile, run }) {
    if (platform === 'win32') {
        // /reg:64: a 32-bit node would otherwise read the WOW64 view, which has no MachineGuid.
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
        () => readFile('/etc/hostid'), // FreeBSD
    ];
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./lib/core/platform/start-time.js



// node:child_process loads only when a command runs (never with /proc): see system-command.ts.
const execFileAsync = (file, args, options) => (0,external_node_util_.promisify)(childProcess().execFile)(file, args, { ...options, encoding: 'utf8' });
let procMounted;
function start_time_defaultStartTimeMethod(platform = process.platform) {
    if (platform === 'win32')
        return 'windows';
    procMounted ??= platform === 'linux' && (0,external_node_fs_.existsSync)('/proc/self/stat');
    return procMounted ? 'proc' : 'ps';
}
/** What the platform says about `pid`; undefined when it is not running or could not be asked. */
async function processInfo(pid, method) {
    if (method === 'proc')
        return procInfo(pid);
    if (method === 'ps')
        return psInfo(pid);
    const start = (await windowsStartTimes(pid))?.get(pid);
    return { start, zombie: false };
}
/**
 * processInfo memoised per pid, for one liveness pass. On Windows one PowerShell call lists every
 * process (starting PowerShell costs far more than the listing), instead of one call per use.
 */
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
        // Synchronous (a /proc file): every hit asks, and nothing else there loads fs.promises.
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // The command name (field 2) may contain spaces and parentheses: split after its last ')'.
        // Then field 3 is the state and field 22 the start time (in clock ticks since boot).
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { start: fields[19], zombie: fields[0] === 'Z' || fields[0] === 'X' };
    }
    catch {
        return undefined;
    }
}
async function psInfo(pid) {
    try {
        // `lstart` is printed in the caller's time zone and locale: pin both, then parse to epoch seconds.
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
        return undefined; // exit status 1: no such process; or ps is missing or hung
    }
}
const LSTART = /^(?:[A-Za-z]{3} +)?([A-Za-z]{3}) +(\d{1,2}) +(\d{1,2}):(\d{2}):(\d{2}) +(\d{4})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/**
 * `ps -o lstart` in the C locale and UTC ("Sun Nov 29 09:28:03 2026") as epoch seconds. A format
 * this does not know stays as text (still stable: the time zone and locale are pinned).
 */
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
/**
 * Creation times (epoch milliseconds) of one process or of all, from CIM, which needs no privilege
 * over other users' processes (Get-Process's StartTime does). Undefined when PowerShell failed.
 */
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
/** Lines of "<pid> <epoch ms>"; anything else is ignored. */
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
// Uses (the reference counts). A use is a record tied to the job's long-lived process, not a bare
// counter, so a job that dies without its post step is reclaimed instead of pinning a toolchain forever.


/** Longest a self-hosted job may run (5 days) plus a day: a lease never expires under a live job. */
const DEFAULT_LEASE_MS = 6 * 24 * 3600_000;
/** Clocks of hosts sharing an NFS root are trusted only this far. */
const CLOCK_SKEW_MARGIN_MS = (/* unused pure expression or super */ null && (10 * 60_000));
let cachedHostId;
/**
 * hostname + a digest of the platform's machine identity (hostnames repeat across a pool more often
 * than one would like; cloned machines keep their names). Computed once per process.
 */
function hostId() {
    cachedHostId ??= readHostId();
    return cachedHostId;
}

/**
 * A stable fingerprint of when `pid` started, or undefined if it is not running or the platform
 * cannot tell. Linux: /proc start ticks; macOS and BSD: ps, as epoch seconds; Windows: the process's
 * creation time, as epoch milliseconds. See ./platform/start-time.ts.
 */
async function processStartTime(pid, options = {}) {
    return (await processInfo(pid, options.method ?? start_time_defaultStartTimeMethod()))?.start;
}
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM'; // exists, owned by another user
    }
}
/** Decides whether a use still counts. Uses of this host are judged by their process; others by lease. */
function livenessChecker(now = Date.now(), thisHost = hostId(), options = {}) {
    const infoOf = processInfoMemo(options.method ?? defaultStartTimeMethod());
    return async (use) => {
        if (use.host !== thisHost)
            return Date.parse(use.leaseExpiresAt) + CLOCK_SKEW_MARGIN_MS > now;
        if (!isProcessAlive(use.pid))
            return false;
        const info = await infoOf(use.pid);
        // A job process killed while its parent (the runner) has not reaped it yet still answers kill 0.
        if (info?.zombie)
            return false;
        if (use.pidStart === undefined)
            return Date.parse(use.leaseExpiresAt) > now;
        // A start time we cannot read now (ps missing, PowerShell slow) keeps the use: never release on doubt.
        return info?.start === undefined || info.start === use.pidStart;
    };
}
/** The job's long-lived process: our parent when run by a runner. */
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
        createdAt: new Date(now).toISOString(),
        leaseExpiresAt: new Date(now + leaseMs).toISOString(),
    };
}
const describeJob = (j) => `${j.repository} run ${j.runId}/${j.runAttempt} job ${j.job}`;


/***/ }),

/***/ 1188:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ stale/* DEFAULT_LOCK_STALE_MS */.xL),
  IZ: () => (/* binding */ acquireLock),
  eJ: () => (/* binding */ acquireLockUnless),
  $S: () => (/* binding */ describeOwner),
  kK: () => (/* binding */ withLock)
});

// UNUSED EXPORTS: LOCK_STALE_ENV, NEEDLESS_POLL_MS, lockStaleMs, readLockOwner, tryLock

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
// EXTERNAL MODULE: ./lib/core/regular-file.js
var regular_file = __webpack_require__(9558);
;// CONCATENATED MODULE: ./lib/core/lock/epochs.js
// The on-disk state of one lock: numbered epochs. The lock `<name>` is the directory
// `<name>.lock/`, holding one directory per epoch: `<name>.lock/<n>/`. Whoever creates epoch n with
// mkdir (atomic on local disks and NFS: exactly one creator wins) holds the lock until epoch n+1
// exists. Taking over a stale or released epoch n means creating n+1, so of any number of racers
// exactly one succeeds; a racer that finds a higher epoch after its own mkdir backs off.
//
// Inside an epoch directory: `owner` (who holds it, with a random token; written as
// `owner.tmp-<pid>-<token>` and renamed, so a killed writer leaves only a `*.tmp-*` file), renamed
// to `released` on release. The epoch directory's mtime is the holder's heartbeat.
//
// Invariants the checks rely on:
// - epoch numbers only grow: the newest epoch is never removed except by its own creator backing
//   out before it held anything (no owner record yet), so a released lock keeps its number;
// - a holder removes the epochs below its own, lowest first: when epoch n+1 is gone, epoch n (and
//   its owner record) is gone too. "My owner record carries my token and there is no newer epoch"
//   is therefore exactly "nobody took over epoch n".
// The epochs directory itself is never removed while the lock may be used: numbering would start
// again, and a process about to create epoch n+1 from an old view could then hold it alongside a
// new holder of epoch 1 until that one checks.






const OWNER = 'owner';
const RELEASED = 'released';
/** What a waiter watches for in an epoch directory: its release (its removal shows anyway). */
const RELEASE_EVENTS = [RELEASED];
const epochsDirOf = (lockPath) => `${lockPath}.lock`;
const epochDirOf = (lockPath, epoch) => external_node_path_.join(epochsDirOf(lockPath), String(epoch));
/**
 * Lock paths are made by the cache only. Anything else found there (a symlink someone planted, a
 * file) is refused, never followed: a takeover must not act on another directory. Returns whether
 * the directory exists.
 */
function assertNotPlanted(p) {
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(p);
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
    if (st.isDirectory())
        return true;
    const what = st.isSymbolicLink() ? 'a symbolic link' : 'not a directory';
    throw new errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `Lock path ${p} is ${what}; the cache only creates directories there and never follows links. ` +
        `Remove ${p} (nothing of the cache is lost) and run again.`);
}
/** The lock's epochs directory, created (shared mode) if missing; the locks directory must exist. */
async function prepareEpochsDir(lockPath) {
    const dir = epochsDirOf(lockPath);
    if (assertNotPlanted(dir))
        return;
    // A missing locks directory is a broken root, not something to create silently here.
    await external_node_fs_.promises.access(external_node_path_.dirname(dir));
    await (0,fsx/* ensureDir */.A0)(dir);
    assertNotPlanted(dir);
}
/** Epoch numbers present, lowest first. */
function listEpochs(lockPath) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(epochsDirOf(lockPath));
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
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
        // No link followed, no wait on a FIFO, bounded (regular-file.ts).
        const read = (0,regular_file/* readRegularTextIfExistsSync */.cL)(external_node_path_.join(epochDir, OWNER), fsx/* STATE_FILE_MAX_BYTES */.e);
        if (read === undefined)
            return undefined;
        text = read;
    }
    catch (e) {
        if (!(e instanceof regular_file/* NotRegularFileError */.iZ))
            throw e;
        text = ''; // something else than our rename put there: a holder, unknown (below)
    }
    try {
        return JSON.parse(text);
    }
    catch {
        // Written by rename, so never torn; unparsable means someone else wrote it: a holder, unknown.
        return { token: '', pid: 0, host: '', acquiredAt: '' };
    }
}
const exists = (p) => {
    try {
        (0,external_node_fs_.lstatSync)(p);
        return true;
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
};
/** The newest epoch and what it says. */
function newestEpoch(lockPath) {
    for (let attempt = 0;; attempt++) {
        const epoch = listEpochs(lockPath).at(-1);
        if (epoch === undefined)
            return { epoch: 0, kind: 'none' };
        const dir = epochDirOf(lockPath, epoch);
        try {
            const st = (0,external_node_fs_.lstatSync)(dir);
            if (!st.isDirectory())
                assertNotPlanted(dir);
            const owner = readOwner(dir);
            if (owner)
                return { epoch, kind: 'held', owner, heartbeatMs: st.mtimeMs };
            const kind = exists(external_node_path_.join(dir, RELEASED)) ? 'released' : 'starting';
            return { epoch, kind, heartbeatMs: st.mtimeMs };
        }
        catch (e) {
            // Its creator backed out (or failed to write its owner) meanwhile: look again.
            if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT' && attempt < 10))
                throw e;
        }
    }
}
/** Whether the next epoch may be created: never taken, released, or its heartbeat stopped. */
function isFree(state, staleMs, now = Date.now()) {
    if (state.kind === 'none' || state.kind === 'released')
        return true;
    return (state.heartbeatMs ?? 0) < now - staleMs;
}
/**
 * mkdir of epoch n: true for the one process that created it; false if it exists, or if the
 * epochs directory itself went away meanwhile (the caller prepares it again and retries).
 */
function claimEpochSync(lockPath, epoch) {
    const dir = epochDirOf(lockPath, epoch);
    try {
        (0,external_node_fs_.mkdirSync)(dir, { mode: fsx/* SHARED_DIR_MODE */.ex });
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && (e.code === 'EEXIST' || e.code === 'ENOENT'))
            return false;
        throw e;
    }
    // mkdir's mode is masked by the umask; set on the descriptor, never through a swapped-in link.
    (0,fsx/* chmodDirNoFollowSync */.o5)(dir, fsx/* SHARED_DIR_MODE */.ex);
    return true;
}
function epochsAbove(lockPath, epoch) {
    return listEpochs(lockPath).some((e) => e > epoch);
}
function writeOwnerSync(lockPath, epoch, owner) {
    (0,fsx/* writeFileReplacingSync */.WF)(external_node_path_.join(epochDirOf(lockPath, epoch), OWNER), JSON.stringify(owner));
}
/**
 * Still ours: our owner record in epoch n, and no newer epoch. (Epoch n+1 alone would do, by the
 * invariants above; any newer one also covers an epochs directory that someone removed and a
 * process with an old view re-created.)
 */
function ownsEpochSync(lockPath, epoch, token) {
    try {
        return readOwner(epochDirOf(lockPath, epoch))?.token === token && !epochsAbove(lockPath, epoch);
    }
    catch {
        return false;
    }
}
/** Release: the owner record becomes the `released` marker (one rename, so never half done). */
function markReleasedSync(lockPath, epoch) {
    const dir = epochDirOf(lockPath, epoch);
    (0,external_node_fs_.renameSync)(external_node_path_.join(dir, OWNER), external_node_path_.join(dir, RELEASED));
}
/** Removes one epoch (never the newest one of a holder: see the invariants). */
function removeEpochSync(lockPath, epoch) {
    (0,external_node_fs_.rmSync)(epochDirOf(lockPath, epoch), { recursive: true, force: true });
}
/** Removes the epochs below `epoch`, lowest first. Best effort: the next holder tries again. */
function removeEpochsBelow(lockPath, epoch) {
    for (const e of listEpochs(lockPath)) {
        if (e >= epoch)
            break;
        try {
            removeEpochSync(lockPath, e);
        }
        catch {
            return; // keep the lowest-first order: stop at the first one that resists (Windows)
        }
    }
}

// EXTERNAL MODULE: ./lib/core/platform/builtins.js
var builtins = __webpack_require__(3519);
;// CONCATENATED MODULE: ./lib/core/lock/queue.js
// The waiters' line of one lock. Every waiter watching the lock would wake on every release and
// race for it (a thundering herd: with 16 jobs, 15 wake-ups per handoff, most of the CPU time of a
// busy host). Waiters instead queue: each takes a ticket (a file in `<lock>.queue/`, named so that
// names sort in arrival order) and watches only the ticket ahead of it; the head watches the lock.
// A handoff then wakes the head, which takes the lock and removes its ticket, which wakes the
// next. The queue only decides who tries when; the lock itself stays the epoch mkdir.
// Nothing can wedge it: every waiter also polls, and removes the tickets ahead of it whose owner is
// gone (same host: its pid is not running; any host: the ticket's heartbeat is older than the
// stale time, e.g. a waiter stopped or killed on another host).







const queueDirOf = (lockPath) => `${lockPath}.queue`;
let ticketSeq = 0;
/** Queued ticket names, oldest first. */
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
    // Arrival time first (fixed width, so names sort by it), then a per-process sequence and a token.
    const name = `${String(Date.now()).padStart(15, '0')}-${String(ticketSeq++ % 1e6).padStart(6, '0')}-${(0,fsx/* randomToken */.zs)()}`;
    const file = external_node_path_.join(queueDir, name);
    const content = JSON.stringify({ pid: process.pid, host: (0,builtins.os)().hostname() });
    assertNotPlanted(queueDir);
    // Readable by the group whatever the umask (its mode set on the descriptor): other users'
    // waiters check whether we are alive.
    try {
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    catch (e) {
        if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
            throw e;
        await (0,fsx/* ensureDir */.A0)(queueDir); // the first waiter of this lock
        assertNotPlanted(queueDir);
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    return { name, file };
}
/** Keeps the ticket's heartbeat going (its mtime) until the returned function is called. */
function keepTicketAlive(ticket, staleMs) {
    const timer = setInterval(() => {
        const now = new Date();
        try {
            (0,external_node_fs_.utimesSync)(ticket().file, now, now);
        }
        catch {
            // removed as stale (we stalled): the waiting loop takes a new one
        }
    }, Math.max(10, Math.floor(staleMs / 4)));
    timer.unref();
    return () => clearInterval(timer);
}
/** Whether the ticket's waiter is gone: its heartbeat stopped, or (this host) its process did. */
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
        if (host !== (0,builtins.os)().hostname())
            return false;
        process.kill(pid, 0);
        return false;
    }
    catch (e) {
        return (0,errors/* isErrnoException */.s$)(e) && e.code === 'ESRCH';
    }
}
/**
 * The ticket right ahead of ours, after removing dead ones in front of it (dead ones further up
 * are their successors' business); undefined when we are the head.
 */
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
;// CONCATENATED MODULE: ./lib/core/lock.js
// Cross-process locks with an atomic takeover. A lock is a sequence of numbered epochs (see
// lock/epochs.ts): acquiring, and taking over a dead or stalled holder's lock, both mean creating
// the next epoch directory with mkdir, which exactly one of any number of racers can do. A holder
// stays the holder until a newer epoch exists; it checks that (and its token) before committing.
// A lost lock only marks the handle lost (its signal fires); release() leaves a lock it no longer
// owns alone. Waiters queue (lock/queue.ts) and sleep on file-system events, never spin.
//
// Staleness: a holder refreshes its epoch directory's mtime every quarter of the stale time with
// its own clock; a waiter compares that mtime with its own clock. Hosts sharing a root must keep
// their clocks in step (NTP) to well within the stale time. On NFS a client may see another
// host's directory times up to `acdirmax` (60 s by default) late, so the stale time must be at
// least twice that there: TOOLCHAIN_CACHE_LOCK_STALE=120 (see lock/stale.ts).











/** Who holds the lock now (or held it, if it is stale); undefined when it is free. */
async function readLockOwner(lockPath) {
    try {
        return newestEpoch(lockPath).owner;
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
/** Releases, synchronously, the locks this process holds: run on exit so others need not wait. */
const heldHere = new Set();
let exitHookInstalled = false;
function releaseOnExit(release) {
    heldHere.add(release);
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    // First of the exit listeners (the steps' code cache writes its files in one): waiters first.
    process.prependOnceListener('exit', () => {
        for (const r of [...heldHere]) {
            try {
                r();
            }
            catch {
                // exiting anyway: the lock goes stale instead
            }
        }
    });
}
/** One attempt: the lock, or undefined when someone else holds a fresh one. */
async function tryLock(lockPath, name, options) {
    const staleMs = (0,stale/* effectiveStaleMs */.pv)(options.staleMs);
    await prepareEpochsDir(lockPath);
    const epoch = claimNextEpoch(lockPath, staleMs);
    if (epoch === undefined)
        return undefined;
    const token = (0,fsx/* randomToken */.zs)();
    const owner = {
        token,
        pid: process.pid,
        host: (0,builtins.os)().hostname(),
        holder: options.holder,
        acquiredAt: new Date().toISOString(),
        epoch,
    };
    try {
        await (0,faults/* faultPoint */.Jd)('lock-owner');
        writeOwnerSync(lockPath, epoch, owner);
    }
    catch (e) {
        // No owner record (disk full, …): give the epoch back at once rather than leave a lock that
        // nobody can name and everyone must wait out.
        removeEpochSync(lockPath, epoch);
        throw e;
    }
    if (!ownsEpochSync(lockPath, epoch, token)) {
        // We stalled past the stale time between mkdir and now, and were taken over.
        removeEpochSync(lockPath, epoch);
        return undefined;
    }
    return holdEpoch(lockPath, name, epoch, token, staleMs);
}
/** Creates the next epoch if the newest one is free; its number, or undefined when busy or beaten. */
function claimNextEpoch(lockPath, staleMs) {
    const newest = newestEpoch(lockPath);
    if (!isFree(newest, staleMs))
        return undefined;
    const epoch = newest.epoch + 1;
    if (!claimEpochSync(lockPath, epoch))
        return undefined; // another racer created it first
    if (epochsAbove(lockPath, epoch)) {
        // Our view was old: that number had been used and cleaned up since. Not ours.
        removeEpochSync(lockPath, epoch);
        return undefined;
    }
    return epoch;
}
/** The handle of a held epoch, with its heartbeat. */
function holdEpoch(lockPath, name, epoch, token, staleMs) {
    const dir = epochDirOf(lockPath, epoch);
    const controller = new AbortController();
    let lost = false;
    let released = false;
    const owns = () => !lost && !released && ownsEpochSync(lockPath, epoch, token);
    const stop = () => {
        clearInterval(heartbeat);
        heldHere.delete(releaseSync);
    };
    const markLost = () => {
        if (lost)
            return;
        lost = true;
        stop();
        controller.abort(new errors/* LockLostError */.yx(name));
    };
    const heartbeat = startHeartbeat(dir, staleMs, owns, markLost);
    const releaseSync = () => {
        if (released)
            return;
        // A lock taken over by someone else is theirs now: leave it alone.
        const mine = owns();
        released = true;
        stop();
        if (!mine)
            return;
        try {
            markReleasedSync(lockPath, epoch);
        }
        catch (e) {
            if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
                throw e;
        }
        // After the release, so the next holder need not wait for it.
        removeEpochsBelow(lockPath, epoch);
    };
    releaseOnExit(releaseSync);
    const assertHeldSync = () => {
        if (lost || !ownsEpochSync(lockPath, epoch, token)) {
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
        signal: controller.signal,
        assertHeldSync,
        async assertHeld() {
            assertHeldSync();
        },
        async release() {
            releaseSync();
        },
    };
}
/**
 * Refreshes the epoch directory's mtime every quarter of the stale time, after checking the lock
 * is still ours (a holder that was taken over must not refresh, and learns it here: `onLost`).
 */
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
/** The newest epoch's directory while someone holds it; undefined when the lock is free. */
function busyEpochDir(lockPath, staleMs) {
    const newest = newestEpoch(lockPath);
    return isFree(newest, staleMs) ? undefined : epochDirOf(lockPath, newest.epoch);
}
/** Waits for the lock up to `timeoutMs` (0: one attempt), then throws LockTimeoutError naming the holder. */
async function acquireLock(lockPath, name, options) {
    return (await acquireUnlessNeedless(lockPath, name, options));
}
/** A check is a few reads of cached files: 15 waiters asking 4 times a second cost ~1% of a core. */
const NEEDLESS_POLL_MS = 250;
/**
 * acquireLock for a waiter that may find the lock needless while it waits (e.g. the install it
 * waits for is done): `needless` is asked after every wake-up, and when it says so the waiter
 * leaves the line without the lock (undefined). Every waiter, wherever it stands in the line, is
 * woken by the holder's release and by changes of the `watch` files, and asks at least every
 * `pollMs` while the lock is held: a crowd of waiters leaves at once when the install is done,
 * not one after another (docs/design.md, "Install lock and waiters").
 */
async function acquireLockUnless(lockPath, name, options, needless) {
    const check = typeof needless === 'function' ? { needless } : needless;
    return acquireUnlessNeedless(lockPath, name, options, check);
}
async function acquireUnlessNeedless(lockPath, name, options, unless) {
    const deadline = Date.now() + options.timeoutMs;
    const staleMs = (0,stale/* effectiveStaleMs */.pv)(options.staleMs);
    const queueDir = queueDirOf(lockPath);
    await prepareEpochsDir(lockPath);
    assertNotPlanted(queueDir);
    // Nobody queued (or no time to queue): one attempt straight away.
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
/** The waiting loop: only the head of the line tries; everyone sleeps on a watcher or a poll. */
async function waitInLine(lockPath, name, options, deadline, ticket, unless) {
    const pollMs = options.pollMs ?? 100;
    const staleMs = (0,stale/* effectiveStaleMs */.pv)(options.staleMs);
    const queueDir = queueDirOf(lockPath);
    // Look for a dead ticket ahead on joining and on every poll (no event comes from a dead waiter).
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
        // Only the head tries: first come, first served. (A head that is stuck, not just slow, stops
        // its ticket's heartbeat and is skipped once that is stale.) A waiter that may find the lock
        // needless watches the holder from anywhere in the line: its release may mean "done".
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
        // While someone holds the lock its work may end any moment: ask often, whatever the events.
        const probe = unless && busyDir !== undefined
            ? { everyMs: unless.pollMs ?? NEEDLESS_POLL_MS, ask: unless.needless }
            : undefined;
        // What changes from here on must still wake us: see `moved`.
        await (0,faults/* faultPoint */.Jd)('waiter-looked');
        const wake = await (0,watch/* sleepUntilChange */.a)(wakeTargets(lockPath, place, unless), { period: waitPeriod(pollMs, ahead === undefined, waits), pollMs, deadline }, () => moved(lockPath, staleMs, place), probe);
        if (wake === 'probe')
            return undefined;
        scan = wake === 'poll';
    }
}
/**
 * What wakes a waiter: the ticket ahead going away; at the head (or when the lock may become
 * needless), the holder's epoch being released (not its owner record being written: that would
 * only wake us for nothing), or, with the lock free, any change of the epochs; the needless
 * check's own files.
 */
function wakeTargets(lockPath, place, unless) {
    const targets = [];
    if (place.ahead !== undefined)
        targets.push({ path: external_node_path_.join(queueDirOf(lockPath), place.ahead) });
    if (place.busyDir !== undefined)
        targets.push({ path: place.busyDir, entries: RELEASE_EVENTS });
    else if (place.ahead === undefined)
        targets.push({ path: epochsDirOf(lockPath) });
    for (const file of unless?.watch ?? [])
        targets.push({ path: external_node_path_.dirname(file), entries: [external_node_path_.basename(file)], optional: true });
    return targets;
}
/** Whether the line or the lock moved since the waiter looked (then it looks again at once). */
function moved(lockPath, staleMs, place) {
    if (place.ahead !== undefined && !(0,external_node_fs_.existsSync)(external_node_path_.join(queueDirOf(lockPath), place.ahead)))
        return true;
    return place.sawLock && busyEpochDir(lockPath, staleMs) !== place.busyDir;
}
/**
 * Polls are the fallback for what a watcher cannot see (other hosts on NFS, a dead or stuck
 * waiter ahead). The head backs off to 8 × pollMs; the others, who only need to notice a stuck
 * queue eventually, poll about once a second (or every 8 × pollMs if that is longer).
 */
function waitPeriod(pollMs, head, waits) {
    return head ? pollMs * Math.min(8, 1.25 ** waits) : Math.max(8 * pollMs, 1000);
}
/** Runs `fn` while holding the lock; the lock is released whatever happens. */
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
// How long a silent holder keeps its lock: one definition for every lock of the cache.

/** Default stale time of the install, registry and stats locks (local disks). */
const DEFAULT_LOCK_STALE_MS = 10_000;
/** The host's setting, in seconds (e.g. `120` for a root on NFS). */
const LOCK_STALE_ENV = 'TOOLCHAIN_CACHE_LOCK_STALE';
/** Below this a heartbeat (a quarter of the stale time) would be mostly timer noise. */
const MIN_LOCK_STALE_MS = 50;
/** A day: a lock silent for that long is dead whatever the file system. */
const MAX_LOCK_STALE_MS = 86_400_000;
/**
 * The stale time set by the host through TOOLCHAIN_CACHE_LOCK_STALE (seconds, fractions allowed),
 * or DEFAULT_LOCK_STALE_MS when it is unset or empty. Anything else is an InputError naming the
 * variable, so a typo never silently falls back to a stale time that is too short for NFS.
 * (The host configuration file's `lockStale` comes first: src/core/host-config.ts.)
 */
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
/** Seconds (fractions allowed) → ms, within the bounds; else an InputError naming `source`. */
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
/** A caller's stale time, kept above the floor where heartbeats stop making sense. */
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
// Change notifications for waiters, with polling as the fallback wherever they do not work.


/**
 * fs.watch of a file or directory that others may delete, where the platform supports it; polling
 * covers the rest (and NFS, where events do not cross hosts). Windows cannot delete a directory that
 * is being watched, so there the parent is watched for that name (and every change inside counts).
 */
function watchTarget(target, onChange, 
/** For a directory: the entries whose changes matter (the directory's own always do). */
entries) {
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
/**
 * Sleeps until one of `targets` changes, a poll is due or the probe says yes. `changed` is asked
 * once the watchers are set up: what happened between the caller's look and the watch would
 * otherwise sleep until the next poll. Periods are jittered (0.5–1.5×) so pollers sharing a lock
 * do not wake in step. The watchers stay set up across the probes: a probe costs one question.
 */
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
            // Once woken, nothing else starts: no new question, no second answer.
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
        // A question in flight when something else woke us may have had its effect: take its answer.
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
// A vendor's per-job setup (VendorLayout.job: a global npm prefix in RUNNER_TEMP, GOPATH/bin on
// PATH) without loading the vendor module on a hit: the table keeps the setup made with
// placeholder directories, and each job fills in its own. The placeholders are relative names
// (`path.join` keeps them as they are); a setup that would depend on a variable the job sets
// (GOPATH) is made by the vendor module instead. Then the job's part: directories and links made,
// PATH and variables handed back for the runner.



const JOB_TEMP = '\u0000job-temp';
const JOB_HOME = '\u0000job-home';
/** The setup with placeholders, and the job variables it read. */
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
/** The setup for this job, or undefined when the template cannot serve it (ask the vendor). */
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
    // A placeholder the vendor moved (path.resolve of it, say) is left over: not a setup to use.
    return JSON.stringify(setup).includes('\\u0000') ? undefined : setup;
}
/**
 * Makes the setup's directories and links (what is there already is left alone: the job's own
 * directories, outside the cache root).
 */
async function applyJobSetup(setup) {
    // Synchronous: a warm hit of a named toolchain does this, and fs.promises is not loaded on a hit
    // (docs/design.md, "Start-up cost"). The job's own directories, a few calls.
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
// The host's settings for named toolchains (docs/design.md, "Named toolchains"): how long a
// vendor's index stays fresh, and the mirror of each vendor. The host file's values beat the
// environment's (a workflow can set those: they are the workflow's level, as every
// TOOLCHAIN_CACHE_* variable is); there is no workflow input for either.

const INDEX_TTL_ENV = 'TOOLCHAIN_CACHE_INDEX_TTL';
const DEFAULT_INDEX_TTL_SECONDS = 3600;
/** `TOOLCHAIN_CACHE_MIRROR_NODE`, `…_MIRROR_GO`: the vendor's name upper-cased, `-` as `_`. */
const mirrorEnvName = (vendor) => `TOOLCHAIN_CACHE_MIRROR_${vendor.toUpperCase().replaceAll('-', '_')}`;
/** The host file's `indexTtl` and `mirrors`, else TOOLCHAIN_CACHE_INDEX_TTL and TOOLCHAIN_CACHE_MIRROR_<NAME>. */
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Environment variable ${INDEX_TTL_ENV} must be a whole number of seconds ≥ 0 (got "${raw}").`, INDEX_TTL_ENV);
    return Number(raw);
}
function checkMirror(raw, variable) {
    if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Environment variable ${variable} must be an http(s) URL, the base of the mirror (got "${raw}").`, variable);
    return raw.replace(/\/+$/, '');
}
/**
 * The URL to fetch for the vendor's own `url`: with a mirror, `base.url + rest` becomes
 * `mirror + base.mirrorPath + rest` for the first of the vendor's bases that `url` starts with;
 * without one (or under none of the bases), `url` itself.
 */
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

/***/ 6917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ii: () => (/* binding */ tableUse),
/* harmony export */   L7: () => (/* binding */ freshResolution),
/* harmony export */   P1: () => (/* binding */ namedDir),
/* harmony export */   am: () => (/* binding */ updateTable),
/* harmony export */   o2: () => (/* binding */ resolutionKey),
/* harmony export */   xz: () => (/* binding */ readTable)
/* harmony export */ });
/* unused harmony exports TABLE_FILE, MAX_TABLE_BYTES, MAX_ENTRIES, tableFile */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(770);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1188);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9558);
// The per-host table of resolutions (docs/design.md, "Named toolchains"): what a hit reads
// instead of the vendor's multi-megabyte index. `named/resolutions.json` in the cache root, a few
// KB: spec + platform + mirror → the resolution and when it was made, and per id what the vendor
// module says about using it (PATH directories, strip-components, variables, its mirror bases),
// so a job whose spec is in the lockfile or freshly resolved here loads no vendor module and no
// HTTP code. Written like stats.json (a temp file renamed over, 0664, under a lock): every runner
// user of the group can read and replace it. Bounded: the oldest entries go past MAX_ENTRIES.




const TABLE_FILE = 'resolutions.json';
/** A table of MAX_ENTRIES resolutions and uses is ~0.5 MB; anything larger is not ours. */
const MAX_TABLE_BYTES = 1024 * 1024;
const MAX_ENTRIES = 1000;
/** The root's directory of named-toolchain caches (this table and `docs/`, the index cache). */
const namedDir = (layout) => layout.namedDir;
const tableFile = (layout) => node_path__WEBPACK_IMPORTED_MODULE_0__.join(namedDir(layout), TABLE_FILE);
/** The key of a resolution: the spec as written, the platform, the mirror (`-`: none). */
const resolutionKey = (spec, platform, mirror) => `${spec} ${platform} ${mirror ?? '-'}`;
const emptyTable = () => ({ version: 1, resolutions: {}, uses: {} });
/**
 * The table, read no-follow and bounded (regular-file.ts); empty when missing. One that does not
 * parse or has another shape reads as empty (it is a cache: the next resolution rewrites it).
 */
function readTable(layout) {
    const text = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularTextIfExistsSync */ .cL)(tableFile(layout), MAX_TABLE_BYTES);
    if (text === undefined)
        return emptyTable();
    try {
        const doc = JSON.parse(text);
        if (doc?.version !== 1 || !isRecord(doc.resolutions) || !isRecord(doc.uses))
            return emptyTable();
        return { version: 1, resolutions: doc.resolutions, uses: doc.uses };
    }
    catch {
        return emptyTable();
    }
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A resolution of the table that is well-formed and younger than `ttlMs`. */
function freshResolution(table, key, ttlMs, now = Date.now()) {
    const r = Object.hasOwn(table.resolutions, key) ? table.resolutions[key] : undefined;
    if (!r || typeof r.id !== 'string' || typeof r.sha256 !== 'string' || typeof r.url !== 'string')
        return undefined;
    const age = now - Date.parse(r.resolvedAt);
    return age >= 0 && age < ttlMs ? r : undefined;
}
/** How `id` is used, when the table has a well-formed record of it. */
function tableUse(table, id) {
    const u = Object.hasOwn(table.uses, id) ? table.uses[id] : undefined;
    if (!u || !Array.isArray(u.bin) || !isRecord(u.env) || !Array.isArray(u.bases))
        return undefined;
    return u;
}
/** Merges `update` into the table under its lock (a lost update would only cost a resolution). */
async function updateTable(layout, update, options = {}) {
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureDir */ .A0)(namedDir(layout));
    await (0,_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .withLock */ .kK)(layout.lockPath('named-table'), 'named-table', {
        staleMs: options.staleMs ?? _lock_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LOCK_STALE_MS */ .xL,
        timeoutMs: 30_000,
        pollMs: 25,
        holder: options.holder,
    }, async (lock) => {
        const table = readTable(layout);
        Object.assign(table.resolutions, update.resolutions);
        Object.assign(table.uses, update.uses);
        table.resolutions = newest(table.resolutions, (r) => r.resolvedAt);
        table.uses = newest(table.uses, (u) => u.recordedAt);
        (0,_fsx_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileReplacingSync */ .WF)(tableFile(layout), JSON.stringify(table), () => lock.assertHeldSync());
    });
}
/** The MAX_ENTRIES newest of `records`. */
function newest(records, at) {
    const entries = Object.entries(records);
    if (entries.length <= MAX_ENTRIES)
        return records;
    entries.sort(([, a], [, b]) => Date.parse(at(b)) - Date.parse(at(a)));
    return Object.fromEntries(entries.slice(0, MAX_ENTRIES));
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
// Random names (temp files, use keys, the runner's heredoc delimiters) without loading
// `node:crypto` on a warm hit (docs/design.md, "Start-up cost"): the kernel's CSPRNG read from
// /dev/urandom where there is one (checked to be a character device), node:crypto elsewhere.


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
/** `n` bytes from the system's CSPRNG. */
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
/** `2n` hex characters of randomness. */
const randomHex = (n) => randomBytes(n).toString('hex');
/** An RFC 4122 version 4 UUID, as crypto.randomUUID makes. */
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
// Install receipts: the evidence an installer writes, outside the tree, before it publishes one.
// A tree in toolchains/ says what it is through its manifest, but anyone who can write the root can
// plant a tree with a manifest claiming any sha256. A tree is trusted (adopted after a crash, or
// registered by a rebuild) only when the receipt of its id names that sha256 and the manifest's
// exact bytes; every hit trusts tree-stat only when its bytes are the ones the receipt names.
// See docs/design.md, "Evidence" and "The hit check".






const RECEIPT_SCHEMA_VERSION = 1;
/** A receipt is a few hundred bytes; anything much larger was not written by an installer. */
const RECEIPT_MAX_BYTES = 64 * 1024;
/** manifest.json: one line per member, and an archive has at most a few hundred thousand. */
const MANIFEST_MAX_BYTES = 256 * 1024 ** 2;
/**
 * Written under the install lock, after the manifest and tree-stat and before the rename that
 * publishes the tree. Seals both (read-only, on their descriptors) and digests the very bytes
 * sealed; the receipt itself is sealed too.
 */
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
        writtenAt: new Date().toISOString(),
    };
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureDir */ .A0)(layout.receiptsDir); // a root of an older release, or made by hand, may lack it
    // A sealed receipt left by an earlier install of the id: Windows refuses to rename over a
    // read-only file. No tree of the id is published now (we hold its install lock, before the rename).
    await removeReceipt(layout, id);
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .atomicWriteFile */ .Re)(layout.receiptFile(id), JSON.stringify(receipt));
    (0,_install_seal_js__WEBPACK_IMPORTED_MODULE_3__/* .sealRecordSync */ .U4)(layout.receiptFile(id), RECEIPT_MAX_BYTES);
}
/**
 * The receipt of `id` for `sha256` (when given), read as every record in the root is (no link
 * followed, a regular file, bounded), or why there is none to go by.
 */
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
/** The digest of the record at `file`, or undefined when it is missing, not a regular file or too large. */
function digestOf(file, maxBytes) {
    try {
        return (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .recordDigest */ .kd)((0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFileSync */ .cG)(file, maxBytes));
    }
    catch {
        return undefined;
    }
}
/**
 * Why the installed files of `id` are not what its installer published, or undefined when the
 * receipt names `sha256` (when given) and the manifest (and metadata file) byte for byte.
 */
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
/**
 * What a hit goes by: the digest of tree-stat that the receipt of `id` for `sha256` records, or
 * why there is none (no receipt, an unreadable one, one for another archive, one without it).
 * The hit then checks tree-stat's bytes against it (install/tree-stat.ts, treeStatProblem).
 */
function recordedTreeStat(layout, id, sha256) {
    const found = receiptFor(layout, id, sha256);
    if ('problem' in found)
        return found;
    const { statsSha256: recorded, statsIdentity: identity } = found.receipt;
    if (typeof recorded !== 'string')
        return { problem: 'its install receipt records no metadata file (tree-stat)' };
    return typeof identity === 'string' ? { sha256: recorded, identity } : { sha256: recorded };
}
/** Removed with the entry (GC, `remove`): a receipt outliving its tree would vouch for a planted one. */
async function removeReceipt(layout, id) {
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(layout.receiptFile(id), { force: true }).catch((e) => {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
            throw e;
    });
}
/**
 * The hit check (metadata only, see install/tree-stat.ts): how the tree changed since it was
 * sealed, by the tree-stat its installer's receipt vouches for (docs/design.md, "The hit check").
 * No receipt for this archive, or a tree-stat other than the one it records, is a changed tree.
 */
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
// One way to show a URL: its userinfo (`user:pass@`) and its query string (signed URLs, tokens)
// become `***`. Every log line, error, warning, summary and statistic shows URLs through this,
// and the root stores only this form (registry.json, manifest.json): every local user can read
// them (docs/design.md, "Security model"). The download itself uses the real URL.
/** `https://user:pass@host/x.tar.gz?token=s#f` → `https://***@host/x.tar.gz?***#***`. */
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
/** The same, for text that is not a URL a parser takes (an invalid input, shown in its error). */
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
// The registry's on-disk shape, validated on every read: a registry that fails validation is never
// treated as empty. Entries only: uses live in their own records (uses.ts), and a toolchain's
// directory always comes from the layout, never from this file.
// Hand-written rather than a schema library: the check runs on the warm path of every job.

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
/** Why `e` is not a registry entry, as "field: expected …", or undefined when it is one. */
function entryProblem(e) {
    if (!isObject(e))
        return 'expected an object';
    for (const [field, ok, expected] of ENTRY_FIELDS) {
        if (!ok(e[field]))
            return `${field}: expected ${expected}`;
    }
    return undefined;
}
/**
 * Why `raw` is not a registry document ("entries.cmake.sha256: expected …"), or undefined when it
 * is one. Unknown keys are kept.
 */
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
/**
 * Entries written before URLs were stored redacted lose their credentials as they are read (the
 * next write stores them without): only redacted URLs live in the root (src/core/redact.ts).
 */
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
// Reading a file someone else may have put at its name: a record in the root (registry.json, a
// receipt, manifest.json, tree-stat, a lock's owner), an archive in staging, an object in a tier
// directory. The open follows no link and never blocks (opening a FIFO for reading waits for a
// writer, forever), the descriptor must be a regular file, and reads stop at the size it had when
// it was opened (and at a bound per kind of file): a file that keeps growing (or a FIFO fed
// slowly) never holds a step. Synchronous entry points for the warm path and the registry's
// critical sections, asynchronous ones for the rest. See docs/design.md, "Staging", "Remote tiers"
// and "Walks stay in the root".



/** 0 on Windows, which has neither flag (a symlink there needs a privilege; no FIFOs in the file system). */
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0;
/** Every read open of this module: no link followed, no wait for a FIFO's writer. */
const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK;
/** No O_TRUNC: what is there is checked (assertOwnSingleName) before a byte of it changes. */
const WRITE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | NO_FOLLOW | NON_BLOCK;
/** What a name holds instead of a regular file, for messages. */
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
/**
 * A name that holds something else than it must (a regular file of at most some size, or for a
 * tier's own names a directory). The one error of this module, an UNSAFE_PATH.
 */
class NotRegularFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolchainCacheError */ .mg {
    file;
    kind;
    constructor(file, kind, expected = 'a regular file') {
        super('UNSAFE_PATH', `${file} is ${kind}, not ${expected}: it was neither followed nor read. Check who can write there.`);
        this.file = file;
        this.kind = kind;
    }
}
/** The errors of an open that met a link (ELOOP; EMLINK on FreeBSD) or a FIFO/socket (ENXIO), named. */
function openFailure(file, e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && (e.code === 'ELOOP' || e.code === 'EMLINK'))
        return new NotRegularFileError(file, 'a symlink');
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && e.code === 'ENXIO')
        return new NotRegularFileError(file, 'a FIFO or a socket');
    return e;
}
/** Throws unless the opened object is a regular file of at most `maxBytes`. */
function checkOpened(file, st, maxBytes) {
    if (!st.isFile())
        throw new NotRegularFileError(file, fileKind(st));
    if (st.size > maxBytes)
        throw new NotRegularFileError(file, `${st.size} bytes`, `at most ${maxBytes} bytes`);
}
/**
 * Throws unless the opened object is a regular file of the effective user with one name: what
 * may be written, truncated or chmod-ed. A hard link a group member planted at a name we write (to
 * /etc/sudoers, or to a runner user's own 0600 file, on a host without fs.protected_hardlinks)
 * has a second name, or another owner; writing or chmod-ing it would reach that file. Windows:
 * the regular-file check only.
 */
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
/** Without O_NOFOLLOW (Windows): look first; a swap in between needs a privilege there. */
function lookedAt(file, st) {
    if (!st.isFile())
        throw new NotRegularFileError(file, fileKind(st));
}
// ------------------------------------------------------------------------------------ synchronous
/**
 * Opens `file` (no-follow, non-blocking), checks that it is a regular file of at most `maxBytes`,
 * and hands its descriptor and size to `use`. Throws the open's errno error (ENOENT…) or a
 * NotRegularFileError.
 */
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
/** Reads at most `size` bytes from the start of `fd` (fewer when the file shrank meanwhile). */
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
/** The bytes of the regular file `file` (see withRegularFileSync for what is refused). */
const readRegularFileSync = (file, maxBytes) => withRegularFileSync(file, maxBytes, readUpToSync);
/** readRegularFileSync as text, or undefined when there is no such file. */
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
/**
 * What a receipt records of a sealed record besides its digest: inode, size, mtime and ctime. Any
 * change to the file, or another file put in its place, changes one of them (ctime cannot be set
 * back by anyone but root), so a hit whose tree-stat still has it need not hash the bytes
 * (docs/design.md, "The hit check"). The device is left out: it may change across reboots.
 */
const fileIdentity = (st) => `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
/** readRegularFileSync, with the identity (fileIdentity) of the descriptor the bytes came from. */
function readRegularFileIdentitySync(file, maxBytes) {
    return withRegularFileSync(file, maxBytes, (fd, size) => ({
        bytes: readUpToSync(fd, size),
        identity: fileIdentity((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd)),
    }));
}
/** The digest a receipt records of a file: sha256 of its exact bytes, in hex. */
const recordDigest = (data) => (0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .crypto */ .Et)().createHash('sha256').update(data).digest('hex');
/**
 * Opens `file` for reading: no link followed, no blocking open, a regular file of at most
 * `maxBytes` only (anything else throws NotRegularFileError naming the file and what it is).
 */
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
/** Reads exactly up to `size` bytes from the start (fewer when the file shrank). */
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
/** The bytes of the regular file `file`, bounded (see openRegularFile for what is refused). */
async function readRegularFile(file, maxBytes) {
    // Read synchronously (records, bounded): a hit loads no fs.promises (docs/design.md, "Start-up cost").
    return Promise.resolve(readRegularFileSync(file, maxBytes));
}
/**
 * Bytes `start` to `end` (exclusive) of `handle`, by positional reads: the descriptor's offset
 * never moves, and destroying the stream leaves the descriptor open (an fs read stream given a
 * handle closes it when destroyed, whatever its autoClose).
 */
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
/** Writes to `handle` at its offset, in order, and leaves it open (an fs write stream may not). */
const writeTo = (handle) => new ((0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .stream */ .Td)().Writable)({
    write(chunk, _encoding, done) {
        handle.write(chunk).then(() => done(), done);
    },
});
/** The sha256 of the regular file `file`, of at most the bytes it had when opened. */
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
/**
 * Opens `file` for writing, created when missing (with `mode`), emptied, without following a
 * link and without blocking (ENXIO: a FIFO without a reader); what is there must be a regular
 * file of this user with one name (assertOwnSingleName), checked before it is truncated. For a
 * file whose name we made ourselves in a directory others can write (a tier's part file in staging).
 */
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
// Uses as their own records (the GC roots): one small file per use, `uses/<id>/<key>.json`,
// published by a rename and removed on release. No rewrite of the registry can lose them, and a
// warm hit records one without any lock. The protocol against GC (docs/design.md, "Uses and
// GC"): an acquire writes its record, then looks for the entry's removal mark and its tree; a GC
// writes the mark, then looks for records. Whichever comes second sees the other.








const USE_SUFFIX = '.json';
const isWindows = process.platform === 'win32';
/** A new file, never an existing name, never through a link. */
const CREATE_EXCLUSIVE = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
/** The name of a use record in `uses/<id>` (layout.useFile's). */
const useFileName = (layout, id, key) => node_path__WEBPACK_IMPORTED_MODULE_1__.basename(layout.useFile(id, key));
/** The last-use stamp's name in `uses/<id>` (layout.lastUsedStamp's). */
const LAST_USED = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(new _layout_js__WEBPACK_IMPORTED_MODULE_4__/* .CacheLayout */ .lB(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).lastUsedStamp('id'));
async function lstatIfExists(p) {
    try {
        // Synchronous: on every hit's way, and nothing there loads fs.promises ("Start-up cost").
        return await Promise.resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p));
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
            return undefined;
        throw e;
    }
}
/** Where an installed entry stands. A tree replaced by a link (or a file) is an UNSAFE_PATH error. */
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
/**
 * `uses/<id>`, opened without following a link (O_DIRECTORY|O_NOFOLLOW, synchronously: this is
 * the warm hit's path), made when missing: a job's record goes into that very directory and is
 * removed from it, never through a link planted there by another user. A link (or anything but a
 * directory) there stops the job naming it (docs/design.md, "Uses and GC"); undefined when it is
 * missing and `create` is false.
 */
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
        // The first use of this id.
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
/**
 * Publishes `text` as `name` in the open `uses/<id>`: written to a temp name, then renamed (a
 * reader never sees half a record). Both names are bound to the directory's descriptor.
 */
function publishSync(dir, name, text) {
    const tmp = `${name}.tmp-${process.pid}-${(0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .randomToken */ .zs)()}`;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir.nameOf(tmp), CREATE_EXCLUSIVE, _fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .SHARED_FILE_MODE */ .bG);
    try {
        // Explicitly: the umask must not keep the runners' group from reading it (GC judges it).
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
/** Runs `fn` with `uses/<id>` open (made when missing). */
async function withUsesDir(layout, id, fn) {
    const dir = (await openUsesDir(layout, id, true));
    try {
        return await fn(dir);
    }
    finally {
        dir.close();
    }
}
/** Unlinks `name` of the open `uses/<id>`; false when it was not there. */
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
/** Writes a use record as is (recordUse adds the checks); the file's path. */
async function writeUseRecord(layout, id, record) {
    await withUsesDir(layout, id, async (dir) => publishSync(dir, useFileName(layout, id, record.key), JSON.stringify(record)));
    return layout.useFile(id, record.key);
}
/**
 * Records this step's use of `id`, then checks the entry is still there and not being removed.
 * True when the use holds; false (and no record left) when the caller must install it again.
 */
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
/** A use belongs to this step when it has the step's key, or (the key being lost with a crashed
 * main) the same job process and the same action step. */
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
/**
 * Releases this step's uses of `ids`; idempotent. Returns the ids released. The release is the
 * unlink, in `uses/<id>` opened no-follow; refreshing the last-use stamp afterwards is best effort
 * and never makes it fail.
 */
async function releaseUses(layout, owner, ids, now = Date.now()) {
    const host = (0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .hostId */ .My)();
    const released = [];
    for (const id of new Set(ids)) {
        const dir = await openUsesDir(layout, id, false);
        if (!dir)
            continue;
        let removed = false;
        try {
            const names = new Set();
            if (owner.key)
                names.add(useFileName(layout, id, owner.key));
            if (owner.process && owner.job) {
                const { records } = await readUses(layout, id);
                for (const r of records)
                    if (ownedBy(r.use, owner, host))
                        names.add(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(r.file));
            }
            for (const name of names)
                removed = unlinkIn(dir, name) || removed;
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
/** Refreshes the last-use stamp of the open `uses/<id>` (advisory: GC's age and LRU decisions read it). */
function stampIn(dir, at) {
    try {
        publishSync(dir, LAST_USED, new Date(at).toISOString());
    }
    catch {
        // Advisory: a stamp that cannot be written only makes the entry look older to GC.
    }
}
/** stampIn for `id`, when its `uses/<id>` exists (and is a directory, not a link). */
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
/** A use record is a few hundred bytes: anything much larger is not one (and is not read whole). */
const MAX_RECORD_BYTES = 64 * 1024;
/**
 * Every use record of `id` (temp files of writers in progress are not records). `uses/<id>` is
 * opened no-follow from the root and its files read through that descriptor, no-follow and
 * non-blocking: a link or a FIFO planted there is an unreadable record (the entry stays in use),
 * never followed nor waited on.
 */
async function readUses(layout, id) {
    const result = { records: [], unreadable: [], temps: [] };
    let dir;
    try {
        dir = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .openDirInsideIfExists */ .Z1)(layout.root, layout.usesOf(id));
    }
    catch {
        // A directory of uses we cannot open (or a link in its place) may hold live uses: the caller
        // must treat the entry as in use.
        result.unreadable.push(layout.usesOf(id));
        return result;
    }
    if (!dir)
        return result;
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .withDir */ .uM)(dir, (d) => readUsesIn(d, result));
    return result;
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
                continue; // released meanwhile
            result.unreadable.push(file);
        }
    }
}
/**
 * Unlinks files of `uses/<id>` by name, through the directory opened no-follow from the root (a
 * link planted at `uses/<id>` is never deleted through). Returns the names that were there.
 */
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
/** Judges every record of `id` (liveness may run `ps`: never call this under a busy lock in a loop). */
async function usageOf(layout, id, alive) {
    const { records, unreadable, stampMs, temps } = await readUses(layout, id);
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
/** Usage of each id, judged with one liveness checker. */
async function usageOfAll(layout, ids, now = Date.now()) {
    const alive = livenessChecker(now);
    const out = new Map();
    for (const id of ids)
        out.set(id, await usageOf(layout, id, alive));
    return out;
}
/** A temp file this old belongs to a writer that was killed (a record is written in microseconds). */
const STALE_TEMP_MS = 3600_000;
/**
 * Removes the regular files among `names` (entries of the open directory `dir`) not modified for
 * `maxAgeMs` (by default: temp files of killed writers); returns how many. Relative to the
 * descriptor: a link is never followed, a directory swapped in above never redirects it.
 */
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
/**
 * Removes the records of jobs that are gone, for every id that has a uses directory. A dead use
 * cannot come back to life (a refreshed use is a new record), so unlinking it needs no lock; its
 * time goes into the last-use stamp so LRU still sees the job's use.
 */
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
// Bounds one call into a tier from the outside: whatever the client does (retries, a socket that
// accepted and never answers, a hung share), the caller gets an answer within `timeoutMs` of the
// last progress. The call is aborted; a client that ignores the abort is left behind, unawaited.

class TierTimeoutError extends Error {
    timeoutMs;
    constructor(timeoutMs) {
        super(`no progress for ${timeoutMs / 1000} s (remote-timeout)`);
        this.timeoutMs = timeoutMs;
        this.name = 'TierTimeoutError';
    }
}
let abandonedWork = false;
/**
 * Called last by a step. A call abandoned after its timeout may still hold the event loop (a
 * client's retry timers, a read on a hung share): once the step's own work is done, that must not
 * keep the step running. Without abandoned calls the process ends on its own, before the timer.
 */
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
        // An abort surfaces from inside the client under its own name: report the timeout instead.
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
/** A failure as one line for a warning. */
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
// The provider registry: which items the `remote` input may name. Syntax only (syntax.ts): both
// steps validate the input here on every job, a hit included, without loading any tier's code;
// tiers.ts builds the tiers on a miss or a save (docs/design.md, "Start-up cost").


const PROVIDERS = [
    _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsCacheSyntax */ .zd,
    _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .s3Syntax */ .aK,
    _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fileSyntax */ .U$,
];
/** Splits the input into items: one per line or comma-separated; blank items and `#` comments ignored. */
function splitRemoteInput(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.replace(/(^|\s)#.*$/, ''))
        .flatMap((line) => line.split(','))
        .map((item) => item.trim())
        .filter(Boolean);
}
/** Validates every item; the first bad one fails with an error naming the input and the item. */
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
/** Whether any tier is on for this job. */
const anyTier = (settings) => settings.remoteCache && settings.remote.length > 0;
/** Archives are kept in staging for post only when some tier could take them. */
const keepArchivesFor = (settings) => settings.remoteCache && anyWritable(settings.remote);


/***/ }),

/***/ 755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ invalidItem)
/* harmony export */ });
/* unused harmony export REMOTE_INPUT */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
// Errors about the `remote` input: each names the input and the item, and says what would work.

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
// What each provider accepts in the `remote` input, and what its tiers can do: syntax only, no tier
// code, so that a step can validate the input on a hit without loading any client (docs/design.md,
// "Start-up cost"). Each provider's module (actions-cache.ts, s3.ts, file.ts) adds how its tiers
// are made; tiers.ts maps these to them.



const ACTIONS_CACHE = 'actions-cache';
const actionsCacheSyntax = {
    name: ACTIONS_CACHE,
    capabilities: { read: true, write: true, streaming: false },
    claims: (item) => item.toLowerCase() === ACTIONS_CACHE,
    parse: () => ({ name: ACTIONS_CACHE }),
};
// AWS's rules for bucket names (dots allowed: older buckets and other stores use them).
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
    if (!_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PLATFORMS */ .P.includes(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolchainCacheError */ .mg('INVALID_INPUT', `Named toolchains are not available on ${facts.platform}-${facts.arch}` +
            `${facts.musl ? ' (musl)' : ''}: ids name the platforms ${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PLATFORMS */ .P.join(', ')}. ` +
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
// Vendor name → module, loaded on first use: a job whose named toolchains are all answered by the
// lockfile or the resolution table imports no vendor code at all. Adding a vendor is adding a file
// and a line here (docs/design.md, "Vendors").

const LOADERS = {
    node: async () => (await __webpack_require__.e(/* import() */ 619).then(__webpack_require__.bind(__webpack_require__, 8619))).node,
    go: async () => (await __webpack_require__.e(/* import() */ 721).then(__webpack_require__.bind(__webpack_require__, 6721))).go,
    python: async () => (await __webpack_require__.e(/* import() */ 133).then(__webpack_require__.bind(__webpack_require__, 5133))).python,
    temurin: async () => (await __webpack_require__.e(/* import() */ 633).then(__webpack_require__.bind(__webpack_require__, 3633))).temurin,
    zig: async () => (await __webpack_require__.e(/* import() */ 617).then(__webpack_require__.bind(__webpack_require__, 4617))).zig,
};
/** The names users may write before `@`, in the order errors list them. */
const VENDOR_NAMES = Object.keys(LOADERS);
const isVendorName = (name) => Object.hasOwn(LOADERS, name);
/** Throws an InputError listing the known names when `name` is not one (no import). */
function checkVendorName(spec, name) {
    if (!isVendorName(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${spec}: unknown toolchain name "${name}". Known names: ${VENDOR_NAMES.join(', ')}; ` +
            'for anything else give an {id, url, sha256} item.', 'toolchains');
    }
}
/** The vendor module for `name` (imported on first call); an unknown name throws as checkVendorName. */
async function loadVendor(name, spec = `${name}@…`) {
    checkVendorName(spec, name);
    return LOADERS[name]();
}


/***/ }),

/***/ 5386:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ PLATFORMS)
/* harmony export */ });
// The contract every vendor module implements (src/vendors/<name>.ts): how a named toolchain
// (`node@24`) becomes an ordinary {id, url, sha256} item, from the vendor's own index and its own
// published checksums. A vendor module does no I/O of its own: it asks `VendorFetch` for the
// documents it needs (by the vendor's own URLs), and the resolver applies the host's mirror, the
// per-host index cache, the TTL and the one-fetch-at-a-time lock (docs/design.md, "Named toolchains").
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
