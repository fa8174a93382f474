// Downloads one file over HTTP(S), hashing it on the way to disk. Node built-ins only (no
// @actions/*) so the action and the CLI share it. Handles redirects, proxies from the
// environment, retries with backoff, and transfers that stall without closing.

import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { rm, type FileHandle } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import tls from 'node:tls';
import { diskFullCause } from '../disk-full.js';
import {
  ChecksumError,
  DownloadError,
  InputError,
  errorMessage,
  isErrnoException,
} from '../errors.js';
import { redactUrl } from '../redact.js';
import { createExclusive } from './staged-file.js';

export interface DownloadProgress {
  /** Bytes received by the current attempt. */
  receivedBytes: number;
  /** From content-length, when the server sent one. */
  totalBytes?: number;
  /** Since the current attempt's response arrived (so receivedBytes / elapsedMs is the rate). */
  elapsedMs: number;
}

export interface DownloadOptions {
  /** Lowercase hex (upper case is accepted). */
  expectedSha256: string;
  /** Toolchain id, used in messages. */
  id: string;
  /** Extra attempts on retryable failures; default 3. */
  retries?: number;
  /** Backoff base; default 1000 (exponential with jitter, capped at 30 s). */
  retryBaseDelayMs?: number;
  /** Abort an attempt when no byte arrives for this long (headers or body); default 60_000. */
  stallTimeoutMs?: number;
  /** At most once per progressIntervalMs (default 5000), and once when the body is complete. */
  onProgress?: (p: DownloadProgress) => void;
  progressIntervalMs?: number;
  onRetry?: (attempt: number, error: Error, delayMs: number) => void;
  signal?: AbortSignal;
  userAgent?: string;
  /** Extra request headers; authorization and cookie are dropped on a cross-origin redirect. */
  headers?: Record<string, string>;
  /**
   * Also fed every byte of the first attempt's body as it arrives (with backpressure), ended once
   * that body is complete, destroyed when that attempt fails; later attempts never feed it. A
   * consumer (the streamed extraction) must take whatever it is given: it cannot fail the download.
   */
  tee?: Writable;
}

/** Which file the download wrote and hashed: a reader that opens the same one need not hash again. */
export interface WrittenFile {
  dev: number;
  ino: number;
}

export interface DownloadResult {
  sha256: string;
  bytes: number;
  attempts: number;
  durationMs: number;
  written: WrittenFile;
}

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
class AttemptError extends DownloadError {
  constructor(
    message: string,
    status?: number,
    retryable = false,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, status, retryable, options);
  }
}

/**
 * Streams `url` to `dest` (created anew, exclusively, for each attempt) and checks its sha256. Retries transient
 * failures; throws ChecksumError on a digest mismatch (never retried), DownloadError otherwise,
 * or an error named AbortError when `signal` fires. `dest` is removed on failure.
 */
export async function downloadFile(
  url: string,
  dest: string,
  opts: DownloadOptions,
): Promise<DownloadResult> {
  const started = Date.now();
  const { id } = opts;
  const expected = opts.expectedSha256.toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(expected)) {
    throw new InputError(`${id}: the expected sha256 must be 64 hex characters`, 'sha256');
  }
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new InputError(`${id}: invalid URL ${JSON.stringify(redactUrl(url))}`, 'url');
  }
  if (!isHttp(target)) {
    throw new InputError(
      `${id}: only http and https URLs are supported, got ${target.protocol}`,
      'url',
    );
  }
  const shown = redactUrl(url);
  const retries = opts.retries ?? 3;
  const aborted = () => abortError(`${id}: download of ${shown} aborted`, opts.signal?.reason);

  for (let attempt = 1; ; attempt++) {
    try {
      if (opts.signal?.aborted) throw aborted();
      const tee = attempt === 1 ? opts.tee : undefined;
      const { sha256, bytes, written } = await attemptOnce(target, dest, { ...opts, tee }, aborted);
      if (sha256 !== expected) throw new ChecksumError(id, expected, sha256, shown);
      return { sha256, bytes, written, attempts: attempt, durationMs: Date.now() - started };
    } catch (e) {
      if (!(e instanceof AttemptError && e.retryable && attempt <= retries)) {
        await rm(dest, { force: true }).catch(() => undefined);
        if (!(e instanceof DownloadError)) throw e;
        // A full disk is the cache root's, not the origin's: the installer names the disk and the fix.
        const full = diskFullCause(e);
        if (full) throw full;
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
      } catch {
        await rm(dest, { force: true }).catch(() => undefined);
        throw aborted();
      }
    }
  }
}

