export const id = 608;
export const ids = [608];
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3828);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8038);
/* harmony import */ var _staged_file_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7576);
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
class AttemptError extends _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .DownloadError */ .nV {
    retryAfterMs;
    constructor(message, status, retryable = false, retryAfterMs, options) {
        super(message, status, retryable, options);
        this.retryAfterMs = retryAfterMs;
    }
}
/**
 * Streams `url` to `dest` (created anew, exclusively, for each attempt) and checks its sha256. Retries transient
 * failures; throws ChecksumError on a digest mismatch (never retried), DownloadError otherwise,
 * or an error named AbortError when `signal` fires. `dest` is removed on failure.
 */
async function downloadFile(url, dest, opts) {
    const started = Date.now();
    const { id } = opts;
    const expected = opts.expectedSha256.toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(expected)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`${id}: the expected sha256 must be 64 hex characters`, 'sha256');
    }
    let target;
    try {
        target = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`${id}: invalid URL ${JSON.stringify((0,_redact_js__WEBPACK_IMPORTED_MODULE_12__/* .redactUrl */ .B)(url))}`, 'url');
    }
    if (!isHttp(target)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`${id}: only http and https URLs are supported, got ${target.protocol}`, 'url');
    }
    const shown = (0,_redact_js__WEBPACK_IMPORTED_MODULE_12__/* .redactUrl */ .B)(url);
    const retries = opts.retries ?? 3;
    const aborted = () => abortError(`${id}: download of ${shown} aborted`, opts.signal?.reason);
    for (let attempt = 1;; attempt++) {
        try {
            if (opts.signal?.aborted)
                throw aborted();
            const tee = attempt === 1 ? opts.tee : undefined;
            const { sha256, bytes, written } = await attemptOnce(target, dest, { ...opts, tee }, aborted);
            if (sha256 !== expected)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .ChecksumError */ .Al(id, expected, sha256, shown);
            return { sha256, bytes, written, attempts: attempt, durationMs: Date.now() - started };
        }
        catch (e) {
            if (!(e instanceof AttemptError && e.retryable && attempt <= retries)) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dest, { force: true }).catch(() => undefined);
                if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .DownloadError */ .nV))
                    throw e;
                const how = e.retryable
                    ? `failed after ${attempt} attempt${attempt === 1 ? '' : 's'}; last error: ${e.message}`
                    : `failed: ${e.message} (not retried)`;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .DownloadError */ .nV(`${id}: download of ${shown} ${how}`, e.status, e.retryable, {
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
        throw new AttemptError(`refusing redirect from https to http (${(0,_redact_js__WEBPACK_IMPORTED_MODULE_12__/* .redactUrl */ .B)(next.href)})`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .DownloadError */ .nV(`unsupported proxy setting ${JSON.stringify(raw.replace(/\/\/[^@/]*@/, '//***@'))} (only http:// and https:// proxies)`);
    }
    return proxy;
}
async function attemptOnce(start, dest, opts, aborted) {
    // One controller per attempt: the caller's signal and the stall watchdog both abort through it.
    const ac = new AbortController();
    (0,node_events__WEBPACK_IMPORTED_MODULE_1__.setMaxListeners)(4 * MAX_REDIRECTS, ac.signal); // each hop's request listens to it
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
        opts.tee?.destroy();
        if (ac.signal.aborted)
            throw ac.signal.reason;
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .DownloadError */ .nV)
            throw e;
        const retryable = isNetworkError(e);
        throw new AttemptError(retryable ? `network error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .gJ)(e)}` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .gJ)(e), undefined, retryable, undefined, { cause: e });
    }
    finally {
        watchdog.stop();
        res?.destroy(); // with agent: false this closes the socket on every path
        opts.signal?.removeEventListener('abort', onAbort);
    }
}
/**
 * One request (a GET, or a POST of `body`): direct, via an http proxy, or via a CONNECT tunnel.
 * Resolves on the response head. Also the actions-cache tier's client (src/providers/).
 */
