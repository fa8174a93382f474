// A stand-in for GitHub's cache service (the v1 REST protocol @actions/cache speaks when
// ACTIONS_CACHE_URL is set), on 127.0.0.1. GitHub itself cannot exist here; the real
// @actions/cache client, tar and all, talks to this.
import http from 'node:http';

interface Entry {
  key: string;
  version: string;
  chunks: Buffer[];
  offsets: number[];
  committed: boolean;
}

export interface FakeCacheService {
  /** Environment for a job that can reach this service. */
  env: Record<string, string>;
  /** Committed entries' keys. */
  keys(): string[];
  close(): Promise<void>;
}

export async function startFakeCacheService(): Promise<FakeCacheService> {
  const entries = new Map<number, Entry>();
  let nextId = 1;
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
        const size = stored.chunks.reduce(
          (n, c, i) => Math.max(n, stored.offsets[i] + c.length),
          0,
        );
        const data = Buffer.alloc(size);
        stored.chunks.forEach((c, i) => c.copy(data, stored.offsets[i]));
        res.writeHead(200, {
          'content-length': String(size),
          'content-type': 'application/octet-stream',
        });
        res.end(data);
        return;
      }
      json(res, 404, { message: `no route for ${req.method} ${url.pathname}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (): number => (server.address() as { port: number }).port;
  return {
    env: { ACTIONS_CACHE_URL: `http://127.0.0.1:${port()}/`, ACTIONS_RUNTIME_TOKEN: 'test-token' },
    keys: () => [...entries.values()].filter((e) => e.committed).map((e) => e.key),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
