import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  downloadFile,
  proxyFor,
  redirectTarget,
  retryDelay,
  shouldProxy,
  type DownloadOptions,
  type DownloadProgress,
} from '../src/core/install/download.js';
import { ChecksumError, DownloadError } from '../src/core/errors.js';
import { selfSignedCert, startProxy, startServer, type TestServer } from './helpers/http-server.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const BODY = randomBytes(200_000);
const SHA = sha(BODY);
const ID = 'cmake-3.30';
const PROXY_VARS = [
  'http_proxy',
  'HTTP_PROXY',
  'https_proxy',
  'HTTPS_PROXY',
  'no_proxy',
  'NO_PROXY',
];

let server: TestServer;
let dir: string;
let n = 0;
const dest = () => join(dir, `file-${++n}`);
// Small delays so retry tests run fast.
const opts = (o: Partial<DownloadOptions> = {}): DownloadOptions => ({
  expectedSha256: SHA,
  id: ID,
  retryBaseDelayMs: 1,
  ...o,
});
const failure = async (p: Promise<unknown>): Promise<Error> => {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
};

/** Runs fn with exactly these proxy variables set (others unset), then restores the environment. */
async function withProxyEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = PROXY_VARS.map((k) => [k, process.env[k]] as const);
  for (const k of PROXY_VARS) delete process.env[k];
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

