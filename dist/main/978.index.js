export const id = 978;
export const ids = [978,188];
export const modules = {

/***/ 971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ redirectTarget),
/* harmony export */   PE: () => (/* binding */ downloadFile),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   aj: () => (/* binding */ httpRequest),
/* harmony export */   f4: () => (/* binding */ writeAll)
/* harmony export */ });
/* unused harmony exports shouldProxy, proxyFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8474);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4708);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7030);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6466);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8500);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1692);
/* harmony import */ var _disk_full_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4454);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3828);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8038);
/* harmony import */ var _staged_file_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7576);














const MAX_REDIRECTS = 10;
const MAX_DELAY_MS = 30_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
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
    'ENOTFOUND',
    'ERR_STREAM_PREMATURE_CLOSE',
]);
class AttemptError extends _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .DownloadError */ .nV {
    retryAfterMs;
    constructor(message, status, retryable = false, retryAfterMs, options) {
        super(message, status, retryable, options);
        this.retryAfterMs = retryAfterMs;
    }
}
async function downloadFile(url, dest, opts) {
    const started = Date.now();
    const { id } = opts;
    const expected = opts.expectedSha256.toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(expected)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .InputError */ .dz(`${id}: the expected sha256 must be 64 hex characters`, 'sha256');
    }
    let target;
    try {
        target = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .InputError */ .dz(`${id}: invalid URL ${JSON.stringify((0,_redact_js__WEBPACK_IMPORTED_MODULE_13__/* .redactUrl */ .B)(url))}`, 'url');
    }
    if (!isHttp(target)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .InputError */ .dz(`${id}: only http and https URLs are supported, got ${target.protocol}`, 'url');
    }
    const shown = (0,_redact_js__WEBPACK_IMPORTED_MODULE_13__/* .redactUrl */ .B)(url);
    const retries = opts.retries ?? 3;
    const aborted = () => abortError(`${id}: download of ${shown} aborted`, opts.signal?.reason);
    for (let attempt = 1;; attempt++) {
        try {
            if (opts.signal?.aborted)
                throw aborted();
            const tee = attempt === 1 ? opts.tee : undefined;
            const { sha256, bytes, written } = await attemptOnce(target, dest, { ...opts, tee }, aborted);
            if (sha256 !== expected)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .ChecksumError */ .Al(id, expected, sha256, shown);
            return { sha256, bytes, written, attempts: attempt, durationMs: Date.now() - started };
        }
        catch (e) {
            if (!(e instanceof AttemptError && e.retryable && attempt <= retries)) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dest, { force: true }).catch(() => undefined);
                if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .DownloadError */ .nV))
                    throw e;
                const full = (0,_disk_full_js__WEBPACK_IMPORTED_MODULE_10__/* .diskFullCause */ .YZ)(e);
                if (full)
                    throw full;
                const how = e.retryable
                    ? `failed after ${attempt} attempt${attempt === 1 ? '' : 's'}; last error: ${e.message}`
                    : `failed: ${e.message} (not retried)`;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .DownloadError */ .nV(`${id}: download of ${shown} ${how}`, e.status, e.retryable, {
                    cause: e,
                });
            }
            const delayMs = retryDelay(attempt, opts.retryBaseDelayMs ?? 1000, e.retryAfterMs);
            opts.onRetry?.(attempt, e, delayMs);
            try {
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_8__.setTimeout)(delayMs, undefined, { signal: opts.signal });
            }
            catch {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dest, { force: true }).catch(() => undefined);
                throw aborted();
            }
        }
    }
}
function retryDelay(attempt, baseMs, retryAfterMs) {
    if (retryAfterMs !== undefined)
        return Math.min(retryAfterMs, MAX_DELAY_MS);
    const ceiling = Math.min(MAX_DELAY_MS, baseMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
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
        throw new AttemptError(`refusing redirect from https to http (${(0,_redact_js__WEBPACK_IMPORTED_MODULE_13__/* .redactUrl */ .B)(next.href)})`);
    }
    return next;
}
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
        const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(raw);
        if (m && Number(m[2]) !== port)
            continue;
        const entry = bare(m ? m[1] : raw).replace(/^\*?\./, '');
        if (entry && (host === entry || host.endsWith(`.${entry}`)))
            return false;
    }
    return true;
}
function proxyFor(target, env = process.env) {
    const url = new URL(target);
    const raw = url.protocol === 'https:'
        ? env.https_proxy || env.HTTPS_PROXY
        : env.http_proxy || env.HTTP_PROXY;
    if (!raw || !shouldProxy(url, env))
        return undefined;
    let proxy;
    try {
        proxy = new URL(raw.includes('://') ? raw : `http://${raw}`);
    }
    catch {
    }
    if (!proxy || !isHttp(proxy)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .DownloadError */ .nV(`unsupported proxy setting ${JSON.stringify(raw.replace(/\/\/[^@/]*@/, '//***@'))} (only http:// and https:// proxies)`);
    }
    return proxy;
}
async function attemptOnce(start, dest, opts, aborted) {
    const ac = new AbortController();
    (0,node_events__WEBPACK_IMPORTED_MODULE_1__.setMaxListeners)(4 * MAX_REDIRECTS, ac.signal);
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
            res = await httpRequest(url, headers, ac.signal);
            watchdog.kick();
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            if (REDIRECTS.has(status) && location) {
                res.destroy();
                if (hop === MAX_REDIRECTS) {
                    throw new AttemptError(`too many redirects (more than ${MAX_REDIRECTS})`, status);
                }
                const next = redirectTarget(url, location);
                if (next.origin !== url.origin) {
                    headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'authorization' && k !== 'cookie'));
                }
                url = next;
                continue;
            }
            if (status < 200 || status > 299) {
                const where = url === start ? '' : ` from ${url.origin}${url.pathname}`;
                throw new AttemptError(`HTTP ${status} ${res.statusMessage ?? ''}`.trimEnd() + where, status, status >= 500 || status === 408 || status === 429, parseRetryAfter(res.headers['retry-after']));
            }
            return await receive(res, dest, opts, watchdog, ac.signal);
        }
    }
    catch (e) {
        opts.tee?.destroy();
        if (ac.signal.aborted)
            throw ac.signal.reason;
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .DownloadError */ .nV)
            throw e;
        const retryable = isNetworkError(e);
        throw new AttemptError(retryable ? `network error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .errorMessage */ .gJ)(e)}` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .errorMessage */ .gJ)(e), undefined, retryable, undefined, { cause: e });
    }
    finally {
        watchdog.stop();
        res?.destroy();
        opts.signal?.removeEventListener('abort', onAbort);
    }
}
function httpRequest(url, headers, signal, body) {
    const method = body === undefined ? 'GET' : 'POST';
    const proxy = proxyFor(url);
    if (!proxy) {
        const mod = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_4__ : node_http__WEBPACK_IMPORTED_MODULE_3__;
        return send(mod.request(url, { method, headers, signal, agent: false }), body);
    }
    const via = {
        proxy,
        module: proxy.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_4__ : node_http__WEBPACK_IMPORTED_MODULE_3__,
        options: { host: bare(proxy.hostname), port: portOf(proxy), agent: false, signal },
        auth: proxy.username ? { 'proxy-authorization': `Basic ${basic(proxy)}` } : {},
    };
    return url.protocol === 'http:'
        ? send(httpViaProxy(url, headers, via, method), body)
        : httpsThroughTunnel(url, headers, via, signal, body);
}
function send(req, body) {
    return new Promise((resolve, reject) => {
        req.on('error', reject).on('response', resolve).end(body);
    });
}
function httpViaProxy(url, headers, via, method) {
    const path = `${url.protocol}//${url.host}${url.pathname}${url.search}`;
    const auth = url.username ? `${decode(url.username)}:${decode(url.password)}` : undefined;
    return via.module.request({
        ...via.options,
        method,
        path,
        auth,
        headers: { ...headers, ...via.auth, host: url.host },
    });
}
function httpsThroughTunnel(url, headers, via, signal, body) {
    return new Promise((resolve, reject) => {
        const authority = `${url.hostname}:${portOf(url)}`;
        const connect = via.module.request({
            ...via.options,
            method: 'CONNECT',
            path: authority,
            headers: { ...via.auth, host: authority },
        });
        const refused = (status = 0, text = '') => new AttemptError(`proxy ${via.proxy.host} refused CONNECT to ${authority}: HTTP ${status} ${text}`.trimEnd(), status, status >= 500 || status === 408 || status === 429);
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
            if (signal.aborted)
                socket.destroy();
            signal.addEventListener('abort', () => socket.destroy(), { once: true });
            const host = bare(url.hostname);
            const req = node_https__WEBPACK_IMPORTED_MODULE_4__.request(url, {
                method: body === undefined ? 'GET' : 'POST',
                headers,
                signal,
                createConnection: () => node_tls__WEBPACK_IMPORTED_MODULE_9__.connect({ socket, servername: node_net__WEBPACK_IMPORTED_MODULE_5__.isIP(host) ? undefined : host })
                    .once('close', () => socket.destroy()),
            });
            send(req, body).then(resolve, reject);
        });
        connect.end();
    });
}
async function receive(res, dest, opts, watchdog, signal) {
    const length = Number(res.headers['content-length'] ?? NaN);
    const total = Number.isSafeInteger(length) && length >= 0 ? length : undefined;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
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
    const file = await (0,_staged_file_js__WEBPACK_IMPORTED_MODULE_12__/* .createExclusive */ .H0)(dest);
    let written = { dev: -1, ino: -1 };
    try {
        const sink = new node_stream__WEBPACK_IMPORTED_MODULE_6__.Writable({
            write(chunk, _encoding, callback) {
                bytes += chunk.length;
                hash.update(chunk);
                watchdog.kick();
                if (opts.onProgress && Date.now() - lastReport >= interval) {
                    lastReport = Date.now();
                    report();
                }
                Promise.all([writeAll(file, chunk), feed(opts.tee, chunk)]).then(() => callback(), callback);
            },
        });
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_7__.pipeline)(res, sink, { signal });
        }
        catch (e) {
            if (total !== undefined && bytes < total && isNetworkError(e))
                throw truncated(e);
            throw e;
        }
        watchdog.stop();
        if (total !== undefined && bytes !== total)
            throw truncated();
        opts.tee?.end();
        await file.sync();
        const st = await file.stat();
        written = { dev: st.dev, ino: st.ino };
    }
    finally {
        await file.close();
    }
    report();
    return { sha256: hash.digest('hex'), bytes, written };
}
function feed(tee, chunk) {
    if (!tee || tee.destroyed || tee.write(chunk))
        return undefined;
    return new Promise((resolve) => {
        const go = () => {
            tee.off('drain', go).off('close', go);
            resolve();
        };
        tee.on('drain', go).on('close', go);
    });
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
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .isErrnoException */ .s$)(e) && (RETRYABLE_CODES.has(e.code) || e.code.startsWith('HPE_'));
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


