// The S3 tier against a real S3-compatible server (s3rver, in its own process), a closed port,
// and a server that accepts connections and never answers.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ToolchainSpec } from '../src/core/spec.js';
import { TierChain } from '../src/providers/chain.js';
import { s3Provider, s3Tier } from '../src/providers/s3.js';
import { saveToTiers } from '../src/providers/save.js';
import { makeTempDir, removeTempDir } from './helpers/procs.js';
import { startS3Server, type S3TestServer } from './helpers/s3-server.js';
import { startSlowProxy } from './helpers/slow-proxy.js';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const tierFor = (item: string) => s3Tier(s3Provider.parse(item));

function recordingLog() {
  const lines: string[] = [];
  return {
    lines,
    warnings: () => lines.filter((l) => l.startsWith('warning: ')),
    info: (m: string) => void lines.push(`info: ${m}`),
    warning: (m: string) => void lines.push(`warning: ${m}`),
    debug: (m: string) => void lines.push(`debug: ${m}`),
  };
}

let s3: S3TestServer;
let tmp: string;
const savedEnv = { ...process.env };
const useEnv = (env: Record<string, string>): void => void Object.assign(process.env, env);

beforeAll(async () => {
  s3 = await startS3Server(['fleet']);
});
afterAll(() => s3.close());
beforeEach(async () => {
  tmp = await makeTempDir('tc-s3-');
  useEnv(s3.env);
});
afterEach(async () => {
  process.env = { ...savedEnv };
  await removeTempDir(tmp);
});

