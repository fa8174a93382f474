export const id = 156;
export const ids = [156];
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

/***/ 6156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanInstalled: () => (/* binding */ scanInstalled)
});

// UNUSED EXPORTS: entryFromManifest, rebuildEntries

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/dir-handle.js
var dir_handle = __webpack_require__(7455);
// EXTERNAL MODULE: ./lib/core/manifest.js
var core_manifest = __webpack_require__(9718);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __webpack_require__(770);
// EXTERNAL MODULE: ./lib/core/regular-file.js
var regular_file = __webpack_require__(9558);
;// CONCATENATED MODULE: ./lib/core/install/seal.js




const TREE_DIR_MODE = 0o2775;
const sealedFileMode = (mode) => (mode & 0o100 ? 0o555 : 0o444);
const SEALED_RECORD_MODE = 0o444;
function seal_sealRecordSync(file, maxBytes) {
    return seal_sealRecordIdentitySync(file, maxBytes).bytes;
}
function seal_sealRecordIdentitySync(file, maxBytes) {
    return withRegularFileSync(file, maxBytes, (fd, size) => {
        assertOwnSingleName(file, fstatSync(fd));
        fchmodSync(fd, SEALED_RECORD_MODE);
        return { bytes: readUpToSync(fd, size), identity: fileIdentity(fstatSync(fd)) };
    });
}
async function sealTree(root, files) {
    const isWindows = process.platform === 'win32';
    const listed = [];
    const names = new Map();
    for (const f of [{ path: '', type: 'directory' }, ...files]) {
        if (f.type !== 'file' && f.type !== 'directory')
            continue;
        if (isWindows && f.type === 'directory')
            continue;
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





const FORMATS = {
    'tree-stat 1': { fields: 5, line: lineV1 },
    'tree-stat 2': { fields: 6, line: lineV2 },
};
const HEADER = 'tree-stat 2';
const tree_stat_TREE_STAT_MAX_BYTES = 256 * 1024 ** 2;
const kind = (st) => st.isDirectory() ? 'd' : st.isFile() ? 'f' : st.isSymbolicLink() ? 'l' : '?';
const shownName = (rel) => rel.includes('\n') || rel.startsWith('"') ? JSON.stringify(rel) : rel;
function lineV1(rel, st) {
    return `${kind(st)} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ino} ${shownName(rel)}`;
}
function lineV2(rel, st) {
    return `${kind(st)} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ctimeMs} ${st.ino} ${shownName(rel)}`;
}
async function writeTreeStats(file, root, entries) {
    const lines = [HEADER, lineV2('', lstatSync(root))];
    for (const e of entries) {
        const st = lstatSync(path.join(root, e.path));
        if (st.isDirectory())
            lines.push(lineV2(e.path, st));
    }
    await atomicWriteFile(file, lines.join('\n') + '\n');
}
function tree_stat_treeStatProblem(file, root, recordedSha256, recordedIdentity) {
    let bytes;
    let identity;
    try {
        ({ bytes, identity } = readRegularFileIdentitySync(file, tree_stat_TREE_STAT_MAX_BYTES));
    }
    catch (e) {
        return isErrnoException(e) && e.code === 'ENOENT'
            ? 'its metadata file (tree-stat) is missing'
            : `its metadata file (tree-stat) is unreadable (${errorMessage(e)})`;
    }
    if (identity !== recordedIdentity && recordDigest(bytes) !== recordedSha256)
        return 'its metadata file (tree-stat) is not the one its installer recorded';
    return treeDifference(bytes.toString('utf8'), root);
}
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
function lstatOrUndefined(p) {
    try {
        return lstatSync(p, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
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
    return `changed: ${shown}`;
}

;// CONCATENATED MODULE: ./lib/core/receipt.js







const RECEIPT_SCHEMA_VERSION = 1;
const RECEIPT_MAX_BYTES = 64 * 1024;
const MANIFEST_MAX_BYTES = 256 * 1024 ** 2;
async function writeReceipt(layout, id, sha256, files) {
    const stats = files.stats === undefined
        ? undefined
        : sealRecordIdentitySync(files.stats, TREE_STAT_MAX_BYTES);
    const receipt = {
        schemaVersion: RECEIPT_SCHEMA_VERSION,
        id,
        sha256,
        manifestSha256: recordDigest(sealRecordSync(files.manifest, MANIFEST_MAX_BYTES)),
        ...(stats && { statsSha256: recordDigest(stats.bytes), statsIdentity: stats.identity }),
        writtenAt: isoTime(),
    };
    await ensureDir(layout.receiptsDir);
    await removeReceipt(layout, id);
    await atomicWriteFile(layout.receiptFile(id), JSON.stringify(receipt));
    sealRecordSync(layout.receiptFile(id), RECEIPT_MAX_BYTES);
}
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
function digestOf(file, maxBytes) {
    try {
        return (0,regular_file/* recordDigest */.kd)((0,regular_file/* readRegularFileSync */.cG)(file, maxBytes));
    }
    catch {
        return undefined;
    }
}
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
function recordedTreeStat(layout, id, sha256) {
    const found = receiptFor(layout, id, sha256);
    if ('problem' in found)
        return found;
    const { statsSha256: recorded, statsIdentity: identity } = found.receipt;
    if (typeof recorded !== 'string')
        return { problem: 'its install receipt records no metadata file (tree-stat)' };
    return typeof identity === 'string' ? { sha256: recorded, identity } : { sha256: recorded };
}
async function removeReceipt(layout, id) {
    await fs.rm(layout.receiptFile(id), { force: true }).catch((e) => {
        if (!(isErrnoException(e) && e.code === 'ENOENT'))
            throw e;
    });
}
function treeChange(layout, spec) {
    const recorded = recordedTreeStat(layout, spec.id, spec.sha256);
    if ('problem' in recorded)
        return recorded.problem;
    return treeStatProblem(layout.treeStatsFile(spec.id), layout.toolchainRoot(spec.id), recorded.sha256, recorded.identity);
}

// EXTERNAL MODULE: ./lib/core/redact.js
var redact = __webpack_require__(8038);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
;// CONCATENATED MODULE: ./lib/core/registry/rebuild.js






function entryFromManifest(m, registeredAt) {
    return {
        id: m.id,
        sha256: m.sha256,
        url: (0,redact/* redactUrl */.B)(m.url),
        sizeBytes: m.sizeBytes,
        fileCount: m.fileCount,
        installedAt: m.installedAt,
        lastUsedAt: (0,format/* isoTime */.Ly)(registeredAt.getTime()),
    };
}
async function scanInstalled(layout, now = new Date()) {
    const scan = { entries: [], rejected: [] };
    const toolchains = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.toolchainsDir);
    if (!toolchains)
        return scan;
    await (0,dir_handle/* withDir */.uM)(toolchains, async (dir) => {
        for (const name of await dir.list()) {
            const entry = await dir.openDir(name).catch(() => undefined);
            if (!entry) {
                scan.rejected.push({ id: name, why: 'it is not a directory (a planted link?)' });
                continue;
            }
            const manifest = await (0,dir_handle/* withDir */.uM)(entry, (d) => (0,core_manifest/* readManifestIn */.pd)(d, external_node_path_.basename(layout.manifestFile(name))));
            if (!manifest || manifest.id !== name) {
                scan.rejected.push({ id: name, why: 'it has no valid manifest of its own' });
                continue;
            }
            const why = await evidenceProblem(layout, name, manifest.sha256);
            if (why)
                scan.rejected.push({ id: name, why });
            else
                scan.entries.push(entryFromManifest(manifest, now));
        }
    });
    return scan;
}
async function rebuildEntries(layout, now = new Date()) {
    return (await scanInstalled(layout, now)).entries;
}


/***/ })

};
