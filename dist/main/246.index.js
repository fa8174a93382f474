export const id = 246;
export const ids = [246];
export const modules = {

/***/ 2246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inTransit: () => (/* binding */ inTransit)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _core_install_download_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(971);
/* harmony import */ var _core_install_staged_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7576);
// The transit path of a save: @actions/cache's saveCache tars files of the workspace, so the
// archive is copied there first. The workspace is the workflow's: `.toolchain-cache/` there may be
// a link it planted. The directory must be a real one (a link is refused, never followed), the
// file is created exclusively and holds exactly the verified bytes; both are gone afterwards.






const workspace = () => process.env.GITHUB_WORKSPACE ?? process.cwd();
/** Runs `use` with the archive `file` copied to `rel` (workspace-relative: `<dir>/<name>`). */
async function inTransit(ref, file, rel, call, use) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(workspace(), node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(rel));
    const { made, ino } = await transitDir(dir);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, node_path__WEBPACK_IMPORTED_MODULE_2__.basename(rel));
    try {
        await copyVerified(file, abs, ref.sha256, call);
        return await use();
    }
    finally {
        // Only while the directory is still the one checked: never through a link swapped in since.
        const now = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(dir).catch(() => undefined);
        if (now?.isDirectory() && now.ino === ino) {
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(abs, { force: true });
            if (made)
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rmdir(dir).catch(() => undefined); // other jobs' files: kept
        }
    }
}
/** The transit directory: made by us, or a real directory already there; a link is refused. */
async function transitDir(dir) {
    let made = false;
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { mode: 0o700 });
        made = true;
    }
    catch (e) {
        if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isErrnoException */ .s$)(e) || e.code !== 'EEXIST')
            throw e;
    }
    const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(dir);
    if (!st.isDirectory())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${dir} is ${st.isSymbolicLink() ? 'a symlink' : 'not a directory'}; the archive is not saved through it. Remove it (a step of the workflow made it).`);
    return { made, ino: st.ino };
}
/** Copies `from` (a regular file, no link followed) to a new `to`, checking the bytes' sha256. */
async function copyVerified(from, to, sha256, call) {
    const source = await _core_install_staged_file_js__WEBPACK_IMPORTED_MODULE_5__/* .PinnedArchive */ .rY.open(from);
    try {
        const out = await (0,_core_install_staged_file_js__WEBPACK_IMPORTED_MODULE_5__/* .createExclusive */ .H0)(to);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        try {
            for await (const chunk of source.stream()) {
                if (call.signal.aborted)
                    throw call.signal.reason;
                hash.update(chunk);
                await (0,_core_install_download_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAll */ .f4)(out, chunk);
                call.progress();
            }
        }
        finally {
            await out.close();
        }
        const digest = hash.digest('hex');
        if (digest !== sha256)
            throw new Error(`the staged archive's sha256 is ${digest}, expected ${sha256}: not saved`);
    }
    finally {
        await source.close();
    }
}


/***/ })

};
