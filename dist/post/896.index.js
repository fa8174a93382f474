export const id = 896;
export const ids = [896];
export const modules = {

/***/ 9718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   pd: () => (/* binding */ readManifestIn)
/* harmony export */ });
/* unused harmony exports MANIFEST_SCHEMA_VERSION, scanTree, summarize, writeManifest, MAX_MANIFEST_BYTES, readManifest, parseManifest, verifyTree */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _dir_handle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(770);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9558);





const MANIFEST_SCHEMA_VERSION = 1;
const hashFile = (file) => (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashRegularFile */ .vF)(file);
async function scanTree(root) {
    const files = [];
    const walk = async (dir, rel) => {
        const hashes = [];
        for (const name of await dir.list()) {
            const relPath = rel ? `${rel}/${name}` : name;
            const st = await dir.lstat(name);
            if (st?.isDirectory()) {
                files.push({ path: relPath, type: 'directory' });
                const sub = await dir.openDir(name).catch(() => undefined);
                if (sub)
                    await withDir(sub, (d) => walk(d, relPath));
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
        await withDir(await DirHandle.open(root), (d) => walk(d, ''));
    else
        await walk(root, '');
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return files;
}
async function hashInto(record, dir, name) {
    let opened;
    try {
        opened = await dir.openFile(name);
    }
    catch (e) {
        if (!(e instanceof ToolchainCacheError || isErrnoException(e)))
            throw e;
        record.sha256 = 'not a regular file';
        return;
    }
    const { handle, stat } = opened;
    try {
        record.size = stat.size;
        record.executable = process.platform === 'win32' ? undefined : (stat.mode & 0o111) !== 0;
        const hash = createHash('sha256');
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
const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
async function readManifest(file) {
    const text = await readFileIfExists(file, MAX_MANIFEST_BYTES);
    return text === undefined ? undefined : parseManifest(text);
}
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
async function verifyTree(root, manifest) {
    const actual = new Map((await scanTree(root)).map((f) => [f.path, f]));
    const problems = [];
    for (const want of manifest.files) {
        const got = actual.get(want.path);
        actual.delete(want.path);
        if (!got)
            problems.push(`missing: ${want.path}`);
        else if (got.type !== want.type)
            problems.push(`type changed (${want.type} \u2192 ${got.type}): ${want.path}`);
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

/***/ 5374:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ serviceVersion),
/* harmony export */   DS: () => (/* binding */ cacheVersion),
/* harmony export */   L3: () => (/* binding */ unavailableReason),
/* harmony export */   Rs: () => (/* binding */ serviceUrl),
/* harmony export */   zP: () => (/* binding */ cacheReadable)
/* harmony export */ });
/* unused harmony export isGhes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

const VERSION_SALT = '1.0';
const CACHE_MODES = ['none', 'read', 'write', 'write-only'];
function isGhes(env = process.env) {
    const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname
        .trimEnd()
        .toUpperCase();
    return !(host === 'GITHUB.COM' || host.endsWith('.GHE.COM') || host.endsWith('.LOCALHOST'));
}
function serviceVersion(env = process.env) {
    if (isGhes(env))
        return 'v1';
    return env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1';
}
function serviceUrl(env = process.env) {
    return serviceVersion(env) === 'v2'
        ? env.ACTIONS_RESULTS_URL || ''
        : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL || '';
}
const cacheMode = (env) => (env.ACTIONS_CACHE_MODE || '').trim().toLowerCase();
function cacheReadable(env = process.env) {
    const mode = cacheMode(env);
    return !CACHE_MODES.includes(mode) || mode === 'read' || mode === 'write';
}
function unavailableReason(env = process.env) {
    const available = serviceVersion(env) === 'v2'
        ? Boolean(env.ACTIONS_RESULTS_URL)
        : Boolean(env.ACTIONS_CACHE_URL);
    if (!available)
        return 'no GitHub Actions cache service for this runner';
    if (cacheMode(env) === 'none')
        return "the runner's cache mode is none";
    return undefined;
}
function cacheVersion(paths, compression, crossOs = false, platform = process.platform) {
    const components = [...paths, compression];
    if (platform === 'win32' && !crossOs)
        components.push('windows-only');
    components.push(VERSION_SALT);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(components.join('|')).digest('hex');
}


/***/ }),

/***/ 4896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  saveFetchedArchives: () => (/* binding */ saveFetchedArchives)
});

// UNUSED EXPORTS: endAbandonedWork, keepArchivesFor, tierChainFor

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/manifest.js
var manifest = __webpack_require__(9718);
// EXTERNAL MODULE: ./lib/providers/bounded.js
var bounded = __webpack_require__(915);
;// CONCATENATED MODULE: ./lib/providers/chain.js



