export const id = 246;
export const ids = [246];
export const modules = {

/***/ 971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ redirectTarget),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   aj: () => (/* binding */ httpRequest),
/* harmony export */   f4: () => (/* binding */ writeAll)
/* harmony export */ });
/* unused harmony exports downloadFile, shouldProxy, proxyFor */
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
        throw new InputError(`${id}: the expected sha256 must be 64 hex characters`, 'sha256');
    }
    let target;
    try {
        target = new URL(url);
    }
    catch {
        throw new InputError(`${id}: invalid URL ${JSON.stringify(redactUrl(url))}`, 'url');
    }
    if (!isHttp(target)) {
        throw new InputError(`${id}: only http and https URLs are supported, got ${target.protocol}`, 'url');
    }
    const shown = redactUrl(url);
    const retries = opts.retries ?? 3;
    const aborted = () => abortError(`${id}: download of ${shown} aborted`, opts.signal?.reason);
    for (let attempt = 1;; attempt++) {
        try {
            if (opts.signal?.aborted)
                throw aborted();
            const tee = attempt === 1 ? opts.tee : undefined;
            const { sha256, bytes, written } = await attemptOnce(target, dest, { ...opts, tee }, aborted);
            if (sha256 !== expected)
                throw new ChecksumError(id, expected, sha256, shown);
            return { sha256, bytes, written, attempts: attempt, durationMs: Date.now() - started };
        }
        catch (e) {
            if (!(e instanceof AttemptError && e.retryable && attempt <= retries)) {
                await rm(dest, { force: true }).catch(() => undefined);
                if (!(e instanceof DownloadError))
                    throw e;
                const full = diskFullCause(e);
                if (full)
                    throw full;
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
                await sleep(delayMs, undefined, { signal: opts.signal });
            }
            catch {
                await rm(dest, { force: true }).catch(() => undefined);
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
    setMaxListeners(4 * MAX_REDIRECTS, ac.signal);
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
        if (e instanceof DownloadError)
            throw e;
        const retryable = isNetworkError(e);
        throw new AttemptError(retryable ? `network error: ${errorMessage(e)}` : errorMessage(e), undefined, retryable, undefined, { cause: e });
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
    const hash = createHash('sha256');
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
    const file = await createExclusive(dest);
    let written = { dev: -1, ino: -1 };
    try {
        const sink = new Writable({
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
            await pipeline(res, sink, { signal });
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
/* harmony export */   H0: () => (/* binding */ createExclusive),
/* harmony export */   qX: () => (/* reexport safe */ _regular_file_js__WEBPACK_IMPORTED_MODULE_7__.qX),
/* harmony export */   rY: () => (/* binding */ PinnedArchive)
/* harmony export */ });
/* unused harmony exports createFreshDir, PinnedZipReader */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(663);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3828);
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
            await mkdir(dir, { mode: 0o700 });
            await faultPoint('fresh-dir-chmod');
            await chmodDirNoFollow(dir, mode);
            return;
        }
        catch (e) {
            if (!isErrnoException(e) || e.code !== 'EEXIST' || attempt === 3)
                throw e;
        }
        const st = await lstat(dir).catch(() => undefined);
        if (st && !st.isSymbolicLink()) {
            throw new ToolchainCacheError('UNSAFE_PATH', `${dir} already exists, but this install did not create it; something else writes in the staging directory. Check who can write the cache root.`);
        }
        await unlink(dir).catch((e) => {
            if (!(isErrnoException(e) && e.code === 'ENOENT'))
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
class PinnedZipReader extends yauzl__WEBPACK_IMPORTED_MODULE_4__/* .RandomAccessReader */ .lJ {
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






const workspace = () => process.env.GITHUB_WORKSPACE ?? process.cwd();
async function inTransit(ref, file, rel, call, use) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(workspace(), node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(rel));
    const { made, ino } = await transitDir(dir);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, node_path__WEBPACK_IMPORTED_MODULE_2__.basename(rel));
    try {
        await copyVerified(file, abs, ref.sha256, call);
        return await use();
    }
    finally {
        const now = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(dir).catch(() => undefined);
        if (now?.isDirectory() && now.ino === ino) {
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(abs, { force: true });
            if (made)
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rmdir(dir).catch(() => undefined);
        }
    }
}
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
