export const id = 492;
export const ids = [492];
export const modules = {

/***/ 8492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_GC_INTERVAL_MS: () => (/* reexport */ gc_throttle/* DEFAULT_GC_INTERVAL_MS */.CA),
  DEFAULT_GC_LOCK_STALE_MS: () => (/* binding */ DEFAULT_GC_LOCK_STALE_MS),
  STALE_STAGING_MS: () => (/* binding */ STALE_STAGING_MS),
  collectGarbage: () => (/* binding */ collectGarbage),
  removeEntry: () => (/* binding */ removeEntry),
  unreadableUsesOf: () => (/* binding */ unreadableUsesOf)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __webpack_require__(770);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
;// CONCATENATED MODULE: ./lib/core/gc-plan.js

const DAY_MS = 24 * 3600_000;
const lastUsedMs = (e) => {
    const t = Date.parse(e.lastUsedAt);
    return Number.isNaN(t) ? 0 : t;
};
function lruOrder(entries) {
    return [...entries].sort((a, b) => lastUsedMs(a) - lastUsedMs(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
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
        if (total > max) {
            const bound = { bytes: max, from: options.maxSizeFrom };
            boundsUnmet = describeUnmetBound(ordered, remove, skipped, total, bound, inUse);
        }
    }
    return {
        remove: ordered.filter((e) => remove.has(e)),
        skippedInUse: ordered.filter((e) => skipped.has(e.id)).map((e) => e.id),
        boundsUnmet,
        totalBytesBefore,
        totalBytesAfter: total,
    };
}
function describeUnmetBound(ordered, remove, skipped, total, bound, inUse) {
    const max = bound.bytes;
    let hypothetical = total;
    const blocking = ordered.filter((e) => !remove.has(e) && inUse(e));
    for (const e of blocking) {
        if (hypothetical <= max)
            break;
        skipped.add(e.id);
        hypothetical -= e.sizeBytes;
    }
    const inUseBytes = blocking.reduce((n, e) => n + e.sizeBytes, 0);
    return (`The cache holds ${(0,format/* formatBytes */.z3)(total)}, above the size bound ${(0,format/* formatBytesExact */.Up)(max)}` +
        `${bound.from ? ` set by ${bound.from}` : ''}: ` +
        `the ${blocking.length} toolchain(s) left are in use (${(0,format/* formatBytes */.z3)(inUseBytes)}) and are never removed.`);
}
function withLastUse(doc, usage) {
    return Object.values(doc.entries).map((e) => {
        const used = usage.get(e.id)?.lastUsedMs;
        return used !== undefined && used > lastUsedMs(e) ? { ...e, lastUsedAt: (0,format/* isoTime */.Ly)(used) } : e;
    });
}

// EXTERNAL MODULE: ./lib/core/gc-state.js
var gc_state = __webpack_require__(6185);
// EXTERNAL MODULE: ./lib/core/gc-throttle.js
var gc_throttle = __webpack_require__(3238);
;// CONCATENATED MODULE: ./lib/core/ids.js
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;

// EXTERNAL MODULE: ./lib/core/platform/names.js
var names = __webpack_require__(6787);
// EXTERNAL MODULE: ./lib/core/layout.js + 1 modules
var core_layout = __webpack_require__(2761);
// EXTERNAL MODULE: ./lib/core/leases.js + 4 modules
var leases = __webpack_require__(2624);
// EXTERNAL MODULE: ./lib/core/lock.js + 1 modules
var core_lock = __webpack_require__(3544);
// EXTERNAL MODULE: ./lib/core/dir-handle.js
var dir_handle = __webpack_require__(7455);
// EXTERNAL MODULE: ./lib/core/uses.js
var core_uses = __webpack_require__(2599);
;// CONCATENATED MODULE: ./lib/core/removal.js







async function removeIfUnused(layout, id, lock, alive, options = {}) {
    assertRemovableId(layout, id);
    const marked = await placeMark(layout, id, options.holder);
    const usage = await (0,core_uses/* usageOf */.Fs)(layout, id, alive);
    if (!options.force && (usage.live.length > 0 || usage.unreadable.length > 0)) {
        if (marked)
            await removeMark(layout, id);
        return { refused: 'in-use', liveUses: usage.live, unreadable: usage.unreadable };
    }
    const trashPath = marked ? await moveToTrash(layout, id, lock) : undefined;
    await moveReceipt(layout, id, trashPath);
    await (0,core_uses/* unlinkUseFiles */.Az)(layout, id, usage.dead.map(({ file }) => external_node_path_.basename(file)));
    return { trashPath, liveUses: usage.live };
}
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
async function placeMark(layout, id, holder = `pid ${process.pid}`) {
    const st = await external_node_fs_.promises.lstat(layout.entryDir(id)).catch((e) => {
        if ((0,core_errors/* isErrnoException */.s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
            return undefined;
        throw e;
    });
    if (!st)
        return false;
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
    if (!ID_PATTERN.test(id) || external_node_path_.dirname(layout.entryDir(id)) !== layout.toolchainsDir) {
        throw new core_errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `Refusing to remove "${id}": not a valid toolchain id.`);
    }
}
async function restoreFromTrash(layout, id, trashPath) {
    const back = async (from, to) => renameBetween(layout, from, to).catch(() => undefined);
    await back([layout.trashDir, external_node_path_.basename(trashPath)], [layout.toolchainsDir, id]);
    await removeMark(layout, id).catch(() => undefined);
    await back([layout.entryDir(id), TRASHED_RECEIPT], [layout.receiptsDir, external_node_path_.basename(layout.receiptFile(id))]);
}
const TRASHED_RECEIPT = 'receipt.json';
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
async function checkSafeDirs(layout) {
    await (0,fsx/* ensureDir */.A0)(layout.trashDir);
    for (const dir of [layout.toolchainsDir, layout.trashDir]) {
        const real = await external_node_fs_.promises.realpath(dir);
        if (real !== dir || !(0,fsx/* isInside */.FK)(layout.root, real)) {
            throw new core_errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `${dir} resolves to ${real}, not a directory of the cache root ${layout.root}; refusing to move anything. Replace the symlink with a directory.`);
        }
    }
}

// EXTERNAL MODULE: ./lib/core/compile-cache-dir.js
var compile_cache_dir = __webpack_require__(3091);
// EXTERNAL MODULE: ./lib/core/lock/epochs.js
var epochs = __webpack_require__(3989);
;// CONCATENATED MODULE: ./lib/core/gc-leftovers.js









const LEFTOVER_LOCK_AGE_MS = DAY_MS;
const CORRUPT_COPY_AGE_MS = 30 * DAY_MS;
const CORRUPT_COPY = /^registry\.json\.corrupt-/;
const INSTALL_LOCK = /^install-(.+)\.lock$/;
const lastUsedName = (layout) => external_node_path_.basename(layout.lastUsedStamp('id'));
async function namesIn(layout, dir) {
    const handle = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, dir);
    return handle ? (0,dir_handle/* withDir */.uM)(handle, (d) => d.list()) : [];
}
async function removeOldCorruptCopies(layout, now) {
    return (0,dir_handle/* withDir */.uM)(await dir_handle/* DirHandle */._p.open(layout.root), async (root) => {
        let removed = 0;
        for (const name of (await root.list()).filter((n) => CORRUPT_COPY.test(n))) {
            const st = await root.lstat(name);
            if (!st?.isFile() || now - st.mtimeMs < CORRUPT_COPY_AGE_MS)
                continue;
            await root.unlink(name, st);
            removed += 1;
        }
        return removed;
    });
}
async function removeOrphans(layout, registry, now, errors) {
    const registered = (await registry.read()).entries;
    const lockIds = (await namesIn(layout, layout.locksDir)).flatMap((n) => INSTALL_LOCK.exec(n)?.[1] ?? []);
    const ids = new Set([...(await namesIn(layout, layout.usesDir)), ...lockIds].filter((id) => ID_PATTERN.test(id) && !Object.hasOwn(registered, id)));
    let removed = 0;
    for (const id of ids) {
        try {
            removed += await removeOrphan(layout, registry, id, now);
        }
        catch (e) {
            errors.push(`could not clean up after removed toolchain ${id}: ${(0,core_errors/* errorMessage */.gJ)(e)}`);
        }
    }
    return removed;
}
async function removeOrphan(layout, registry, id, now) {
    const lockPath = layout.lockPath(`install-${id}`);
    const before = (0,epochs/* newestEpoch */.Kw)(lockPath);
    const lockIsOld = before.kind === 'none' || now - (before.heartbeatMs ?? now) >= LEFTOVER_LOCK_AGE_MS;
    if (before.kind !== 'none' && before.kind !== 'released' && !lockIsOld)
        return 0;
    if (await installed(layout, id))
        return 0;
    if (!lockIsOld && !(await hasUsesDir(layout, id)))
        return 0;
    const lock = await (0,core_lock/* tryLock */.bh)(lockPath, `install ${id}`, { staleMs: core_lock/* DEFAULT_LOCK_STALE_MS */.xL });
    if (!lock)
        return 0;
    try {
        if (Object.hasOwn((await registry.read()).entries, id) || (await installed(layout, id)))
            return 0;
        let removed = await removeUseStamp(layout, id, now);
        if (lockIsOld)
            removed += await moveLockToTrash(layout, id);
        return removed;
    }
    finally {
        await lock.release();
    }
}
async function installed(layout, id) {
    const dir = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.toolchainsDir);
    return dir ? (await (0,dir_handle/* withDir */.uM)(dir, (d) => d.lstat(id))) !== undefined : false;
}
async function hasUsesDir(layout, id) {
    const uses = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.usesDir);
    return uses ? (await (0,dir_handle/* withDir */.uM)(uses, (d) => d.lstat(id))) !== undefined : false;
}
async function removeUseStamp(layout, id, now) {
    const uses = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.usesDir);
    if (!uses)
        return 0;
    return (0,dir_handle/* withDir */.uM)(uses, async (usesDir) => {
        const st = await usesDir.lstat(id);
        if (!st?.isDirectory())
            return 0;
        const stamp = lastUsedName(layout);
        let removed = 0;
        const emptied = await (0,dir_handle/* withDir */.uM)(await usesDir.openDir(id), async (d) => {
            const names = await d.list();
            const temps = names.filter((n) => n.includes('.tmp-'));
            if (names.some((n) => n !== stamp && !temps.includes(n)))
                return false;
            const stampSt = names.includes(stamp) ? await d.lstat(stamp) : undefined;
            if (stampSt && !stampSt.isDirectory()) {
                await d.unlink(stamp, stampSt);
                removed += 1;
            }
            return (await (0,core_uses/* removeStaleTemps */.jH)(d, temps, now)) === temps.length;
        });
        if (emptied) {
            await usesDir.rmdir(id).catch(() => undefined);
            removed += 1;
        }
        return removed;
    });
}
async function moveLockToTrash(layout, id) {
    const locks = await (0,dir_handle/* openDirInside */.SS)(layout.root, layout.locksDir);
    const trash = await (0,dir_handle/* openDirInside */.SS)(layout.root, layout.trashDir).catch(async (e) => {
        await locks.close();
        throw e;
    });
    const name = external_node_path_.basename((0,epochs/* epochsDirOf */.vK)(layout.lockPath(`install-${id}`)));
    const trashName = `${name}.${(0,fsx/* randomToken */.zs)()}`;
    try {
        await locks.rename(name, trash, trashName);
    }
    finally {
        await locks.close();
        await trash.close();
    }
    await (0,fsx/* removeTreeInside */.tk)(layout.root, external_node_path_.join(layout.trashDir, trashName));
    return 1;
}

