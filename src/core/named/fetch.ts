// The VendorFetch of the resolver (src/vendors/types.ts): a vendor's document by the vendor's own
// URL, fetched from the host's mirror when there is one, served from the per-host cache while
// fresh, revalidated with ETag/Last-Modified, one fetch at a time per document across the
// processes of the host (16 jobs resolving node@24 at once make one request), and the cached copy
// of any age, with a warning naming its age, when the vendor cannot be reached. See
// docs/design.md, "Named toolchains".
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ToolchainCacheError, errorMessage } from '../errors.js';
import { httpRequest, redirectTarget } from '../install/download.js';
import type { CacheLayout } from '../layout.js';
import { DEFAULT_LOCK_STALE_MS, acquireLockUnless } from '../lock.js';
import { redactUrl } from '../redact.js';
import type { Logger } from '../types.js';
import type { VendorFetch } from '../../vendors/types.js';
import {
  MAX_DOCUMENT_BYTES,
  docFile,
  readCachedDocument,
  writeCachedDocument,
  type CachedDocument,
} from './doc-cache.js';

/** A vendor answering nothing for this long is unreachable (then the cached copy serves). */
export const DOCUMENT_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;

export interface FetchOptions {
  /** The cache root; none (the CLI without one): every document is fetched. */
  layout?: CacheLayout;
  /** Fresh for this long; 0 = ask every time (concurrent askers still share one answer). */
  ttlMs: number;
  log: Logger;
  staleMs?: number;
  holder?: string;
  /** How long a job waits for another's fetch of the same document. */
  waitTimeoutMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

/** What was fetched: for the CLI's and the tests' accounting. */
export interface FetchRecord {
  url: string;
  from: 'cache' | 'network' | 'revalidated' | 'stale';
}

export class CachedVendorFetch implements VendorFetch {
  /** One answer per URL per process: several specs and platforms read the same index. */
  private readonly texts = new Map<string, Promise<string>>();
  readonly records: FetchRecord[] = [];

  constructor(private readonly options: FetchOptions) {}

