export const id = 382;
export const ids = [382];
export const modules = {

/***/ 8382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMain: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/core/errors.js
// Typed errors. Each carries what a user needs to fix the problem; `code` is stable for tests and logs.
class ToolchainCacheError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/** A bad input: names the item (index or id) and the field. */
class InputError extends ToolchainCacheError {
    field;
    constructor(message, field) {
        super('INVALID_INPUT', message);
        this.field = field;
    }
}
class ChecksumError extends ToolchainCacheError {
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
class DownloadError extends ToolchainCacheError {
    status;
    retryable;
    constructor(message, status, retryable = false, options) {
        super('DOWNLOAD_FAILED', message, options);
        this.status = status;
        this.retryable = retryable;
    }
}
/** An archive member that would escape the staging directory or is otherwise not allowed. */
class UnsafeArchiveError extends ToolchainCacheError {
    member;
    constructor(message, member) {
        super('UNSAFE_ARCHIVE', message);
        this.member = member;
    }
}
class LockTimeoutError extends ToolchainCacheError {
    lockName;
    holder;
    constructor(lockName, holder, seconds) {
        super('LOCK_TIMEOUT', `Timed out after ${seconds}s waiting for lock "${lockName}", held by ${holder}.`);
        this.lockName = lockName;
        this.holder = holder;
    }
}
/** The lock was taken over (we stalled past its stale time): the critical section must not commit. */
class LockLostError extends ToolchainCacheError {
    lockName;
    constructor(lockName) {
        super('LOCK_LOST', `Lost lock "${lockName}" (another process took it over as stale); nothing was committed.`);
        this.lockName = lockName;
    }
}
class RegistryCorruptError extends ToolchainCacheError {
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
const errors_errorMessage = (e) => (e instanceof Error ? e.message : String(e));

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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
async function atomicWriteFile(file, data, beforeRename) {
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
async function removeTreeInside(root, target) {
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
        throw new ToolchainCacheError('UNSAFE_PATH', `Refusing to delete ${target}: it resolves to ${resolved}, outside the cache root ${root}.`);
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

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./lib/core/install/download.js
// Downloads one file over HTTP(S), hashing it on the way to disk. Node built-ins only (no
// @actions/*) so the action and the CLI share it. Handles redirects, proxies from the
// environment, retries with backoff, and transfers that stall without closing.











const MAX_REDIRECTS = 10;
const MAX_DELAY_MS = 30_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Transient network failures worth another attempt. Anything else (TLS verification, a full
// disk, a bad proxy setting) fails the same way every time.
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EPIPE',
    'EHOSTUNREACH',
    'EHOSTDOWN',
    'ENETUNREACH',
    'ENETDOWN',
    'ENETRESET',
    'EAI_AGAIN',
    'ENOTFOUND', // flaky runner DNS answers NXDOMAIN now and then; a typo costs a few seconds
    'ERR_STREAM_PREMATURE_CLOSE',
]);
/** One attempt's failure; carries the server's Retry-After for the backoff. */
class AttemptError extends DownloadError {
    retryAfterMs;
    constructor(message, status, retryable = false, retryAfterMs, options) {
        super(message, status, retryable, options);
        this.retryAfterMs = retryAfterMs;
    }
}
/**
 * Streams `url` to `dest` (created or truncated) and checks its sha256. Retries transient
 * failures; throws ChecksumError on a digest mismatch (never retried), DownloadError otherwise,
 * or an error named AbortError when `signal` fires. `dest` is removed on failure.
 */
async function downloadFile(url, dest, opts) {
    const started = Date.now();
    const { id } = opts;
    const expected = opts.expectedSha256.toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(expected)) {
        throw new InputError(`${id}: the expected sha256 must be 64 hex characters`, 'sha256');
    }
    let target;
    try {
        target = new URL(url);
    }
    catch {
        throw new InputError(`${id}: invalid URL ${JSON.stringify(url)}`, 'url');
    }
    if (!isHttp(target)) {
        throw new InputError(`${id}: only http and https URLs are supported, got ${target.protocol}`, 'url');
    }
    const shown = redact(target);
    const retries = opts.retries ?? 3;
    const aborted = () => abortError(`${id}: download of ${shown} aborted`, opts.signal?.reason);
    for (let attempt = 1;; attempt++) {
        try {
            if (opts.signal?.aborted)
                throw aborted();
            const { sha256, bytes } = await attemptOnce(target, dest, opts, aborted);
            if (sha256 !== expected)
                throw new ChecksumError(id, expected, sha256, shown);
            return { sha256, bytes, attempts: attempt, durationMs: Date.now() - started };
        }
        catch (e) {
            if (!(e instanceof AttemptError && e.retryable && attempt <= retries)) {
                await (0,promises_.rm)(dest, { force: true }).catch(() => undefined);
                if (!(e instanceof DownloadError))
                    throw e;
                const how = e.retryable
                    ? `failed after ${attempt} attempt${attempt === 1 ? '' : 's'}; last error: ${e.message}`
                    : `failed: ${e.message} (not retried)`;
                throw new DownloadError(`${id}: download of ${shown} ${how}`, e.status, e.retryable, {
                    cause: e,
                });
            }
            const delayMs = retryDelay(attempt, opts.retryBaseDelayMs ?? 1000, e.retryAfterMs);
            opts.onRetry?.(attempt, e, delayMs);
            try {
                await (0,external_node_timers_promises_.setTimeout)(delayMs, undefined, { signal: opts.signal });
            }
            catch {
                await (0,promises_.rm)(dest, { force: true }).catch(() => undefined);
                throw aborted();
            }
        }
    }
}
/**
 * Delay before the retry that follows `attempt` (1-based): the server's Retry-After if any
 * (capped), else exponential with jitter.
 */
function retryDelay(attempt, baseMs, retryAfterMs) {
    if (retryAfterMs !== undefined)
        return Math.min(retryAfterMs, MAX_DELAY_MS);
    const ceiling = Math.min(MAX_DELAY_MS, baseMs * 2 ** (attempt - 1));
    // Jitter spreads the retries of many runners hit by the same outage.
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
/**
 * Where a redirect leads: Location resolved against the current URL. Refuses https→http
 * and non-http schemes (thrown as a non-retryable DownloadError).
 */
function redirectTarget(current, location) {
    let next;
    try {
        next = new URL(location, current);
    }
    catch {
        throw new AttemptError(`invalid redirect Location ${JSON.stringify(location)}`);
    }
    if (!isHttp(next))
        throw new AttemptError(`refusing redirect to ${next.protocol} URL`);
    if (current.protocol === 'https:' && next.protocol === 'http:') {
        throw new AttemptError(`refusing redirect from https to http (${redact(next)})`);
    }
    return next;
}
/** False when `target` must be fetched directly: loopback, or matched by no_proxy / NO_PROXY. */
function shouldProxy(target, env = process.env) {
    const url = new URL(target);
    const host = bare(url.hostname).toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost') || host === '::1')
        return false;
    if (/^127\.\d+\.\d+\.\d+$/.test(host))
        return false;
    const port = portOf(url);
    for (const raw of (env.no_proxy || env.NO_PROXY || '').toLowerCase().split(/[\s,]+/)) {
        if (raw === '*')
            return false;
        // "host:port" or "[v6]:port"; a bare IPv6 address has several colons, so it does not match.
        const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(raw);
        if (m && Number(m[2]) !== port)
            continue;
        // ".example.com" and "*.example.com" mean the same as "example.com": it and its subdomains.
        const entry = bare(m ? m[1] : raw).replace(/^\*?\./, '');
        if (entry && (host === entry || host.endsWith(`.${entry}`)))
            return false;
    }
    return true;
}
/**
 * The proxy for `target` from https_proxy / http_proxy (lower case first), or undefined for a
 * direct connection. Throws on a proxy that is not http:// or https://.
 */
function proxyFor(target, env = process.env) {
    const url = new URL(target);
    const raw = url.protocol === 'https:'
        ? env.https_proxy || env.HTTPS_PROXY
        : env.http_proxy || env.HTTP_PROXY;
    if (!raw || !shouldProxy(url, env))
        return undefined;
    let proxy;
    try {
        proxy = new URL(raw.includes('://') ? raw : `http://${raw}`); // curl accepts "host:port"
    }
    catch {
        // reported below
    }
    if (!proxy || !isHttp(proxy)) {
        // Not silently bypassed: a runner behind a proxy would then hang on direct connections.
        throw new DownloadError(`unsupported proxy setting ${JSON.stringify(raw.replace(/\/\/[^@/]*@/, '//***@'))} (only http:// and https:// proxies)`);
    }
    return proxy;
}
async function attemptOnce(start, dest, opts, aborted) {
    // One controller per attempt: the caller's signal and the stall watchdog both abort through it.
    const ac = new AbortController();
    (0,external_node_events_.setMaxListeners)(4 * MAX_REDIRECTS, ac.signal); // each hop's request listens to it
    const onAbort = () => ac.abort(aborted());
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const stallMs = opts.stallTimeoutMs ?? 60_000;
    let timer;
    const watchdog = {
        kick() {
            clearTimeout(timer);
            timer = setTimeout(() => {
                ac.abort(new AttemptError(`stalled: no data received for ${stallMs} ms`, undefined, true));
            }, stallMs);
        },
        stop: () => clearTimeout(timer),
    };
    let res;
    try {
        watchdog.kick();
        let url = start;
        let headers = requestHeaders(opts);
        for (let hop = 0;; hop++) {
            res = await get(url, headers, ac.signal);
            watchdog.kick();
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            if (REDIRECTS.has(status) && location) {
                res.destroy();
                if (hop === MAX_REDIRECTS) {
                    throw new AttemptError(`too many redirects (more than ${MAX_REDIRECTS})`, status);
                }
                const next = redirectTarget(url, location);
                // Like curl and fetch: credentials meant for one origin are not sent to another
                // (GitHub's asset host even rejects a request carrying both a token and a signed URL).
                if (next.origin !== url.origin) {
                    headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'authorization' && k !== 'cookie'));
                }
                url = next;
                continue;
            }
            if (status < 200 || status > 299) {
                // After a redirect, say where from, without the (signed) query string.
                const where = url === start ? '' : ` from ${url.origin}${url.pathname}`;
                throw new AttemptError(`HTTP ${status} ${res.statusMessage ?? ''}`.trimEnd() + where, status, status >= 500 || status === 408 || status === 429, parseRetryAfter(res.headers['retry-after']));
            }
            return await receive(res, dest, opts, watchdog, ac.signal);
        }
    }
    catch (e) {
        if (ac.signal.aborted)
            throw ac.signal.reason;
        if (e instanceof DownloadError)
            throw e;
        const retryable = isNetworkError(e);
        throw new AttemptError(retryable ? `network error: ${errors_errorMessage(e)}` : errors_errorMessage(e), undefined, retryable, undefined, { cause: e });
    }
    finally {
        watchdog.stop();
        res?.destroy(); // with agent: false this closes the socket on every path
        opts.signal?.removeEventListener('abort', onAbort);
    }
}
/** One GET: direct, via an http proxy, or via a CONNECT tunnel. Resolves on the response head. */
function get(url, headers, signal) {
    return new Promise((resolve, reject) => {
        // agent: false gives each request its own socket, closed with the response, so nothing lingers.
        const send = (req) => {
            req.on('error', reject).on('response', resolve).end();
        };
        const proxy = proxyFor(url);
        if (!proxy) {
            send((url.protocol === 'https:' ? external_node_https_ : external_node_http_).request(url, { headers, signal, agent: false }));
            return;
        }
        const viaProxy = {
            host: bare(proxy.hostname),
            port: portOf(proxy),
            agent: false,
            signal,
        };
        const proxyAuth = proxy.username
            ? { 'proxy-authorization': `Basic ${basic(proxy)}` }
            : {};
        const proxyModule = proxy.protocol === 'https:' ? external_node_https_ : external_node_http_;
        if (url.protocol === 'http:') {
            // Plain http: the proxy gets the absolute URL; userinfo goes in Authorization instead.
            const path = `${url.protocol}//${url.host}${url.pathname}${url.search}`;
            const auth = url.username ? `${decode(url.username)}:${decode(url.password)}` : undefined;
            send(proxyModule.request({
                ...viaProxy,
                path,
                auth,
                headers: { ...headers, ...proxyAuth, host: url.host },
            }));
            return;
        }
        const authority = `${url.hostname}:${portOf(url)}`; // hostname keeps IPv6 brackets
        const connect = proxyModule.request({
            ...viaProxy,
            method: 'CONNECT',
            path: authority,
            headers: { ...proxyAuth, host: authority },
        });
        const refused = (status = 0, text = '') => new AttemptError(`proxy ${proxy.host} refused CONNECT to ${authority}: HTTP ${status} ${text}`.trimEnd(), status, status >= 500 || status === 408 || status === 429);
        connect.on('error', reject);
        connect.on('response', (r) => {
            r.destroy();
            reject(refused(r.statusCode, r.statusMessage));
        });
        connect.on('connect', (r, socket) => {
            if (r.statusCode !== 200) {
                socket.destroy();
                reject(refused(r.statusCode, r.statusMessage));
                return;
            }
            // The tunnel is ours until the TLS socket takes it over: close it on abort too.
            if (signal.aborted)
                socket.destroy();
            signal.addEventListener('abort', () => socket.destroy(), { once: true });
            const host = bare(url.hostname);
            send(external_node_https_.request(url, {
                headers,
                signal,
                createConnection: () => external_node_tls_.connect({ socket, servername: external_node_net_.isIP(host) ? undefined : host })
                    .once('close', () => socket.destroy()),
            }));
        });
        connect.end();
    });
}
/** Streams the body to `dest` while hashing it, then checks the length and fsyncs. */
async function receive(res, dest, opts, watchdog, signal) {
    const length = Number(res.headers['content-length'] ?? NaN);
    const total = Number.isSafeInteger(length) && length >= 0 ? length : undefined;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const interval = opts.progressIntervalMs ?? 5000;
    const startedAt = Date.now();
    let lastReport = startedAt;
    let bytes = 0;
    const report = () => opts.onProgress?.({
        receivedBytes: bytes,
        totalBytes: total,
        elapsedMs: Date.now() - startedAt,
    });
    const truncated = (cause) => new AttemptError(`truncated: got ${bytes} of ${total} bytes`, undefined, true, undefined, {
        cause,
    });
    const file = await (0,promises_.open)(dest, 'w');
    try {
        // Hash and write in one sink: the file is never read back. Our own Writable rather than
        // an fs stream, whose autoClose/emitClose interplay makes pipeline() wait forever.
        const sink = new external_node_stream_.Writable({
            write(chunk, _encoding, callback) {
                bytes += chunk.length;
                hash.update(chunk);
                watchdog.kick();
                if (opts.onProgress && Date.now() - lastReport >= interval) {
                    lastReport = Date.now();
                    report();
                }
                writeAll(file, chunk).then(() => callback(), callback);
            },
        });
        try {
            await (0,external_node_stream_promises_.pipeline)(res, sink, { signal });
        }
        catch (e) {
            // Node reports a body cut short of content-length as a reset ("aborted").
            if (total !== undefined && bytes < total && isNetworkError(e))
                throw truncated(e);
            throw e;
        }
        watchdog.stop();
        if (total !== undefined && bytes !== total)
            throw truncated();
        await file.sync(); // the caller renames this into the cache next; it must be on disk
    }
    finally {
        await file.close();
    }
    report();
    return { sha256: hash.digest('hex'), bytes };
}
async function writeAll(file, chunk) {
    for (let off = 0; off < chunk.length;)
        off += (await file.write(chunk, off)).bytesWritten;
}
function requestHeaders(opts) {
    const headers = {
        'user-agent': opts.userAgent ?? 'toolchain-cache',
        accept: '*/*',
    };
    for (const [k, v] of Object.entries(opts.headers ?? {}))
        headers[k.toLowerCase()] = v;
    // The digest is of the file as published; a compressed transfer would hash something else.
    headers['accept-encoding'] = 'identity';
    return headers;
}
function parseRetryAfter(value) {
    if (!value)
        return undefined;
    const seconds = Number(value);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
    return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}
function isNetworkError(e) {
    return errors_isErrnoException(e) && (RETRYABLE_CODES.has(e.code) || e.code.startsWith('HPE_'));
}
function abortError(message, reason) {
    return Object.assign(new Error(message, { cause: reason }), {
        name: 'AbortError',
        code: 'ABORT_ERR',
    });
}
const isHttp = (u) => u.protocol === 'http:' || u.protocol === 'https:';
const portOf = (u) => Number(u.port) || (u.protocol === 'https:' ? 443 : 80);
const bare = (host) => host.replace(/^\[(.*)\]$/, '$1');
const decode = (s) => decodeURIComponent(s);
const basic = (u) => Buffer.from(`${decode(u.username)}:${decode(u.password)}`).toString('base64');
/** The URL for messages: without userinfo. */
function redact(u) {
    if (!u.username && !u.password)
        return u.href;
    const copy = new URL(u.href);
    copy.username = '';
    copy.password = '';
    return copy.href;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./lib/core/install/archive-policy.js
// The one member policy every archive format goes through: what a member may be called, what it may be,
// where it may point, and how much an archive may unpack to. Pure path logic, no I/O.


const refuse = (member, why) => {
    throw new UnsafeArchiveError(`Archive member "${member}" ${why}; refusing to extract.`, member);
};
const ABSOLUTE = /^[\\/]/;
const DRIVE = /^[a-zA-Z]:/;
// `..`, and `...` / `.. ` which Windows trims to `..`.
const hasDotDot = (p) => p.split(/[\\/]/).some((s) => /^\.\.[. ]*$/.test(s));
/** True when `p` is `root` or below it (both absolute). */
function archive_policy_isInside(root, p) {
    const rel = external_node_path_.relative(root, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !external_node_path_.isAbsolute(rel));
}
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
    if (!archive_policy_isInside(base, dest))
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
        const escapes = !archive_policy_isInside(base, external_node_path_.resolve(from, target)) ||
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
            throw new UnsafeArchiveError(`Archive has more than ${this.limits.maxMembers} members (at "${member}"); ` +
                'refusing to extract a possible archive bomb.', member);
        }
        if (this.bytes > this.limits.maxBytes) {
            throw new UnsafeArchiveError(`Archive unpacks to more than ${this.limits.maxBytes} bytes (at "${member}"); ` +
                'refusing to extract a possible archive bomb.', member);
        }
    }
}

