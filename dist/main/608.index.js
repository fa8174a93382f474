export const id = 608;
export const ids = [608];
export const modules = {

/***/ 8472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ openTarStream),
/* harmony export */   o: () => (/* binding */ findExecutable)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3828);
/* harmony import */ var _staged_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7576);
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
    const read = () => input ?? (pinned ? (0,_staged_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readRange */ .qX)(pinned) : (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file));
    const named = !pinned && !input; // only then may a decompressor open the file by its name
    // pipeline() (not pipe()) so destroying the decompressor also closes the file, and read errors surface.
    const from = (t) => (0,node_stream__WEBPACK_IMPORTED_MODULE_3__.pipeline)(read(), t, () => { });
    const nativeZstd = node_zlib__WEBPACK_IMPORTED_MODULE_4__.createZstdDecompress;
    if (format === 'tar')
        return { stream: read() };
    if (format === 'tar.gz')
        return { stream: from(node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip({ chunkSize: INFLATE_CHUNK })) };
    if (format === 'tar.zst' && nativeZstd)
        return { stream: from(nativeZstd()), decoder: 'zlib' };
    const tool = format === 'tar.xz' ? 'xz' : 'zstd';
    const binary = await findExecutable(tool, options.env);
    if (binary) {
        // A pinned or streamed archive is fed on stdin: the binary never opens it by name.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(binary, named ? ['-dc', '--', file] : ['-dc'], {
            stdio: [named ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        if (!named)
            (0,node_stream__WEBPACK_IMPORTED_MODULE_3__.pipeline)(read(), child.stdin, () => { }); // the child's exit reports failures
        return { stream: child.stdout, child, decoder: tool };
    }
    try {
        const stream = tool === 'xz' ? await xzInJavaScript(read()) : from(await zstdInJavaScript());
        return { stream, decoder: `${tool} (JavaScript)` };
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ToolchainCacheError */ .mg('UNSUPPORTED_ARCHIVE', `Extracting ${file} (${format}) needs a decoder for ${tool}: there is no \`${tool}\` command on PATH and ` +
            `the built-in decoder could not be loaded (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)}). Install ${tool} on the runner ` +
            `(${INSTALL_HINTS[tool]}), or check that the action's dist/ directory is complete.`, { cause: e });
    }
}
/** The first executable file named `name` on PATH (with PATHEXT on Windows), like a shell finds it. */
async function findExecutable(name, env = process.env, platform = process.platform) {
    const dirs = (env.PATH ?? env.Path ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean);
    const exts = platform === 'win32' ? (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean) : [''];
    const mode = platform === 'win32' ? node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.F_OK : node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK;
    for (const dir of dirs) {
        for (const ext of exts) {
            const candidate = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name + ext);
            try {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(candidate, mode);
                if ((await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(candidate)).isFile())
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
    const input = node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.toWeb(bytes);
    const reader = new XzReadableStream(input).getReader();
    return new node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable({
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
    const transform = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
        transform: (chunk, _enc, cb) => feed(chunk, false, cb),
        flush: (cb) => feed(new Uint8Array(0), true, cb),
    });
    return transform;
}
function plainError(tool, e) {
    return new Error(`the ${tool} data is truncated or corrupt (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)})`, { cause: e });
}


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