/***/ }),

/***/ 7576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cz: () => (/* binding */ createFreshDir),
/* harmony export */   H0: () => (/* binding */ createExclusive),
/* harmony export */   du: () => (/* binding */ PinnedZipReader),
/* harmony export */   qX: () => (/* reexport safe */ _regular_file_js__WEBPACK_IMPORTED_MODULE_7__.qX),
/* harmony export */   rY: () => (/* binding */ PinnedArchive)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(663);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3828);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6094);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(770);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9558);










const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0;
async function createExclusive(file, mode = 0o600) {
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | NO_FOLLOW;
    for (let attempt = 1;; attempt++) {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, flags, mode);
        }
        catch (e) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isErrnoException */ .s$)(e) || e.code !== 'EEXIST' || attempt === 3)
                throw e;
        }
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file).catch(() => undefined);
        if (st?.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${file} is a directory that this install did not create; something else writes in the staging directory. Check who can write the cache root.`);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(file).catch((e) => {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
                throw e;
        });
    }
}
async function createFreshDir(dir, mode) {
    for (let attempt = 1;; attempt++) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { mode: 0o700 });
            await (0,_faults_js__WEBPACK_IMPORTED_MODULE_8__/* .faultPoint */ .Jd)('fresh-dir-chmod');
            await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_6__/* .chmodDirNoFollow */ .T2)(dir, mode);
            return;
        }
        catch (e) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isErrnoException */ .s$)(e) || e.code !== 'EEXIST' || attempt === 3)
                throw e;
        }
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(dir).catch(() => undefined);
        if (st && !st.isSymbolicLink()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${dir} already exists, but this install did not create it; something else writes in the staging directory. Check who can write the cache root.`);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(dir).catch((e) => {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
                throw e;
        });
    }
}
class PinnedArchive {
    path;
    handle;
    size;
    constructor(path, handle, size) {
        this.path = path;
        this.handle = handle;
        this.size = size;
    }
    static async open(file) {
        const { handle, size } = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_7__/* .openRegularFile */ .ZU)(file);
        return new PinnedArchive(file, handle, size);
    }
    stream() {
        return (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readRange */ .qX)(this.handle, 0, this.size);
    }
    async sha256() {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(this.stream(), hash);
        return hash.digest('hex');
    }
    close() {
        return this.handle.close();
    }
}
class PinnedZipReader extends yauzl__WEBPACK_IMPORTED_MODULE_4__.RandomAccessReader {
    handle;
    constructor(handle) {
        super();
        this.handle = handle;
    }
    _readStreamForRange(start, end) {
        return (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readRange */ .qX)(this.handle, start, end);
    }
}


