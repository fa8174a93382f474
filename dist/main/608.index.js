export const id = 608;
export const ids = [608];
export const modules = {

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
    return (await (0,decompress/* findExecutable */.o)('zstd'))
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
