// The hit check, tried as another runner user of the group would: the installed tree and the
// files beside it (tree-stat, the receipt) are the attacker's to change. A hit trusts tree-stat
// only when its digest is the one the installer's receipt recorded; anything else is a changed
// tree: moved aside with a warning and installed again, never run (docs/design.md, "The hit check").
// The check goes by the tree's directories: a file changed in place by its own owner (who alone
// may chmod it) is `verify`'s to find, not a hit's (README, "Security model").
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { writeTreeStats } from '../../src/core/install/tree-stat.js';
import { scanTree } from '../../src/core/manifest.js';
import {
  adversarialFile,
  bundlesDir,
  expectInstalled,
  mainLog,
  type Sandbox,
} from '../helpers/adversarial-kit.js';
import { item } from '../helpers/origin.js';
import { sourcesOf, type JobResult } from '../helpers/runner.js';

const POSIX = process.platform !== 'win32';

const { origin, testCase } = adversarialFile('hit check');

/** What the job's next step runs as `name` (its PATH as the job left it). */
const nextStepRuns = (job: JobResult, name: string): string =>
  spawnSync(name, { encoding: 'utf8', env: { PATH: job.nextStepPath } }).stdout;

/** Installs `name`, lets `attack` change what is installed, and runs the next job on it. */
async function attackThenRun(
  sb: Sandbox,
  name: string,
  attack: (id: string) => Promise<void>,
): Promise<{ job: JobResult; log: string; id: string }> {
  const { id, served } = origin.serveTool(name);
  const first = await sb.run(item(id, served));
  expect(first.main.exitCode, mainLog(first)).toBe(0);
  await attack(id);
  const job = await sb.run(item(id, served));
  const log = mainLog(job);
  expect(job.main.exitCode, log).toBe(0);
  return { job, log, id };
}

/** Reinstalled from the origin with a warning, not a hit; the next step runs the genuine tool. */
async function expectReinstalled(
  sb: Sandbox,
  r: { job: JobResult; log: string; id: string },
  name: string,
  why: RegExp,
): Promise<void> {
  expect(r.job.outputs['cache-hit'], r.log).toBe('false');
  expect(sourcesOf(r.job)).toEqual({ [r.id]: 'download' });
  expect(r.log).toMatch(/not as it was installed/);
  expect(r.log).toMatch(why);
  expect(nextStepRuns(r.job, name)).toBe(`${name} 1.0\n`);
  await expectInstalled(sb, r.id, name);
}

testCase(
  'bin/hello swapped and tree-stat regenerated with the project’s own writer: not a hit, reinstalled',
  async (c) => {
    if (!POSIX) c.skip('modes, inodes and rename over a file as on POSIX');
    const sb = await c.sandbox();
    const r = await attackThenRun(sb, 'hello', async (id) => {
      const root = sb.toolchainRoot(id);
      const bin = path.join(root, 'bin');
      // As a runner user of the group can: the directory is theirs to write (2775), the file is
      // replaced by rename (its 0555 mode does not stop that), then the record is rewritten to match.
      await fs.chmod(bin, 0o2775);
      await fs.writeFile(path.join(bin, '.hello'), '#!/bin/sh\necho evil\n', { mode: 0o555 });
      await fs.rename(path.join(bin, '.hello'), path.join(bin, 'hello'));
      await writeTreeStats(sb.layout.treeStatsFile(id), root, await scanTree(root));
      expect(spawnSync(path.join(bin, 'hello'), { encoding: 'utf8' }).stdout).toBe('evil\n');
    });
    await expectReinstalled(sb, r, 'hello', /tree-stat\) is not the one its installer recorded/);
    await c.check(sb);
  },
);

testCase(
  'tree-stat or the receipt replaced by a FIFO, a link or nothing: the hit neither hangs nor follows it',
  async (c) => {
    if (!POSIX) c.skip('FIFOs and symlinks as on POSIX');
    const sb = await c.sandbox();
    const plants: Array<[string, (file: string) => Promise<void>]> = [
      [
        'fifo',
        async (f) => {
          await fs.rm(f);
          expect(spawnSync('mkfifo', [f]).status).toBe(0);
        },
      ],
      [
        'link', // the genuine record, moved aside in the root and linked to: refused, not followed
        async (f) => {
          await fs.rename(f, `${f}.genuine`);
          await fs.symlink(`${f}.genuine`, f);
        },
      ],
      ['gone', (f) => fs.rm(f)],
    ];
    for (const [kind, plant] of plants) {
      for (const record of ['tree-stat', 'receipt'] as const) {
        const name = `${kind}${record === 'receipt' ? 'receipt' : 'treestat'}`;
        const r = await attackThenRun(sb, name, async (id) => {
          await plant(
            record === 'tree-stat' ? sb.layout.treeStatsFile(id) : sb.layout.receiptFile(id),
          );
          expect(existsSync(sb.toolchainRoot(id))).toBe(true);
        });
        await expectReinstalled(sb, r, name, record === 'receipt' ? /receipt/ : /tree-stat/);
      }
    }
    await c.check(sb);
  },
);

testCase(
  'a file changed in place by its owner is not the hit check’s to find (it goes by directories): verify names it',
  async (c) => {
    if (!POSIX) c.skip('modes as on POSIX');
    const sb = await c.sandbox();
    const { id, served } = origin.serveTool('inplace');
    expect((await sb.run(item(id, served))).main.exitCode).toBe(0);
    const tool = path.join(sb.toolchainRoot(id), 'bin', 'inplace');
    // Only the file's owner (its installer's user) or root can: chmod it, write in place, chmod back.
    await fs.chmod(tool, 0o755);
    await fs.appendFile(tool, 'echo changed in place\n');
    await fs.chmod(tool, 0o555);
    const job = await sb.run(item(id, served));
    expect(job.main.exitCode, mainLog(job)).toBe(0);
    expect(job.outputs['cache-hit'], mainLog(job)).toBe('true');
    const cli = path.join(bundlesDir(), 'dist', 'cli', 'index.js');
    const verify = spawnSync(process.execPath, [cli, 'verify', '--root', sb.root], {
      encoding: 'utf8',
    });
    expect(verify.status, verify.stdout + verify.stderr).toBe(1);
    expect(verify.stdout).toContain('modified: bin/inplace');
    // Put back as installed, so the sandbox's own checks see a healthy tree.
    await fs.chmod(tool, 0o755);
    await fs.writeFile(
      tool,
      (await fs.readFile(tool, 'utf8')).replace('echo changed in place\n', ''),
    );
    await fs.chmod(tool, 0o555);
    await c.check(sb);
  },
);