/***/ }),

/***/ 1188:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ stale/* DEFAULT_LOCK_STALE_MS */.xL),
  acquireLock: () => (/* binding */ acquireLock),
  eJ: () => (/* binding */ acquireLockUnless),
  $S: () => (/* binding */ describeOwner),
  withLock: () => (/* binding */ withLock)
});

// UNUSED EXPORTS: LOCK_STALE_ENV, NEEDLESS_POLL_MS, lockStaleMs, readLockOwner, tryLock

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/faults.js
var faults = __webpack_require__(6094);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __webpack_require__(770);
// EXTERNAL MODULE: ./lib/core/regular-file.js
var regular_file = __webpack_require__(9558);
;// CONCATENATED MODULE: ./lib/core/lock/epochs.js






const OWNER = 'owner';
const RELEASED = 'released';
const RELEASE_EVENTS = [RELEASED];
const epochsDirOf = (lockPath) => `${lockPath}.lock`;
const epochDirOf = (lockPath, epoch) => external_node_path_.join(epochsDirOf(lockPath), String(epoch));
function assertNotPlanted(p) {
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(p);
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
    if (st.isDirectory())
        return true;
    const what = st.isSymbolicLink() ? 'a symbolic link' : 'not a directory';
    throw new errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `Lock path ${p} is ${what}; the cache only creates directories there and never follows links. ` +
        `Remove ${p} (nothing of the cache is lost) and run again.`);
}
async function prepareEpochsDir(lockPath) {
    const dir = epochsDirOf(lockPath);
    if (assertNotPlanted(dir))
        return;
    await external_node_fs_.promises.access(external_node_path_.dirname(dir));
    await (0,fsx/* ensureDir */.A0)(dir);
    assertNotPlanted(dir);
}
function listEpochs(lockPath) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(epochsDirOf(lockPath));
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return [];
        throw e;
    }
    return names
        .filter((n) => /^[1-9]\d{0,15}$/.test(n))
        .map(Number)
        .sort((a, b) => a - b);
}
function readOwner(epochDir) {
    let text;
    try {
        const read = (0,regular_file/* readRegularTextIfExistsSync */.cL)(external_node_path_.join(epochDir, OWNER), fsx/* STATE_FILE_MAX_BYTES */.e);
        if (read === undefined)
            return undefined;
        text = read;
    }
    catch (e) {
        if (!(e instanceof regular_file/* NotRegularFileError */.iZ))
            throw e;
        text = '';
    }
    try {
        return JSON.parse(text);
    }
    catch {
        return { token: '', pid: 0, host: '', acquiredAt: '' };
    }
}
const exists = (p) => {
    try {
        (0,external_node_fs_.lstatSync)(p);
        return true;
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
};
function newestEpoch(lockPath) {
    for (let attempt = 0;; attempt++) {
        const epoch = listEpochs(lockPath).at(-1);
        if (epoch === undefined)
            return { epoch: 0, kind: 'none' };
        const dir = epochDirOf(lockPath, epoch);
        try {
            const st = (0,external_node_fs_.lstatSync)(dir);
            if (!st.isDirectory())
                assertNotPlanted(dir);
            const owner = readOwner(dir);
            if (owner)
                return { epoch, kind: 'held', owner, heartbeatMs: st.mtimeMs };
            const kind = exists(external_node_path_.join(dir, RELEASED)) ? 'released' : 'starting';
            return { epoch, kind, heartbeatMs: st.mtimeMs };
        }
        catch (e) {
            if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT' && attempt < 10))
                throw e;
        }
    }
}
function isFree(state, staleMs, now = Date.now()) {
    if (state.kind === 'none' || state.kind === 'released')
        return true;
    return (state.heartbeatMs ?? 0) < now - staleMs;
}
function claimEpochSync(lockPath, epoch) {
    const dir = epochDirOf(lockPath, epoch);
    try {
        (0,external_node_fs_.mkdirSync)(dir, { mode: fsx/* SHARED_DIR_MODE */.ex });
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && (e.code === 'EEXIST' || e.code === 'ENOENT'))
            return false;
        throw e;
    }
    (0,fsx/* chmodDirNoFollowSync */.o5)(dir, fsx/* SHARED_DIR_MODE */.ex);
    return true;
}
function epochsAbove(lockPath, epoch) {
    return listEpochs(lockPath).some((e) => e > epoch);
}
function writeOwnerSync(lockPath, epoch, owner) {
    (0,fsx/* writeFileReplacingSync */.WF)(external_node_path_.join(epochDirOf(lockPath, epoch), OWNER), JSON.stringify(owner));
}
function ownsEpochSync(lockPath, epoch, token) {
    try {
        return readOwner(epochDirOf(lockPath, epoch))?.token === token && !epochsAbove(lockPath, epoch);
    }
    catch {
        return false;
    }
}
function markReleasedSync(lockPath, epoch) {
    const dir = epochDirOf(lockPath, epoch);
    (0,external_node_fs_.renameSync)(external_node_path_.join(dir, OWNER), external_node_path_.join(dir, RELEASED));
}
function removeEpochSync(lockPath, epoch) {
    (0,external_node_fs_.rmSync)(epochDirOf(lockPath, epoch), { recursive: true, force: true });
}
function removeEpochsBelow(lockPath, epoch) {
    for (const e of listEpochs(lockPath)) {
        if (e >= epoch)
            break;
        try {
            removeEpochSync(lockPath, e);
        }
        catch {
            return;
        }
    }
}