beforeAll(async () => {
  server = await startServer();
  dir = await mkdtemp(join(tmpdir(), 'tc-download-'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

let path = '';
let routeNo = 0;
afterEach(() => void (path = ''));
/** A fresh path per test so hit counts start at 0. */
const fresh = (name: string) => (path = `/${++routeNo}/${name}`);

describe('downloadFile', () => {
  it('streams the body to dest and returns its sha256 and size', async () => {
    server.route(fresh('tool.tar.gz'), { body: BODY });
    const file = dest();
    const r = await downloadFile(server.url(path), file, opts({ userAgent: 'tc-test/1' }));
    expect(r).toMatchObject({ sha256: SHA, bytes: BODY.length, attempts: 1 });
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
    expect((await readFile(file)).equals(BODY)).toBe(true);
    const req = server.requests.at(-1)!;
    expect(req.headers['accept-encoding']).toBe('identity');
    expect(req.headers['user-agent']).toBe('tc-test/1');
  });

  it('accepts an upper-case expected digest and an empty body', async () => {
    server.route(fresh('empty'), { body: '' });
    const empty = sha(Buffer.alloc(0));
    const r = await downloadFile(
      server.url(path),
      dest(),
      opts({ expectedSha256: empty.toUpperCase() }),
    );
    expect(r).toMatchObject({ sha256: empty, bytes: 0 });
  });

  it('reports a sha256 mismatch with both digests and the URL, without retrying', async () => {
    server.route(fresh('changed'), { body: BODY });
    const wrong = 'ab'.repeat(32);
    const file = dest();
    const e = await failure(downloadFile(server.url(path), file, opts({ expectedSha256: wrong })));
    expect(e).toBeInstanceOf(ChecksumError);
    expect(e.message).toContain(wrong);
    expect(e.message).toContain(SHA);
    expect(e.message).toContain(server.url(path));
    expect(server.hits(path)).toBe(1);
    expect(existsSync(file)).toBe(false); // no unverified file left behind
  });

  it('fails at once on 404, naming the id, URL and status', async () => {
    fresh('missing'); // not routed: the server answers 404
    const e = await failure(downloadFile(server.url(path), dest(), opts()));
    expect(e).toBeInstanceOf(DownloadError);
    expect((e as DownloadError).status).toBe(404);
    expect(e.message).toBe(
      `${ID}: download of ${server.url(path)} failed: HTTP 404 Not Found (not retried)`,
    );
    expect(server.hits(path)).toBe(1);
  });

  it('does not retry other 4xx statuses', async () => {
    server.route(fresh('forbidden'), { status: 403, body: 'no' });
    const e = await failure(downloadFile(server.url(path), dest(), opts()));
    expect(e.message).toContain('HTTP 403');
    expect(server.hits(path)).toBe(1);
  });

  it('retries 5xx and succeeds on the third attempt', async () => {
    server.route(fresh('flaky'), { body: BODY, failTimes: 2 });
    const retries: [number, string, number][] = [];
    const r = await downloadFile(
      server.url(path),
      dest(),
      opts({ onRetry: (a, e, d) => retries.push([a, e.message, d]) }),
    );
    expect(r.attempts).toBe(3);
    expect(server.hits(path)).toBe(3);
    expect(retries.map(([a, m]) => [a, m])).toEqual([
      [1, 'HTTP 500 Internal Server Error'],
      [2, 'HTTP 500 Internal Server Error'],
    ]);
  });

  it('gives up after retries + 1 attempts and says so', async () => {
    server.route(fresh('down'), { status: 503, body: 'down' });
    const e = await failure(downloadFile(server.url(path), dest(), opts({ retries: 2 })));
    expect(server.hits(path)).toBe(3);
    expect(e.message).toBe(
      `${ID}: download of ${server.url(path)} failed after 3 attempts; last error: HTTP 503 Service Unavailable`,
    );
    expect((e as DownloadError).status).toBe(503);
  });

  it('honours Retry-After on 429', async () => {
    server.route(fresh('limited'), {
      body: BODY,
      failTimes: 1,
      status: 429,
      headers: { 'retry-after': '0' },
    });
    const delays: number[] = [];
    const r = await downloadFile(
      server.url(path),
      dest(),
      opts({ retryBaseDelayMs: 60_000, onRetry: (_a, _e, d) => delays.push(d) }),
    );
    expect(r.attempts).toBe(2);
    expect(delays).toEqual([0]); // the server's 0 s, not the 60 s backoff
  });

  it('retries a truncated body and finally reports the truncation', async () => {
    server.route(fresh('cut'), { body: BODY, fault: 'truncate' });
    const e = await failure(downloadFile(server.url(path), dest(), opts({ retries: 2 })));
    expect(server.hits(path)).toBe(3);
    expect(e.message).toMatch(
      /failed after 3 attempts; last error: truncated: got \d+ of 200000 bytes/,
    );
  });

  it('recovers from a truncated body', async () => {
    server.route(fresh('cut-once'), { body: BODY, fault: 'truncate', faultTimes: 1 });
    const r = await downloadFile(server.url(path), dest(), opts());
    expect(r).toMatchObject({ attempts: 2, sha256: SHA });
  });

  it('aborts a stalled body after stallTimeoutMs', async () => {
    server.route(fresh('stall'), { body: BODY, fault: 'stall' });
    const e = await failure(
      downloadFile(server.url(path), dest(), opts({ retries: 0, stallTimeoutMs: 300 })),
    );
    expect(e.message).toContain('stalled: no data received for 300 ms');
    expect(server.hits(path)).toBe(1);
  });

  it('aborts when the headers never come, and retries', async () => {
    server.route(fresh('silent'), { body: BODY, delayMs: 60_000 });
    const e = await failure(
      downloadFile(server.url(path), dest(), opts({ retries: 1, stallTimeoutMs: 200 })),
    );
    expect(e.message).toContain('failed after 2 attempts; last error: stalled');
    expect(server.hits(path)).toBe(2);
  });

  it('retries a connection reset', async () => {
    server.route(fresh('reset'), { body: BODY, fault: 'reset', faultTimes: 1 });
    const errors: string[] = [];
    const r = await downloadFile(
      server.url(path),
      dest(),
      opts({ onRetry: (_a, e) => errors.push(e.message) }),
    );
    expect(r.attempts).toBe(2);
    expect(errors[0]).toMatch(/^network error: .*(ECONNRESET|socket hang up)/);
  });

  it('retries a refused connection', async () => {
    const gone = await startServer();
    const url = gone.url('/x');
    await gone.close();
    const e = await failure(downloadFile(url, dest(), opts({ retries: 1 })));
    expect(e.message).toMatch(/failed after 2 attempts; last error: network error: .*ECONNREFUSED/);
  });

  it('follows relative and absolute redirects across servers', async () => {
    const other = await startServer();
    try {
      fresh('chain');
      server.route(path, { redirectTo: `${path}-2`, status: 301 });
      server.route(`${path}-2`, { redirectTo: other.url('/asset?sig=1'), status: 307 });
      other.route('/asset', { redirectTo: '../final', status: 303 });
      other.route('/final', { body: BODY });
      const r = await downloadFile(server.url(path), dest(), opts());
      expect(r).toMatchObject({ sha256: SHA, attempts: 1 });
      expect([
        server.hits(path),
        server.hits(`${path}-2`),
        other.hits('/asset'),
        other.hits('/final'),
      ]).toEqual([1, 1, 1, 1]);
    } finally {
      await other.close();
    }
  });

  it('drops authorization on a cross-origin redirect only', async () => {
    const other = await startServer();
    try {
      fresh('auth');
      server.route(path, { redirectTo: `${path}-same` });
      server.route(`${path}-same`, { redirectTo: other.url('/signed') });
      other.route('/signed', { body: BODY });
      await downloadFile(
        server.url(path),
        dest(),
        opts({ headers: { Authorization: 'token abc' } }),
      );
      const auth = (p: string, s = server) =>
        s.requests.find((r) => r.path === p)?.headers.authorization;
      expect(auth(path)).toBe('token abc');
      expect(auth(`${path}-same`)).toBe('token abc');
      expect(auth('/signed', other)).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('stops after 10 redirects', async () => {
    server.route(fresh('loop'), { redirectTo: path });
    const e = await failure(downloadFile(server.url(path), dest(), opts()));
    expect(e.message).toContain('too many redirects');
    expect(e.message).toContain('not retried');
    expect(server.hits(path)).toBe(11);
  });

  it('refuses a redirect to another scheme', async () => {
    server.route(fresh('ftp'), { redirectTo: 'ftp://example.com/x' });
    const e = await failure(downloadFile(server.url(path), dest(), opts()));
    expect(e.message).toContain('refusing redirect to ftp: URL');
    expect(server.hits(path)).toBe(1);
  });

  it('rejects non-http URLs and bad digests before any request', async () => {
    await expect(downloadFile('file:///etc/passwd', dest(), opts())).rejects.toThrow(
      /only http and https/,
    );
    await expect(downloadFile('not a url', dest(), opts())).rejects.toThrow(/invalid URL/);
    await expect(
      downloadFile(server.url('/x'), dest(), opts({ expectedSha256: 'abc' })),
    ).rejects.toThrow(/64 hex/);
  });

  it('reports progress with increasing byte counts and a final call at the total', async () => {
    server.route(fresh('slow'), { body: BODY, fault: 'slow', chunkSize: 20_000, chunkDelayMs: 15 });
    const seen: DownloadProgress[] = [];
    await downloadFile(
      server.url(path),
      dest(),
      opts({ progressIntervalMs: 10, onProgress: (p) => seen.push(p) }),
    );
    expect(seen.length).toBeGreaterThan(2);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i].receivedBytes).toBeGreaterThanOrEqual(seen[i - 1].receivedBytes);
    }
    expect(seen[0].receivedBytes).toBeLessThan(BODY.length);
    expect(seen.at(-1)).toMatchObject({ receivedBytes: BODY.length, totalBytes: BODY.length });
  });

  it('reports progress only at the end when the interval is long', async () => {
    server.route(fresh('slow-2'), {
      body: BODY,
      fault: 'slow',
      chunkSize: 50_000,
      chunkDelayMs: 5,
    });
    const seen: DownloadProgress[] = [];
    await downloadFile(server.url(path), dest(), opts({ onProgress: (p) => seen.push(p) }));
    expect(seen).toHaveLength(1);
    expect(seen[0].receivedBytes).toBe(BODY.length);
  });

  it('aborts a transfer in progress when the signal fires', async () => {
    server.route(fresh('abort'), { body: BODY, fault: 'stall' });
    const ac = new AbortController();
    const file = dest();
    setTimeout(() => ac.abort(), 100);
    const e = await failure(downloadFile(server.url(path), file, opts({ signal: ac.signal })));
    expect(e.name).toBe('AbortError');
    expect(e.message).toContain('aborted');
    expect(server.hits(path)).toBe(1);
    expect(existsSync(file)).toBe(false);
  });

  it('aborts during the backoff between attempts, and before starting', async () => {
    server.route(fresh('abort-backoff'), { status: 500 });
    const ac = new AbortController();
    const e = await failure(
      downloadFile(
        server.url(path),
        dest(),
        opts({ retryBaseDelayMs: 60_000, signal: ac.signal, onRetry: () => ac.abort() }),
      ),
    );
    expect(e.name).toBe('AbortError');
    expect(server.hits(path)).toBe(1);
    await expect(
      downloadFile(server.url(path), dest(), opts({ signal: ac.signal })),
    ).rejects.toThrow(/aborted/);
    expect(server.hits(path)).toBe(1);
  });

  it('leaves no sockets open after failures and aborts', async () => {
    const sockets = () =>
      process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;
    const before = sockets();
    server.route(fresh('leak-stall'), { body: BODY, fault: 'stall' });
    await failure(
      downloadFile(server.url(path), dest(), opts({ retries: 0, stallTimeoutMs: 100 })),
    );
    server.route(fresh('leak-cut'), { body: BODY, fault: 'truncate' });
    await failure(downloadFile(server.url(path), dest(), opts({ retries: 0 })));
    server.route(fresh('leak-ok'), { body: BODY });
    await downloadFile(server.url(path), dest(), opts());
    // Closing is asynchronous on both ends; give it a moment.
    for (let i = 0; i < 50 && sockets() > before; i++) await new Promise((r) => setTimeout(r, 20));
    expect(sockets()).toBe(before);
  });
});

describe('proxies', () => {
  it('sends plain http through the proxy with the absolute URL and basic auth', async () => {
    const proxy = await startProxy({ auth: 'user:p@ss' });
    try {
      server.route(fresh('proxied'), { body: BODY });
      // toolchain.test never resolves: success proves the proxy made the connection.
      const url = `http://toolchain.test:${server.port}${path}`;
      const proxyUrl = proxy.url.replace('://', '://user:p%40ss@');
      const r = await withProxyEnv({ http_proxy: proxyUrl }, () =>
        downloadFile(url, dest(), opts()),
      );
      expect(r.sha256).toBe(SHA);
      expect(proxy.requests).toEqual([
        {
          method: 'GET',
          target: url,
          proxyAuthorization: `Basic ${Buffer.from('user:p@ss').toString('base64')}`,
        },
      ]);
      expect(server.requests.at(-1)!.headers['proxy-authorization']).toBeUndefined();
    } finally {
      await proxy.close();
    }
  });

  it('fails at once when the proxy wants credentials', async () => {
    const proxy = await startProxy({ auth: 'user:secret' });
    try {
      fresh('proxy-407');
      const url = `http://toolchain.test:${server.port}${path}`;
      const e = await withProxyEnv({ HTTP_PROXY: proxy.url }, () =>
        failure(downloadFile(url, dest(), opts())),
      );
      expect(e.message).toContain('HTTP 407');
      expect(proxy.requests).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('never proxies loopback', async () => {
    server.route(fresh('direct'), { body: BODY });
    const r = await withProxyEnv({ http_proxy: 'http://127.0.0.1:9' }, () =>
      downloadFile(server.url(path), dest(), opts({ retries: 0 })),
    );
    expect(r.sha256).toBe(SHA);
  });

  const cert = selfSignedCert();
  it.skipIf(!cert)('tunnels https through CONNECT, and refuses https→http redirects', async () => {
    const secure = await startServer({ tls: cert });
    const proxy = await startProxy();
    const saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // the test certificate is self-signed
    try {
      secure.route('/tool', { body: BODY });
      secure.route('/down', { redirectTo: server.url('/whatever') });
      const base = `https://toolchain.test:${secure.port}`;
      const r = await withProxyEnv(
        { https_proxy: proxy.url, http_proxy: 'http://127.0.0.1:9' },
        () => downloadFile(`${base}/tool`, dest(), opts()),
      );
      expect(r.sha256).toBe(SHA);
      expect(proxy.requests).toEqual([
        {
          method: 'CONNECT',
          target: `toolchain.test:${secure.port}`,
          proxyAuthorization: undefined,
        },
      ]);
      expect(secure.hits('/tool')).toBe(1);
      // A stall inside the tunnel is caught too.
      secure.route('/stall', { body: BODY, fault: 'stall' });
      const stalled = await withProxyEnv({ https_proxy: proxy.url }, () =>
        failure(downloadFile(`${base}/stall`, dest(), opts({ retries: 0, stallTimeoutMs: 200 }))),
      );
      expect(stalled.message).toContain('stalled');
      const e = await failure(downloadFile(secure.url('/down'), dest(), opts()));
      expect(e.message).toContain('refusing redirect from https to http');
      expect(e.message).toContain('not retried');
    } finally {
      if (saved === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved;
      await proxy.close();
      await secure.close();
    }
  });
});

describe('shouldProxy / proxyFor', () => {
  const env = (no_proxy?: string) => ({ https_proxy: 'http://proxy:3128', no_proxy });

  it('never proxies loopback', () => {
    for (const u of [
      'http://127.0.0.1:8080/x',
      'http://localhost/x',
      'http://[::1]:80/',
      'http://a.localhost/',
      'http://127.1.2.3/',
    ]) {
      expect(shouldProxy(u, {})).toBe(false);
    }
  });

  it('matches hosts, domains, suffixes, wildcards and ports', () => {
    const cases: [string, string, boolean][] = [
      ['https://github.com/x', '', true],
      ['https://github.com/x', 'github.com', false],
      ['https://objects.github.com/x', 'github.com', false],
      ['https://objects.github.com/x', '.github.com', false],
      ['https://objects.github.com/x', '*.github.com', false],
      ['https://notgithub.com/x', 'github.com', true],
      ['https://github.com/x', 'example.com, GitHub.com', false],
      ['https://github.com/x', 'example.com github.com', false],
      ['https://anything.example/x', '*', false],
      ['https://github.com/x', 'github.com:443', false],
      ['https://github.com/x', 'github.com:8443', true],
      ['https://github.com:8443/x', 'github.com:8443', false],
      ['https://10.1.2.3/x', '10.1.2.3', false],
      ['https://[2001:db8::1]/x', '2001:db8::1', false],
      ['https://[2001:db8::1]:8443/x', '[2001:db8::1]:8443', false],
      ['https://[2001:db8::1]/x', '[2001:db8::1]:8443', true],
    ];
    for (const [url, list, expected] of cases) {
      expect([url, list, shouldProxy(url, { no_proxy: list })]).toEqual([url, list, expected]);
    }
    expect(shouldProxy('https://github.com/', { NO_PROXY: 'github.com' })).toBe(false);
  });

  it('picks the variable for the scheme, either case', () => {
    expect(proxyFor('https://github.com/x', env())?.href).toBe('http://proxy:3128/');
    expect(proxyFor('http://github.com/x', env())).toBeUndefined();
    expect(proxyFor('http://github.com/x', { HTTP_PROXY: 'proxy:8080' })?.href).toBe(
      'http://proxy:8080/',
    );
    expect(proxyFor('https://github.com/x', { HTTPS_PROXY: 'https://p:1' })?.href).toBe(
      'https://p:1/',
    );
    expect(proxyFor('https://github.com/x', env('github.com'))).toBeUndefined();
    expect(proxyFor('https://localhost/x', env())).toBeUndefined();
    expect(proxyFor('https://github.com/x', {})).toBeUndefined();
  });

  it('rejects unsupported proxy schemes without echoing credentials', () => {
    expect(() =>
      proxyFor('https://github.com/', { https_proxy: 'socks5://u:secret@p:1080' }),
    ).toThrow(/unsupported proxy setting "socks5:\/\/\*\*\*@p:1080"/);
  });
});

describe('redirectTarget / retryDelay', () => {
  const here = new URL('https://github.com/owner/repo/releases/download/v1/tool.tar.gz');

  it('resolves relative and absolute locations', () => {
    expect(redirectTarget(here, '../v2/tool.tar.gz').href).toBe(
      'https://github.com/owner/repo/releases/download/v2/tool.tar.gz',
    );
    expect(redirectTarget(here, '/x?y=1').href).toBe('https://github.com/x?y=1');
    expect(redirectTarget(here, 'https://objects.example.com/a?sig=z').href).toBe(
      'https://objects.example.com/a?sig=z',
    );
    expect(redirectTarget(new URL('http://a/'), 'https://b/').href).toBe('https://b/');
  });

  it('refuses https→http and non-http schemes', () => {
    expect(() => redirectTarget(here, 'http://objects.example.com/a')).toThrow(
      /refusing redirect from https to http/,
    );
    expect(() => redirectTarget(here, 'file:///etc/passwd')).toThrow(/refusing redirect to file:/);
    expect(() => redirectTarget(here, 'http://[bad')).toThrow(/invalid redirect Location/);
  });

  it('backs off exponentially with jitter, capped at 30 s, and honours Retry-After', () => {
    for (let attempt = 1; attempt <= 8; attempt++) {
      const ceiling = Math.min(30_000, 1000 * 2 ** (attempt - 1));
      const d = retryDelay(attempt, 1000);
      expect(d).toBeGreaterThanOrEqual(ceiling / 2);
      expect(d).toBeLessThanOrEqual(ceiling);
    }
    expect(retryDelay(1, 1000, 5000)).toBe(5000);
    expect(retryDelay(1, 1000, 3_600_000)).toBe(30_000);
  });
});