  /** `url` is the one to fetch (the caller applied the mirror). */
  async document<T>(url: string, parse: (text: string) => T): Promise<T> {
    const fetched = url;
    let text = this.texts.get(fetched);
    if (!text) {
      text = this.text(fetched, parse);
      this.texts.set(fetched, text);
      text.catch(() => this.texts.delete(fetched));
    }
    return parse(await text);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private async text(url: string, parse: (text: string) => unknown): Promise<string> {
    const { layout } = this.options;
    if (!layout) return (await this.fromNetwork(url, undefined, parse)).text;
    const started = this.now();
    const cached = await this.usable(layout, url, parse);
    if (cached && this.fresh(cached, started)) return this.served(url, cached, 'cache');
    // One fetch per document at a time: the others wait for its answer, then read the copy.
    const gotMeanwhile = async (): Promise<boolean> => {
      const doc = await readCachedDocument(layout, url);
      return doc !== undefined && (doc.fetchedAt >= started || this.fresh(doc, this.now()));
    };
    const lock = await acquireLockUnless(
      layout.lockPath(`index-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`),
      `index ${redactUrl(url)}`,
      {
        staleMs: this.options.staleMs ?? DEFAULT_LOCK_STALE_MS,
        timeoutMs: this.options.waitTimeoutMs ?? 120_000,
        pollMs: 100,
        holder: this.options.holder,
      },
      { needless: gotMeanwhile, watch: [docFile(layout, url)] },
    );
    if (!lock) {
      const doc = await this.usable(layout, url, parse);
      if (doc) return this.served(url, doc, 'cache');
      // Written and replaced meanwhile by something we cannot read: ask ourselves.
    }
    try {
      const latest = (await this.usable(layout, url, parse)) ?? cached;
      if (latest && (latest.fetchedAt >= started || this.fresh(latest, this.now())))
        return this.served(url, latest, 'cache');
      return await this.refresh(layout, url, latest, parse);
    } finally {
      await lock?.release();
    }
  }

  private fresh(doc: CachedDocument, now: number): boolean {
    const age = now - doc.fetchedAt;
    return age >= 0 && age < this.options.ttlMs;
  }

  /** The cached copy when its vendor module still reads it. */
  private async usable(
    layout: CacheLayout,
    url: string,
    parse: (text: string) => unknown,
  ): Promise<CachedDocument | undefined> {
    const doc = await readCachedDocument(layout, url);
    if (!doc) return undefined;
    try {
      parse(doc.text);
      return doc;
    } catch {
      return undefined;
    }
  }

  private served(url: string, doc: CachedDocument, from: FetchRecord['from']): string {
    this.records.push({ url, from });
    return doc.text;
  }

  /** Asks the vendor (revalidating `cached`), stores what parses; unreachable → `cached` with a warning. */
  private async refresh(
    layout: CacheLayout,
    url: string,
    cached: CachedDocument | undefined,
    parse: (text: string) => unknown,
  ): Promise<string> {
    let answer: Fetched;
    try {
      answer = await this.fromNetwork(url, cached, parse);
    } catch (e) {
      if (!cached) throw e;
      this.options.log.warning(
        `${errorMessage(e)} Using the copy cached on this host ${describeAge(this.now() - cached.fetchedAt)} ago.`,
      );
      return this.served(url, cached, 'stale');
    }
    const doc: CachedDocument =
      answer.notModified && cached
        ? { ...cached, fetchedAt: this.now() }
        : {
            url,
            fetchedAt: this.now(),
            ...(answer.etag && { etag: answer.etag }),
            ...(answer.lastModified && { lastModified: answer.lastModified }),
            text: answer.text,
          };
    await writeCachedDocument(layout, doc).catch((e: unknown) =>
      this.options.log.warning(
        `Could not cache ${redactUrl(url)} in the cache root (${errorMessage(e)}); the next job asks again.`,
      ),
    );
    return doc.text;
  }

  /** One GET (conditional when `cached` has validators), its body bounded and parsed. */
  private async fromNetwork(
    url: string,
    cached: CachedDocument | undefined,
    parse: (text: string) => unknown,
  ): Promise<Fetched> {
    const shown = redactUrl(url);
    const signal = AbortSignal.timeout(this.options.timeoutMs ?? DOCUMENT_TIMEOUT_MS);
    const headers: Record<string, string> = {
      'user-agent': 'toolchain-cache',
      'accept-encoding': 'identity',
      ...(cached?.etag && { 'if-none-match': cached.etag }),
      ...(cached?.lastModified && { 'if-modified-since': cached.lastModified }),
    };
    let res: IncomingMessage | undefined;
    try {
      res = await follow(new URL(url), headers, signal);
      const status = res.statusCode ?? 0;
      if (status === 304 && cached) {
        this.records.push({ url, from: 'revalidated' });
        return { notModified: true, text: cached.text };
      }
      if (status < 200 || status > 299) throw new Error(`HTTP ${status}`);
      const text = (await readBounded(res, MAX_DOCUMENT_BYTES)).toString('utf8');
      try {
        parse(text);
      } catch (e) {
        throw new Error(`the answer is not what its vendor publishes there (${errorMessage(e)})`);
      }
      this.records.push({ url, from: 'network' });
      return {
        notModified: false,
        text,
        etag: header(res, 'etag'),
        lastModified: header(res, 'last-modified'),
      };
    } catch (e) {
      const why = signal.aborted
        ? `no answer within ${Math.round((this.options.timeoutMs ?? DOCUMENT_TIMEOUT_MS) / 1000)} s`
        : errorMessage(e);
      throw new ToolchainCacheError(
        'DOWNLOAD_FAILED',
        `Could not read ${shown}: ${why}.${cached ? '' : ' No copy of it is cached on this host; check that the vendor (or its mirror) is reachable from the runner.'}`,
      );
    } finally {
      res?.destroy();
    }
  }
}

interface Fetched {
  notModified: boolean;
  text: string;
  etag?: string;
  lastModified?: string;
}

const header = (res: IncomingMessage, name: string): string | undefined => {
  const v = res.headers[name];
  return typeof v === 'string' && v.length <= 1024 ? v : undefined;
};

async function follow(
  start: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const res = await httpRequest(url, headers, signal);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && location) {
      res.destroy();
      if (hop === MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
      url = redirectTarget(url, location);
      continue;
    }
    return res;
  }
}

async function readBounded(res: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error(`the answer is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** `3 h 20 min`, `2 days`, `45 s`. */
export function describeAge(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 120) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 120) return `${min} min`;
  const h = Math.round(min / 60);
  if (h < 48) return `${h} h`;
  return `${Math.round(h / 24)} days`;
}