// EXTERNAL MODULE: ./lib/core/platform/builtins.js
var builtins = __webpack_require__(3519);
;// CONCATENATED MODULE: ./lib/core/lock/queue.js







const queueDirOf = (lockPath) => `${lockPath}.queue`;
let ticketSeq = 0;
function listQueue(queueDir) {
    try {
        return (0,external_node_fs_.readdirSync)(queueDir).sort();
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return [];
        throw e;
    }
}
async function takeTicket(queueDir) {
    const name = `${String(Date.now()).padStart(15, '0')}-${String(ticketSeq++ % 1e6).padStart(6, '0')}-${(0,fsx/* randomToken */.zs)()}`;
    const file = external_node_path_.join(queueDir, name);
    const content = JSON.stringify({ pid: process.pid, host: (0,builtins/* hostName */.Sm)() });
    assertNotPlanted(queueDir);
    try {
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    catch (e) {
        if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
            throw e;
        await (0,fsx/* ensureDir */.A0)(queueDir);
        assertNotPlanted(queueDir);
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    return { name, file };
}
function keepTicketAlive(ticket, staleMs) {
    const timer = setInterval(() => {
        const now = new Date();
        try {
            (0,external_node_fs_.utimesSync)(ticket().file, now, now);
        }
        catch {
        }
    }, Math.max(10, Math.floor(staleMs / 4)));
    timer.unref();
    return () => clearInterval(timer);
}
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
        const { pid, host } = JSON.parse((0,regular_file/* readRegularFileSync */.cG)(file, fsx/* STATE_FILE_MAX_BYTES */.e).toString('utf8'));
        if (host !== (0,builtins/* hostName */.Sm)())
            return false;
        process.kill(pid, 0);
        return false;
    }
    catch (e) {
        return (0,errors/* isErrnoException */.s$)(e) && e.code === 'ESRCH';
    }
}
function ticketAhead(queueDir, queue, mine, staleMs, scan) {
    const aheadOfUs = queue.slice(0, queue.indexOf(mine));
    while (scan &&
        aheadOfUs.length > 0 &&
        isTicketDead(external_node_path_.join(queueDir, aheadOfUs[aheadOfUs.length - 1]), staleMs)) {
        (0,external_node_fs_.rmSync)(external_node_path_.join(queueDir, aheadOfUs.pop()), { force: true });
    }
    return aheadOfUs.at(-1);
}

// EXTERNAL MODULE: ./lib/core/lock/stale.js
var stale = __webpack_require__(4254);
// EXTERNAL MODULE: ./lib/core/lock/watch.js
var watch = __webpack_require__(4136);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
;// CONCATENATED MODULE: ./lib/core/lock.js