// EXTERNAL MODULE: ./lib/core/stats.js
var stats = __webpack_require__(1320);
;// CONCATENATED MODULE: ./lib/core/gc.js


















const DEFAULT_GC_LOCK_STALE_MS = 60_000;

function unreadableUsesOf(ids, usage) {
    const out = [];
    for (const id of ids) {
        const files = usage.get(id)?.unreadable ?? [];
        if (files.length === 0)
            continue;
        const owners = new Set();
        for (const f of files) {
            const uid = lstatOrUndefined(f)?.uid;
            if (uid !== undefined)
                owners.add((0,names/* userName */.nT)(uid));
        }
        out.push({ id, records: files.length, owners: [...owners].sort() });
    }
    return out;
}
function lstatOrUndefined(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file);
    }
    catch {
        return undefined;
    }
}
const removedOf = (e) => ({
    id: e.id,
    sizeBytes: e.sizeBytes,
    lastUsedAt: e.lastUsedAt,
});
async function collectGarbage(layout, registry, options) {
    const now = options.now ?? Date.now();
    if (options.dryRun)
        return dryRunGc(layout, registry, options, now);
    const report = (0,gc_throttle/* emptyReport */._O)(false);
    if (await (0,gc_throttle/* isThrottled */.B5)(layout, registry, options, now, report))
        return report;
    const lockPath = layout.lockPath('gc');
    await (0,fsx/* ensureDir */.A0)(layout.locksDir);
    const lock = await (0,core_lock/* tryLock */.bh)(lockPath, 'gc', {
        staleMs: options.lockStaleMs ?? DEFAULT_GC_LOCK_STALE_MS,
        holder: options.holder,
    });
    if (!lock) {
        report.skipped = 'another-gc-running';
        report.skippedDetail = `the GC lock is held by ${(0,core_lock/* describeOwner */.$S)(await (0,core_lock/* readLockOwner */.Dh)(lockPath))}`;
        return report;
    }
    let ran = false;
    try {
        if (await (0,gc_throttle/* isThrottled */.B5)(layout, registry, options, now, report))
            return report;
        await fullGc(layout, registry, options, now, report);
        ran = true;
    }
    finally {
        await lock.release();
    }
    if (ran)
        await countRun(layout, report, options, now);
    return report;
}
async function fullGc(layout, registry, options, now, report) {
    report.trashCleaned = await cleanLeftovers(layout, registry, now, report);
    const { reclaimed, tempsRemoved } = await (0,core_uses/* reclaimDeadUses */.U0)(layout, now);
    report.reclaimedUses = reclaimed.length;
    report.trashCleaned += tempsRemoved;
    const { plan, usage } = await planFromSnapshot(layout, registry, options, now);
    const moved = plan.remove.length
        ? await commitRemovals(layout, registry, plan, options, now)
        : [];
    applyPlan(report, plan, moved);
    noteUnreadable(report, usage);
    await options.afterTrash?.(moved.map((m) => m.to));
    for (const m of moved) {
        await (0,fsx/* removeTreeInside */.tk)(layout.root, m.to).catch((e) => report.errors.push(`could not delete ${m.to} (the next GC retries): ${(0,core_errors/* errorMessage */.gJ)(e)}`));
    }
    await (0,gc_state/* recordFullGc */.He)(layout, now);
}
async function countRun(layout, report, options, now) {
    try {
        await (0,stats/* recordGcRun */.jM)(layout, (0,leases/* hostId */.My)(), report, { now, holder: options.holder });
    }
    catch (e) {
        report.errors.push(`the GC ran but could not be counted in the statistics (stats.json): ${(0,core_errors/* errorMessage */.gJ)(e)}`);
    }
}
async function cleanLeftovers(layout, registry, now, report) {
    const { errors } = report;
    let cleaned = await emptyTrash(layout, errors);
    cleaned += await removeStaleStaging(layout, now, errors);
    cleaned += await removeOrphans(layout, registry, now, errors);
    cleaned += await removeOldCorruptCopies(layout, now).catch((e) => {
        errors.push(`could not delete an old copy of a corrupt registry: ${(0,core_errors/* errorMessage */.gJ)(e)}`);
        return 0;
    });
    for (const dir of [layout.root, layout.locksDir, layout.namedDir, layout.namedDocsDir]) {
        const handle = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, dir);
        if (!handle)
            continue;
        cleaned += await (0,dir_handle/* withDir */.uM)(handle, async (d) => {
            const temps = (await d.list()).filter((n) => n.includes('.tmp-'));
            return (0,core_uses/* removeStaleTemps */.jH)(d, temps, now);
        });
    }
    if (await removeLegacyCodeCache(layout, errors))
        report.notes.push(`removed ${compile_cache_dir/* COMPILE_CACHE_DIR */.k}/, the code cache earlier releases kept in the cache root`);
    return cleaned;
}
async function removeLegacyCodeCache(layout, errors) {
    const root = await dir_handle/* DirHandle */._p.open(layout.root);
    const st = await (0,dir_handle/* withDir */.uM)(root, (d) => d.lstat(compile_cache_dir/* COMPILE_CACHE_DIR */.k));
    if (!st)
        return false;
    return deleteLeftover(layout, layout.root, compile_cache_dir/* COMPILE_CACHE_DIR */.k, 'legacy code cache', errors);
}
async function gc_namesIn(layout, dir) {
    const handle = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, dir);
    return handle ? (0,dir_handle/* withDir */.uM)(handle, (d) => d.list()) : [];
}
async function commitRemovals(layout, registry, plan, options, now) {
    const moved = [];
    const alive = (0,leases/* livenessChecker */.J3)(now);
    try {
        await registry.update(async (doc, tx) => {
            await checkSafeDirs(layout);
            for (const planned of plan.remove) {
                if (!Object.hasOwn(doc.entries, planned.id))
                    continue;
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
function noteUnreadable(report, usage) {
    const pinned = unreadableUsesOf(report.skippedInUse, usage);
    if (pinned.length)
        report.unreadableUses = pinned;
}
async function planFromSnapshot(layout, registry, options, now) {
    const doc = await registry.read();
    const usage = await (0,core_uses/* usageOfAll */.Gy)(layout, Object.keys(doc.entries), now);
    const plan = planCollection(withLastUse(doc, usage), { ...options, now }, (e) => (0,core_uses/* isInUse */.ly)(usage.get(e.id)));
    return { plan, usage };
}
async function dryRunGc(layout, registry, options, now) {
    const report = (0,gc_throttle/* emptyReport */._O)(true);
    const { plan, usage } = await planFromSnapshot(layout, registry, options, now);
    for (const u of usage.values())
        report.reclaimedUses += u.dead.length;
    applyPlan(report, plan);
    noteUnreadable(report, usage);
    report.totalBytesAfter = plan.totalBytesAfter;
    report.trashCleaned = (await gc_namesIn(layout, layout.trashDir).catch(() => [])).length;
    return report;
}
async function removeEntry(layout, registry, id, options = {}) {
    if (!ID_PATTERN.test(id)) {
        throw new core_errors/* ToolchainCacheError */.mg('NOT_FOUND', `"${id}" is not a valid toolchain id.`);
    }
    const alive = (0,leases/* livenessChecker */.J3)(options.now ?? Date.now());
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
                throw inUseError(id, outcome.liveUses.map((u) => (0,leases/* describeJob */.hx)(u.job)), outcome.unreadable);
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
async function emptyTrash(layout, errors) {
    let cleaned = 0;
    for (const name of await gc_namesIn(layout, layout.trashDir)) {
        if (await deleteLeftover(layout, layout.trashDir, name, 'trash', errors))
            cleaned += 1;
    }
    return cleaned;
}
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
const STALE_STAGING_MS = DAY_MS;
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
        const id = (0,core_layout/* stagingId */.R5)(name);
        if (id === undefined || !st || now - st.mtimeMs < STALE_STAGING_MS)
            continue;
        const lock = await (0,core_lock/* tryLock */.bh)(layout.lockPath(`install-${id}`), `install ${id}`, {
            staleMs: core_lock/* DEFAULT_LOCK_STALE_MS */.xL,
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


/***/ })

};
