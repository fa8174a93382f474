export const id = 893;
export const ids = [893];
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

/***/ 3893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hasEntry: () => (/* binding */ hasEntry),
  locateEntry: () => (/* binding */ locateEntry),
  restoreEntry: () => (/* binding */ restoreEntry)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
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

// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: ./lib/core/install/download.js
var download = __webpack_require__(971);
;// CONCATENATED MODULE: ./lib/providers/actions-cache/entry.js






const REGULAR = new Set(['File', 'OldFile', 'ContiguousFile']);
const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];
const entryError = (message) => new errors/* ToolchainCacheError */.mg('UNSAFE_ARCHIVE', message);
async function pullMember(p) {
    const archive = await staged_file/* PinnedArchive */.rY.open(p.blob);
    try {
        const st = await archive.handle.stat();
        if (st.dev !== p.written.dev || st.ino !== p.written.ino)
            throw new errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `${p.blob} was replaced in the staging directory after it was downloaded. Check who can write the cache root.`);
        const format = await formatOf(archive, p.what);
        const source = await openTarStream(p.blob, format, { pinned: archive.handle });
        await new MemberReader(p, source).run();
    }
    finally {
        await archive.close();
    }
}
async function formatOf(archive, what) {
    const { buffer, bytesRead } = await archive.handle.read(Buffer.alloc(4), 0, 4, 0);
    const starts = (magic) => bytesRead >= magic.length && magic.every((b, i) => buffer[i] === b);
    if (starts(GZIP))
        return 'tar.gz';
    if (starts(ZSTD))
        return 'tar.zst';
    throw entryError(`${what} is neither a gzip nor a zstd tar: refused`);
}
class MemberReader {
    p;
    source;
    error;
    found = false;
    done = false;
    started = false;
    unpacked = 0;
    out;
    killed = false;
    finish = () => undefined;
    parser = new index_min/* Parser */.iX({
        strict: true,
        zstd: false,
        brotli: false,
        maxMetaEntrySize: 64 * 1024,
    });
    constructor(p, source) {
        this.p = p;
        this.source = source;
    }
    async run() {
        const { signal } = this.p.call;
        const finished = new Promise((resolve) => (this.finish = resolve));
        const exited = this.decoderExited();
        const onAbort = () => this.fail(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        try {
            if (signal.aborted)
                onAbort();
            this.parser.on('entry', (entry) => this.onEntry(entry));
            this.parser.on('error', (e) => this.fail(e));
            this.parser.on('end', () => this.found || this.stop(false));
            this.feed();
            await finished;
            await exited;
        }
        finally {
            signal.removeEventListener('abort', onAbort);
            await this.out?.close();
        }
        if (this.error !== undefined)
            throw this.error;
        if (!this.found)
            throw entryError(`${this.p.what} holds no regular file ${this.p.member}: refused (toolchain-cache did not save it)`);
    }
    feed() {
        const { stream } = this.source;
        stream.on('error', (e) => this.fail(e));
        stream.on('data', (chunk) => {
            if (this.done)
                return;
            if (!this.started && chunk[0] === GZIP[0] && chunk[1] === GZIP[1])
                return this.fail(entryError(`${this.p.what} holds no tar stream: refused`));
            this.started = true;
            this.unpacked += chunk.length;
            if (this.unpacked > this.p.maxBytes)
                return this.fail(entryError(`${this.p.what} unpacks to more than ${this.p.maxBytes} bytes: refused`));
            this.p.call.progress();
            if (!this.parser.write(chunk)) {
                stream.pause();
                this.parser.once('drain', () => stream.resume());
            }
        });
        stream.on('end', () => {
            if (!this.done)
                this.parser.end();
        });
    }
    onEntry(entry) {
        const { member, what, maxBytes } = this.p;
        if (this.done || this.found || entry.path !== member)
            return void entry.resume();
        let refused;
        if (!REGULAR.has(entry.type))
            refused = `is a ${entry.type}, not a regular file`;
        else if (entry.size > maxBytes)
            refused = `is larger than ${maxBytes} bytes`;
        if (refused) {
            entry.resume();
            return this.fail(entryError(`${what}: ${member} ${refused}: refused`));
        }
        this.found = true;
        this.copy(entry).then(() => this.stop(), (e) => this.fail(e));
    }
    async copy(entry) {
        const out = await (0,staged_file/* createExclusive */.H0)(this.p.dest);
        if (this.done) {
            await out.close();
            return;
        }
        this.out = out;
        await new Promise((resolve, reject) => {
            const sink = new external_node_stream_.Writable({
                write: (chunk, _encoding, done) => {
                    (0,download/* writeAll */.f4)(out, chunk).then(() => {
                        this.p.call.progress();
                        done();
                    }, done);
                },
            });
            sink.on('finish', resolve).on('error', reject);
            entry.on('error', reject);
            entry.pipe(sink);
        });
    }
    fail(e) {
        if (this.done)
            return;
        this.error = e;
        this.stop();
    }
    stop(kill = true) {
        if (this.done)
            return;
        this.done = true;
        this.source.stream.destroy();
        const { child } = this.source;
        if (kill && child && child.exitCode === null && child.signalCode === null) {
            this.killed = true;
            child.kill();
        }
        this.finish();
    }
    decoderExited() {
        const child = this.source.child;
        if (!child)
            return Promise.resolve();
        let stderr = '';
        child.stderr?.on('data', (d) => {
            if (stderr.length < 4096)
                stderr += d.toString();
        });
        return new Promise((resolve) => {
            child.on('error', (e) => {
                this.fail(e);
                if (child.pid === undefined)
                    resolve();
            });
            child.on('close', (code) => {
                if (code !== 0 && !this.killed) {
                    this.error ??= new Error(`${this.p.what}: ${this.source.decoder} failed: ${stderr.trim() || `exit code ${code}`}`);
                }
                resolve();
            });
        });
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./lib/providers/actions-cache/http.js





const USER_AGENT = 'toolchain-cache';
const RETRIES = 3;
const MAX_REDIRECTS = 5;
const MAX_API_ANSWER = 1024 * 1024;
const shownUrl = (url) => `${url.origin}${url.pathname}`;
const http_transient = (status) => status >= 500 || status === 408 || status === 429;
async function requestHead(url, headers, signal, body) {
    const all = { 'user-agent': USER_AGENT, 'accept-encoding': 'identity', ...headers };
    for (let attempt = 1;; attempt++) {
        try {
            const res = await (0,download/* httpRequest */.aj)(url, all, signal, body);
            if (!http_transient(res.statusCode ?? 0) || attempt > RETRIES)
                return res;
            res.destroy();
        }
        catch (e) {
            if (signal.aborted || !(0,download/* isNetworkError */.TX)(e) || attempt > RETRIES)
                throw e;
        }
        await (0,external_node_timers_promises_.setTimeout)((0,download/* retryDelay */.a2)(attempt, 1000), undefined, { signal });
    }
}
async function readBounded(res, limit, what) {
    const chunks = [];
    let size = 0;
    for await (const chunk of res) {
        size += chunk.length;
        if (size > limit) {
            res.destroy();
            throw new Error(`${what}: the answer is larger than ${limit} bytes`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
async function callApi(what, url, headers, signal, body) {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const res = await requestHead(url, data ? { ...headers, 'content-type': 'application/json' } : headers, signal, data);
    const text = (await readBounded(res, MAX_API_ANSWER, what)).toString('utf8');
    const status = res.statusCode ?? 0;
    if (!text.trim())
        return { status, json: undefined };
    try {
        return { status, json: JSON.parse(text) };
    }
    catch {
        if (status < 200 || status > 299)
            return { status, json: undefined };
        throw new Error(`${what}: the cache service answered HTTP ${status} with no JSON`);
    }
}
async function blobHead(start, signal) {
    let url = start;
    for (let hop = 0;; hop++) {
        const res = await requestHead(url, { accept: '*/*' }, signal);
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (status >= 300 && status < 400 && location && hop < MAX_REDIRECTS) {
            res.destroy();
            url = (0,download/* redirectTarget */.ET)(url, location);
            continue;
        }
        if (status >= 200 && status < 300)
            return res;
        res.destroy();
        throw new Error(`the cache entry's download answered HTTP ${status} (${shownUrl(url)})`);
    }
}
async function downloadBlob(url, file, call, maxBytes) {
    const res = await blobHead(url, call.signal);
    const header = Number(res.headers['content-length'] ?? NaN);
    const declared = Number.isSafeInteger(header) && header >= 0 ? header : undefined;
    const tooLarge = () => new Error(`the cache entry is larger than ${declared ?? maxBytes} bytes (${declared === undefined ? 'the cap' : 'its Content-Length'}): refused`);
    if (declared !== undefined && declared > maxBytes) {
        res.destroy();
        throw new Error(`the cache entry declares ${declared} bytes, over the cap of ${maxBytes}`);
    }
    const limit = declared ?? maxBytes;
    call.progress();
    const out = await (0,staged_file/* createExclusive */.H0)(file);
    let bytes = 0;
    try {
        const sink = new external_node_stream_.Writable({
            write(chunk, _encoding, done) {
                bytes += chunk.length;
                if (bytes > limit)
                    return done(tooLarge());
                call.progress();
                (0,download/* writeAll */.f4)(out, chunk).then(() => done(), done);
            },
        });
        await (0,promises_.pipeline)(res, sink, { signal: call.signal });
        if (declared !== undefined && bytes !== declared)
            throw new Error(`the cache entry's download ended after ${bytes} of ${declared} bytes`);
        const st = await out.stat();
        return { bytes, dev: st.dev, ino: st.ino };
    }
    finally {
        res.destroy();
        await out.close();
    }
}

// EXTERNAL MODULE: ./lib/providers/actions-cache/service.js
var service = __webpack_require__(5374);
;// CONCATENATED MODULE: ./lib/providers/actions-cache/client.js





const TWIRP_SERVICE = 'github.actions.results.api.v1.CacheService';
async function compressions() {
    return (await findExecutable('zstd'))
        ? ['zstd-without-long', 'gzip']
        : ['gzip', 'zstd-without-long'];
}
async function locateEntry(entry, signal) {
    const base = (0,service/* serviceUrl */.Rs)();
    if (!base)
        throw new Error('the runner gives no URL of the cache service');
    const lookup = (0,service/* serviceVersion */.C6)() === 'v2' ? lookupV2 : lookupV1;
    for (const compression of await compressions()) {
        const url = await lookup(base, entry.key, (0,service/* cacheVersion */.DS)(entry.paths, compression), signal);
        if (url)
            return url;
    }
    return undefined;
}
const bearer = () => `Bearer ${process.env.ACTIONS_RUNTIME_TOKEN ?? ''}`;
function field(json, ...names) {
    if (typeof json !== 'object' || json === null)
        return undefined;
    for (const name of names)
        if (name in json)
            return json[name];
    return undefined;
}
function blobUrl(value, what) {
    let url;
    try {
        url = typeof value === 'string' ? new URL(value) : undefined;
    }
    catch {
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
        throw new Error(`${what}: the cache service gave no http(s) download URL`);
    return url;
}
async function lookupV2(base, key, version, signal) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN)
        throw new Error('ACTIONS_RUNTIME_TOKEN is not set');
    const what = 'GetCacheEntryDownloadURL';
    const url = new URL(`/twirp/${TWIRP_SERVICE}/${what}`, base);
    const answer = await callApi(what, url, { authorization: bearer(), accept: 'application/json' }, signal, {
        key,
        version,
    });
    if (answer.status < 200 || answer.status > 299) {
        const msg = field(answer.json, 'msg');
        throw new Error(`${what}: HTTP ${answer.status}${typeof msg === 'string' ? `: ${msg}` : ''}`);
    }
    if (field(answer.json, 'ok') !== true)
        return undefined;
    if (field(answer.json, 'matched_key', 'matchedKey') !== key)
        return undefined;
    return blobUrl(field(answer.json, 'signed_download_url', 'signedDownloadUrl'), what);
}
async function lookupV1(base, key, version, signal) {
    const what = 'the cache lookup';
    const url = new URL(`${base}_apis/artifactcache/cache?keys=${encodeURIComponent(key)}&version=${version}`);
    const accept = 'application/json;api-version=6.0-preview.1';
    const answer = await callApi(what, url, { authorization: bearer(), accept }, signal);
    if (answer.status === 204)
        return undefined;
    if (answer.status < 200 || answer.status > 299) {
        const message = field(answer.json, 'message');
        throw new Error(`${what}: HTTP ${answer.status}${typeof message === 'string' ? `: ${message}` : ''} (${shownUrl(url)})`);
    }
    const location = field(answer.json, 'archiveLocation');
    if (!location || field(answer.json, 'cacheKey') !== key)
        return undefined;
    return blobUrl(location, what);
}
async function hasEntry(entry, call) {
    return (await locateEntry(entry, call.signal)) !== undefined;
}
async function restoreEntry(r) {
    const url = await locateEntry(r, r.call.signal);
    if (!url)
        return false;
    const blob = `${r.destFile}.entry`;
    try {
        const written = await downloadBlob(url, blob, r.call, r.maxBytes);
        const what = `the cache entry ${r.key}`;
        await pullMember({ ...r, blob, written, dest: r.destFile, what });
        return true;
    }
    finally {
        await external_node_fs_.promises.rm(blob, { force: true });
    }
}


/***/ })

};