async function readLockOwner(lockPath) {
    try {
        return newestEpoch(lockPath).owner;
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
const heldHere = new Set();
let exitHookInstalled = false;
function releaseOnExit(release) {
    heldHere.add(release);
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.prependOnceListener('exit', () => {
        for (const r of [...heldHere]) {
            try {
                r();
            }
            catch {
            }
        }
    });
}
async function tryLock(lockPath, name, options) {
    const staleMs = (0,stale/* effectiveStaleMs */.pv)(options.staleMs);
    await prepareEpochsDir(lockPath);
    const epoch = claimNextEpoch(lockPath, staleMs);
    if (epoch === undefined)
        return undefined;
    const token = (0,fsx/* randomToken */.zs)();
    const owner = {
        token,
        pid: process.pid,
        host: (0,builtins/* hostName */.Sm)(),
        holder: options.holder,
        acquiredAt: (0,format/* isoTime */.Ly)(),
        epoch,
    };
    try {
        await (0,faults/* faultPoint */.Jd)('lock-owner');
        writeOwnerSync(lockPath, epoch, owner);
    }
    catch (e) {
        removeEpochSync(lockPath, epoch);
        throw e;
    }
    if (!ownsEpochSync(lockPath, epoch, token)) {
        removeEpochSync(lockPath, epoch);
        return undefined;
    }
    return holdEpoch(lockPath, name, epoch, token, staleMs);
}
function claimNextEpoch(lockPath, staleMs) {
    const newest = newestEpoch(lockPath);
    if (!isFree(newest, staleMs))
        return undefined;
    const epoch = newest.epoch + 1;
    if (!claimEpochSync(lockPath, epoch))
        return undefined;
    if (epochsAbove(lockPath, epoch)) {
        removeEpochSync(lockPath, epoch);
        return undefined;
    }
    return epoch;
}
function holdEpoch(lockPath, name, epoch, token, staleMs) {
    const dir = epochDirOf(lockPath, epoch);
    let controller;
    const lostError = () => new errors/* LockLostError */.yx(name);
    let lost = false;
    let released = false;
    const owns = () => !lost && !released && ownsEpochSync(lockPath, epoch, token);
    const stop = () => {
        clearInterval(heartbeat);
        heldHere.delete(releaseSync);
    };
    const markLost = () => {
        if (lost)
            return;
        lost = true;
        stop();
        controller?.abort(lostError());
    };
    const heartbeat = startHeartbeat(dir, staleMs, owns, markLost);
    const releaseSync = () => {
        if (released)
            return;
        const mine = owns();
        released = true;
        stop();
        if (!mine)
            return;
        try {
            markReleasedSync(lockPath, epoch);
        }
        catch (e) {
            if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
                throw e;
        }
        removeEpochsBelow(lockPath, epoch);
    };
    releaseOnExit(releaseSync);
    const assertHeldSync = () => {
        if (lost || !ownsEpochSync(lockPath, epoch, token)) {
            markLost();
            throw new errors/* LockLostError */.yx(name);
        }
    };
    return {
        name,
        token,
        get lost() {
            return lost;
        },
        get signal() {
            if (!controller) {
                controller = new AbortController();
                if (lost)
                    controller.abort(lostError());
            }
            return controller.signal;
        },
        assertHeldSync,
        async assertHeld() {
            assertHeldSync();
        },
        async release() {
            releaseSync();
        },
    };
}
function startHeartbeat(dir, staleMs, owns, onLost) {
    const timer = setInterval(() => {
        if (!owns())
            return onLost();
        try {
            const now = new Date();
            (0,external_node_fs_.utimesSync)(dir, now, now);
        }
        catch {
            onLost();
        }
    }, Math.max(10, Math.floor(staleMs / 4)));
    timer.unref();
    return timer;
}
function busyEpochDir(lockPath, staleMs) {
    const newest = newestEpoch(lockPath);
    return isFree(newest, staleMs) ? undefined : epochDirOf(lockPath, newest.epoch);
}
async function acquireLock(lockPath, name, options) {
    return (await acquireUnlessNeedless(lockPath, name, options));
}
const NEEDLESS_POLL_MS = 250;
async function acquireLockUnless(lockPath, name, options, needless) {
    const check = typeof needless === 'function' ? { needless } : needless;
    return acquireUnlessNeedless(lockPath, name, options, check);
}
async function acquireUnlessNeedless(lockPath, name, options, unless) {
    const deadline = Date.now() + options.timeoutMs;
    const staleMs = (0,stale/* effectiveStaleMs */.pv)(options.staleMs);
    const queueDir = queueDirOf(lockPath);
    await prepareEpochsDir(lockPath);
    assertNotPlanted(queueDir);
    if ((options.timeoutMs <= 0 || listQueue(queueDir).length === 0) &&
        !busyEpochDir(lockPath, staleMs)) {
        const held = await tryLock(lockPath, name, options);
        if (held)
            return held;
    }
    if (Date.now() >= deadline)
        throw await timeoutError(lockPath, name, options.timeoutMs);
    let ticket = await takeTicket(queueDir);
    const stopTicket = keepTicketAlive(() => ticket, staleMs);
    try {
        options.onWait?.(await readLockOwner(lockPath));
        const ref = { get: () => ticket, renew: async () => (ticket = await takeTicket(queueDir)) };
        return await waitInLine(lockPath, name, options, deadline, ref, unless);
    }
    finally {
        stopTicket();
        (0,external_node_fs_.rmSync)(ticket.file, { force: true });
    }
}
async function timeoutError(lockPath, name, timeoutMs) {
    return new errors/* LockTimeoutError */.XB(name, describeOwner(await readLockOwner(lockPath)), Math.round(timeoutMs / 1000));
}
async function waitInLine(lockPath, name, options, deadline, ticket, unless) {
    const pollMs = options.pollMs ?? 100;
    const staleMs = (0,stale/* effectiveStaleMs */.pv)(options.staleMs);
    const queueDir = queueDirOf(lockPath);
    let scan = true;
    for (let waits = 1;; waits++) {
        if (waits > 1 && unless && (await unless.needless().catch(() => false)))
            return undefined;
        let queue = listQueue(queueDir);
        if (!queue.includes(ticket.get().name)) {
            await ticket.renew();
            queue = listQueue(queueDir);
        }
        const ahead = ticketAhead(queueDir, queue, ticket.get().name, staleMs, scan);
        const sawLock = ahead === undefined || unless !== undefined;
        const busyDir = sawLock ? busyEpochDir(lockPath, staleMs) : undefined;
        if (ahead === undefined && busyDir === undefined) {
            const held = await tryLock(lockPath, name, options);
            if (held)
                return held;
        }
        if (Date.now() >= deadline)
            throw await timeoutError(lockPath, name, options.timeoutMs);
        const place = { ahead, sawLock, busyDir };
        const probe = unless && busyDir !== undefined
            ? { everyMs: unless.pollMs ?? NEEDLESS_POLL_MS, ask: unless.needless }
            : undefined;
        await (0,faults/* faultPoint */.Jd)('waiter-looked');
        const wake = await (0,watch/* sleepUntilChange */.a)(wakeTargets(lockPath, place, unless), { period: waitPeriod(pollMs, ahead === undefined, waits), pollMs, deadline }, () => moved(lockPath, staleMs, place), probe);
        if (wake === 'probe')
            return undefined;
        scan = wake === 'poll';
    }
}
function wakeTargets(lockPath, place, unless) {
    const targets = [];
    if (place.ahead !== undefined)
        targets.push({ path: external_node_path_.join(queueDirOf(lockPath), place.ahead) });
    if (place.busyDir !== undefined)
        targets.push({ path: place.busyDir, entries: RELEASE_EVENTS });
    else if (place.ahead === undefined)
        targets.push({ path: epochsDirOf(lockPath) });
    for (const file of unless?.watch ?? [])
        targets.push({ path: external_node_path_.dirname(file), entries: [external_node_path_.basename(file)], optional: true });
    return targets;
}
function moved(lockPath, staleMs, place) {
    if (place.ahead !== undefined && !(0,external_node_fs_.existsSync)(external_node_path_.join(queueDirOf(lockPath), place.ahead)))
        return true;
    return place.sawLock && busyEpochDir(lockPath, staleMs) !== place.busyDir;
}
function waitPeriod(pollMs, head, waits) {
    return head ? pollMs * Math.min(8, 1.25 ** waits) : Math.max(8 * pollMs, 1000);
}
async function withLock(lockPath, name, options, fn) {
    const held = await acquireLock(lockPath, name, options);
    try {
        return await fn(held);
    }
    finally {
        await held.release();
    }
}


/***/ }),

