export const id = 703;
export const ids = [703];
export const modules = {

/***/ 7703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPost: () => (/* binding */ runPost)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/core/errors.js
// Typed errors. Each carries what a user needs to fix the problem; `code` is stable for tests and logs.
class errors_ToolchainCacheError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/** A bad input: names the item (index or id) and the field. */
class errors_InputError extends errors_ToolchainCacheError {
    field;
    constructor(message, field) {
        super('INVALID_INPUT', message);
        this.field = field;
    }
}
class ChecksumError extends errors_ToolchainCacheError {
    id;
    expected;
    actual;
    url;
    constructor(id, expected, actual, url) {
        super('CHECKSUM_MISMATCH', `${id}: sha256 mismatch for ${url}: expected ${expected}, got ${actual}. ` +
            'Check the sha256 in the toolchains input, or whether the file at the URL changed.');
        this.id = id;
        this.expected = expected;
        this.actual = actual;
        this.url = url;
    }
}
class DownloadError extends errors_ToolchainCacheError {
    status;
    retryable;
    constructor(message, status, retryable = false, options) {
        super('DOWNLOAD_FAILED', message, options);
        this.status = status;
        this.retryable = retryable;
    }
}
/** An archive member that would escape the staging directory or is otherwise not allowed. */
class UnsafeArchiveError extends errors_ToolchainCacheError {
    member;
    constructor(message, member) {
        super('UNSAFE_ARCHIVE', message);
        this.member = member;
    }
}
class LockTimeoutError extends errors_ToolchainCacheError {
    lockName;
    holder;
    constructor(lockName, holder, seconds) {
        super('LOCK_TIMEOUT', `Timed out after ${seconds}s waiting for lock "${lockName}", held by ${holder}.`);
        this.lockName = lockName;
        this.holder = holder;
    }
}
/** The lock was taken over (we stalled past its stale time): the critical section must not commit. */
class LockLostError extends errors_ToolchainCacheError {
    lockName;
    constructor(lockName) {
        super('LOCK_LOST', `Lost lock "${lockName}" (another process took it over as stale); nothing was committed.`);
        this.lockName = lockName;
    }
}
class RegistryCorruptError extends errors_ToolchainCacheError {
    file;
    movedTo;
    constructor(file, detail, movedTo) {
        super('REGISTRY_CORRUPT', `The registry ${file} is unreadable: ${detail}.` +
            (movedTo ? ` It was moved aside to ${movedTo}.` : '') +
            ' Run `toolchain-cache repair` to rebuild it from the installed toolchains.');
        this.file = file;
        this.movedTo = movedTo;
    }
}
const errors_isErrnoException = (e) => e instanceof Error && typeof e.code === 'string';
const errorMessage = (e) => (e instanceof Error ? e.message : String(e));

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/core/fsx.js
// File-system primitives shared by the registry, the installer and GC.




/** Directories: group-writable with setgid so runners of one group share them, whatever the umask. */
const SHARED_DIR_MODE = 0o2775;
/** State files (registry, stats, owners): group-writable, never world-writable. */
const SHARED_FILE_MODE = 0o664;
const isWindows = process.platform === 'win32';
const randomToken = () => (0,external_node_crypto_.randomBytes)(8).toString('hex');
/** mkdir -p, then force the shared mode on every directory it created (mkdir's mode is masked by umask). */
async function ensureDir(dir) {
    const created = await external_node_fs_.promises.mkdir(dir, { recursive: true, mode: SHARED_DIR_MODE });
    if (created === undefined || isWindows)
        return;
    for (let d = dir; d.length >= created.length; d = external_node_path_.dirname(d)) {
        await external_node_fs_.promises.chmod(d, SHARED_DIR_MODE).catch(() => undefined);
        if (d === created)
            break;
    }
}
/** Durable, atomic replace: temp file in the same directory, fsync, rename over, fsync the directory. */
async function fsx_atomicWriteFile(file, data, beforeRename) {
    const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
    const handle = await external_node_fs_.promises.open(tmp, 'wx', SHARED_FILE_MODE);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        if (!isWindows)
            await external_node_fs_.promises.chmod(tmp, SHARED_FILE_MODE);
        await beforeRename?.();
        await external_node_fs_.promises.rename(tmp, file);
    }
    catch (e) {
        await external_node_fs_.promises.rm(tmp, { force: true });
        throw e;
    }
    await fsyncDir(external_node_path_.dirname(file));
}
/**
 * atomicWriteFile without yielding to the event loop, for short critical sections (the registry
 * commit). `checkSync` may veto the rename (throw); it runs right before the rename with nothing
 * of this process in between, so a check of "still ours, still unchanged" holds at the rename.
 */