;// CONCATENATED MODULE: ./lib/core/install/extract.js
// Safe extraction of downloaded toolchain archives into a fresh staging directory.
// Every member goes through archive-policy before anything is written, writes never pass through a
// symlink, and the finished tree is re-checked on disk (lstat only) before it is accepted.











const DEFAULT_LIMITS = { maxMembers: 200_000, maxBytes: 32 * 1024 ** 3 };
const SUPPORTED = 'tar.gz, tar.xz, tar.zst, tar, zip';
/** Identifies an archive by its magic bytes (file names and Content-Types lie). */
async function detectFormat(file) {
    const fh = await promises_.open(file, 'r');
    const head = Buffer.alloc(512);
    let n;
    try {
        ({ bytesRead: n } = await fh.read(head, 0, head.length, 0));
    }
    finally {
        await fh.close();
    }
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
    throw new ToolchainCacheError('UNSUPPORTED_ARCHIVE', `${file} is not a supported archive (supported: ${SUPPORTED}); check the URL points at the archive itself.`);
}
async function extractArchive(file, destDir, opts = {}) {
    const limits = { ...DEFAULT_LIMITS, ...opts.limits };
    const strip = opts.stripComponents ?? 0;
    if (!Number.isInteger(strip) || strip < 0) {
        throw new RangeError(`stripComponents must be a non-negative integer, got ${strip}`);
    }
    const { signal } = opts;
    signal?.throwIfAborted();
    const format = opts.format ?? (await detectFormat(file));
    const root = external_node_path_.resolve(destDir);
    try {
        signal?.throwIfAborted();
        if (format === 'zip')
            await extractZip(file, root, strip, new MemberBudget(limits), signal);
        else
            await extractTar(file, root, format, strip, new MemberBudget(limits), signal);
        return { format, ...(await verifyTree(root, limits, signal)) };
    }
    catch (e) {
        if (signal?.aborted)
            throw signal.reason; // however the abort surfaced, report it as such
        if (e instanceof ToolchainCacheError)
            throw e;
        throw new ToolchainCacheError('EXTRACT_FAILED', `Could not extract ${file} (${format}): ${errors_errorMessage(e)}`, { cause: e });
    }
}
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
                throw new UnsafeArchiveError(`Archive member "${member}" goes through the symlink "${external_node_path_.relative(this.root, d)}"; refusing to extract.`, member);
            }
        }
    }
    /** A symlink (with its target) or anything else, which replaces an earlier symlink of that name. */
    record(dest, member, target) {
        const key = this.key(dest);
        this.links.delete(key); // re-insert: creation order follows archive order
        if (target !== undefined)
            this.links.set(key, { dest, target, member });
    }
}
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
/** The decompressed tar stream, plus the child process producing it when one is needed. */
function openTarStream(file, format) {
    // pipeline() (not pipe()) so destroying the decompressor also closes the file, and read errors surface.
    const from = (t) => (0,external_node_stream_.pipeline)((0,external_node_fs_.createReadStream)(file), t, () => { });
    const nativeZstd = external_node_zlib_.createZstdDecompress;
    if (format === 'tar')
        return { stream: (0,external_node_fs_.createReadStream)(file) };
    if (format === 'tar.gz')
        return { stream: from(external_node_zlib_.createGunzip()) };
    if (format === 'tar.zst' && nativeZstd)
        return { stream: from(nativeZstd()) }; // Node >= 22.15
    const tool = format === 'tar.xz' ? 'xz' : 'zstd';
    const child = (0,external_node_child_process_.spawn)(tool, ['-dc', '--', file], {
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
    });
    return { stream: child.stdout, child, tool };
}
async function extractTar(file, root, format, strip, budget, signal) {
    const links = new LinkTracker(root);
    await unpackTar(file, root, format, strip, budget, links, signal);
    const dirs = new Set([root]);
    for (const { dest, target, member } of links.links.values()) {
        signal?.throwIfAborted();
        await extract_ensureDir(external_node_path_.dirname(dest), dirs, member);
        await makeRoom(dest, member);
        await promises_.symlink(target, dest);
    }
}
/** Streams the archive through node-tar; resolves only once nothing is writing any more. */
function unpackTar(file, root, format, strip, budget, links, signal) {
    return new Promise((resolve, reject) => {
        let error;
        let settled = false;
        let tarEnded = false; // we called unpack.end()
        let tarClosed = false; // node-tar finished every write it started
        let childExited = false;
        let killed = false;
        let streamEnded = false;
        let stderr = '';
        // Check each header before node-tar acts on it; after a failure, skip everything.
        const filter = (p, e) => {
            if (error !== undefined)
                return false;
            const entry = e;
            try {
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
                links.check(dest, p);
                if (type === 'hardlink')
                    links.check(external_node_path_.resolve(root, linkTarget ?? ''), p, true);
                budget.add(entry.size ?? 0, p);
                links.record(dest, p, type === 'symlink' ? linkTarget : undefined);
                if (entry.mode !== undefined)
                    entry.mode &= 0o777; // no sticky bit either
                // Symlinks are made after everything else: node-tar refuses a symlink whose target is
                // itself a symlink (`python -> python3 -> python3.12`), depending on archive order.
                return type !== 'symlink';
            }
            catch (err) {
                fail(err);
                return false;
            }
        };
        const unpack = new index_min/* Unpack */.dX({
            cwd: root,
            strip,
            filter,
            strict: true, // warnings (bad checksum, truncation) are errors, never a partial success
            preserveOwner: false, // we may be root: never chown to uids from the archive
            zstd: false, // the stream is already decompressed: no sniffing
            brotli: false,
        });
        const { stream, child, tool } = openTarStream(file, format);
        const endTar = () => {
            if (tarEnded)
                return;
            tarEnded = true;
            unpack.end();
        };
        // On failure stop reading, but let node-tar finish the writes it has in flight (end() makes it
        // close), so that when we reject nothing writes into the staging directory any more.
        function fail(err) {
            error ??= err; // the first error is the cause; what follows is fallout
            stream.destroy();
            if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
                const kill = () => {
                    killed = child.exitCode === null && child.signalCode === null;
                    if (killed)
                        child.kill();
                };
                // Once its output ended the decompressor is exiting by itself: keep its exit status.
                if (streamEnded)
                    setTimeout(kill, 10_000).unref();
                else
                    kill();
            }
            endTar();
            settle();
        }
        function settle() {
            if (settled || !tarClosed || (child && !childExited))
                return;
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            if (error === undefined)
                resolve();
            else
                reject(error);
        }
        const onAbort = () => fail(signal?.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        if (signal?.aborted)
            onAbort();
        unpack.on('error', (err) => fail(err));
        unpack.on('close', () => {
            tarClosed = true;
            settle();
        });
        unpack.on('abort', () => {
            tarClosed = true; // node-tar gave up by itself (it will not emit 'close')
        });
        stream.on('error', fail);
        stream.on('data', (chunk) => {
            if (tarEnded)
                return;
            if (!unpack.write(chunk)) {
                stream.pause();
                unpack.once('drain', () => stream.resume());
            }
        });
        stream.on('end', () => {
            streamEnded = true;
            endTar();
        });
        if (child) {
            child.stderr?.on('data', (d) => {
                if (stderr.length < 4096)
                    stderr += d.toString();
            });
            child.on('error', (err) => {
                if (child.pid === undefined)
                    childExited = true; // never started: no 'close' to wait for
                const hint = tool === 'xz'
                    ? 'apt-get install xz-utils; brew install xz'
                    : 'apt-get install zstd; brew install zstd';
                fail(errors_isErrnoException(err) && err.code === 'ENOENT'
                    ? new ToolchainCacheError('UNSUPPORTED_ARCHIVE', `Extracting ${file} (${format}) needs the \`${tool}\` command, which is not installed; ` +
                        `install it on the runner (${hint}).`)
                    : err);
            });
            child.on('close', (code, sig) => {
                childExited = true;
                if (code !== 0 && !killed) {
                    // The decompressor's own complaint beats node-tar's "truncated input" that follows it.
                    const why = stderr.trim() || (sig ? `killed by ${sig}` : `exit code ${code}`);
                    const childError = new ToolchainCacheError('EXTRACT_FAILED', `Could not extract ${file} (${format}): ${tool} failed: ${why}`);
                    if (!(error instanceof ToolchainCacheError))
                        error = childError;
                    fail(childError);
                }
                settle();
            });
        }
    });
}
// ---------------------------------------------------------------------------------------------- zip
const S_IFMT = 0o170000;
const ZIP_TYPES = {
    0: 'file', // no unix mode recorded
    0o100000: 'file',
    0o040000: 'directory',
    0o120000: 'symlink',
};
const MAX_LINK_TARGET = 4096;
async function extractZip(file, root, strip, budget, signal) {
    // decodeStrings: false so hostile names reach our policy (with a clear message) instead of a
    // generic yauzl error; we decode them the same way yauzl would.
    const zip = await yauzl.openPromise(file, {
        lazyEntries: true,
        validateEntrySizes: true,
        decodeStrings: false,
        autoClose: false,
    });
    const links = new LinkTracker(root);
    const dirs = new Set([root]);
    try {
        for await (const entry of zip.eachEntry()) {
            signal?.throwIfAborted();
            const raw = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
            const name = stripComponents(raw, strip);
            if (name === null)
                continue;
            const unixMode = entry.externalFileAttributes >>> 16;
            const type = raw.endsWith('/') ? 'directory' : (ZIP_TYPES[unixMode & S_IFMT] ?? 'other');
            const mode = unixMode === 0 ? undefined : unixMode & 0o7777;
            budget.add(entry.uncompressedSize, raw);
            const linkTarget = type === 'symlink' ? await readLinkTarget(zip, entry, raw) : undefined;
            const dest = checkMember({ path: name, type, mode, size: entry.uncompressedSize, linkTarget }, root);
            if (dest === root)
                continue;
            links.check(dest, raw);
            await extract_ensureDir(external_node_path_.dirname(dest), dirs, raw);
            if (type === 'directory') {
                await extract_ensureDir(dest, dirs, raw, (mode ?? 0o755) | 0o700);
                continue;
            }
            await makeRoom(dest, raw);
            links.record(dest, raw, linkTarget);
            if (linkTarget !== undefined) {
                await promises_.symlink(linkTarget, dest);
            }
            else {
                await (0,external_node_stream_promises_.pipeline)(await zip.openReadStreamPromise(entry), crcCheck(entry.crc32, raw), 
                // 'wx': never follow or reuse whatever is at dest; the umask applies, as with tar.
                (0,external_node_fs_.createWriteStream)(dest, { flags: 'wx', mode: (mode ?? 0o644) & 0o777 }), { signal });
            }
        }
    }
    finally {
        zip.close();
    }
}
async function readLinkTarget(zip, entry, member) {
    if (entry.uncompressedSize > MAX_LINK_TARGET) {
        throw new UnsafeArchiveError(`Archive member "${member}" is a symlink with an oversized target; refusing to extract.`, member);
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
/** Creates `dir` and its parents, refusing to go through anything that is not a real directory. */
async function extract_ensureDir(dir, known, member, mode) {
    if (known.has(dir))
        return;
    await extract_ensureDir(external_node_path_.dirname(dir), known, member);
    try {
        await promises_.mkdir(dir, { mode });
    }
    catch (e) {
        if (!errors_isErrnoException(e) || e.code !== 'EEXIST')
            throw e;
        if (!(await promises_.lstat(dir)).isDirectory()) {
            throw new UnsafeArchiveError(`Archive member "${member}" goes through "${external_node_path_.basename(dir)}", which is not a directory; refusing to extract.`, member);
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
        throw new UnsafeArchiveError(`Archive member "${member}" would replace a directory; refusing to extract.`, member);
    }
    await promises_.unlink(dest);
}
// ------------------------------------------------------------------------------------ final check
/**
 * Walks the extracted tree without following symlinks and re-applies the policy to what is really
 * on disk: no special files, no setuid/setgid, every symlink resolves inside, limits hold.
 */
async function verifyTree(destDir, limits, signal) {
    const root = await promises_.realpath(destDir);
    const budget = new MemberBudget(limits);
    const inodes = new Set();
    const pending = [root];
    for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
        signal?.throwIfAborted();
        const names = await promises_.readdir(dir);
        const stats = await Promise.all(names.map((n) => promises_.lstat(external_node_path_.join(dir, n))));
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
            const linkTarget = type === 'symlink' ? await promises_.readlink(abs) : undefined;
            checkMember({ path: rel, type, mode, linkTarget }, root);
            if (linkTarget !== undefined &&
                (await resolveInside(root, dir, linkTarget, { hops: 0 })) === null) {
                throw new UnsafeArchiveError(`Archive member "${rel}" is a symlink to "${linkTarget}", which leads outside the toolchain directory; refusing to extract.`, rel);
            }
            // Hard links share their bytes: count each inode once.
            const key = `${st.dev}:${st.ino}`;
            const fresh = type === 'file' && (st.nlink < 2 || !inodes.has(key));
            if (fresh && st.nlink > 1)
                inodes.add(key);
            budget.add(fresh ? st.size : 0, rel);
            if (type === 'directory')
                pending.push(abs);
        }
    }
    return { members: budget.members, bytes: budget.bytes };
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
        if (!archive_policy_isInside(root, cur))
            return null;
        const st = await promises_.lstat(cur).catch(() => undefined);
        if (!st)
            return archive_policy_isInside(root, external_node_path_.resolve(cur, ...segs.slice(i + 1))) ? cur : null;
        if (st.isSymbolicLink()) {
            const next = await resolveInside(root, external_node_path_.dirname(cur), await promises_.readlink(cur), budget);
            if (next === null)
                return null;
            cur = next;
        }
    }
    return cur;
}