function httpRequest(url, headers, signal, body) {
    const method = body === undefined ? 'GET' : 'POST';
    const proxy = proxyFor(url);
    if (!proxy) {
        // agent: false gives each request its own socket, closed with the response, so nothing lingers.
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
/** Sends `req` (with `body`) and resolves on its response head. */
function send(req, body) {
    return new Promise((resolve, reject) => {
        req.on('error', reject).on('response', resolve).end(body);
    });
}
/** Plain http through a proxy: it gets the absolute URL; userinfo goes in Authorization instead. */
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
/** https through a proxy: a CONNECT tunnel, then TLS to the origin inside it. */
function httpsThroughTunnel(url, headers, via, signal, body) {
    return new Promise((resolve, reject) => {
        const authority = `${url.hostname}:${portOf(url)}`; // hostname keeps IPv6 brackets
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
            // The tunnel is ours until the TLS socket takes it over: close it on abort too.
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
/** Streams the body to `dest` while hashing it, then checks the length and fsyncs. */
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
    // Exclusive and no-follow: a link planted at `dest` is removed as a name, never written through.
    const file = await (0,_staged_file_js__WEBPACK_IMPORTED_MODULE_11__/* .createExclusive */ .H0)(dest);
    let written = { dev: -1, ino: -1 };
    try {
        // Hash and write in one sink: the file is never read back. Our own Writable rather than
        // an fs stream, whose autoClose/emitClose interplay makes pipeline() wait forever.
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
            // Node reports a body cut short of content-length as a reset ("aborted").
            if (total !== undefined && bytes < total && isNetworkError(e))
                throw truncated(e);
            throw e;
        }
        watchdog.stop();
        if (total !== undefined && bytes !== total)
            throw truncated();
        opts.tee?.end();
        await file.sync(); // the caller renames this into the cache next; it must be on disk
        const st = await file.stat();
        written = { dev: st.dev, ino: st.ino };
    }
    finally {
        await file.close();
    }
    report();
    return { sha256: hash.digest('hex'), bytes, written };
}
/** Writes `chunk` to the tee, resolving once it takes more (never rejects: see DownloadOptions.tee). */
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
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .isErrnoException */ .s$)(e) && (RETRYABLE_CODES.has(e.code) || e.code.startsWith('HPE_'));
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

/***/ 8608:
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
// EXTERNAL MODULE: ./lib/core/install/decompress.js
var decompress = __webpack_require__(8472);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/install/download.js
var download = __webpack_require__(971);
// EXTERNAL MODULE: ./lib/core/install/staged-file.js
var staged_file = __webpack_require__(7576);
;// CONCATENATED MODULE: ./lib/providers/actions-cache/entry.js






const REGULAR = new Set(['File', 'OldFile', 'ContiguousFile']);
const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];
const entryError = (message) => new errors/* ToolchainCacheError */.mg('UNSAFE_ARCHIVE', message);
/** Copies the member out of the entry into `dest`; throws when the entry does not hold it. */
async function pullMember(p) {
    const archive = await staged_file/* PinnedArchive */.rY.open(p.blob);
    try {
        const st = await archive.handle.stat();
        if (st.dev !== p.written.dev || st.ino !== p.written.ino)
            throw new errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `${p.blob} was replaced in the staging directory after it was downloaded. Check who can write the cache root.`);
        const format = await formatOf(archive, p.what);
        const source = await (0,decompress/* openTarStream */.e)(p.blob, format, { pinned: archive.handle });
        await new MemberReader(p, source).run();
    }
    finally {
        await archive.close();
    }
}
/** gzip or zstd, by its magic bytes (whatever the entry's version says). */
async function formatOf(archive, what) {
    const { buffer, bytesRead } = await archive.handle.read(Buffer.alloc(4), 0, 4, 0);
    const starts = (magic) => bytesRead >= magic.length && magic.every((b, i) => buffer[i] === b);
    if (starts(GZIP))
        return 'tar.gz';
    if (starts(ZSTD))
        return 'tar.zst';
    throw entryError(`${what} is neither a gzip nor a zstd tar: refused`);
}
/**
 * One pass over the entry's tar stream. Ends when the member is on disk (the rest is not read),
 * when the stream ends without it, or on the first failure or abort; in every case only after
 * the decompressor process (if any) is gone, so nothing of it outlives the call.
 */
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
        strict: true, // truncation and bad checksums are errors
        zstd: false, // the stream is decompressed already
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
            // The member's copy, once started, ends the pass itself.
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
    /** The decompressed bytes into the parser, with backpressure, bounded. */
    feed() {
        const { stream } = this.source;
        stream.on('error', (e) => this.fail(e));
        stream.on('data', (chunk) => {
            if (this.done)
                return;
            // The parser would gunzip a stream that starts like gzip: a tar never does.
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
    /** The member's bytes into `dest`, with backpressure, progress reported as they land. */
    async copy(entry) {
        const out = await (0,staged_file/* createExclusive */.H0)(this.p.dest);
        if (this.done) {
            await out.close(); // the pass ended meanwhile (a failure, an abort): run() has settled
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
    /** Stops reading (the rest of the entry is not needed) and lets run() settle. */
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
    /** Resolves once the decompressor process (if any) is gone; its failure is the entry's. */
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
                    resolve(); // never started: no 'close' follows
            });
            child.on('close', (code) => {
                // After a natural end, a decoder that failed makes the entry bad whatever was read.
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
/** Transient failures are tried again this many times (the chain's remote-timeout bounds it all). */
const RETRIES = 3;
const MAX_REDIRECTS = 5;
/** An API answer is a few hundred bytes of JSON. */
const MAX_API_ANSWER = 1024 * 1024;
/** A URL for messages: signed URLs carry their secret in the query. */
const shownUrl = (url) => `${url.origin}${url.pathname}`;
const http_transient = (status) => status >= 500 || status === 408 || status === 429;
/** A response head, trying transient failures again; the last answer whatever its status. */
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
/** The body, refused past `limit` bytes. */
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
/** One API call (a GET, or a POST of `body` as JSON), its answer bounded. */
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
/** The blob's response head, following a few redirects (never https to http). */
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
/**
 * Downloads the entry's blob to `file` (created exclusively, never through a link), reporting
 * progress as bytes arrive: never more than its Content-Length, nor than `maxBytes` at all.
 */
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
// Our own client of the GitHub Actions cache service, for reads: it finds an entry as
// @actions/cache 6.x does (v2: twirp GetCacheEntryDownloadURL under ACTIONS_RESULTS_URL; v1, which
// GHES still serves: GET _apis/artifactcache/cache under ACTIONS_CACHE_URL), downloads its blob
// into staging and pulls our one member out of it (entry.ts) — where the library's restoreCache
// would run `tar -P` in the workspace. Loaded on a miss or a save only.





const TWIRP_SERVICE = 'github.actions.results.api.v1.CacheService';
/**
 * The compressions to look up, the one this host's saveCache uses first (zstd when there is a
 * `zstd` command, else gzip): an entry saved by a host with the other one is read just the same.
 */
async function compressions() {
    return (await (0,decompress/* findExecutable */.o)('zstd'))
        ? ['zstd-without-long', 'gzip']
        : ['gzip', 'zstd-without-long'];
}
/** The blob's URL of the entry, or undefined when the service has none under this name. */
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
/** A string field of an answer, by its proto name or its JSON name. */
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
        // reported below
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
        throw new Error(`${what}: the cache service gave no http(s) download URL`);
    return url;
}
/** Cache service v2: twirp, JSON. */
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
    // The service matches keys by prefix too: an entry under a longer key is not ours.
    if (field(answer.json, 'matched_key', 'matchedKey') !== key)
        return undefined;
    return blobUrl(field(answer.json, 'signed_download_url', 'signedDownloadUrl'), what);
}
/** Cache service v1 (GHES): REST. */
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
/** Whether the service has the entry. */
async function hasEntry(entry, call) {
    return (await locateEntry(entry, call.signal)) !== undefined;
}
/**
 * Writes the entry's member to `destFile` and answers true, or false when the service has no
 * such entry. Nothing but `destFile` and the blob next to it (removed after) is ever written.
 */
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
