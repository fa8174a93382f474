export const id = 320;
export const ids = [320,188];
export const modules = {

/***/ 1188:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ stale/* DEFAULT_LOCK_STALE_MS */.xL),
  acquireLock: () => (/* binding */ acquireLock),
  eJ: () => (/* binding */ acquireLockUnless),
  $S: () => (/* binding */ describeOwner),
  withLock: () => (/* binding */ withLock)
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






const OWNER = 'owner';
const RELEASED = 'released';
const RELEASE_EVENTS = [RELEASED];
const epochsDirOf = (lockPath) => `${lockPath}.lock`;
const epochDirOf = (lockPath, epoch) => external_node_path_.join(epochsDirOf(lockPath), String(epoch));
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
async function prepareEpochsDir(lockPath) {
    const dir = epochsDirOf(lockPath);
    if (assertNotPlanted(dir))
        return;
    await external_node_fs_.promises.access(external_node_path_.dirname(dir));
    await (0,fsx/* ensureDir */.A0)(dir);
    assertNotPlanted(dir);
}
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
        const read = (0,regular_file/* readRegularTextIfExistsSync */.cL)(external_node_path_.join(epochDir, OWNER), fsx/* STATE_FILE_MAX_BYTES */.e);
        if (read === undefined)
            return undefined;
        text = read;
    }
    catch (e) {
        if (!(e instanceof regular_file/* NotRegularFileError */.iZ))
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
        (0,external_node_fs_.lstatSync)(p);
        return true;
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
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
            if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT' && attempt < 10))
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
        (0,external_node_fs_.mkdirSync)(dir, { mode: fsx/* SHARED_DIR_MODE */.ex });
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && (e.code === 'EEXIST' || e.code === 'ENOENT'))
            return false;
        throw e;
    }
    (0,fsx/* chmodDirNoFollowSync */.o5)(dir, fsx/* SHARED_DIR_MODE */.ex);
    return true;
}
function epochsAbove(lockPath, epoch) {
    return listEpochs(lockPath).some((e) => e > epoch);
}
function writeOwnerSync(lockPath, epoch, owner) {
    (0,fsx/* writeFileReplacingSync */.WF)(external_node_path_.join(epochDirOf(lockPath, epoch), OWNER), JSON.stringify(owner));
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
    (0,external_node_fs_.renameSync)(external_node_path_.join(dir, OWNER), external_node_path_.join(dir, RELEASED));
}
function removeEpochSync(lockPath, epoch) {
    (0,external_node_fs_.rmSync)(epochDirOf(lockPath, epoch), { recursive: true, force: true });
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
    assertNotPlanted(queueDir);
    try {
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    catch (e) {
        if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
            throw e;
        await (0,fsx/* ensureDir */.A0)(queueDir);
        assertNotPlanted(queueDir);
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
    await prepareEpochsDir(lockPath);
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
        writeOwnerSync(lockPath, epoch, owner);
    }
    catch (e) {
        removeEpochSync(lockPath, epoch);
        throw e;
    }
    if (!ownsEpochSync(lockPath, epoch, token)) {
        removeEpochSync(lockPath, epoch);
        return undefined;
    }
    return holdEpoch(lockPath, name, epoch, token, staleMs);
}
function claimNextEpoch(lockPath, staleMs) {
    const newest = newestEpoch(lockPath);
    if (!isFree(newest, staleMs))
        return undefined;
    const epoch = newest.epoch + 1;
    if (!claimEpochSync(lockPath, epoch))
        return undefined;
    if (epochsAbove(lockPath, epoch)) {
        removeEpochSync(lockPath, epoch);
        return undefined;
    }
    return epoch;
}
function holdEpoch(lockPath, name, epoch, token, staleMs) {
    const dir = epochDirOf(lockPath, epoch);
    let controller;
    const lostError = () => new errors/* LockLostError */.yx(name);
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
            markReleasedSync(lockPath, epoch);
        }
        catch (e) {
            if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
                throw e;
        }
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
    const newest = newestEpoch(lockPath);
    return isFree(newest, staleMs) ? undefined : epochDirOf(lockPath, newest.epoch);
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
    await prepareEpochsDir(lockPath);
    assertNotPlanted(queueDir);
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
        targets.push({ path: place.busyDir, entries: RELEASE_EVENTS });
    else if (place.ahead === undefined)
        targets.push({ path: epochsDirOf(lockPath) });
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

/***/ 1320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   freeDiskBytes: () => (/* binding */ freeDiskBytes)
/* harmony export */ });
/* unused harmony exports STATS_SCHEMA_VERSION, emptyStats, recordJobStats, recordGcRun, readStats, namespaceStats, summarizeStats, liveUseCount, liveUseCounts, cacheFigures */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(770);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9558);
/* harmony import */ var _uses_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2599);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1188);







const STATS_SCHEMA_VERSION = 1;
const COUNTERS = (/* unused pure expression or super */ null && ([
    'jobs',
    'localHits',
    'peerWaits',
    'remoteRestores',
    'downloads',
    'bytesDownloaded',
    'bytesServed',
    'waitMs',
]));
const GC_COUNTERS = (/* unused pure expression or super */ null && (['runs', 'toolchainsRemoved', 'bytesFreed']));
const GC_HOST_COUNTERS = (/* unused pure expression or super */ null && (['lastRunRemoved', 'lastRunBytesFreed']));
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
    updatedAt: isoTime(0),
});
const zeroGcCounters = () => ({
    runs: 0,
    toolchainsRemoved: 0,
    bytesFreed: 0,
    hosts: {},
});
const safeNamespace = (ns) => ns === '__proto__' || ns === 'constructor' || ns === 'prototype' ? `(${ns})` : ns || 'unknown';
async function updateStats(layout, options, change) {
    return withLock(layout.lockPath('stats'), 'stats', {
        staleMs: options.staleMs ?? DEFAULT_LOCK_STALE_MS,
        timeoutMs: options.lockTimeoutMs ?? 10_000,
        pollMs: 25,
        holder: options.holder,
    }, async (lock) => {
        const { doc } = await readStats(layout, { moveCorruptAside: true });
        const result = change(doc);
        writeFileReplacingSync(layout.statsFile, JSON.stringify(doc), () => lock.assertHeldSync());
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
        c.updatedAt = isoTime(now);
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
            lastRunAt: isoTime(now),
            lastRunRemoved: run.removed.length,
            lastRunBytesFreed: freed,
        };
        gc.hosts = { ...gc.hosts, [id]: last };
        doc.gc = gc;
        return gc;
    });
}
async function readStats(layout, options = {}) {
    const text = readRegularTextIfExistsSync(layout.statsFile, STATE_FILE_MAX_BYTES);
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
        detail = `not valid JSON (${errorMessage(e)})`;
    }
    let warning = `The statistics file ${layout.statsFile} is unreadable (${detail}); counting starts over.`;
    if (options.moveCorruptAside) {
        const movedTo = corruptAsideName(layout.statsFile);
        await fs.rename(layout.statsFile, movedTo).catch(() => undefined);
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
    const usage = await usageOfAll(layout, Object.keys(doc.entries), now);
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


/***/ })

};
