// The remote tier: the real @actions/cache client against a stand-in for GitHub's cache service.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { remoteCacheKey } from '../../src/providers/actions-cache.js';
import { startFakeCacheService, type FakeCacheService } from '../helpers/fake-cache-service.js';
import { Origin, item, scriptFiles, type Served } from '../helpers/origin.js';
import { runJob, sourcesOf } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const origin = Origin.forFile();
const tmp = scratchDirForFile('tc-remote-');
let service: FakeCacheService;
let tool: Served;
let toolchains: string;

const stagingOf = (root: string): Promise<string[]> => fs.readdir(path.join(root, 'staging'));

beforeAll(async () => {
  service = await startFakeCacheService();
  tool = origin.serveTar('tool.tar.gz', scriptFiles('tool-1', 'tool', 'tool 1'));
  toolchains = item('tool-1', tool);
});

afterAll(() => service?.close());

it('saves a downloaded archive, and a host that never saw it restores it instead of downloading', async () => {
  const hostA = path.join(tmp(), 'host-a');
  const first = await runJob({ inputs: { toolchains, 'cache-root': hostA }, env: service.env });
  expect(first.main.exitCode, first.main.stdout).toBe(0);
  expect(sourcesOf(first)).toEqual({ 'tool-1': 'download' });
  expect(first.post?.stdout).toContain('tool-1: saved the archive to actions-cache');
  expect(service.keys()).toEqual([remoteCacheKey({ id: 'tool-1', sha256: tool.sha })]);
  expect(await stagingOf(hostA)).toEqual([]);
  expect(origin.hits(tool)).toBe(1);

  const hostB = path.join(tmp(), 'host-b');
  const second = await runJob({ inputs: { toolchains, 'cache-root': hostB }, env: service.env });
  expect(second.main.exitCode, second.main.stdout).toBe(0);
  expect(sourcesOf(second)).toEqual({ 'tool-1': 'remote' });
  expect(origin.hits(tool)).toBe(1);
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
    const root = await fs.mkdtemp(path.join(tmp(), 'root-'));
    const before = origin.hits(tool);
    const job = await runJob({ inputs: { toolchains, 'cache-root': root, ...inputs }, env });
    expect(job.main.exitCode, job.main.stdout).toBe(0);
    expect(sourcesOf(job)).toEqual({ 'tool-1': 'download' });
    expect(origin.hits(tool)).toBe(before + 1);
    expect(job.post?.stdout).not.toContain('::warning::');
    expect(await stagingOf(root)).toEqual([]);
  }
  expect(service.keys()).toHaveLength(1);
});