/***/ 4136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ sleepUntilChange)
/* harmony export */ });
/* unused harmony export watchTarget */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


function watchTarget(target, onChange, entries) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(target);
    if (process.platform !== 'win32') {
        return watchPath(target, (filename) => {
            if (!entries || filename === null || filename === name || entries.includes(filename))
                onChange();
        });
    }
    return watchPath(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target), (filename) => {
        if (filename === null || filename === name)
            onChange();
    });
}
function watchPath(target, onChange) {
    try {
        const w = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.watch)(target, { persistent: false }, (_event, filename) => onChange(filename === null ? null : String(filename)));
        w.on('error', () => w.close());
        return w;
    }
    catch {
        return undefined;
    }
}
async function sleepUntilChange(targets, timing, changed, probe) {
    let wake;
    const watchers = targets.map((t) => ({
        t,
        w: watchTarget(t.path, () => wake?.('change'), t.entries),
    }));
    const timers = [];
    let asking;
    try {
        if (changed())
            return 'change';
        const watched = watchers.every(({ t, w }) => w !== undefined || t.optional);
        const jitter = (ms) => ms * (0.5 + Math.random());
        const delay = Math.min(jitter(watched ? timing.period : timing.pollMs), Math.max(0, timing.deadline - Date.now()));
        const how = await new Promise((resolve) => {
            wake = (w) => {
                wake = undefined;
                resolve(w);
            };
            timers.push(setTimeout(() => wake?.('poll'), delay));
            const ask = () => {
                if (!probe || wake === undefined)
                    return;
                asking = probe.ask().catch(() => false);
                void asking.then((yes) => (yes ? wake?.('probe') : again()));
            };
            const again = () => {
                if (probe && wake !== undefined)
                    timers.push(setTimeout(ask, jitter(probe.everyMs)));
            };
            again();
        });
        if (how !== 'probe' && asking && (await asking))
            return 'probe';
        return how;
    }
    finally {
        wake = undefined;
        for (const t of timers)
            clearTimeout(t);
        for (const { w } of watchers)
            w?.close();
    }
}


/***/ }),

/***/ 6978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetcherOf: () => (/* binding */ fetcherOf),
  findVendor: () => (/* binding */ findVendor),
  jobSetupOf: () => (/* binding */ jobSetupOf),
  resolveWithVendor: () => (/* binding */ resolveWithVendor),
  useOf: () => (/* binding */ useOf)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/ids.js
var ids = __webpack_require__(2885);
// EXTERNAL MODULE: ./lib/core/named/job-setup.js
var job_setup = __webpack_require__(6362);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/core/install/download.js
var download = __webpack_require__(971);
// EXTERNAL MODULE: ./lib/core/lock.js + 2 modules
var core_lock = __webpack_require__(1188);
// EXTERNAL MODULE: ./lib/core/redact.js
var redact = __webpack_require__(8038);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __webpack_require__(770);
;// CONCATENATED MODULE: ./lib/core/named/doc-cache.js



