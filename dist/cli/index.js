#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 518:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5383);
// The `toolchain-cache` command: main.ts dispatches to commands/ (one file each); this only runs it.

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5383:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./lib/core/format.js
// Human-readable figures, shared by the log, the job summary and the CLI.
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
/** 0.75 → "75.0%"; no rate yet (no toolchain counted) → "–". */
const formatPercent = (rate) => rate === null ? '–' : `${(rate * 100).toFixed(1)}%`;
/** Free disk space; null where the platform cannot tell (no statfs). */
const formatFree = (bytes) => bytes === null ? 'unknown (statfs unavailable)' : formatBytes(bytes);

;// CONCATENATED MODULE: ./lib/core/gc-plan.js
// The GC planner: which entries go, decided from a snapshot, without touching the disk (pure, so
// every rule is tested on its own). Age first, then least recently used first while the size bound
// is exceeded; never an entry in use (docs/design.md, "Uses and GC").

const DAY_MS = 24 * 3600_000;
/** Milliseconds since the epoch of an entry's last use; an unreadable date counts as very old. */
const lastUsedMs = (e) => {
    const t = Date.parse(e.lastUsedAt);
    return Number.isNaN(t) ? 0 : t;
};
/** Least recently used first; ties by id so the order is stable. */
function lruOrder(entries) {
    return [...entries].sort((a, b) => lastUsedMs(a) - lastUsedMs(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/**
 * Decides what goes; pure. `inUse` says whether an entry has a live (or unreadable) use record;
 * `entries` carry their effective last use (see withLastUse).
 */
function planCollection(entries, options, inUse) {
    const ordered = lruOrder(entries);
    const totalBytesBefore = ordered.reduce((n, e) => n + e.sizeBytes, 0);
    const tooOld = (e) => options.maxUnusedDays === 0 || options.now - lastUsedMs(e) > options.maxUnusedDays * DAY_MS;
    const remove = new Set();
    const skipped = new Set();
    for (const e of ordered) {
        if (!tooOld(e))
            continue;
        if (inUse(e))
            skipped.add(e.id);
        else
            remove.add(e);
    }
    let total = totalBytesBefore - [...remove].reduce((n, e) => n + e.sizeBytes, 0);
    let boundsUnmet;
    const max = options.maxSizeBytes;
    if (max !== undefined && total > max) {
        for (const e of ordered) {
            if (total <= max)
                break;
            if (remove.has(e) || inUse(e))
                continue;
            remove.add(e);
            total -= e.sizeBytes;
        }
        if (total > max)
            boundsUnmet = describeUnmetBound(ordered, remove, skipped, total, max, inUse);
    }
    return {
        remove: ordered.filter((e) => remove.has(e)),
        skippedInUse: ordered.filter((e) => skipped.has(e.id)).map((e) => e.id),
        boundsUnmet,
        totalBytesBefore,
        totalBytesAfter: total,
    };
}
/** Only entries in use are left above the bound: name the ones it would have taken next. */
function describeUnmetBound(ordered, remove, skipped, total, max, inUse) {
    let hypothetical = total;
    const blocking = ordered.filter((e) => !remove.has(e) && inUse(e));
    for (const e of blocking) {
        if (hypothetical <= max)
            break;
        skipped.add(e.id);
        hypothetical -= e.sizeBytes;
    }
    const inUseBytes = blocking.reduce((n, e) => n + e.sizeBytes, 0);
    return (`The cache holds ${formatBytes(total)}, above max-size ${formatBytes(max)}: ` +
        `the ${blocking.length} toolchain(s) left are in use (${formatBytes(inUseBytes)}) and are never removed.`);
}
/** The entries with their effective last use: the newest of registration, stamp and use records. */
function withLastUse(doc, usage) {
    return Object.values(doc.entries).map((e) => {
        const used = usage.get(e.id)?.lastUsedMs;
        return used !== undefined && used > lastUsedMs(e)
            ? { ...e, lastUsedAt: new Date(used).toISOString() }
            : e;
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./lib/core/platform/system-command.js



/**
 * node:child_process, loaded when a command is about to run: loading it also loads `net` and
 * `dgram`, which a hit on Linux (where no command runs) would pay for and never use
 * (docs/design.md, "Start-up cost"). A builtin resolves the same from any base path; not the
 * module's own URL, whose mention would keep the bundle's chunk out of the steps' code cache
 * (src/action/chunk-code-cache.ts runs only chunks that never ask for it as scripts).
 */
const childProcess = () => (0,external_node_module_namespaceObject.createRequire)(external_node_path_.resolve('/'))('node:child_process');
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
    hostname: () => external_node_os_namespaceObject.hostname(),
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
    return `${name}/${(0,external_node_crypto_.createHash)('sha256').update(`toolchain-cache:${id}`).digest('hex').slice(0, 12)}`;
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

;// CONCATENATED MODULE: ./lib/core/platform/start-time.js



// node:child_process loads only when a command runs (never with /proc): see system-command.ts.
const execFileAsync = (file, args, options) => (0,external_node_util_namespaceObject.promisify)(childProcess().execFile)(file, args, { ...options, encoding: 'utf8' });
let procMounted;
function start_time_defaultStartTimeMethod(platform = process.platform) {
    if (platform === 'win32')
        return 'windows';
    procMounted ??= platform === 'linux' && (0,external_node_fs_.existsSync)('/proc/self/stat');
    return procMounted ? 'proc' : 'ps';
}
/** What the platform says about `pid`; undefined when it is not running or could not be asked. */
async function start_time_processInfo(pid, method) {
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
                info = start_time_processInfo(pid, method);
            }
            memo.set(pid, info);
        }
        return info;
    };
}
async function procInfo(pid) {
    try {
        const stat = await external_node_fs_.promises.readFile(`/proc/${pid}/stat`, 'utf8');
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
const DEFAULT_LEASE_MS = (/* unused pure expression or super */ null && (6 * 24 * 3600_000));
/** Clocks of hosts sharing an NFS root are trusted only this far. */
const CLOCK_SKEW_MARGIN_MS = 10 * 60_000;
let cachedHostId;
/**
 * hostname + a digest of the platform's machine identity (hostnames repeat across a pool more often
 * than one would like; cloned machines keep their names). Computed once per process.
 */
function leases_hostId() {
    cachedHostId ??= readHostId();
    return cachedHostId;
}

/**
 * A stable fingerprint of when `pid` started, or undefined if it is not running or the platform
 * cannot tell. Linux: /proc start ticks; macOS and BSD: ps, as epoch seconds; Windows: the process's
 * creation time, as epoch milliseconds. See ./platform/start-time.ts.
 */
async function processStartTime(pid, options = {}) {
    return (await processInfo(pid, options.method ?? defaultStartTimeMethod()))?.start;
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
function livenessChecker(now = Date.now(), thisHost = leases_hostId(), options = {}) {
    const infoOf = processInfoMemo(options.method ?? start_time_defaultStartTimeMethod());
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
function leases_newUse(key, job, proc, now = Date.now(), leaseMs = DEFAULT_LEASE_MS) {
    return {
        key,
        job,
        host: leases_hostId(),
        pid: proc.pid,
        pidStart: proc.pidStart,
        createdAt: new Date(now).toISOString(),
        leaseExpiresAt: new Date(now + leaseMs).toISOString(),
    };
}
const describeJob = (j) => `${j.repository} run ${j.runId}/${j.runAttempt} job ${j.job}`;

;// CONCATENATED MODULE: ./lib/core/gc-state.js
// gc-state.json: when each host last ran a full GC, the record GC's throttle reads (docs/design.md,
// "Uses and GC"). Only a throttle: an unreadable file reads as empty, so the worst a broken one
// costs is one full GC too many.


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
    const text = await (0,fsx/* readFileIfExists */.QD)(gcStateFile(layout)).catch(() => undefined);
    if (text !== undefined) {
        try {
            const parsed = JSON.parse(text);
            if (isGcState(parsed))
                return parsed;
        }
        catch {
            // unreadable: start over (it only throttles)
        }
    }
    return { schemaVersion: 1, hosts: {} };
}
/** When this host last ran a full GC (ms since the epoch), if it did. */
async function lastFullGc(layout, host = leases_hostId()) {
    const state = await readGcState(layout);
    const at = Object.hasOwn(state.hosts, host) ? Date.parse(state.hosts[host].lastFullGcAt) : NaN;
    return Number.isNaN(at) ? undefined : at;
}
/** Written under the GC lock, atomically. */
async function recordFullGc(layout, now) {
    const state = await readGcState(layout);
    state.hosts = { ...state.hosts, [leases_hostId()]: { lastFullGcAt: new Date(now).toISOString() } };
    await (0,fsx/* atomicWriteFile */.Re)(gcStateFile(layout), JSON.stringify(state));
}

;// CONCATENATED MODULE: ./lib/core/gc-throttle.js
// The GC's throttle, apart from the GC itself: the common post step finds the host's last full GC
// recent and stops at one file read, without loading the planner and the removal code (gc.ts,
// loaded only when a GC runs; docs/design.md, "Start-up cost").

/** A host runs a full GC at most this often (unless the size bound is exceeded). */
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
/** A full GC ran on this host less than the interval ago, and the size bound (if any) holds. */
async function isThrottled(layout, registry, options, now, report) {
    const throttleMs = options.throttleMs ?? DEFAULT_GC_INTERVAL_MS;
    if (options.force || throttleMs <= 0)
        return false;
    const last = await lastFullGc(layout);
    if (last === undefined || now - last >= throttleMs || now < last)
        return false;
    if (options.maxSizeBytes !== undefined && options.sizeBoundSkipsThrottle) {
        const doc = await registry.read();
        const total = Object.values(doc.entries).reduce((n, e) => n + e.sizeBytes, 0);
        if (total > options.maxSizeBytes)
            return false;
    }
    report.skipped = 'throttled';
    report.skippedDetail = `this host ran a full GC at ${new Date(last).toISOString()}; the next one is due after ${new Date(last + throttleMs).toISOString()}`;
    return true;
}
/**
 * The report of a GC this host need not run now (throttled, see isThrottled), or undefined when
 * it must run: then call collectGarbage (gc.ts), which checks again under its lock.
 */
async function throttledGc(layout, registry, options) {
    if (options.dryRun)
        return undefined;
    const report = emptyReport(false);
    const now = options.now ?? Date.now();
    return (await isThrottled(layout, registry, options, now, report)) ? report : undefined;
}

;// CONCATENATED MODULE: ./lib/core/ids.js
// What a toolchain id may be: one definition for spec validation, GC, the CLI and the layout.
const ids_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;

;// CONCATENATED MODULE: ./lib/core/compile-cache-dir.js
// The steps' code cache (docs/design.md, "Start-up cost"). It lives in each runner user's own
// cache directory (src/action/code-cache-home.ts); earlier releases kept it in the cache root,
// under COMPILE_CACHE_DIR, which GC now removes whole. Imports nothing: the loaders import it
// before any step code.
/** `<cache-root>/compile-cache`: where earlier releases kept the code cache (removed by GC). */
const COMPILE_CACHE_DIR = 'compile-cache';
/** Code-cache files not rewritten for this long are pruned by the loaders (a step still using one writes it again). */
const CODE_CACHE_MAX_AGE_MS = (/* unused pure expression or super */ null && (30 * 24 * 3600_000));

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

// EXTERNAL MODULE: ./lib/core/regular-file.js + 3 modules
var regular_file = __nccwpck_require__(5372);
// EXTERNAL MODULE: ./lib/core/redact.js
var redact = __nccwpck_require__(8038);
;// CONCATENATED MODULE: ./lib/core/registry/schema.js
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
            entry.url = (0,redact/* redactUrl */.B)(entry.url);
    }
    return doc;
}
const isRegistryDoc = (raw) => registryProblem(raw) === undefined;

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
        throw new core_errors/* InputError */.dz('No cache root: set the "cache-root" input, or TOOLCHAIN_CACHE_ROOT (or RUNNER_TOOL_CACHE) in the runner environment.', 'cache-root');
    }
    if (!external_node_path_.isAbsolute(chosen.value)) {
        // Not an InputError: the CLI reads an InputError here as "no root given".
        throw new core_errors/* ToolchainCacheError */.mg('INVALID_INPUT', `The cache root from ${chosen.from} is a relative path ("${chosen.value}"): it would resolve ` +
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
        throw new core_errors/* InputError */.dz(`Cache root ${root} is a relative path; give an absolute one.`, 'cache-root');
    }
    const st = await statOrCreateRoot(external_node_path_.resolve(root), create);
    if (st.isSymbolicLink()) {
        const target = await external_node_fs_.promises.realpath(root).catch(() => '(a missing target)');
        throw new core_errors/* InputError */.dz(`Cache root ${root} is a symlink to ${target}; set cache-root to the real directory so every runner resolves the same path.`, 'cache-root');
    }
    if (!st.isDirectory())
        throw new core_errors/* InputError */.dz(`Cache root ${root} exists but is not a directory.`, 'cache-root');
    checkRootMode(root, await settledRootStat(root, st));
    try {
        await external_node_fs_.promises.access(root, external_node_fs_.promises.constants.W_OK | external_node_fs_.promises.constants.X_OK);
    }
    catch {
        throw new core_errors/* InputError */.dz(`Cache root ${root} is not writable by this user; make it group-writable for the runners' group (see README).`, 'cache-root');
    }
    const layout = new CacheLayout(await external_node_fs_.promises.realpath(root));
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
/** lstat of the root; a missing one is created (when `create`) after checking where it would go. */
async function statOrCreateRoot(root, create) {
    const st = await external_node_fs_.promises.lstat(root).catch((e) => {
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return undefined;
        if ((0,core_errors/* isErrnoException */.s$)(e) && (e.code === 'EACCES' || e.code === 'EPERM')) {
            throw new core_errors/* InputError */.dz(`Cache root ${root} cannot be reached by this user (${e.code} on the way to it); every directory above it must be searchable by the runners' group (see README).`, 'cache-root');
        }
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOTDIR') {
            throw new core_errors/* InputError */.dz(`Cache root ${root} lies below a file, not a directory.`, 'cache-root');
        }
        throw e;
    });
    if (st)
        return st;
    if (!create)
        throw new core_errors/* InputError */.dz(`Cache root ${root} does not exist.`, 'cache-root');
    checkNotInsideAnotherRoot(root);
    await (0,fsx/* ensureDir */.A0)(root).catch((e) => {
        if ((0,core_errors/* isErrnoException */.s$)(e) &&
            (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS' || e.code === 'ENOTDIR')) {
            throw new core_errors/* InputError */.dz(`Cache root ${root} does not exist and cannot be created by this user (${e.code}); create it (see README).`, 'cache-root');
        }
        throw e;
    });
    return external_node_fs_.promises.lstat(root);
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
    throw new core_errors/* InputError */.dz(`Cache root ${root} (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}, group ${groupName(st.gid)}) is ${what}. ` +
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
            throw new core_errors/* InputError */.dz(`Cache root ${root} lies inside another cache root, ${dir} (it has ${external_node_path_.basename(marker)}); that root's GC and repair would walk it. Choose a directory outside ${dir}.`, 'cache-root');
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
        throw new core_errors/* InputError */.dz(`${planted.map((f) => `${f.file} ${f.why}`).join(', ')}: not a state file toolchain-cache wrote, and this user cannot read it; ` +
            `its mode was left alone. Check who can write ${layout.root}, then move it aside.`, 'cache-root');
    if (unreadable.length === 0)
        return;
    const owners = [...new Set(unreadable.map((f) => f.owner))];
    throw new core_errors/* InputError */.dz(`${unreadable.map((f) => `${f.file} (mode ${f.mode}, owned by ${f.owner})`).join(', ')} cannot be read by this user. ` +
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
class LayoutVersionError extends core_errors/* ToolchainCacheError */.mg {
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
        createIfMissing(layout.registryFile, JSON.stringify(emptyRegistry()));
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
        if (!((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'EEXIST'))
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
        // Earlier releases' code cache: GC removes it, and must never walk a link planted there.
        [external_node_path_.join(layout.root, COMPILE_CACHE_DIR), 'directory'],
        [layout.registryFile, 'file'],
        [layout.statsFile, 'file'],
        [layout.gcStateFile, 'file'],
        [layout.layoutFile, 'file'],
    ];
    for (const [p, type] of expected) {
        const st = await external_node_fs_.promises.lstat(p).catch((e) => {
            if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
                return undefined;
            throw e;
        });
        if (!st)
            continue;
        const ok = type === 'directory' ? st.isDirectory() : st.isFile();
        if (ok)
            continue;
        const what = st.isSymbolicLink()
            ? `a symlink (to ${await external_node_fs_.promises.readlink(p).catch(() => '?')})`
            : 'not a regular ' + type;
        throw new core_errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `${p} is ${what}; toolchain-cache never follows a link planted in its cache root. ` +
            `Remove it (toolchain-cache recreates it as needed) and check who can write ${layout.root}.`);
    }
}

// EXTERNAL MODULE: ./lib/core/faults.js
var faults = __nccwpck_require__(6094);
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
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
    if (st.isDirectory())
        return true;
    const what = st.isSymbolicLink() ? 'a symbolic link' : 'not a directory';
    throw new core_errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `Lock path ${p} is ${what}; the cache only creates directories there and never follows links. ` +
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
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
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
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
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
            if (!((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT' && attempt < 10))
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
        if ((0,core_errors/* isErrnoException */.s$)(e) && (e.code === 'EEXIST' || e.code === 'ENOENT'))
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
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return [];
        throw e;
    }
}
async function takeTicket(queueDir) {
    // Arrival time first (fixed width, so names sort by it), then a per-process sequence and a token.
    const name = `${String(Date.now()).padStart(15, '0')}-${String(ticketSeq++ % 1e6).padStart(6, '0')}-${(0,fsx/* randomToken */.zs)()}`;
    const file = external_node_path_.join(queueDir, name);
    const content = JSON.stringify({ pid: process.pid, host: external_node_os_namespaceObject.hostname() });
    assertNotPlanted(queueDir);
    // Readable by the group whatever the umask (its mode set on the descriptor): other users'
    // waiters check whether we are alive.
    try {
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    catch (e) {
        if (!((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
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
        if (host !== external_node_os_namespaceObject.hostname())
            return false;
        process.kill(pid, 0);
        return false;
    }
    catch (e) {
        return (0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ESRCH';
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

;// CONCATENATED MODULE: ./lib/core/lock/stale.js
// How long a silent holder keeps its lock: one definition for every lock of the cache.

/** Default stale time of the install, registry and stats locks (local disks). */
const stale_DEFAULT_LOCK_STALE_MS = 10_000;
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
        return stale_DEFAULT_LOCK_STALE_MS;
    return parseLockStale(raw, LOCK_STALE_ENV);
}
/** Seconds (fractions allowed) → ms, within the bounds; else an InputError naming `source`. */
function parseLockStale(raw, source) {
    const seconds = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
    const ms = Math.round(seconds * 1000);
    if (!Number.isFinite(ms) || ms < MIN_LOCK_STALE_MS || ms > MAX_LOCK_STALE_MS) {
        throw new core_errors/* InputError */.dz(`${source}="${raw}" is not a lock stale time: give a number of seconds between ` +
            `${MIN_LOCK_STALE_MS / 1000} and ${MAX_LOCK_STALE_MS / 1000} (e.g. 120 for a cache root on NFS), ` +
            `or unset it for the default of ${stale_DEFAULT_LOCK_STALE_MS / 1000} s.`, source);
    }
    return ms;
}
/** A caller's stale time, kept above the floor where heartbeats stop making sense. */
const effectiveStaleMs = (staleMs) => Math.max(MIN_LOCK_STALE_MS, Number.isFinite(staleMs) ? staleMs : stale_DEFAULT_LOCK_STALE_MS);

;// CONCATENATED MODULE: ./lib/core/lock/watch.js
// Change notifications for waiters, with polling as the fallback wherever they do not work.


/**
 * fs.watch of a file or directory that others may delete, where the platform supports it; polling
 * covers the rest (and NFS, where events do not cross hosts). Windows cannot delete a directory that
 * is being watched, so there the parent is watched for that name (and every change inside counts).
 */
function watchTarget(target, onChange, 
/** For a directory: the entries whose changes matter (the directory's own always do). */
entries) {
    const name = external_node_path_.basename(target);
    if (process.platform !== 'win32') {
        return watchPath(target, (filename) => {
            if (!entries || filename === null || filename === name || entries.includes(filename))
                onChange();
        });
    }
    return watchPath(external_node_path_.dirname(target), (filename) => {
        if (filename === null || filename === name)
            onChange();
    });
}
function watchPath(target, onChange) {
    try {
        const w = (0,external_node_fs_.watch)(target, { persistent: false }, (_event, filename) => onChange(filename === null ? null : String(filename)));
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
    const staleMs = effectiveStaleMs(options.staleMs);
    await prepareEpochsDir(lockPath);
    const epoch = claimNextEpoch(lockPath, staleMs);
    if (epoch === undefined)
        return undefined;
    const token = (0,fsx/* randomToken */.zs)();
    const owner = {
        token,
        pid: process.pid,
        host: external_node_os_namespaceObject.hostname(),
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
        controller.abort(new core_errors/* LockLostError */.yx(name));
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
            if (!((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
                throw e;
        }
        // After the release, so the next holder need not wait for it.
        removeEpochsBelow(lockPath, epoch);
    };
    releaseOnExit(releaseSync);
    const assertHeldSync = () => {
        if (lost || !ownsEpochSync(lockPath, epoch, token)) {
            markLost();
            throw new core_errors/* LockLostError */.yx(name);
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
    const staleMs = effectiveStaleMs(options.staleMs);
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
    return new core_errors/* LockTimeoutError */.XB(name, describeOwner(await readLockOwner(lockPath)), Math.round(timeoutMs / 1000));
}
/** The waiting loop: only the head of the line tries; everyone sleeps on a watcher or a poll. */
async function waitInLine(lockPath, name, options, deadline, ticket, unless) {
    const pollMs = options.pollMs ?? 100;
    const staleMs = effectiveStaleMs(options.staleMs);
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
        const wake = await sleepUntilChange(wakeTargets(lockPath, place, unless), { period: waitPeriod(pollMs, ahead === undefined, waits), pollMs, deadline }, () => moved(lockPath, staleMs, place), probe);
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
async function lock_withLock(lockPath, name, options, fn) {
    const held = await acquireLock(lockPath, name, options);
    try {
        return await fn(held);
    }
    finally {
        await held.release();
    }
}

// EXTERNAL MODULE: ./lib/core/dir-handle.js
var dir_handle = __nccwpck_require__(7455);
;// CONCATENATED MODULE: ./lib/core/uses.js
// Uses as their own records (the GC roots): one small file per use, `uses/<id>/<key>.json`,
// published by a rename and removed on release. No rewrite of the registry can lose them, and a
// warm hit records one without any lock. The protocol against GC (docs/design.md, "Uses and
// GC"): an acquire writes its record, then looks for the entry's removal mark and its tree; a GC
// writes the mark, then looks for records. Whichever comes second sees the other.








const USE_SUFFIX = '.json';
const uses_isWindows = process.platform === 'win32';
/** A new file, never an existing name, never through a link. */
const CREATE_EXCLUSIVE = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/** The name of a use record in `uses/<id>` (layout.useFile's). */
const useFileName = (layout, id, key) => path.basename(layout.useFile(id, key));
/** The last-use stamp's name in `uses/<id>` (layout.lastUsedStamp's). */
const LAST_USED = external_node_path_.basename(new CacheLayout(external_node_path_.sep).lastUsedStamp('id'));
async function lstatIfExists(p) {
    try {
        return await fs.lstat(p);
    }
    catch (e) {
        if (isErrnoException(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
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
        throw new ToolchainCacheError('UNSAFE_PATH', `Toolchain "${id}": ${layout.entryDir(id)} (or its files/) is no longer the directory that was installed ` +
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
            return dir_handle/* SyncDirHandle */.B7.open(dir);
        }
        catch (e) {
            if (!((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT') || !create)
                throw e;
        }
        // The first use of this id.
        await (0,fsx/* ensureDir */.A0)(dir);
        return dir_handle/* SyncDirHandle */.B7.open(dir);
    }
    catch (e) {
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT' && !create)
            return undefined;
        if (!(e instanceof core_errors/* ToolchainCacheError */.mg && e.code === 'UNSAFE_PATH'))
            throw e;
        const st = (0,external_node_fs_.lstatSync)(dir, { throwIfNoEntry: false });
        throw new core_errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `${dir} is ${st ? (0,regular_file/* fileKind */.h_)(st) : 'gone'}, not the directory of use records toolchain-cache made: ` +
            `no use record is written or removed through it. Check who can write ${layout.root}, then remove it ` +
            `(\`rm ${dir}\`): the next job makes it again.`);
    }
}
/**
 * Publishes `text` as `name` in the open `uses/<id>`: written to a temp name, then renamed (a
 * reader never sees half a record). Both names are bound to the directory's descriptor.
 */
function publishSync(dir, name, text) {
    const tmp = `${name}.tmp-${process.pid}-${(0,fsx/* randomToken */.zs)()}`;
    const fd = (0,external_node_fs_.openSync)(dir.nameOf(tmp), CREATE_EXCLUSIVE, fsx/* SHARED_FILE_MODE */.bG);
    try {
        // Explicitly: the umask must not keep the runners' group from reading it (GC judges it).
        if (!uses_isWindows)
            (0,external_node_fs_.fchmodSync)(fd, fsx/* SHARED_FILE_MODE */.bG);
        (0,external_node_fs_.writeSync)(fd, text);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    try {
        (0,external_node_fs_.renameSync)(dir.nameOf(tmp), dir.nameOf(name));
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(dir.nameOf(tmp), { force: true });
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
        unlinkSync(dir.nameOf(name));
        return true;
    }
    catch (e) {
        if (isErrnoException(e) && e.code === 'ENOENT')
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
    const host = hostId();
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
                        names.add(path.basename(r.file));
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
        dir = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.usesOf(id));
    }
    catch {
        // A directory of uses we cannot open (or a link in its place) may hold live uses: the caller
        // must treat the entry as in use.
        result.unreadable.push(layout.usesOf(id));
        return result;
    }
    if (!dir)
        return result;
    await (0,dir_handle/* withDir */.uM)(dir, (d) => readUsesIn(d, result));
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
            if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
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
    const dir = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.usesOf(id));
    if (!dir)
        return [];
    return (0,dir_handle/* withDir */.uM)(dir, async (d) => {
        const gone = [];
        for (const name of names) {
            try {
                await d.unlink(name);
                gone.push(name);
            }
            catch (e) {
                if (!((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
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
    const usesDir = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.usesDir);
    const ids = usesDir ? await (0,dir_handle/* withDir */.uM)(usesDir, (d) => d.list()) : [];
    const alive = livenessChecker(now);
    const reclaimed = [];
    let tempsRemoved = 0;
    for (const id of ids) {
        const usage = await usageOf(layout, id, alive);
        const byName = new Map(usage.dead.map((d) => [external_node_path_.basename(d.file), d.use]));
        for (const name of await unlinkUseFiles(layout, id, [...byName.keys()]))
            reclaimed.push({ id, use: byName.get(name) });
        if (usage.dead.length > 0 && usage.lastUsedMs !== undefined)
            await stampLastUse(layout, id, usage.lastUsedMs);
        if (usage.temps.length === 0)
            continue;
        const dir = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.usesOf(id)).catch(() => undefined);
        if (dir)
            tempsRemoved += await (0,dir_handle/* withDir */.uM)(dir, (d) => removeStaleTemps(d, usage.temps, now));
    }
    return { reclaimed, tempsRemoved };
}

;// CONCATENATED MODULE: ./lib/core/removal.js
// Taking one entry away (GC and `remove`), the other half of the protocol in uses.ts: under the
// registry lock, mark the entry as being removed, then re-read its use records; only an entry
// that still has no live (or unreadable) record is moved to the trash. An acquire that wrote its
// record before the mark is seen here; one that writes it after sees the mark (or the tree gone)
// and installs again. See docs/design.md, "Uses and GC".







/**
 * Runs with the registry lock held (`lock`), so no other GC, `remove` or install of this id
 * interleaves; acquires on the lock-free path may, and the mark settles them.
 */
async function removeIfUnused(layout, id, lock, alive, options = {}) {
    assertRemovableId(layout, id);
    const marked = await placeMark(layout, id, options.holder);
    const usage = await usageOf(layout, id, alive);
    if (!options.force && (usage.live.length > 0 || usage.unreadable.length > 0)) {
        if (marked)
            await removeMark(layout, id);
        return { refused: 'in-use', liveUses: usage.live, unreadable: usage.unreadable };
    }
    const trashPath = marked ? await moveToTrash(layout, id, lock) : undefined;
    // The receipt goes with the tree (and comes back with it, should the commit fail): none is left
    // to vouch for whatever appears under this id next.
    await moveReceipt(layout, id, trashPath);
    await unlinkUseFiles(layout, id, usage.dead.map(({ file }) => external_node_path_.basename(file)));
    return { trashPath, liveUses: usage.live };
}
/** The entry's directory, opened no-follow from the root; undefined when absent or not a real directory. */
async function openEntry(layout, id) {
    try {
        return await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.entryDir(id));
    }
    catch (e) {
        if (e instanceof core_errors/* ToolchainCacheError */.mg && e.code === 'UNSAFE_PATH')
            return undefined;
        throw e;
    }
}
async function removeMark(layout, id) {
    const entry = await openEntry(layout, id);
    if (!entry)
        return;
    await (0,dir_handle/* withDir */.uM)(entry, (d) => d.unlink(external_node_path_.basename(layout.removalMark(id))).catch((e) => {
        if (!((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
            throw e;
    }));
}
const isRefusal = (r) => 'refused' in r;
/**
 * False when there is no tree to mark. A mark left by a GC that died is simply taken over. An
 * entry that is not a real directory (a planted link) is never written through: it gets no mark
 * (no acquire can use it anyway, entryState refuses it) and is moved as it is.
 */
async function placeMark(layout, id, holder = `pid ${process.pid}`) {
    const st = await external_node_fs_.promises.lstat(layout.entryDir(id)).catch((e) => {
        if ((0,core_errors/* isErrnoException */.s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
            return undefined;
        throw e;
    });
    if (!st)
        return false;
    // Written through the directory's descriptor: a tree swapped for a link meanwhile is not written through.
    const entry = await openEntry(layout, id);
    if (!entry)
        return true;
    try {
        await (0,dir_handle/* withDir */.uM)(entry, (d) => d.writeFile(external_node_path_.basename(layout.removalMark(id)), holder, fsx/* SHARED_FILE_MODE */.bG));
        return true;
    }
    catch (e) {
        if ((0,core_errors/* isErrnoException */.s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
            return false;
        throw e;
    }
}
/**
 * Renames the entry directory into the trash, in one synchronous block with the check that the
 * registry lock is still ours (a GC that stalled past the stale time must not act on a stale plan).
 */
async function moveToTrash(layout, id, lock) {
    const name = `${id}.${(0,fsx/* randomToken */.zs)()}`;
    try {
        await renameBetween(layout, [layout.toolchainsDir, id], [layout.trashDir, name], () => lock.assertHeldSync());
    }
    catch (e) {
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    return external_node_path_.join(layout.trashDir, name);
}
/**
 * Renames `from` (a directory of the root and a name in it) to `to`, both directories opened
 * no-follow from the root, so a directory of the root swapped for a link cannot redirect it; a
 * planted link at the name itself is moved as a link, never followed. `check` runs right before.
 */
async function renameBetween(layout, [fromDir, fromName], [toDir, toName], check) {
    const src = await (0,dir_handle/* openDirInside */.SS)(layout.root, fromDir);
    await (0,dir_handle/* withDir */.uM)(src, async (s) => {
        const dst = await (0,dir_handle/* openDirInside */.SS)(layout.root, toDir);
        await (0,dir_handle/* withDir */.uM)(dst, (d) => (0,fsx/* renameBlockRetrying */.ko)(() => {
            check?.();
            (0,external_node_fs_.renameSync)(s.nameForSyncCall(fromName), d.nameForSyncCall(toName));
        }, `moving ${external_node_path_.join(fromDir, fromName)} to ${external_node_path_.join(toDir, toName)}`));
    });
}
function assertRemovableId(layout, id) {
    if (!ids_ID_PATTERN.test(id) || external_node_path_.dirname(layout.entryDir(id)) !== layout.toolchainsDir) {
        throw new core_errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `Refusing to remove "${id}": not a valid toolchain id.`);
    }
}
/** A removal whose registry commit failed: put the tree back (without its mark), and its receipt. */
async function restoreFromTrash(layout, id, trashPath) {
    const back = async (from, to) => renameBetween(layout, from, to).catch(() => undefined);
    await back([layout.trashDir, external_node_path_.basename(trashPath)], [layout.toolchainsDir, id]);
    await removeMark(layout, id).catch(() => undefined);
    await back([layout.entryDir(id), TRASHED_RECEIPT], [layout.receiptsDir, external_node_path_.basename(layout.receiptFile(id))]);
}
/** Where a removed entry's receipt waits in its trashed tree until the removal is committed. */
const TRASHED_RECEIPT = 'receipt.json';
/**
 * Moves the receipt into the trashed tree, or deletes it when there was no tree to trash (a
 * planted link moved to the trash in place of a tree is never written through).
 */
async function moveReceipt(layout, id, trashPath) {
    const receipt = external_node_path_.basename(layout.receiptFile(id));
    try {
        if (trashPath && (await isRealDirectory(layout, trashPath)))
            await renameBetween(layout, [layout.receiptsDir, receipt], [trashPath, TRASHED_RECEIPT]);
        else {
            const receipts = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.receiptsDir);
            if (receipts)
                await (0,dir_handle/* withDir */.uM)(receipts, (d) => d.unlink(receipt));
        }
    }
    catch (e) {
        if (!((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
            throw e;
    }
}
async function isRealDirectory(layout, dir) {
    const handle = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, dir).catch((e) => {
        if (e instanceof core_errors/* ToolchainCacheError */.mg && e.code === 'UNSAFE_PATH')
            return undefined;
        throw e;
    });
    await handle?.close();
    return handle !== undefined;
}
/** toolchains/ and trash/ must be real directories of the root: a symlink there could redirect a rename. */
async function checkSafeDirs(layout) {
    await (0,fsx/* ensureDir */.A0)(layout.trashDir);
    for (const dir of [layout.toolchainsDir, layout.trashDir]) {
        const real = await external_node_fs_.promises.realpath(dir);
        if (real !== dir || !(0,fsx/* isInside */.FK)(layout.root, real)) {
            throw new core_errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `${dir} resolves to ${real}, not a directory of the cache root ${layout.root}; refusing to move anything. Replace the symlink with a directory.`);
        }
    }
}

;// CONCATENATED MODULE: ./lib/core/gc.js
// Garbage collection of installed toolchains, and the removal of one entry (shared with the CLI).
// What goes is decided by the pure planner (gc-plan.ts); the throttle's record is gc-state.ts; the
// report is rendered by gc-report.ts.
//
// Safety rules (docs/design.md, "Uses and GC"):
// - An entry with a live (or unreadable) use record is never removed. Dead uses are reclaimed
//   first; the plan is made from a snapshot, and each removal re-checks the entry's use records
//   under the registry lock after marking it (removal.ts), so a use recorded at any moment is seen.
// - Deletion is two-phase: under the registry lock the entry is unregistered and its directory is
//   renamed into trash/ (fast, same filesystem); the trash is deleted after the lock is released.
//   Trash left by a GC that crashed in between is deleted by the next GC.
// - Nothing is deleted through a symlink, and no path outside the real cache root is acted on:
//   every walk opens directories no-follow from the root and acts on their descriptors
//   (dir-handle.ts; docs/design.md, "Walks stay in the root").
// - GC is non-blocking: it takes its own lock with one try; a host runs a full GC at most once per
//   interval (recorded in gc-state.json, gc-state.ts) unless the size bound is exceeded.














/** The GC lock is taken over when its holder's heartbeat is older than this. */
const DEFAULT_GC_LOCK_STALE_MS = 60_000;

const removedOf = (e) => ({
    id: e.id,
    sizeBytes: e.sizeBytes,
    lastUsedAt: e.lastUsedAt,
});
/** Runs a GC: is it throttled → clean leftovers → reclaim dead uses → plan → remove → delete. */
async function collectGarbage(layout, registry, options) {
    const now = options.now ?? Date.now();
    if (options.dryRun)
        return dryRunGc(layout, registry, options, now);
    const report = emptyReport(false);
    // Lock-free first, so the common throttled post step costs a file read.
    if (await isThrottled(layout, registry, options, now, report))
        return report;
    const lockPath = layout.lockPath('gc');
    await (0,fsx/* ensureDir */.A0)(layout.locksDir); // a root made by hand may not have it yet
    const lock = await tryLock(lockPath, 'gc', {
        staleMs: options.lockStaleMs ?? DEFAULT_GC_LOCK_STALE_MS,
        holder: options.holder,
    });
    if (!lock) {
        report.skipped = 'another-gc-running';
        report.skippedDetail = `the GC lock is held by ${describeOwner(await readLockOwner(lockPath))}`;
        return report;
    }
    try {
        // Another GC of this host may have finished between the check and the lock.
        if (await isThrottled(layout, registry, options, now, report))
            return report;
        report.trashCleaned = await cleanLeftovers(layout, now, report);
        const { reclaimed, tempsRemoved } = await reclaimDeadUses(layout, now);
        report.reclaimedUses = reclaimed.length;
        report.trashCleaned += tempsRemoved;
        const { plan } = await planFromSnapshot(layout, registry, options, now);
        const moved = plan.remove.length
            ? await commitRemovals(layout, registry, plan, options, now)
            : [];
        applyPlan(report, plan, moved);
        await options.afterTrash?.(moved.map((m) => m.to));
        for (const m of moved) {
            await (0,fsx/* removeTreeInside */.tk)(layout.root, m.to).catch((e) => report.errors.push(`could not delete ${m.to} (the next GC retries): ${(0,core_errors/* errorMessage */.gJ)(e)}`));
        }
        await recordFullGc(layout, now);
        return report;
    }
    finally {
        await lock.release();
    }
}
/** Trash, staging of dead installers, temp files of killed writers (counted); the legacy code cache (a note). */
async function cleanLeftovers(layout, now, report) {
    const { errors } = report;
    let cleaned = await emptyTrash(layout, errors);
    cleaned += await removeStaleStaging(layout, now, errors);
    for (const dir of [layout.root, layout.locksDir]) {
        const handle = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, dir);
        if (!handle)
            continue;
        cleaned += await (0,dir_handle/* withDir */.uM)(handle, async (d) => {
            const temps = (await d.list()).filter((n) => n.includes('.tmp-'));
            return removeStaleTemps(d, temps, now);
        });
    }
    if (await removeLegacyCodeCache(layout, errors))
        report.notes.push(`removed ${COMPILE_CACHE_DIR}/, the code cache earlier releases kept in the cache root`);
    return cleaned;
}
/**
 * Earlier releases kept the steps' code cache in the shared root (`compile-cache/`), where any
 * runner user could write what every later step ran; it now lives in each user's own cache
 * directory (docs/design.md, "Start-up cost"), and a leftover one in the root goes whole, by the
 * same descriptor walk as the trash (a link there is unlinked, never followed).
 */
async function removeLegacyCodeCache(layout, errors) {
    const root = await dir_handle/* DirHandle */._p.open(layout.root);
    const st = await (0,dir_handle/* withDir */.uM)(root, (d) => d.lstat(COMPILE_CACHE_DIR));
    if (!st)
        return false;
    return deleteLeftover(layout, layout.root, COMPILE_CACHE_DIR, 'legacy code cache', errors);
}
/** The names in one of the root's own directories (opened no-follow from the root); none when absent. */
async function namesIn(layout, dir) {
    const handle = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, dir);
    return handle ? (0,dir_handle/* withDir */.uM)(handle, (d) => d.list()) : [];
}
/**
 * One registry transaction: each planned entry is marked, its uses re-checked and, still unused,
 * moved to the trash and unregistered (removal.ts). Entries found in use meanwhile stay, and are
 * reported as skipped. Returns what moved.
 */
async function commitRemovals(layout, registry, plan, options, now) {
    const moved = [];
    const alive = livenessChecker(now);
    try {
        await registry.update(async (doc, tx) => {
            await checkSafeDirs(layout);
            for (const planned of plan.remove) {
                if (!Object.hasOwn(doc.entries, planned.id))
                    continue; // removed by someone else meanwhile
                const outcome = await removeIfUnused(layout, planned.id, tx.lock, alive, {
                    holder: options.holder,
                });
                if (isRefusal(outcome)) {
                    plan.skippedInUse.push(planned.id);
                    continue;
                }
                if (outcome.trashPath)
                    moved.push({ id: planned.id, from: layout.entryDir(planned.id), to: outcome.trashPath });
                delete doc.entries[planned.id];
            }
            if (moved.length === 0 && plan.remove.every((e) => Object.hasOwn(doc.entries, e.id)))
                tx.skipWrite();
        });
    }
    catch (e) {
        for (const m of moved)
            await restoreFromTrash(layout, m.id, m.to);
        throw e;
    }
    return moved;
}
/** Copies what a plan says into the report; with `moved`, only what was really removed. */
function applyPlan(report, plan, moved) {
    const gone = moved ? new Set(moved.map((m) => m.id)) : undefined;
    const removed = gone ? plan.remove.filter((e) => gone.has(e.id)) : plan.remove;
    report.removed = removed.map(removedOf);
    report.freedBytes = removed.reduce((n, e) => n + e.sizeBytes, 0);
    report.skippedInUse = [...new Set(plan.skippedInUse)];
    report.boundsUnmet = plan.boundsUnmet;
    report.totalBytesBefore = plan.totalBytesBefore;
    report.totalBytesAfter = plan.totalBytesBefore - report.freedBytes;
}
/** The plan for the registry and the use records as they are now (both read without a lock). */
async function planFromSnapshot(layout, registry, options, now) {
    const doc = await registry.read();
    const usage = await usageOfAll(layout, Object.keys(doc.entries), now);
    const plan = planCollection(withLastUse(doc, usage), { ...options, now }, (e) => isInUse(usage.get(e.id)));
    return { plan, usage };
}
/** The same decisions on a lock-free snapshot, judging liveness without writing anything. */
async function dryRunGc(layout, registry, options, now) {
    const report = emptyReport(true);
    const { plan, usage } = await planFromSnapshot(layout, registry, options, now);
    for (const u of usage.values())
        report.reclaimedUses += u.dead.length;
    applyPlan(report, plan);
    report.totalBytesAfter = plan.totalBytesAfter;
    report.trashCleaned = (await namesIn(layout, layout.trashDir).catch(() => [])).length;
    return report;
}
/**
 * Removes one entry (the CLI's `remove`), two-phase like GC. Throws NOT_FOUND for an unknown id
 * and IN_USE for an entry with a live use unless `force`.
 */
async function removeEntry(layout, registry, id, options = {}) {
    if (!ids_ID_PATTERN.test(id)) {
        throw new core_errors/* ToolchainCacheError */.mg('NOT_FOUND', `"${id}" is not a valid toolchain id.`);
    }
    const alive = livenessChecker(options.now ?? Date.now());
    let moved;
    let result;
    try {
        result = await registry.update(async (doc, tx) => {
            const entry = Object.hasOwn(doc.entries, id) ? doc.entries[id] : undefined;
            if (!entry) {
                throw new core_errors/* ToolchainCacheError */.mg('NOT_FOUND', `No toolchain "${id}" is registered in ${layout.root} (\`toolchain-cache list\` shows what is).`);
            }
            await checkSafeDirs(layout);
            const outcome = await removeIfUnused(layout, id, tx.lock, alive, {
                force: options.force,
                holder: options.holder,
            });
            if (isRefusal(outcome))
                throw inUseError(id, outcome.liveUses.map((u) => describeJob(u.job)), outcome.unreadable);
            if (outcome.trashPath)
                moved = { id, from: layout.entryDir(id), to: outcome.trashPath };
            delete doc.entries[id];
            return {
                ...removedOf(entry),
                liveUses: outcome.liveUses.length,
                freedBytes: entry.sizeBytes,
            };
        });
    }
    catch (e) {
        if (moved)
            await restoreFromTrash(layout, moved.id, moved.to);
        throw e;
    }
    if (moved)
        await (0,fsx/* removeTreeInside */.tk)(layout.root, moved.to);
    return result;
}
function inUseError(id, jobs, unreadable) {
    const what = [
        ...(jobs.length ? [`in use by ${jobs.length} job(s): ${jobs.join('; ')}`] : []),
        ...(unreadable.length
            ? [`has use records that cannot be read (${unreadable.join(', ')})`]
            : []),
    ].join(' and ');
    return new core_errors/* ToolchainCacheError */.mg('IN_USE', `Toolchain "${id}" is ${what}. Pass --force to remove it anyway (those jobs will break).`);
}
/** Deletes whatever is in the trash (a crashed GC's leftovers, trees the installer set aside). */
async function emptyTrash(layout, errors) {
    let cleaned = 0;
    for (const name of await namesIn(layout, layout.trashDir)) {
        if (await deleteLeftover(layout, layout.trashDir, name, 'trash', errors))
            cleaned += 1;
    }
    return cleaned;
}
/** Deletes one leftover inside the root; a failure is reported (the next GC retries), not thrown. */
async function deleteLeftover(layout, dir, name, what, errors) {
    try {
        await (0,fsx/* removeTreeInside */.tk)(layout.root, external_node_path_.join(dir, name));
        return true;
    }
    catch (e) {
        errors.push(`could not delete ${what} ${name}: ${(0,core_errors/* errorMessage */.gJ)(e)}`);
        return false;
    }
}
/** Staging older than this belongs to an install or a job that is long gone. */
const STALE_STAGING_MS = DAY_MS;
/**
 * Staging directories (`<id>.<token>`) left by installers that died, or archives kept for a post
 * step that never ran. Only taken while nobody holds that toolchain's install lock.
 */
async function removeStaleStaging(layout, now, errors) {
    const staging = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.stagingDir);
    if (!staging)
        return 0;
    const listed = await (0,dir_handle/* withDir */.uM)(staging, async (d) => {
        const names = await d.list();
        return Promise.all(names.map(async (name) => ({ name, st: await d.lstat(name) })));
    });
    let cleaned = 0;
    for (const { name, st } of listed) {
        const id = stagingId(name);
        if (id === undefined || !st || now - st.mtimeMs < STALE_STAGING_MS)
            continue;
        const lock = await tryLock(layout.lockPath(`install-${id}`), `install ${id}`, {
            staleMs: stale_DEFAULT_LOCK_STALE_MS,
        }).catch(() => undefined);
        if (!lock)
            continue;
        try {
            if (await deleteLeftover(layout, layout.stagingDir, name, 'staging', errors))
                cleaned += 1;
        }
        finally {
            await lock.release();
        }
    }
    return cleaned;
}

;// CONCATENATED MODULE: ./lib/core/gc-report.js
// The GC report, defined once (docs/design.md, "Uses and GC"): `gcReportModel` decides what is said
// about a GC — the headline, the labelled rows, the notes and the problems, in order, with the
// figures already formatted — and two renderers only lay that model out: as text for the post
// step's log and the CLI, as HTML for the job summary. Neither adds or drops a fact, so the log
// and the summary cannot say different things; the summary only cuts long lists (GitHub's 1 MiB
// limit) and points at the log for the rest.


const SKIPPED = {
    'another-gc-running': 'another GC running',
    throttled: 'throttled',
};
function gcReportModel(r) {
    const common = { removed: [], rows: [], notes: r.notes, problems: r.errors };
    if (r.skipped) {
        return {
            ...common,
            title: 'GC skipped',
            headline: SKIPPED[r.skipped],
            detail: r.skippedDetail,
        };
    }
    const would = r.dryRun;
    const headline = r.removed.length
        ? `${would ? 'would remove' : 'removed'} ${r.removed.length} toolchain(s), ` +
            `${would ? 'freeing' : 'freed'} ${formatBytes(r.freedBytes)}`
        : `nothing ${would ? 'would be removed' : 'removed'}`;
    const rows = [];
    if (r.skippedInUse.length) {
        const label = 'Skipped (in use)';
        rows.push({ label, summaryLabel: 'Skipped because in use', ids: r.skippedInUse });
    }
    if (r.boundsUnmet)
        rows.push({ label: 'Size bound not met', text: r.boundsUnmet });
    rows.push({
        label: 'Cache',
        text: `${formatBytes(r.totalBytesBefore)} → ${formatBytes(r.totalBytesAfter)}; ` +
            `dead uses ${would ? 'to reclaim' : 'reclaimed'}: ${r.reclaimedUses}; ` +
            `trash and leftovers ${would ? 'to clean' : 'cleaned'}: ${r.trashCleaned}`,
    });
    return { ...common, title: 'GC', headline, removed: r.removed, rows };
}
/**
 * The whole model as lines of text. `removedList` lays out the removed entries (the CLI as a
 * table, the log one line each).
 */
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
/** Ids and messages the summary shows of each list before "… and N more". */
const MAX_LISTED_IDS = 100;
const MAX_MESSAGES = 20;
const sentence = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/**
 * The whole model as HTML for the job summary, each list capped (`log` has them in full). A GC
 * that did not run is one paragraph; one that ran is a list under "GC:".
 */
function gcReportHtml(m, log = "the post step's log") {
    const ids = (list) => codeList(list, MAX_LISTED_IDS, log);
    const items = [
        ...m.rows.map((row) => `${escapeHtml(row.summaryLabel ?? row.label)}: ` +
            (row.ids ? ids(row.ids) : escapeHtml(row.text ?? ''))),
        ...capped(m.notes.map(escapeHtml), MAX_MESSAGES, 'note(s)', log),
        ...capped(m.problems.map((e) => `Problem: ${escapeHtml(e)}`), MAX_MESSAGES, 'problem(s)', log),
    ];
    let lead;
    if (m.title === 'GC skipped') {
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
        throw new InputError(`${label}: field "${e.field}" ${e.message}${describeValue(shownValue(item, e.field))}.`, e.field);
    }
}
/**
 * Parses the `toolchains` input: a YAML (or JSON) list of items. The usual shape is read directly;
 * anything else loads the YAML library (a separate chunk of the bundle: most jobs never load it).
 */
async function parseToolchains(text) {
    if (!text.trim())
        throw new InputError('Input "toolchains" is required: a YAML list of {id, url, sha256}.', 'toolchains');
    let doc = parseSimpleToolchainList(text);
    if (doc === undefined) {
        const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
        try {
            doc = parse(text);
        }
        catch (e) {
            throw new InputError(`Input "toolchains" is not valid YAML: ${e.message}`, 'toolchains');
        }
    }
    return checkToolchains(doc);
}
/** Validates a parsed `toolchains` document. */
function checkToolchains(doc) {
    if (!Array.isArray(doc) || doc.length === 0) {
        throw new InputError('Input "toolchains" must be a non-empty YAML list, e.g.\n- id: cmake-3.30.5\n  url: https://…\n  sha256: <64 hex>', 'toolchains');
    }
    const warnings = [];
    const seen = new Map();
    const toolchains = doc.map((raw, index) => {
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
            throw new InputError(`toolchains[${index}]: must be a mapping with id, url and sha256.`, 'toolchains');
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
/** A field's value for a message: a URL without its credentials (redactUrl). */
const shownValue = (item, field) => field === 'url' && typeof item.url === 'string' ? redactUrl(item.url) : item[field];
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
        throw new core_errors/* InputError */.dz(`Input "${name}" must be a size such as 20GB, 512MiB or 1073741824 (got "${value}").`, name);
    }
    return Math.floor(Number(m[1]) * unit);
}
/** A whole number ≥ min; empty → the default. */
function parseWholeNumber(value, name, fallback, min = 0) {
    const v = value.trim();
    if (!v)
        return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) {
        throw new InputError(`Input "${name}" must be a whole number ≥ ${min} (got "${value}").`, name);
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
    throw new InputError(`Input "${name}" must be true or false (got "${value}").`, name);
}

;// CONCATENATED MODULE: ./lib/cli/context.js
const processIo = {
    stdout: (t) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    stderr: (t) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    env: process.env,
};
/** Exit codes: 0 success, 1 a failure (or verify found changes), 2 a usage error. */
const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
/** A bad command line: printed with the command's usage, exit 2. */
class UsageError extends Error {
}
/** JSON on stdout with --json, else the human text. */
const print = (ctx, data, human) => ctx.io.stdout(ctx.json ? JSON.stringify(data, null, 2) : human());

;// CONCATENATED MODULE: ./lib/cli/format.js
// Human output of the CLI: aligned tables and short values.


/** Columns padded to their widest cell; a header row and a rule under it. */
function formatTable(headers, rows, align = []) {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
/** "key: value" lines with the values aligned. */
function formatFields(fields) {
    const width = Math.max(0, ...fields.map(([k]) => k.length));
    return fields.map(([k, v]) => `${`${k}:`.padEnd(width + 1)} ${v}`).join('\n');
}
const formatDuration = (ms) => {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 120_000)
        return `${(ms / 1000).toFixed(1)} s`;
    if (ms < 7_200_000)
        return `${(ms / 60_000).toFixed(1)} min`;
    return `${(ms / 3_600_000).toFixed(1)} h`;
};
/** ISO timestamp to the minute, UTC ("2024-05-01 12:34Z"); unreadable values as given. */
const formatTime = (iso) => {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? iso : `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')}Z`;
};

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
function hostConfig() {
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
        return `its directory ${dir} cannot be examined (${(0,core_errors/* isErrnoException */.s$)(e) ? e.code : String(e)})`;
    }
    if (!st)
        return 'missing';
    if (!st.isDirectory())
        return `its directory ${dir} is not a directory (a link?)`;
    if (platform === 'win32')
        return undefined;
    if (st.uid !== owner || writableByOthers(st.mode))
        return `its directory ${dir} is owned by uid ${st.uid} with mode ${host_config_octal(st.mode)}`;
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
        return `the directory above ${dir} cannot be examined (${(0,core_errors/* isErrnoException */.s$)(e) ? e.code : String(e)})`;
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
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return 'missing';
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ELOOP')
            return 'it is a link';
        return `it cannot be opened (${(0,core_errors/* isErrnoException */.s$)(e) ? e.code : String(e)})`;
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return 'it is not a regular file';
        if (platform !== 'win32' && (st.uid !== owner || writableByOthers(st.mode)))
            return `it is owned by uid ${st.uid} with mode ${host_config_octal(st.mode)}`;
        if (st.size > MAX_HOST_CONFIG_BYTES) {
            throw new core_errors/* InputError */.dz(`The host configuration file ${file} is ${st.size} bytes, more than the ${MAX_HOST_CONFIG_BYTES} read: fix the file.`, file);
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
const host_config_octal = (mode) => (mode & 0o7777).toString(8).padStart(4, '0');
/** Validates the file's JSON; unknown keys become warnings, bad values an InputError. */
function parseHostConfig(file, bytes, warnings, platform = process.platform) {
    const bad = (key, problem) => new core_errors/* InputError */.dz(`The host configuration file ${file}: "${key}" ${problem}. Fix the file (see README, "Pointing several runners at one cache").`, key);
    let raw;
    try {
        raw = JSON.parse(bytes.toString());
    }
    catch (e) {
        throw new core_errors/* InputError */.dz(`The host configuration file ${file} is not valid JSON (${e instanceof Error ? e.message : String(e)}): fix the file.`, file);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new core_errors/* InputError */.dz(`The host configuration file ${file} must hold a JSON object: fix the file.`, file);
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
    if (has('maxSize'))
        config.maxSizeBytes = size('maxSize');
    if (has('maxUnusedDays'))
        config.maxUnusedDays = whole('maxUnusedDays');
    if (has('lockStale')) {
        const t = numberText('lockStale');
        try {
            config.lockStaleMs = parseLockStale(t, 'lockStale');
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
const hostLockStaleMs = (config = hostConfig().config, env = process.env) => config.lockStaleMs ?? lockStaleMs(env);

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
        this.staleMs = options.staleMs ?? stale_DEFAULT_LOCK_STALE_MS;
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
            return emptyRegistry();
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
            // Most of a transaction is synchronous: yield to the event loop once, with the lock free, so
            // a caller committing in a loop still runs its timers (other locks' heartbeats) and signals.
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    commit(snap, lock) {
        const generation = (snap.generation ?? 0) + 1;
        // Keys in this order: the generation sits in the first bytes, where the CAS check reads it.
        const text = JSON.stringify({
            schemaVersion: REGISTRY_SCHEMA_VERSION,
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
        const doc = emptyRegistry();
        // Loaded only here: a readable registry (every hit) needs no scan of the installed trees.
        const { scanInstalled } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 756));
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
        throw new core_errors/* ToolchainCacheError */.mg('LOCK_LOST', `The registry ${this.file} changed under our lock (generation ${expected ?? '(no file)'} → ${current ?? '(no file)'}); nothing was committed.`);
    }
    readTextSync() {
        return (0,regular_file/* readRegularTextIfExistsSync */.cL)(this.file, REGISTRY_MAX_BYTES);
    }
    /** The file's text, or only its identity when that is the one cached. */
    async readText() {
        try {
            const { handle, stat } = await (0,regular_file/* openRegularFile */.ZU)(this.file, REGISTRY_MAX_BYTES);
            try {
                const identity = identityOf(stat);
                if (this.cached?.identity === identity)
                    return { identity };
                return { content: (await (0,regular_file/* readUpTo */.Vc)(handle, stat.size)).toString('utf8'), identity };
            }
            finally {
                await handle.close();
            }
        }
        catch (e) {
            if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
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
        if (typeof version === 'number' && version > REGISTRY_SCHEMA_VERSION) {
            throw new core_errors/* ToolchainCacheError */.mg('REGISTRY_CORRUPT', `The registry ${this.file} has schema version ${version}, newer than this toolchain-cache understands (${REGISTRY_SCHEMA_VERSION}). ` +
                'A newer release of the action wrote it: upgrade every workflow on this host, or use another cache-root.');
        }
        const problem = registryProblem(raw);
        return problem
            ? { problem: `invalid at ${problem}` }
            : { doc: redactStoredUrls(raw) };
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
            throw new core_errors/* ToolchainCacheError */.mg('REGISTRY_CORRUPT', `The registry ${this.file} is unreadable (${problem}) and could not be moved aside: ${e.message}.`);
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
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
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

;// CONCATENATED MODULE: ./lib/cli/root.js
// The cache root as the CLI finds and opens it, and its registry.







/**
 * The host configuration file's settings (read once), its warnings printed on stderr the first
 * time: the CLI applies the same host settings as the steps (README, "The host configuration file").
 */
function cliHostConfig(ctx) {
    const read = hostConfig();
    if (!warned)
        for (const w of read.warnings)
            ctx.io.stderr(`toolchain-cache: warning: ${w}`);
    warned = true;
    return read.config;
}
let warned = false;
/** --root, else the host configuration file's cacheRoot, else the environment's root; none is a usage error. */
function rootFrom(flag, env, host = {}) {
    if (flag !== undefined && !flag.trim())
        throw new UsageError('--root needs a directory');
    try {
        const fromFile = flag === undefined && host.cacheRoot ? host.cacheRoot : undefined;
        return chooseCacheRoot(fromFile ?? flag ?? '', env, {
            inputName: fromFile ? 'the host configuration file' : '--root',
        }).root;
    }
    catch (e) {
        if (e instanceof core_errors/* InputError */.dz) {
            throw new UsageError('no cache root: pass --root DIR, set cacheRoot in the host configuration file, or set TOOLCHAIN_CACHE_ROOT (or RUNNER_TOOL_CACHE)');
        }
        throw e;
    }
}
/** Read-only commands accept a root this user cannot write (they only read); it must exist. */
async function openForReading(root) {
    const st = await external_node_fs_.promises.stat(root).catch(() => undefined);
    if (!st)
        throw new core_errors/* InputError */.dz(`Cache root ${root} does not exist.`, 'root');
    if (!st.isDirectory())
        throw new core_errors/* InputError */.dz(`Cache root ${root} is not a directory.`, 'root');
    const layout = new CacheLayout(await external_node_fs_.promises.realpath(root));
    await checkLayoutVersion(layout, false);
    return layout;
}
/** Mutating commands: the root must exist (never created by mistake); its subdirectories may not yet. */
async function openForWriting(root) {
    const layout = await openCacheRoot(root, { create: false });
    for (const dir of [layout.locksDir, layout.toolchainsDir, layout.trashDir])
        await (0,fsx/* ensureDir */.A0)(dir);
    return layout;
}
/** The registry, telling the operator on stderr when it heals itself. */
function openRegistry(ctx, layout, command) {
    return new Registry(layout, {
        holder: command ? `toolchain-cache ${command} (pid ${process.pid})` : undefined,
        onWarning: (m) => ctx.io.stderr(`toolchain-cache: warning: ${m}`),
        staleMs: hostLockStaleMs(cliHostConfig(ctx), ctx.io.env),
    });
}

;// CONCATENATED MODULE: ./lib/cli/commands/gc.js
// `gc`: removes unused toolchains by age and by the cache's size (never one in use).







const gc = {
    summary: 'Remove unused toolchains (never one in use)',
    usage: 'toolchain-cache gc [--dry-run] [--max-unused-days N] [--max-size SIZE] [--root DIR] [--json]',
    details: `  --dry-run            report what would be removed; change nothing
  --max-unused-days N  remove toolchains unused for more than N days; 0 = every unused one (default:
                       the host configuration file's maxUnusedDays, else 30)
  --max-size SIZE      then remove unused toolchains, least recently used first, while the cache
                       is larger than SIZE (e.g. 20GB, 512MiB, 1073741824; default: the host
                       configuration file's maxSize, else no bound)`,
    options: {
        'dry-run': { type: 'boolean' },
        'max-unused-days': { type: 'string' },
        'max-size': { type: 'string' },
    },
    positionals: 0,
    run: runGc,
};
function wholeNumber(value, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value.trim()))
        throw new UsageError(`${flag} must be a whole number ≥ 0 (got "${value}")`);
    return Number(value.trim());
}
function maxSizeFrom(sizeFlag) {
    if (sizeFlag === undefined)
        return undefined;
    let maxSizeBytes;
    try {
        maxSizeBytes = parseSize(sizeFlag, 'max-size');
    }
    catch (e) {
        throw new UsageError(`--max-size: ${(0,core_errors/* errorMessage */.gJ)(e)}`);
    }
    if (maxSizeBytes === undefined)
        throw new UsageError('--max-size needs a size such as 20GB');
    return maxSizeBytes;
}
async function runGc(ctx) {
    // The host's bounds unless the operator gives others: the same ones the post step applies.
    const host = cliHostConfig(ctx);
    const maxUnusedDays = wholeNumber(ctx.values['max-unused-days'], '--max-unused-days', host.maxUnusedDays ?? 30);
    const maxSizeBytes = maxSizeFrom(ctx.values['max-size']) ?? host.maxSizeBytes;
    const dryRun = ctx.values['dry-run'] === true;
    const layout = dryRun ? await openForReading(ctx.root) : await openForWriting(ctx.root);
    const registry = openRegistry(ctx, layout, 'gc');
    const report = await collectGarbage(layout, registry, {
        maxUnusedDays,
        maxSizeBytes,
        dryRun,
        force: true,
        holder: `toolchain-cache gc (pid ${process.pid})`,
    });
    print(ctx, report, () => formatGcReport(report));
    return report.errors.length ? EXIT_FAILURE : EXIT_OK;
}
function formatGcReport(r) {
    const { lines, errors } = gcReportText(gcReportModel(r), (removed) => [
        formatTable(['ID', 'SIZE', 'LAST USED'], removed.map((e) => [e.id, formatBytes(e.sizeBytes), formatTime(e.lastUsedAt)]), ['left', 'right']),
    ]);
    return [...lines, ...errors.map((e) => `error: ${e}`)].join('\n');
}

;// CONCATENATED MODULE: ./lib/core/stats.js
// Usage statistics: counters per repository (namespace) in stats.json, and cache-wide figures.
// The counters have their own file and lock, so recording them never holds up an install; they are
// written like the registry (under the lock, atomic replace, ownership re-checked before the rename).





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
const stats_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Why `raw` is not a statistics document ("namespaces.o/r.jobs: …"), or undefined when it is one. */
function statsProblem(raw) {
    if (!stats_isObject(raw))
        return 'expected an object';
    if (raw.schemaVersion !== STATS_SCHEMA_VERSION)
        return `schemaVersion: expected ${STATS_SCHEMA_VERSION}`;
    if (!stats_isObject(raw.namespaces))
        return 'namespaces: expected an object';
    for (const [ns, c] of Object.entries(raw.namespaces)) {
        if (!stats_isObject(c))
            return `namespaces.${ns}: expected an object`;
        for (const k of COUNTERS) {
            const v = c[k];
            if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
                return `namespaces.${ns}.${k}: expected a non-negative number`;
        }
        if (typeof c.updatedAt !== 'string')
            return `namespaces.${ns}.updatedAt: expected a string`;
    }
    return undefined;
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
    updatedAt: new Date(0).toISOString(),
});
// A repository name is "owner/name"; never let one be read as an object's prototype slot.
const safeNamespace = (ns) => ns === '__proto__' || ns === 'constructor' || ns === 'prototype' ? `(${ns})` : ns || 'unknown';
/** Adds one job's results to its namespace's counters; returns the namespace's new counters. */
async function recordJobStats(layout, namespace, results, options = {}) {
    const ns = safeNamespace(namespace);
    const now = options.now ?? Date.now();
    return withLock(layout.lockPath('stats'), 'stats', {
        staleMs: options.staleMs ?? DEFAULT_LOCK_STALE_MS,
        timeoutMs: options.lockTimeoutMs ?? 10_000,
        pollMs: 25,
        holder: options.holder,
    }, async (lock) => {
        const { doc } = await readStats(layout, { moveCorruptAside: true });
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
        c.updatedAt = new Date(now).toISOString();
        doc.namespaces = { ...doc.namespaces, [ns]: c };
        // Not fsynced: statistics lost to a power cut (on some file systems the whole file: then it is
        // moved aside and counting starts again) are not worth two fsyncs in every job (16 jobs
        // ending together queue on this lock).
        writeFileReplacingSync(layout.statsFile, JSON.stringify(doc), () => lock.assertHeldSync());
        return c;
    });
}
/**
 * Lock-free read (the file is replaced atomically). A missing file reads as empty; so does an
 * unreadable one, with a warning; under the stats lock it is also moved aside.
 */
async function readStats(layout, options = {}) {
    const text = await (0,fsx/* readFileIfExists */.QD)(layout.statsFile);
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
        detail = `not valid JSON (${(0,core_errors/* errorMessage */.gJ)(e)})`;
    }
    let warning = `The statistics file ${layout.statsFile} is unreadable (${detail}); counting starts over.`;
    if (options.moveCorruptAside) {
        const movedTo = (0,fsx/* corruptAsideName */.VY)(layout.statsFile);
        await external_node_fs_.promises.rename(layout.statsFile, movedTo).catch(() => undefined);
        warning += ` It was moved aside to ${movedTo}.`;
    }
    return { doc: emptyStats(), warning };
}
function namespaceStats(c) {
    const hits = c.localHits;
    const misses = c.peerWaits + c.remoteRestores + c.downloads;
    return { ...c, hits, misses, hitRate: hits + misses > 0 ? hits / (hits + misses) : null };
}
/** Every namespace with its hit rate, and the sums over all of them. */
function summarizeStats(doc) {
    const total = zeroCounters();
    const namespaces = {};
    for (const [ns, c] of Object.entries(doc.namespaces).sort(([a], [b]) => (a < b ? -1 : 1))) {
        namespaces[ns] = namespaceStats(c);
        for (const k of COUNTERS) {
            total[k] += c[k];
        }
        if (c.updatedAt > total.updatedAt)
            total.updatedAt = c.updatedAt;
    }
    return { namespaces, total: namespaceStats(total) };
}
/** An entry's live uses; unreadable records count as live (as GC counts them: isInUse). */
const liveUseCount = (u) => (u?.live.length ?? 0) + (u?.unreadable.length ?? 0);
/** Live uses per entry id, judged without changing anything. */
async function liveUseCounts(layout, doc, now = Date.now()) {
    const usage = await usageOfAll(layout, Object.keys(doc.entries), now);
    return new Map([...usage].map(([id, u]) => [id, liveUseCount(u)]));
}
/** Entries, bytes, in use / unused (live uses) and free disk space. */
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
/** fs.statfs (Node ≥ 18.15); null where it is missing or the filesystem does not say. */
async function freeDiskBytes(dir) {
    if (typeof external_node_fs_.promises.statfs !== 'function')
        return null;
    try {
        const s = await external_node_fs_.promises.statfs(dir);
        const free = Number(s.bavail) * Number(s.bsize);
        return Number.isFinite(free) && free >= 0 ? free : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./lib/cli/commands/list.js
// `list`: the installed toolchains with their size, live uses and times.






const list = {
    summary: 'List the installed toolchains',
    usage: 'toolchain-cache list [--root DIR] [--json]',
    details: 'Columns: id, size, live uses, last use, install time, sha256, path.',
    options: {},
    positionals: 0,
    run: runList,
};
async function runList(ctx) {
    const layout = await openForReading(ctx.root);
    const doc = await openRegistry(ctx, layout).read();
    const usage = await usageOfAll(layout, Object.keys(doc.entries));
    const entries = withLastUse(doc, usage)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((e) => ({
        id: e.id,
        path: layout.toolchainRoot(e.id),
        sha256: e.sha256,
        sizeBytes: e.sizeBytes,
        installedAt: e.installedAt,
        lastUsedAt: e.lastUsedAt,
        uses: liveUseCount(usage.get(e.id)),
    }));
    print(ctx, entries, () => entries.length === 0
        ? `No toolchains in ${layout.root}.`
        : formatTable(['ID', 'SIZE', 'USES', 'LAST USED', 'INSTALLED', 'SHA256', 'PATH'], entries.map((e) => [
            e.id,
            formatBytes(e.sizeBytes),
            String(e.uses),
            formatTime(e.lastUsedAt),
            formatTime(e.installedAt),
            e.sha256.slice(0, 12),
            e.path,
        ]), ['left', 'right', 'right']));
    return EXIT_OK;
}

;// CONCATENATED MODULE: ./lib/cli/commands/remove.js
// `remove <id>`: removes one toolchain (refused while jobs use it, unless --force).




const remove = {
    summary: 'Remove one toolchain',
    usage: 'toolchain-cache remove <id> [--force] [--root DIR] [--json]',
    details: '  --force  remove it even while jobs use it (they will break)',
    options: { force: { type: 'boolean' } },
    positionals: 1,
    run: runRemove,
};
async function runRemove(ctx) {
    const id = ctx.positionals[0];
    const layout = await openForWriting(ctx.root);
    const registry = openRegistry(ctx, layout, 'remove');
    const force = ctx.values.force === true;
    const result = await removeEntry(layout, registry, id, { force });
    const data = {
        removed: { id: result.id, sizeBytes: result.sizeBytes, lastUsedAt: result.lastUsedAt },
        freedBytes: result.freedBytes,
        forced: force && result.liveUses > 0,
        liveUses: result.liveUses,
    };
    print(ctx, data, () => `Removed ${id} (${formatBytes(result.freedBytes)} freed)` +
        (result.liveUses ? `; it had ${result.liveUses} live use(s): those jobs may fail.` : '.'));
    return EXIT_OK;
}

// EXTERNAL MODULE: ./lib/core/registry/rebuild.js
var rebuild = __nccwpck_require__(756);
;// CONCATENATED MODULE: ./lib/cli/repair.js

async function repairRegistry(layout, registry) {
    const scan = await (0,rebuild.scanInstalled)(layout);
    const fromTree = new Map(scan.entries.map((e) => [e.id, e]));
    return registry.update((doc, tx) => {
        const added = tx.rebuilt ? Object.keys(doc.entries) : [];
        const dropped = [];
        for (const [id, entry] of Object.entries(doc.entries)) {
            const onDisk = fromTree.get(id);
            if (!onDisk || onDisk.sha256 !== entry.sha256) {
                delete doc.entries[id];
                dropped.push(id);
            }
        }
        for (const [id, entry] of fromTree) {
            if (Object.hasOwn(doc.entries, id))
                continue;
            doc.entries[id] = entry;
            added.push(id);
        }
        if (added.length === 0 && dropped.length === 0)
            tx.skipWrite();
        return {
            movedAside: tx.movedAside,
            rebuilt: tx.rebuilt || tx.movedAside !== undefined,
            entries: Object.keys(doc.entries).length,
            added: [...new Set(added)].sort(),
            dropped: dropped.sort(),
            leftOut: scan.rejected,
        };
    });
}

;// CONCATENATED MODULE: ./lib/cli/commands/repair.js
// `repair`: reconciles the registry with the installed toolchains (the work is ../repair.ts).



const repair = {
    summary: 'Rebuild the registry from the installed toolchains',
    usage: 'toolchain-cache repair [--root DIR] [--json]',
    details: 'A corrupt registry is moved aside first (registry.json.corrupt-<time>); uses recorded in it are lost.',
    options: {},
    positionals: 0,
    run: runRepair,
};
async function runRepair(ctx) {
    const layout = await openForWriting(ctx.root);
    const registry = openRegistry(ctx, layout, 'repair');
    const report = await repairRegistry(layout, registry);
    print(ctx, report, () => formatRepairReport(report, layout));
    return EXIT_OK;
}
function formatRepairReport(report, layout) {
    const lines = [];
    if (report.movedAside)
        lines.push(`Moved the corrupt registry aside to ${report.movedAside}.`);
    const entries = `${report.entries} entr${report.entries === 1 ? 'y' : 'ies'}`;
    lines.push(report.rebuilt
        ? `Rebuilt the registry from the installed toolchains: ${entries}.`
        : `The registry is readable; reconciled it with the installed toolchains: ${entries}.`);
    if (report.added.length)
        lines.push(`Registered: ${report.added.join(', ')}`);
    if (report.dropped.length)
        lines.push(`Unregistered (no valid installed tree, or none its receipt vouches for): ${report.dropped.join(', ')}`);
    for (const { id, why } of report.leftOut)
        lines.push(`Not registered: ${layout.entryDir(id)}: ${why}.`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/cli/commands/stats.js
// `stats`: the cache's figures, then hit/miss counters per repository.




const stats = {
    summary: 'Cache-wide figures and hit/miss counters per repository',
    usage: 'toolchain-cache stats [--root DIR] [--json]',
    options: {},
    positionals: 0,
    run: runStats,
};
async function runStats(ctx) {
    const layout = await openForReading(ctx.root);
    const doc = await openRegistry(ctx, layout).read();
    const figures = await cacheFigures(layout, doc);
    const { doc: statsDoc, warning } = await readStats(layout);
    if (warning)
        ctx.io.stderr(`toolchain-cache stats: warning: ${warning}`);
    const summary = summarizeStats(statsDoc);
    const data = {
        root: layout.root,
        ...figures,
        namespaces: summary.namespaces,
        total: summary.total,
    };
    print(ctx, data, () => formatStats(data));
    return EXIT_OK;
}
/** The cache's figures, then one row per repository and their total. */
function formatStats(data) {
    const header = formatFields([
        ['root', data.root],
        ['entries', String(data.entries)],
        ['total', formatBytes(data.totalBytes)],
        ['in use', String(data.inUse)],
        ['unused', String(data.unused)],
        ['free disk', formatFree(data.freeBytes)],
    ]);
    const rows = [...Object.entries(data.namespaces), ['(total)', data.total]].map(([ns, s]) => [
        ns,
        String(s.jobs),
        String(s.localHits),
        String(s.peerWaits),
        String(s.remoteRestores),
        String(s.downloads),
        formatBytes(s.bytesDownloaded),
        formatBytes(s.bytesServed),
        formatDuration(s.waitMs),
        formatPercent(s.hitRate),
    ]);
    const headers = [
        ...['REPOSITORY', 'JOBS', 'LOCAL', 'PEER', 'REMOTE', 'DOWNLOAD'],
        ...['DOWNLOADED', 'SERVED', 'WAITED', 'HIT RATE'],
    ];
    const align = headers.map((_, i) => (i === 0 ? 'left' : 'right'));
    return `${header}\n\n${formatTable(headers, rows, align)}`;
}

// EXTERNAL MODULE: ./lib/core/manifest.js
var core_manifest = __nccwpck_require__(9718);
// EXTERNAL MODULE: ./lib/core/receipt.js + 2 modules
var receipt = __nccwpck_require__(4042);
;// CONCATENATED MODULE: ./lib/cli/verify.js
// `verify`: every registered toolchain checked against its manifest (every file's type, size and
// hash) and its installer's receipt (docs/design.md, "Evidence"); trees nobody registered, and
// registry records naming a directory of their own, reported beside them.





/** Checks every registered toolchain, in id order, and looks for what the registry leaves out. */
async function verifyCache(layout, doc) {
    const entries = [];
    for (const entry of Object.values(doc.entries).sort((a, b) => (a.id < b.id ? -1 : 1))) {
        entries.push({ id: entry.id, ...(await verifyEntry(layout, entry.id, entry.sha256)) });
    }
    const toolchains = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.toolchainsDir);
    const onDisk = toolchains ? await (0,dir_handle/* withDir */.uM)(toolchains, (d) => d.list()) : [];
    const unregistered = onDisk.filter((n) => !Object.hasOwn(doc.entries, n)).sort();
    const report = { ok: entries.every((e) => e.ok), entries, unregistered };
    const ignoredPaths = recordedPaths(layout, doc);
    if (ignoredPaths.length)
        report.ignoredPaths = ignoredPaths;
    return report;
}
/** Registry records naming a directory of their own: never used, but a sign of tampering (or of an older release). */
function recordedPaths(layout, doc) {
    const found = [];
    for (const [id, entry] of Object.entries(doc.entries)) {
        const recorded = entry.path;
        const used = layout.toolchainRoot(id);
        if (recorded === undefined || recorded === used)
            continue;
        found.push({
            id,
            recorded: typeof recorded === 'string' ? recorded : JSON.stringify(recorded),
            used,
        });
    }
    return found.sort((a, b) => (a.id < b.id ? -1 : 1));
}
const ignoredPathNote = (p) => `${p.id}: the registry records the path ${p.recorded}, which is not the layout's ${p.used}; ` +
    "it is ignored (jobs always use the layout's directory). Someone who can write the registry changed it, or an older release wrote it: check who can write the cache root.";
/**
 * One entry, walked by descriptors from the root (dir-handle.ts): its directory, manifest and
 * files are opened no-follow, so a link planted anywhere is reported, never followed.
 */
async function verifyEntry(layout, id, sha256) {
    let entry;
    try {
        entry = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.entryDir(id));
    }
    catch (e) {
        return { ok: false, problems: [(0,core_errors/* errorMessage */.gJ)(e)] };
    }
    if (!entry)
        return { ok: false, problems: [`missing: ${external_node_path_.relative(layout.root, layout.entryDir(id))}`] };
    return (0,dir_handle/* withDir */.uM)(entry, (d) => verifyEntryIn(layout, d, id, sha256));
}
async function verifyEntryIn(layout, entry, id, sha256) {
    const manifest = await (0,core_manifest/* readManifestIn */.pd)(entry, external_node_path_.basename(layout.manifestFile(id)));
    if (!manifest)
        return { ok: false, problems: [`manifest missing or unreadable: ${layout.manifestFile(id)}`] };
    const problems = [];
    if (manifest.id !== id)
        problems.push(`manifest names "${manifest.id}"`);
    if (manifest.sha256 !== sha256)
        problems.push(`manifest sha256 ${manifest.sha256} ≠ registry ${sha256}`);
    const unvouched = await (0,receipt/* evidenceProblem */.jG)(layout, id, sha256);
    if (unvouched)
        problems.push(`not vouched for: ${unvouched}`);
    const root = layout.toolchainRoot(id);
    const files = await entry.openDir(external_node_path_.basename(root)).catch(() => undefined);
    if (!files) {
        problems.push(`missing: ${external_node_path_.relative(layout.root, root)}`);
    }
    else {
        problems.push(...(await (0,dir_handle/* withDir */.uM)(files, (d) => (0,core_manifest/* verifyTree */.aY)(d, manifest))));
    }
    return { ok: problems.length === 0, problems };
}

;// CONCATENATED MODULE: ./lib/cli/commands/verify.js
// `verify`: every toolchain checked against its manifest and receipt (the checks are ../verify.ts).




const verify = {
    summary: "Check every toolchain's files against its manifest",
    usage: 'toolchain-cache verify [--root DIR] [--json]',
    details: 'Exits 1 and names every change when a toolchain differs from its manifest.',
    options: {},
    positionals: 0,
    run: runVerify,
};
async function runVerify(ctx) {
    const layout = await openForReading(ctx.root);
    const report = await verifyCache(layout, await openRegistry(ctx, layout).read());
    const ignoredPaths = report.ignoredPaths ?? [];
    print(ctx, report, () => formatVerifyReport(report, layout.root));
    for (const p of ignoredPaths)
        ctx.io.stderr(`toolchain-cache verify: ${ignoredPathNote(p)}`);
    const changed = report.entries.filter((e) => !e.ok);
    if (changed.length) {
        ctx.io.stderr(`toolchain-cache verify: ${changed.length} toolchain(s) differ from their manifest: ` +
            changed
                .map((e) => `${e.id} (${e.problems.slice(0, 3).join('; ')}${e.problems.length > 3 ? '; …' : ''})`)
                .join(', '));
        return EXIT_FAILURE;
    }
    return EXIT_OK;
}
function formatVerifyReport(report, root) {
    const { entries, unregistered } = report;
    const lines = entries.length
        ? [
            formatTable(['ID', 'STATUS'], entries.map((e) => [e.id, e.ok ? 'ok' : `CHANGED (${e.problems.length})`])),
        ]
        : [`No toolchains in ${root}.`];
    for (const e of entries.filter((x) => !x.ok)) {
        lines.push('', `${e.id}:`, ...e.problems.map((p) => `  ${p}`));
    }
    if (unregistered.length)
        lines.push('', `Not registered (see \`repair\`): ${unregistered.join(', ')}`);
    for (const p of report.ignoredPaths ?? [])
        lines.push('', ignoredPathNote(p));
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/cli/commands/index.js






const COMMANDS = {
    list: list,
    stats: stats,
    gc: gc,
    verify: verify,
    remove: remove,
    repair: repair,
};

;// CONCATENATED MODULE: ./lib/cli/main.js
// The operator CLI: `toolchain-cache <command> [options]`, sharing the core with the action.
// main() parses, runs and prints; it returns the exit code and never calls process.exit, so tests
// run it in-process. The commands themselves live in commands/, one file each.





const GLOBAL_OPTIONS = {
    root: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const GLOBAL_HELP = `Options:
  --root DIR   the cache root (default: TOOLCHAIN_CACHE_ROOT, else $RUNNER_TOOL_CACHE/toolchain-cache)
  --json       machine-readable output (JSON on stdout)
  -h, --help   this help`;
function generalHelp() {
    const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
    return [
        'Usage: toolchain-cache <command> [options]',
        '',
        'Operator tool for the host-wide toolchain cache of self-hosted runners.',
        '',
        'Commands:',
        ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
        '',
        GLOBAL_HELP,
        '',
        'Run `toolchain-cache <command> --help` for the options of a command.',
    ].join('\n');
}
function commandHelp(name) {
    const c = COMMANDS[name];
    return [
        `Usage: ${c.usage}`,
        '',
        c.summary + '.',
        ...(c.details ? ['', c.details] : []),
        '',
        GLOBAL_HELP,
    ].join('\n');
}
/** The command is the first argument that is not an option (nor the value of --root). */
function splitCommand(argv) {
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--')
            break;
        if (a === '--root') {
            i++;
            continue;
        }
        if (a.startsWith('-'))
            continue;
        return { name: a, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
    }
    return { rest: argv };
}
/** Runs the CLI; returns the exit code. */
async function main(argv, io = processIo) {
    const { name, rest } = splitCommand(argv);
    if (name === undefined || name === 'help' || !Object.hasOwn(COMMANDS, name))
        return noCommand(name, rest, io);
    const command = COMMANDS[name];
    try {
        const { values, positionals } = parseCommandArgs(command, rest);
        if (values.help) {
            io.stdout(commandHelp(name));
            return EXIT_OK;
        }
        if (positionals.length !== command.positionals) {
            throw new UsageError(command.positionals === 0
                ? `takes no arguments (got "${positionals.join(' ')}")`
                : `needs ${command.positionals} argument(s)`);
        }
        const root = rootFrom(values.root, io.env, cliHostConfig({ io }));
        return await command.run({ io, json: values.json === true, root, values, positionals });
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`toolchain-cache ${name}: ${e.message}\nUsage: ${command.usage}`);
            return EXIT_USAGE;
        }
        const code = e instanceof core_errors/* ToolchainCacheError */.mg ? ` [${e.code}]` : '';
        io.stderr(`toolchain-cache ${name}: ${(0,core_errors/* errorMessage */.gJ)(e)}${code}`);
        return EXIT_FAILURE;
    }
}
/** No command to run: general help, a command's help, or a usage error. */
function noCommand(name, rest, io) {
    if (name === undefined) {
        if (rest.includes('--help') || rest.includes('-h')) {
            io.stdout(generalHelp());
            return EXIT_OK;
        }
        io.stderr(`toolchain-cache: missing command\n\n${generalHelp()}`);
        return EXIT_USAGE;
    }
    if (name === 'help') {
        io.stdout(rest[0] && Object.hasOwn(COMMANDS, rest[0]) ? commandHelp(rest[0]) : generalHelp());
        return EXIT_OK;
    }
    io.stderr(`toolchain-cache: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')}); see --help`);
    return EXIT_USAGE;
}
/** The command's options and the global ones; anything else is a usage error. */
function parseCommandArgs(command, args) {
    try {
        const parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args,
            options: { ...GLOBAL_OPTIONS, ...command.options },
            allowPositionals: true,
            strict: true,
        });
        return { values: parsed.values, positionals: parsed.positionals };
    }
    catch (e) {
        throw new UsageError((0,core_errors/* errorMessage */.gJ)(e));
    }
}


/***/ }),

/***/ 7455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ SyncDirHandle),
/* harmony export */   SS: () => (/* binding */ openDirInside),
/* harmony export */   Z1: () => (/* binding */ openDirInsideIfExists),
/* harmony export */   _p: () => (/* binding */ DirHandle),
/* harmony export */   uM: () => (/* binding */ withDir)
/* harmony export */ });
/* unused harmony export isNotDirectoryError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3828);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5372);
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
const O_DIRECTORY = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_DIRECTORY ?? 0;
const O_NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0;
const O_NONBLOCK = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0;
const OPEN_DIR = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | O_DIRECTORY | O_NOFOLLOW;
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
    const seen = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(`/proc/self/fd/${fd}`, { throwIfNoEntry: false });
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
        throw unsafe(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name), 'is not a plain name of a directory entry');
    return viaProc ? `/proc/self/fd/${fd}/${name}` : node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name);
}
/** Elsewhere than Linux: the directory's path must still lead to the directory opened. */
function checkUnmovedSync(dir, opened) {
    const now = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(dir, { throwIfNoEntry: false });
    if (!now || !now.isDirectory() || !sameObject(now, opened))
        throw unsafe(dir, 'was moved or replaced while it was walked');
}
/** True for the errors of an open that met a symlink (or a non-directory) where a directory was asked for. */
const isNotDirectoryError = (e) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOTDIR' || e.code === 'ELOOP');
const sameObject = (a, b) => a.dev === b.dev && a.ino === b.ino;
function unsafe(p, what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${p} ${what}; toolchain-cache never follows a link or acts on a name swapped under it. ` +
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
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(dir);
            if (!st.isDirectory())
                throw unsafe(dir, `${kindOf(st)}, not a directory`);
            return new DirHandle(dir, undefined, st, false);
        }
        let handle;
        try {
            handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(dir, OPEN_DIR);
        }
        catch (e) {
            if (!isNotDirectoryError(e))
                throw e;
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(dir).catch(() => undefined);
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
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.path, name);
    }
    /** Fallback only: the directory's path must still lead to this very directory. */
    async checkUnmoved() {
        if (this.viaProc)
            return;
        const now = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(this.path).catch(() => undefined);
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
            return node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(`/proc/self/fd/${this.handle.fd}`);
        const names = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(this.path);
        await this.checkUnmoved();
        return names;
    }
    /** lstat of a child; undefined when there is none. */
    async lstat(name) {
        try {
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(this.at(name));
            await this.checkUnmoved();
            return st;
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
                return undefined;
            throw e;
        }
    }
    /** The target of a child symlink (the link is read, never followed). */
    async readlink(name) {
        const target = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readlink(this.at(name));
        await this.checkUnmoved();
        return target;
    }
    /** Opens a child directory, never following a link there (UNSAFE_PATH) ; ENOENT when absent. */
    async openDir(name) {
        if (this.viaProc) {
            let handle;
            try {
                handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(this.at(name), OPEN_DIR);
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
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.unlink(this.at(name));
    }
    /** Removes an empty child directory. */
    async rmdir(name) {
        await this.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rmdir(this.at(name));
    }
    /** chmod on the descriptor (fchmod): whatever happened to the path, this directory gets it. */
    async chmod(mode) {
        if (this.handle)
            return this.handle.chmod(mode);
        await this.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(this.path, mode);
    }
    /**
     * Opens a child for reading: never through a link, never blocking (a FIFO), and only a regular
     * file (else UNSAFE_PATH); ENOENT when absent. The caller closes the handle.
     */
    async openFile(name) {
        const listed = this.viaProc ? undefined : await this.lstat(name);
        let handle;
        try {
            handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(this.at(name), _regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .READ_FLAGS */ .tC);
        }
        catch (e) {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isErrnoException */ .s$)(e) && e.code === 'ELOOP'))
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
            return await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readUpTo */ .Vc)(handle, stat.size);
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
        const tmp = `${name}.tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`;
        await this.checkUnmoved();
        const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | O_NOFOLLOW;
        const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(this.at(tmp), flags | O_NONBLOCK, mode);
        try {
            try {
                (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .assertOwnSingleName */ .eh)(this.pathOf(tmp), await handle.stat());
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
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(this.at(name), to.at(toName));
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
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(dir);
            if (!st.isDirectory())
                throw unsafe(dir, `${kindOf(st)}, not a directory`);
            return new SyncDirHandle(dir, undefined, st, false);
        }
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(dir, OPEN_DIR);
        }
        catch (e) {
            if (!isNotDirectoryError(e))
                throw e;
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(dir, { throwIfNoEntry: false });
            throw unsafe(dir, `${st ? kindOf(st) : 'changed while it was opened'}, not a directory`);
        }
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
            if (!st.isDirectory())
                throw unsafe(dir, 'is not a directory');
            return new SyncDirHandle(dir, fd, st, probeProc(fd, st));
        }
        catch (e) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
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
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, target);
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel))
        throw unsafe(target, `is outside the cache root ${root}`);
    let dir = await DirHandle.open(root);
    for (const name of rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter((n) => n !== '')) {
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
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
            return undefined;
        throw e;
    }
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XB: () => (/* binding */ LockTimeoutError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   mg: () => (/* binding */ ToolchainCacheError),
/* harmony export */   s$: () => (/* binding */ isErrnoException),
/* harmony export */   yx: () => (/* binding */ LockLostError)
/* harmony export */ });
/* unused harmony exports ChecksumError, DownloadError, UnsafeArchiveError, RegistryCorruptError */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8038);
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
const isErrnoException = (e) => e instanceof Error && typeof e.code === 'string';
const errorMessage = (e) => (e instanceof Error ? e.message : String(e));


/***/ }),

/***/ 6094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
    const { existsSync, writeFileSync } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3024, 19));
    const path = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 19));
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

/***/ 770:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ ensureDir),
/* harmony export */   EX: () => (/* binding */ createFileSync),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   QD: () => (/* binding */ readFileIfExists),
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
/* unused harmony exports chmodDirNoFollow, fsyncDirSync, fsyncDir, WINDOWS_RETRY_MS, renameRetrying, treeSize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3828);
/* harmony import */ var _dir_handle_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7455);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6094);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5372);
// File-system primitives shared by the registry, the installer and GC.







/** Directories: group-writable with setgid so runners of one group share them, whatever the umask. */
const SHARED_DIR_MODE = 0o2775;
/** State files (registry, stats, owners): group-writable, never world-writable. */
const SHARED_FILE_MODE = 0o664;
const isWindows = process.platform === 'win32';
const randomToken = () => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex');
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0;
const DIRECTORY = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_DIRECTORY ?? 0;
/**
 * mkdir -p, then force the shared mode on every directory it created (mkdir's mode is masked by
 * the umask). Set on a descriptor opened without following a link: a name swapped for a link
 * after the mkdir is refused, never chmod-ed through (docs/design.md, "Runner users in one group").
 */
async function ensureDir(dir) {
    const created = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { recursive: true, mode: SHARED_DIR_MODE });
    if (created === undefined || isWindows)
        return;
    for (let d = dir; d.length >= created.length; d = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(d)) {
        await chmodDirNoFollow(d, SHARED_DIR_MODE).catch(() => undefined);
        if (d === created)
            break;
    }
}
/** Sets a directory's mode through a descriptor (O_DIRECTORY|O_NOFOLLOW): never through a link. */
async function chmodDirNoFollow(dir, mode) {
    if (isWindows)
        return;
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(dir, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | DIRECTORY | NO_FOLLOW);
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
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | DIRECTORY | NO_FOLLOW);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fchmodSync)(fd, mode);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/**
 * Creates `file` exclusively (never through a link, never over anything) with `data`, its mode set
 * on the descriptor: the umask of whoever creates it first must not decide who can read it.
 * Throws EEXIST when something is already there.
 */
function createFileSync(file, data, mode = SHARED_FILE_MODE) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | NO_FOLLOW, mode);
    try {
        if (!isWindows)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fchmodSync)(fd, mode);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(fd, data);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Durable, atomic replace: temp file in the same directory, fsync, rename over, fsync the directory. */
async function atomicWriteFile(file, data, beforeRename) {
    const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(tmp, 'wx', SHARED_FILE_MODE);
    try {
        try {
            // On the descriptor, not by name: the umask masked open's mode.
            if (!isWindows)
                await handle.chmod(SHARED_FILE_MODE);
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await beforeRename?.();
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, file);
    }
    catch (e) {
        // Whatever failed (the write itself on a full disk, the veto, the rename), leave no temp file.
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true }).catch(() => undefined);
        throw e;
    }
    await fsyncDir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file));
}
/**
 * atomicWriteFile without yielding to the event loop, for short critical sections (the registry
 * commit). `checkSync` may veto the rename (throw); it runs right before the rename with nothing
 * of this process in between, so a check of "still ours, still unchanged" holds at the rename.
 */
function atomicWriteFileSync(file, data, checkSync) {
    const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(tmp, 'wx', SHARED_FILE_MODE);
    try {
        try {
            if (!isWindows)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fchmodSync)(fd, SHARED_FILE_MODE);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(fd, data);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        renameOverSync(tmp, file, checkSync);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        throw e;
    }
    fsyncDirSync(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file));
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        throw e;
    }
}
/** renameSync over `file`, with `check` right before; Windows gets a few retries (see below). */
function renameOverSync(tmp, file, check) {
    for (let attempt = 1;; attempt++) {
        check?.();
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, file);
            return;
        }
        catch (e) {
            // Windows: a scanner, an indexer or a reader holding the target open refuses the replace for a moment.
            const busy = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isErrnoException */ .s$)(e) && (e.code === 'EPERM' || e.code === 'EACCES' || e.code === 'EBUSY');
            if (!(isWindows && busy && attempt < 5))
                throw e;
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * attempt);
        }
    }
}
function fsyncDirSync(dir) {
    if (isWindows)
        return;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
    }
    catch (e) {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isErrnoException */ .s$)(e) && (e.code === 'EINVAL' || e.code === 'EBADF')))
            throw e;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
async function fsyncDir(dir) {
    if (isWindows)
        return; // directories cannot be opened for fsync there; NTFS journals the rename
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(dir, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY);
    try {
        await handle.sync();
    }
    catch (e) {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isErrnoException */ .s$)(e) && (e.code === 'EINVAL' || e.code === 'EBADF')))
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
        return (await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFile */ .XF)(file, maxBytes)).toString('utf8');
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
async function pathExists(p) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(p);
        return true;
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
}
/**
 * True when `child` is `parent` or lies below it (both absolute, already resolved). A child named
 * `..foo` is inside; only a first segment of exactly `..` leaves. `paths` is injectable so Windows
 * semantics (drive letters, case-insensitive names) can be checked anywhere.
 */
function isInside(parent, child, paths = node_path__WEBPACK_IMPORTED_MODULE_2__) {
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
            const transient = platform === 'win32' && (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isErrnoException */ .s$)(e) && codes.has(e.code ?? '');
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
    const notOntoDirectory = async () => !(await fs.lstat(to).then((st) => st.isDirectory(), () => false));
    await retryTransient(async () => {
        faultErrno('rename-eperm', 'rename', from);
        await fs.rename(from, to);
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
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(target);
    if (!isInside(root, resolved) || resolved === root) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `Refusing to delete ${target}: it is outside the cache root ${root} (or the root itself).`);
    }
    const parent = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_4__/* .openDirInsideIfExists */ .Z1)(root, node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(resolved));
    if (!parent)
        return;
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_4__/* .withDir */ .uM)(parent, () => retryTransient(async () => {
        (0,_faults_js__WEBPACK_IMPORTED_MODULE_6__/* .faultErrno */ .XR)('remove-eperm', 'rm', resolved);
        await removeChild(parent, node_path__WEBPACK_IMPORTED_MODULE_2__.basename(resolved));
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
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_4__/* .withDir */ .uM)(dir, async () => {
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
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
            throw e;
    });
}
/** A file, a link (the link itself), a FIFO…: unlinked; Windows' read-only attribute cleared first. */
async function removeNonDirectory(parent, name, st) {
    if (isWindows && st.isFile())
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(parent.pathOf(name), 0o666).catch(() => undefined);
    await unlinkIfThere(parent, name, st);
}
async function unlinkIfThere(parent, name, st) {
    await parent.unlink(name, st).catch((e) => {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
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
/** Where a corrupt file is moved aside: kept for inspection beside it, never deleted. */
function corruptAsideName(file, now = new Date()) {
    return `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
}


/***/ }),

/***/ 9718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ verifyTree),
/* harmony export */   pd: () => (/* binding */ readManifestIn)
/* harmony export */ });
/* unused harmony exports MANIFEST_SCHEMA_VERSION, hashFile, scanTree, summarize, writeManifest, MAX_MANIFEST_BYTES, readManifest, parseManifest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var _dir_handle_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(770);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5372);
// The manifest recorded beside each installed toolchain: what the tree held at install time.
// It makes an install self-describing (the registry can be rebuilt from it) and lets `verify`
// name any file a job modified. Its own module, below both the install pipeline (which writes it)
// and the registry (which rebuilds from it): see docs/design.md, "The registry".





const MANIFEST_SCHEMA_VERSION = 1;
/** A regular file's sha256 (no link followed, no blocking open, no read past its size at open). */
const hashFile = (file) => hashRegularFile(file);
/**
 * Walks the tree by descriptors (never following a link: dir-handle.ts) and hashes every regular
 * file, a few at a time per directory: each opened no-follow and non-blocking, checked to be a
 * regular file on its descriptor, read no further than its size (a FIFO or a file swapped in
 * cannot block or stretch the walk). An install does not call this (the extractor hashes each
 * file as it writes it); `verify`, adoption and the tests do. `root` is opened no-follow; pass an
 * open directory (openDirInside) to keep the way to it in the cache root too.
 */
async function scanTree(root) {
    const files = [];
    const walk = async (dir, rel) => {
        const hashes = [];
        for (const name of await dir.list()) {
            const relPath = rel ? `${rel}/${name}` : name;
            const st = await dir.lstat(name);
            if (st?.isDirectory()) {
                files.push({ path: relPath, type: 'directory' });
                const sub = await dir.openDir(name).catch(() => undefined); // swapped meanwhile: its entries are missing
                if (sub)
                    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .withDir */ .uM)(sub, (d) => walk(d, relPath));
            }
            else if (st?.isSymbolicLink()) {
                files.push({ path: relPath, type: 'symlink', target: await dir.readlink(name) });
            }
            else if (st?.isFile()) {
                const record = { path: relPath, type: 'file' };
                files.push(record);
                hashes.push(() => hashInto(record, dir, name));
            }
        }
        let next = 0;
        const worker = async () => {
            while (next < hashes.length)
                await hashes[next++]();
        };
        await Promise.all(Array.from({ length: 4 }, worker));
    };
    if (typeof root === 'string')
        await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .withDir */ .uM)(await _dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .DirHandle */ ._p.open(root), (d) => walk(d, ''));
    else
        await walk(root, '');
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return files;
}
/** Size, mode and sha256 of a regular file of `dir`, from its descriptor; a file that is no longer one hashes as nothing. */
async function hashInto(record, dir, name) {
    let opened;
    try {
        opened = await dir.openFile(name);
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg || (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e)))
            throw e;
        record.sha256 = 'not a regular file'; // swapped after the listing: reported as modified
        return;
    }
    const { handle, stat } = opened;
    try {
        record.size = stat.size;
        record.executable = process.platform === 'win32' ? undefined : (stat.mode & 0o111) !== 0;
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const buf = Buffer.alloc(Math.min(1 << 20, Math.max(stat.size, 1)));
        for (let pos = 0; pos < stat.size;) {
            const { bytesRead } = await handle.read(buf, 0, Math.min(buf.length, stat.size - pos), pos);
            if (bytesRead === 0)
                break;
            hash.update(buf.subarray(0, bytesRead));
            pos += bytesRead;
        }
        record.sha256 = hash.digest('hex');
    }
    finally {
        await handle.close();
    }
}
function summarize(files) {
    let sizeBytes = 0;
    let fileCount = 0;
    for (const f of files) {
        if (f.type === 'file') {
            sizeBytes += f.size ?? 0;
            fileCount += 1;
        }
    }
    return { sizeBytes, fileCount };
}
async function writeManifest(file, manifest) {
    await atomicWriteFile(file, JSON.stringify(manifest));
}
/** A manifest lists every file of a tree: large, but never this large. */
const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
/** The manifest at `file`: read no-follow, non-blocking, bounded (readFileIfExists); undefined when missing. */
async function readManifest(file) {
    const text = await readFileIfExists(file, MAX_MANIFEST_BYTES);
    return text === undefined ? undefined : parseManifest(text);
}
/**
 * The manifest `name` (layout.manifestFile's) of an entry directory opened no-follow
 * (openDirInside): read no-follow, non-blocking, bounded; undefined when missing or unreadable.
 */
async function readManifestIn(entry, name) {
    const bytes = await entry.readFile(name, MAX_MANIFEST_BYTES).catch(() => undefined);
    return bytes === undefined ? undefined : parseManifest(bytes.toString('utf8'));
}
function parseManifest(text) {
    try {
        const m = JSON.parse(text);
        return m.schemaVersion === MANIFEST_SCHEMA_VERSION &&
            typeof m.id === 'string' &&
            Array.isArray(m.files)
            ? m
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** Differences between the tree and its manifest, one line each ("modified: bin/cc"). */
async function verifyTree(root, manifest) {
    const actual = new Map((await scanTree(root)).map((f) => [f.path, f]));
    const problems = [];
    for (const want of manifest.files) {
        const got = actual.get(want.path);
        actual.delete(want.path);
        if (!got)
            problems.push(`missing: ${want.path}`);
        else if (got.type !== want.type)
            problems.push(`type changed (${want.type} → ${got.type}): ${want.path}`);
        else if (want.type === 'file' && (got.size !== want.size || got.sha256 !== want.sha256))
            problems.push(`modified: ${want.path}`);
        else if (want.type === 'symlink' && got.target !== want.target)
            problems.push(`symlink retargeted: ${want.path}`);
        else if (want.executable !== undefined && got.executable !== want.executable)
            problems.push(`mode changed: ${want.path}`);
    }
    for (const extra of actual.keys())
        problems.push(`added: ${extra}`);
    return problems;
}


/***/ }),

/***/ 4042:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  jG: () => (/* binding */ evidenceProblem)
});

// UNUSED EXPORTS: RECEIPT_SCHEMA_VERSION, recordedTreeStat, removeReceipt, writeReceipt

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __nccwpck_require__(770);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/regular-file.js + 3 modules
var regular_file = __nccwpck_require__(5372);
;// CONCATENATED MODULE: ./lib/core/install/seal.js
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
function seal_sealRecordSync(file, maxBytes) {
    return withRegularFileSync(file, maxBytes, (fd, size) => {
        assertOwnSingleName(file, fstatSync(fd));
        fchmodSync(fd, SEALED_RECORD_MODE);
        return readUpToSync(fd, size);
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
        const p = path.join(root, f.path);
        const st = await fs.lstat(p);
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
            await fs.chmod(p, wanted);
        else
            await sealListed(p, st, wanted, names.get(inode(st)) ?? 0);
    }
}
const inode = (st) => `${st.dev}:${st.ino}`;
function changedWhileSealed(p, what) {
    return new ToolchainCacheError('UNSAFE_PATH', `${p} ${what}: it was changed while the tree was sealed, and no mode was set through it. ` +
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
    const flags = constants.O_RDONLY |
        (constants.O_NOFOLLOW ?? 0) |
        (constants.O_NONBLOCK ?? 0) |
        (listed.isDirectory() ? (constants.O_DIRECTORY ?? 0) : 0);
    let handle;
    try {
        handle = await fs.open(p, flags);
    }
    catch (e) {
        if (isErrnoException(e) && (e.code === 'ELOOP' || e.code === 'ENOTDIR'))
            throw changedWhileSealed(p, 'was replaced by a link');
        if (!(isErrnoException(e) && e.code === 'EACCES' && listed.isFile()))
            throw e;
        check(await fs.lstat(p));
        await fs.chmod(p, wanted);
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
            throw new UnsafeArchiveError(`${id}: archive member "${f.path}" is a symlink to "${f.target ?? ''}", which leads outside the toolchain root; refusing to install.`, f.path);
        }
    }
}

;// CONCATENATED MODULE: ./lib/core/install/tree-stat.js
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
const tree_stat_TREE_STAT_MAX_BYTES = 256 * 1024 ** 2;
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
    const lines = [HEADER, lineV2('', lstatSync(root))];
    for (const e of entries) {
        const st = lstatSync(path.join(root, e.path));
        if (st.isDirectory())
            lines.push(lineV2(e.path, st));
    }
    await atomicWriteFile(file, lines.join('\n') + '\n');
}
/**
 * The first difference between the tree at `root` and its recorded metadata ("modified: bin/cc"),
 * or undefined when every entry is as sealed. `file` is read once (no link followed, a regular
 * file, bounded) and its bytes are trusted only when their sha256 is `recordedSha256`, the
 * receipt's: the tree is then checked against those very bytes. Synchronous, and one string
 * comparison per recorded line when nothing changed: a hit of a toolchain of 50 000 files in 500
 * directories is one sha256 of a file of about 40 KB, then 500 lstat calls and little else.
 */
function treeStatProblem(file, root, recordedSha256) {
    let bytes;
    try {
        bytes = readRegularFileSync(file, tree_stat_TREE_STAT_MAX_BYTES);
    }
    catch (e) {
        return isErrnoException(e) && e.code === 'ENOENT'
            ? 'its metadata file (tree-stat) is missing'
            : `its metadata file (tree-stat) is unreadable (${errorMessage(e)})`;
    }
    if (recordDigest(bytes) !== recordedSha256)
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
        return lstatSync(p, { throwIfNoEntry: false });
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

;// CONCATENATED MODULE: ./lib/core/receipt.js
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
    const receipt = {
        schemaVersion: RECEIPT_SCHEMA_VERSION,
        id,
        sha256,
        manifestSha256: recordDigest(sealRecordSync(files.manifest, MANIFEST_MAX_BYTES)),
        ...(files.stats !== undefined && {
            statsSha256: recordDigest(sealRecordSync(files.stats, TREE_STAT_MAX_BYTES)),
        }),
        writtenAt: new Date().toISOString(),
    };
    await ensureDir(layout.receiptsDir); // a root of an older release, or made by hand, may lack it
    // A sealed receipt left by an earlier install of the id: Windows refuses to rename over a
    // read-only file. No tree of the id is published now (we hold its install lock, before the rename).
    await removeReceipt(layout, id);
    await atomicWriteFile(layout.receiptFile(id), JSON.stringify(receipt));
    sealRecordSync(layout.receiptFile(id), RECEIPT_MAX_BYTES);
}
/**
 * The receipt of `id` for `sha256` (when given), read as every record in the root is (no link
 * followed, a regular file, bounded), or why there is none to go by.
 */
function receiptFor(layout, id, sha256) {
    let text;
    try {
        text = (0,regular_file/* readRegularFileSync */.cG)(layout.receiptFile(id), RECEIPT_MAX_BYTES).toString('utf8');
    }
    catch (e) {
        return (0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'
            ? { problem: 'no install receipt vouches for it (it was not installed by toolchain-cache)' }
            : { problem: `its install receipt is unreadable (${(0,errors/* errorMessage */.gJ)(e)})` };
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
        return (0,regular_file/* recordDigest */.kd)((0,regular_file/* readRegularFileSync */.cG)(file, maxBytes));
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
        digestOf(layout.treeStatsFile(id), tree_stat_TREE_STAT_MAX_BYTES) !== receipt.statsSha256)
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
    const recorded = found.receipt.statsSha256;
    return typeof recorded === 'string'
        ? { sha256: recorded }
        : { problem: 'its install receipt records no metadata file (tree-stat)' };
}
/** Removed with the entry (GC, `remove`): a receipt outliving its tree would vouch for a planted one. */
async function removeReceipt(layout, id) {
    await fs.rm(layout.receiptFile(id), { force: true }).catch((e) => {
        if (!(isErrnoException(e) && e.code === 'ENOENT'))
            throw e;
    });
}


/***/ }),

/***/ 8038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   scanInstalled: () => (/* binding */ scanInstalled)
/* harmony export */ });
/* unused harmony exports entryFromManifest, rebuildEntries */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _dir_handle_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7455);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9718);
/* harmony import */ var _receipt_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4042);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8038);
// Rebuilding the registry's entries from the installed trees: each complete install carries a
// manifest and a receipt, both written before it was published (see docs/design.md, "The registry"
// and "Evidence").





/** The entry a manifest describes; its last use is `registeredAt` until a use says otherwise. */
function entryFromManifest(m, registeredAt) {
    return {
        id: m.id,
        sha256: m.sha256,
        url: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .B)(m.url),
        sizeBytes: m.sizeBytes,
        fileCount: m.fileCount,
        installedAt: m.installedAt,
        lastUsedAt: registeredAt.toISOString(),
    };
}
/**
 * Entries for every complete install under toolchains/: a valid manifest for its own id, vouched
 * for by its installer's receipt (a planted tree carries a manifest, never a receipt matching it).
 * The rebuild counts as a use: age-based GC then waits a full period before removing any.
 */
async function scanInstalled(layout, now = new Date()) {
    const scan = { entries: [], rejected: [] };
    const toolchains = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .openDirInsideIfExists */ .Z1)(layout.root, layout.toolchainsDir);
    if (!toolchains)
        return scan;
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .withDir */ .uM)(toolchains, async (dir) => {
        for (const name of await dir.list()) {
            // Never read through a link planted in place of a tree: opened no-follow, read through it.
            const entry = await dir.openDir(name).catch(() => undefined);
            if (!entry) {
                scan.rejected.push({ id: name, why: 'it is not a directory (a planted link?)' });
                continue;
            }
            const manifest = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .withDir */ .uM)(entry, (d) => (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifestIn */ .pd)(d, node_path__WEBPACK_IMPORTED_MODULE_0__.basename(layout.manifestFile(name))));
            if (!manifest || manifest.id !== name) {
                scan.rejected.push({ id: name, why: 'it has no valid manifest of its own' });
                continue;
            }
            const why = await (0,_receipt_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceProblem */ .jG)(layout, name, manifest.sha256);
            if (why)
                scan.rejected.push({ id: name, why });
            else
                scan.entries.push(entryFromManifest(manifest, now));
        }
    });
    return scan;
}
/** The entries scanInstalled accepts. */
async function rebuildEntries(layout, now = new Date()) {
    return (await scanInstalled(layout, now)).entries;
}


/***/ }),

/***/ 5372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iZ: () => (/* binding */ NotRegularFileError),
  tC: () => (/* binding */ READ_FLAGS),
  eh: () => (/* binding */ assertOwnSingleName),
  h_: () => (/* binding */ fileKind),
  ZU: () => (/* binding */ openRegularFile),
  XF: () => (/* binding */ readRegularFile),
  cG: () => (/* binding */ readRegularFileSync),
  cL: () => (/* binding */ readRegularTextIfExistsSync),
  Vc: () => (/* binding */ readUpTo),
  Eg: () => (/* binding */ readUpToSync),
  kd: () => (/* binding */ recordDigest),
  QI: () => (/* binding */ withRegularFileSync)
});

// UNUSED EXPORTS: hashRegularFile, openForWriting, readRange, writeTo

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
;// CONCATENATED MODULE: ./lib/core/regular-file.js
// Reading a file someone else may have put at its name: a record in the root (registry.json, a
// receipt, manifest.json, tree-stat, a lock's owner), an archive in staging, an object in a tier
// directory. The open follows no link and never blocks (opening a FIFO for reading waits for a
// writer, forever), the descriptor must be a regular file, and reads stop at the size it had when
// it was opened (and at a bound per kind of file): a file that keeps growing (or a FIFO fed
// slowly) never holds a step. Synchronous entry points for the warm path and the registry's
// critical sections, asynchronous ones for the rest. See docs/design.md, "Staging", "Remote tiers"
// and "Walks stay in the root".






/** 0 on Windows, which has neither flag (a symlink there needs a privilege; no FIFOs in the file system). */
const NO_FOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = external_node_fs_.constants.O_NONBLOCK ?? 0;
/** Every read open of this module: no link followed, no wait for a FIFO's writer. */
const READ_FLAGS = external_node_fs_.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK;
/** No O_TRUNC: what is there is checked (assertOwnSingleName) before a byte of it changes. */
const WRITE_FLAGS = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | NO_FOLLOW | NON_BLOCK;
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
class NotRegularFileError extends errors/* ToolchainCacheError */.mg {
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
    if ((0,errors/* isErrnoException */.s$)(e) && (e.code === 'ELOOP' || e.code === 'EMLINK'))
        return new NotRegularFileError(file, 'a symlink');
    if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENXIO')
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
        lookedAt(file, (0,external_node_fs_.lstatSync)(file));
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, READ_FLAGS);
    }
    catch (e) {
        throw openFailure(file, e);
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        checkOpened(file, st, maxBytes);
        return use(fd, st.size);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Reads at most `size` bytes from the start of `fd` (fewer when the file shrank meanwhile). */
function readUpToSync(fd, size) {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
        const n = (0,external_node_fs_.readSync)(fd, buf, got, size - got, got);
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
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/** The digest a receipt records of a file: sha256 of its exact bytes, in hex. */
const recordDigest = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
/**
 * Opens `file` for reading: no link followed, no blocking open, a regular file of at most
 * `maxBytes` only (anything else throws NotRegularFileError naming the file and what it is).
 */
async function openRegularFile(file, maxBytes = Infinity) {
    if (NO_FOLLOW === 0)
        lookedAt(file, await (0,promises_namespaceObject.lstat)(file));
    let handle;
    try {
        handle = await (0,promises_namespaceObject.open)(file, READ_FLAGS);
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
    const { handle, size } = await openRegularFile(file, maxBytes);
    try {
        return await readUpTo(handle, size);
    }
    finally {
        await handle.close();
    }
}
/**
 * Bytes `start` to `end` (exclusive) of `handle`, by positional reads: the descriptor's offset
 * never moves, and destroying the stream leaves the descriptor open (an fs read stream given a
 * handle closes it when destroyed, whatever its autoClose).
 */
function readRange(handle, start = 0, end = Infinity) {
    let position = start;
    return new Readable({
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
const writeTo = (handle) => new Writable({
    write(chunk, _encoding, done) {
        handle.write(chunk).then(() => done(), done);
    },
});
/** The sha256 of the regular file `file`, of at most the bytes it had when opened. */
async function hashRegularFile(file) {
    const { handle, size } = await openRegularFile(file);
    try {
        const hash = createHash('sha256');
        await pipeline(readRange(handle, 0, size), hash);
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
        handle = await open(file, WRITE_FLAGS, mode);
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


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(518);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
