// Fleet tiers through the committed bundles under a simulated runner: an S3-compatible store
// (s3rver in its own process) shared by two hosts of two repositories, a shared directory,
// tampered objects, tiers that are down or hang, and the v2 cache service hanging or failing.
import { promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCacheService, type FakeCacheService } from '../helpers/fake-cache-service.js';
import { Origin, item, scriptFiles, type Served } from '../helpers/origin.js';
import { runJob, sourcesOf } from '../helpers/runner.js';
import { startS3Server, type S3TestServer } from '../helpers/s3-server.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const origin = Origin.forFile();
const tmp = scratchDirForFile('tc-tiers-');
let s3: S3TestServer;
let tool: Served;
let toolchains: string;

const warnings = (text = ''): string[] =>
  text.split('\n').filter((l) => l.startsWith('::warning::'));
const downloads = (): number => origin.hits(tool);

beforeAll(async () => {
  s3 = await startS3Server(['fleet']);
  tool = origin.serveTar('tool.tar.gz', scriptFiles('tool-2', 'tool', 'tool 2'));
  toolchains = item('tool-2', tool);
});

afterAll(() => s3?.close());

const job = (root: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runJob({ inputs: { toolchains, 'cache-root': path.join(tmp(), root), ...inputs }, env });

describe('s3', () => {
  const remote = 's3://fleet/tc';
  const key = `tc/sha256/`;

  it('two hosts of two repositories share one archive with one origin download', async () => {
    const before = downloads();
    const a = await job('host-a', { remote }, s3.env);
    expect(a.main.exitCode, a.main.stdout).toBe(0);
    expect(sourcesOf(a)).toEqual({ 'tool-2': 'download' });
    expect(a.post?.stdout).toContain(`tool-2: saved the archive to ${remote}`);
    expect(await s3.listKeys('fleet')).toEqual([key + tool.sha]);

    const b = await job('host-b', { remote }, { ...s3.env, GITHUB_REPOSITORY: 'other/lib' });
    expect(b.main.exitCode, b.main.stdout).toBe(0);
    expect(sourcesOf(b)).toEqual({ 'tool-2': 'remote' });
    expect(b.main.stdout).toContain(`tool-2: remote (${remote})`);
    expect(b.summary).toContain(`remote (${remote})`);
    expect(downloads()).toBe(before + 1);
    expect(warnings(b.main.stdout + b.post?.stdout)).toEqual([]);
    expect(await fs.readdir(path.join(tmp(), 'host-b', 'staging'))).toEqual([]);
  });

  it('a tampered object is refused, the origin used, and the good archive written back', async () => {
    const object = s3.objectFile('fleet', key + tool.sha);
    const bad = Buffer.from(tool.body);
    bad[bad.length - 1] ^= 0xff;
    await fs.writeFile(object, bad);
    const before = downloads();
    const c = await job('host-c', { remote }, s3.env);
    expect(c.main.exitCode, c.main.stdout).toBe(0);
    expect(sourcesOf(c)).toEqual({ 'tool-2': 'download' });
    expect(downloads()).toBe(before + 1);
    expect(warnings(c.main.stdout)).toEqual([
      expect.stringContaining(`the archive from remote tier ${remote} has sha256`),
    ]);
    expect(c.post?.stdout).toContain(`tool-2: saved the archive to ${remote}`);
    expect(await fs.readFile(object)).toEqual(tool.body);
  });

  it('an endpoint that is down costs a warning, not the job', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const d = await job(
      'host-d',
      { remote },
      { ...s3.env, AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}` },
    );
    expect(d.main.exitCode, d.main.stdout).toBe(0);
    expect(sourcesOf(d)).toEqual({ 'tool-2': 'download' });
    expect(warnings(d.main.stdout)).toEqual([
      expect.stringContaining(`remote tier ${remote}: restoring tool-2:`),
    ]);
    // Failed in main: post does not try it again.
    expect(d.post?.exitCode).toBe(0);
    expect(warnings(d.post?.stdout)).toEqual([]);
  });

  it('a server that accepts and never answers is abandoned within remote-timeout, in main and post', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((s) => void sockets.add(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    try {
      const started = Date.now();
      const e = await job(
        'host-e',
        { remote, 'remote-timeout': '2' },
        { ...s3.env, AWS_ENDPOINT_URL_S3: endpoint },
      );
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(e.main.exitCode, e.main.stdout).toBe(0);
      expect(sourcesOf(e)).toEqual({ 'tool-2': 'download' });
      expect(warnings(e.main.stdout)).toEqual([
        expect.stringContaining(`remote tier ${remote}: restoring tool-2: no progress for 2 s`),
      ]);
      expect(sockets.size).toBeGreaterThan(0);
      expect(e.post?.exitCode).toBe(0);
      expect(warnings(e.post?.stdout)).toEqual([]);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => silent.close(r));
    }
  });
});

describe('file', () => {
  it('two roots share through a directory', async () => {
    const share = path.join(tmp(), 'share');
    const remote = pathToFileURL(share).href;
    const before = downloads();
    const a = await job('file-a', { remote });
    expect(sourcesOf(a)).toEqual({ 'tool-2': 'download' });
    expect(await fs.readdir(path.join(share, 'sha256'))).toEqual([tool.sha]);
    const b = await job('file-b', { remote });
    expect(sourcesOf(b)).toEqual({ 'tool-2': 'remote' });
    expect(b.summary).toContain(`remote (${remote})`);
    expect(downloads()).toBe(before + 1);
  });
});

describe('several tiers', () => {
  it('are tried in order, and post saves a download to every writable tier that missed', async () => {
    const share = path.join(tmp(), 'share-2');
    const remote = `${pathToFileURL(share).href}\ns3://fleet/second`;
    const before = downloads();
    const a = await job('multi-a', { remote }, s3.env);
    expect(sourcesOf(a)).toEqual({ 'tool-2': 'download' });
    expect(downloads()).toBe(before + 1);
    // The file tier's lease holder saves it in main (docs/design.md, "Fleet lease"); post the rest.
    expect(a.main.stdout).toContain(`tool-2: saved the archive to ${pathToFileURL(share).href}`);
    expect(a.post?.stdout).not.toContain(`saved the archive to ${pathToFileURL(share).href}`);
    expect(a.post?.stdout).toContain('tool-2: saved the archive to s3://fleet/second');
    expect(await fs.readdir(path.join(share, 'sha256'))).toEqual([tool.sha]);
    expect(await s3.listKeys('fleet')).toContain(`second/sha256/${tool.sha}`);

    // The first tier serves it; the second is not even asked.
    const b = await job(
      'multi-b',
      { remote },
      { ...s3.env, AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9' },
    );
    expect(sourcesOf(b)).toEqual({ 'tool-2': 'remote' });
    expect(b.main.stdout).toContain(`tool-2: remote (${pathToFileURL(share).href})`);
    expect(warnings(b.main.stdout + b.post?.stdout)).toEqual([]);
  });
});

describe('a later tier serves', () => {
  it('post fills the earlier tier that missed, and the next host gets it from there', async () => {
    const first = path.join(tmp(), 'share-empty');
    const second = path.join(tmp(), 'share-full');
    // Only the second tier has the archive (a host of another pool saved it there).
    const seed = await job('later-seed', { remote: pathToFileURL(second).href });
    expect(sourcesOf(seed)).toEqual({ 'tool-2': 'download' });
    const remote = `${pathToFileURL(first).href}\n${pathToFileURL(second).href}`;
    const before = downloads();
    const a = await job('later-a', { remote });
    expect(sourcesOf(a)).toEqual({ 'tool-2': 'remote' });
    expect(a.main.stdout).toContain(`tool-2: remote (${pathToFileURL(second).href})`);
    expect(a.post?.stdout).toContain(`tool-2: saved the archive to ${pathToFileURL(first).href}`);
    expect(await fs.readdir(path.join(first, 'sha256'))).toEqual([tool.sha]);
    // The next host finds it in the first tier; nothing came from the origin.
    const b = await job('later-b', { remote });
    expect(b.main.stdout).toContain(`tool-2: remote (${pathToFileURL(first).href})`);
    expect(downloads()).toBe(before);
    expect(warnings(a.main.stdout + a.post?.stdout + b.main.stdout)).toEqual([]);
  });
});

describe('actions-cache (v2 protocol)', () => {
  let service: FakeCacheService;
  beforeAll(async () => {
    service = await startFakeCacheService();
  });
  afterAll(() => service.close());

  it.each(['hang', '5xx'] as const)(
    'a service that %s is abandoned within remote-timeout and cannot keep the steps running',
    async (fault) => {
      service.setFault(fault);
      const started = Date.now();
      const j = await job(`ac-${fault}`, { 'remote-timeout': '2' }, service.envV2);
      // Unbounded, a hang never ends and 5xx costs ~30 s per call (five attempts).
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(j.main.exitCode, j.main.stdout).toBe(0);
      expect(sourcesOf(j)).toEqual({ 'tool-2': 'download' });
      expect(warnings(j.main.stdout)).toContainEqual(
        expect.stringContaining('remote tier actions-cache: restoring tool-2: no progress for 2 s'),
      );
      expect(j.post?.exitCode).toBe(0);
    },
  );
});

it('a tier the input cannot name fails main, naming the input and the item', async () => {
  const j = await job('bad-spec', { remote: 'actions-cache\ngs://fleet' });
  expect(j.main.exitCode).toBe(1);
  expect(j.main.stdout).toContain('::error::Input "remote": tier "gs://fleet" is invalid');
  expect(j.post?.exitCode).toBe(0);
});