const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
const docsDir = (layout) => layout.namedDocsDir;
const docFile = (layout, url) => external_node_path_.join(docsDir(layout), (0,external_node_crypto_.createHash)('sha256').update(url).digest('hex').slice(0, 32));
async function readCachedDocument(layout, url) {
    let raw;
    try {
        raw = await (0,fsx/* readFileIfExists */.QD)(docFile(layout, url), MAX_DOCUMENT_BYTES + 64 * 1024);
    }
    catch {
        return undefined;
    }
    if (raw === undefined)
        return undefined;
    const nl = raw.indexOf('\n');
    if (nl < 0)
        return undefined;
    try {
        const head = JSON.parse(raw.slice(0, nl));
        if (head.url !== url || typeof head.fetchedAt !== 'number')
            return undefined;
        return {
            url,
            fetchedAt: head.fetchedAt,
            ...(typeof head.etag === 'string' && { etag: head.etag }),
            ...(typeof head.lastModified === 'string' && { lastModified: head.lastModified }),
            text: raw.slice(nl + 1),
        };
    }
    catch {
        return undefined;
    }
}
async function writeCachedDocument(layout, doc) {
    await (0,fsx/* ensureDir */.A0)(docsDir(layout));
    const { text, ...head } = doc;
    (0,fsx/* writeFileReplacingSync */.WF)(docFile(layout, doc.url), `${JSON.stringify(head)}\n${text}`);
}

;// CONCATENATED MODULE: ./lib/core/named/fetch.js






