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
async function adoptOrphan(layout, spec, log) {
    const dir = layout.entryDir(spec.id);
    const st = await lstatIfExists(dir);
    if (!st)
        return false;
    const why = await orphanProblem(layout, spec, st);
    if (!why) {
        log.info(`${spec.id}: adopting a complete install whose registration was interrupted`);
        await external_node_fs_.promises.rm(layout.removalMark(spec.id), { force: true });
        return true;
    }
    const trash = external_node_path_.join(layout.trashDir, `${spec.id}.${(0,fsx/* randomToken */.zs)()}`);
    log.warning(`${spec.id}: moving an unusable tree aside to ${trash} (${why})`);
    await (0,fsx/* renameRetrying */.bz)(dir, trash);
    return false;
}
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
        throw new errors/* ToolchainCacheError */.mg('CONFLICT', `Toolchain "${spec.id}" differs only in letter case from the installed "${manifest.id}" (${layout.entryDir(spec.id)}); use the same spelling, or another id.`);
    }
    if (manifest.id !== spec.id || manifest.sha256 !== spec.sha256)
        return `its manifest is for ${manifest.id} with sha256 ${manifest.sha256}`;
    const unvouched = await (0,receipt/* evidenceProblem */.jG)(layout, spec.id, spec.sha256);
    if (unvouched)
        return unvouched;
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



const DEFAULT_LIMITS = { maxMembers: 200_000, maxBytes: 32 * 1024 ** 3 };
const maxArchiveBytes = ({ maxBytes, maxMembers }) => Math.ceil(maxBytes * 1.01) + maxMembers * 1536 + 1024 * 1024;
const refuse = (member, why) => {
    throw new errors/* UnsafeArchiveError */.td(`Archive member "${member}" ${why}; refusing to extract.`, member);
};
const ABSOLUTE = /^[\\/]/;
const DRIVE = /^[a-zA-Z]:/;
const hasDotDot = (p) => p.split(/[\\/]/).some((s) => /^\.\.[. ]*$/.test(s));
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
function checkMember(member, root) {
    const name = member.path;
    checkMemberName(name);
    const base = external_node_path_.resolve(root);
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
        const from = member.type === 'symlink' ? external_node_path_.dirname(dest) : base;
        const escapes = !(0,fsx/* isInside */.FK)(base, external_node_path_.resolve(from, target)) ||
            (member.type === 'hardlink' && hasDotDot(target));
        if (escapes)
            refuse(name, `is a ${kind} to "${target}", outside the toolchain directory`);
    }
    return dest;
}
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




