// Download faults from a real HTTP server on 127.0.0.1: each fails its job alone with a clear
// message (or recovers, when the fault is transient), retries exactly as often as it should, and
// leaves nothing registered, nothing in staging, and the other job's toolchain untouched.
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  Origin,
  Sandbox,
  adversarialCase,
  item,
  mainLog,
  runCaseJob,
  tarGz,
  toolFiles,
  type Served,
} from '../helpers/adversarial-kit.js';
import type { Route } from '../helpers/http-server.js';

const GROUP = 'download faults';
/** Two retries (three attempts) keep the backoff short: about 0.5-1 s, then 1-2 s. */
const RETRIES = 2;
/** Mostly waiting (backoff, stalls): the cases overlap. */
const CONCURRENT = { concurrent: true };

let origin: Origin;
let sb: Sandbox;
let n = 0;
let body: Buffer;

beforeAll(async () => {
  origin = await Origin.start();
  sb = await Sandbox.create(origin);
  // Incompressible and big enough that a half-sent body is a real partial file on disk.
  body = await tarGz(
    toolFiles('net', '1.0', [{ path: 'net-1.0/blob', content: randomBytes(256 * 1024) }]),
  );
});

afterAll(async () => {
  await sb?.dispose();
  await origin?.close();
});

function serve(route: Route): { id: string; served: Served } {
  const id = `net-${++n}`;
  return { id, served: origin.serve(`${id}.tar.gz`, body, route) };
}

const run = (id: string, served: Pick<Served, 'url' | 'sha'>, env: Record<string, string> = {}) =>
  runCaseJob({
    inputs: { toolchains: item(id, served), 'cache-root': sb.root },
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

describe('download faults fail one job cleanly, or recover when transient', () => {
  adversarialCase(
    GROUP,
    'wrong sha256: both digests named, not retried',
    async (c) => {
      c.use(sb);
      const { id, served } = serve({});
      const wrong = 'ab'.repeat(32);
      const job = await run(id, { url: served.url, sha: wrong });
      await sb.expectCleanFailure(
        job,
        id,
        new RegExp(`${id}: sha256 mismatch for .*expected ${wrong}, got ${served.sha}`),
      );
      expect(origin.hits(served)).toBe(1);
      await c.check(sb);
    },
    CONCURRENT,
  );

  adversarialCase(
    GROUP,
    'truncated body on every attempt: bounded retries, then a clear failure',
    async (c) => {
      c.use(sb);
      const { id, served } = serve({ fault: 'truncate' });
      const job = await run(id, served);
      await sb.expectCleanFailure(
        job,
        id,
        /failed after 3 attempts; last error: truncated: got \d+ of \d+ bytes/,
      );
      expect(origin.hits(served)).toBe(RETRIES + 1);
      await c.check(sb);
    },
    CONCURRENT,
  );

  adversarialCase(
    GROUP,
    'HTTP 404: one request, not retried',
    async (c) => {
      c.use(sb);
      const { id, served } = serve({ status: 404 });
      const job = await run(id, served);
      await sb.expectCleanFailure(
        job,
        id,
        new RegExp(`${id}: download of .* failed: HTTP 404.*\\(not retried\\)`),
      );
      expect(origin.hits(served)).toBe(1);
      await c.check(sb);
    },
    CONCURRENT,
  );

  adversarialCase(
    GROUP,
    'HTTP 500 on every attempt: retries with growing backoff, then a clear failure',
    async (c) => {
      c.use(sb);
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
      await c.check(sb);
    },
    CONCURRENT,
  );

  adversarialCase(
    GROUP,
    'HTTP 500 twice, then 200: the retry succeeds and installs',
    async (c) => {
      c.use(sb);
      const { id, served } = serve({ failTimes: 2, status: 500 });
      const job = await run(id, served);
      expect(job.main.exitCode, mainLog(job)).toBe(0);
      expect(JSON.parse(job.outputs.sources)).toEqual({ [id]: 'download' });
      expect(mainLog(job)).toMatch(
        /download attempt 2 failed \(HTTP 500 Internal Server Error\); retrying in/,
      );
      expect(origin.hits(served)).toBe(3);
      expect(sb.registered(id)).toBe(true);
      await c.check(sb);
    },
    CONCURRENT,
  );

  adversarialCase(
    GROUP,
    'connection reset on every attempt: bounded retries, then a clear failure',
    async (c) => {
      c.use(sb);
      const { id, served } = serve({ fault: 'reset' });
      const job = await run(id, served);
      await sb.expectCleanFailure(job, id, /failed after 3 attempts; last error: network error/);
      expect(origin.hits(served)).toBe(RETRIES + 1);
      await c.check(sb);
    },
    CONCURRENT,
  );

  adversarialCase(
    GROUP,
    'connection reset once: the retry succeeds',
    async (c) => {
      c.use(sb);
      const { id, served } = serve({ fault: 'reset', faultTimes: 1 });
      const job = await run(id, served);
      expect(job.main.exitCode, mainLog(job)).toBe(0);
      expect(origin.hits(served)).toBe(2);
      expect(sb.registered(id)).toBe(true);
      await c.check(sb);
    },
    CONCURRENT,
  );

  adversarialCase(
    GROUP,
    'a server that stalls mid-body: the stall timeout ends each attempt',
    async (c) => {
      c.use(sb);
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
      await c.check(sb);
    },
    CONCURRENT,
  );

  adversarialCase(
    GROUP,
    'a redirect to file:///etc/passwd is refused',
    async (c) => {
      c.use(sb);
      const { id, served } = serve({ redirectTo: 'file:///etc/passwd' });
      const job = await run(id, served);
      await sb.expectCleanFailure(job, id, /refusing redirect to file: URL/);
      expect(origin.hits(served)).toBe(1);
      await c.check(sb);
    },
    CONCURRENT,
  );
});
