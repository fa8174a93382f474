// A stand-in for GitHub's cache service on 127.0.0.1, speaking both protocols of @actions/cache:
// v1 (REST under ACTIONS_CACHE_URL) and v2 (twirp under ACTIONS_RESULTS_URL with
// ACTIONS_CACHE_SERVICE_V2=true, as current runners use; blobs uploaded the way the Azure SDK puts
// a block blob). GitHub itself cannot exist here; the real @actions/cache client (its saveCache,
// tar and all) and the tier's own reader talk to this. `setFault` makes the API calls hang
// (accept, never answer) or fail with 500; `blobOf`/`setBlob` let a test read and rewrite a stored
// entry as a workflow of the repository could; `setBlobEndless` serves blobs that never end.
import http from 'node:http';

interface Entry {
  key: string;
  version: string;
  chunks: Buffer[];
  offsets: number[];
  committed: boolean;
}

export type CacheServiceFault = 'hang' | '5xx' | undefined;

const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/';

export interface FakeCacheService {
  /** Environment for a job that can reach this service with the v1 protocol. */
  env: Record<string, string>;
  /** The same with the v2 protocol (what current runners set). */
  envV2: Record<string, string>;
  /** From now on, the API calls (not the blobs) hang or answer 500. */
  setFault(fault: CacheServiceFault): void;
  /** Blobs are served in 64 KiB pieces this far apart (0: at once). */
  setBlobPace(ms: number): void;
  /** API calls received (both protocols). */
  apiCalls(): number;
  /** Committed entries' keys. */
  keys(): string[];
  /** The committed entry under `key`: its version and blob (as saveCache uploaded it). */
  entryOf(key: string): { version: string; blob: Buffer } | undefined;
  /** Replaces the blob of the committed entry under `key` (a rewritten entry). */
  setBlob(key: string, blob: Buffer): void;
  /** From now on blobs are served without a length, and never end (until the reader hangs up). */
  setBlobEndless(on: boolean): void;
  /** Bytes of blobs written to readers so far. */
  blobBytesSent(): number;
  /** Blob downloads whose connection is still open. */
  openBlobDownloads(): number;
  close(): Promise<void>;
}