async function isCaseInsensitiveDir(dir) {
    const name = `.case-probe-${(0,random/* randomHex */.nw)(6)}`;
    const probe = await external_node_fs_.promises.open(external_node_path_.join(dir, name), external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o600);
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
const fold = (p) => p.normalize('NFC').toLowerCase();
class CaseCollisionCheck {
    where;
    seen = new Map();
    constructor(where) {
        this.where = where;
    }
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







const INFLATE_CHUNK = 256 * 1024;
const INSTALL_HINTS = {
    xz: 'Linux: apt-get install xz-utils or dnf install xz; macOS: brew install xz; Windows: winget install xz or choco install xz',
    zstd: 'Linux: apt-get install zstd; macOS: brew install zstd; Windows: winget install zstd or choco install zstandard; or run Node >= 22.15',
};
async function openTarStream(file, format, options = {}) {
    const { pinned, input } = options;
    const read = () => input ?? (pinned ? (0,staged_file/* readRange */.qX)(pinned) : (0,external_node_fs_.createReadStream)(file));
    const named = !pinned && !input;
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
        const child = (0,external_node_child_process_.spawn)(binary, named ? ['-dc', '--', file] : ['-dc'], {
            stdio: [named ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        if (!named)
            (0,external_node_stream_.pipeline)(read(), child.stdin, () => { });
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
            }
        }
    }
    return undefined;
}
async function xzInJavaScript(bytes) {
    const { XzReadableStream } = await __webpack_require__.e(/* import() */ 642).then(__webpack_require__.t.bind(__webpack_require__, 6642, 19));
    const input = external_node_stream_.Readable.toWeb(bytes);
    const reader = new XzReadableStream(input).getReader();
    return new external_node_stream_.Readable({
        read() {
            reader.read().then(({ done, value }) => this.push(done ? null : Buffer.from(value.buffer, value.byteOffset, value.byteLength)), (e) => this.destroy(plainError('xz', e)));
        },
        destroy(err, callback) {
            reader.cancel().then(() => callback(err), () => callback(err));
        },
    });
}
async function zstdInJavaScript() {
    const { Decompress } = await __webpack_require__.e(/* import() */ 339).then(__webpack_require__.bind(__webpack_require__, 8339));
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
            const mode = st.mode & (type === 'directory' ? 0o5777 : 0o7777);
            const linkTarget = type === 'symlink' ? await external_node_fs_.promises.readlink(abs) : undefined;
            checkMember({ path: rel, type, mode, linkTarget }, root);
            if (linkTarget !== undefined)
                await assertResolvesInside(root, dir, rel, linkTarget);
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
            record.sha256 = st.nlink === 1 ? hashes.lookup(posix, st.size) : undefined;
            if (record.sha256 === undefined)
                unhashed.push({ record, abs });
        }
    }
    await hashFromDisk(unhashed);
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { members: budget.members, bytes: budget.bytes, files };
}
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
async function resolveInside(root, from, target, budget) {
    if (++budget.hops > 40 || external_node_path_.isAbsolute(target))
        return null;
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





class LinkTracker {
    root;
    links = new Map();
    constructor(root) {
        this.root = root;
    }
    key = (p) => p.normalize('NFC').toLowerCase();
    check(dest, member, self = false) {
        for (let d = self ? dest : external_node_path_.dirname(dest); d.length > this.root.length; d = external_node_path_.dirname(d)) {
            if (this.links.has(this.key(d))) {
                throw new errors/* UnsafeArchiveError */.td(`Archive member "${member}" goes through the symlink "${external_node_path_.relative(this.root, d)}"; refusing to extract.`, member);
            }
        }
    }
    targetOf(dest) {
        return this.links.get(this.key(dest))?.target;
    }
    record(dest, member, target) {
        const key = this.key(dest);
        this.links.delete(key);
        if (target !== undefined)
            this.links.set(key, { dest, target, member });
    }
}
class WrittenHashes {
    root;
    byPath = new Map();
    forgotten = new Set();
    constructor(root) {
        this.root = root;
    }
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
    forget(dest) {
        this.forgotten.add(this.key(dest));
    }
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




const TAR_TYPES = {
    File: 'file',
    OldFile: 'file',
    ContiguousFile: 'file',
    Directory: 'directory',
    GNUDumpDir: 'directory',
    SymbolicLink: 'symlink',
    Link: 'hardlink',
};
const tarName = (p) => (process.platform === 'win32' ? p.replaceAll('\\', '/') : p);
function admitTarMember(p, entry, ctx) {
    const { root, strip, budget, links, cases } = ctx;
    const name = stripComponents(tarName(p), strip);
    if (name === null)
        return false;
    const type = TAR_TYPES[entry.type] ?? 'other';
    let linkTarget = entry.linkpath;
    if (type === 'hardlink') {
        checkMember({ path: name, type, linkTarget }, root);
        const t = stripComponents(tarName(linkTarget ?? ''), strip);
        if (t === null)
            return false;
        linkTarget = t;
    }
    const dest = checkMember({ path: name, type, mode: entry.mode, size: entry.size, linkTarget }, root);
    if (dest === root)
        return false;
    cases?.add(name, p);
    links.check(dest, p);
    if (type === 'hardlink')
        links.check(external_node_path_.resolve(root, linkTarget ?? ''), p, true);
    budget.add(entry.size ?? 0, p);
    links.record(dest, p, type === 'symlink' ? linkTarget : undefined);
    if (type !== 'file')
        ctx.hashes.forget(dest);
    if (type === 'hardlink')
        ctx.hashes.forget(external_node_path_.resolve(root, linkTarget ?? ''));
    if (entry.mode !== undefined)
        entry.mode &= 0o777;
    return type !== 'symlink';
}
function unpackTar(file, format, source, ctx) {
    return new TarExtraction(file, format, source, ctx).run();
}
class TarExtraction {
    file;
    format;
    source;
    ctx;
    error;
    inputEnded = false;
    tarEnded = false;
    killedDecoder = false;
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
            transform: (entry) => ctx.hashes.hashing(String(entry.absolute)),
            strict: true,
            preserveOwner: false,
            zstd: false,
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
    tarClosed() {
        return new Promise((resolve) => {
            this.unpack.on('error', (err) => this.fail(err));
            this.unpack.on('close', resolve);
            this.unpack.on('abort', resolve);
        });
    }
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
                    resolve();
                this.fail((0,errors/* isErrnoException */.s$)(err) && err.code === 'ENOENT'
                    ? new errors/* ToolchainCacheError */.mg('UNSUPPORTED_ARCHIVE', `Extracting ${what} needs the \`${tool}\` command, which vanished while it was ` +
                        'starting; try again, or remove it from PATH to use the built-in decoder.')
                    : err);
            });
            child.on('close', (code, sig) => {
                if (code !== 0 && !this.killedDecoder) {
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
    0: 'file',
    0o100000: 'file',
    0o040000: 'directory',
    0o120000: 'symlink',
};
const MAX_LINK_TARGET = 4096;
async function extractZip(file, ctx, pinned) {
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
        return;
    const out = await createMemberFile(dest, (mode ?? 0o644) & 0o777);
    const input = await zip.openReadStreamPromise(entry).catch((e) => {
        out.destroy();
        throw e;
    });
    await (0,external_node_stream_promises_.pipeline)(input, crcCheck(entry.crc32, raw), hashes.hashing(dest), out, { signal });
}
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
function crcCheck(expected, member) {
    const crc32 = external_node_zlib_.crc32;
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
















const SUPPORTED = 'tar.gz, tar.xz, tar.zst, tar, zip';
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
            throw signal.reason;
        if (e instanceof errors/* ToolchainCacheError */.mg)
            throw e;
        throw new errors/* ToolchainCacheError */.mg('EXTRACT_FAILED', `Could not extract ${file} (${format}): ${(0,errors/* errorMessage */.gJ)(e)}`, { cause: e });
    }
}
async function createSymlinks({ root, links, hashes, signal }, platform, log) {
    const dirs = new Set([root]);
    for (const { dest, target, member } of links.links.values()) {
        signal?.throwIfAborted();
        await ensureDir(external_node_path_.dirname(dest), dirs, member);
        await makeRoom(dest, member);
        hashes.forget(dest);
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


const HEAD_BYTES = 512;
class StreamedExtraction {
    sink;
    done;
    ac = new AbortController();
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
            autoDestroy: false,
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
        this.sink.on('error', () => undefined);
        this.done = format.then((found) => {
            if (!input || !found)
                return undefined;
            const stream = input;
            return extractAndList(file, destDir, {
                ...opts,
                format: found,
                input: stream,
                signal,
            }).finally(() => stream.resume());
        });
        this.done.catch(() => undefined);
    }
    abort() {
        this.ac.abort(new Error('the download did not complete'));
        this.startIfPending();
    }
}

;// CONCATENATED MODULE: ./lib/core/install/fetch.js










async function fetchArchive(spec, stage, opts, signal) {
    await (0,fsx/* ensureDir */.A0)(opts.layout.stagingDir);
    await (0,staged_file/* createFreshDir */.Cz)(stage, 0o2770);
    await (0,faults/* faultPoint */.Jd)('fetch');
    const archive = external_node_path_.join(stage, 'archive');
    const restored = opts.remote && (await restoreFromRemote(opts.remote, spec, archive, opts.log));
    if (restored)
        return restoredArchive(restored);
    const turn = await originTurn(spec, archive, opts, signal);
    if (turn && 'pinned' in turn)
        return restoredArchive(turn);
    const lease = turn?.lease;
    try {
        if (lease)
            await (0,faults/* faultPoint */.Jd)('lease-held');
        const fetched = await downloadVerified(spec, stage, opts, signal);
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
async function downloadVerified(spec, stage, opts, signal) {
    const archive = external_node_path_.join(stage, 'archive');
    opts.log.info(`${spec.id}: downloading ${(0,redact/* redactUrl */.B)(spec.url)}`);
    const { result, listed } = await downloadExtracting(spec, stage, opts, signal);
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
async function downloadExtracting(spec, stage, opts, signal) {
    const archive = external_node_path_.join(stage, 'archive');
    const extracted = external_node_path_.join(stage, 'extract');
    await (0,staged_file/* createFreshDir */.Cz)(extracted, fsx/* SHARED_DIR_MODE */.ex);
    const streamed = new StreamedExtraction(archive, extracted, extractOptions(spec, opts, signal));
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
        await settle();
        throw e;
    }
    const listed = result.attempts === 1 ? await streamed.done : undefined;
    if (!listed) {
        await settle();
        await (0,fsx/* removeTreeInside */.tk)(opts.layout.root, extracted);
        return { result };
    }
    await (0,faults/* faultPoint */.Jd)('extract');
    return { result, listed };
}
function extractOptions(spec, opts, signal) {
    return {
        stripComponents: spec.stripComponents,
        limits: opts.extractLimits,
        signal,
        log: (message) => opts.log.info(`${spec.id}: ${message}`),
    };
}
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



















const TREE_STAT = 'tree-stat';
async function install(spec, index, opts, lock, waitMs) {
    const { layout, log } = opts;
    const started = Date.now();
    await removeLeftovers(layout, spec.id, log);
    const adopted = await adoptOrphan(layout, spec, log);
    const stage = external_node_path_.join(layout.stagingDir, (0,core_layout/* stagingName */.zb)(spec.id, (0,fsx/* randomToken */.zs)()));
    const signal = opts.signal ? AbortSignal.any([opts.signal, lock.signal]) : lock.signal;
    let keepArchive = false;
    try {
        let fetched = { source: 'local', downloadedBytes: 0 };
        if (!adopted) {
            const pinned = await fetchArchive(spec, stage, opts, signal);
            try {
                fetched = pinned.fetched;
                await (0,faults/* faultPoint */.Jd)('verified');
                const listed = pinned.listed ?? (await extractFromFile(spec, stage, pinned.archive, opts, signal));
                await prepareEntry(spec, stage, listed.files);
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
        const leftover = keepArchive ? external_node_path_.join(stage, 'extract') : stage;
        await (0,fsx/* removeTreeInside */.tk)(layout.root, leftover).catch((e) => log.warning(`could not remove ${leftover}: ${e.message}`));
    }
}
async function extractFromFile(spec, stage, archive, opts, signal) {
    await (0,faults/* faultPoint */.Jd)('extract');
    const extracted = external_node_path_.join(stage, 'extract');
    await (0,staged_file/* createFreshDir */.Cz)(extracted, fsx/* SHARED_DIR_MODE */.ex);
    return await extractAndList(archive.path, extracted, {
        ...extractOptions(spec, opts, signal),
        pinned: archive.handle,
    });
}
async function prepareEntry(spec, stage, extractedFiles) {
    const extracted = external_node_path_.join(stage, 'extract');
    const entryStage = external_node_path_.join(stage, 'entry');
    const files = external_node_path_.join(entryStage, 'files');
    await (0,staged_file/* createFreshDir */.Cz)(entryStage, fsx/* SHARED_DIR_MODE */.ex);
    const picked = await pickRoot(extracted, spec);
    await (0,fsx/* renameRetrying */.bz)(picked, files);
    const listing = below(external_node_path_.relative(extracted, picked), extractedFiles);
    (0,seal/* assertLinksInside */.Mp)(spec.id, listing);
    await (0,seal/* sealTree */.OW)(files, listing);
    await (0,core_manifest/* writeManifest */.HN)(external_node_path_.join(entryStage, 'manifest.json'), {
        schemaVersion: core_manifest/* MANIFEST_SCHEMA_VERSION */.v5,
        id: spec.id,
        sha256: spec.sha256,
        url: (0,redact/* redactUrl */.B)(spec.url),
        installedAt: (0,format/* isoTime */.Ly)(),
        ...(0,core_manifest/* summarize */.eh)(listing),
        files: listing,
    });
    await (0,tree_stat/* writeTreeStats */.Ps)(external_node_path_.join(entryStage, TREE_STAT), files, listing);
}
async function publish(layout, spec, stage, lock, signal) {
    signal.throwIfAborted();
    const entryStage = external_node_path_.join(stage, 'entry');
    await (0,receipt/* writeReceipt */.Qz)(layout, spec.id, spec.sha256, {
        manifest: external_node_path_.join(entryStage, 'manifest.json'),
        stats: external_node_path_.join(entryStage, TREE_STAT),
    });
    await (0,faults/* faultPoint */.Jd)('rename');
    await lock.assertHeld();
    await (0,fsx/* renameRetrying */.bz)(entryStage, layout.entryDir(spec.id));
}
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
async function removeLeftovers(layout, id, log) {
    const names = await external_node_fs_.promises.readdir(layout.stagingDir).catch(() => []);
    for (const name of names.filter((n) => (0,core_layout/* stagingId */.R5)(n) === id)) {
        log.info(`${id}: removing the leftovers of an interrupted install (${name})`);
        await (0,fsx/* removeTreeInside */.tk)(layout.root, external_node_path_.join(layout.stagingDir, name));
    }
}
async function pickRoot(extracted, spec) {
    if (spec.stripComponents !== undefined)
        return extracted;
    const entries = await external_node_fs_.promises.readdir(extracted, { withFileTypes: true });
    return entries.length === 1 && entries[0].isDirectory()
        ? external_node_path_.join(extracted, entries[0].name)
        : extracted;
}
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
