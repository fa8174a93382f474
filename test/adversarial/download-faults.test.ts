// Download faults from a real HTTP server on 127.0.0.1: each fails its job alone with a clear
// message (or recovers, when the fault is transient), retries exactly as often as it should, and
// leaves nothing registered, nothing in staging, and the other job's toolchain untouched.
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import { describe, expect } from 'vitest';
import { adversarialFile, mainLog, runCaseJob } from '../helpers/adversarial-kit.js';
import { item, type Served, tarGz, toolFiles } from '../helpers/origin.js';
import type { Route } from '../helpers/http-server.js';

/** Two retries (three attempts) keep the backoff short: about 0.5-1 s, then 1-2 s. */
const RETRIES = 2;
/** Mostly waiting (backoff, stalls): the cases overlap. */
const CONCURRENT = { concurrent: true };

const { origin, sandbox, sandboxCase } = adversarialFile('download faults', {
  sandbox: true,
});
let n = 0;
// Incompressible and big enough that a half-sent body is a real partial file on disk.
const body = tarGz(
  toolFiles('net', '1.0', [{ path: 'net-1.0/blob', content: randomBytes(256 * 1024) }]),
);

function serve(route: Route): { id: string; served: Served } {
  const id = `net-${++n}`;
  return { id, served: origin.serve(`${id}.tar.gz`, body, route) };
}

const run = (id: string, served: Pick<Served, 'url' | 'sha'>, env: Record<string, string> = {}) =>
  runCaseJob({
    inputs: { toolchains: item(id, served), 'cache-root': sandbox().root },
    env: { TOOLCHAIN_CACHE_DOWNLOAD_RETRIES: String(RETRIES), ...env },
  });

/** A route answering with `status` and recording when each request came. */
function timedFailure(status: number, times: number[]): Route {
  return {
    handler: (_req: http.IncomingMessage, res: http.ServerResponse) => {
      times.push(Date.now());
      res.writeHead(status).end('no\n');
    },
  };
}

/** Faults that end every attempt the same way: the job fails cleanly after `hits` requests. */
const FAILURES: Array<{
  name: string;
  route: Route;
  message: (id: string) => RegExp;
  hits: number;
}> = [
  {
    name: 'truncated body on every attempt: bounded retries, then a clear failure',
    route: { fault: 'truncate' },
    message: () => /failed after 3 attempts; last error: truncated: got \d+ of \d+ bytes/,
    hits: RETRIES + 1,
  },
  {
    name: 'HTTP 404: one request, not retried',
    route: { status: 404 },
    message: (id) => new RegExp(`${id}: download of .* failed: HTTP 404.*\\(not retried\\)`),
    hits: 1,
  },
  {
    name: 'connection reset on every attempt: bounded retries, then a clear failure',
    route: { fault: 'reset' },
    message: () => /failed after 3 attempts; last error: network error/,
    hits: RETRIES + 1,
  },
  {
    name: 'a redirect to file:///etc/passwd is refused',
    route: { redirectTo: 'file:///etc/passwd' },
    message: () => /refusing redirect to file: URL/,
    hits: 1,
  },
];

/** Transient faults: a retry gets the archive, after `hits` requests in all. */
const RECOVERIES: Array<{ name: string; route: Route; hits: number; log?: RegExp }> = [
  {
    name: 'HTTP 500 twice, then 200: the retry succeeds and installs',
    route: { failTimes: 2, status: 500 },
    hits: 3,
    log: /download attempt 2 failed \(HTTP 500 Internal Server Error\); retrying in/,
  },
  {
    name: 'connection reset once: the retry succeeds',
    route: { fault: 'reset', faultTimes: 1 },
    hits: 2,
  },
];

describe('download faults fail one job cleanly, or recover when transient', () => {
  for (const f of FAILURES) {
    sandboxCase(
      f.name,
      async (sb) => {
        const { id, served } = serve(f.route);
        await sb.expectCleanFailure(await run(id, served), id, f.message(id));
        expect(origin.hits(served)).toBe(f.hits);
      },
      CONCURRENT,
    );
  }

  sandboxCase(
    'wrong sha256: both digests named, not retried',
    async (sb) => {
      const { id, served } = serve({});
      const wrong = 'ab'.repeat(32);
      const job = await run(id, { url: served.url, sha: wrong });
      await sb.expectCleanFailure(
        job,
        id,
        new RegExp(`${id}: sha256 mismatch for .*expected ${wrong}, got ${served.sha}`),
      );
      // setFailed's `::error::` line, on stdout where the runner reads it.
      expect(job.main.stdout).toContain(wrong);
      expect(job.main.stdout).toContain(served.sha);
      expect(origin.hits(served)).toBe(1);
    },
    CONCURRENT,
  );

  sandboxCase(
    'HTTP 500 on every attempt: retries with growing backoff, then a clear failure',
    async (sb) => {
      const times: number[] = [];
      const { id, served } = serve(timedFailure(500, times));
      const job = await run(id, served);
      await sb.expectCleanFailure(job, id, /failed after 3 attempts; last error: HTTP 500/);
      expect(times).toHaveLength(RETRIES + 1);
      // Exponential with jitter from a 1 s base: the first pause is 0.5-1 s, the second 1-2 s.
      const gaps = times.slice(1).map((t, i) => t - times[i]);
      expect(gaps[0]).toBeGreaterThanOrEqual(450);
      expect(gaps[1]).toBeGreaterThanOrEqual(950);
      expect(gaps[1]).toBeLessThan(8000); // bounded: the 2 s ceiling, plus a loaded machine's slack
    },
    CONCURRENT,
  );

  for (const r of RECOVERIES) {
    sandboxCase(
      r.name,
      async (sb) => {
        const { id, served } = serve(r.route);
        const job = await run(id, served);
        expect(job.main.exitCode, mainLog(job)).toBe(0);
        expect(JSON.parse(job.outputs.sources)).toEqual({ [id]: 'download' });
        if (r.log) expect(mainLog(job)).toMatch(r.log);
        expect(origin.hits(served)).toBe(r.hits);
        expect(sb.registered(id)).toBe(true);
      },
      CONCURRENT,
    );
  }

  sandboxCase(
    'a server that stalls mid-body: the stall timeout ends each attempt',
    async (sb) => {
      const { id, served } = serve({ fault: 'stall' });
      const started = Date.now();
      const job = await run(id, served, {
        TOOLCHAIN_CACHE_STALL_TIMEOUT: '2',
        TOOLCHAIN_CACHE_DOWNLOAD_RETRIES: '1',
      });
      await sb.expectCleanFailure(
        job,
        id,
        /failed after 2 attempts; last error: stalled: no data received for 2000 ms/,
      );
      expect(origin.hits(served)).toBe(2);
      // Two 2 s stalls and one pause of at most 1 s, plus the steps' own time: nowhere near a hang.
      expect(Date.now() - started).toBeLessThan(30_000);
    },
    CONCURRENT,
  );
});
