export const id = 936;
export const ids = [936];
export const modules = {

/***/ 5936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   installOrWait: () => (/* binding */ installOrWait)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(770);
/* harmony import */ var _installer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3607);
/* harmony import */ var _leases_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2624);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1422);
/* harmony import */ var _receipt_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7411);
/* harmony import */ var _uses_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2599);









async function takeInstallLock(spec, opts) {
    let waited = false;
    const quiet = { ...opts, log: warningsOnce(opts.log) };
    const installedMeanwhile = async () => (0,_installer_js__WEBPACK_IMPORTED_MODULE_4__/* .recordHit */ .fv)(await opts.registry.read(), spec, quiet);
    const options = {
        staleMs: opts.installStaleMs ?? _lock_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_LOCK_STALE_MS */ .xL,
        timeoutMs: opts.waitTimeoutMs,
        pollMs: 1000,
        holder: (0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .describeJob */ .hx)(opts.owner.job),
        onWait: (owner) => {
            waited = true;
            opts.log.info(`${spec.id}: another job is installing it (${(0,_lock_js__WEBPACK_IMPORTED_MODULE_6__/* .describeOwner */ .$S)(owner)}); waiting up to ${Math.round(opts.waitTimeoutMs / 1000)}s`);
        },
    };
    const lockPath = opts.layout.lockPath(`install-${spec.id}`);
    const unless = { needless: installedMeanwhile, watch: [opts.layout.registryFile] };
    const lock = await (0,_lock_js__WEBPACK_IMPORTED_MODULE_6__/* .acquireLockUnless */ .eJ)(lockPath, `install ${spec.id}`, options, unless).catch((e) => {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg && e.code === 'LOCK_TIMEOUT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('LOCK_TIMEOUT', `${spec.id}: ${e.message} Raise "wait-timeout" if installs of this toolchain are slow.`);
        }
        throw e;
    });
    return { lock, waited: () => waited };
}
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
        return (0,_installer_js__WEBPACK_IMPORTED_MODULE_4__/* .resolved */ .L$)(opts.layout, spec, index, entry, 'peer', { waitMs, installMs: 0 });
    }
    try {
        const entry = await useInstalledEntry(spec, opts);
        if (entry) {
            const source = waited() ? 'peer' : 'local';
            return await (0,_installer_js__WEBPACK_IMPORTED_MODULE_4__/* .resolved */ .L$)(opts.layout, spec, index, entry, source, { waitMs, installMs: 0 });
        }
        const { install } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(811)]).then(__webpack_require__.bind(__webpack_require__, 1811));
        return await install(spec, index, opts, lock, waitMs);
    }
    finally {
        await lock.release();
    }
}
async function useInstalledEntry(spec, opts) {
    const { layout } = opts;
    return opts.registry.update(async (doc, tx) => {
        const entry = (0,_installer_js__WEBPACK_IMPORTED_MODULE_4__/* .matchingEntry */ .UK)(doc, spec);
        let state = entry ? await (0,_uses_js__WEBPACK_IMPORTED_MODULE_8__/* .entryState */ ._8)(layout, spec.id) : 'missing';
        if (state === 'removing') {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(layout.removalMark(spec.id), { force: true });
            state = await (0,_uses_js__WEBPACK_IMPORTED_MODULE_8__/* .entryState */ ._8)(layout, spec.id);
        }
        if (entry && state === 'ready') {
            const changed = (0,_receipt_js__WEBPACK_IMPORTED_MODULE_7__/* .treeChange */ .Th)(layout, spec);
            if (changed === undefined && (await (0,_installer_js__WEBPACK_IMPORTED_MODULE_4__/* .recordUseOrExplain */ .HX)(spec, opts))) {
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
async function moveChangedTreeAside(layout, id, changed, log) {
    const trash = node_path__WEBPACK_IMPORTED_MODULE_1__.join(layout.trashDir, `${id}.${(0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .randomToken */ .zs)()}`);
    const { namedTreeChange } = await __webpack_require__.e(/* import() */ 252).then(__webpack_require__.bind(__webpack_require__, 252));
    const named = await namedTreeChange(layout, id, changed);
    log.warning(`${id}: the installed tree is not as it was installed (${named}); moved it aside to ${trash} (jobs still running it may fail) and installing it again`);
    await (0,_receipt_js__WEBPACK_IMPORTED_MODULE_7__/* .removeReceipt */ .LY)(layout, id);
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .renameRetrying */ .bz)(layout.entryDir(id), trash);
}


/***/ })

};