const emptyNotes = () => ({ failed: {}, needs: {} });
class TierChain {
    tiers;
    log;
    timeoutMs;
    maxBytes;
    notes;
    constructor(tiers, log, timeoutMs, notes = emptyNotes(), maxBytes = Infinity) {
        this.tiers = tiers;
        this.log = log;
        this.timeoutMs = timeoutMs;
        this.maxBytes = maxBytes;
        this.notes = { failed: { ...notes.failed }, needs: { ...notes.needs } };
    }
    async usable(tier) {
        if (Object.hasOwn(this.notes.failed, tier.name))
            return false;
        let why;
        try {
            why = await tier.unavailable?.();
        }
        catch (e) {
            why = (0,bounded/* describeFailure */.Ic)(e);
            this.log.warning(`remote tier ${tier.name}: cannot be used (${why}); not used in this job`);
        }
        if (why === undefined)
            return true;
        this.log.debug(`remote tier ${tier.name}: skipped (${why})`);
        this.notes.failed[tier.name] = why;
        return false;
    }
    async call(tier, what, run) {
        try {
            return { ok: true, value: await (0,bounded/* bounded */.Mm)(this.timeoutMs, run, this.maxBytes) };
        }
        catch (e) {
            const reason = `${what}: ${(0,bounded/* describeFailure */.Ic)(e)}`;
            if (Object.hasOwn(this.notes.failed, tier.name)) {
                this.log.debug(`remote tier ${tier.name}: ${reason}`);
                return { ok: false };
            }
            this.notes.failed[tier.name] = reason;
            this.log.warning(`remote tier ${tier.name}: ${reason}; not used again in this job`);
            return { ok: false };
        }
    }
    need(ref, tier) {
        const list = (this.notes.needs[ref.sha256] ??= []);
        if (!list.includes(tier.name))
            list.push(tier.name);
    }
    async restore(spec, destFile) {
        const ref = { id: spec.id, sha256: spec.sha256 };
        for (const [index, tier] of this.tiers.entries()) {
            if (!tier.capabilities.read || !(await this.usable(tier)))
                continue;
            const part = `${destFile}.tier-${index}`;
            await createOwnFile(part);
            if (await this.restoreFrom(tier, ref, part)) {
                await external_node_fs_.promises.rename(part, destFile);
                this.log.info(`${spec.id}: restored the archive from ${tier.name}`);
                return { tier: tier.name };
            }
            await external_node_fs_.promises.rm(part, { force: true }).catch(() => undefined);
        }
        return undefined;
    }
    async originTurn(spec, destFile, wait) {
        const ref = { id: spec.id, sha256: spec.sha256 };
        const tier = await this.leaseTier(ref);
        if (!tier?.leases)
            return undefined;
        const seconds = Math.round(wait.waitTimeoutMs / 1000);
        const took = await this.call(tier, `waiting for ${ref.id} (fleet lease)`, (c) => tier.leases.takeOrWait(ref, c, {
            deadline: Date.now() + wait.waitTimeoutMs,
            signal: wait.signal,
            onWait: (holder) => this.log.info(`${ref.id}: ${describeHolder(holder)} is downloading it for the hosts sharing ${tier.name}; waiting up to ${seconds}s for it to appear there`),
        }));
        if (!took.ok)
            return undefined;
        const outcome = took.value;
        if (outcome.kind === 'held')
            return { lease: this.originLease(tier, ref, outcome.lease) };
        if (outcome.kind === 'timeout') {
            this.log.warning(`${ref.id}: ${describeHolder(outcome.holder)} did not put it in ${tier.name} within wait-timeout (${seconds}s); downloading it from the origin too`);
            return undefined;
        }
        return this.restoreWaited(tier, ref, destFile, outcome.holder);
    }
    async leaseTier(ref) {
        const missed = this.notes.needs[ref.sha256] ?? [];
        for (const tier of this.tiers) {
            if (!tier.leases || !tier.capabilities.write || !missed.includes(tier.name))
                continue;
            if (await this.usable(tier))
                return tier;
        }
        return undefined;
    }
    async restoreWaited(tier, ref, destFile, holder) {
        const part = `${destFile}.tier-lease`;
        await createOwnFile(part);
        if (!(await this.restoreFrom(tier, ref, part))) {
            await external_node_fs_.promises.rm(part, { force: true }).catch(() => undefined);
            return undefined;
        }
        await external_node_fs_.promises.rename(part, destFile);
        this.dropNeed(ref, tier);
        const from = holder ? ` (${describeHolder(holder)} downloaded it)` : '';
        this.log.info(`${ref.id}: restored the archive from ${tier.name}${from}`);
        return { restored: { tier: tier.name, ...(holder && { leaseHolder: holder.host }) } };
    }
    originLease(tier, ref, held) {
        this.log.info(`${ref.id}: this host downloads it for the hosts sharing ${tier.name} (fleet lease taken)`);
        return {
            publish: async (file) => {
                const digest = await (0,manifest/* hashFile */.DC)(file).catch((e) => (0,bounded/* describeFailure */.Ic)(e));
                if (digest !== ref.sha256) {
                    this.log.warning(`${ref.id}: not saved to ${tier.name}: ${file} has sha256 ${digest}, expected ${ref.sha256} (changed since it was verified)`);
                    return;
                }
                const put = await this.call(tier, `saving ${ref.id}`, (c) => tier.put(ref, file, c));
                if (!put.ok)
                    return;
                this.dropNeed(ref, tier);
                this.log.info(`${ref.id}: saved the archive to ${tier.name}`);
            },
            release: () => held.release().catch(() => undefined),
        };
    }
    dropNeed(ref, tier) {
        const list = this.notes.needs[ref.sha256];
        if (list)
            this.notes.needs[ref.sha256] = list.filter((name) => name !== tier.name);
    }
    async restoreFrom(tier, ref, file) {
        const got = await this.call(tier, `restoring ${ref.id}`, (c) => tier.get(ref, file, c));
        if (!got.ok)
            return false;
        if (!got.value) {
            this.log.debug(`${ref.id}: not in ${tier.name}`);
            this.need(ref, tier);
            return false;
        }
        const digest = await (0,manifest/* hashFile */.DC)(file).catch((e) => (0,bounded/* describeFailure */.Ic)(e));
        if (digest === ref.sha256)
            return true;
        this.log.warning(`${ref.id}: the archive from remote tier ${tier.name} has sha256 ${digest}, expected ${ref.sha256}: refused; trying the next tier or the origin`);
        this.need(ref, tier);
        return false;
    }
}
const describeHolder = (holder) => holder ? `host ${holder.host} (pid ${holder.pid})` : 'another host';
async function createOwnFile(file) {
    await external_node_fs_.promises.rm(file, { force: true });
    await (await external_node_fs_.promises.open(file, 'wx', 0o600)).close();
}