const DOCUMENT_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;
class CachedVendorFetch {
    options;
    texts = new Map();
    records = [];
    constructor(options) {
        this.options = options;
    }
    async document(url, parse) {
        const fetched = url;
        let text = this.texts.get(fetched);
        if (!text) {
            text = this.text(fetched, parse);
            this.texts.set(fetched, text);
            text.catch(() => this.texts.delete(fetched));
        }
        return parse(await text);
    }
    now() {
        return this.options.now?.() ?? Date.now();
    }
    async text(url, parse) {
        const { layout } = this.options;
        if (!layout)
            return (await this.fromNetwork(url, undefined, parse)).text;
        const started = this.now();
        const cached = await this.usable(layout, url, parse);
        if (cached && this.fresh(cached, started))
            return this.served(url, cached, 'cache');
        const gotMeanwhile = async () => {
            const doc = await readCachedDocument(layout, url);
            return doc !== undefined && (doc.fetchedAt >= started || this.fresh(doc, this.now()));
        };
        const lock = await (0,core_lock/* acquireLockUnless */.eJ)(layout.lockPath(`index-${(0,external_node_crypto_.createHash)('sha256').update(url).digest('hex').slice(0, 16)}`), `index ${(0,redact/* redactUrl */.B)(url)}`, {
            staleMs: this.options.staleMs ?? core_lock/* DEFAULT_LOCK_STALE_MS */.xL,
            timeoutMs: this.options.waitTimeoutMs ?? 120_000,
            pollMs: 100,
            holder: this.options.holder,
        }, { needless: gotMeanwhile, watch: [docFile(layout, url)] });
        if (!lock) {
            const doc = await this.usable(layout, url, parse);
            if (doc)
                return this.served(url, doc, 'cache');
        }
        try {
            const latest = (await this.usable(layout, url, parse)) ?? cached;
            if (latest && (latest.fetchedAt >= started || this.fresh(latest, this.now())))
                return this.served(url, latest, 'cache');
            return await this.refresh(layout, url, latest, parse);
        }
        finally {
            await lock?.release();
        }
    }
    fresh(doc, now) {
        const age = now - doc.fetchedAt;
        return age >= 0 && age < this.options.ttlMs;
    }
    async usable(layout, url, parse) {
        const doc = await readCachedDocument(layout, url);
        if (!doc)
            return undefined;
        try {
            parse(doc.text);
            return doc;
        }
        catch {
            return undefined;
        }
    }
    served(url, doc, from) {
        this.records.push({ url, from });
        return doc.text;
    }
    async refresh(layout, url, cached, parse) {
        let answer;
        try {
            answer = await this.fromNetwork(url, cached, parse);
        }
        catch (e) {
            if (!cached)
                throw e;
            this.options.log.warning(`${(0,errors/* errorMessage */.gJ)(e)} Using the copy cached on this host ${describeAge(this.now() - cached.fetchedAt)} ago.`);
            return this.served(url, cached, 'stale');
        }
        const doc = answer.notModified && cached
            ? { ...cached, fetchedAt: this.now() }
            : {
                url,
                fetchedAt: this.now(),
                ...(answer.etag && { etag: answer.etag }),
                ...(answer.lastModified && { lastModified: answer.lastModified }),
                text: answer.text,
            };
        await writeCachedDocument(layout, doc).catch((e) => this.options.log.warning(`Could not cache ${(0,redact/* redactUrl */.B)(url)} in the cache root (${(0,errors/* errorMessage */.gJ)(e)}); the next job asks again.`));
        return doc.text;
    }
    async fromNetwork(url, cached, parse) {
        const shown = (0,redact/* redactUrl */.B)(url);
        const signal = AbortSignal.timeout(this.options.timeoutMs ?? DOCUMENT_TIMEOUT_MS);
        const headers = {
            'user-agent': 'toolchain-cache',
            'accept-encoding': 'identity',
            ...(cached?.etag && { 'if-none-match': cached.etag }),
            ...(cached?.lastModified && { 'if-modified-since': cached.lastModified }),
        };
        let res;
        try {
            res = await follow(new URL(url), headers, signal);
            const status = res.statusCode ?? 0;
            if (status === 304 && cached) {
                this.records.push({ url, from: 'revalidated' });
                return { notModified: true, text: cached.text };
            }
            if (status < 200 || status > 299)
                throw new Error(`HTTP ${status}`);
            const text = (await readBounded(res, MAX_DOCUMENT_BYTES)).toString('utf8');
            try {
                parse(text);
            }
            catch (e) {
                throw new Error(`the answer is not what its vendor publishes there (${(0,errors/* errorMessage */.gJ)(e)})`);
            }
            this.records.push({ url, from: 'network' });
            return {
                notModified: false,
                text,
                etag: header(res, 'etag'),
                lastModified: header(res, 'last-modified'),
            };
        }
        catch (e) {
            const why = signal.aborted
                ? `no answer within ${Math.round((this.options.timeoutMs ?? DOCUMENT_TIMEOUT_MS) / 1000)} s`
                : (0,errors/* errorMessage */.gJ)(e);
            throw new errors/* ToolchainCacheError */.mg('DOWNLOAD_FAILED', `Could not read ${shown}: ${why}.${cached ? '' : ' No copy of it is cached on this host; check that the vendor (or its mirror) is reachable from the runner.'}`);
        }
        finally {
            res?.destroy();
        }
    }
}
const header = (res, name) => {
    const v = res.headers[name];
    return typeof v === 'string' && v.length <= 1024 ? v : undefined;
};
async function follow(start, headers, signal) {
    let url = start;
    for (let hop = 0;; hop++) {
        const res = await (0,download/* httpRequest */.aj)(url, headers, signal);
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (status >= 300 && status < 400 && status !== 304 && location) {
            res.destroy();
            if (hop === MAX_REDIRECTS)
                throw new Error(`more than ${MAX_REDIRECTS} redirects`);
            url = (0,download/* redirectTarget */.ET)(url, location);
            continue;
        }
        return res;
    }
}
async function readBounded(res, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of res) {
        size += chunk.length;
        if (size > limit)
            throw new Error(`the answer is larger than ${limit} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
function describeAge(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    if (s < 120)
        return `${s} s`;
    const min = Math.round(s / 60);
    if (min < 120)
        return `${min} min`;
    const h = Math.round(min / 60);
    if (h < 48)
        return `${h} h`;
    return `${Math.round(h / 24)} days`;
}

// EXTERNAL MODULE: ./lib/core/named/settings.js
var settings = __webpack_require__(2264);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
;// CONCATENATED MODULE: ./lib/core/named/vendor-step.js






const fetchers = new WeakMap();
function fetcherOf(options) {
    const run = options.session ?? options;
    let f = fetchers.get(run);
    if (!f) {
        f = new CachedVendorFetch({
            layout: options.layout,
            ttlMs: options.settings.indexTtlSeconds * 1000,
            log: options.log,
            staleMs: options.staleMs,
            holder: options.holder,
            now: options.now,
        });
        fetchers.set(run, f);
    }
    return f;
}
function vendorFetch(options, vendor) {
    const shared = fetcherOf(options);
    const mirror = options.settings.mirrorOf(vendor.name);
    return {
        document: (url, parse) => shared.document((0,settings/* mirrored */.VV)(url, vendor.bases, mirror), parse),
    };
}
const findVendor = async (name, options, spec) => options.vendor
    ? options.vendor(name)
    : (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1748))).loadVendor(name, spec);
async function resolveWithVendor(item, options) {
    const vendor = await findVendor(item.name, options, item.spec);
    if (!vendor.platforms.includes(options.platform))
        throw new errors/* ToolchainCacheError */.mg('INVALID_INPUT', `toolchains[${item.index}] ("${item.spec}"): ${vendor.name} publishes no build for ${options.platform} (it builds for ${vendor.platforms.join(', ')}).`);
    let r;
    try {
        r = await vendor.resolve(item, options.platform, vendorFetch(options, vendor));
    }
    catch (e) {
        if (e instanceof errors/* ToolchainCacheError */.mg)
            throw e;
        throw new errors/* ToolchainCacheError */.mg('INVALID_INPUT', `toolchains[${item.index}] ("${item.spec}") on ${options.platform}: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
    const sha256 = r.sha256.toLowerCase();
    if (!ids/* ID_PATTERN */.p.test(r.id) || !/^[0-9a-f]{64}$/.test(sha256) || !/^https?:\/\//.test(r.url))
        throw new errors/* ToolchainCacheError */.mg('INVALID_INPUT', `toolchains[${item.index}] ("${item.spec}"): the ${vendor.name} vendor module returned an unusable resolution (${JSON.stringify(r)}).`);
    return { ...r, sha256 };
}
async function useOf(name, resolution, options) {
    const vendor = await findVendor(name, options);
    const layout = vendor.layout(options.platform);
    const root = options.layout ? options.layout.toolchainRoot(resolution.id) : '';
    return {
        vendor: name,
        bin: layout.bin,
        ...(layout.stripComponents !== undefined && { stripComponents: layout.stripComponents }),
        env: root ? layout.env(root, resolution, options.platform) : {},
        bases: vendor.bases.map((b) => ({ url: b.url, mirrorPath: b.mirrorPath })),
        ...(layout.job &&
            root && { job: (0,job_setup/* setupTemplate */.Uh)(layout.job, root, resolution, options.platform) }),
        recordedAt: (0,format/* isoTime */.Ly)(options.now?.() ?? Date.now()),
    };
}
async function jobSetupOf(name, resolution, options, job) {
    const vendor = await findVendor(name, options);
    const root = options.layout ? options.layout.toolchainRoot(resolution.id) : '';
    return root
        ? vendor.layout(options.platform).job?.(root, resolution, options.platform, job)
        : undefined;
}


/***/ })

};
