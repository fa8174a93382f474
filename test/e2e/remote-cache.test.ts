// The remote tier: the real @actions/cache client against a stand-in for GitHub's cache service.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { remoteCacheKey } from '../../src/providers/actions-cache.js';
import { makeTar } from '../helpers/archives.js';
import { startFakeCacheService, type FakeCacheService } from '../helpers/fake-cache-service.js';
import { startServer, type TestServer } from '../helpers/http-server.js';
import { runJob, type JobResult } from '../helpers/runner.js';

let server: TestServer;
let service: FakeCacheService;
let tmp: string;
let toolchains: string;
let sha: string;

const sources = (job: JobResult): Record<string, string> =>
  JSON.parse(job.outputs.sources) as Record<string, string>;
const stagingOf = (root: string): Promise<string[]> => fs.readdir(path.join(root, 'staging'));

beforeAll(async () => {
  server = await startServer();
  service = await startFakeCacheService();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-remote-'));
  const archive = path.join(tmp, 'tool.tar.gz');
  await makeTar(
    archive,
    [{ path: 'tool-1/bin/tool', content: '#!/bin/sh\necho tool 1\n', mode: 0o755 }],
    'gz',
  );
  const body = await fs.readFile(archive);
  sha = createHash('sha256').update(body).digest('hex');
  server.route('/tool.tar.gz', { body });
  toolchains = `- id: tool-1\n  url: ${server.url('/tool.tar.gz')}\n  sha256: ${sha}\n`;
});

afterAll(async () => {
  await server.close();
  await service.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

it('saves a downloaded archive, and a host that never saw it restores it instead of downloading', async () => {
  const hostA = path.join(tmp, 'host-a');
  const first = await runJob({ inputs: { toolchains, 'cache-root': hostA }, env: service.env });
  expect(first.main.exitCode, first.main.stdout).toBe(0);
  expect(sources(first)).toEqual({ 'tool-1': 'download' });
  expect(first.post?.stdout).toContain('tool-1: saved the archive to actions-cache');
  expect(service.keys()).toEqual([remoteCacheKey({ id: 'tool-1', sha256: sha })]);
  expect(await stagingOf(hostA)).toEqual([]);
  expect(server.hits('/tool.tar.gz')).toBe(1);

  const hostB = path.join(tmp, 'host-b');
  const second = await runJob({ inputs: { toolchains, 'cache-root': hostB }, env: service.env });
  expect(second.main.exitCode, second.main.stdout).toBe(0);
  expect(sources(second)).toEqual({ 'tool-1': 'remote' });
  expect(server.hits('/tool.tar.gz')).toBe(1);
  expect(
    execFileSync('tool', { env: { ...process.env, PATH: second.nextStepPath }, encoding: 'utf8' }),
  ).toBe('tool 1\n');
  // A restored archive is not saved again, and nothing is left in staging or the workspace.
  expect(second.post?.stdout).not.toContain('saved the archive');
  expect(await stagingOf(hostB)).toEqual([]);
});

it('without a cache service, or with remote-cache: false, it downloads and leaves nothing behind', async () => {
  for (const [inputs, env] of [
    [{ 'remote-cache': 'true' }, {}],
    [{ 'remote-cache': 'false' }, service.env],
  ] as const) {
    const root = await fs.mkdtemp(path.join(tmp, 'root-'));
    const before = server.hits('/tool.tar.gz');
    const job = await runJob({ inputs: { toolchains, 'cache-root': root, ...inputs }, env });
    expect(job.main.exitCode, job.main.stdout).toBe(0);
    expect(sources(job)).toEqual({ 'tool-1': 'download' });
    expect(server.hits('/tool.tar.gz')).toBe(before + 1);
    expect(job.post?.stdout).not.toContain('::warning::');
    expect(await stagingOf(root)).toEqual([]);
  }
  expect(service.keys()).toHaveLength(1);
});