/**
 * Delay before the retry that follows `attempt` (1-based): the server's Retry-After if any
 * (capped), else exponential with jitter.
 */
export function retryDelay(attempt: number, baseMs: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, MAX_DELAY_MS);
  const ceiling = Math.min(MAX_DELAY_MS, baseMs * 2 ** (attempt - 1));
  // Jitter spreads the retries of many runners hit by the same outage.
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/**
 * Where a redirect leads: Location resolved against the current URL. Refuses https→http
 * and non-http schemes (thrown as a non-retryable DownloadError).
 */
export function redirectTarget(current: URL, location: string): URL {
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    throw new AttemptError(`invalid redirect Location ${JSON.stringify(location)}`);
  }
  if (!isHttp(next)) throw new AttemptError(`refusing redirect to ${next.protocol} URL`);
  if (current.protocol === 'https:' && next.protocol === 'http:') {
    throw new AttemptError(`refusing redirect from https to http (${redactUrl(next.href)})`);
  }
  return next;
}

/** False when `target` must be fetched directly: loopback, or matched by no_proxy / NO_PROXY. */
export function shouldProxy(target: URL | string, env: NodeJS.ProcessEnv = process.env): boolean {
  const url = new URL(target);
  const host = bare(url.hostname).toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return false;
  if (/^127\.\d+\.\d+\.\d+$/.test(host)) return false;
  const port = portOf(url);
  for (const raw of (env.no_proxy || env.NO_PROXY || '').toLowerCase().split(/[\s,]+/)) {
    if (raw === '*') return false;
    // "host:port" or "[v6]:port"; a bare IPv6 address has several colons, so it does not match.
    const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(raw);
    if (m && Number(m[2]) !== port) continue;
    // ".example.com" and "*.example.com" mean the same as "example.com": it and its subdomains.
    const entry = bare(m ? m[1] : raw).replace(/^\*?\./, '');
    if (entry && (host === entry || host.endsWith(`.${entry}`))) return false;
  }
  return true;
}

/**
 * The proxy for `target` from https_proxy / http_proxy (lower case first), or undefined for a
 * direct connection. Throws on a proxy that is not http:// or https://.
 */
export function proxyFor(
  target: URL | string,
  env: NodeJS.ProcessEnv = process.env,
): URL | undefined {
  const url = new URL(target);
  const raw =
    url.protocol === 'https:'
      ? env.https_proxy || env.HTTPS_PROXY
      : env.http_proxy || env.HTTP_PROXY;
  if (!raw || !shouldProxy(url, env)) return undefined;
  let proxy: URL | undefined;
  try {
    proxy = new URL(raw.includes('://') ? raw : `http://${raw}`); // curl accepts "host:port"
  } catch {
    // reported below
  }
  if (!proxy || !isHttp(proxy)) {
    // Not silently bypassed: a runner behind a proxy would then hang on direct connections.
    throw new DownloadError(
      `unsupported proxy setting ${JSON.stringify(raw.replace(/\/\/[^@/]*@/, '//***@'))} (only http:// and https:// proxies)`,
    );
  }
  return proxy;
}