export async function startFakeCacheService(): Promise<FakeCacheService> {
  const entries = new Map<number, Entry>();
  let nextId = 1;
  let fault: CacheServiceFault;
  let blobPaceMs = 0;
  let apiCalls = 0;
  let blobEndless = false;
  let blobBytesSent = 0;
  let openBlobDownloads = 0;
  const json = (res: http.ServerResponse, status: number, body?: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const body = Buffer.concat(chunks);
      const isApi = url.pathname.startsWith(TWIRP) || url.pathname.startsWith('/_apis/');
      if (isApi) apiCalls++;
      if (isApi && fault === 'hang') return; // accepted, never answered
      if (isApi && fault === '5xx') return json(res, 500, { msg: 'injected failure' });
      if (url.pathname.startsWith(TWIRP)) return twirp(url.pathname.slice(TWIRP.length), body, res);
      const upload = /^\/account\/cache\/(\d+)$/.exec(url.pathname);
      const uploading = upload ? entries.get(Number(upload[1])) : undefined;
      if (uploading && req.method === 'PUT') {
        // The Azure SDK's single-shot block blob upload (archives under 128 MiB).
        uploading.chunks = [body];
        uploading.offsets = [0];
        res.writeHead(201, { etag: '"1"', 'last-modified': new Date().toUTCString() }).end();
        return;
      }
      const api = url.pathname.replace(/^\/_apis\/artifactcache\//, '');
      if (req.method === 'GET' && api === 'cache') {
        const keys = (url.searchParams.get('keys') ?? '').split(',');
        const version = url.searchParams.get('version');
        for (const key of keys) {
          for (const [id, e] of entries) {
            if (e.committed && e.version === version && e.key === key) {
              return json(res, 200, {
                cacheKey: e.key,
                scope: 'refs/heads/main',
                archiveLocation: `http://127.0.0.1:${port()}/blobs/${id}`,
              });
            }
          }
        }
        res.writeHead(204).end();
        return;
      }
      if (req.method === 'GET' && api === 'caches')
        return json(res, 200, { totalCount: 0, artifactCaches: [] });
      if (req.method === 'POST' && api === 'caches') {
        const { key, version } = JSON.parse(body.toString()) as { key: string; version: string };
        if ([...entries.values()].some((e) => e.key === key && e.version === version)) {
          return json(res, 409, {
            message: `Cache already exists. Scope: refs/heads/main, Key: ${key}, Version: ${version}`,
          });
        }
        const id = nextId++;
        entries.set(id, { key, version, chunks: [], offsets: [], committed: false });
        return json(res, 201, { cacheId: id });
      }
      const idMatch = /^caches\/(\d+)$/.exec(api);
      const entry = idMatch ? entries.get(Number(idMatch[1])) : undefined;
      if (entry && req.method === 'PATCH') {
        const start = Number(/bytes (\d+)-/.exec(req.headers['content-range'] ?? '')?.[1] ?? 0);
        entry.chunks.push(body);
        entry.offsets.push(start);
        return json(res, 204);
      }
      if (entry && req.method === 'POST') {
        entry.committed = true;
        return json(res, 204);
      }
      const blob = /^\/blobs\/(\d+)$/.exec(url.pathname);
      const stored = blob ? entries.get(Number(blob[1])) : undefined;
      if (stored && req.method === 'GET') {
        openBlobDownloads++;
        res.once('close', () => openBlobDownloads--);
        const write = (piece: Buffer): boolean => {
          blobBytesSent += piece.length;
          return res.write(piece);
        };
        if (blobEndless) return serveEndless(res, write);
        const data = blobData(stored);
        res.writeHead(200, {
          'content-length': String(data.length),
          'content-type': 'application/octet-stream',
        });
        if (!blobPaceMs) {
          write(data);
          return void res.end();
        }
        const send = (offset: number): void => {
          if (offset >= data.length || res.destroyed) return void res.end();
          write(data.subarray(offset, offset + 65536));
          setTimeout(() => send(offset + 65536), blobPaceMs);
        };
        send(0);
        return;
      }
      json(res, 404, { message: `no route for ${req.method} ${url.pathname}` });
    });
  });
  const blobData = (stored: Entry): Buffer => {
    const size = stored.chunks.reduce((n, c, i) => Math.max(n, stored.offsets[i] + c.length), 0);
    const data = Buffer.alloc(size);
    stored.chunks.forEach((c, i) => c.copy(data, stored.offsets[i]));
    return data;
  };
  /** A blob with no length that goes on, at the pace the reader takes it, until it hangs up. */
  const serveEndless = (res: http.ServerResponse, write: (b: Buffer) => boolean): void => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    const piece = Buffer.alloc(65536, 7);
    const pump = (): void => {
      while (!res.destroyed && write(piece));
      if (!res.destroyed) res.once('drain', pump);
    };
    pump();
  };
  const committed = (key: string): Entry | undefined =>
    [...entries.values()].find((e) => e.committed && e.key === key);
  const findEntry = (key: string, version: string): [number, Entry] | undefined =>
    [...entries].find(([, e]) => e.key === key && e.version === version);
  function twirp(method: string, body: Buffer, res: http.ServerResponse): void {
    const request = JSON.parse(body.toString() || '{}') as {
      key: string;
      restore_keys?: string[];
      version: string;
    };
    if (method === 'GetCacheEntryDownloadURL') {
      for (const key of [request.key, ...(request.restore_keys ?? [])]) {
        const found = findEntry(key, request.version);
        if (found?.[1].committed) {
          return json(res, 200, {
            ok: true,
            signed_download_url: `http://127.0.0.1:${port()}/blobs/${found[0]}`,
            matched_key: key,
          });
        }
      }
      return json(res, 200, { ok: false });
    }
    if (method === 'CreateCacheEntry') {
      if (findEntry(request.key, request.version))
        return json(res, 200, { ok: false, message: `Cache entry ${request.key} already exists` });
      const id = nextId++;
      entries.set(id, { ...request, chunks: [], offsets: [], committed: false });
      return json(res, 200, {
        ok: true,
        signed_upload_url: `http://127.0.0.1:${port()}/account/cache/${id}?sig=test`,
      });
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const found = findEntry(request.key, request.version);
      if (!found) return json(res, 200, { ok: false, message: 'no such entry' });
      found[1].committed = true;
      return json(res, 200, { ok: true, entry_id: String(found[0]) });
    }
    json(res, 404, { code: 'bad_route', msg: `no method ${method}` });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (): number => (server.address() as { port: number }).port;
  return {
    env: { ACTIONS_CACHE_URL: `http://127.0.0.1:${port()}/`, ACTIONS_RUNTIME_TOKEN: 'test-token' },
    envV2: {
      ACTIONS_RESULTS_URL: `http://127.0.0.1:${port()}/`,
      ACTIONS_RUNTIME_TOKEN: 'test-token',
      ACTIONS_CACHE_SERVICE_V2: 'true',
    },
    setFault: (f) => void (fault = f),
    setBlobPace: (ms) => void (blobPaceMs = ms),
    apiCalls: () => apiCalls,
    keys: () => [...entries.values()].filter((e) => e.committed).map((e) => e.key),
    entryOf(key) {
      const e = committed(key);
      return e && { version: e.version, blob: blobData(e) };
    },
    setBlob(key, blob) {
      const e = committed(key);
      if (!e) throw new Error(`no committed entry ${key}`);
      e.chunks = [blob];
      e.offsets = [0];
    },
    setBlobEndless: (on) => void (blobEndless = on),
    blobBytesSent: () => blobBytesSent,
    openBlobDownloads: () => openBlobDownloads,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
