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
// The manifest recorded beside each installed toolchain: what the tree held at install time.
// It makes an install self-describing (the registry can be rebuilt from it) and lets `verify`
// name any file a job modified. Its own module, below both the install pipeline (which writes it)
// and the registry (which rebuilds from it): see docs/design.md, "The registry".





const MANIFEST_SCHEMA_VERSION = 1;
/** A regular file's sha256 (no link followed, no blocking open, no read past its size at open). */
const hashFile = (file) => (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashRegularFile */ .vF)(file);
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
/** Size, mode and sha256 of a regular file of `dir`, from its descriptor; a file that is no longer one hashes as nothing. */
async function hashInto(record, dir, name) {
    let opened;
    try {
        opened = await dir.openFile(name);
    }
    catch (e) {
        if (!(e instanceof ToolchainCacheError || isErrnoException(e)))
            throw e;
        record.sha256 = 'not a regular file'; // swapped after the listing: reported as modified
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
    return seal_sealRecordIdentitySync(file, maxBytes).bytes;
}
/** sealRecordSync, with the sealed file's identity (fileIdentity) taken after the chmod. */
function seal_sealRecordIdentitySync(file, maxBytes) {
    return withRegularFileSync(file, maxBytes, (fd, size) => {
        assertOwnSingleName(file, fstatSync(fd));
        fchmodSync(fd, SEALED_RECORD_MODE);
        return { bytes: readUpToSync(fd, size), identity: fileIdentity(fstatSync(fd)) };
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
 * file, bounded) and its bytes are trusted only when its descriptor still has the identity the
 * receipt recorded when it was sealed (`recordedIdentity`), or else when their sha256 is
 * `recordedSha256`, the receipt's: the tree is then checked against those very bytes.
 * Synchronous, and one string comparison per recorded line when nothing changed: a hit of a
 * toolchain of 50 000 files in 500 directories is one read of a file of about 40 KB, then 500
 * lstat calls and little else.
 */
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
    // The same file, unchanged since it was sealed, holds the bytes digested then; otherwise (a
    // receipt of an older release, a copied root) its bytes must have that digest.
    if (identity !== recordedIdentity && recordDigest(bytes) !== recordedSha256)
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
    const stats = files.stats === undefined
        ? undefined
        : sealRecordIdentitySync(files.stats, TREE_STAT_MAX_BYTES);
    const receipt = {
        schemaVersion: RECEIPT_SCHEMA_VERSION,
        id,
        sha256,
        manifestSha256: recordDigest(sealRecordSync(files.manifest, MANIFEST_MAX_BYTES)),
        ...(stats && { statsSha256: recordDigest(stats.bytes), statsIdentity: stats.identity }),
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
    const { statsSha256: recorded, statsIdentity: identity } = found.receipt;
    if (typeof recorded !== 'string')
        return { problem: 'its install receipt records no metadata file (tree-stat)' };
    return typeof identity === 'string' ? { sha256: recorded, identity } : { sha256: recorded };
}
/** Removed with the entry (GC, `remove`): a receipt outliving its tree would vouch for a planted one. */
async function removeReceipt(layout, id) {
    await fs.rm(layout.receiptFile(id), { force: true }).catch((e) => {
        if (!(isErrnoException(e) && e.code === 'ENOENT'))
            throw e;
    });
}
/**
 * The hit check (metadata only, see install/tree-stat.ts): how the tree changed since it was
 * sealed, by the tree-stat its installer's receipt vouches for (docs/design.md, "The hit check").
 * No receipt for this archive, or a tree-stat other than the one it records, is a changed tree.
 */
function treeChange(layout, spec) {
    const recorded = recordedTreeStat(layout, spec.id, spec.sha256);
    if ('problem' in recorded)
        return recorded.problem;
    return treeStatProblem(layout.treeStatsFile(spec.id), layout.toolchainRoot(spec.id), recorded.sha256, recorded.identity);
}

// EXTERNAL MODULE: ./lib/core/redact.js
var redact = __webpack_require__(8038);
;// CONCATENATED MODULE: ./lib/core/registry/rebuild.js
// Rebuilding the registry's entries from the installed trees: each complete install carries a
// manifest and a receipt, both written before it was published (see docs/design.md, "The registry"
// and "Evidence").





/** The entry a manifest describes; its last use is `registeredAt` until a use says otherwise. */
function entryFromManifest(m, registeredAt) {
    return {
        id: m.id,
        sha256: m.sha256,
        url: (0,redact/* redactUrl */.B)(m.url),
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
    const toolchains = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.toolchainsDir);
    if (!toolchains)
        return scan;
    await (0,dir_handle/* withDir */.uM)(toolchains, async (dir) => {
        for (const name of await dir.list()) {
            // Never read through a link planted in place of a tree: opened no-follow, read through it.
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
/** The entries scanInstalled accepts. */
async function rebuildEntries(layout, now = new Date()) {
    return (await scanInstalled(layout, now)).entries;
}


/***/ })

};
