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


/***/ }),

/***/ 9718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   aY: () => (/* binding */ verifyTree),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   pd: () => (/* binding */ readManifestIn),
/* harmony export */   v5: () => (/* binding */ MANIFEST_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports scanTree, MAX_MANIFEST_BYTES, parseManifest */
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
async function hashInto(record, dir, name) {
    let opened;
    try {
        opened = await dir.openFile(name);
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg || (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e)))
            throw e;
        record.sha256 = 'not a regular file';
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
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .atomicWriteFile */ .Re)(file, JSON.stringify(manifest));
}
const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
async function readManifest(file) {
    const text = await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .readFileIfExists */ .QD)(file, MAX_MANIFEST_BYTES);
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


/***/ })

};