describe('against s3rver', () => {
  it('stores archives by sha256 under the prefix, in parts, and restores them', async () => {
    // Larger than a part: the upload streams in parts instead of one buffered body.
    const body = Buffer.alloc(20 * 1024 * 1024);
    for (let i = 0; i < body.length; i += 4096) body.writeUInt32LE(i, i);
    const spec = { id: 'big-1', sha256: sha(body) } as ToolchainSpec;
    const archive = path.join(tmp, 'archive');
    await fs.writeFile(archive, body);
    const log = recordingLog();
    const chain = new TierChain([tierFor('s3://fleet/tc/v1')], log, 10_000);
    expect(await chain.restore(spec, path.join(tmp, 'miss'))).toBeUndefined();
    expect(await saveToTiers([{ ...spec, archivePath: archive }], chain, log)).toEqual([
      { id: 'big-1', tier: 's3://fleet/tc/v1', saved: true },
    ]);
    expect(await s3.listKeys('fleet')).toEqual([`tc/v1/sha256/${spec.sha256}`]);

    const other = new TierChain([tierFor('s3://fleet/tc/v1')], log, 10_000);
    const dest = path.join(tmp, 'restored');
    expect(await other.restore(spec, dest)).toEqual({ tier: 's3://fleet/tc/v1' });
    expect(sha(await fs.readFile(dest))).toBe(spec.sha256);
    // Already there: post does not upload it again.
    expect(await saveToTiers([{ ...spec, archivePath: archive }], other, log)).toEqual([]);
    expect(log.warnings()).toEqual([]);
  });

  it('refuses a tampered object with a warning naming the tier; post writes the good one back', async () => {
    const body = Buffer.from('good archive bytes\n'.repeat(100));
    const spec = { id: 'tool-2', sha256: sha(body) } as ToolchainSpec;
    const archive = path.join(tmp, 'archive');
    await fs.writeFile(archive, body);
    const log = recordingLog();
    await saveToTiers(
      [{ ...spec, archivePath: archive }],
      new TierChain([tierFor('s3://fleet')], log, 10_000),
      log,
    );
    const object = s3.objectFile('fleet', `sha256/${spec.sha256}`);
    const bad = Buffer.from(body);
    bad[0] ^= 1;
    await fs.writeFile(object, bad);

    const chain = new TierChain([tierFor('s3://fleet')], log, 10_000);
    expect(await chain.restore(spec, path.join(tmp, 'restored'))).toBeUndefined();
    expect(log.warnings()).toEqual([
      expect.stringContaining(
        `tool-2: the archive from remote tier s3://fleet has sha256 ${sha(bad)}`,
      ),
    ]);
    await saveToTiers([{ ...spec, archivePath: archive }], chain, log);
    expect(await fs.readFile(object)).toEqual(body);
  });
  it('a slow transfer that keeps moving is not abandoned, however long it takes', async () => {
    const body = randomBytes(512 * 1024);
    const spec = { id: 'slow-1', sha256: sha(body) } as ToolchainSpec;
    const archive = path.join(tmp, 'archive');
    await fs.writeFile(archive, body);
    const log = recordingLog();
    await saveToTiers(
      [{ ...spec, archivePath: archive }],
      new TierChain([tierFor('s3://fleet')], log, 10_000),
      log,
    );
    // 32 pieces of 16 KiB, 100 ms apart: ~3 s in all, never 1 s without bytes.
    const proxy = await startSlowProxy({
      host: '127.0.0.1',
      port: Number(new URL(s3.endpoint).port),
    });
    try {
      useEnv({ AWS_ENDPOINT_URL_S3: proxy.url });
      const chain = new TierChain([tierFor('s3://fleet')], log, 1000);
      const started = Date.now();
      expect(await chain.restore(spec, path.join(tmp, 'restored'))).toEqual({ tier: 's3://fleet' });
      expect(Date.now() - started).toBeGreaterThan(1000);
      expect(log.warnings()).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});

describe('bounded by what the object declares and what the host allows', () => {
  it('an object declared larger than the host allows is refused unread', async () => {
    const body = Buffer.from('a perfectly good archive\n'.repeat(400));
    const spec = { id: 'big-2', sha256: sha(body) } as ToolchainSpec;
    const archive = path.join(tmp, 'archive');
    await fs.writeFile(archive, body);
    const log = recordingLog();
    await saveToTiers(
      [{ ...spec, archivePath: archive }],
      new TierChain([tierFor('s3://fleet')], log, 10_000),
      log,
    );
    const chain = new TierChain([tierFor('s3://fleet')], log, 10_000, undefined, body.length - 1);
    expect(await chain.restore(spec, path.join(tmp, 'restored'))).toBeUndefined();
    expect(log.warnings()).toEqual([
      expect.stringContaining(
        `s3://fleet/sha256/${spec.sha256} (declared ${body.length} bytes) is longer than ${body.length - 1} bytes`,
      ),
    ]);
  });

  it('a body that never ends (no declared length, bytes trickling) is refused at once', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const timer = setInterval(() => res.write(Buffer.alloc(1024, 1)), 50);
      res.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as net.AddressInfo).port;
      useEnv({ AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}` });
      const log = recordingLog();
      const chain = new TierChain([tierFor('s3://fleet')], log, 30_000);
      const spec = { id: 'endless-1', sha256: 'b'.repeat(64) } as ToolchainSpec;
      const started = Date.now();
      expect(await chain.restore(spec, path.join(tmp, 'restored'))).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(log.warnings()).toEqual([expect.stringContaining('declares no length')]);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('bounded', () => {
  const spec = { id: 'tool-3', sha256: 'a'.repeat(64) } as ToolchainSpec;

  it('an endpoint that refuses connections costs less than a second, once per job', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((r) => closed.close(r));
    useEnv({ AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}` });
    const log = recordingLog();
    const chain = new TierChain([tierFor('s3://fleet')], log, 30_000);
    const started = Date.now();
    expect(await chain.restore(spec, path.join(tmp, 'x'))).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(log.warnings()).toEqual([
      expect.stringMatching(
        /^warning: remote tier s3:\/\/fleet: restoring tool-3: .*not used again in this job/,
      ),
    ]);
    expect(await chain.restore(spec, path.join(tmp, 'x'))).toBeUndefined();
    expect(log.warnings()).toHaveLength(1);
  });

  it('a server that accepts and never answers is abandoned after remote-timeout, and the next tier is tried', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((s) => void sockets.add(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      useEnv({
        AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`,
      });
      const log = recordingLog();
      const next = {
        name: 'next',
        capabilities: { read: true, write: false, streaming: false },
        asked: 0,
        async get() {
          next.asked++;
          return false;
        },
        has: async () => false,
        put: async () => undefined,
      };
      const chain = new TierChain([tierFor('s3://fleet'), next], log, 1500);
      const started = Date.now();
      expect(await chain.restore(spec, path.join(tmp, 'x'))).toBeUndefined();
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(1400);
      expect(elapsed).toBeLessThan(5000);
      expect(sockets.size).toBeGreaterThan(0);
      expect(next.asked).toBe(1);
      expect(log.warnings()).toEqual([
        expect.stringContaining(
          'remote tier s3://fleet: restoring tool-3: no progress for 1.5 s (remote-timeout)',
        ),
      ]);
      // Post skips it too, without another wait.
      const archive = path.join(tmp, 'archive');
      await fs.writeFile(archive, 'x');
      const t = Date.now();
      expect(await saveToTiers([{ ...spec, archivePath: archive }], chain, log)).toEqual([]);
      expect(Date.now() - t).toBeLessThan(1000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => silent.close(r));
    }
  });
});
