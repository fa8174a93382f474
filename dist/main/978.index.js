export const id = 978;
export const ids = [978];
export const modules = {

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
// EXTERNAL MODULE: ./lib/core/named/table.js
var table = __webpack_require__(6917);
;// CONCATENATED MODULE: ./lib/core/named/doc-cache.js
// The per-host cache of the vendors' documents (indexes, checksum files): `named/docs/<key>` in
// the cache root, one file per URL actually fetched (the mirror's when there is one), holding a
// line of JSON (the URL, when it was fetched, the ETag/Last-Modified to revalidate with) and the
// document's text. Only a document its vendor module parsed is stored. Written like stats.json
// (a temp file renamed over, 0664): any runner user of the group can read and replace it.




/** The largest document read or stored: nodejs.org's index is ~0.3 MB, go.dev's with every release ~2 MB. */
const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
const docsDir = (layout) => external_node_path_.join((0,table/* namedDir */.P1)(layout), 'docs');
/** The file of `url`: a digest of it (URLs hold `/`, `?`, and may be long). */
const docFile = (layout, url) => external_node_path_.join(docsDir(layout), (0,external_node_crypto_.createHash)('sha256').update(url).digest('hex').slice(0, 32));
/** The cached copy of `url`, or undefined (missing, unreadable, another URL's, or malformed). */
async function readCachedDocument(layout, url) {
    let raw;
    try {
        raw = await (0,fsx/* readFileIfExists */.QD)(docFile(layout, url), MAX_DOCUMENT_BYTES + 64 * 1024);
    }
    catch {
        return undefined; // a link or a FIFO at the name: no copy (the next fetch replaces it)
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
// The VendorFetch of the resolver (src/vendors/types.ts): a vendor's document by the vendor's own
// URL, fetched from the host's mirror when there is one, served from the per-host cache while
// fresh, revalidated with ETag/Last-Modified, one fetch at a time per document across the
// processes of the host (16 jobs resolving node@24 at once make one request), and the cached copy
// of any age, with a warning naming its age, when the vendor cannot be reached. See
// docs/design.md, "Named toolchains".






/** A vendor answering nothing for this long is unreachable (then the cached copy serves). */
const DOCUMENT_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;
class CachedVendorFetch {
    options;
    /** One answer per URL per process: several specs and platforms read the same index. */
    texts = new Map();
    records = [];
    constructor(options) {
        this.options = options;
    }
    /** `url` is the one to fetch (the caller applied the mirror). */
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
        // One fetch per document at a time: the others wait for its answer, then read the copy.
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
            // Written and replaced meanwhile by something we cannot read: ask ourselves.
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
    /** The cached copy when its vendor module still reads it. */
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
    /** Asks the vendor (revalidating `cached`), stores what parses; unreachable → `cached` with a warning. */
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
    /** One GET (conditional when `cached` has validators), its body bounded and parsed. */
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
/** `3 h 20 min`, `2 days`, `45 s`. */
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
;// CONCATENATED MODULE: ./lib/core/named/vendor-step.js
// The part of the resolver a hit never loads: the vendor modules, the index cache and the HTTP
// code (src/core/named/resolve.ts decides when it is needed).





// Keyed by the run: its options, or the session its per-platform copies share.
const fetchers = new WeakMap();
/** The shared fetcher of one resolution run: each document read once however many specs need it. */
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
/** What `vendor` reads: its own URLs, fetched from its mirror when the host has one. */
function vendorFetch(options, vendor) {
    const shared = fetcherOf(options);
    const mirror = options.settings.mirrorOf(vendor.name);
    return {
        document: (url, parse) => shared.document((0,settings/* mirrored */.VV)(url, vendor.bases, mirror), parse),
    };
}
/** The vendor module of `name` (the registry lists the known names when it is none). */
const findVendor = async (name, options, spec) => options.vendor
    ? options.vendor(name)
    : (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1748))).loadVendor(name, spec);
/** The spec resolved by its vendor, checked: an id, a URL, a sha256 the rest of the code accepts. */
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
/** How `resolution.id` is used (the vendor's layout, its variables for this cache root, its bases). */
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
        recordedAt: new Date(options.now?.() ?? Date.now()).toISOString(),
    };
}
/** The vendor's per-job setup made by the vendor module (a job variable it reads is set). */
async function jobSetupOf(name, resolution, options, job) {
    const vendor = await findVendor(name, options);
    const root = options.layout ? options.layout.toolchainRoot(resolution.id) : '';
    return root
        ? vendor.layout(options.platform).job?.(root, resolution, options.platform, job)
        : undefined;
}


/***/ })

};