async function attemptOnce(
  start: URL,
  dest: string,
  opts: DownloadOptions,
  aborted: () => Error,
): Promise<{ sha256: string; bytes: number; written: WrittenFile }> {
  // One controller per attempt: the caller's signal and the stall watchdog both abort through it.
  const ac = new AbortController();
  setMaxListeners(4 * MAX_REDIRECTS, ac.signal); // each hop's request listens to it
  const onAbort = () => ac.abort(aborted());
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const stallMs = opts.stallTimeoutMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  const watchdog = {
    kick() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        ac.abort(new AttemptError(`stalled: no data received for ${stallMs} ms`, undefined, true));
      }, stallMs);
    },
    stop: () => clearTimeout(timer),
  };
  let res: http.IncomingMessage | undefined;
  try {
    watchdog.kick();
    let url = start;
    let headers = requestHeaders(opts);
    for (let hop = 0; ; hop++) {
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
          headers = Object.fromEntries(
            Object.entries(headers).filter(([k]) => k !== 'authorization' && k !== 'cookie'),
          );
        }
        url = next;
        continue;
      }
      if (status < 200 || status > 299) {
        // After a redirect, say where from, without the (signed) query string.
        const where = url === start ? '' : ` from ${url.origin}${url.pathname}`;
        throw new AttemptError(
          `HTTP ${status} ${res.statusMessage ?? ''}`.trimEnd() + where,
          status,
          status >= 500 || status === 408 || status === 429,
          parseRetryAfter(res.headers['retry-after']),
        );
      }
      return await receive(res, dest, opts, watchdog, ac.signal);
    }
  } catch (e) {
    opts.tee?.destroy();
    if (ac.signal.aborted) throw ac.signal.reason;
    if (e instanceof DownloadError) throw e;
    const retryable = isNetworkError(e);
    throw new AttemptError(
      retryable ? `network error: ${errorMessage(e)}` : errorMessage(e),
      undefined,
      retryable,
      undefined,
      { cause: e },
    );
  } finally {
    watchdog.stop();
    res?.destroy(); // with agent: false this closes the socket on every path
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * One request (a GET, or a POST of `body`): direct, via an http proxy, or via a CONNECT tunnel.
 * Resolves on the response head. Also the actions-cache tier's client (src/providers/).
 */
export function httpRequest(
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
  body?: Buffer,
): Promise<http.IncomingMessage> {
  const method = body === undefined ? 'GET' : 'POST';
  const proxy = proxyFor(url);
  if (!proxy) {
    // agent: false gives each request its own socket, closed with the response, so nothing lingers.
    const mod = url.protocol === 'https:' ? https : http;
    return send(mod.request(url, { method, headers, signal, agent: false }), body);
  }
  const via: ProxyHop = {
    proxy,
    module: proxy.protocol === 'https:' ? https : http,
    options: { host: bare(proxy.hostname), port: portOf(proxy), agent: false, signal },
    auth: proxy.username ? { 'proxy-authorization': `Basic ${basic(proxy)}` } : {},
  };
  return url.protocol === 'http:'
    ? send(httpViaProxy(url, headers, via, method), body)
    : httpsThroughTunnel(url, headers, via, signal, body);
}

/** How requests reach a proxy: its module (http or https), address and credentials. */
interface ProxyHop {
  proxy: URL;
  module: typeof http | typeof https;
  options: { host: string; port: number; agent: false; signal: AbortSignal };
  auth: Record<string, string>;
}

/** Sends `req` (with `body`) and resolves on its response head. */
function send(req: http.ClientRequest, body?: Buffer): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    req.on('error', reject).on('response', resolve).end(body);
  });
}

/** Plain http through a proxy: it gets the absolute URL; userinfo goes in Authorization instead. */
function httpViaProxy(
  url: URL,
  headers: Record<string, string>,
  via: ProxyHop,
  method: string,
): http.ClientRequest {
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
function httpsThroughTunnel(
  url: URL,
  headers: Record<string, string>,
  via: ProxyHop,
  signal: AbortSignal,
  body?: Buffer,
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const authority = `${url.hostname}:${portOf(url)}`; // hostname keeps IPv6 brackets
    const connect = via.module.request({
      ...via.options,
      method: 'CONNECT',
      path: authority,
      headers: { ...via.auth, host: authority },
    });
    const refused = (status = 0, text = '') =>
      new AttemptError(
        `proxy ${via.proxy.host} refused CONNECT to ${authority}: HTTP ${status} ${text}`.trimEnd(),
        status,
        status >= 500 || status === 408 || status === 429,
      );
    connect.on('error', reject);
    connect.on('response', (r: http.IncomingMessage) => {
      r.destroy();
      reject(refused(r.statusCode, r.statusMessage));
    });
    connect.on('connect', (r: http.IncomingMessage, socket: net.Socket) => {
      if (r.statusCode !== 200) {
        socket.destroy();
        reject(refused(r.statusCode, r.statusMessage));
        return;
      }
      // The tunnel is ours until the TLS socket takes it over: close it on abort too.
      if (signal.aborted) socket.destroy();
      signal.addEventListener('abort', () => socket.destroy(), { once: true });
      const host = bare(url.hostname);
      const req = https.request(url, {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        signal,
        createConnection: () =>
          tls
            .connect({ socket, servername: net.isIP(host) ? undefined : host })
            .once('close', () => socket.destroy()),
      });
      send(req, body).then(resolve, reject);
    });
    connect.end();
  });
}