function atomicWriteFileSync(file, data, checkSync) {
    const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
    const fd = (0,external_node_fs_.openSync)(tmp, 'wx', SHARED_FILE_MODE);
    try {
        (0,external_node_fs_.writeFileSync)(fd, data);
        (0,external_node_fs_.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    try {
        if (!isWindows)
            (0,external_node_fs_.chmodSync)(tmp, SHARED_FILE_MODE);
        renameOverSync(tmp, file, checkSync);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw e;
    }
    fsyncDirSync(external_node_path_.dirname(file));
}
/**
 * Atomic but not durable (no fsync), and synchronous: for small advisory files such as a lock's
 * owner record, where a few system calls beat thread-pool round trips.
 */
function writeFileReplacingSync(file, data) {
    const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
    try {
        (0,external_node_fs_.writeFileSync)(tmp, data, { flag: 'wx', mode: SHARED_FILE_MODE });
        if (!isWindows)
            (0,external_node_fs_.chmodSync)(tmp, SHARED_FILE_MODE);
        renameOverSync(tmp, file);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw e;
    }
}
/** renameSync over `file`, with `check` right before; Windows gets a few retries (see below). */
function renameOverSync(tmp, file, check) {
    for (let attempt = 1;; attempt++) {
        check?.();
        try {
            (0,external_node_fs_.renameSync)(tmp, file);
            return;
        }
        catch (e) {
            // Windows: a scanner, an indexer or a reader holding the target open refuses the replace for a moment.
            const busy = errors_isErrnoException(e) && (e.code === 'EPERM' || e.code === 'EACCES' || e.code === 'EBUSY');
            if (!(isWindows && busy && attempt < 5))
                throw e;
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * attempt);
        }
    }
}
function fsyncDirSync(dir) {
    if (isWindows)
        return;
    const fd = (0,external_node_fs_.openSync)(dir, external_node_fs_.constants.O_RDONLY);
    try {
        (0,external_node_fs_.fsyncSync)(fd);
    }
    catch (e) {
        if (!(errors_isErrnoException(e) && (e.code === 'EINVAL' || e.code === 'EBADF')))
            throw e;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
async function fsyncDir(dir) {
    if (isWindows)
        return; // directories cannot be opened for fsync there; NTFS journals the rename
    const handle = await external_node_fs_.promises.open(dir, external_node_fs_.constants.O_RDONLY);
    try {
        await handle.sync();
    }
    catch (e) {
        if (!(errors_isErrnoException(e) && (e.code === 'EINVAL' || e.code === 'EBADF')))
            throw e;
    }
    finally {
        await handle.close();
    }
}
async function readFileIfExists(file) {
    try {
        return await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (e) {
        if (errors_isErrnoException(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
async function pathExists(p) {
    try {
        await fs.lstat(p);
        return true;
    }
    catch (e) {
        if (isErrnoException(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
}
/** True when `child` is `parent` or lies below it (both absolute, already resolved). */
function isInside(parent, child) {
    const rel = external_node_path_.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel));
}
/**
 * Removes a tree that must lie inside `root` (a real path). The parent is resolved so that a
 * symlink planted on the way cannot redirect the removal; fs.rm itself unlinks symlinks, never follows them.
 */
async function fsx_removeTreeInside(root, target) {
    let realParent;
    try {
        realParent = await external_node_fs_.promises.realpath(external_node_path_.dirname(target));
    }
    catch (e) {
        if (errors_isErrnoException(e) && e.code === 'ENOENT')
            return;
        throw e;
    }
    const resolved = external_node_path_.join(realParent, external_node_path_.basename(target));
    if (!isInside(root, resolved) || resolved === root) {
        throw new errors_ToolchainCacheError('UNSAFE_PATH', `Refusing to delete ${target}: it resolves to ${resolved}, outside the cache root ${root}.`);
    }
    await makeWritable(resolved);
    await external_node_fs_.promises.rm(resolved, { recursive: true, force: true, maxRetries: 3 });
}
/** Installed toolchains are read-only; directories need their write bit back before their files can go. */
async function makeWritable(p) {
    let st;
    try {
        st = await external_node_fs_.promises.lstat(p);
    }
    catch {
        return;
    }
    if (!st.isDirectory())
        return;
    await external_node_fs_.promises.chmod(p, (st.mode & 0o7777) | 0o700).catch(() => undefined);
    const names = await external_node_fs_.promises.readdir(p).catch(() => []);
    for (const name of names)
        await makeWritable(external_node_path_.join(p, name));
}
/** Sums the sizes of regular files below `dir` without following symlinks. */
async function treeSize(dir) {
    const total = { bytes: 0, files: 0 };
    const walk = async (d) => {
        const entries = await fs.readdir(d, { withFileTypes: true });
        await Promise.all(entries.map(async (e) => {
            const p = path.join(d, e.name);
            if (e.isDirectory())
                return walk(p);
            if (e.isFile()) {
                total.bytes += (await fs.lstat(p)).size;
                total.files += 1;
            }
        }));
    };
    await walk(dir);
    return total;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./lib/core/format.js
// Human-readable figures, shared by the log, the job summary and the CLI.
/** 1536 → "1.5 KiB". */
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
        n /= 1024;
        i++;
    }
    return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./lib/core/leases.js
// Uses (the reference counts). A use is a record tied to the job's long-lived process, not a bare
// counter, so a job that dies without its post step is reclaimed instead of pinning a toolchain forever.




/** Longest a self-hosted job may run (5 days) plus a day: a lease never expires under a live job. */
const DEFAULT_LEASE_MS = (/* unused pure expression or super */ null && (6 * 24 * 3600_000));
/** Clocks of hosts sharing an NFS root are trusted only this far. */
const CLOCK_SKEW_MARGIN_MS = 10 * 60_000;
let cachedHostId;
/** hostname + machine id: hostnames repeat across a pool more often than one would like. */
function hostId() {
    if (cachedHostId)
        return cachedHostId;
    let machineId = '';
    for (const file of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
        try {
            machineId = (0,external_node_fs_.readFileSync)(file, 'utf8').trim();
            if (machineId)
                break;
        }
        catch {
            // not on this platform
        }
    }
    cachedHostId = machineId ? `${external_node_os_.hostname()}/${machineId.slice(0, 12)}` : external_node_os_.hostname();
    return cachedHostId;
}
/** Resets memoised host facts (tests simulate several hosts in one process). */
function resetHostIdForTests() {
    cachedHostId = undefined;
}
const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * A stable fingerprint of when `pid` started, or undefined if it is not running (or the platform
 * cannot tell). Linux: /proc start ticks; macOS and BSD: ps; Windows: none (liveness via signal 0).
 */
async function processStartTime(pid) {
    return (await processInfo(pid))?.start;
}
/** What /proc (Linux) or ps (macOS, BSD) says about `pid`; undefined when it is not running. */
async function processInfo(pid) {
    if (process.platform === 'linux') {
        try {
            const stat = await external_node_fs_.promises.readFile(`/proc/${pid}/stat`, 'utf8');
            // The command name (field 2) may contain spaces and parentheses: split after its last ')'.
            // Then field 3 is the state and field 22 the start time (in clock ticks since boot).
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            return { start: fields[19], zombie: fields[0] === 'Z' || fields[0] === 'X' };
        }
        catch {
            return undefined;
        }
    }
    if (process.platform === 'win32')
        return { zombie: false };
    try {
        const { stdout } = await execFileAsync('ps', ['-o', 'lstart=', '-p', String(pid)], {
            timeout: 5000,
        });
        return { start: stdout.trim() || undefined, zombie: false };
    }
    catch {
        return undefined;
    }
}
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM'; // exists, owned by another user
    }
}
/** Decides whether a use still counts. Uses of this host are judged by their process; others by lease. */
function livenessChecker(now = Date.now(), thisHost = hostId()) {
    const memo = new Map();
    const infoOf = (pid) => {
        let p = memo.get(pid);
        if (!p)
            memo.set(pid, (p = processInfo(pid)));
        return p;
    };
    return async (use) => {
        if (use.host !== thisHost)
            return Date.parse(use.leaseExpiresAt) + CLOCK_SKEW_MARGIN_MS > now;
        if (!isProcessAlive(use.pid))
            return false;
        const info = await infoOf(use.pid);
        // A job process killed while its parent (the runner) has not reaped it yet still answers kill 0.
        if (info?.zombie)
            return false;
        if (use.pidStart === undefined)
            return Date.parse(use.leaseExpiresAt) > now;
        // A start time we cannot read now (e.g. ps missing) keeps the use: never release on doubt.
        return info?.start === undefined || info.start === use.pidStart;
    };
}
/** The job's long-lived process: our parent when run by a runner. */
async function jobProcess(pid = process.ppid) {
    return { pid, pidStart: await processStartTime(pid) };
}
function leases_newUse(key, job, proc, now = Date.now(), leaseMs = DEFAULT_LEASE_MS) {
    return {
        key,
        job,
        host: hostId(),
        pid: proc.pid,
        pidStart: proc.pidStart,
        createdAt: new Date(now).toISOString(),
        leaseExpiresAt: new Date(now + leaseMs).toISOString(),
    };
}
const leases_describeJob = (j) => `${j.repository} run ${j.runId}/${j.runAttempt} job ${j.job}`;

// EXTERNAL MODULE: ./node_modules/proper-lockfile/index.js
var proper_lockfile = __webpack_require__(3648);
;// CONCATENATED MODULE: ./lib/core/lock.js
// Cross-process locks: proper-lockfile's mkdir locks (atomic on local disks and NFS) plus an owner
// record with a random token. proper-lockfile alone lets a stalled holder's unlock() remove a newer
// holder's lock and throws ECOMPROMISED from a timer; here a lost lock only marks the handle lost,
// release() leaves a lock it no longer owns alone, and callers check `assertHeld()` before committing.
// Files per lock `<name>` in the locks directory: `<name>.lock/` (proper-lockfile's directory, its
// mtime the heartbeat), `<name>.owner` (who holds it, with the token), `<name>.queue/` (waiters).







const ownerFile = (lockPath) => `${lockPath}.owner`;
const lockDir = (lockPath) => `${lockPath}.lock`;
async function readLockOwner(lockPath) {
    try {
        const text = await readFileIfExists(ownerFile(lockPath));
        return text ? JSON.parse(text) : undefined;
    }
    catch {
        return undefined;
    }
}
function describeOwner(owner) {
    if (!owner)
        return 'an unknown process';
    return `pid ${owner.pid} on ${owner.host}${owner.holder ? ` (${owner.holder})` : ''} since ${owner.acquiredAt}`;
}
/** Lock directory → this process's current holder of it. */
const heldHere = new Map();
/** Lock directory → token of the holder that is releasing it right now. */
const releasing = new Map();
/** Lock directory → its stale time, for the re-check before a takeover. */
const staleMsOf = new Map();
/** proper-lockfile never uses a stale time below this. */
const MIN_STALE_MS = 2000;
const errnoError = (code, message) => Object.assign(new Error(message), { code });
/** The token in an owner file; undefined when there is none, null when it cannot be read now. */
function ownerTokenSync(ownerPath) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(ownerPath, 'utf8');
    }
    catch (e) {
        return errors_isErrnoException(e) && e.code === 'ENOENT' ? undefined : null;
    }
    try {
        return JSON.parse(text).token;
    }
    catch {
        return undefined;
    }
}
const guardedFs = {
    ...external_node_fs_,
    // mkdir and stat are answered synchronously (proper-lockfile's lockSync does the same): an
    // attempt on a busy lock then costs two system calls and no thread-pool round trips, which
    // matters when a crowd of waiters retries on every release.
    mkdir(p, cb) {
        try {
            (0,external_node_fs_.mkdirSync)(p);
        }
        catch (e) {
            cb(e);
            return;
        }
        cb(null);
    },
    stat(p, cb) {
        let st;
        try {
            st = (0,external_node_fs_.statSync)(p);
        }
        catch (e) {
            cb(e);
            return;
        }
        cb(null, st);
    },
    utimes(p, atime, mtime, cb) {
        const state = heldHere.get(p);
        if (state) {
            const current = ownerTokenSync(state.ownerPath);
            if (current !== null && current !== state.token) {
                cb(errnoError('ENOENT', `lock ${p} was taken over by another process`));
                return;
            }
            state.pendingMtimeMs = mtime.getTime();
        }
        external_node_fs_.utimes(p, atime, mtime, (err) => {
            if (state) {
                if (!err)
                    state.mtimeMs = mtime.getTime();
                state.pendingMtimeMs = undefined;
            }
            cb(err);
        });
    },
    rmdir(p, cb) {
        try {
            const mine = releasing.get(p);
            if (mine) {
                // Our release: only while the lock is still ours.
                if (ownerTokenSync(mine.ownerPath) === mine.token)
                    (0,external_node_fs_.rmdirSync)(p);
            }
            else {
                // A stale takeover: still stale now, a moment after proper-lockfile judged it so?
                const stale = staleMsOf.get(p) ?? MIN_STALE_MS;
                if ((0,external_node_fs_.statSync)(p).mtime.getTime() >= Date.now() - stale) {
                    cb(errnoError('ELOCKED', `lock ${p} was refreshed or re-created meanwhile`));
                    return;
                }
                (0,external_node_fs_.rmdirSync)(p);
            }
        }
        catch (e) {
            if (!(errors_isErrnoException(e) && e.code === 'ENOENT')) {
                cb(e);
                return;
            }
        }
        cb(null);
    },
    /** Only proper-lockfile's exit handler uses this: remove a lock we still hold, nothing else. */
    rmdirSync(p) {
        const state = heldHere.get(p);
        if (state && ownerTokenSync(state.ownerPath) === state.token)
            (0,external_node_fs_.rmdirSync)(p);
    },
};
/** One attempt: the lock, or undefined when someone else holds a fresh one. */
async function tryLock(lockPath, name, options) {
    const controller = new AbortController();
    const dir = lockDir(lockPath);
    const ownerPath = ownerFile(lockPath);
    const staleMs = Math.max(options.staleMs, MIN_STALE_MS);
    let lost = false;
    let released = false;
    let state;
    const markLost = () => {
        if (state && heldHere.get(dir) === state)
            heldHere.delete(dir);
        if (!lost) {
            lost = true;
            controller.abort(new LockLostError(name));
        }
    };
    let releaseFn;
    staleMsOf.set(dir, staleMs);
    try {
        releaseFn = await proper_lockfile.lock(lockPath, {
            realpath: false,
            lockfilePath: dir,
            stale: staleMs,
            update: Math.max(1000, Math.floor(staleMs / 4)),
            retries: 0,
            onCompromised: markLost,
            fs: guardedFs,
        });
    }
    catch (e) {
        if (errors_isErrnoException(e) && e.code === 'ELOCKED')
            return undefined;
        if (errors_isErrnoException(e) && e.code === 'ENOENT') {
            // A missing locks directory is a real error; otherwise the lock directory vanished under us
            // (another waiter removed the same stale lock): just try again later.
            await external_node_fs_.promises.access(external_node_path_.dirname(dir));
            return undefined;
        }
        throw e;
    }
    const token = randomToken();
    const owner = {
        token,
        pid: process.pid,
        host: external_node_os_.hostname(),
        holder: options.holder,
        acquiredAt: new Date().toISOString(),
    };
    try {
        // Advisory (it names the holder and carries the token): atomic, but not worth an fsync.
        writeFileReplacingSync(ownerPath, JSON.stringify(owner));
        state = { token, ownerPath, mtimeMs: (0,external_node_fs_.statSync)(dir).mtime.getTime() };
    }
    catch (e) {
        await releaseFn().catch(() => undefined);
        throw e;
    }
    if (lost) {
        // Taken over between mkdir and now: not ours.
        await releaseFn().catch(() => undefined);
        return undefined;
    }
    heldHere.set(dir, state);
    const held = state;
    const ownsIt = () => {
        if (lost || ownerTokenSync(ownerPath) !== token)
            return false;
        let mtime;
        try {
            mtime = (0,external_node_fs_.statSync)(dir).mtime.getTime();
        }
        catch {
            return false;
        }
        // A lock directory re-created by someone who took the lock over has another mtime.
        return mtime === held.mtimeMs || mtime === held.pendingMtimeMs;
    };
    const assertHeldSync = () => {
        if (!ownsIt()) {
            markLost();
            throw new LockLostError(name);
        }
    };
    return {
        name,
        token,
        get lost() {
            return lost;
        },
        signal: controller.signal,
        assertHeldSync,
        async assertHeld() {
            assertHeldSync();
        },
        async release() {
            if (released)
                return;
            released = true;
            // A lock taken over by someone else is theirs now: removing it would break their critical
            // section. proper-lockfile's timer for it finds out on its own (see guardedFs.utimes).
            const mine = ownsIt();
            if (heldHere.get(dir) === held)
                heldHere.delete(dir);
            if (!mine)
                return;
            releasing.set(dir, { token, ownerPath });
            try {
                await releaseFn();
            }
            catch (e) {
                if (!(errors_isErrnoException(e) && (e.code === 'ENOTACQUIRED' || e.code === 'ERELEASED')))
                    throw e;
            }
            finally {
                if (releasing.get(dir)?.token === token)
                    releasing.delete(dir);
            }
        },
    };
}
// Waiting. Every waiter watching the lock directory would wake on every release and race for it
// (a thundering herd: with 16 jobs, 15 wake-ups per handoff, most of the CPU time of a busy host).
// Waiters instead queue: each takes a ticket (a file in `<lock>.queue/`, named so that names sort
// in arrival order) and watches only the ticket ahead of it; the head watches the lock directory.
// A handoff then wakes the head, which takes the lock and removes its ticket, which wakes the
// next. The queue only decides who tries when; the lock itself stays the mkdir + owner token.
// Nothing can wedge it: every waiter also polls, and removes the tickets ahead of it whose owner is
// gone (same host: its pid is not running; any host: the ticket's heartbeat is older than the
// stale time, e.g. a waiter stopped or killed on another host).
const queueDirOf = (lockPath) => `${lockPath}.queue`;
let ticketSeq = 0;
/** Queued ticket names, oldest first. */
function listQueue(queueDir) {
    try {
        return (0,external_node_fs_.readdirSync)(queueDir).sort();
    }
    catch (e) {
        if (errors_isErrnoException(e) && e.code === 'ENOENT')
            return [];
        throw e;
    }
}
async function takeTicket(queueDir) {
    // Arrival time first (fixed width, so names sort by it), then a per-process sequence and a token.
    const name = `${String(Date.now()).padStart(15, '0')}-${String(ticketSeq++ % 1e6).padStart(6, '0')}-${randomToken()}`;
    const file = external_node_path_.join(queueDir, name);
    const content = JSON.stringify({ pid: process.pid, host: external_node_os_.hostname() });
    try {
        (0,external_node_fs_.writeFileSync)(file, content, { flag: 'wx', mode: SHARED_FILE_MODE });
    }
    catch (e) {
        if (!(errors_isErrnoException(e) && e.code === 'ENOENT'))
            throw e;
        await ensureDir(queueDir); // the first waiter of this lock
        (0,external_node_fs_.writeFileSync)(file, content, { flag: 'wx', mode: SHARED_FILE_MODE });
    }
    return { name, file };
}
/** Whether the ticket's waiter is gone: its heartbeat stopped, or (this host) its process did. */
function isTicketDead(file, staleMs) {
    let mtime;
    try {
        mtime = (0,external_node_fs_.statSync)(file).mtime.getTime();
    }
    catch {
        return true;
    }
    if (mtime < Date.now() - staleMs)
        return true;
    try {
        const { pid, host } = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (host !== external_node_os_.hostname())
            return false;
        process.kill(pid, 0);
        return false;
    }
    catch (e) {
        return errors_isErrnoException(e) && e.code === 'ESRCH';
    }
}
/** Waits for the lock up to `timeoutMs` (0: one attempt), then throws LockTimeoutError naming the holder. */
async function acquireLock(lockPath, name, options) {
    const deadline = Date.now() + options.timeoutMs;
    const pollMs = options.pollMs ?? 100;
    const staleMs = Math.max(options.staleMs, MIN_STALE_MS);
    const dir = lockDir(lockPath);
    const queueDir = queueDirOf(lockPath);
    // Nobody queued (or no time to queue): one attempt straight away.
    if ((options.timeoutMs <= 0 || listQueue(queueDir).length === 0) && !looksBusy(dir, staleMs)) {
        const held = await tryLock(lockPath, name, options);
        if (held)
            return held;
    }
    const timeout = async () => {
        throw new LockTimeoutError(name, describeOwner(await readLockOwner(lockPath)), Math.round(options.timeoutMs / 1000));
    };
    if (Date.now() >= deadline)
        return timeout();
    let ticket = await takeTicket(queueDir);
    const heartbeat = setInterval(() => {
        const now = new Date();
        try {
            (0,external_node_fs_.utimesSync)(ticket.file, now, now);
        }
        catch {
            // removed as stale (we stalled): the loop below takes a new one
        }
    }, Math.max(250, Math.floor(staleMs / 4)));
    heartbeat.unref();
    options.onWait?.(await readLockOwner(lockPath));
    let watcher;
    let wake;
    // Look for a dead ticket ahead on joining and on every poll (no event comes from a dead waiter).
    let scan = true;
    try {
        for (let waits = 1;; waits++) {
            let queue = listQueue(queueDir);
            if (!queue.includes(ticket.name)) {
                ticket = await takeTicket(queueDir);
                queue = listQueue(queueDir);
            }
            const aheadOfUs = queue.slice(0, queue.indexOf(ticket.name));
            // The ticket ahead must belong to a live waiter (dead ones further up are their successors'
            // business): remove dead ones until we find a live one or are the head.
            while (scan &&
                aheadOfUs.length > 0 &&
                isTicketDead(external_node_path_.join(queueDir, aheadOfUs[aheadOfUs.length - 1]), staleMs)) {
                (0,external_node_fs_.rmSync)(external_node_path_.join(queueDir, aheadOfUs.pop()), { force: true });
            }
            scan = false;
            const ahead = aheadOfUs.at(-1);
            // Only the head tries: first come, first served. (A head that is stuck, not just slow, stops
            // its ticket's heartbeat and is skipped once that is stale.)
            if (ahead === undefined && !looksBusy(dir, staleMs)) {
                const held = await tryLock(lockPath, name, options);
                if (held)
                    return held;
            }
            if (Date.now() >= deadline)
                return await timeout();
            // Wait for the ticket ahead (or, at the head, the lock directory) to change, or a poll.
            const target = ahead === undefined ? dir : external_node_path_.join(queueDir, ahead);
            watcher = watchTarget(target, () => wake?.());
            if (!watcher && !(0,external_node_fs_.existsSync)(target))
                continue; // gone already: look again now
            // Polls are the fallback for what a watcher cannot see (other hosts on NFS, a dead or stuck
            // waiter ahead). The head backs off to 8 × pollMs; the others, who only need to notice a
            // stuck queue eventually, poll about once a second (or every 8 × pollMs if that is longer).
            const period = !watcher
                ? pollMs
                : ahead === undefined
                    ? pollMs * Math.min(8, 1.25 ** waits)
                    : Math.max(8 * pollMs, 1000);
            const delay = Math.min(period * (0.5 + Math.random()), Math.max(0, deadline - Date.now()));
            scan = await new Promise((resolve) => {
                const timer = setTimeout(() => resolve(true), delay);
                wake = () => {
                    clearTimeout(timer);
                    resolve(false);
                };
            });
            wake = undefined;
            watcher?.close();
            watcher = undefined;
        }
    }
    finally {
        clearInterval(heartbeat);
        watcher?.close();
        (0,external_node_fs_.rmSync)(ticket.file, { force: true });
    }
}
/** A cheap synchronous look: the lock directory exists and its heartbeat is fresh. */
function looksBusy(dir, staleMs) {
    try {
        return (0,external_node_fs_.statSync)(dir).mtime.getTime() >= Date.now() - Math.max(staleMs, MIN_STALE_MS);
    }
    catch {
        return false;
    }
}
/**
 * fs.watch of a file or directory that others may delete, where the platform supports it; polling
 * covers the rest (and NFS, where events do not cross hosts). Windows cannot delete a directory that
 * is being watched, so there the parent is watched for that name.
 */
function watchTarget(target, onChange) {
    if (process.platform !== 'win32')
        return watchPath(target, onChange);
    const name = external_node_path_.basename(target);
    return watchPath(external_node_path_.dirname(target), (filename) => {
        if (filename === null || filename === name)
            onChange();
    });
}
function watchPath(target, onChange) {
    try {
        const w = (0,external_node_fs_.watch)(target, { persistent: false }, (_event, filename) => onChange(filename === null ? null : String(filename)));
        w.on('error', () => w.close());
        return w;
    }
    catch {
        return undefined;
    }
}
/** Runs `fn` while holding the lock; the lock is released whatever happens. */
async function withLock(lockPath, name, options, fn) {
    const held = await acquireLock(lockPath, name, options);
    try {
        return await fn(held);
    }
    finally {
        await held.release();
    }
}
/** Removes a lock's files; for tests and `repair`, never while a holder may be alive. */
async function forceUnlock(lockPath) {
    await fs.rm(lockDir(lockPath), { recursive: true, force: true });
    await fs.rm(ownerFile(lockPath), { force: true });
    await fs.rm(queueDirOf(lockPath), { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./lib/core/ids.js
// What a toolchain id may be: one definition for spec validation, GC, the CLI and the layout.
const ids_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;

;// CONCATENATED MODULE: ./lib/core/uses.js

/** Adds (or refreshes) this step's use of an entry and bumps its last use. */
function recordUse(entry, owner, now = Date.now()) {
    entry.uses = entry.uses.filter((u) => u.key !== owner.key);
    entry.uses.push(newUse(owner.key, owner.job, owner.process, now));
    entry.lastUsedAt = new Date(now).toISOString();
}
/** A use belongs to this step when it has the step's key, or (the key being lost with a crashed
 * main) the same job process and the same action step. */
function ownedBy(use, owner, host) {
    if (owner.key && use.key === owner.key)
        return true;
    return (owner.process !== undefined &&
        owner.job !== undefined &&
        use.host === host &&
        use.pid === owner.process.pid &&
        use.pidStart === owner.process.pidStart &&
        use.job.runId === owner.job.runId &&
        use.job.job === owner.job.job &&
        use.job.action === owner.job.action);
}
/** Releases this step's uses; idempotent. Returns the ids released. */
async function releaseUses(registry, owner) {
    const host = hostId();
    return registry.update((doc, tx) => {
        const released = [];
        for (const entry of Object.values(doc.entries)) {
            const kept = entry.uses.filter((u) => !ownedBy(u, owner, host));
            if (kept.length !== entry.uses.length) {
                entry.uses = kept;
                released.push(entry.id);
            }
        }
        if (released.length === 0)
            tx.skipWrite();
        return released;
    });
}
/**
 * Drops uses whose job is gone. Liveness is judged outside the lock (it may run `ps`); a dead use
 * cannot come back to life, so removing that very record afterwards is safe.
 */
async function uses_reclaimDeadUses(registry, now = Date.now()) {
    const snapshot = await registry.read();
    const alive = livenessChecker(now);
    const dead = new Set();
    const found = [];
    for (const entry of Object.values(snapshot.entries)) {
        for (const use of entry.uses) {
            if (!(await alive(use))) {
                dead.add(useIdentity(entry.id, use));
                found.push({ id: entry.id, use });
            }
        }
    }
    if (dead.size === 0)
        return [];
    return registry.update((doc, tx) => {
        // Only the very records judged dead: one refreshed meanwhile (recordUse with the same key
        // writes a new record) is judged again next time.
        const reclaimed = found.filter(({ id, use }) => doc.entries[id]?.uses.some((u) => useIdentity(id, u) === useIdentity(id, use)));
        if (reclaimed.length === 0)
            tx.skipWrite();
        for (const entry of Object.values(doc.entries)) {
            entry.uses = entry.uses.filter((u) => !dead.has(useIdentity(entry.id, u)));
        }
        return reclaimed;
    });
}
const useIdentity = (id, u) => [id, u.key, u.host, u.pid, u.pidStart ?? '', u.createdAt].join('\0');
const liveUseCount = (entry) => entry.uses.length;

;// CONCATENATED MODULE: ./lib/core/gc.js
// Garbage collection of installed toolchains, and the removal of one entry (shared with the CLI).
//
// Safety rules:
// - An entry with a live use is never removed. Dead uses are reclaimed first; the decision is then
//   taken inside ONE registry transaction on the locked document, so a use added since any earlier
//   snapshot is seen.
// - Deletion is two-phase: under the registry lock the entry is unregistered and its directory is
//   renamed into trash/ (fast, same filesystem); the trash is deleted after the lock is released.
//   Trash left by a GC that crashed in between is deleted by the next GC.
// - Nothing is deleted through a symlink, and no path outside the real cache root is acted on.
// - GC is non-blocking: it takes its own lock with one try; a host runs a full GC at most once per
//   interval (recorded in gc-state.json) unless the size bound is exceeded.










const DAY_MS = 24 * 3600_000;
/** A host runs a full GC at most this often (unless the size bound is exceeded). */
const DEFAULT_GC_INTERVAL_MS = 10 * 60_000;
/** The GC lock is taken over when its holder's heartbeat is older than this. */
const DEFAULT_GC_LOCK_STALE_MS = 60_000;
/** Milliseconds since the epoch of an entry's last use; an unreadable date counts as very old. */
const lastUsedMs = (e) => {
    const t = Date.parse(e.lastUsedAt);
    return Number.isNaN(t) ? 0 : t;
};
/** Least recently used first; ties by id so the order is stable. */
function lruOrder(entries) {
    return [...entries].sort((a, b) => lastUsedMs(a) - lastUsedMs(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/**
 * Decides what goes; pure. `inUse` says whether an entry has a live use (by default: any use left,
 * which is right after reclaimDeadUses and under the registry lock).
 */
function planCollection(entries, options, inUse = (e) => e.uses.length > 0) {
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
            // Only entries in use are left: name the ones the bound would have taken next.
            let hypothetical = total;
            const blocking = ordered.filter((e) => !remove.has(e) && inUse(e));
            for (const e of blocking) {
                if (hypothetical <= max)
                    break;
                skipped.add(e.id);
                hypothetical -= e.sizeBytes;
            }
            const inUseBytes = blocking.reduce((n, e) => n + e.sizeBytes, 0);
            boundsUnmet =
                `The cache holds ${formatBytes(total)}, above max-size ${formatBytes(max)}: ` +
                    `the ${blocking.length} toolchain(s) left are in use (${formatBytes(inUseBytes)}) and are never removed.`;
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
const emptyReport = (dryRun) => ({
    dryRun,
    removed: [],
    freedBytes: 0,
    skippedInUse: [],
    reclaimedUses: 0,
    trashCleaned: 0,
    totalBytesBefore: 0,
    totalBytesAfter: 0,
    errors: [],
    notes: [],
});
const removedOf = (e) => ({
    id: e.id,
    sizeBytes: e.sizeBytes,
    lastUsedAt: e.lastUsedAt,
});
/** Runs a GC: reclaim dead uses, remove by age, then by size (LRU); see the file header. */
async function collectGarbage(layout, registry, options) {
    const now = options.now ?? Date.now();
    if (options.dryRun)
        return dryRunGc(layout, registry, options, now);
    const report = emptyReport(false);
    const throttleMs = options.throttleMs ?? DEFAULT_GC_INTERVAL_MS;
    const throttled = async () => {
        if (options.force || throttleMs <= 0)
            return false;
        const last = await lastFullGc(layout);
        if (last === undefined || now - last >= throttleMs || now < last)
            return false;
        if (options.maxSizeBytes !== undefined) {
            const doc = await registry.read();
            const total = Object.values(doc.entries).reduce((n, e) => n + e.sizeBytes, 0);
            if (total > options.maxSizeBytes)
                return false;
        }
        report.skipped = 'throttled';
        report.skippedDetail = `this host ran a full GC at ${new Date(last).toISOString()}; the next one is due after ${new Date(last + throttleMs).toISOString()}`;
        return true;
    };
    // Lock-free first, so the common throttled post step costs a file read.
    if (await throttled())
        return report;
    const lockPath = layout.lockPath('gc');
    await ensureDir(layout.locksDir); // a root made by hand may not have it yet
    const lock = await tryLock(lockPath, 'gc', {
        staleMs: options.lockStaleMs ?? DEFAULT_GC_LOCK_STALE_MS,
        holder: options.holder,
    });
    if (!lock) {
        report.skipped = 'another-gc-running';
        report.skippedDetail = `the GC lock is held by ${describeOwner(await readLockOwner(lockPath))}`;
        return report;
    }
    try {
        // Another GC of this host may have finished between the check and the lock.
        if (await throttled())
            return report;
        report.trashCleaned = await emptyTrash(layout, report.errors);
        report.trashCleaned += await removeStaleStaging(layout, now, report.errors);
        report.reclaimedUses = (await uses_reclaimDeadUses(registry, now)).length;
        const moved = [];
        let plan;
        try {
            plan = await registry.update(async (doc, tx) => {
                const entries = Object.values(doc.entries);
                const p = planCollection(entries, { ...options, now });
                // Generation 0 with entries: the registry file was missing and was just rebuilt from the
                // tree, so every use was lost. Let the rebuild commit; remove nothing on that evidence.
                if (doc.generation === 0 && entries.length > 0) {
                    report.notes.push('The registry was missing and has been rebuilt from the installed toolchains; nothing was removed this time.');
                    tx.skipWrite();
                    return { ...p, remove: [], totalBytesAfter: p.totalBytesBefore };
                }
                if (p.remove.length === 0) {
                    tx.skipWrite();
                    return p;
                }
                await tx.lock.assertHeld();
                await checkSafeDirs(layout);
                const done = [];
                for (const entry of p.remove) {
                    // Re-checked on the locked document (the plan was made from it, but say it explicitly).
                    if (doc.entries[entry.id] !== entry || entry.uses.length > 0)
                        continue;
                    try {
                        const to = await moveToTrash(layout, entry.id);
                        if (to)
                            moved.push({ from: layout.entryDir(entry.id), to });
                        delete doc.entries[entry.id];
                        done.push(entry);
                    }
                    catch (e) {
                        report.errors.push(`${entry.id}: not removed: ${errorMessage(e)}`);
                    }
                }
                if (done.length === 0)
                    tx.skipWrite();
                const freed = done.reduce((n, e) => n + e.sizeBytes, 0);
                return { ...p, remove: done, totalBytesAfter: p.totalBytesBefore - freed };
            });
        }
        catch (e) {
            await restoreFromTrash(moved);
            throw e;
        }
        applyPlan(report, plan);
        await options.afterTrash?.(moved.map((m) => m.to));
        for (const m of moved) {
            await fsx_removeTreeInside(layout.root, m.to).catch((e) => report.errors.push(`could not delete ${m.to} (the next GC retries): ${errorMessage(e)}`));
        }
        await recordFullGc(layout, now);
        return report;
    }
    finally {
        await lock.release();
    }
}
/** Copies what a plan (carried out or not) says into the report. */
function applyPlan(report, plan) {
    report.removed = plan.remove.map(removedOf);
    report.freedBytes = plan.remove.reduce((n, e) => n + e.sizeBytes, 0);
    report.skippedInUse = plan.skippedInUse;
    report.boundsUnmet = plan.boundsUnmet;
    report.totalBytesBefore = plan.totalBytesBefore;
    report.totalBytesAfter = plan.totalBytesAfter;
}
/** The same decisions on a lock-free snapshot, judging liveness without writing anything. */
async function dryRunGc(layout, registry, options, now) {
    const report = emptyReport(true);
    const doc = await registry.read();
    const alive = livenessChecker(now);
    const live = new Map();
    for (const entry of Object.values(doc.entries)) {
        let n = 0;
        for (const use of entry.uses) {
            if (await alive(use))
                n += 1;
            else
                report.reclaimedUses += 1;
        }
        live.set(entry.id, n);
    }
    const plan = planCollection(Object.values(doc.entries), { ...options, now }, (e) => (live.get(e.id) ?? 0) > 0);
    applyPlan(report, plan);
    report.trashCleaned = (await external_node_fs_.promises.readdir(layout.trashDir).catch(() => [])).length;
    return report;
}
/**
 * Removes one entry (the CLI's `remove`), two-phase like GC. Throws NOT_FOUND for an unknown id
 * and IN_USE for an entry with a live use unless `force`.
 */
async function removeEntry(layout, registry, id, options = {}) {
    if (!ID_PATTERN.test(id)) {
        throw new ToolchainCacheError('NOT_FOUND', `"${id}" is not a valid toolchain id.`);
    }
    await reclaimDeadUses(registry, options.now ?? Date.now());
    const moved = [];
    let result;
    try {
        result = await registry.update(async (doc, tx) => {
            const entry = doc.entries[id];
            if (!entry) {
                throw new ToolchainCacheError('NOT_FOUND', `No toolchain "${id}" is registered in ${layout.root} (\`toolchain-cache list\` shows what is).`);
            }
            if (entry.uses.length > 0 && !options.force) {
                const jobs = entry.uses.map((u) => describeJob(u.job)).join('; ');
                throw new ToolchainCacheError('IN_USE', `Toolchain "${id}" is in use by ${entry.uses.length} job(s): ${jobs}. Pass --force to remove it anyway (those jobs will break).`);
            }
            await tx.lock.assertHeld();
            await checkSafeDirs(layout);
            const to = await moveToTrash(layout, id);
            if (to)
                moved.push({ from: layout.entryDir(id), to });
            delete doc.entries[id];
            return { ...removedOf(entry), liveUses: entry.uses.length, freedBytes: entry.sizeBytes };
        });
    }
    catch (e) {
        await restoreFromTrash(moved);
        throw e;
    }
    for (const m of moved)
        await removeTreeInside(layout.root, m.to);
    return result;
}
/** toolchains/ and trash/ must be real directories of the root: a symlink there could redirect a rename. */
async function checkSafeDirs(layout) {
    await ensureDir(layout.trashDir);
    for (const dir of [layout.toolchainsDir, layout.trashDir]) {
        const real = await external_node_fs_.promises.realpath(dir);
        if (real !== dir || !isInside(layout.root, real)) {
            throw new errors_ToolchainCacheError('UNSAFE_PATH', `${dir} resolves to ${real}, not a directory of the cache root ${layout.root}; refusing to move anything. Replace the symlink with a directory.`);
        }
    }
}
/**
 * Renames an entry's directory into the trash (a symlink planted in its place is moved as a link,
 * never followed). Undefined when there was nothing to move.
 */
async function moveToTrash(layout, id) {
    const from = layout.entryDir(id);
    if (!ids_ID_PATTERN.test(id) || external_node_path_.dirname(from) !== layout.toolchainsDir) {
        throw new errors_ToolchainCacheError('UNSAFE_PATH', `Refusing to remove "${id}": not a valid toolchain id.`);
    }
    const to = external_node_path_.join(layout.trashDir, `${id}.${randomToken()}`);
    try {
        await external_node_fs_.promises.rename(from, to);
    }
    catch (e) {
        if (errors_isErrnoException(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    return to;
}
/** The commit failed after some renames: put the trees back so the registry and the disk agree. */
async function restoreFromTrash(moved) {
    for (const m of moved) {
        await external_node_fs_.promises.rename(m.to, m.from).catch(() => undefined);
    }
}
/** Deletes whatever is in the trash (a crashed GC's leftovers, trees the installer set aside). */
async function emptyTrash(layout, errors) {
    let names;
    try {
        names = await external_node_fs_.promises.readdir(layout.trashDir);
    }
    catch (e) {
        if (errors_isErrnoException(e) && e.code === 'ENOENT')
            return 0;
        throw e;
    }
    let cleaned = 0;
    for (const name of names) {
        try {
            await fsx_removeTreeInside(layout.root, external_node_path_.join(layout.trashDir, name));
            cleaned += 1;
        }
        catch (e) {
            errors.push(`could not delete trash ${name}: ${errorMessage(e)}`);
        }
    }
    return cleaned;
}
/** Staging older than this belongs to an install or a job that is long gone. */
const STALE_STAGING_MS = DAY_MS;
/**
 * Staging directories (`<id>.<token>`) left by installers that died, or archives kept for a post
 * step that never ran. Only taken while nobody holds that toolchain's install lock.
 */
async function removeStaleStaging(layout, now, errors) {
    const names = await external_node_fs_.promises.readdir(layout.stagingDir).catch(() => []);
    let cleaned = 0;
    for (const name of names) {
        const dot = name.lastIndexOf('.');
        const st = await external_node_fs_.promises.lstat(external_node_path_.join(layout.stagingDir, name)).catch(() => undefined);
        if (dot <= 0 || !st || now - st.mtimeMs < STALE_STAGING_MS)
            continue;
        const id = name.slice(0, dot);
        const lock = await tryLock(layout.lockPath(`install-${id}`), `install ${id}`, {
            staleMs: 10_000,
        }).catch(() => undefined);
        if (!lock)
            continue;
        try {
            await fsx_removeTreeInside(layout.root, external_node_path_.join(layout.stagingDir, name));
            cleaned += 1;
        }
        catch (e) {
            errors.push(`could not delete staging ${name}: ${errorMessage(e)}`);
        }
        finally {
            await lock.release();
        }
    }
    return cleaned;
}
// gc-state.json: when each host last ran a full GC (the throttle).
const gcStateSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(1),
    hosts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ lastFullGcAt: schemas/* string */.YjP() })),
});
const gcStateFile = (layout) => external_node_path_.join(layout.root, 'gc-state.json');
async function readGcState(layout) {
    const text = await readFileIfExists(gcStateFile(layout)).catch(() => undefined);
    if (text !== undefined) {
        try {
            const parsed = gcStateSchema.safeParse(JSON.parse(text));
            if (parsed.success)
                return parsed.data;
        }
        catch {
            // unreadable: start over (it only throttles)
        }
    }
    return { schemaVersion: 1, hosts: {} };
}
/** When this host last ran a full GC (ms since the epoch), if it did. */
async function lastFullGc(layout, host = hostId()) {
    const state = await readGcState(layout);
    const at = Object.hasOwn(state.hosts, host) ? Date.parse(state.hosts[host].lastFullGcAt) : NaN;
    return Number.isNaN(at) ? undefined : at;
}
/** Written under the GC lock, atomically. */
async function recordFullGc(layout, now) {
    const state = await readGcState(layout);
    state.hosts = { ...state.hosts, [hostId()]: { lastFullGcAt: new Date(now).toISOString() } };
    await fsx_atomicWriteFile(gcStateFile(layout), JSON.stringify(state));
}

;// CONCATENATED MODULE: ./lib/core/layout.js
// Where everything lives under a cache root. One place, so the CLI, GC and the installer agree.




class CacheLayout {
    root;
    /** `root` must be the real path of the cache root (see openCacheRoot). */
    constructor(root) {
        this.root = root;
    }
    get registryFile() {
        return external_node_path_.join(this.root, 'registry.json');
    }
    get locksDir() {
        return external_node_path_.join(this.root, 'locks');
    }
    get toolchainsDir() {
        return external_node_path_.join(this.root, 'toolchains');
    }
    get stagingDir() {
        return external_node_path_.join(this.root, 'staging');
    }
    get trashDir() {
        return external_node_path_.join(this.root, 'trash');
    }
    get statsFile() {
        return external_node_path_.join(this.root, 'stats.json');
    }
    /** An installed toolchain: `manifest.json` and `files/` (the toolchain root). */
    entryDir(id) {
        return external_node_path_.join(this.toolchainsDir, id);
    }
    toolchainRoot(id) {
        return external_node_path_.join(this.entryDir(id), 'files');
    }
    manifestFile(id) {
        return external_node_path_.join(this.entryDir(id), 'manifest.json');
    }
    lockPath(name) {
        return external_node_path_.join(this.locksDir, name);
    }
}
/** cache-root input → TOOLCHAIN_CACHE_ROOT → $RUNNER_TOOL_CACHE/toolchain-cache. */
function resolveCacheRoot(input, env = process.env) {
    const chosen = input.trim() ||
        env.TOOLCHAIN_CACHE_ROOT?.trim() ||
        (env.RUNNER_TOOL_CACHE ? external_node_path_.join(env.RUNNER_TOOL_CACHE, 'toolchain-cache') : '');
    if (!chosen) {
        throw new errors_InputError('No cache root: set the "cache-root" input, or TOOLCHAIN_CACHE_ROOT (or RUNNER_TOOL_CACHE) in the runner environment.', 'cache-root');
    }
    return external_node_path_.resolve(chosen);
}
/** Creates the root if needed and checks it is a writable directory, not a symlink to elsewhere. */
async function openCacheRoot(root, options = {}) {
    const create = options.create ?? true;
    let st = await external_node_fs_.promises.lstat(root).catch((e) => {
        if (errors_isErrnoException(e) && e.code === 'ENOENT')
            return undefined;
        if (errors_isErrnoException(e) && (e.code === 'EACCES' || e.code === 'EPERM')) {
            throw new errors_InputError(`Cache root ${root} cannot be reached by this user (${e.code} on the way to it); every directory above it must be searchable by the runners' group (see README).`, 'cache-root');
        }
        if (errors_isErrnoException(e) && e.code === 'ENOTDIR') {
            throw new errors_InputError(`Cache root ${root} lies below a file, not a directory.`, 'cache-root');
        }
        throw e;
    });
    if (!st) {
        if (!create)
            throw new errors_InputError(`Cache root ${root} does not exist.`, 'cache-root');
        await ensureDir(root).catch((e) => {
            if (errors_isErrnoException(e) &&
                (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS' || e.code === 'ENOTDIR')) {
                throw new errors_InputError(`Cache root ${root} does not exist and cannot be created by this user (${e.code}); create it (see README).`, 'cache-root');
            }
            throw e;
        });
        st = await external_node_fs_.promises.lstat(root);
    }
    if (st.isSymbolicLink()) {
        const target = await external_node_fs_.promises.realpath(root).catch(() => '(a missing target)');
        throw new errors_InputError(`Cache root ${root} is a symlink to ${target}; set cache-root to the real directory so every runner resolves the same path.`, 'cache-root');
    }
    if (!st.isDirectory())
        throw new errors_InputError(`Cache root ${root} exists but is not a directory.`, 'cache-root');
    try {
        await external_node_fs_.promises.access(root, external_node_fs_.promises.constants.W_OK | external_node_fs_.promises.constants.X_OK);
    }
    catch {
        throw new errors_InputError(`Cache root ${root} is not writable by this user; make it group-writable for the runners' group (see README).`, 'cache-root');
    }
    const layout = new CacheLayout(await external_node_fs_.promises.realpath(root));
    const dirs = [layout.locksDir, layout.toolchainsDir, layout.stagingDir, layout.trashDir];
    // Checked before and after creating: mkdir -p is satisfied by a symlink to a directory elsewhere.
    await checkRootMembers(layout);
    if (create) {
        for (const dir of dirs)
            await ensureDir(dir);
        await checkRootMembers(layout);
    }
    return layout;
}
/**
 * Whoever can write the root could plant a symlink in it: `locks/ -> /etc` would send our lock
 * files there, `registry.json -> /somewhere` would be read through. Refuse to act on a root where
 * any of our own names is a symlink or of the wrong type, naming what to remove.
 */
async function checkRootMembers(layout) {
    const expected = [
        [layout.locksDir, 'directory'],
        [layout.toolchainsDir, 'directory'],
        [layout.stagingDir, 'directory'],
        [layout.trashDir, 'directory'],
        [layout.registryFile, 'file'],
        [layout.statsFile, 'file'],
        [external_node_path_.join(layout.root, 'gc-state.json'), 'file'],
    ];
    for (const [p, type] of expected) {
        const st = await external_node_fs_.promises.lstat(p).catch((e) => {
            if (errors_isErrnoException(e) && e.code === 'ENOENT')
                return undefined;
            throw e;
        });
        if (!st)
            continue;
        const ok = type === 'directory' ? st.isDirectory() : st.isFile();
        if (ok)
            continue;
        const what = st.isSymbolicLink()
            ? `a symlink (to ${await external_node_fs_.promises.readlink(p).catch(() => '?')})`
            : 'not a regular ' + type;
        throw new errors_ToolchainCacheError('UNSAFE_PATH', `${p} is ${what}; toolchain-cache never follows a link planted in its cache root. ` +
            `Remove it (toolchain-cache recreates it as needed) and check who can write ${layout.root}.`);
    }
}

;// CONCATENATED MODULE: ./lib/core/registry/schema.js
// The registry's on-disk shape, validated on every read: a registry that fails validation is never
// treated as empty (an empty registry would let GC delete every toolchain).

const REGISTRY_SCHEMA_VERSION = 1;
const jobRef = schemas/* object */.Ikc({
    repository: schemas/* string */.YjP(),
    runId: schemas/* string */.YjP(),
    runAttempt: schemas/* string */.YjP(),
    job: schemas/* string */.YjP(),
    action: schemas/* string */.YjP(),
});
const useRecordSchema = schemas/* object */.Ikc({
    key: schemas/* string */.YjP().min(1),
    job: jobRef,
    host: schemas/* string */.YjP(),
    pid: schemas/* number */.aig().int(),
    pidStart: schemas/* string */.YjP().optional(),
    createdAt: schemas/* string */.YjP(),
    leaseExpiresAt: schemas/* string */.YjP(),
});
const entrySchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().min(1),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    url: schemas/* string */.YjP(),
    path: schemas/* string */.YjP(),
    sizeBytes: schemas/* number */.aig().nonnegative(),
    fileCount: schemas/* number */.aig().int().nonnegative(),
    installedAt: schemas/* string */.YjP(),
    lastUsedAt: schemas/* string */.YjP(),
    uses: schemas/* array */.YOg(useRecordSchema),
});
const registrySchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(REGISTRY_SCHEMA_VERSION),
    generation: schemas/* number */.aig().int().nonnegative(),
    entries: schemas/* record */.g1P(schemas/* string */.YjP(), entrySchema),
});
const emptyRegistry = () => ({
    schemaVersion: REGISTRY_SCHEMA_VERSION,
    generation: 0,
    entries: {},
});
// registrySchema checks every transaction's read of the whole registry; with 10 000 entries a cold
// zod parse costs ~100 ms per process. This hand-written check accepts exactly what registrySchema
// accepts (test/registry.test.ts holds them to that) at a fraction of the cost; when it says no,
// the caller runs registrySchema for the precise error.
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v) => typeof v === 'string';
const isWhole = (v) => typeof v === 'number' && Number.isSafeInteger(v);
const SHA256 = /^[0-9a-f]{64}$/;
function isUseRecord(u) {
    if (!isObject(u))
        return false;
    const j = u.job;
    return (isString(u.key) &&
        u.key.length > 0 &&
        isObject(j) &&
        isString(j.repository) &&
        isString(j.runId) &&
        isString(j.runAttempt) &&
        isString(j.job) &&
        isString(j.action) &&
        isString(u.host) &&
        isWhole(u.pid) &&
        (u.pidStart === undefined || isString(u.pidStart)) &&
        isString(u.createdAt) &&
        isString(u.leaseExpiresAt));
}
function isEntry(e) {
    if (!isObject(e))
        return false;
    return (isString(e.id) &&
        e.id.length > 0 &&
        isString(e.sha256) &&
        SHA256.test(e.sha256) &&
        isString(e.url) &&
        isString(e.path) &&
        typeof e.sizeBytes === 'number' &&
        Number.isFinite(e.sizeBytes) &&
        e.sizeBytes >= 0 &&
        isWhole(e.fileCount) &&
        e.fileCount >= 0 &&
        isString(e.installedAt) &&
        isString(e.lastUsedAt) &&
        Array.isArray(e.uses) &&
        e.uses.every(isUseRecord));
}
/** True when `raw` satisfies registrySchema (unknown keys are kept, where zod would strip them). */
function isRegistryDoc(raw) {
    if (!isObject(raw) || raw.schemaVersion !== REGISTRY_SCHEMA_VERSION)
        return false;
    if (!isWhole(raw.generation) || raw.generation < 0 || !isObject(raw.entries))
        return false;
    for (const key in raw.entries) {
        if (Object.prototype.hasOwnProperty.call(raw.entries, key) && !isEntry(raw.entries[key]))
            return false;
    }
    return true;
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./lib/core/install/manifest.js
// The manifest recorded beside each installed toolchain: what the tree held at install time.
// It makes an install self-describing (the registry can be rebuilt from it) and lets `verify`
// name any file a job modified.





const MANIFEST_SCHEMA_VERSION = 1;
async function hashFile(file) {
    const hash = createHash('sha256');
    await pipeline(createReadStream(file), hash);
    return hash.digest('hex');
}
/** Walks the tree (never following symlinks) and hashes every regular file, a few at a time. */
async function scanTree(root) {
    const files = [];
    const pending = [];
    const walk = async (dir, rel) => {
        const entries = await fs.readdir(dir, { withFileTypes: true });
        for (const e of entries) {
            const abs = path.join(dir, e.name);
            const relPath = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                files.push({ path: relPath, type: 'directory' });
                await walk(abs, relPath);
            }
            else if (e.isSymbolicLink()) {
                files.push({ path: relPath, type: 'symlink', target: await fs.readlink(abs) });
            }
            else if (e.isFile()) {
                const record = { path: relPath, type: 'file' };
                files.push(record);
                pending.push(async () => {
                    const st = await fs.lstat(abs);
                    record.size = st.size;
                    record.executable = process.platform === 'win32' ? undefined : (st.mode & 0o111) !== 0;
                    record.sha256 = await hashFile(abs);
                });
            }
        }
    };
    await walk(root, '');
    let next = 0;
    const worker = async () => {
        while (next < pending.length)
            await pending[next++]();
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return files;
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
async function readManifest(file) {
    const text = await readFileIfExists(file);
    if (text === undefined)
        return undefined;
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
/** Registry entries for every complete install under toolchains/ (each has a valid manifest). */
async function rebuildEntriesFromTree(layout, now = new Date()) {
    const names = await external_node_fs_.promises.readdir(layout.toolchainsDir).catch(() => []);
    const entries = [];
    for (const name of names) {
        const manifest = await readManifest(layout.manifestFile(name));
        if (!manifest || manifest.id !== name)
            continue;
        entries.push(entryFromManifest(layout, manifest, now));
    }
    return entries;
}
function entryFromManifest(layout, m, lastUsed) {
    return {
        id: m.id,
        sha256: m.sha256,
        url: m.url,
        path: layout.toolchainRoot(m.id),
        sizeBytes: m.sizeBytes,
        fileCount: m.fileCount,
        installedAt: m.installedAt,
        // Uses died with the old registry; count the rebuild as a use so age-based GC waits a full period.
        lastUsedAt: lastUsed.toISOString(),
        uses: [],
    };
}

;// CONCATENATED MODULE: ./lib/core/registry/store.js
// The registry file: one JSON document per cache root. Reads are lock-free (writes replace the file
// atomically); writes are transactions under the registry lock with a compare-and-swap on the
// generation, so a writer whose lock was taken over cannot overwrite someone else's commit.






class Registry {
    layout;
    options;
    lockTimeoutMs;
    staleMs;
    constructor(layout, options = {}) {
        this.layout = layout;
        this.options = options;
        this.lockTimeoutMs = options.lockTimeoutMs ?? 30_000;
        this.staleMs = options.staleMs ?? 10_000;
    }
    get file() {
        return this.layout.registryFile;
    }
    /** A consistent snapshot without the lock. A missing file reads as empty. */
    async read() {
        const text = await this.readText();
        return text === undefined ? emptyRegistry() : this.parse(text);
    }
    /**
     * Runs `fn` on the current document under the registry lock and commits what it changed as
     * generation + 1. `fn` must not do slow work: other jobs wait on this lock.
     */
    async update(fn) {
        const lock = await acquireLock(this.layout.lockPath('registry'), 'registry', {
            staleMs: this.staleMs,
            timeoutMs: this.lockTimeoutMs,
            pollMs: 25,
            holder: this.options.holder,
        });
        try {
            const snap = await this.snapshot(lock);
            let write = true;
            const result = await fn(snap.doc, { skipWrite: () => (write = snap.rebuilt), lock });
            if (!write)
                return result;
            const generation = (snap.generation ?? 0) + 1;
            // Keys in this order: the generation sits in the first bytes, where the CAS check reads it.
            const text = JSON.stringify({
                schemaVersion: REGISTRY_SCHEMA_VERSION,
                generation,
                entries: snap.doc.entries,
            });
            atomicWriteFileSync(this.file, text, () => {
                // One synchronous block with the rename: still our lock, and still the file we read.
                lock.assertHeldSync();
                this.assertGenerationSync(snap.generation);
            });
            snap.doc.generation = generation;
            return result;
        }
        finally {
            await lock.release();
            // Most of a transaction is synchronous: yield to the event loop once, with the lock free, so
            // a caller committing in a loop still runs its timers (other locks' heartbeats) and signals.
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    async snapshot(lock) {
        const text = this.readTextSync();
        if (text === undefined) {
            const doc = emptyRegistry();
            const rebuilt = await rebuildEntriesFromTree(this.layout);
            for (const entry of rebuilt)
                doc.entries[entry.id] = entry;
            return { doc, rebuilt: rebuilt.length > 0 };
        }
        const doc = this.parse(text, lock);
        return { doc, generation: doc.generation, rebuilt: false };
    }
    /** The compare-and-swap: the file must still carry the generation we read (or still be missing). */
    assertGenerationSync(expected) {
        const current = readGenerationSync(this.file);
        if (current === expected)
            return;
        throw new errors_ToolchainCacheError('LOCK_LOST', `The registry ${this.file} changed under our lock (generation ${expected ?? '(no file)'} → ${current ?? '(no file)'}); nothing was committed.`);
    }
    readTextSync() {
        try {
            return (0,external_node_fs_.readFileSync)(this.file, 'utf8');
        }
        catch (e) {
            if (errors_isErrnoException(e) && e.code === 'ENOENT')
                return undefined;
            throw e;
        }
    }
    async readText() {
        try {
            return await external_node_fs_.promises.readFile(this.file, 'utf8');
        }
        catch (e) {
            if (errors_isErrnoException(e) && e.code === 'ENOENT')
                return undefined;
            throw e;
        }
    }
    /**
     * Validates. A corrupt file found under the lock is moved aside (never deleted, never treated as
     * empty) so the next job can rebuild the registry from the installed toolchains.
     */
    parse(text, lock) {
        let raw;
        let detail;
        try {
            raw = JSON.parse(text);
            const version = raw?.schemaVersion;
            if (typeof version === 'number' && version > REGISTRY_SCHEMA_VERSION) {
                throw new errors_ToolchainCacheError('REGISTRY_CORRUPT', `The registry ${this.file} has schema version ${version}, newer than this toolchain-cache understands (${REGISTRY_SCHEMA_VERSION}). ` +
                    'A newer release of the action wrote it: upgrade every workflow on this host, or use another cache-root.');
            }
            if (isRegistryDoc(raw))
                return raw;
            const parsed = registrySchema.safeParse(raw);
            if (parsed.success)
                return parsed.data;
            const issue = parsed.error.issues[0];
            detail = `invalid at ${issue.path.join('.') || '(top level)'}: ${issue.message}`;
        }
        catch (e) {
            if (e instanceof errors_ToolchainCacheError)
                throw e;
            detail = `not valid JSON (${e.message})`;
        }
        if (!lock)
            throw new RegistryCorruptError(this.file, detail);
        const movedTo = `${this.file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        try {
            // Synchronous on purpose: only while the lock is ours and the file is still the one we read.
            lock.assertHeldSync();
            if ((0,external_node_fs_.readFileSync)(this.file, 'utf8') !== text)
                throw new Error('the file changed meanwhile');
            (0,external_node_fs_.renameSync)(this.file, movedTo);
        }
        catch {
            throw new RegistryCorruptError(this.file, detail);
        }
        throw new RegistryCorruptError(this.file, detail, movedTo);
    }
}
const GENERATION_HEAD = /^\{"schemaVersion":\d+,"generation":(\d+)[,}]/;
/**
 * The generation of a registry file, cheaply: our writes put it in the first bytes; anything else
 * is parsed in full. undefined when there is no file; NaN when it has none (never equals a number).
 */
function readGenerationSync(file) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    catch (e) {
        if (errors_isErrnoException(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    try {
        const head = Buffer.alloc(128);
        const n = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
        const m = GENERATION_HEAD.exec(head.toString('utf8', 0, n));
        if (m)
            return Number(m[1]);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    try {
        const generation = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'))
            ?.generation;
        return typeof generation === 'number' ? generation : NaN;
    }
    catch {
        return NaN;
    }
}

;// CONCATENATED MODULE: ./lib/core/stats.js
// Usage statistics: counters per repository (namespace) in stats.json, and cache-wide figures.
// The counters have their own file and lock, so recording them never holds up an install; they are
// written like the registry (under the lock, atomic replace, ownership re-checked before the rename).






const STATS_SCHEMA_VERSION = 1;
const countersSchema = schemas/* object */.Ikc({
    /** Post steps that recorded results. */
    jobs: schemas/* number */.aig().nonnegative(),
    /** Found installed, no wait. */
    localHits: schemas/* number */.aig().nonnegative(),
    /** Installed by a concurrent job this job waited for. */
    peerWaits: schemas/* number */.aig().nonnegative(),
    /** Restored from the remote tier (the GitHub Actions cache). */
    remoteRestores: schemas/* number */.aig().nonnegative(),
    /** Downloaded from the origin. */
    downloads: schemas/* number */.aig().nonnegative(),
    bytesDownloaded: schemas/* number */.aig().nonnegative(),
    /** Sizes of the toolchains served from the host cache (local hits and peer waits). */
    bytesServed: schemas/* number */.aig().nonnegative(),
    /** Time jobs spent waiting for other jobs' installs. */
    waitMs: schemas/* number */.aig().nonnegative(),
    updatedAt: schemas/* string */.YjP(),
});
const statsSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(STATS_SCHEMA_VERSION),
    namespaces: schemas/* record */.g1P(schemas/* string */.YjP(), countersSchema),
});
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
    updatedAt: new Date(0).toISOString(),
});
// A repository name is "owner/name"; never let one be read as an object's prototype slot.
const safeNamespace = (ns) => ns === '__proto__' || ns === 'constructor' || ns === 'prototype' ? `(${ns})` : ns || 'unknown';
/** Adds one job's results to its namespace's counters; returns the namespace's new counters. */
async function recordJobStats(layout, namespace, results, options = {}) {
    const ns = safeNamespace(namespace);
    const now = options.now ?? Date.now();
    return withLock(layout.lockPath('stats'), 'stats', {
        staleMs: options.staleMs ?? 10_000,
        timeoutMs: options.lockTimeoutMs ?? 10_000,
        pollMs: 25,
        holder: options.holder,
    }, async (lock) => {
        const { doc } = await readStats(layout, { moveCorruptAside: true });
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
        c.updatedAt = new Date(now).toISOString();
        doc.namespaces = { ...doc.namespaces, [ns]: c };
        await fsx_atomicWriteFile(layout.statsFile, JSON.stringify(doc), () => lock.assertHeld());
        return c;
    });
}
/**
 * Lock-free read (the file is replaced atomically). A missing file reads as empty; so does an
 * unreadable one, with a warning; under the stats lock it is also moved aside.
 */
async function readStats(layout, options = {}) {
    const text = await readFileIfExists(layout.statsFile);
    if (text === undefined)
        return { doc: emptyStats() };
    let detail;
    try {
        const parsed = statsSchema.safeParse(JSON.parse(text));
        if (parsed.success)
            return { doc: parsed.data };
        detail = parsed.error.issues[0]?.message ?? 'invalid';
    }
    catch (e) {
        detail = `not valid JSON (${errorMessage(e)})`;
    }
    let warning = `The statistics file ${layout.statsFile} is unreadable (${detail}); counting starts over.`;
    if (options.moveCorruptAside) {
        const movedTo = `${layout.statsFile}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        await external_node_fs_.promises.rename(layout.statsFile, movedTo).catch(() => undefined);
        warning += ` It was moved aside to ${movedTo}.`;
    }
    return { doc: emptyStats(), warning };
}
function namespaceStats(c) {
    const hits = c.localHits;
    const misses = c.peerWaits + c.remoteRestores + c.downloads;
    return { ...c, hits, misses, hitRate: hits + misses > 0 ? hits / (hits + misses) : null };
}
/** Every namespace with its hit rate, and the sums over all of them. */
function summarizeStats(doc) {
    const total = zeroCounters();
    const namespaces = {};
    for (const [ns, c] of Object.entries(doc.namespaces).sort(([a], [b]) => (a < b ? -1 : 1))) {
        namespaces[ns] = namespaceStats(c);
        for (const k of [
            'jobs',
            'localHits',
            'peerWaits',
            'remoteRestores',
            'downloads',
            'bytesDownloaded',
            'bytesServed',
            'waitMs',
        ]) {
            total[k] += c[k];
        }
        if (c.updatedAt > total.updatedAt)
            total.updatedAt = c.updatedAt;
    }
    return { namespaces, total: namespaceStats(total) };
}
/** Live uses per entry id, judged without changing anything (dead uses are not counted). */
async function liveUseCounts(doc, now = Date.now()) {
    const alive = livenessChecker(now);
    const counts = new Map();
    for (const entry of Object.values(doc.entries)) {
        let n = 0;
        for (const use of entry.uses)
            if (await alive(use))
                n += 1;
        counts.set(entry.id, n);
    }
    return counts;
}
/** Entries, bytes, in use / unused (live uses) and free disk space. */
async function cacheFigures(layout, doc, options = {}) {
    const live = options.live ?? (await liveUseCounts(doc, options.now));
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
/** fs.statfs (Node ≥ 18.15); null where it is missing or the filesystem does not say. */
async function freeDiskBytes(dir) {
    if (typeof external_node_fs_.promises.statfs !== 'function')
        return null;
    try {
        const s = await external_node_fs_.promises.statfs(dir);
        const free = Number(s.bavail) * Number(s.bsize);
        return Number.isFinite(free) && free >= 0 ? free : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./lib/providers/actions-cache.js



/** One cache entry per exact archive. */
const remoteCacheKey = (spec) => `toolchain-cache-v1-${spec.id}-${spec.sha256}`;
/**
 * The cache service keys entries by the paths too, so the archive always travels under the same
 * workspace-relative path, whatever the cache root or staging directory of the host.
 */
const transitPath = (id) => external_node_path_.join('.toolchain-cache', `${id}.archive`);
const workspace = () => process.env.GITHUB_WORKSPACE ?? process.cwd();
// Loaded on first use: most jobs hit the host cache and never need the cache client.
let client;
const loadClient = () => (client ??= __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691)));
/**
 * The tier. The client is loaded on the first miss only: a job whose toolchains are all on the
 * host pays nothing for it. Without a cache service (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL,
 * e.g. an older self-hosted runner) every restore is simply a miss.
 */
function actionsCacheTier(log) {
    return {
        async restore(spec, destFile) {
            const cache = await loadClient();
            if (!cache.isFeatureAvailable()) {
                log.debug('remote-cache: no GitHub Actions cache service for this runner; downloading');
                return undefined;
            }
            const rel = transitPath(spec.id);
            const abs = path.join(workspace(), rel);
            try {
                if (!(await cache.restoreCache([rel], remoteCacheKey(spec))))
                    return undefined;
                await moveFile(abs, destFile);
                log.info(`${spec.id}: restored the archive from the GitHub Actions cache`);
                return { tier: 'actions-cache' };
            }
            finally {
                await fs.rm(abs, { force: true });
            }
        },
    };
}
/** Saves each downloaded archive; never throws (the post step reports, it does not fail). */
async function saveArchives(archives, log) {
    if (archives.length === 0)
        return [];
    const cache = await loadClient();
    if (!cache.isFeatureAvailable())
        return archives.map((a) => ({ id: a.id, saved: false, reason: 'no cache service' }));
    const outcomes = [];
    for (const a of archives) {
        const rel = transitPath(a.id);
        const abs = external_node_path_.join(workspace(), rel);
        try {
            await external_node_fs_.promises.mkdir(external_node_path_.dirname(abs), { recursive: true });
            await linkOrCopy(a.archivePath, abs);
            // saveCache logs and swallows its own failures (e.g. another job saving the same key
            // first) and answers -1 for them.
            const saved = (await cache.saveCache([rel], remoteCacheKey(a))) !== -1;
            outcomes.push({ id: a.id, saved, reason: saved ? undefined : 'see the message above' });
            if (saved)
                log.info(`${a.id}: saved the archive to the GitHub Actions cache`);
        }
        catch (e) {
            const reason = errorMessage(e);
            outcomes.push({ id: a.id, saved: false, reason });
            log.info(`${a.id}: not saved to the GitHub Actions cache (${reason})`);
        }
        finally {
            await external_node_fs_.promises.rm(abs, { force: true });
        }
    }
    await external_node_fs_.promises.rmdir(external_node_path_.join(workspace(), '.toolchain-cache')).catch(() => undefined);
    return outcomes;
}
async function moveFile(from, to) {
    try {
        await fs.rename(from, to);
    }
    catch {
        await fs.copyFile(from, to); // another file system (the workspace is often not on the cache's)
    }
}
async function linkOrCopy(from, to) {
    await external_node_fs_.promises.rm(to, { force: true });
    try {
        await external_node_fs_.promises.link(from, to);
    }
    catch {
        await external_node_fs_.promises.copyFile(from, to);
    }
}

;// CONCATENATED MODULE: ./lib/action/constants.js
// Input, output and state names in one place: action.yml, the steps and the tests agree on these.
const constants_Inputs = {
    Toolchains: 'toolchains',
    CacheRoot: 'cache-root',
    RemoteCache: 'remote-cache',
    Cleanup: 'cleanup',
    MaxUnusedDays: 'max-unused-days',
    MaxSize: 'max-size',
    WaitTimeout: 'wait-timeout',
    Summary: 'summary',
};
const Outputs = {
    CacheHit: 'cache-hit',
    Paths: 'paths',
    Path: 'path',
    Sources: 'sources',
};
/** Saved by main for post (GITHUB_STATE → STATE_<name>). */
const State = {
    UseKey: 'use-key',
    CacheRoot: 'cache-root',
    Results: 'results',
    MainError: 'main-error',
};

;// CONCATENATED MODULE: ./lib/action/log.js

/** The core's logger, on the runner's log. */
const actionsLogger = { info: core/* info */.pq, warning: core/* warning */.$e, debug: core/* debug */.Yz };

;// CONCATENATED MODULE: ./lib/core/spec.js
// The toolchains list and the scalar inputs, parsed and validated before anything touches the disk.




// Names Windows reserves whatever the extension; a toolchain directory must be creatable everywhere.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const KNOWN_KEYS = new Set(['id', 'url', 'sha256', 'bin', 'strip-components']);
/** Why a field is invalid: the message, completed by the caller with the item, field and value. */
class FieldError {
    field;
    message;
    constructor(field, message) {
        this.field = field;
        this.message = message;
    }
}
// A hand-written check of each field rather than a schema library: the main step validates its
// input on every job, and a schema library costs more to load than the whole check does to run.
function requiredString(item, field, missing) {
    const v = item[field];
    if (typeof v !== 'string')
        throw new FieldError(field, missing);
    return v;
}
function checkId(item) {
    const id = requiredString(item, 'id', 'is required (a string)');
    if (!ID_PATTERN.test(id)) {
        throw new FieldError('id', 'must match [A-Za-z0-9][A-Za-z0-9._+-]{0,127} (ASCII letters, digits, . _ + -; no path separators; at most 128 characters)');
    }
    if (WINDOWS_RESERVED.test(id) || id.endsWith('.'))
        throw new FieldError('id', 'is a name Windows cannot use as a directory');
    return id;
}
function checkUrl(item) {
    const url = requiredString(item, 'url', 'is required (a string)');
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
        throw new FieldError('url', 'must be an http:// or https:// URL');
    return url;
}
function checkSha256(item) {
    const sha = requiredString(item, 'sha256', 'is required (a string of 64 hex characters)')
        .trim()
        .toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(sha))
        throw new FieldError('sha256', 'must be 64 hexadecimal characters');
    return sha;
}
function checkRelativeDir(p) {
    if (typeof p !== 'string')
        throw new FieldError('bin', 'must be a directory or a list of directories (strings)');
    if (p.length === 0)
        throw new FieldError('bin', 'must not be empty');
    if (/^([/\\]|[A-Za-z]:)/.test(p))
        throw new FieldError('bin', 'must be relative to the toolchain root');
    if (p.split(/[/\\]/).includes('..'))
        throw new FieldError('bin', "must not contain '..'");
    return p;
}
function checkBin(item) {
    const bin = item.bin;
    if (bin === undefined)
        return undefined;
    if (!Array.isArray(bin))
        return [checkRelativeDir(bin)];
    if (bin.length === 0)
        throw new FieldError('bin', 'must list at least one directory');
    return bin.map(checkRelativeDir);
}
function checkStripComponents(item) {
    const n = item['strip-components'];
    if (n === undefined)
        return undefined;
    if (typeof n !== 'number' || !Number.isInteger(n))
        throw new FieldError('strip-components', 'must be a whole number');
    if (n < 0)
        throw new FieldError('strip-components', 'must be 0 or more');
    if (n > 64)
        throw new FieldError('strip-components', 'must be at most 64');
    return n;
}
/** One item, its fields checked in the order the README lists them; the first problem is thrown. */
function checkItem(item, label) {
    try {
        return {
            id: checkId(item),
            url: checkUrl(item),
            sha256: checkSha256(item),
            bin: checkBin(item),
            stripComponents: checkStripComponents(item),
        };
    }
    catch (e) {
        if (!(e instanceof FieldError))
            throw e;
        throw new InputError(`${label}: field "${e.field}" ${e.message}${describeValue(item[e.field])}.`, e.field);
    }
}
/**
 * Parses the `toolchains` input: a YAML (or JSON) list of items. The usual shape is read directly;
 * anything else loads the YAML library (a separate chunk of the bundle: most jobs never load it).
 */
async function spec_parseToolchains(text) {
    if (!text.trim())
        throw new InputError('Input "toolchains" is required: a YAML list of {id, url, sha256}.', 'toolchains');
    let doc = parseSimpleToolchainList(text);
    if (doc === undefined) {
        const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        try {
            doc = parse(text);
        }
        catch (e) {
            throw new InputError(`Input "toolchains" is not valid YAML: ${e.message}`, 'toolchains');
        }
    }
    return checkToolchains(doc);
}
/** Validates a parsed `toolchains` document. */
function checkToolchains(doc) {
    if (!Array.isArray(doc) || doc.length === 0) {
        throw new InputError('Input "toolchains" must be a non-empty YAML list, e.g.\n- id: cmake-3.30.5\n  url: https://…\n  sha256: <64 hex>', 'toolchains');
    }
    const warnings = [];
    const seen = new Map();
    const toolchains = doc.map((raw, index) => {
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
            throw new InputError(`toolchains[${index}]: must be a mapping with id, url and sha256.`, 'toolchains');
        }
        const label = itemLabel(index, raw.id);
        for (const key of Object.keys(raw)) {
            if (!KNOWN_KEYS.has(key))
                warnings.push(`${label}: unknown key "${key}" ignored (known: ${[...KNOWN_KEYS].join(', ')}).`);
        }
        const item = checkItem(raw, label);
        // Case-folded: on macOS and Windows `Foo` and `foo` would be one directory.
        const earlier = seen.get(item.id.toLowerCase());
        if (earlier !== undefined) {
            throw new InputError(`${label}: field "id" duplicates toolchains[${earlier}] (ids are compared ignoring letter case); each id may appear once.`, 'id');
        }
        seen.set(item.id.toLowerCase(), index);
        return item;
    });
    return { toolchains, warnings };
}
function itemLabel(index, id) {
    return typeof id === 'string' && id.length <= 128
        ? `toolchains[${index}] (id "${id}")`
        : `toolchains[${index}]`;
}
function describeValue(v) {
    if (v === undefined)
        return '';
    const s = typeof v === 'string'
        ? JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v)
        : JSON.stringify(v);
    return typeof v === 'string' && /^[0-9a-fA-F]*$/.test(v) && v.length !== 64
        ? ` (got ${v.length} characters)`
        : ` (got ${s})`;
}
const SIZE_UNITS = {
    '': 1,
    b: 1,
    k: 1024,
    kb: 1e3,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1e6,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1e9,
    gib: 1024 ** 3,
    t: 1024 ** 4,
    tb: 1e12,
    tib: 1024 ** 4,
};
/** `20GB` (10^9), `512MiB` (2^20), `1.5T`, `1048576`; empty → undefined (no bound). */
function spec_parseSize(value, name) {
    const v = value.trim();
    if (!v)
        return undefined;
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(v);
    const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined) {
        throw new errors_InputError(`Input "${name}" must be a size such as 20GB, 512MiB or 1073741824 (got "${value}").`, name);
    }
    return Math.floor(Number(m[1]) * unit);
}
/** A whole number ≥ min; empty → the default. */
function spec_parseWholeNumber(value, name, fallback, min = 0) {
    const v = value.trim();
    if (!v)
        return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) {
        throw new errors_InputError(`Input "${name}" must be a whole number ≥ ${min} (got "${value}").`, name);
    }
    return Number(v);
}
/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts. */
function parseBoolean(value, name, fallback) {
    const v = value.trim();
    if (!v)
        return fallback;
    if (/^(true|True|TRUE)$/.test(v))
        return true;
    if (/^(false|False|FALSE)$/.test(v))
        return false;
    throw new errors_InputError(`Input "${name}" must be true or false (got "${value}").`, name);
}

;// CONCATENATED MODULE: ./lib/action/inputs.js
// Every input read and validated once, before anything touches the disk.





const input = (name) => core/* getInput */.V4(name);
/** The settings both steps share; the post step reads these without the toolchains list. */
function readSettings() {
    return {
        cacheRoot: resolveCacheRoot(input(constants_Inputs.CacheRoot)),
        remoteCache: parseBoolean(input(constants_Inputs.RemoteCache), constants_Inputs.RemoteCache, true),
        cleanup: parseBoolean(input(constants_Inputs.Cleanup), constants_Inputs.Cleanup, true),
        maxUnusedDays: spec_parseWholeNumber(input(constants_Inputs.MaxUnusedDays), constants_Inputs.MaxUnusedDays, 30),
        maxSizeBytes: spec_parseSize(input(constants_Inputs.MaxSize), constants_Inputs.MaxSize),
        waitTimeoutSeconds: spec_parseWholeNumber(input(constants_Inputs.WaitTimeout), constants_Inputs.WaitTimeout, 600, 1),
        summary: parseBoolean(input(constants_Inputs.Summary), constants_Inputs.Summary, true),
    };
}
async function readInputs() {
    const { toolchains, warnings } = await parseToolchains(input(Inputs.Toolchains));
    return { toolchains, warnings, ...readSettings() };
}
const HostEnv = {
    MaxMembers: 'TOOLCHAIN_CACHE_MAX_MEMBERS',
    MaxUnpackedSize: 'TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE',
    StallTimeout: 'TOOLCHAIN_CACHE_STALL_TIMEOUT',
    DownloadRetries: 'TOOLCHAIN_CACHE_DOWNLOAD_RETRIES',
};
/** Reads and validates the host-wide limits; a bad value fails naming the variable. */
function readHostSettings(env = process.env) {
    const value = (name) => env[name]?.trim() ?? '';
    const named = (name, parse) => {
        try {
            return parse();
        }
        catch (e) {
            if (!(e instanceof InputError))
                throw e;
            // The parsers speak of inputs; these are environment variables of the runner.
            throw new InputError(e.message.replace(`Input "${name}"`, `Environment variable ${name}`), name);
        }
    };
    const whole = (name, min) => value(name) ? named(name, () => parseWholeNumber(value(name), name, 0, min)) : undefined;
    const maxUnpackedBytes = named(HostEnv.MaxUnpackedSize, () => parseSize(value(HostEnv.MaxUnpackedSize), HostEnv.MaxUnpackedSize));
    if (maxUnpackedBytes === 0) {
        throw new InputError(`Environment variable ${HostEnv.MaxUnpackedSize} must be more than 0 (got "${value(HostEnv.MaxUnpackedSize)}").`, HostEnv.MaxUnpackedSize);
    }
    return {
        maxMembers: whole(HostEnv.MaxMembers, 1),
        maxUnpackedBytes,
        stallTimeoutSeconds: whole(HostEnv.StallTimeout, 1),
        downloadRetries: whole(HostEnv.DownloadRetries, 0),
    };
}

;// CONCATENATED MODULE: ./lib/action/job.js
function jobRefFromEnv(env = process.env) {
    return {
        repository: env.GITHUB_REPOSITORY ?? 'unknown/unknown',
        runId: env.GITHUB_RUN_ID ?? '0',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        job: env.GITHUB_JOB ?? 'unknown',
        action: env.GITHUB_ACTION ?? 'toolchain-cache',
    };
}

;// CONCATENATED MODULE: ./lib/action/summary.js
// The job summary: what came from where, how long it took, how big it is; the cache's totals, this
// repository's hit rate and what GC did. GitHub rejects a step summary over 1 MiB, so long lists
// are cut with a note (the post step's log has them in full).


/** GitHub's limit for one step's summary. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Rows of the toolchains table and ids of each GC list shown before "… and N more". */
const MAX_TABLE_ROWS = 200;
const MAX_LISTED_IDS = 100;
const MAX_MESSAGES = 20;
const seconds = (ms) => (ms ? `${(ms / 1000).toFixed(1)} s` : '–');
const percent = (rate) => rate === null || rate === undefined ? '–' : `${(rate * 100).toFixed(1)}%`;
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
/** At most `max` ids, then "and N more". */
function listIds(ids, max = MAX_LISTED_IDS) {
    const shown = ids.slice(0, max).map((id) => `<code>${escapeHtml(id)}</code>`);
    const more = ids.length - shown.length;
    return shown.join(', ') + (more > 0 ? ` … and ${more} more (listed in the post step's log)` : '');
}
/** Fills core.summary's buffer (not written). */
function buildJobSummary(input) {
    const s = core/* summary */.z.addHeading('toolchain-cache', 3);
    if (input.mainError)
        s.addRaw(`<p>The main step failed: ${escapeHtml(input.mainError)}</p>`, true);
    if (input.results.length) {
        const rows = input.results.slice(0, MAX_TABLE_ROWS);
        s.addTable([
            [
                { data: 'Toolchain', header: true },
                { data: 'Source', header: true },
                { data: 'Wait', header: true },
                { data: 'Install', header: true },
                { data: 'Size', header: true },
            ],
            ...rows.map((r) => [
                escapeHtml(r.id),
                escapeHtml(r.source),
                seconds(r.waitMs),
                seconds(r.installMs),
                formatBytes(r.sizeBytes),
            ]),
        ]);
        if (input.results.length > rows.length) {
            s.addRaw(`<p><em>Showing ${rows.length} of ${input.results.length} toolchains; the main step's log lists every one.</em></p>`, true);
        }
    }
    if (input.cache) {
        const c = input.cache;
        s.addRaw(`<p><strong>Cache:</strong> ${c.entries} toolchain(s), ${formatBytes(c.totalBytes)}; ` +
            `${c.inUse} in use, ${c.unused} unused; free disk: ${c.freeBytes === null ? 'unknown' : formatBytes(c.freeBytes)}.</p>`, true);
    }
    if (input.repositoryStats) {
        const r = input.repositoryStats;
        s.addRaw(`<p><strong>${escapeHtml(input.repository ?? 'This repository')}:</strong> hit rate ${percent(r.hitRate)} ` +
            `(${r.localHits} local hit(s), ${r.peerWaits} peer wait(s), ${r.remoteRestores} remote restore(s), ${r.downloads} download(s)); ` +
            `${formatBytes(r.bytesServed)} served from the cache, ${formatBytes(r.bytesDownloaded)} downloaded, ` +
            `${seconds(r.waitMs)} spent waiting, over ${r.jobs} job(s).</p>`, true);
    }
    s.addRaw(gcSection(input), true);
    return s;
}
function gcSection(input) {
    if (input.gcDisabled)
        return '<p><strong>GC:</strong> disabled (cleanup: false).</p>';
    if (input.gcError)
        return `<p><strong>GC failed:</strong> ${escapeHtml(input.gcError)}</p>`;
    const gc = input.gc;
    if (!gc)
        return '';
    if (gc.skipped === 'another-gc-running')
        return '<p><strong>GC skipped: another GC running.</strong></p>';
    if (gc.skipped === 'throttled') {
        return `<p><strong>GC skipped: throttled</strong> (${escapeHtml(gc.skippedDetail ?? 'a GC ran recently')}).</p>`;
    }
    const items = [];
    items.push(gc.removed.length
        ? `Removed ${gc.removed.length} toolchain(s), freed ${formatBytes(gc.freedBytes)}: ${listIds(gc.removed.map((r) => r.id))}`
        : 'Removed nothing.');
    if (gc.skippedInUse.length)
        items.push(`Skipped because in use: ${listIds(gc.skippedInUse)}`);
    if (gc.boundsUnmet)
        items.push(`<strong>Size bound not met:</strong> ${escapeHtml(gc.boundsUnmet)}`);
    if (gc.reclaimedUses)
        items.push(`Reclaimed ${gc.reclaimedUses} use(s) of jobs that ended without their post step.`);
    if (gc.trashCleaned)
        items.push(`Deleted ${gc.trashCleaned} leftover(s) of an interrupted GC.`);
    for (const n of gc.notes.slice(0, MAX_MESSAGES))
        items.push(escapeHtml(n));
    for (const e of gc.errors.slice(0, MAX_MESSAGES))
        items.push(`Problem: ${escapeHtml(e)}`);
    if (gc.errors.length > MAX_MESSAGES)
        items.push(`… and ${gc.errors.length - MAX_MESSAGES} more problem(s) (see the log).`);
    return `<p><strong>GC:</strong></p><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}
/** Appends the summary to GITHUB_STEP_SUMMARY; returns its size in bytes. */
async function writeJobSummary(input) {
    let s = buildJobSummary(input);
    let size = Buffer.byteLength(s.stringify());
    if (size > SUMMARY_LIMIT_BYTES) {
        // Cannot happen with the caps above unless a message is enormous: fall back to the essentials.
        s = s.emptyBuffer().addHeading('toolchain-cache', 3);
        s.addRaw(`<p>${input.results.length} toolchain(s); the full summary (${size} bytes) exceeded GitHub's 1 MiB limit: see the post step's log.</p>`, true);
        size = Buffer.byteLength(s.stringify());
    }
    await s.write();
    return size;
}

;// CONCATENATED MODULE: ./lib/action/post-step.js
// The post step: always runs (no post-if). Releases this job's uses, records statistics, collects
// garbage and reports. Nothing here fails the job: every problem becomes a warning, and one
// failing part does not stop the others.

















const warn = (what, e) => core/* warning */.$e(`toolchain-cache post step: ${what}: ${errorMessage(e)}`);
async function runPost() {
    let settings;
    try {
        settings = readSettings();
    }
    catch (e) {
        warn('inputs', e);
        return;
    }
    const results = parseResults(core/* getState */.Gu(State.Results));
    const job = jobRefFromEnv();
    const holder = leases_describeJob(job);
    const summary = {
        results,
        mainError: core/* getState */.Gu(State.MainError) || undefined,
        repository: job.repository,
    };
    let layout;
    try {
        layout = await openCacheRoot(core/* getState */.Gu(State.CacheRoot) || settings.cacheRoot, {
            create: false,
        });
    }
    catch (e) {
        warn('cache root', e);
    }
    if (layout) {
        const registry = new Registry(layout, { holder });
        try {
            const released = await releaseUses(registry, {
                key: core/* getState */.Gu(State.UseKey) || undefined,
                job,
                process: await jobProcess(),
            });
            core/* info */.pq(released.length
                ? `Released this job's use of: ${released.join(', ')}`
                : 'No uses to release.');
        }
        catch (e) {
            warn('releasing uses', e);
        }
        await saveAndDropArchives(layout, results, settings.remoteCache);
        if (results.length) {
            try {
                await recordJobStats(layout, job.repository, results, { holder });
            }
            catch (e) {
                warn('statistics', e);
            }
        }
        if (settings.cleanup) {
            try {
                const report = await collectGarbage(layout, registry, {
                    maxUnusedDays: settings.maxUnusedDays,
                    maxSizeBytes: settings.maxSizeBytes,
                    holder,
                });
                logGcReport(report);
                summary.gc = report;
            }
            catch (e) {
                warn('GC', e);
                summary.gcError = errorMessage(e);
            }
        }
        else {
            summary.gcDisabled = true;
        }
        if (settings.summary) {
            try {
                summary.cache = await cacheFigures(layout, await registry.read());
                const { doc } = await readStats(layout);
                if (Object.hasOwn(doc.namespaces, job.repository)) {
                    summary.repositoryStats = namespaceStats(doc.namespaces[job.repository]);
                }
            }
            catch (e) {
                warn('cache figures', e);
            }
        }
    }
    if (settings.summary) {
        try {
            await writeJobSummary(summary);
        }
        catch (e) {
            warn('job summary', e);
        }
    }
}
/**
 * Archives this job downloaded wait in staging for the remote tier: save them (when enabled and
 * the runner has a cache service), then remove them either way.
 */
async function saveAndDropArchives(layout, results, remoteCache) {
    const archives = results.flatMap((r) => r.archivePath ? [{ id: r.id, sha256: r.sha256, archivePath: r.archivePath }] : []);
    if (archives.length === 0)
        return;
    try {
        if (remoteCache)
            await saveArchives(archives, actionsLogger);
    }
    catch (e) {
        warn('remote cache', e);
    }
    finally {
        for (const a of archives) {
            const stage = external_node_path_.dirname(a.archivePath);
            if (external_node_path_.dirname(stage) !== layout.stagingDir)
                continue; // not one of ours: leave it
            await fsx_removeTreeInside(layout.root, stage).catch((e) => warn('removing a saved archive', e));
        }
    }
}
/** The full report goes to the log (the summary cuts long lists). */
function logGcReport(r) {
    if (r.skipped === 'another-gc-running') {
        core/* info */.pq(`GC skipped: another GC running (${r.skippedDetail ?? ''}).`);
        return;
    }
    if (r.skipped === 'throttled') {
        core/* info */.pq(`GC skipped: throttled (${r.skippedDetail ?? ''}).`);
        return;
    }
    core/* info */.pq(`GC: removed ${r.removed.length} toolchain(s), freed ${formatBytes(r.freedBytes)}; ` +
        `reclaimed ${r.reclaimedUses} dead use(s); deleted ${r.trashCleaned} trash leftover(s).`);
    for (const e of r.removed)
        core/* info */.pq(`  removed ${e.id} (${formatBytes(e.sizeBytes)}, last used ${e.lastUsedAt})`);
    if (r.skippedInUse.length)
        core/* info */.pq(`GC skipped because in use: ${r.skippedInUse.join(', ')}`);
    if (r.boundsUnmet)
        core/* info */.pq(r.boundsUnmet);
    for (const n of r.notes)
        core/* info */.pq(n);
    for (const e of r.errors)
        core/* warning */.$e(`toolchain-cache GC: ${e}`);
}
function parseResults(text) {
    if (!text)
        return [];
    try {
        const parsed = JSON.parse(text);
        return Array.isArray(parsed) ? parsed : [];
    }
    catch {
        return [];
    }
}


/***/ })

};
