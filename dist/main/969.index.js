export const id = 969;
export const ids = [969];
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

/***/ 6969:
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
var fsx = __webpack_require__(8389);
// EXTERNAL MODULE: ./lib/core/installer.js
var installer = __webpack_require__(3607);
// EXTERNAL MODULE: ./lib/core/layout.js + 2 modules
var core_layout = __webpack_require__(8601);
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

// EXTERNAL MODULE: ./lib/core/install/extract.js + 6 modules
var extract = __webpack_require__(1477);
// EXTERNAL MODULE: ./lib/core/install/download.js
var download = __webpack_require__(971);
// EXTERNAL MODULE: ./lib/core/install/staged-file.js
var staged_file = __webpack_require__(7576);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
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
            const found = (0,extract/* formatOf */.be)(Buffer.concat(chunks).subarray(0, HEAD_BYTES));
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
            return (0,extract/* extractAndList */.BR)(file, destDir, {
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
        return {
            fetched: { source: 'remote', tier: restored.tier, downloadedBytes: 0 },
            archive: restored.pinned,
        };
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
    try {
        const restored = await remote.restore(spec, archive);
        if (!restored)
            return undefined;
        const pinned = await openVerified(spec, archive);
        if (typeof pinned !== 'string')
            return { ...restored, pinned };
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
    return await (0,extract/* extractAndList */.BR)(archive.path, extracted, {
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
    const entry = (0,rebuild/* entryFromManifest */.Q_)(manifest, new Date());
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