/** Streams the body to `dest` while hashing it, then checks the length and fsyncs. */
async function receive(
  res: http.IncomingMessage,
  dest: string,
  opts: DownloadOptions,
  watchdog: { kick(): void; stop(): void },
  signal: AbortSignal,
): Promise<{ sha256: string; bytes: number; written: WrittenFile }> {
  const length = Number(res.headers['content-length'] ?? NaN);
  const total = Number.isSafeInteger(length) && length >= 0 ? length : undefined;
  const hash = createHash('sha256');
  const interval = opts.progressIntervalMs ?? 5000;
  const startedAt = Date.now();
  let lastReport = startedAt;
  let bytes = 0;
  const report = () =>
    opts.onProgress?.({
      receivedBytes: bytes,
      totalBytes: total,
      elapsedMs: Date.now() - startedAt,
    });
  const truncated = (cause?: unknown) =>
    new AttemptError(`truncated: got ${bytes} of ${total} bytes`, undefined, true, undefined, {
      cause,
    });

  // Exclusive and no-follow: a link planted at `dest` is removed as a name, never written through.
  const file = await createExclusive(dest);
  let written: WrittenFile = { dev: -1, ino: -1 };
  try {
    // Hash and write in one sink: the file is never read back. Our own Writable rather than
    // an fs stream, whose autoClose/emitClose interplay makes pipeline() wait forever.
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        hash.update(chunk);
        watchdog.kick();
        if (opts.onProgress && Date.now() - lastReport >= interval) {
          lastReport = Date.now();
          report();
        }
        Promise.all([writeAll(file, chunk), feed(opts.tee, chunk)]).then(
          () => callback(),
          callback,
        );
      },
    });
    try {
      await pipeline(res, sink, { signal });
    } catch (e) {
      // Node reports a body cut short of content-length as a reset ("aborted").
      if (total !== undefined && bytes < total && isNetworkError(e)) throw truncated(e);
      throw e;
    }
    watchdog.stop();
    if (total !== undefined && bytes !== total) throw truncated();
    opts.tee?.end();
    await file.sync(); // the caller renames this into the cache next; it must be on disk
    const st = await file.stat();
    written = { dev: st.dev, ino: st.ino };
  } finally {
    await file.close();
  }
  report();
  return { sha256: hash.digest('hex'), bytes, written };
}

/** Writes `chunk` to the tee, resolving once it takes more (never rejects: see DownloadOptions.tee). */
function feed(tee: Writable | undefined, chunk: Buffer): Promise<void> | undefined {
  if (!tee || tee.destroyed || tee.write(chunk)) return undefined;
  return new Promise((resolve) => {
    const go = () => {
      tee.off('drain', go).off('close', go);
      resolve();
    };
    tee.on('drain', go).on('close', go);
  });
}

export async function writeAll(file: FileHandle, chunk: Buffer): Promise<void> {
  for (let off = 0; off < chunk.length;) off += (await file.write(chunk, off)).bytesWritten;
}

function requestHeaders(opts: DownloadOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent ?? 'toolchain-cache',
    accept: '*/*',
  };
  for (const [k, v] of Object.entries(opts.headers ?? {})) headers[k.toLowerCase()] = v;
  // The digest is of the file as published; a compressed transfer would hash something else.
  headers['accept-encoding'] = 'identity';
  return headers;
}

function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

export function isNetworkError(e: unknown): boolean {
  return isErrnoException(e) && (RETRYABLE_CODES.has(e.code!) || e.code!.startsWith('HPE_'));
}

function abortError(message: string, reason: unknown): Error {
  return Object.assign(new Error(message, { cause: reason }), {
    name: 'AbortError',
    code: 'ABORT_ERR',
  });
}

const isHttp = (u: URL) => u.protocol === 'http:' || u.protocol === 'https:';
const portOf = (u: URL) => Number(u.port) || (u.protocol === 'https:' ? 443 : 80);
const bare = (host: string) => host.replace(/^\[(.*)\]$/, '$1');
const decode = (s: string) => decodeURIComponent(s);
const basic = (u: URL) =>
  Buffer.from(`${decode(u.username)}:${decode(u.password)}`).toString('base64');
