export const id = 320;
export const ids = [320];
export const modules = {

/***/ 1320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   freeDiskBytes: () => (/* binding */ freeDiskBytes)
/* harmony export */ });
/* unused harmony exports STATS_SCHEMA_VERSION, emptyStats, recordJobStats, recordGcRun, readStats, namespaceStats, summarizeStats, liveUseCount, liveUseCounts, cacheFigures */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(770);
/* harmony import */ var _uses_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2599);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1188);






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
    const text = await readFileIfExists(layout.statsFile);
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
    if (typeof node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.statfs !== 'function')
        return null;
    try {
        const s = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.statfs(dir);
        const free = Number(s.bavail) * Number(s.bsize);
        return Number.isFinite(free) && free >= 0 ? free : null;
    }
    catch {
        return null;
    }
}


/***/ })

};