// EXTERNAL MODULE: ./lib/providers/registry.js
var registry = __webpack_require__(7119);
;// CONCATENATED MODULE: ./lib/providers/save.js


const STAGED = 'the staged archive';
async function stagedArchiveProblem(archive) {
    let digest;
    try {
        digest = await (0,manifest/* hashFile */.DC)(archive.archivePath);
    }
    catch (e) {
        return `${STAGED} cannot be read: ${(0,errors/* errorMessage */.gJ)(e)}`;
    }
    if (digest === archive.sha256)
        return undefined;
    return `${STAGED} ${archive.archivePath} has sha256 ${digest}, expected ${archive.sha256} (changed since it was verified)`;
}
async function saveToTiers(archives, chain, log) {
    const outcomes = [];
    for (const archive of archives) {
        for (const tier of chain.tiers) {
            if (tier.name === archive.tier)
                break;
            if (!tier.capabilities.write)
                continue;
            if (!(await chain.usable(tier)))
                continue;
            const outcome = await saveOne(archive, tier, chain, log);
            if (outcome)
                outcomes.push(outcome);
            if (outcome?.reason?.startsWith(STAGED))
                break;
        }
    }
    return outcomes;
}
async function saveOne(archive, tier, chain, log) {
    const base = { id: archive.id, tier: tier.name };
    if (!(chain.notes.needs[archive.sha256] ?? []).includes(tier.name)) {
        const has = await chain.call(tier, `looking up ${archive.id}`, (c) => tier.has(archive, c));
        if (!has.ok)
            return { ...base, saved: false, reason: chain.notes.failed[tier.name] };
        if (has.value)
            return undefined;
    }
    const problem = await stagedArchiveProblem(archive);
    if (problem) {
        log.warning(`${archive.id}: not saved to any remote tier: ${problem}`);
        return { ...base, saved: false, reason: problem };
    }
    const put = await chain.call(tier, `saving ${archive.id}`, (c) => tier.put(archive, archive.archivePath, c));
    if (!put.ok)
        return { ...base, saved: false, reason: chain.notes.failed[tier.name] };
    log.info(`${archive.id}: saved the archive to ${tier.name}`);
    return { ...base, saved: true };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/providers/actions-cache/service.js
var service = __webpack_require__(5374);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
;// CONCATENATED MODULE: ./lib/providers/http-watch.js

const socketBytes = (req) => (req.socket?.bytesRead ?? 0) + (req.socket?.bytesWritten ?? 0);
function watchRequests({ matches, carriesData }) {
    const live = new Set();
    const transfers = new Set();
    let finishedBytes = 0;
    let abandoned = false;
    const release = (req) => {
        req.socket?.unref();
        req.once('socket', (socket) => socket.unref());
    };
    external_node_diagnostics_channel_.subscribe('http.client.request.start', (message) => {
        const req = message.request;
        if (!matches(req))
            return;
        if (abandoned)
            return release(req);
        live.add(req);
        if (carriesData(req))
            transfers.add(req);
        req.once('close', () => {
            if (transfers.delete(req))
                finishedBytes += socketBytes(req);
            live.delete(req);
        });
    });
    return {
        transferredBytes: () => [...transfers].reduce((n, req) => n + socketBytes(req), finishedBytes),
        abandon() {
            abandoned = true;
            for (const req of live)
                release(req);
        },
    };
}

// EXTERNAL MODULE: ./lib/providers/syntax.js
var syntax = __webpack_require__(1627);
;// CONCATENATED MODULE: ./lib/providers/actions-cache.js






const MAX_ENTRY_BYTES = 10 * 1024 ** 3;
const remoteCacheKey = (spec) => `toolchain-cache-v1-${spec.id}-${spec.sha256}`;
const actionsCacheProvider = {
    ...syntax/* actionsCacheSyntax */.zd,
    create: () => actionsCacheTier(),
};
const TRANSIT_DIR = '.toolchain-cache';
const transitPath = (id) => external_node_path_.join(TRANSIT_DIR, `${id}.archive`);
const transitMember = (id) => `${TRANSIT_DIR}/${id}.archive`;
let reader;
const loadReader = () => (reader ??= Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(697), __webpack_require__.e(893)]).then(__webpack_require__.bind(__webpack_require__, 3893)));
let library;
const loadLibrary = () => (library ??= __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305)));
let transit;
const loadTransit = () => (transit ??= Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(246)]).then(__webpack_require__.bind(__webpack_require__, 2246)));
let watch;
const userAgent = (req) => String(req.getHeader('user-agent') ?? '');
const cacheClientRequests = {
    matches: (req) => /actions\/cache|azsdk-js/.test(userAgent(req)),
    carriesData: (req) => !req.path.includes('/twirp/'),
};
const requestWatch = () => (watch ??= watchRequests(cacheClientRequests));
const tempEntries = async () => process.env.RUNNER_TEMP ? await external_node_fs_.promises.readdir(process.env.RUNNER_TEMP).catch(() => []) : [];
function tempFilesSince(before) {
    const old = new Set(before);
    return async () => {
        const temp = process.env.RUNNER_TEMP;
        if (!temp)
            return [];
        const lists = await Promise.all((await tempEntries())
            .filter((d) => !old.has(d))
            .map((d) => external_node_fs_.promises.readdir(external_node_path_.join(temp, d)).then((names) => names.map((n) => external_node_path_.join(temp, d, n)), () => [])));
        return lists.flat();
    };
}
async function withProgress(call, run) {
    const w = requestWatch();
    const newTempFiles = tempFilesSince(await tempEntries());
    const sizeOf = (f) => external_node_fs_.promises.stat(f).then((s) => s.size, () => -1);
    const sample = async () => {
        const sizes = await Promise.all((await newTempFiles()).map(sizeOf));
        return [w.transferredBytes(), ...sizes].join(',');
    };
    let last = await sample();
    const timer = setInterval(() => {
        void sample().then((now) => {
            if (now !== last)
                call.progress();
            last = now;
        });
    }, 500);
    const onAbort = () => {
        clearInterval(timer);
        w.abandon();
    };
    call.signal.addEventListener('abort', onAbort, { once: true });
    try {
        return await run();
    }
    finally {
        clearInterval(timer);
        call.signal.removeEventListener('abort', onAbort);
    }
}
const ENTRY_OVERHEAD_BYTES = 1 << 20;
function actionsCacheTier(options = {}) {
    const maxBytes = options.maxEntryBytes ?? MAX_ENTRY_BYTES;
    const entryOf = (ref) => ({ key: remoteCacheKey(ref), paths: [transitPath(ref.id)] });
    return {
        name: syntax/* ACTIONS_CACHE */.Xd,
        capabilities: actionsCacheProvider.capabilities,
        unavailable: () => Promise.resolve((0,service/* unavailableReason */.L3)()),
        async get(ref, destFile, call) {
            if (!(0,service/* cacheReadable */.zP)())
                return false;
            const { restoreEntry } = await loadReader();
            const member = transitMember(ref.id);
            const cap = Math.min(maxBytes, call.maxBytes + ENTRY_OVERHEAD_BYTES);
            return restoreEntry({ ...entryOf(ref), member, destFile, call, maxBytes: cap });
        },
        async has(ref, call) {
            if (!(0,service/* cacheReadable */.zP)())
                return false;
            return (await loadReader()).hasEntry(entryOf(ref), call);
        },
        async put(ref, file, call) {
            const [cache, { inTransit }] = await Promise.all([loadLibrary(), loadTransit()]);
            const rel = transitPath(ref.id);
            await inTransit(ref, file, rel, call, async () => {
                const id = await withProgress(call, () => cache.saveCache([rel], remoteCacheKey(ref)));
                if (id === -1)
                    throw new Error('the cache service did not take it (see the message above)');
            });
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./lib/core/dir-handle.js
var dir_handle = __webpack_require__(7455);
// EXTERNAL MODULE: ./lib/core/faults.js
var faults = __webpack_require__(6094);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __webpack_require__(770);
// EXTERNAL MODULE: ./lib/core/regular-file.js
var regular_file = __webpack_require__(9558);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./lib/core/leases.js + 4 modules
var leases = __webpack_require__(2624);
// EXTERNAL MODULE: ./lib/core/lock/watch.js
var lock_watch = __webpack_require__(4136);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
;// CONCATENATED MODULE: ./lib/providers/file-lease.js








const DEFAULT_LEASE_STALE_MS = 60_000;
const MAX_BEAT_MS = 5000;
const RECORD_BYTES = 512;
const MAX_RECORD_BYTES = 4096;
const LEASE_MARK = '.lease-';
const NO_FOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
const leaseName = (sha256, epoch) => `${sha256}${LEASE_MARK}${epoch}`;
function leaseEpoch(name, sha256) {
    const prefix = `${sha256}${LEASE_MARK}`;
    if (!name.startsWith(prefix))
        return undefined;
    const rest = name.slice(prefix.length);
    return /^[1-9]\d{0,15}$/.test(rest) ? Number(rest) : undefined;
}
const TORN_LEASE_RETRY_MS = 20;
const isLeaseName = (name) => /^[0-9a-f]{64}\.lease-\d+$/.test(name);
const beatMs = (staleMs, timeoutMs) => Math.max(10, Math.min(MAX_BEAT_MS, staleMs / 4, timeoutMs / 3));
async function takeOrWait(tier, ref, call, wait) {
    let seen;
    let holder;
    let announced = false;
    for (;;) {
        call.signal.throwIfAborted();
        wait.signal?.throwIfAborted();
        const objects = await tier.open();
        try {
            const look = await lookAt(objects, ref.sha256);
            if (look.archive)
                return { kind: 'present', holder };
            const now = external_node_perf_hooks_.performance.now();
            const fresh = look.newest && !isStale(look.newest, seen, now, tier.staleMs);
            if (!fresh) {
                const held = await tryTake(tier.open, objects, ref, look, call.timeoutMs, tier.staleMs);
                if (held)
                    return held;
                seen = undefined;
                continue;
            }
            const newest = look.newest;
            if (!seen || seen.name !== newest.name || seen.content !== newest.content) {
                seen = { name: newest.name, content: newest.content, since: now };
                call.progress();
            }
            holder = newest.holder ?? holder;
            if (!announced) {
                announced = true;
                wait.onWait(holder);
            }
            if (Date.now() >= wait.deadline)
                return { kind: 'timeout', holder };
            if (newest.holder === undefined) {
                await new Promise((resolve) => setTimeout(resolve, TORN_LEASE_RETRY_MS));
                continue;
            }
            await sleepForChange(objects, ref.sha256, newest.name, seen, tier.staleMs, wait.deadline);
        }
        finally {
            await objects.close();
        }
    }
}
function isStale(newest, seen, now, staleMs) {
    if (!seen || seen.name !== newest.name || seen.content !== newest.content)
        return false;
    return now - seen.since >= staleMs;
}
async function sleepForChange(objects, sha256, lease, seen, staleMs, deadline) {
    const pollMs = Math.max(10, Math.min(1000, staleMs / 8));
    const staleAt = Date.now() + Math.max(0, seen.since + staleMs - external_node_perf_hooks_.performance.now());
    await (0,lock_watch/* sleepUntilChange */.a)([{ path: objects.path, entries: [sha256, lease], optional: true }], { period: pollMs, pollMs, deadline: Math.min(deadline, staleAt + 1) }, () => false);
}
async function lookAt(objects, sha256) {
    const archive = await objects.lstat(sha256);
    if (archive?.isFile())
        return { archive: true, older: [] };
    const epochs = (await objects.list())
        .map((name) => ({ name, epoch: leaseEpoch(name, sha256) }))
        .filter((l) => l.epoch !== undefined)
        .sort((a, b) => a.epoch - b.epoch);
    const top = epochs.pop();
    if (!top)
        return { archive: false, older: [] };
    let content;
    try {
        content = (await objects.readFile(top.name, MAX_RECORD_BYTES)).toString('utf8');
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return lookAt(objects, sha256);
        throw e;
    }
    return {
        archive: false,
        newest: { ...top, content, holder: holderOf(content) },
        older: epochs.map((l) => l.name),
    };
}
const HOST_ID = /^[A-Za-z0-9._:/-]{1,200}$/;
function holderOf(content) {
    try {
        const r = JSON.parse(content.trimEnd());
        if (typeof r.host === 'string' && HOST_ID.test(r.host) && Number.isSafeInteger(r.pid))
            return { host: r.host, pid: r.pid };
    }
    catch {
    }
    return undefined;
}
async function tryTake(open, objects, ref, look, timeoutMs, staleMs) {
    const epoch = (look.newest?.epoch ?? 0) + 1;
    const name = leaseName(ref.sha256, epoch);
    const flags = external_node_fs_.constants.O_RDWR | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | NO_FOLLOW;
    await (0,faults/* faultPoint */.Jd)('lease-take');
    let handle;
    try {
        handle = await external_node_fs_.promises.open(objects.nameForSyncCall(name), flags, 0o664);
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'EEXIST')
            return undefined;
        throw e;
    }
    const lease = new FileLease(open, name, handle, ref, staleMs, timeoutMs);
    try {
        await lease.beat();
        const after = await lookAt(objects, ref.sha256);
        if (after.archive || (after.newest && after.newest.epoch > epoch)) {
            await lease.release(objects);
            return after.archive ? { kind: 'present' } : undefined;
        }
        for (const old of [...look.older, ...(look.newest ? [look.newest.name] : [])])
            await removeIfThere(objects, old);
        lease.start();
        return { kind: 'held', lease: { holder: lease.record, release: () => lease.releaseIn() } };
    }
    catch (e) {
        await lease.release(objects).catch(() => undefined);
        throw e;
    }
}
async function removeIfThere(objects, name) {
    const st = await objects.lstat(name);
    if (!st?.isFile())
        return;
    await objects.unlink(name, st).catch((e) => {
        if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
            throw e;
    });
}
class FileLease {
    open;
    name;
    handle;
    ref;
    staleMs;
    timeoutMs;
    record;
    timer;
    closed = false;
    constructor(open, name, handle, ref, staleMs, timeoutMs) {
        this.open = open;
        this.name = name;
        this.handle = handle;
        this.ref = ref;
        this.staleMs = staleMs;
        this.timeoutMs = timeoutMs;
        this.record = { host: (0,leases/* hostId */.My)(), pid: process.pid, token: (0,fsx/* randomToken */.zs)(), beat: 0, at: '' };
    }
    async beat() {
        this.record.beat++;
        this.record.at = (0,format/* isoTime */.Ly)();
        const text = JSON.stringify(this.record).padEnd(RECORD_BYTES, ' ');
        await this.handle.write(Buffer.from(text), 0, RECORD_BYTES, 0);
        const now = new Date();
        await this.handle.utimes(now, now);
    }
    start() {
        let beating = false;
        this.timer = setInterval(() => {
            if (beating || this.closed)
                return;
            beating = true;
            void this.beat()
                .catch(() => undefined)
                .finally(() => (beating = false));
        }, beatMs(this.staleMs, this.timeoutMs));
        this.timer.unref();
    }
    async releaseIn() {
        if (this.closed)
            return;
        let objects;
        try {
            objects = await this.open();
        }
        catch {
        }
        await this.release(objects);
        await objects?.close();
    }
    async release(objects) {
        if (this.closed)
            return;
        this.closed = true;
        clearInterval(this.timer);
        try {
            const mine = await this.handle.stat();
            const named = objects ? await objects.lstat(this.name).catch(() => undefined) : undefined;
            if (objects && named && named.dev === mine.dev && named.ino === mine.ino)
                await objects.unlink(this.name, named).catch(() => undefined);
        }
        finally {
            await this.handle.close();
        }
    }
    toString() {
        return `${this.ref.id} (${this.name})`;
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./lib/providers/progress.js

class TooLongError extends Error {
    constructor(what, limit) {
        super(`${what} is longer than ${limit} bytes: refused`);
        this.name = 'TooLongError';
    }
}
const progressCounter = (call, limit = call.maxBytes, what = 'the object') => {
    let bytes = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            bytes += chunk.length;
            if (bytes > limit) {
                done(new TooLongError(what, limit));
                return;
            }
            call.progress();
            done(null, chunk);
        },
    });
};

;// CONCATENATED MODULE: ./lib/providers/file.js












const STALE_TEMP_MS = 60 * 60 * 1000;
const TEMP_MARK = '.tmp-';
const OBJECTS = 'sha256';
const file_NO_FOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
const isWindows = process.platform === 'win32';
const fileProvider = {
    ...syntax/* fileSyntax */.U$,
    create: (config, ctx) => fileTier(config, ctx?.leaseStaleMs),
};
async function openObjectsDir(dir, create) {
    if (create)
        await external_node_fs_.promises.mkdir(dir, { recursive: true });
    let root;
    try {
        root = await dir_handle/* DirHandle */._p.open(await (0,promises_.realpath)(dir));
    }
    catch (e) {
        if (!create && (0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    try {
        if (create)
            mkdirIfMissing(root);
        return { root, objects: await root.openDir(OBJECTS) };
    }
    catch (e) {
        await root.close();
        if (!create && (0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
function mkdirIfMissing(root) {
    try {
        (0,external_node_fs_.mkdirSync)(root.nameForSyncCall(OBJECTS));
    }
    catch (e) {
        if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'EEXIST'))
            throw e;
    }
}
async function withObjects(dir, create, absent, fn) {
    const opened = await openObjectsDir(dir, create);
    if (!opened)
        return absent;
    return (0,dir_handle/* withDir */.uM)(opened.root, (root) => (0,dir_handle/* withDir */.uM)(opened.objects, (objects) => fn(objects, root)));
}
async function copyObject(from, to, call, what) {
    await (0,external_node_stream_promises_.pipeline)((0,regular_file/* readRange */.qX)(from.handle, 0, from.size), progressCounter(call, Math.min(from.size, call.maxBytes), what), (0,regular_file/* writeTo */.jH)(to), { signal: call.signal });
}
async function openObject(objects, name, call) {
    const file = objects.pathOf(name);
    const opened = await (0,regular_file/* openRegularFile */.ZU)(objects.nameForSyncCall(name)).catch((e) => {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return undefined;
        throw e instanceof regular_file/* NotRegularFileError */.iZ ? new regular_file/* NotRegularFileError */.iZ(file, e.kind) : e;
    });
    if (opened && opened.size > call.maxBytes) {
        await opened.handle.close();
        throw new TooLongError(file, call.maxBytes);
    }
    return opened;
}
async function openObjectsOnly(dir) {
    const opened = await openObjectsDir(dir, true);
    if (!opened)
        throw new Error(`${dir}: cannot be opened`);
    await opened.root.close();
    return opened.objects;
}
function fileTier({ dir, name }, leaseStaleMs = DEFAULT_LEASE_STALE_MS) {
    return {
        name,
        capabilities: fileProvider.capabilities,
        leases: {
            takeOrWait: (ref, call, wait) => takeOrWait({ open: () => openObjectsOnly(dir), staleMs: leaseStaleMs }, ref, call, wait),
        },
        async get(ref, destFile, call) {
            const object = await withObjects(dir, false, undefined, (objects) => openObject(objects, ref.sha256, call));
            if (!object) {
                await external_node_fs_.promises.rm(destFile, { force: true });
                return false;
            }
            try {
                const dest = await (0,regular_file/* openForWriting */.Qh)(destFile);
                try {
                    await copyObject(object, dest, call, external_node_path_.join(dir, OBJECTS, ref.sha256));
                }
                finally {
                    await dest.close();
                }
            }
            finally {
                await object.handle.close();
            }
            return true;
        },
        async has(ref) {
            return withObjects(dir, false, false, async (objects) => {
                const st = await objects.lstat(ref.sha256);
                if (st && !st.isFile())
                    throw new regular_file/* NotRegularFileError */.iZ(objects.pathOf(ref.sha256), (0,regular_file/* fileKind */.h_)(st));
                return st !== undefined;
            });
        },
        async put(ref, file, call) {
            await withObjects(dir, true, undefined, async (objects, root) => {
                await (0,faults/* faultPoint */.Jd)('file-tier-opened');
                await removeStaleTemps(objects);
                const temp = `${ref.sha256}${TEMP_MARK}${(0,fsx/* randomToken */.zs)()}`;
                try {
                    await writeTemp(file, objects, temp, call);
                    await objects.rename(temp, objects, ref.sha256).catch(async (e) => {
                        if (!(await objects.lstat(ref.sha256)))
                            throw e;
                    });
                    await syncObjectsDir(root, objects);
                }
                finally {
                    await objects.unlink(temp).catch((e) => {
                        if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
                            throw e;
                    });
                }
            });
        },
    };
}
async function writeTemp(file, objects, temp, call) {
    const source = await (0,regular_file/* openRegularFile */.ZU)(file);
    try {
        const flags = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | file_NO_FOLLOW;
        const target = await external_node_fs_.promises.open(objects.nameForSyncCall(temp), flags, 0o664);
        try {
            await copyObject(source, target, call, file);
            await target.sync();
        }
        finally {
            await target.close();
        }
    }
    finally {
        await source.handle.close();
    }
}
async function syncObjectsDir(root, objects) {
    if (isWindows)
        return;
    const flags = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_DIRECTORY ?? 0) | file_NO_FOLLOW;
    const handle = await external_node_fs_.promises.open(root.nameForSyncCall(OBJECTS), flags).catch(() => undefined);
    if (!handle)
        return;
    try {
        const st = await handle.stat();
        if (st.dev === objects.stat.dev && st.ino === objects.stat.ino)
            await handle.sync();
    }
    catch (e) {
        if (!((0,errors/* isErrnoException */.s$)(e) && (e.code === 'EINVAL' || e.code === 'EBADF')))
            throw e;
    }
    finally {
        await handle.close();
    }
}
async function removeStaleTemps(objects, now = Date.now()) {
    const removed = [];
    for (const name of await objects.list()) {
        if (!name.includes(TEMP_MARK) && !isLeaseName(name))
            continue;
        const stat = await objects.lstat(name);
        if (stat?.isFile() && now - stat.mtimeMs > STALE_TEMP_MS) {
            await objects.unlink(name, stat).catch((e) => {
                if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
                    throw e;
            });
            removed.push(name);
        }
    }
    return removed;
}

;// CONCATENATED MODULE: ./lib/providers/s3.js





const s3Provider = {
    ...syntax/* s3Syntax */.aK,
    create: (config) => s3Tier(config),
};
const s3ObjectKey = (prefix, sha256) => `${prefix ? `${prefix}/` : ''}sha256/${sha256}`;
const customEndpoint = () => process.env.AWS_ENDPOINT_URL_S3 || process.env.AWS_ENDPOINT_URL || undefined;
let sdk;
const loadSdk = () => (sdk ??= __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)));
async function makeClient(timeoutMs) {
    const s3 = await loadSdk();
    const endpoint = customEndpoint();
    const client = new s3.S3Client({
        forcePathStyle: endpoint !== undefined,
        ...(endpoint && { endpoint }),
        ...(!process.env.AWS_REGION && !process.env.AWS_DEFAULT_REGION && { region: 'us-east-1' }),
        followRegionRedirects: true,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 2,
        requestHandler: { connectionTimeout: timeoutMs, socketTimeout: timeoutMs },
    });
    return { s3, client };
}
const isNotFound = (e) => {
    const err = e;
    return (err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata?.httpStatusCode === 404);
};
function s3Tier({ bucket, prefix, name }) {
    let clientPromise;
    const target = {
        bucket,
        key: (ref) => s3ObjectKey(prefix, ref.sha256),
        client: (call) => (clientPromise ??= makeClient(call.timeoutMs)),
    };
    return {
        name,
        capabilities: s3Provider.capabilities,
        get: (ref, destFile, call) => getObject(target, ref, destFile, call),
        has: (ref, call) => hasObject(target, ref, call),
        put: (ref, file, call) => putObject(target, ref, file, call),
    };
}
async function getObject(t, ref, destFile, call) {
    const { s3, client } = await t.client(call);
    let response;
    try {
        response = await client.send(new s3.GetObjectCommand({ Bucket: t.bucket, Key: t.key(ref) }), {
            abortSignal: call.signal,
        });
    }
    catch (e) {
        if (isNotFound(e))
            return false;
        throw e;
    }
    const body = response.Body;
    const what = `s3://${t.bucket}/${t.key(ref)}`;
    try {
        const declared = declaredLength(response.ContentLength, call.maxBytes, what);
        call.progress();
        const dest = await (0,regular_file/* openForWriting */.Qh)(destFile);
        try {
            const counter = progressCounter(call, declared, `the body of ${what}`);
            await (0,external_node_stream_promises_.pipeline)(body, counter, (0,regular_file/* writeTo */.jH)(dest), { signal: call.signal });
            const { size } = await dest.stat();
            if (size !== declared)
                throw new Error(`${what}: the body ended after ${size} of ${declared} declared bytes`);
        }
        finally {
            await dest.close();
        }
    }
    catch (e) {
        body.destroy();
        await external_node_fs_.promises.rm(destFile, { force: true });
        throw e;
    }
    return true;
}
function declaredLength(length, maxBytes, what) {
    if (length === undefined || !Number.isSafeInteger(length) || length < 0)
        throw new Error(`${what}: the response declares no length; refused`);
    if (length > maxBytes)
        throw new TooLongError(`${what} (declared ${length} bytes)`, maxBytes);
    return length;
}
async function hasObject(t, ref, call) {
    const { s3, client } = await t.client(call);
    try {
        await client.send(new s3.HeadObjectCommand({ Bucket: t.bucket, Key: t.key(ref) }), {
            abortSignal: call.signal,
        });
        return true;
    }
    catch (e) {
        if (isNotFound(e))
            return false;
        throw e;
    }
}
async function putObject(t, ref, file, call) {
    const { client } = await t.client(call);
    const { Upload } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(358)]).then(__webpack_require__.t.bind(__webpack_require__, 2358, 19));
    const source = await (0,regular_file/* openRegularFile */.ZU)(file);
    const upload = new Upload({
        client,
        params: { Bucket: t.bucket, Key: t.key(ref), Body: (0,regular_file/* readRange */.qX)(source.handle, 0, source.size) },
        queueSize: 4,
        partSize: 8 * 1024 * 1024,
    });
    upload.on('httpUploadProgress', () => call.progress());
    const abort = () => void upload.abort().catch(() => undefined);
    call.signal.addEventListener('abort', abort, { once: true });
    try {
        await upload.done();
    }
    finally {
        call.signal.removeEventListener('abort', abort);
        await source.handle.close();
    }
}

;// CONCATENATED MODULE: ./lib/providers/tiers.js



const DEFINITIONS = [
    actionsCacheProvider,
    s3Provider,
    fileProvider,
];
function createTiers(configs, ctx) {
    return configs.map(({ provider, config }) => {
        const definition = DEFINITIONS.find((d) => d.name === provider.name);
        if (!definition)
            throw new Error(`no tier code for provider ${provider.name}`);
        return definition.create(config, ctx);
    });
}

;// CONCATENATED MODULE: ./lib/providers/job.js







function tierChainFor(settings, log, notesText = '', maxBytes = Infinity, leaseStaleMs) {
    if (!(0,registry/* anyTier */.z$)(settings))
        return undefined;
    const tiers = createTiers(settings.remote, { log, leaseStaleMs });
    const timeoutMs = settings.remoteTimeoutSeconds * 1000;
    return new TierChain(tiers, log, timeoutMs, parseNotes(notesText), maxBytes);
}
async function saveFetchedArchives(archives, settings, notesText, log) {
    const chain = tierChainFor(settings, log, notesText);
    if (!chain || archives.length === 0)
        return [];
    try {
        return await saveToTiers(archives, chain, log);
    }
    catch (e) {
        log.warning(`remote tiers: saving failed: ${(0,errors/* errorMessage */.gJ)(e)}`);
        return [];
    }
}
function parseNotes(text) {
    if (!text)
        return emptyNotes();
    try {
        const parsed = JSON.parse(text);
        return { failed: parsed.failed ?? {}, needs: parsed.needs ?? {} };
    }
    catch {
        return emptyNotes();
    }
}


/***/ })

};
