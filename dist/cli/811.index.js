export const id = 811;
export const ids = [811];
export const modules = {

/***/ 1811:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  install: () => (/* binding */ install)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/faults.js
var faults = __webpack_require__(6094);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __webpack_require__(770);
// EXTERNAL MODULE: ./lib/core/installer.js
var installer = __webpack_require__(3607);
// EXTERNAL MODULE: ./lib/core/layout.js + 1 modules
var core_layout = __webpack_require__(2761);
// EXTERNAL MODULE: ./lib/core/manifest.js
var core_manifest = __webpack_require__(9718);
// EXTERNAL MODULE: ./lib/core/redact.js
var redact = __webpack_require__(8038);
// EXTERNAL MODULE: ./lib/core/registry/rebuild.js
var rebuild = __webpack_require__(756);
// EXTERNAL MODULE: ./lib/core/uses.js
var uses = __webpack_require__(2599);
// EXTERNAL MODULE: ./lib/core/receipt.js
var receipt = __webpack_require__(7411);
// EXTERNAL MODULE: ./lib/core/install/seal.js
var seal = __webpack_require__(1966);
;// CONCATENATED MODULE: ./lib/core/install/adopt.js
// Adoption: a tree renamed into place whose registration never happened (the installer died in
// between) is adopted only when its installer's receipt vouches for its manifest and it is exactly
// what that manifest says; anything else (a tree planted with a manifest of its own) goes to the
// trash. Runs with the toolchain's install lock held.







async function lstatIfExists(p) {
    try {
        return await external_node_fs_.promises.lstat(p);
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/**
 * A tree renamed into place whose registration never happened (a crash in between): adopt it
 * when its receipt and manifest match, else move it to the trash. Never trust a tree on its own word.
 */
async function adoptOrphan(layout, spec, log) {
    const dir = layout.entryDir(spec.id);
    const st = await lstatIfExists(dir);
    if (!st)
        return false;
    const why = await orphanProblem(layout, spec, st);
    if (!why) {
        log.info(`${spec.id}: adopting a complete install whose registration was interrupted`);
        // A removal mark in it was left by a GC that died before moving it: no GC is running now.
        await external_node_fs_.promises.rm(layout.removalMark(spec.id), { force: true });
        return true;
    }
    const trash = external_node_path_.join(layout.trashDir, `${spec.id}.${(0,fsx/* randomToken */.zs)()}`);
    log.warning(`${spec.id}: moving an unusable tree aside to ${trash} (${why})`);
    // rename moves a planted symlink itself, never what it points to.
    await (0,fsx/* renameRetrying */.bz)(dir, trash);
    return false;
}
/** Why the tree at toolchains/<id> cannot be adopted, or undefined when it is exactly what its manifest says. */
async function orphanProblem(layout, spec, st) {
    if (st.isSymbolicLink())
        return 'it is a symlink';
    if (!st.isDirectory())
        return 'it is not a directory';
    const root = await lstatIfExists(layout.toolchainRoot(spec.id));
    if (!root?.isDirectory())
        return 'it has no files/ directory';
    const manifestStat = await lstatIfExists(layout.manifestFile(spec.id));
    if (!manifestStat?.isFile())
        return 'it has no manifest';
    const manifest = await (0,core_manifest/* readManifest */.WI)(layout.manifestFile(spec.id));
    if (!manifest)
        return 'its manifest is unreadable';
    if (manifest.id.toLowerCase() === spec.id.toLowerCase() && manifest.id !== spec.id) {
        // The same directory on a case-insensitive file system: it is someone else's toolchain.
        throw new errors/* ToolchainCacheError */.mg('CONFLICT', `Toolchain "${spec.id}" differs only in letter case from the installed "${manifest.id}" (${layout.entryDir(spec.id)}); use the same spelling, or another id.`);
    }
    if (manifest.id !== spec.id || manifest.sha256 !== spec.sha256)
        return `its manifest is for ${manifest.id} with sha256 ${manifest.sha256}`;
    // A manifest says whatever its writer wanted: only the installer's receipt vouches for it.
    const unvouched = await (0,receipt/* evidenceProblem */.jG)(layout, spec.id, spec.sha256);
    if (unvouched)
        return unvouched;
    // Never trust a manifest without checking the tree against it: the crash may have come mid-way.
    const problems = await (0,core_manifest/* verifyTree */.aY)(layout.toolchainRoot(spec.id), manifest);
    if (problems.length)
        return `it differs from its manifest: ${problems.slice(0, 3).join('; ')}`;
    try {
        (0,seal/* assertLinksInside */.Mp)(spec.id, manifest.files);
    }
    catch (e) {
        return e.message;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/core/regular-file.js
var regular_file = __webpack_require__(9558);
;// CONCATENATED MODULE: ./lib/core/install/archive-policy.js
// The one member policy every archive format goes through: what a member may be called, what it may be,
// where it may point, and how much an archive may unpack to. Pure path logic, no I/O.



/** Generous defaults; the host may set its own (TOOLCHAIN_CACHE_MAX_MEMBERS, …_MAX_UNPACKED_SIZE). */
const DEFAULT_LIMITS = { maxMembers: 200_000, maxBytes: 32 * 1024 ** 3 };
/**
 * The most bytes an archive may have under `limits`: it unpacks to at least its members' bytes;
 * each member adds a header and padding (under 1.5 KiB in a tar), and compressing incompressible
 * bytes adds under 1 %. A remote tier's object larger than this is refused unread.
 */
const maxArchiveBytes = ({ maxBytes, maxMembers }) => Math.ceil(maxBytes * 1.01) + maxMembers * 1536 + 1024 * 1024;
const refuse = (member, why) => {
    throw new errors/* UnsafeArchiveError */.td(`Archive member "${member}" ${why}; refusing to extract.`, member);
};
const ABSOLUTE = /^[\\/]/;
const DRIVE = /^[a-zA-Z]:/;
// `..`, and `...` / `.. ` which Windows trims to `..`.
const hasDotDot = (p) => p.split(/[\\/]/).some((s) => /^\.\.[. ]*$/.test(s));
/** Throws unless `name` is a relative path without `..`, checking both `/` and `\` as separators. */
function checkMemberName(name, member = name) {
    if (name.includes('\0'))
        refuse(member, 'contains a NUL byte');
    if (ABSOLUTE.test(name))
        refuse(member, 'has an absolute path');
    if (DRIVE.test(name))
        refuse(member, 'has a Windows drive letter');
    if (hasDotDot(name)) {
        refuse(member, "escapes the toolchain directory ('..' segment)");
    }
}
/**
 * Drops the first `n` `/`-separated components, like `tar --strip-components` (and node-tar's `strip`).
 * The unstripped name is checked first: a hostile name is refused even if stripping would hide it.
 * Returns null when nothing is left, i.e. the member is skipped.
 */
function stripComponents(name, n) {
    checkMemberName(name);
    if (n === 0)
        return name;
    const parts = name.split('/');
    if (parts.length < n)
        return null;
    const rest = parts.slice(n).join('/');
    return rest.split('/').some((s) => s !== '' && s !== '.') ? rest : null;
}
/**
 * Checks one member (path already stripped) against the policy and returns its absolute destination
 * under `root`. A result equal to `root` means a `.` entry, which callers skip.
 */
function checkMember(member, root) {
    const name = member.path;
    checkMemberName(name);
    const base = external_node_path_.resolve(root);
    // Native path semantics: this is where the OS will put it.
    const dest = external_node_path_.resolve(base, name);
    if (!(0,fsx/* isInside */.FK)(base, dest))
        refuse(name, 'resolves outside the toolchain directory');
    if (member.type === 'other')
        refuse(name, 'is a special file (device, FIFO, socket or unknown type)');
    if (member.mode !== undefined && (member.mode & 0o6000) !== 0) {
        refuse(name, `has the setuid/setgid bit set (mode ${(member.mode & 0o7777).toString(8)})`);
    }
    if (member.type === 'symlink' || member.type === 'hardlink') {
        const kind = member.type === 'symlink' ? 'symlink' : 'hard link';
        const target = member.linkTarget ?? '';
        if (target === '' || target.includes('\0'))
            refuse(name, `is a ${kind} with an invalid target`);
        if (ABSOLUTE.test(target) || DRIVE.test(target)) {
            refuse(name, `is a ${kind} to the absolute path "${target}"`);
        }
        // Symlinks resolve from their own directory, hard link targets from the archive root.
        const from = member.type === 'symlink' ? external_node_path_.dirname(dest) : base;
        const escapes = !(0,fsx/* isInside */.FK)(base, external_node_path_.resolve(from, target)) ||
            (member.type === 'hardlink' && hasDotDot(target));
        if (escapes)
            refuse(name, `is a ${kind} to "${target}", outside the toolchain directory`);
    }
    return dest;
}
/** Counts members and unpacked bytes; throws once an archive exceeds the limits (an archive bomb). */
class MemberBudget {
    limits;
    members = 0;
    bytes = 0;
    constructor(limits) {
        this.limits = limits;
    }
    add(size, member) {
        this.members += 1;
        this.bytes += size;
        if (this.members > this.limits.maxMembers) {
            throw new errors/* UnsafeArchiveError */.td(`Archive has more than ${this.limits.maxMembers} members (at "${member}"); ` +
                'refusing to extract a possible archive bomb.', member);
        }
        if (this.bytes > this.limits.maxBytes) {
            throw new errors/* UnsafeArchiveError */.td(`Archive unpacks to more than ${this.limits.maxBytes} bytes (at "${member}"); ` +
                'refusing to extract a possible archive bomb.', member);
        }
    }
}

// EXTERNAL MODULE: ./lib/core/random.js
var random = __webpack_require__(7692);
;// CONCATENATED MODULE: ./lib/core/install/case-collisions.js
// Archive members whose names differ only in case (kernel headers: `xt_CONNMARK.h` and
// `xt_connmark.h`) are two files on Linux but one on the default file systems of macOS and Windows,
// where the second would silently replace the first. On such a file system they are refused,
// naming both, before the second is written.




/**
 * Whether `dir` ignores case: creates a lower-case file there and looks it up in upper case.
 * One probe per extraction (the staging directory is on the cache root's file system).
 */
async function isCaseInsensitiveDir(dir) {
    const name = `.case-probe-${(0,random/* randomHex */.nw)(6)}`;
    const probe = await external_node_fs_.promises.open(external_node_path_.join(dir, name), external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o600);
    // Its mode set on the descriptor, not left to the umask (it is gone a moment later anyway).
    await (process.platform === 'win32' ? Promise.resolve() : probe.chmod(0o600)).finally(() => probe.close());
    try {
        await external_node_fs_.promises.lstat(external_node_path_.join(dir, name.toUpperCase()));
        return true;
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
    finally {
        await external_node_fs_.promises.rm(external_node_path_.join(dir, name), { force: true });
    }
}
/** Names as a case-insensitive, normalisation-insensitive file system (APFS, NTFS) compares them. */
const fold = (p) => p.normalize('NFC').toLowerCase();
/** Remembers every member path (and its parent directories) seen so far, by folded name. */
class CaseCollisionCheck {
    where;
    seen = new Map();
    constructor(where) {
        this.where = where;
    }
    /** `name`: the member's path inside the toolchain (after stripping), `/`-separated. */
    add(name, member) {
        const parts = name.split('/').filter((s) => s !== '' && s !== '.');
        for (let i = 1; i <= parts.length; i++) {
            const spelling = parts.slice(0, i).join('/');
            const key = fold(spelling);
            const earlier = this.seen.get(key);
            if (!earlier)
                this.seen.set(key, { spelling, member });
            else if (earlier.spelling !== spelling)
                throw this.collision(earlier.member, member);
        }
    }
    collision(first, second) {
        return new errors/* ToolchainCacheError */.mg('UNSUPPORTED_ARCHIVE', `Archive members "${first}" and "${second}" differ only in case (or Unicode normalisation), ` +
            `and the file system of the cache root (${this.where}) ignores case, so one would silently ` +
            'replace the other. This toolchain needs a case-sensitive file system: put the cache root on ' +
            'one (macOS: a case-sensitive APFS volume; Windows: a directory made case-sensitive with ' +
            '`fsutil file setCaseSensitiveInfo DIR enable` before anything is created in it).');
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./lib/core/install/staged-file.js
var staged_file = __webpack_require__(7576);
;// CONCATENATED MODULE: ./lib/core/install/decompress.js
// The decompressed byte stream of a tar archive. gzip comes from zlib; xz and zstd come from the
// system's `xz` / `zstd` binary when there is one (several times faster), else from a JavaScript or
// WebAssembly decoder that is loaded only then (a dynamic import: the bundles keep it in a chunk of
// its own, so a job that never meets such an archive never loads it). zstd in zlib (Node >= 22.15)
// is preferred to both.







/**
 * gunzip's output chunk: zlib's default (16 KiB) makes a 60 MB archive ~3 700 callbacks and as many
 * writes into node-tar; with 256 KiB, extracting the bench's 60 MB tar.gz alone took ~310 ms
 * instead of ~700 (medians of 9 interleaved runs on a loaded 2-core machine).
 */
const INFLATE_CHUNK = 256 * 1024;
const INSTALL_HINTS = {
    xz: 'Linux: apt-get install xz-utils or dnf install xz; macOS: brew install xz; Windows: winget install xz or choco install xz',
    zstd: 'Linux: apt-get install zstd; macOS: brew install zstd; Windows: winget install zstd or choco install zstandard; or run Node >= 22.15',
};
async function openTarStream(file, format, options = {}) {
    const { pinned, input } = options;
    // Positional reads from the start: the descriptor's offset never moves, and it stays open.
    const read = () => input ?? (pinned ? (0,staged_file/* readRange */.qX)(pinned) : (0,external_node_fs_.createReadStream)(file));
    const named = !pinned && !input; // only then may a decompressor open the file by its name
    // pipeline() (not pipe()) so destroying the decompressor also closes the file, and read errors surface.
    const from = (t) => (0,external_node_stream_.pipeline)(read(), t, () => { });
    const nativeZstd = external_node_zlib_.createZstdDecompress;
    if (format === 'tar')
        return { stream: read() };
    if (format === 'tar.gz')
        return { stream: from(external_node_zlib_.createGunzip({ chunkSize: INFLATE_CHUNK })) };
    if (format === 'tar.zst' && nativeZstd)
        return { stream: from(nativeZstd()), decoder: 'zlib' };
    const tool = format === 'tar.xz' ? 'xz' : 'zstd';
    const binary = await findExecutable(tool, options.env);
    if (binary) {
        // A pinned or streamed archive is fed on stdin: the binary never opens it by name.
        const child = (0,external_node_child_process_.spawn)(binary, named ? ['-dc', '--', file] : ['-dc'], {
            stdio: [named ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        if (!named)
            (0,external_node_stream_.pipeline)(read(), child.stdin, () => { }); // the child's exit reports failures
        return { stream: child.stdout, child, decoder: tool };
    }
    try {
        const stream = tool === 'xz' ? await xzInJavaScript(read()) : from(await zstdInJavaScript());
        return { stream, decoder: `${tool} (JavaScript)` };
    }
    catch (e) {
        throw new errors/* ToolchainCacheError */.mg('UNSUPPORTED_ARCHIVE', `Extracting ${file} (${format}) needs a decoder for ${tool}: there is no \`${tool}\` command on PATH and ` +
            `the built-in decoder could not be loaded (${(0,errors/* errorMessage */.gJ)(e)}). Install ${tool} on the runner ` +
            `(${INSTALL_HINTS[tool]}), or check that the action's dist/ directory is complete.`, { cause: e });
    }
}
/** The first executable file named `name` on PATH (with PATHEXT on Windows), like a shell finds it. */
async function findExecutable(name, env = process.env, platform = process.platform) {
    const dirs = (env.PATH ?? env.Path ?? '').split(external_node_path_.delimiter).filter(Boolean);
    const exts = platform === 'win32' ? (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean) : [''];
    const mode = platform === 'win32' ? external_node_fs_.constants.F_OK : external_node_fs_.constants.X_OK;
    for (const dir of dirs) {
        for (const ext of exts) {
            const candidate = external_node_path_.join(dir, name + ext);
            try {
                await external_node_fs_.promises.access(candidate, mode);
                if ((await external_node_fs_.promises.stat(candidate)).isFile())
                    return candidate;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}
/** xz-embedded compiled to WebAssembly (xz-decompress), behind a web stream read as a Node stream. */
async function xzInJavaScript(bytes) {
    const { XzReadableStream } = await __webpack_require__.e(/* import() */ 642).then(__webpack_require__.t.bind(__webpack_require__, 6642, 19));
    const input = external_node_stream_.Readable.toWeb(bytes);
    const reader = new XzReadableStream(input).getReader();
    return new external_node_stream_.Readable({
        read() {
            reader.read().then(({ done, value }) => this.push(done ? null : Buffer.from(value.buffer, value.byteOffset, value.byteLength)), 
            // The decoder reports truncated or corrupt input in its own terms (or as a TypeError).
            (e) => this.destroy(plainError('xz', e)));
        },
        destroy(err, callback) {
            // Cancelling frees the decoder (one runs at a time per process); an errored one is already free.
            reader.cancel().then(() => callback(err), () => callback(err));
        },
    });
}
/** fzstd (pure JavaScript) as a Transform. */
async function zstdInJavaScript() {
    const { Decompress } = await __webpack_require__.e(/* import() */ 339).then(__webpack_require__.bind(__webpack_require__, 8339));
    // fzstd hands each block over before it reuses its window: copy it into a Buffer of our own.
    const decoder = new Decompress((data) => {
        if (data.length > 0)
            transform.push(Buffer.from(data));
    });
    const feed = (chunk, final, cb) => {
        try {
            decoder.push(chunk, final);
            cb();
        }
        catch (e) {
            cb(plainError('zstd', e));
        }
    };
    const transform = new external_node_stream_.Transform({
        transform: (chunk, _enc, cb) => feed(chunk, false, cb),
        flush: (cb) => feed(new Uint8Array(0), true, cb),
    });
    return transform;
}
function plainError(tool, e) {
    return new Error(`the ${tool} data is truncated or corrupt (${(0,errors/* errorMessage */.gJ)(e)})`, { cause: e });
}

;// CONCATENATED MODULE: ./lib/core/install/extract-check.js
// The extracted tree as it really is on disk, checked once more and listed for the manifest: a
// walk that never follows a link, re-applies the member policy (no special files, no setuid or
// setgid, every symlink resolving inside, the limits), and gives each regular file the sha256 it
// was written with (extract-members.ts), hashing from the disk only a file that has no such record.






async function checkExtractedTree(destDir, limits, hashes, signal) {
    const root = await external_node_fs_.promises.realpath(destDir);
    const budget = new MemberBudget(limits);
    const inodes = new Set();
    const files = [];
    const unhashed = [];
    const pending = [root];
    for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
        signal?.throwIfAborted();
        const names = await external_node_fs_.promises.readdir(dir);
        const stats = await Promise.all(names.map((n) => external_node_fs_.promises.lstat(external_node_path_.join(dir, n))));
        for (const [i, st] of stats.entries()) {
            const abs = external_node_path_.join(dir, names[i]);
            const rel = external_node_path_.relative(root, abs);
            const type = st.isFile()
                ? 'file'
                : st.isDirectory()
                    ? 'directory'
                    : st.isSymbolicLink()
                        ? 'symlink'
                        : 'other';
            // A setgid parent makes new directories setgid on Linux: only the archive's own bits count.
            const mode = st.mode & (type === 'directory' ? 0o5777 : 0o7777);
            const linkTarget = type === 'symlink' ? await external_node_fs_.promises.readlink(abs) : undefined;
            checkMember({ path: rel, type, mode, linkTarget }, root);
            if (linkTarget !== undefined)
                await assertResolvesInside(root, dir, rel, linkTarget);
            // Hard links share their bytes: count each inode once.
            const key = `${st.dev}:${st.ino}`;
            const fresh = type === 'file' && (st.nlink < 2 || !inodes.has(key));
            if (fresh && st.nlink > 1)
                inodes.add(key);
            budget.add(fresh ? st.size : 0, rel);
            if (type === 'directory')
                pending.push(abs);
            const posix = rel.split(external_node_path_.sep).join('/');
            const record = listed(posix, type, st, linkTarget);
            files.push(record);
            if (record.type !== 'file')
                continue;
            // A hard link's bytes may have been written under another name: hash those from the disk.
            record.sha256 = st.nlink === 1 ? hashes.lookup(posix, st.size) : undefined;
            if (record.sha256 === undefined)
                unhashed.push({ record, abs });
        }
    }
    await hashFromDisk(unhashed);
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { members: budget.members, bytes: budget.bytes, files };
}
/** The entry as the manifest lists it, with the same fields in the same order as scanTree. */
function listed(rel, type, st, target) {
    if (type === 'directory')
        return { path: rel, type };
    if (type === 'symlink')
        return { path: rel, type, target };
    return {
        path: rel,
        type: 'file',
        size: st.size,
        executable: process.platform === 'win32' ? undefined : (st.mode & 0o111) !== 0,
    };
}
/** Files with no digest from their writing (hard links, Windows's copies of links), a few at a time. */
async function hashFromDisk(todo) {
    let next = 0;
    const worker = async () => {
        while (next < todo.length) {
            const { record, abs } = todo[next++];
            record.sha256 = await (0,core_manifest/* hashFile */.DC)(abs);
        }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
}
async function assertResolvesInside(root, dir, rel, linkTarget) {
    if ((await resolveInside(root, dir, linkTarget, { hops: 0 })) !== null)
        return;
    throw new errors/* UnsafeArchiveError */.td(`Archive member "${rel}" is a symlink to "${linkTarget}", which leads outside the toolchain directory; refusing to extract.`, rel);
}
/**
 * Follows `target` from the real directory `from` the way the OS does, through nested symlinks,
 * and returns where it lands, or null once it leaves `root`. A missing tail is resolved lexically.
 */
async function resolveInside(root, from, target, budget) {
    if (++budget.hops > 40 || external_node_path_.isAbsolute(target))
        return null; // 40: Linux's own ELOOP limit
    const segs = target.split(process.platform === 'win32' ? /[\\/]/ : '/');
    let cur = from;
    for (const [i, seg] of segs.entries()) {
        if (seg === '' || seg === '.')
            continue;
        cur = seg === '..' ? external_node_path_.dirname(cur) : external_node_path_.join(cur, seg);
        if (!(0,fsx/* isInside */.FK)(root, cur))
            return null;
        const st = await external_node_fs_.promises.lstat(cur).catch(() => undefined);
        if (!st)
            return (0,fsx/* isInside */.FK)(root, external_node_path_.resolve(cur, ...segs.slice(i + 1))) ? cur : null;
        if (st.isSymbolicLink()) {
            const next = await resolveInside(root, external_node_path_.dirname(cur), await external_node_fs_.promises.readlink(cur), budget);
            if (next === null)
                return null;
            cur = next;
        }
    }
    return cur;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/core/install/extract-members.js
// What the tar and zip extractors share while they write members: the checks every member goes
// through (see extract.ts), the symlinks an archive asked for, and each file's sha256 computed on
// its way to disk, so the manifest needs no second read of the tree (docs/design.md, "Staging").





/**
 * Remembers the symlinks an archive creates so later members cannot be written through them
 * (`a -> .` then `a/b -> ..` then `a/b/x`). Keys are case-folded and NFC-normalised for
 * case- and normalisation-insensitive file systems (macOS, Windows).
 */
class LinkTracker {
    root;
    links = new Map();
    constructor(root) {
        this.root = root;
    }
    key = (p) => p.normalize('NFC').toLowerCase();
    /** Throws if `dest` (or, with `self`, `dest` itself) lies under a symlink from this archive. */
    check(dest, member, self = false) {
        for (let d = self ? dest : external_node_path_.dirname(dest); d.length > this.root.length; d = external_node_path_.dirname(d)) {
            if (this.links.has(this.key(d))) {
                throw new errors/* UnsafeArchiveError */.td(`Archive member "${member}" goes through the symlink "${external_node_path_.relative(this.root, d)}"; refusing to extract.`, member);
            }
        }
    }
    /** The target of the archive's symlink at `dest`, if it has one there. */
    targetOf(dest) {
        return this.links.get(this.key(dest))?.target;
    }
    /** A symlink (with its target) or anything else, which replaces an earlier symlink of that name. */
    record(dest, member, target) {
        const key = this.key(dest);
        this.links.delete(key); // re-insert: creation order follows archive order
        if (target !== undefined)
            this.links.set(key, { dest, target, member });
    }
}
/**
 * The sha256 and length of the bytes each regular file was written with, by its path relative to
 * the extraction root. Only a hint for the final listing (extract-check.ts): an entry is used for
 * a file whose size matches and that has a single link; any other file is hashed from the disk.
 */
class WrittenHashes {
    root;
    byPath = new Map();
    /** Paths whose recorded digest may be stale, whenever it was recorded: hashed from the disk. */
    forgotten = new Set();
    constructor(root) {
        this.root = root;
    }
    /** A pass-through that records the digest of what flows to `dest` once it has all flowed. */
    hashing(dest) {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        return new external_node_stream_.Transform({
            transform: (chunk, _enc, cb) => {
                hash.update(chunk);
                size += chunk.length;
                cb(null, chunk);
            },
            flush: (cb) => {
                this.byPath.set(this.key(dest), { sha256: hash.digest('hex'), size });
                cb();
            },
        });
    }
    /** Whatever `dest` was written with no longer describes it (replaced by a copy, a link…). */
    forget(dest) {
        this.forgotten.add(this.key(dest));
    }
    /** The digest recorded for `rel` (POSIX separators) when it is still `size` bytes long. */
    lookup(rel, size) {
        if (this.forgotten.has(rel))
            return undefined;
        const got = this.byPath.get(rel);
        return got && got.size === size ? got.sha256 : undefined;
    }
    key(dest) {
        return external_node_path_.relative(this.root, external_node_path_.resolve(dest)).split(external_node_path_.sep).join('/');
    }
}
/** Creates `dir` and its parents, refusing to go through anything that is not a real directory. */
async function ensureDir(dir, known, member, mode) {
    if (known.has(dir))
        return;
    await ensureDir(external_node_path_.dirname(dir), known, member);
    try {
        await promises_.mkdir(dir, { mode });
    }
    catch (e) {
        if (!(0,errors/* isErrnoException */.s$)(e) || e.code !== 'EEXIST')
            throw e;
        if (!(await promises_.lstat(dir)).isDirectory()) {
            throw new errors/* UnsafeArchiveError */.td(`Archive member "${member}" goes through "${external_node_path_.basename(dir)}", which is not a directory; refusing to extract.`, member);
        }
    }
    known.add(dir);
}
/** A later member replaces an earlier file or symlink of the same name, never a directory. */
async function makeRoom(dest, member) {
    const st = await promises_.lstat(dest).catch(() => undefined);
    if (!st)
        return;
    if (st.isDirectory()) {
        throw new errors/* UnsafeArchiveError */.td(`Archive member "${member}" would replace a directory; refusing to extract.`, member);
    }
    await promises_.unlink(dest);
}

// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
;// CONCATENATED MODULE: ./lib/core/install/extract-tar.js
// Tar members through node-tar: each header is checked (archive-policy) before node-tar acts on
// it, each file is hashed on its way to disk, and the extraction ends only once nothing writes into
// the staging directory any more, whatever failed first: a member, node-tar, the decompressor
// process, or the job's cancellation.




const TAR_TYPES = {
    File: 'file',
    OldFile: 'file',
    ContiguousFile: 'file',
    Directory: 'directory',
    GNUDumpDir: 'directory',
    SymbolicLink: 'symlink',
    Link: 'hardlink',
};
// node-tar splits on `\` as well only on Windows; mirror it so we check exactly what it writes.
const tarName = (p) => (process.platform === 'win32' ? p.replaceAll('\\', '/') : p);
/**
 * Whether node-tar should write the member with header path `p` (false: skip it). Throws when the
 * member breaks the policy. Symlinks are only recorded: extract.ts makes them at the end.
 */
function admitTarMember(p, entry, ctx) {
    const { root, strip, budget, links, cases } = ctx;
    const name = stripComponents(tarName(p), strip);
    if (name === null)
        return false;
    const type = TAR_TYPES[entry.type] ?? 'other';
    let linkTarget = entry.linkpath;
    if (type === 'hardlink') {
        // Check the raw target first: stripping could hide a '..' or a leading '/'.
        checkMember({ path: name, type, linkTarget }, root);
        // node-tar strips hard link targets too (they are archive paths).
        const t = stripComponents(tarName(linkTarget ?? ''), strip);
        if (t === null)
            return false;
        linkTarget = t;
    }
    const dest = checkMember({ path: name, type, mode: entry.mode, size: entry.size, linkTarget }, root);
    if (dest === root)
        return false; // a `.` entry: leave the staging directory alone
    cases?.add(name, p);
    links.check(dest, p);
    if (type === 'hardlink')
        links.check(external_node_path_.resolve(root, linkTarget ?? ''), p, true);
    budget.add(entry.size ?? 0, p);
    links.record(dest, p, type === 'symlink' ? linkTarget : undefined);
    // A file this name was written as no longer tells its bytes (a hard link takes its place, and
    // its target's bytes may change after): both names are hashed from the disk, whenever the
    // earlier write's digest lands.
    if (type !== 'file')
        ctx.hashes.forget(dest);
    if (type === 'hardlink')
        ctx.hashes.forget(external_node_path_.resolve(root, linkTarget ?? ''));
    if (entry.mode !== undefined)
        entry.mode &= 0o777; // no sticky bit either
    return type !== 'symlink';
}
/** Streams the archive through node-tar; resolves only once nothing is writing any more. */
function unpackTar(file, format, source, ctx) {
    return new TarExtraction(file, format, source, ctx).run();
}
/**
 * One run of node-tar over a decompressed stream. Two things must finish before it settles:
 * node-tar (every write it started) and the decompressor process, if any. The first failure is
 * the cause; what follows it is fallout.
 */
class TarExtraction {
    file;
    format;
    source;
    ctx;
    error;
    inputEnded = false; // the decompressed stream ended
    tarEnded = false; // we called unpack.end()
    killedDecoder = false; // we killed the decompressor: its exit status is ours, not its
    unpack;
    constructor(file, format, source, ctx) {
        this.file = file;
        this.format = format;
        this.source = source;
        this.ctx = ctx;
        this.unpack = new index_min/* Unpack */.dX({
            cwd: ctx.root,
            strip: ctx.strip,
            filter: (p, e) => this.admit(p, e),
            // Each file's bytes pass through its hash on their way to disk.
            transform: (entry) => ctx.hashes.hashing(String(entry.absolute)),
            strict: true, // warnings (bad checksum, truncation) are errors, never a partial success
            preserveOwner: false, // we may be root: never chown to uids from the archive
            zstd: false, // the stream is already decompressed: no sniffing
            brotli: false,
        });
    }
    async run() {
        const { signal } = this.ctx;
        const finished = Promise.all([this.tarClosed(), this.decoderExited()]);
        const onAbort = () => this.fail(signal?.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        if (signal?.aborted)
            onAbort();
        this.feed(this.source.stream);
        try {
            await finished;
        }
        finally {
            signal?.removeEventListener('abort', onAbort);
        }
        if (this.error !== undefined)
            throw this.error;
    }
    /** Checks each header before node-tar acts on it; after a failure, skips everything. */
    admit(p, entry) {
        if (this.error !== undefined)
            return false;
        try {
            return admitTarMember(p, entry, this.ctx);
        }
        catch (err) {
            this.fail(err);
            return false;
        }
    }
    /** The decompressed bytes into node-tar, with backpressure. */
    feed(stream) {
        stream.on('error', (e) => this.fail(e));
        stream.on('data', (chunk) => {
            if (this.tarEnded)
                return;
            if (!this.unpack.write(chunk)) {
                stream.pause();
                this.unpack.once('drain', () => stream.resume());
            }
        });
        stream.on('end', () => {
            this.inputEnded = true;
            this.endTar();
        });
    }
    /** Resolves once node-tar finished every write it started, or gave up by itself. */
    tarClosed() {
        return new Promise((resolve) => {
            this.unpack.on('error', (err) => this.fail(err));
            this.unpack.on('close', resolve);
            this.unpack.on('abort', resolve); // it will not emit 'close'; its 'error' follows
        });
    }
    /** Resolves once the decompressor process (if any) exited or never started. */
    decoderExited() {
        const { child, decoder: tool } = this.source;
        if (!child)
            return Promise.resolve();
        const what = `${this.file} (${this.format})`;
        let stderr = '';
        child.stderr?.on('data', (d) => {
            if (stderr.length < 4096)
                stderr += d.toString();
        });
        return new Promise((resolve) => {
            child.on('error', (err) => {
                if (child.pid === undefined)
                    resolve(); // never started: no 'close' to wait for
                this.fail((0,errors/* isErrnoException */.s$)(err) && err.code === 'ENOENT'
                    ? new errors/* ToolchainCacheError */.mg('UNSUPPORTED_ARCHIVE', `Extracting ${what} needs the \`${tool}\` command, which vanished while it was ` +
                        'starting; try again, or remove it from PATH to use the built-in decoder.')
                    : err);
            });
            child.on('close', (code, sig) => {
                if (code !== 0 && !this.killedDecoder) {
                    // The decompressor's own complaint beats node-tar's "truncated input" that follows it.
                    const why = stderr.trim() || (sig ? `killed by ${sig}` : `exit code ${code}`);
                    const childError = new errors/* ToolchainCacheError */.mg('EXTRACT_FAILED', `Could not extract ${what}: ${tool} failed: ${why}`);
                    if (!(this.error instanceof errors/* ToolchainCacheError */.mg))
                        this.error = childError;
                    this.fail(childError);
                }
                resolve();
            });
        });
    }
    /**
     * On failure stop reading, but let node-tar finish the writes it has in flight (end() makes it
     * close), so that when run() rejects nothing writes into the staging directory any more.
     */
    fail(err) {
        this.error ??= err;
        this.source.stream.destroy();
        this.stopDecoder();
        this.endTar();
    }
    stopDecoder() {
        const { child } = this.source;
        if (child?.pid === undefined || child.exitCode !== null || child.signalCode !== null)
            return;
        const kill = () => {
            this.killedDecoder = child.exitCode === null && child.signalCode === null;
            if (this.killedDecoder)
                child.kill();
        };
        // Once its output ended the decompressor is exiting by itself: keep its exit status.
        if (this.inputEnded)
            setTimeout(kill, 10_000).unref();
        else
            kill();
    }
    endTar() {
        if (this.tarEnded)
            return;
        this.tarEnded = true;
        this.unpack.end();
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./lib/core/install/extract-zip.js









const S_IFMT = 0o170000;
const ZIP_TYPES = {
    0: 'file', // no unix mode recorded
    0o100000: 'file',
    0o040000: 'directory',
    0o120000: 'symlink',
};
const MAX_LINK_TARGET = 4096;
async function extractZip(file, ctx, pinned) {
    // decodeStrings: false so hostile names reach our policy (with a clear message) instead of a
    // generic yauzl error; we decode them the same way yauzl would.
    const zipOptions = {
        lazyEntries: true,
        validateEntrySizes: true,
        decodeStrings: false,
        autoClose: false,
    };
    const zip = pinned
        ? await yauzl.fromRandomAccessReaderPromise(new staged_file/* PinnedZipReader */.du(pinned), (await pinned.stat()).size, zipOptions)
        : await yauzl.openPromise(file, zipOptions);
    const dirs = new Set([ctx.root]);
    try {
        for await (const entry of zip.eachEntry()) {
            ctx.signal?.throwIfAborted();
            await extractEntry(zip, entry, ctx, dirs);
        }
    }
    finally {
        zip.close();
    }
}
/** One entry: checked, then a directory made, a symlink recorded, or a file written. */
async function extractEntry(zip, entry, { root, strip, budget, links, cases, hashes, signal }, dirs) {
    const raw = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
    const name = stripComponents(raw, strip);
    if (name === null)
        return;
    const unixMode = entry.externalFileAttributes >>> 16;
    const type = raw.endsWith('/') ? 'directory' : (ZIP_TYPES[unixMode & S_IFMT] ?? 'other');
    const mode = unixMode === 0 ? undefined : unixMode & 0o7777;
    budget.add(entry.uncompressedSize, raw);
    const linkTarget = type === 'symlink' ? await readLinkTarget(zip, entry, raw) : undefined;
    const dest = checkMember({ path: name, type, mode, size: entry.uncompressedSize, linkTarget }, root);
    if (dest === root)
        return;
    cases?.add(name, raw);
    links.check(dest, raw);
    await ensureDir(external_node_path_.dirname(dest), dirs, raw);
    if (type === 'directory') {
        await ensureDir(dest, dirs, raw, (mode ?? 0o755) | 0o700);
        return;
    }
    await makeRoom(dest, raw);
    links.record(dest, raw, linkTarget);
    if (linkTarget !== undefined)
        return; // made at the end (extract.ts, createSymlinks)
    // The file first: a read stream opened before it would flow (and fail) with no pipeline attached.
    const out = await createMemberFile(dest, (mode ?? 0o644) & 0o777);
    const input = await zip.openReadStreamPromise(entry).catch((e) => {
        out.destroy();
        throw e;
    });
    await (0,external_node_stream_promises_.pipeline)(input, crcCheck(entry.crc32, raw), hashes.hashing(dest), out, { signal });
}
/**
 * A member's file, created exclusively and no-follow, its mode set on the descriptor (not left to
 * the umask; sealTree makes it read-only later).
 */
async function createMemberFile(dest, mode) {
    const handle = await (0,staged_file/* createExclusive */.H0)(dest, mode);
    try {
        if (process.platform !== 'win32')
            await handle.chmod(mode);
    }
    catch (e) {
        await handle.close();
        throw e;
    }
    return handle.createWriteStream();
}
async function readLinkTarget(zip, entry, member) {
    if (entry.uncompressedSize > MAX_LINK_TARGET) {
        throw new errors/* UnsafeArchiveError */.td(`Archive member "${member}" is a symlink with an oversized target; refusing to extract.`, member);
    }
    const chunks = [];
    for await (const chunk of await zip.openReadStreamPromise(entry))
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/** yauzl checks sizes but not CRC-32; a corrupt member must not pass as a good file. */
function crcCheck(expected, member) {
    const crc32 = external_node_zlib_.crc32; // Node >= 20.15
    let crc = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            if (crc32)
                crc = crc32(chunk, crc);
            cb(null, chunk);
        },
        flush(cb) {
            cb(crc32 && crc >>> 0 !== expected >>> 0
                ? new Error(`CRC-32 mismatch in "${member}": the archive is corrupt`)
                : null);
        },
    });
}

;// CONCATENATED MODULE: ./lib/core/install/symlink-fallback.js
// Creating a symlink on Windows needs Developer Mode or the SeCreateSymbolicLinkPrivilege right,
// which the default runner service account lacks. When Windows refuses one (EPERM), a link to a
// regular file inside the toolchain becomes a copy of that file (said in the log); anything else
// fails with an error naming the member and the privilege.




/**
 * What to do after `symlink()` failed with `error`: `{ copyFrom }` to copy a file instead, or a
 * throw (the error itself unless it is Windows refusing the privilege).
 */
function symlinkFallback(error, attempt) {
    const refused = attempt.platform === 'win32' && (0,errors/* isErrnoException */.s$)(error) && error.code === 'EPERM';
    if (!refused)
        throw error;
    if (attempt.fileInside !== undefined)
        return { copyFrom: attempt.fileInside };
    throw new errors/* ToolchainCacheError */.mg('EXTRACT_FAILED', `Archive member "${attempt.member}" is a symlink to "${attempt.target}", and Windows refused to ` +
        "create it: symlinks need Developer Mode (Settings > For developers) or the runner's account " +
        'holding SeCreateSymbolicLinkPrivilege ("Create symbolic links" in Local Security Policy > ' +
        'User Rights Assignment). Only a link to a file inside the toolchain can be replaced by a copy; ' +
        'this one leads to a directory or to nothing.', { cause: error });
}
/**
 * Follows `target` from the link at `dest` through the archive's other links (`links`: folded
 * destination -> target) to a regular file inside `root`, or undefined. Lexical: the links in the
 * chain may not exist on disk (they could not be created either).
 */
async function linkedFileInside(root, dest, target, linkTargetOf) {
    let from = dest;
    let to = target;
    for (let hops = 0; hops < 40; hops++) {
        const next = external_node_path_.resolve(external_node_path_.dirname(from), to);
        if (!(0,fsx/* isInside */.FK)(root, next))
            return undefined;
        const further = linkTargetOf(next);
        if (further === undefined) {
            const st = await external_node_fs_.promises.lstat(next).catch(() => undefined);
            return st?.isFile() ? next : undefined;
        }
        from = next;
        to = further;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/core/install/extract.js
// Safe extraction of downloaded toolchain archives into a fresh staging directory.
// Every member goes through archive-policy before anything is written (tar: extract-tar.ts, zip:
// extract-zip.ts), writes never pass through a symlink, symlinks are made last, and the finished
// tree is re-checked on disk (lstat only) and listed for the manifest before it is accepted
// (extract-check.ts), with each file's sha256 computed while it was written.
















const SUPPORTED = 'tar.gz, tar.xz, tar.zst, tar, zip';
/** Identifies an archive by its magic bytes (file names and Content-Types lie). */
async function detectFormat(file, pinned) {
    const fh = pinned ?? (await (0,regular_file/* openRegularFile */.ZU)(file)).handle;
    const head = Buffer.alloc(512);
    let n;
    try {
        ({ bytesRead: n } = await fh.read(head, 0, head.length, 0));
    }
    finally {
        if (!pinned)
            await fh.close();
    }
    const format = formatOf(head.subarray(0, n));
    if (format)
        return format;
    throw new errors/* ToolchainCacheError */.mg('UNSUPPORTED_ARCHIVE', `${file} is not a supported archive (supported: ${SUPPORTED}); check the URL points at the archive itself.`);
}
/** The format whose magic bytes start `head` (the first 512 bytes, or all there are), if any. */
function formatOf(head) {
    const n = head.length;
    const starts = (hex) => n >= hex.length / 2 && head.subarray(0, hex.length / 2).equals(Buffer.from(hex, 'hex'));
    if (starts('1f8b'))
        return 'tar.gz';
    if (starts('fd377a585a00'))
        return 'tar.xz';
    if (starts('28b52ffd'))
        return 'tar.zst';
    if (starts('504b0304') || starts('504b0506'))
        return 'zip';
    if (n >= 262 && head.toString('latin1', 257, 262) === 'ustar')
        return 'tar';
    return undefined;
}
async function extractArchive(file, destDir, opts = {}) {
    const { format, members, bytes } = await extractAndList(file, destDir, opts);
    return { format, members, bytes };
}
/** extractArchive, also listing the tree it made for the manifest (the install pipeline's). */
async function extractAndList(file, destDir, opts = {}) {
    const limits = { ...DEFAULT_LIMITS, ...opts.limits };
    const strip = opts.stripComponents ?? 0;
    if (!Number.isInteger(strip) || strip < 0) {
        throw new RangeError(`stripComponents must be a non-negative integer, got ${strip}`);
    }
    const { signal } = opts;
    signal?.throwIfAborted();
    const format = opts.format ?? (await detectFormat(file, opts.pinned));
    const root = external_node_path_.resolve(destDir);
    try {
        signal?.throwIfAborted();
        // The pipeline made it already (createFreshDir); a caller's new one gets its mode on descriptors.
        await (0,fsx/* ensureDir */.A0)(root);
        const ignoresCase = opts.caseInsensitive ?? (await isCaseInsensitiveDir(root));
        const ctx = {
            root,
            strip,
            budget: new MemberBudget(limits),
            links: new LinkTracker(root),
            cases: ignoresCase ? new CaseCollisionCheck(root) : undefined,
            hashes: new WrittenHashes(root),
            signal,
        };
        if (format === 'zip' && opts.input)
            throw new RangeError('a zip cannot be read as a stream');
        if (format === 'zip')
            await extractZip(file, ctx, opts.pinned);
        else
            await unpackTar(file, format, await openTarStream(file, format, opts), ctx);
        await createSymlinks(ctx, opts.platform ?? process.platform, opts.log ?? console.log);
        return { format, ...(await checkExtractedTree(root, limits, ctx.hashes, signal)) };
    }
    catch (e) {
        if (signal?.aborted)
            throw signal.reason; // however the abort surfaced, report it as such
        if (e instanceof errors/* ToolchainCacheError */.mg)
            throw e;
        throw new errors/* ToolchainCacheError */.mg('EXTRACT_FAILED', `Could not extract ${file} (${format}): ${(0,errors/* errorMessage */.gJ)(e)}`, { cause: e });
    }
}
/**
 * Symlinks are made after everything else: node-tar refuses a symlink whose target is itself a
 * symlink (`python -> python3 -> python3.12`), depending on archive order, and a zip's links must
 * not exist while later members are written.
 */
async function createSymlinks({ root, links, hashes, signal }, platform, log) {
    const dirs = new Set([root]);
    for (const { dest, target, member } of links.links.values()) {
        signal?.throwIfAborted();
        await ensureDir(external_node_path_.dirname(dest), dirs, member);
        await makeRoom(dest, member);
        hashes.forget(dest); // a copy of a linked file (below) must be hashed as what it is now
        try {
            (0,faults/* faultErrno */.XR)('symlink-eperm', 'symlink', dest);
            await promises_.symlink(target, dest);
        }
        catch (e) {
            const fileInside = await linkedFileInside(root, dest, target, (d) => links.targetOf(d));
            const { copyFrom } = symlinkFallback(e, {
                member,
                target,
                platform,
                fileInside,
            });
            await promises_.copyFile(copyFrom, dest, external_node_fs_.constants.COPYFILE_EXCL);
            log(`${member}: Windows refused to create a symlink (it needs Developer Mode or ` +
                `SeCreateSymbolicLinkPrivilege); installed a copy of ${external_node_path_.relative(root, copyFrom)} instead.`);
        }
    }
}

// EXTERNAL MODULE: ./lib/core/install/download.js + 5 modules
var download = __webpack_require__(7667);
;// CONCATENATED MODULE: ./lib/core/install/stream-extract.js
// Extraction overlapped with the download (docs/design.md, "Staging"): the download feeds each
// body chunk to `sink` as it hashes and writes it, and the extractor reads those very bytes, so a
// big archive is extracted while it arrives instead of being read back from the disk afterwards.
// Nothing of it counts before the download's sha256 matched: the caller publishes only then, and
// throws the tree away otherwise. The extractor is the same, with the same member policy and
// limits; it only meets unverified bytes earlier (bytes a workflow can always make match anyway).


/** Enough for every magic number formatOf knows (tar's is at 257). */
const HEAD_BYTES = 512;
class StreamedExtraction {
    /** What the download writes into; it never fails a write (see DownloadOptions.tee). */
    sink;
    /**
     * The extraction's outcome once the sink has ended or was destroyed: the listing, or undefined
     * when the archive is not one that can be extracted as a stream (a zip, or bytes no format
     * starts with: the extraction from the file then says what it is).
     */
    done;
    ac = new AbortController();
    /** Settles `done` when no byte ever came (a download that failed before its first). */
    startIfPending;
    constructor(file, destDir, opts) {
        const signal = opts.signal ? AbortSignal.any([opts.signal, this.ac.signal]) : this.ac.signal;
        let input;
        let head = [];
        let headBytes = 0;
        let started;
        const format = new Promise((resolve) => (started = resolve));
        const begin = () => {
            const chunks = head ?? [];
            head = undefined;
            const found = formatOf(Buffer.concat(chunks).subarray(0, HEAD_BYTES));
            // gzip and plain tar only: the xz and zstd decoders written in JS hold one lock per process,
            // so a second download fed to one would be held back until the first extraction ends (and
            // look stalled). Those are extracted from the verified file instead.
            if (found === 'tar.gz' || found === 'tar') {
                input = new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 });
                for (const c of chunks)
                    input.write(c);
            }
            started?.(found);
        };
        this.startIfPending = () => {
            if (head)
                begin();
        };
        this.sink = new external_node_stream_.Writable({
            highWaterMark: 1 << 20,
            autoDestroy: false, // destroyed means the download failed: never after a complete body
            write: (chunk, _enc, cb) => {
                if (head) {
                    head.push(chunk);
                    headBytes += chunk.length;
                    if (headBytes >= HEAD_BYTES)
                        begin();
                    return cb();
                }
                if (!input || input.destroyed || input.write(chunk))
                    return cb();
                const go = () => {
                    input?.off('drain', go).off('close', go);
                    cb();
                };
                input.on('drain', go).on('close', go);
            },
            final: (cb) => {
                if (head)
                    begin();
                input?.end();
                cb();
            },
            destroy: (err, cb) => {
                this.abort();
                if (head)
                    begin();
                cb(err);
            },
        });
        this.sink.on('error', () => undefined); // the download reports its own failures
        this.done = format.then((found) => {
            if (!input || !found)
                return undefined;
            // The extractor's failure ends its reading: the rest of the download goes nowhere.
            const stream = input;
            return extractAndList(file, destDir, {
                ...opts,
                format: found,
                input: stream,
                signal,
            }).finally(() => stream.resume());
        });
        this.done.catch(() => undefined); // awaited once the download ends, not before
    }
    /** Stops the extraction (the download failed, or its bytes did not match); `done` then rejects. */
    abort() {
        this.ac.abort(new Error('the download did not complete'));
        this.startIfPending();
    }
}

;// CONCATENATED MODULE: ./lib/core/install/fetch.js
// Getting a toolchain's archive into staging, verified: from a remote tier when one has it, else
// from the origin, extracting it while it downloads (stream-extract.ts). Every byte installed is a
// byte of the archive whose sha256 matched the spec (docs/design.md, "Staging").










/**
 * The verified archive in `<stage>/archive`, from a remote tier when one has it, else the origin,
 * opened once: its hash is computed from that descriptor, and extraction reads the same one.
 */
async function fetchArchive(spec, stage, opts, signal) {
    await (0,fsx/* ensureDir */.A0)(opts.layout.stagingDir);
    // Nothing in staging is for anyone outside the runners' group: the archive between its
    // verification and its extraction, the tree before it is sealed.
    await (0,staged_file/* createFreshDir */.Cz)(stage, 0o2770);
    await (0,faults/* faultPoint */.Jd)('fetch');
    const archive = external_node_path_.join(stage, 'archive');
    const restored = opts.remote && (await restoreFromRemote(opts.remote, spec, archive, opts.log));
    if (restored)
        return restoredArchive(restored);
    // One origin download per fleet: another host's download, or our lease ("Fleet lease").
    const turn = await originTurn(spec, archive, opts, signal);
    if (turn && 'pinned' in turn)
        return restoredArchive(turn);
    const lease = turn?.lease;
    try {
        if (lease)
            await (0,faults/* faultPoint */.Jd)('lease-held');
        const fetched = await downloadVerified(spec, stage, opts, signal);
        // Right after the verification: the hosts waiting on our lease need not wait for the rest.
        await lease?.publish(archive);
        return fetched;
    }
    finally {
        await lease?.release();
    }
}
const restoredArchive = (restored) => ({
    fetched: {
        source: 'remote',
        tier: restored.tier,
        ...(restored.leaseHolder !== undefined && { leaseHolder: restored.leaseHolder }),
        downloadedBytes: 0,
    },
    archive: restored.pinned,
});
/** The origin download into `<stage>/archive`, extracted as it comes, verified and opened. */
async function downloadVerified(spec, stage, opts, signal) {
    const archive = external_node_path_.join(stage, 'archive');
    opts.log.info(`${spec.id}: downloading ${(0,redact/* redactUrl */.B)(spec.url)}`);
    const { result, listed } = await downloadExtracting(spec, stage, opts, signal);
    // The download hashed what it wrote. The name may have been replaced since: open it once, and
    // hash what we read unless it is the very file the download wrote (no one but this runner's
    // user can write that one: it was created exclusively, owner-only).
    const pinned = await openVerified(spec, archive, result.written);
    if (typeof pinned === 'string') {
        throw new errors/* ToolchainCacheError */.mg('CHECKSUM_MISMATCH', `${spec.id}: the downloaded archive in ${archive} was replaced after its download (it now has sha256 ${pinned}, expected ${spec.sha256}); nothing was installed. Check who can write the cache root.`);
    }
    return {
        fetched: { source: 'download', downloadedBytes: result.bytes },
        archive: pinned,
        listed,
    };
}
/**
 * The tiers' fleet lease (docs/design.md, "Fleet lease"): the archive another host downloaded
 * (verified, opened), or our lease, or undefined (no lease tier, or it failed: the origin alone).
 */
async function originTurn(spec, archive, opts, signal) {
    if (!opts.remote?.originTurn)
        return undefined;
    let turn;
    try {
        turn = await opts.remote.originTurn(spec, archive, {
            waitTimeoutMs: opts.waitTimeoutMs,
            signal,
        });
    }
    catch (e) {
        opts.log.warning(`${spec.id}: remote cache lease failed (${e.message}); downloading`);
    }
    if (!turn || 'lease' in turn)
        return turn;
    const pinned = await verifiedRestore(spec, archive, turn.restored, opts.log);
    return pinned && { ...turn.restored, pinned };
}
/**
 * Downloads the archive into `<stage>/archive` while extracting it into `<stage>/extract`
 * (stream-extract.ts). The extraction counts only when the first attempt got the whole archive;
 * otherwise (a retry, a zip) `<stage>/extract` is gone again and `listed` undefined: the archive
 * is then extracted from its file, after its verification, as a restored one is.
 */
async function downloadExtracting(spec, stage, opts, signal) {
    const archive = external_node_path_.join(stage, 'archive');
    const extracted = external_node_path_.join(stage, 'extract');
    await (0,staged_file/* createFreshDir */.Cz)(extracted, fsx/* SHARED_DIR_MODE */.ex);
    const streamed = new StreamedExtraction(archive, extracted, extractOptions(spec, opts, signal));
    // Whatever happens, nothing writes into staging any more once this returns or throws.
    const settle = async () => {
        streamed.abort();
        await streamed.done.catch(() => undefined);
    };
    let result;
    try {
        result = await (0,download/* downloadFile */.PE)(spec.url, archive, {
            id: spec.id,
            expectedSha256: spec.sha256,
            signal,
            onProgress: progressLogger(spec.id, opts.log),
            onRetry: (attempt, error, delayMs) => opts.log.warning(`${spec.id}: download attempt ${attempt} failed (${error.message}); retrying in ${(delayMs / 1000).toFixed(1)}s`),
            ...opts.download,
            tee: streamed.sink,
        });
    }
    catch (e) {
        await settle(); // a checksum mismatch included: its tree is thrown away with the stage
        throw e;
    }
    const listed = result.attempts === 1 ? await streamed.done : undefined;
    if (!listed) {
        await settle();
        await (0,fsx/* removeTreeInside */.tk)(opts.layout.root, extracted);
        return { result };
    }
    // The tests' point "extract" (kill or hold the installer there) comes once the archive is in
    // and extracted, as when extraction follows the download.
    await (0,faults/* faultPoint */.Jd)('extract');
    return { result, listed };
}
/** The options of every extraction of this spec. */
function extractOptions(spec, opts, signal) {
    return {
        stripComponents: spec.stripComponents,
        limits: opts.extractLimits,
        signal,
        log: (message) => opts.log.info(`${spec.id}: ${message}`),
    };
}
/**
 * The archive opened for reading when the bytes read through it have the spec's sha256, else that
 * digest. `hashed`: the file a download wrote and hashed as it went (not hashed again when it is
 * the one opened).
 */
async function openVerified(spec, archive, hashed) {
    const pinned = await staged_file/* PinnedArchive */.rY.open(archive);
    try {
        const st = await pinned.handle.stat();
        const same = hashed !== undefined && st.dev === hashed.dev && st.ino === hashed.ino;
        const digest = same && (st.mode & 0o077) === 0 ? spec.sha256 : await pinned.sha256();
        if (digest !== spec.sha256) {
            await pinned.close();
            return digest;
        }
        // Verified: from now on nobody changes it (the post step may still save it to the remote
        // tiers). Through the descriptor: a name swapped meanwhile is never what gets the mode.
        if (process.platform !== 'win32')
            await pinned.handle.chmod(0o444);
        return pinned;
    }
    catch (e) {
        await pinned.close();
        throw e;
    }
}
async function restoreFromRemote(remote, spec, archive, log) {
    let restored;
    try {
        restored = await remote.restore(spec, archive);
    }
    catch (e) {
        log.warning(`${spec.id}: remote cache restore failed (${e.message}); downloading instead`);
    }
    if (!restored)
        return undefined;
    const pinned = await verifiedRestore(spec, archive, restored, log);
    return pinned && { ...restored, pinned };
}
/** A restored archive opened and verified; undefined (removed, with a warning) when it is not. */
async function verifiedRestore(spec, archive, restored, log) {
    try {
        const pinned = await openVerified(spec, archive);
        if (typeof pinned !== 'string')
            return pinned;
        log.warning(`${spec.id}: the archive from ${restored.tier} has sha256 ${pinned}, expected ${spec.sha256}; downloading instead`);
    }
    catch (e) {
        log.warning(`${spec.id}: remote cache restore failed (${e.message}); downloading instead`);
    }
    await external_node_fs_.promises.rm(archive, { force: true });
    return undefined;
}
function progressLogger(id, log) {
    return (p) => {
        const pct = p.totalBytes ? ` (${Math.floor((p.receivedBytes / p.totalBytes) * 100)}%)` : '';
        const rate = p.elapsedMs > 0 ? `, ${(0,format/* formatBytes */.z3)((p.receivedBytes / p.elapsedMs) * 1000)}/s` : '';
        log.info(`${id}: ${(0,format/* formatBytes */.z3)(p.receivedBytes)}${p.totalBytes ? ` of ${(0,format/* formatBytes */.z3)(p.totalBytes)}` : ''}${pct}${rate}`);
    };
}

// EXTERNAL MODULE: ./lib/core/install/tree-stat.js
var tree_stat = __webpack_require__(274);
;// CONCATENATED MODULE: ./lib/core/install/pipeline.js
// The install pipeline, run by the one job holding a toolchain's install lock: fetch (a remote
// tier, else the origin, extracted as it downloads: fetch.ts) → verify → extract → seal → publish
// (one rename) → record the use → register. Loaded only on a miss: a warm hit never pays for it.



















/** The hit check's metadata file, beside the manifest (layout.treeStatsFile once published). */
const TREE_STAT = 'tree-stat';
/** Runs with the install lock held: nobody else installs this id meanwhile. */
async function install(spec, index, opts, lock, waitMs) {
    const { layout, log } = opts;
    const started = Date.now();
    await removeLeftovers(layout, spec.id, log);
    const adopted = await adoptOrphan(layout, spec, log);
    const stage = external_node_path_.join(layout.stagingDir, (0,core_layout/* stagingName */.zb)(spec.id, (0,fsx/* randomToken */.zs)()));
    // Stop when the job is cancelled, or when our install lock was taken over (we stalled too long).
    const signal = opts.signal ? AbortSignal.any([opts.signal, lock.signal]) : lock.signal;
    let keepArchive = false;
    try {
        let fetched = { source: 'local', downloadedBytes: 0 };
        if (!adopted) {
            const pinned = await fetchArchive(spec, stage, opts, signal);
            try {
                fetched = pinned.fetched;
                // After the hash (and any extraction that ran with the download), a test may swap the
                // archive's name here: what is installed must be what was verified all the same.
                await (0,faults/* faultPoint */.Jd)('verified');
                const listed = pinned.listed ?? (await extractFromFile(spec, stage, pinned.archive, opts, signal));
                await prepareEntry(spec, stage, listed.files);
                // The post step saves the archive by its name: only while that is still what was verified.
                keepArchive =
                    (opts.keepArchives ?? false) &&
                        fetched.source !== 'local' &&
                        (await stillNamed(pinned.archive, spec.id, log));
            }
            finally {
                await pinned.archive.close();
            }
            await publish(layout, spec, stage, lock, signal);
        }
        const entry = await register(spec, opts);
        log.info(`${spec.id}: installed ${entry.fileCount} files (${(0,format/* formatBytes */.z3)(entry.sizeBytes)}) from ${adopted ? 'an interrupted install' : (fetched.tier ?? fetched.source)}`);
        return await (0,installer/* resolved */.L$)(layout, spec, index, entry, fetched.source, {
            waitMs,
            installMs: Date.now() - started,
            downloadedBytes: fetched.downloadedBytes,
            archivePath: keepArchive ? external_node_path_.join(stage, 'archive') : undefined,
            tier: fetched.tier,
            leaseHolder: fetched.leaseHolder,
        });
    }
    catch (e) {
        keepArchive = false;
        throw e;
    }
    finally {
        // The archive stays for the post step only when this job got the toolchain: a failed job's
        // post step knows nothing of it, and it would stay in staging until the next install of this id.
        const leftover = keepArchive ? external_node_path_.join(stage, 'extract') : stage;
        await (0,fsx/* removeTreeInside */.tk)(layout.root, leftover).catch((e) => log.warning(`could not remove ${leftover}: ${e.message}`));
    }
}
/** Extracts the verified archive from its file, when the download did not extract it already. */
async function extractFromFile(spec, stage, archive, opts, signal) {
    await (0,faults/* faultPoint */.Jd)('extract');
    const extracted = external_node_path_.join(stage, 'extract');
    await (0,staged_file/* createFreshDir */.Cz)(extracted, fsx/* SHARED_DIR_MODE */.ex);
    return await extractAndList(archive.path, extracted, {
        ...extractOptions(spec, opts, signal),
        pinned: archive.handle,
    });
}
/** Moves the extracted tree to `<stage>/entry/files`, seals it and writes its manifest beside it. */
async function prepareEntry(spec, stage, extractedFiles) {
    const extracted = external_node_path_.join(stage, 'extract');
    const entryStage = external_node_path_.join(stage, 'entry');
    const files = external_node_path_.join(entryStage, 'files');
    await (0,staged_file/* createFreshDir */.Cz)(entryStage, fsx/* SHARED_DIR_MODE */.ex);
    const picked = await pickRoot(extracted, spec);
    await (0,fsx/* renameRetrying */.bz)(picked, files);
    // The extractor listed the tree and hashed each file as it wrote it: no second read of the tree.
    const listing = below(external_node_path_.relative(extracted, picked), extractedFiles);
    // The extractor kept every link inside the extraction directory; the root picked in it may be
    // one level down (`tool-1.0/up -> ..` stays inside the former, not the latter). Re-check.
    (0,seal/* assertLinksInside */.Mp)(spec.id, listing);
    await (0,seal/* sealTree */.OW)(files, listing);
    await (0,core_manifest/* writeManifest */.HN)(external_node_path_.join(entryStage, 'manifest.json'), {
        schemaVersion: core_manifest/* MANIFEST_SCHEMA_VERSION */.v5,
        id: spec.id,
        sha256: spec.sha256,
        url: (0,redact/* redactUrl */.B)(spec.url), // the root is readable by every local user: no credentials
        installedAt: new Date().toISOString(),
        ...(0,core_manifest/* summarize */.eh)(listing),
        files: listing,
    });
    // Last, once nothing changes the tree any more: what every hit compares it with.
    await (0,tree_stat/* writeTreeStats */.Ps)(external_node_path_.join(entryStage, TREE_STAT), files, listing);
}
/** The rename is the install: before it nothing is visible, after it the tree is complete. */
async function publish(layout, spec, stage, lock, signal) {
    signal.throwIfAborted();
    const entryStage = external_node_path_.join(stage, 'entry');
    // The evidence first: a tree published without it would never be adopted after a crash.
    await (0,receipt/* writeReceipt */.Qz)(layout, spec.id, spec.sha256, {
        manifest: external_node_path_.join(entryStage, 'manifest.json'),
        stats: external_node_path_.join(entryStage, TREE_STAT),
    });
    await (0,faults/* faultPoint */.Jd)('rename');
    await lock.assertHeld();
    await (0,fsx/* renameRetrying */.bz)(entryStage, layout.entryDir(spec.id));
}
/**
 * Records this job's use, then registers the entry: a GC only removes registered entries, and
 * it sees the use record before the entry is ever registered.
 */
async function register(spec, opts) {
    const { layout } = opts;
    const manifest = await (0,core_manifest/* readManifest */.WI)(layout.manifestFile(spec.id));
    if (!manifest)
        throw new errors/* ToolchainCacheError */.mg('EXTRACT_FAILED', `${spec.id}: the installed tree has no manifest.`);
    const entry = (0,rebuild/* entryFromManifest */.Q)(manifest, new Date());
    if (!(await (0,uses/* recordUse */.zk)(layout, spec.id, opts.owner))) {
        throw new errors/* ToolchainCacheError */.mg('EXTRACT_FAILED', `${spec.id}: the tree installed a moment ago is gone from ${layout.entryDir(spec.id)}; run the job again.`);
    }
    await (0,faults/* faultPoint */.Jd)('register');
    try {
        await opts.registry.update((doc) => {
            doc.entries[spec.id] = entry;
        });
    }
    catch (e) {
        await (0,uses/* releaseUses */.ez)(layout, { key: opts.owner.key }, [spec.id]).catch(() => undefined);
        throw e;
    }
    return entry;
}
/**
 * Whether the archive's name still leads to the very file that was verified and extracted. The
 * post step saves it to the remote tiers by name (and hashes it again before each save).
 */
async function stillNamed(archive, id, log) {
    const [named, pinned] = await Promise.all([
        external_node_fs_.promises.lstat(archive.path).catch(() => undefined),
        archive.handle.stat(),
    ]);
    if (named && named.isFile() && named.ino === pinned.ino && named.dev === pinned.dev)
        return true;
    log.warning(`${id}: ${archive.path} was replaced after it was verified (the verified bytes were installed); it will not be saved to the remote cache. Check who can write the cache root.`);
    return false;
}
/** Staging directories `<id>.<token>` of this very id (never of `<id>.5`): ours now. */
async function removeLeftovers(layout, id, log) {
    const names = await external_node_fs_.promises.readdir(layout.stagingDir).catch(() => []);
    for (const name of names.filter((n) => (0,core_layout/* stagingId */.R5)(n) === id)) {
        log.info(`${id}: removing the leftovers of an interrupted install (${name})`);
        await (0,fsx/* removeTreeInside */.tk)(layout.root, external_node_path_.join(layout.stagingDir, name));
    }
}
/** With no strip-components, a single top-level directory becomes the root. */
async function pickRoot(extracted, spec) {
    if (spec.stripComponents !== undefined)
        return extracted;
    const entries = await external_node_fs_.promises.readdir(extracted, { withFileTypes: true });
    return entries.length === 1 && entries[0].isDirectory()
        ? external_node_path_.join(extracted, entries[0].name)
        : extracted;
}
/** The entries under `dir` (a relative path; '' for the root itself), relative to it. */
function below(dir, files) {
    if (dir === '')
        return files;
    const prefix = `${dir.split(external_node_path_.sep).join('/')}/`;
    return files
        .filter((f) => f.path.startsWith(prefix))
        .map((f) => ({ ...f, path: f.path.slice(prefix.length) }));
}


/***/ })

};
