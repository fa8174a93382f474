// Real HTTP(S) servers on 127.0.0.1 for tests: a scriptable origin (routes with faults,
// failures, redirects) and a forward proxy (absolute-URI requests and CONNECT tunnels).
// Start them in the test process; child processes can be handed the URLs.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Route {
  /** Response body (default empty); a function is called per request. */
  body?: Buffer | string | (() => Buffer | string);
  /**
   * Status of normal responses (default 200, or 302 with redirectTo). With failTimes, the status
   * of the failures instead (default 500).
   */
  status?: number;
  /** Extra response headers (override the defaults, e.g. content-length). */
  headers?: Record<string, string>;
  /**
   * truncate: content-length of the whole body, half of it sent, then the socket ends.
   * stall: headers and half the body, then silence (the socket stays open until close()).
   * reset: the socket is destroyed before any response.
   * slow: the body in chunkSize pieces, chunkDelayMs apart.
   */
  fault?: 'truncate' | 'stall' | 'reset' | 'slow';
  /** Apply `fault` to the first N requests only (default: all). */
  faultTimes?: number;
  /** The first N requests answer `status` (default 500); later ones are served with 200. */
  failTimes?: number;
  /** Answer with a redirect to this Location, verbatim (status 302 unless `status` is set). */
  redirectTo?: string;
  /** Wait this long before answering (the headers included). */
  delayMs?: number;
  /** For `slow`: bytes per chunk (default 1024) and the pause between chunks (default 10 ms). */
  chunkSize?: number;
  chunkDelayMs?: number;
  /** Full control: called instead of the above (after delayMs). */
  handler?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
}

export interface RecordedRequest {
  method: string;
  /** The request target as sent (absolute for proxied requests). */
  url: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface TestServer {
  /** e.g. http://127.0.0.1:40123 */
  readonly origin: string;
  readonly port: number;
  url(path: string): string;
  route(path: string, r: Route): void;
  /** Requests received for a path (query ignored), routed or not. */
  hits(path: string): number;
  totalHits(): number;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Destroys open sockets, so tests end promptly. */
  close(): Promise<void>;
}

export interface TlsOptions {
  key: string | Buffer;
  cert: string | Buffer;
}

export async function startServer(opts: { tls?: TlsOptions } = {}): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const hitCounts = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname; // works for absolute-URI targets too
    const n = (hitCounts.get(path) ?? 0) + 1;
    hitCounts.set(path, n);
    requests.push({ method: req.method ?? '', url: req.url ?? '', path, headers: req.headers });
    const r = routes.get(path);
    if (!r) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no route for ${path}\n`);
      return;
    }
    if (r.delayMs) await wait(r.delayMs);
    if (res.destroyed) return;
    if (r.handler) return r.handler(req, res);
    if (r.failTimes && n <= r.failTimes) {
      res.writeHead(r.status ?? 500, r.headers).end(`failure ${n} of ${r.failTimes}\n`);
      return;
    }
    if (r.redirectTo !== undefined) {
      res.writeHead(r.status ?? 302, { location: r.redirectTo, ...r.headers }).end();
      return;
    }
    const raw = typeof r.body === 'function' ? r.body() : (r.body ?? '');
    const body = Buffer.from(raw);
    const status = r.failTimes ? 200 : (r.status ?? 200);
    const headers = {
      'content-type': 'application/octet-stream',
      'content-length': String(body.length),
      ...r.headers,
    };
    const fault = r.faultTimes === undefined || n <= r.faultTimes ? r.fault : undefined;
    const half = body.subarray(0, Math.floor(body.length / 2));
    switch (fault) {
      case 'reset':
        req.socket.resetAndDestroy();
        return;
      case 'truncate':
        res.writeHead(status, headers);
        res.write(half, () => req.socket.end());
        return;
      case 'stall':
        res.writeHead(status, headers);
        res.write(half);
        return;
      case 'slow': {
        res.writeHead(status, headers);
        const size = r.chunkSize ?? 1024;
        for (let i = 0; i < body.length; i += size) {
          if (res.destroyed) return;
          res.write(body.subarray(i, i + size));
          await wait(r.chunkDelayMs ?? 10);
        }
        res.end();
        return;
      }
      default:
        res.writeHead(status, headers).end(body);
    }
  };

  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(req, res).catch((e: unknown) => {
      res.destroy(e instanceof Error ? e : new Error(String(e)));
    });
  };
  const server = opts.tls ? https.createServer(opts.tls, listener) : http.createServer(listener);
  const sockets = trackSockets(server);
  const port = await listen(server);
  const origin = `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    origin,
    port,
    requests,
    url: (path) => origin + path,
    route: (path, r) => void routes.set(path, r),
    hits: (path) => hitCounts.get(path) ?? 0,
    totalHits: () => requests.length,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      await closeServer(server, sockets);
    },
  };
}

export interface ProxyRequest {
  method: string;
  /** Absolute URI for plain http, host:port for CONNECT. */
  target: string;
  proxyAuthorization?: string;
}

export interface TestProxy {
  /** e.g. http://127.0.0.1:40124 */
  readonly url: string;
  readonly requests: ProxyRequest[];
  close(): Promise<void>;
}

/**
 * A forward proxy. Every upstream connection goes to 127.0.0.1 at the port of the requested
 * URL, whatever its host: tests can use names like toolchain.test (which never resolve) to
 * prove the request went through the proxy. With `auth` ("user:pass"), requests without the
 * matching Proxy-Authorization get 407.
 */
export async function startProxy(opts: { auth?: string } = {}): Promise<TestProxy> {
  const requests: ProxyRequest[] = [];
  const expected = opts.auth && `Basic ${Buffer.from(opts.auth).toString('base64')}`;
  const record = (req: http.IncomingMessage) => {
    const proxyAuthorization = req.headers['proxy-authorization'];
    requests.push({ method: req.method ?? '', target: req.url ?? '', proxyAuthorization });
    return !expected || proxyAuthorization === expected;
  };
  const server = http.createServer((req, res) => {
    if (!record(req)) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic' }).end();
      return;
    }
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('proxy: absolute URI required\n');
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: Number(target.port) || 80,
        method: req.method,
        path: target.pathname + target.search,
        headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.statusMessage, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    if (!record(req)) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nproxy-authenticate: Basic\r\n\r\n');
      return;
    }
    const port = Number(new URL(`http://${req.url}`).port) || 443;
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    sockets.add(upstream); // so close() also ends tunnels
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy()).on('error', () => upstream.destroy());
  });
  const sockets = trackSockets(server);
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => closeServer(server, sockets),
  };
}

/**
 * A self-signed certificate for 127.0.0.1 and localhost, made with the openssl CLI; undefined
 * when openssl is missing (skip the test then). Clients must not verify it: set
 * NODE_TLS_REJECT_UNAUTHORIZED=0 for the test's duration.
 */
export function selfSignedCert(): TlsOptions | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'tc-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ],
      { stdio: 'ignore', timeout: 30_000 },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function trackSockets(server: net.Server): Set<net.Socket> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return sockets;
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
}

function closeServer(server: net.Server, sockets: Set<net.Socket>): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    for (const s of sockets) s.destroy();
  });
}
