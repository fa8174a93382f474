export const id = 252;
export const ids = [252];
export const modules = {

/***/ 252:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   namedTreeChange: () => (/* binding */ namedTreeChange)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _dir_handle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7455);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9718);



const MAX_NAMED = 5;
const DIRECTORY_CHANGE = /^(?:entries added or removed|changed): (.+)$/;
const ROOT_SHOWN = '(the toolchain root)';
const kindOf = (st) => st.isDirectory() ? 'directory' : st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : 'other';
async function namedTreeChange(layout, id, changed) {
    const m = DIRECTORY_CHANGE.exec(changed);
    if (!m)
        return changed;
    const shown = m[1];
    const rel = shown === ROOT_SHOWN ? '' : shown;
    const found = await entriesChanged(layout, id, rel).catch(() => []);
    if (found.length === 0)
        return `${shown} changed (run toolchain-cache verify for details)`;
    const more = found.length > MAX_NAMED ? `, and ${found.length - MAX_NAMED} more` : '';
    return found.slice(0, MAX_NAMED).join(', ') + more;
}
async function entriesChanged(layout, id, rel) {
    const manifest = await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifest */ .WI)(layout.manifestFile(id));
    if (!manifest)
        return [];
    const parent = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
    const recorded = new Map(manifest.files
        .filter((f) => parent(f.path) === rel)
        .map((f) => [node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(f.path), f]));
    const root = layout.toolchainRoot(id);
    const dir = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .openDirInsideIfExists */ .Z1)(layout.root, rel ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, rel) : root);
    if (!dir)
        return [];
    return (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .withDir */ .uM)(dir, async (d) => {
        const found = [];
        const shown = (name) => (rel ? `${rel}/${name}` : name);
        for (const name of (await d.list()).sort()) {
            const want = recorded.get(name);
            recorded.delete(name);
            const st = await d.lstat(name);
            if (!want)
                found.push(`added: ${shown(name)}`);
            else if (!st)
                found.push(`missing: ${shown(name)}`);
            else if (kindOf(st) !== want.type)
                found.push(`type changed: ${shown(name)}`);
            else if (want.type === 'file' && st.size !== want.size)
                found.push(`modified: ${shown(name)}`);
        }
        for (const name of recorded.keys())
            found.push(`missing: ${shown(name)}`);
        return found;
    });
}


/***/ })

};