;// CONCATENATED MODULE: ./lib/core/install/manifest.js
// The manifest recorded beside each installed toolchain: what the tree held at install time.
// It makes an install self-describing (the registry can be rebuilt from it) and lets `verify`
// name any file a job modified.





const MANIFEST_SCHEMA_VERSION = 1;
async function hashFile(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), hash);
    return hash.digest('hex');
}
/** Walks the tree (never following symlinks) and hashes every regular file, a few at a time. */
async function scanTree(root) {
    const files = [];
    const pending = [];
    const walk = async (dir, rel) => {
        const entries = await external_node_fs_.promises.readdir(dir, { withFileTypes: true });
        for (const e of entries) {
            const abs = external_node_path_.join(dir, e.name);
            const relPath = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                files.push({ path: relPath, type: 'directory' });
                await walk(abs, relPath);
            }
            else if (e.isSymbolicLink()) {
                files.push({ path: relPath, type: 'symlink', target: await external_node_fs_.promises.readlink(abs) });
            }
            else if (e.isFile()) {
                const record = { path: relPath, type: 'file' };
                files.push(record);
                pending.push(async () => {
                    const st = await external_node_fs_.promises.lstat(abs);
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
async function manifest_verifyTree(root, manifest) {
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./lib/core/leases.js
// Uses (the reference counts). A use is a record tied to the job's long-lived process, not a bare
// counter, so a job that dies without its post step is reclaimed instead of pinning a toolchain forever.




/** Longest a self-hosted job may run (5 days) plus a day: a lease never expires under a live job. */
const DEFAULT_LEASE_MS = 6 * 24 * 3600_000;
/** Clocks of hosts sharing an NFS root are trusted only this far. */
const CLOCK_SKEW_MARGIN_MS = (/* unused pure expression or super */ null && (10 * 60_000));
let cachedHostId;
/** hostname + machine id: hostnames repeat across a pool more often than one would like. */
function leases_hostId() {
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
function leases_livenessChecker(now = Date.now(), thisHost = leases_hostId()) {
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
function newUse(key, job, proc, now = Date.now(), leaseMs = DEFAULT_LEASE_MS) {
    return {
        key,
        job,
        host: leases_hostId(),
        pid: proc.pid,
        pidStart: proc.pidStart,
        createdAt: new Date(now).toISOString(),
        leaseExpiresAt: new Date(now + leaseMs).toISOString(),
    };
}
const describeJob = (j) => `${j.repository} run ${j.runId}/${j.runAttempt} job ${j.job}`;

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
async function reclaimDeadUses(registry, now = Date.now()) {
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

;// CONCATENATED MODULE: ./lib/core/faults.js
// Fault-injection points for the crash tests: with TOOLCHAIN_CACHE_FAULT=<phase> set, an installer
// reaching that phase writes `<TOOLCHAIN_CACHE_FAULT_DIR>/<phase>.<pid>` and then hangs, so a test can
// kill -9 it at exactly that point, or change the world (fill the disk) and let it go on by creating
// `<phase>.<pid>.resume` next to the marker. Unset (always, outside tests) this is a no-op.
async function faultPoint(phase) {
    if (process.env.TOOLCHAIN_CACHE_FAULT !== phase)
        return;
    const { existsSync, writeFileSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 19));
    const path = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 19));
    const marker = path.join(process.env.TOOLCHAIN_CACHE_FAULT_DIR ?? '.', `${phase}.${process.pid}`);
    writeFileSync(marker, '');
    await new Promise((resolve) => {
        const timer = setInterval(() => {
            if (!existsSync(`${marker}.resume`))
                return;
            clearInterval(timer);
            resolve();
        }, 50);
    });
}

;// CONCATENATED MODULE: ./lib/core/installer.js
// Finds each toolchain in the host-wide cache or installs it exactly once (seed 002's download
// coordinator): a per-toolchain install lock elects one installer; the others wait on it and then
// find the entry (source "peer"), or take over when the installer dies and its lock goes stale.












/** Resolves every spec: cached entries in one registry transaction, the misses in parallel. */
async function acquireToolchains(specs, opts) {
    const started = Date.now();
    const hits = await opts.registry.update(async (doc, tx) => {
        const found = new Map();
        for (const spec of specs) {
            const entry = await usableEntry(doc, spec, opts.layout);
            if (!entry)
                continue;
            recordUse(entry, opts.owner);
            found.set(spec.id, { ...entry });
        }
        if (found.size === 0)
            tx.skipWrite();
        return found;
    });
    const results = await Promise.allSettled(specs.map(async (spec, index) => {
        const hit = hits.get(spec.id);
        if (hit)
            return resolved(spec, index, hit, 'local', { waitMs: 0, installMs: Date.now() - started });
        return installOrWait(spec, index, opts).catch((e) => {
            throw namingToolchain(spec.id, e);
        });
    }));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    return results.map((r) => r.value);
}
/** With several toolchains in one step, every failure says which one it is about. */
function namingToolchain(id, e) {
    // A cancellation is the step's, not one toolchain's (and its error object is shared by all).
    if (e instanceof ToolchainCacheError && e.code === 'CANCELLED')
        return e;
    if (e instanceof Error && !e.message.startsWith(`${id}:`) && !e.message.includes(`"${id}"`)) {
        e.message = `${id}: ${e.message}`;
    }
    return e;
}
/** The entry for `spec` if it is registered and its tree is there; a different sha256 is an error. */
async function usableEntry(doc, spec, layout) {
    // On a case-insensitive file system (macOS, Windows) `Foo` and `foo` would share one directory,
    // and installing or removing one would replace the other under the jobs using it: refuse everywhere.
    const folded = spec.id.toLowerCase();
    const twin = Object.keys(doc.entries).find((id) => id !== spec.id && id.toLowerCase() === folded);
    if (twin !== undefined) {
        throw new ToolchainCacheError('CONFLICT', `Toolchain "${spec.id}" differs only in letter case from the installed "${twin}"; ` +
            'ids that differ only in case would share a directory on macOS and Windows. Use the same spelling, or another id.');
    }
    const entry = doc.entries[spec.id];
    if (!entry)
        return undefined;
    if (entry.sha256 !== spec.sha256) {
        throw new ToolchainCacheError('CONFLICT', `Toolchain "${spec.id}" is already installed with sha256 ${entry.sha256}, but this job asks for ${spec.sha256}. ` +
            'An id names one exact archive: give the new archive a new id (e.g. with its version) rather than replacing one other jobs may be using.');
    }
    const [dir, root] = await Promise.all([
        lstatIfExists(layout.entryDir(spec.id)),
        lstatIfExists(layout.toolchainRoot(spec.id)),
    ]);
    if (dir?.isSymbolicLink() ||
        root?.isSymbolicLink() ||
        (dir && !dir.isDirectory()) ||
        (root && !root.isDirectory())) {
        // Someone replaced an installed tree by a link (or a file): never hand a job a path through it.
        throw new ToolchainCacheError('UNSAFE_PATH', `Toolchain "${spec.id}": ${layout.entryDir(spec.id)} (or its files/) is no longer the directory that was installed ` +
            `(${dir?.isSymbolicLink() || root?.isSymbolicLink() ? 'a symlink' : 'not a directory'}); refusing to use it. ` +
            `Check who can write ${layout.root}, then run \`toolchain-cache remove ${spec.id} --force\` to reinstall it.`);
    }
    if (root)
        return entry;
    // Deleted behind our back: the entry is useless to everyone; drop it so it gets reinstalled.
    delete doc.entries[spec.id];
    return undefined;
}
async function lstatIfExists(p) {
    try {
        return await external_node_fs_.promises.lstat(p);
    }
    catch (e) {
        if (errors_isErrnoException(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
async function resolved(spec, index, entry, source, t) {
    const root = entry.path;
    return {
        id: spec.id,
        sha256: spec.sha256,
        path: root,
        binDirs: await binDirs(root, spec, index),
        source,
        waitMs: t.waitMs,
        installMs: t.installMs,
        downloadedBytes: t.downloadedBytes ?? 0,
        sizeBytes: entry.sizeBytes,
        archivePath: t.archivePath,
        ...(t.tier !== undefined && { tier: t.tier }),
    };
}
async function binDirs(root, spec, index) {
    if (!spec.bin) {
        const bin = external_node_path_.join(root, 'bin');
        return [(await isDirectory(bin)) ? bin : root];
    }
    const dirs = spec.bin.map((b) => external_node_path_.resolve(root, b));
    for (const [i, dir] of dirs.entries()) {
        if (!(await isDirectory(dir))) {
            const top = (await external_node_fs_.promises.readdir(root).catch(() => [])).slice(0, 20).join(', ');
            throw new InputError(`toolchains[${index}] (id "${spec.id}"): field "bin": "${spec.bin[i]}" is not a directory of the toolchain (its top level holds: ${top || 'nothing'}).`, 'bin');
        }
    }
    return dirs;
}
const isDirectory = async (p) => (await external_node_fs_.promises.stat(p).catch(() => undefined))?.isDirectory() ?? false;
async function installOrWait(spec, index, opts) {
    const { layout, registry, log } = opts;
    const waitStart = Date.now();
    let waited = false;
    const lock = await acquireLock(layout.lockPath(`install-${spec.id}`), `install ${spec.id}`, {
        staleMs: opts.installStaleMs ?? 10_000,
        timeoutMs: opts.waitTimeoutMs,
        pollMs: 1000,
        holder: describeJob(opts.owner.job),
        onWait: (owner) => {
            waited = true;
            log.info(`${spec.id}: another job is installing it (${describeOwner(owner)}); waiting up to ${Math.round(opts.waitTimeoutMs / 1000)}s`);
        },
    }).catch((e) => {
        if (e instanceof ToolchainCacheError && e.code === 'LOCK_TIMEOUT') {
            throw new ToolchainCacheError('LOCK_TIMEOUT', `${spec.id}: ${e.message} Raise "wait-timeout" if installs of this toolchain are slow.`);
        }
        throw e;
    });
    const waitMs = waited ? Date.now() - waitStart : 0;
    try {
        const peer = await registry.update(async (doc, tx) => {
            const entry = await usableEntry(doc, spec, layout);
            if (!entry) {
                tx.skipWrite();
                return undefined;
            }
            recordUse(entry, opts.owner);
            return { ...entry };
        });
        if (peer)
            return resolved(spec, index, peer, waited ? 'peer' : 'local', { waitMs, installMs: 0 });
        return await install(spec, index, opts, lock, waitMs);
    }
    finally {
        await lock.release();
    }
}
/** Runs with the install lock held: nobody else installs this id meanwhile. */
async function install(spec, index, opts, lock, waitMs) {
    const { layout, registry, log } = opts;
    const started = Date.now();
    await removeLeftovers(layout, spec.id, log);
    const adopted = await adoptOrphan(layout, spec, log);
    const stage = external_node_path_.join(layout.stagingDir, `${spec.id}.${randomToken()}`);
    // Stop when the job is cancelled, or when our install lock was taken over (we stalled too long).
    const signal = opts.signal ? AbortSignal.any([opts.signal, lock.signal]) : lock.signal;
    let keepArchive = false;
    let succeeded = false;
    try {
        // An adopted tree was already on this host: nothing was fetched for it.
        let source = adopted ? 'local' : 'download';
        let downloadedBytes = 0;
        let tier;
        if (!adopted) {
            await ensureDir(stage);
            // Nothing in staging is for anyone outside the runners' group: the archive between its
            // verification and its extraction, the tree before it is made read-only (a runner with
            // umask 000 would otherwise leave both world-writable meanwhile).
            if (process.platform !== 'win32')
                await external_node_fs_.promises.chmod(stage, 0o2770);
            const archive = external_node_path_.join(stage, 'archive');
            const restored = opts.remote && (await restoreFromRemote(opts.remote, spec, archive, log));
            if (restored) {
                source = 'remote';
                tier = restored.tier;
            }
            else {
                log.info(`${spec.id}: downloading ${spec.url}`);
                const result = await downloadFile(spec.url, archive, {
                    id: spec.id,
                    expectedSha256: spec.sha256,
                    signal,
                    onProgress: progressLogger(spec.id, log),
                    onRetry: (attempt, error, delayMs) => log.warning(`${spec.id}: download attempt ${attempt} failed (${error.message}); retrying in ${(delayMs / 1000).toFixed(1)}s`),
                    ...opts.download,
                });
                downloadedBytes = result.bytes;
            }
            // Verified: from now on nobody changes it (the post step may still upload it to the remote tier).
            if (process.platform !== 'win32')
                await external_node_fs_.promises.chmod(archive, 0o444);
            await faultPoint('extract');
            const extracted = external_node_path_.join(stage, 'extract');
            await ensureDir(extracted);
            await extractArchive(archive, extracted, {
                stripComponents: spec.stripComponents,
                limits: opts.extractLimits,
                signal,
            });
            const entryStage = external_node_path_.join(stage, 'entry');
            await ensureDir(entryStage);
            await external_node_fs_.promises.rename(await pickRoot(extracted, spec), external_node_path_.join(entryStage, 'files'));
            const files = await scanTree(external_node_path_.join(entryStage, 'files'));
            // The extractor kept every link inside the extraction directory; the root picked in it may be
            // one level down (`tool-1.0/up -> ..` stays inside the former, not the latter). Re-check.
            assertLinksInside(spec.id, files);
            await makeReadOnly(external_node_path_.join(entryStage, 'files'), files);
            await writeManifest(external_node_path_.join(entryStage, 'manifest.json'), {
                schemaVersion: MANIFEST_SCHEMA_VERSION,
                id: spec.id,
                sha256: spec.sha256,
                url: spec.url,
                installedAt: new Date().toISOString(),
                ...summarize(files),
                files,
            });
            // The rename is the install: before it nothing is visible, after it the tree is complete.
            signal.throwIfAborted();
            await faultPoint('rename');
            await lock.assertHeld();
            await external_node_fs_.promises.rename(entryStage, layout.entryDir(spec.id));
            keepArchive = source === 'download' && (opts.keepArchives ?? false);
        }
        const manifest = await readManifest(layout.manifestFile(spec.id));
        if (!manifest)
            throw new ToolchainCacheError('EXTRACT_FAILED', `${spec.id}: the installed tree has no manifest.`);
        const entry = entryFromManifest(layout, manifest, new Date());
        await faultPoint('register');
        await registry.update((doc) => {
            doc.entries[spec.id] = entry;
            recordUse(entry, opts.owner);
        });
        log.info(`${spec.id}: installed ${entry.fileCount} files (${formatBytes(entry.sizeBytes)}) from ${adopted ? 'an interrupted install' : source}`);
        const result = await resolved(spec, index, entry, source, {
            waitMs,
            installMs: Date.now() - started,
            downloadedBytes,
            archivePath: keepArchive ? external_node_path_.join(stage, 'archive') : undefined,
            tier,
        });
        succeeded = true;
        return result;
    }
    finally {
        // The archive stays for the post step only when this job got the toolchain: a failed job's
        // post step knows nothing of it, and it would stay in staging until the next install of this id.
        if (keepArchive && succeeded)
            await removeTreeInside(layout.root, external_node_path_.join(stage, 'extract')).catch(() => undefined);
        else
            await removeTreeInside(layout.root, stage).catch((e) => log.warning(`could not remove ${stage}: ${e.message}`));
    }
}
async function restoreFromRemote(remote, spec, archive, log) {
    try {
        const restored = await remote.restore(spec, archive);
        if (!restored)
            return undefined;
        const digest = await hashFile(archive);
        if (digest === spec.sha256)
            return restored;
        log.warning(`${spec.id}: the archive from ${restored.tier} has sha256 ${digest}, expected ${spec.sha256}; downloading instead`);
    }
    catch (e) {
        log.warning(`${spec.id}: remote cache restore failed (${e.message}); downloading instead`);
    }
    await external_node_fs_.promises.rm(archive, { force: true });
    return undefined;
}
/** Staging directories of this id belong to installers that died or lost the lock: ours now. */
async function removeLeftovers(layout, id, log) {
    const names = await external_node_fs_.promises.readdir(layout.stagingDir).catch(() => []);
    for (const name of names.filter((n) => n.startsWith(`${id}.`))) {
        log.info(`${id}: removing the leftovers of an interrupted install (${name})`);
        await removeTreeInside(layout.root, external_node_path_.join(layout.stagingDir, name));
    }
}
/**
 * A tree renamed into place whose registration never happened (a crash in between): adopt it
 * when its manifest matches, else move it to the trash. Never trust a tree without a manifest.
 */
async function adoptOrphan(layout, spec, log) {
    const dir = layout.entryDir(spec.id);
    const st = await lstatIfExists(dir);
    if (!st)
        return false;
    const why = await orphanProblem(layout, spec, st);
    if (!why) {
        log.info(`${spec.id}: adopting a complete install whose registration was interrupted`);
        return true;
    }
    const trash = external_node_path_.join(layout.trashDir, `${spec.id}.${randomToken()}`);
    log.warning(`${spec.id}: moving an unusable tree aside to ${trash} (${why})`);
    // rename moves a planted symlink itself, never what it points to.
    await external_node_fs_.promises.rename(dir, trash);
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
    const manifest = await readManifest(layout.manifestFile(spec.id));
    if (!manifest)
        return 'its manifest is unreadable';
    if (manifest.id.toLowerCase() === spec.id.toLowerCase() && manifest.id !== spec.id) {
        // The same directory on a case-insensitive file system: it is someone else's toolchain.
        throw new ToolchainCacheError('CONFLICT', `Toolchain "${spec.id}" differs only in letter case from the installed "${manifest.id}" (${layout.entryDir(spec.id)}); use the same spelling, or another id.`);
    }
    if (manifest.id !== spec.id || manifest.sha256 !== spec.sha256)
        return `its manifest is for ${manifest.id} with sha256 ${manifest.sha256}`;
    // Never trust a manifest without checking the tree against it: the crash may have come mid-way.
    const problems = await manifest_verifyTree(layout.toolchainRoot(spec.id), manifest);
    if (problems.length)
        return `it differs from its manifest: ${problems.slice(0, 3).join('; ')}`;
    try {
        assertLinksInside(spec.id, manifest.files);
    }
    catch (e) {
        return e.message;
    }
    return undefined;
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
/** With no strip-components, a single top-level directory becomes the root. */
async function pickRoot(extracted, spec) {
    if (spec.stripComponents !== undefined)
        return extracted;
    const entries = await external_node_fs_.promises.readdir(extracted, { withFileTypes: true });
    return entries.length === 1 && entries[0].isDirectory()
        ? external_node_path_.join(extracted, entries[0].name)
        : extracted;
}
/**
 * Jobs share these trees: remove write bits from files so a build cannot change them by accident,
 * and world-write from directories (an archive's 0777 directory, or a runner's umask 0, must not let
 * any user of the host add files to a toolchain). The root itself is checked too.
 */
async function makeReadOnly(root, files) {
    if (process.platform === 'win32')
        return;
    for (const f of [{ path: '', type: 'directory' }, ...files]) {
        if (f.type !== 'file' && f.type !== 'directory')
            continue;
        const p = external_node_path_.join(root, f.path);
        const st = await external_node_fs_.promises.lstat(p);
        const mode = st.mode & 0o7777;
        const wanted = f.type === 'file' ? mode & 0o7555 : mode & ~0o002;
        if (wanted !== mode)
            await external_node_fs_.promises.chmod(p, wanted);
    }
}
function progressLogger(id, log) {
    return (p) => {
        const pct = p.totalBytes ? ` (${Math.floor((p.receivedBytes / p.totalBytes) * 100)}%)` : '';
        const rate = p.elapsedMs > 0 ? `, ${formatBytes((p.receivedBytes / p.elapsedMs) * 1000)}/s` : '';
        log.info(`${id}: ${formatBytes(p.receivedBytes)}${p.totalBytes ? ` of ${formatBytes(p.totalBytes)}` : ''}${pct}${rate}`);
    };
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
        throw new InputError('No cache root: set the "cache-root" input, or TOOLCHAIN_CACHE_ROOT (or RUNNER_TOOL_CACHE) in the runner environment.', 'cache-root');
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
            throw new InputError(`Cache root ${root} cannot be reached by this user (${e.code} on the way to it); every directory above it must be searchable by the runners' group (see README).`, 'cache-root');
        }
        if (errors_isErrnoException(e) && e.code === 'ENOTDIR') {
            throw new InputError(`Cache root ${root} lies below a file, not a directory.`, 'cache-root');
        }
        throw e;
    });
    if (!st) {
        if (!create)
            throw new InputError(`Cache root ${root} does not exist.`, 'cache-root');
        await ensureDir(root).catch((e) => {
            if (errors_isErrnoException(e) &&
                (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS' || e.code === 'ENOTDIR')) {
                throw new InputError(`Cache root ${root} does not exist and cannot be created by this user (${e.code}); create it (see README).`, 'cache-root');
            }
            throw e;
        });
        st = await external_node_fs_.promises.lstat(root);
    }
    if (st.isSymbolicLink()) {
        const target = await external_node_fs_.promises.realpath(root).catch(() => '(a missing target)');
        throw new InputError(`Cache root ${root} is a symlink to ${target}; set cache-root to the real directory so every runner resolves the same path.`, 'cache-root');
    }
    if (!st.isDirectory())
        throw new InputError(`Cache root ${root} exists but is not a directory.`, 'cache-root');
    try {
        await external_node_fs_.promises.access(root, external_node_fs_.promises.constants.W_OK | external_node_fs_.promises.constants.X_OK);
    }
    catch {
        throw new InputError(`Cache root ${root} is not writable by this user; make it group-writable for the runners' group (see README).`, 'cache-root');
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
        throw new ToolchainCacheError('UNSAFE_PATH', `${p} is ${what}; toolchain-cache never follows a link planted in its cache root. ` +
            `Remove it (toolchain-cache recreates it as needed) and check who can write ${layout.root}.`);
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
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
        throw new ToolchainCacheError('LOCK_LOST', `The registry ${this.file} changed under our lock (generation ${expected ?? '(no file)'} → ${current ?? '(no file)'}); nothing was committed.`);
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
                throw new ToolchainCacheError('REGISTRY_CORRUPT', `The registry ${this.file} has schema version ${version}, newer than this toolchain-cache understands (${REGISTRY_SCHEMA_VERSION}). ` +
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
            if (e instanceof ToolchainCacheError)
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
            const abs = external_node_path_.join(workspace(), rel);
            try {
                if (!(await cache.restoreCache([rel], remoteCacheKey(spec))))
                    return undefined;
                await moveFile(abs, destFile);
                log.info(`${spec.id}: restored the archive from the GitHub Actions cache`);
                return { tier: 'actions-cache' };
            }
            finally {
                await external_node_fs_.promises.rm(abs, { force: true });
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
        const abs = path.join(workspace(), rel);
        try {
            await fs.mkdir(path.dirname(abs), { recursive: true });
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
            await fs.rm(abs, { force: true });
        }
    }
    await fs.rmdir(path.join(workspace(), '.toolchain-cache')).catch(() => undefined);
    return outcomes;
}
async function moveFile(from, to) {
    try {
        await external_node_fs_.promises.rename(from, to);
    }
    catch {
        await external_node_fs_.promises.copyFile(from, to); // another file system (the workspace is often not on the cache's)
    }
}
async function linkOrCopy(from, to) {
    await fs.rm(to, { force: true });
    try {
        await fs.link(from, to);
    }
    catch {
        await fs.copyFile(from, to);
    }
}

;// CONCATENATED MODULE: ./lib/action/constants.js
// Input, output and state names in one place: action.yml, the steps and the tests agree on these.
const Inputs = {
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

;// CONCATENATED MODULE: ./lib/core/ids.js
// What a toolchain id may be: one definition for spec validation, GC, the CLI and the layout.
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;

;// CONCATENATED MODULE: ./lib/core/toolchains-yaml.js
// The `toolchains` input in the shape nearly everyone writes it — a block list of flat mappings
// with plain or quoted scalars and [flow, lists] — read without loading a YAML library, which costs
// a warm hit on Node 20 about a quarter of what a minimal action costs in all. Anything else
// (comments after values, block scalars, anchors, tags, nested blocks, numbers other than plain
// integers, booleans, nulls, JSON) is declined: the caller then parses the text with the full YAML
// library. The contract, checked by the tests: whatever this returns is exactly what the YAML
// library returns for the same text.
/** A list of flat mappings, or undefined when the text is not in the subset (parse it fully). */
function parseSimpleToolchainList(text) {
    const items = [];
    let current;
    for (const raw of text.split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (/^\s*(#.*)?$/.test(line))
            continue; // blank or a whole-line comment
        if (line.includes('\t'))
            return undefined;
        const m = /^(- | {2})([A-Za-z0-9_-]+):(?: (.*))?$/.exec(line);
        if (!m)
            return undefined;
        if (m[1] === '- ') {
            current = {};
            items.push(current);
        }
        else if (!current) {
            return undefined;
        }
        const value = parseValue((m[3] ?? '').trim());
        if (value === undefined || Object.hasOwn(current, m[2]))
            return undefined;
        current[m[2]] = value;
    }
    return items.length ? items : undefined;
}
function parseValue(v) {
    if (v.startsWith('[')) {
        if (!v.endsWith(']'))
            return undefined;
        const inner = v.slice(1, -1).trim();
        if (!inner)
            return [];
        const parts = inner.split(',').map((p) => parseScalar(p.trim()));
        if (parts.some((p) => p === undefined || typeof p !== 'string'))
            return undefined;
        return parts;
    }
    return parseScalar(v);
}
// YAML 1.2 core schema: plain scalars that are nulls, booleans or numbers other than a plain
// decimal integer are declined rather than interpreted.
const NOT_A_PLAIN_STRING = /^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
function parseScalar(v) {
    if (!v)
        return undefined;
    if (v.startsWith('"')) {
        const body = v.slice(1, -1);
        return v.length >= 2 && v.endsWith('"') && !/["\\]/.test(body) ? body : undefined;
    }
    if (v.startsWith("'")) {
        const body = v.slice(1, -1);
        return v.length >= 2 && v.endsWith("'") && !body.includes("'") ? body : undefined;
    }
    if (/^[0-9]+$/.test(v)) {
        const n = Number(v);
        return Number.isSafeInteger(n) && !/^0[0-9]/.test(v) ? n : undefined;
    }
    // Indicators a plain scalar may not start with, and what would end it or make it a mapping.
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(v) || / #|: |:$|[,[\]{}]/.test(v))
        return undefined;
    if (NOT_A_PLAIN_STRING.test(v))
        return undefined;
    return v;
}

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
async function parseToolchains(text) {
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
function parseSize(value, name) {
    const v = value.trim();
    if (!v)
        return undefined;
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(v);
    const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined) {
        throw new InputError(`Input "${name}" must be a size such as 20GB, 512MiB or 1073741824 (got "${value}").`, name);
    }
    return Math.floor(Number(m[1]) * unit);
}
/** A whole number ≥ min; empty → the default. */
function parseWholeNumber(value, name, fallback, min = 0) {
    const v = value.trim();
    if (!v)
        return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) {
        throw new InputError(`Input "${name}" must be a whole number ≥ ${min} (got "${value}").`, name);
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
    throw new InputError(`Input "${name}" must be true or false (got "${value}").`, name);
}

;// CONCATENATED MODULE: ./lib/action/inputs.js
// Every input read and validated once, before anything touches the disk.





const input = (name) => core/* getInput */.V4(name);
/** The settings both steps share; the post step reads these without the toolchains list. */
function readSettings() {
    return {
        cacheRoot: resolveCacheRoot(input(Inputs.CacheRoot)),
        remoteCache: parseBoolean(input(Inputs.RemoteCache), Inputs.RemoteCache, true),
        cleanup: parseBoolean(input(Inputs.Cleanup), Inputs.Cleanup, true),
        maxUnusedDays: parseWholeNumber(input(Inputs.MaxUnusedDays), Inputs.MaxUnusedDays, 30),
        maxSizeBytes: parseSize(input(Inputs.MaxSize), Inputs.MaxSize),
        waitTimeoutSeconds: parseWholeNumber(input(Inputs.WaitTimeout), Inputs.WaitTimeout, 600, 1),
        summary: parseBoolean(input(Inputs.Summary), Inputs.Summary, true),
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

;// CONCATENATED MODULE: ./lib/action/main-step.js
// The main step: resolve every toolchain, record this job's uses, put them on PATH, set outputs.













/** After a cancellation signal, how long cleanup may take before the step exits anyway. */
const CANCEL_GRACE_MS = 5000;
/**
 * A cancelled job gets SIGINT, then SIGTERM ~7.5 s later: abort downloads and extractions so the
 * staging directory is removed and the install lock released, rather than dying mid-write.
 */
function cancelOnSignals() {
    const controller = new AbortController();
    const onSignal = (signal) => {
        if (controller.signal.aborted)
            return;
        core/* warning */.$e(`Received ${signal}: cancelling; nothing half-installed is left behind.`);
        controller.abort(new ToolchainCacheError('CANCELLED', `The step was cancelled (${signal}).`));
        setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return controller.signal;
}
async function runMain() {
    const signal = cancelOnSignals();
    try {
        const inputs = await readInputs();
        const host = readHostSettings();
        for (const warning of inputs.warnings)
            core/* warning */.$e(warning);
        // Saved first: whatever happens next, post can find and release this step's uses.
        const key = (0,external_node_crypto_.randomUUID)();
        core/* saveState */.LZ(State.UseKey, key);
        core/* saveState */.LZ(State.CacheRoot, inputs.cacheRoot);
        const layout = await openCacheRoot(inputs.cacheRoot);
        const job = jobRefFromEnv();
        const registry = new Registry(layout, { holder: describeJob(job) });
        const owner = { key, job, process: await jobProcess() };
        const results = await core/* group */.Os(`Toolchains from ${layout.root}`, async () => {
            const resolved = await acquireToolchains(inputs.toolchains, {
                layout,
                registry,
                owner,
                waitTimeoutMs: inputs.waitTimeoutSeconds * 1000,
                log: actionsLogger,
                signal,
                extractLimits: {
                    ...(host.maxMembers !== undefined && { maxMembers: host.maxMembers }),
                    ...(host.maxUnpackedBytes !== undefined && { maxBytes: host.maxUnpackedBytes }),
                },
                download: {
                    ...(host.stallTimeoutSeconds !== undefined && {
                        stallTimeoutMs: host.stallTimeoutSeconds * 1000,
                    }),
                    ...(host.downloadRetries !== undefined && { retries: host.downloadRetries }),
                },
                remote: inputs.remoteCache ? actionsCacheTier(actionsLogger) : undefined,
                // Kept in staging until post has saved them to the remote tier (post removes them).
                keepArchives: inputs.remoteCache,
            });
            for (const r of resolved)
                core/* info */.pq(describeResult(r));
            return resolved;
        });
        core/* saveState */.LZ(State.Results, JSON.stringify(results));
        // addPath prepends: add in reverse so the first toolchain listed wins a name clash.
        for (const dir of results.flatMap((r) => r.binDirs).reverse())
            core/* addPath */.fM(dir);
        setOutputs(results);
    }
    catch (e) {
        // After a cancellation, whatever surfaced (an aborted download, an extraction stopped midway)
        // is fallout: say first that the step was cancelled, and by what.
        const message = signal.aborted && e !== signal.reason
            ? `${errors_errorMessage(signal.reason)} ${errors_errorMessage(e)}`
            : errors_errorMessage(e);
        core/* saveState */.LZ(State.MainError, message);
        core/* setFailed */.C1(message);
    }
}
function setOutputs(results) {
    core/* setOutput */.uH(Outputs.CacheHit, results.every((r) => r.source === 'local' && r.waitMs === 0));
    core/* setOutput */.uH(Outputs.Paths, JSON.stringify(Object.fromEntries(results.map((r) => [r.id, r.path]))));
    core/* setOutput */.uH(Outputs.Path, results[0]?.path ?? '');
    core/* setOutput */.uH(Outputs.Sources, JSON.stringify(Object.fromEntries(results.map((r) => [r.id, r.source]))));
}
function describeResult(r) {
    const parts = [`${r.id}: ${r.source}`, formatBytes(r.sizeBytes)];
    if (r.waitMs)
        parts.push(`waited ${(r.waitMs / 1000).toFixed(1)}s`);
    if (r.source !== 'local' && r.source !== 'peer')
        parts.push(`installed in ${(r.installMs / 1000).toFixed(1)}s`);
    return `${parts.join(', ')} → ${r.path}`;
}


/***/ })

};
