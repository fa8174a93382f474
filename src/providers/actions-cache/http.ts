// The cache tier's HTTP: the API calls (a bounded JSON answer) and the entry's blob (into one
// staging file, never past what the server declared nor past a hard cap). Over download.ts's
// transport (proxies from the environment, one socket per request closed with it), every request
// taking the tier call's signal: an abandoned call leaves no socket behind.
import type { IncomingMessage } from 'node:http';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  httpRequest,
  isNetworkError,
  redirectTarget,
  retryDelay,
  writeAll,
} from '../../core/install/download.js';
import { createExclusive } from '../../core/install/staged-file.js';
import type { TierCall } from '../types.js';

const USER_AGENT = 'toolchain-cache';
/** Transient failures are tried again this many times (the chain's remote-timeout bounds it all). */
const RETRIES = 3;
const MAX_REDIRECTS = 5;
/** An API answer is a few hundred bytes of JSON. */
const MAX_API_ANSWER = 1024 * 1024;

/** A URL for messages: signed URLs carry their secret in the query. */
export const shownUrl = (url: URL): string => `${url.origin}${url.pathname}`;

const transient = (status: number): boolean => status >= 500 || status === 408 || status === 429;

/** A response head, trying transient failures again; the last answer whatever its status. */
async function requestHead(
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
  body?: Buffer,
): Promise<IncomingMessage> {
  const all = { 'user-agent': USER_AGENT, 'accept-encoding': 'identity', ...headers };
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await httpRequest(url, all, signal, body);
      if (!transient(res.statusCode ?? 0) || attempt > RETRIES) return res;
      res.destroy();
    } catch (e) {
      if (signal.aborted || !isNetworkError(e) || attempt > RETRIES) throw e;
    }
    await sleep(retryDelay(attempt, 1000), undefined, { signal });
  }
}

/** The body, refused past `limit` bytes. */
async function readBounded(res: IncomingMessage, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      res.destroy();
      throw new Error(`${what}: the answer is larger than ${limit} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export interface ApiAnswer {
  status: number;
  /** The parsed JSON body; undefined when empty (e.g. 204). */
  json: unknown;
}

/** One API call (a GET, or a POST of `body` as JSON), its answer bounded. */
export async function callApi(
  what: string,
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
  body?: unknown,
): Promise<ApiAnswer> {
  const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const res = await requestHead(
    url,
    data ? { ...headers, 'content-type': 'application/json' } : headers,
    signal,
    data,
  );
  const text = (await readBounded(res, MAX_API_ANSWER, what)).toString('utf8');
  const status = res.statusCode ?? 0;
  if (!text.trim()) return { status, json: undefined };
  try {
    return { status, json: JSON.parse(text) as unknown };
  } catch {
    if (status < 200 || status > 299) return { status, json: undefined };
    throw new Error(`${what}: the cache service answered HTTP ${status} with no JSON`);
  }
}

/** The blob's response head, following a few redirects (never https to http). */
async function blobHead(start: URL, signal: AbortSignal): Promise<IncomingMessage> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const res = await requestHead(url, { accept: '*/*' }, signal);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location && hop < MAX_REDIRECTS) {
      res.destroy();
      url = redirectTarget(url, location);
      continue;
    }
    if (status >= 200 && status < 300) return res;
    res.destroy();
    throw new Error(`the cache entry's download answered HTTP ${status} (${shownUrl(url)})`);
  }
}

/** Which file the download wrote: the reader checks it opens the same one. */
export interface WrittenBlob {
  bytes: number;
  dev: number;
  ino: number;
}

/**
 * Downloads the entry's blob to `file` (created exclusively, never through a link), reporting
 * progress as bytes arrive: never more than its Content-Length, nor than `maxBytes` at all.
 */
export async function downloadBlob(
  url: URL,
  file: string,
  call: TierCall,
  maxBytes: number,
): Promise<WrittenBlob> {
  const res = await blobHead(url, call.signal);
  const header = Number(res.headers['content-length'] ?? NaN);
  const declared = Number.isSafeInteger(header) && header >= 0 ? header : undefined;
  const tooLarge = () =>
    new Error(
      `the cache entry is larger than ${declared ?? maxBytes} bytes (${declared === undefined ? 'the cap' : 'its Content-Length'}): refused`,
    );
  if (declared !== undefined && declared > maxBytes) {
    res.destroy();
    throw new Error(`the cache entry declares ${declared} bytes, over the cap of ${maxBytes}`);
  }
  const limit = declared ?? maxBytes;
  call.progress();
  const out = await createExclusive(file);
  let bytes = 0;
  try {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > limit) return done(tooLarge());
        call.progress();
        writeAll(out, chunk).then(() => done(), done);
      },
    });
    await pipeline(res, sink, { signal: call.signal });
    if (declared !== undefined && bytes !== declared)
      throw new Error(`the cache entry's download ended after ${bytes} of ${declared} bytes`);
    const st = await out.stat();
    return { bytes, dev: st.dev, ino: st.ino };
  } finally {
    res.destroy();
    await out.close();
  }
}
