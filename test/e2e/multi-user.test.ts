// Runners as different users of one group sharing a cache root, set up as the README says
// (`install -d -m 2775 -g GROUP`), with the strictest and the usual umask: user b runs what user
// a installed; b's GC removes a's unused toolchain completely (trash included); a reinstalls it.
// Real users (created with useradd when missing), the committed bundles under the simulated runner.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Origin, item, scriptFiles } from '../helpers/origin.js';
import { REPO_ROOT, runJob, type JobResult } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const GROUP = 'tc-test-runners';
const USERS = ['tc-test-a', 'tc-test-b'] as const;
const isRoot = process.getuid?.() === 0;
const canRun = isRoot && process.platform === 'linux';
if (!canRun) {
  console.log(
    'multi-user tests skipped: they create two users with useradd and run jobs as them, which needs root on Linux (CI runs them as root).',
  );
}

const sh = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8' }).trim();

function ensureUsers(): { gid: number; uids: Record<(typeof USERS)[number], number> } {
  if (
    !sh('getent', ['group'])
      .split('\n')
      .some((l) => l.startsWith(`${GROUP}:`))
  )
    sh('groupadd', [GROUP]);
  const known = new Set(
    sh('getent', ['passwd'])
      .split('\n')
      .map((l) => l.split(':')[0]),
  );
  for (const user of USERS) {
    if (!known.has(user))
      sh('useradd', ['--no-create-home', '--gid', GROUP, '--shell', '/usr/sbin/nologin', user]);
  }
  const gid = Number(sh('getent', ['group', GROUP]).split(':')[2]);
  const uids = Object.fromEntries(USERS.map((u) => [u, Number(sh('id', ['-u', u]))])) as Record<
    (typeof USERS)[number],
    number
  >;
  return { gid, uids };
}

const origin = Origin.forFile();
// The users must be able to reach the temp dirs (and the checkout, for the bundles).
const tmp = scratchDirForFile('tc-e2e-users-', 0o755);
let shared: string;
let ids: ReturnType<typeof ensureUsers>;

beforeAll(() => {
  if (!canRun) return;
  ids = ensureUsers();
  expect(REPO_ROOT).toBeTruthy();
  shared = item(
    'shared-1.0',
    origin.serveTar('shared.tar.gz', [
      ...scriptFiles('shared', 'shared', 'shared ok'),
      { path: 'shared/lib/deep/data.txt', content: 'data\n', mode: 0o644 },
    ]),
  );
});

function expectOk(job: JobResult, who: string): void {
  expect(job.main.exitCode, `${who}: ${job.main.stdout}${job.main.stderr}`).toBe(0);
  expect(job.post?.exitCode, `${who}: ${job.post?.stdout}`).toBe(0);
  expect(job.post?.stdout ?? '', who).not.toContain('::warning::');
}

describe.skipIf(!canRun)('runner users of one group share one cache root', () => {
  for (const umask of [0o077, 0o022]) {
    it(`umask ${umask.toString(8).padStart(3, '0')}: b runs a's toolchain, b's GC removes it completely, a reinstalls it`, async () => {
      const root = path.join(tmp(), `root-${umask.toString(8)}`);
      sh('install', ['-d', '-m', '2775', '-g', GROUP, root]);
      const as = (user: (typeof USERS)[number]) => ({ uid: ids.uids[user], gid: ids.gid, umask });
      const inputs = { toolchains: shared, 'cache-root': root };

      const a = await runJob({ inputs, runAs: as('tc-test-a') });
      expectOk(a, 'a installs');
      expect(JSON.parse(a.outputs.sources)).toEqual({ 'shared-1.0': 'download' });
      const tool = path.join(a.outputs.path, 'bin', 'shared');

      // b: a hit on a's tree, and the tool runs as b.
      const b = await runJob({ inputs, runAs: as('tc-test-b') });
      expectOk(b, 'b uses');
      expect(JSON.parse(b.outputs.sources)).toEqual({ 'shared-1.0': 'local' });
      const out = execFileSync(tool, {
        uid: ids.uids['tc-test-b'],
        gid: ids.gid,
        encoding: 'utf8',
      });
      expect(out.trim()).toBe('shared ok');

      // b's post-step GC (every toolchain unused for 0 days) removes a's tree, trash included.
      const gc = await runJob({
        inputs: { ...inputs, 'max-unused-days': '0' },
        env: { TOOLCHAIN_CACHE_MAX_SIZE: '1B' }, // the host's bound: skips the GC throttle
        runAs: as('tc-test-b'),
      });
      expectOk(gc, 'b collects');
      expect(gc.post?.stdout).toMatch(/GC: removed 1 toolchain\(s\)/);
      expect(await fs.readdir(path.join(root, 'toolchains'))).toEqual([]);
      expect(await fs.readdir(path.join(root, 'trash'))).toEqual([]);
      // Nothing the cache made is world-writable.
      expect(sh('find', [root, '-perm', '-o+w', '-not', '-type', 'l'])).toBe('');

      // a installs it again.
      const again = await runJob({ inputs, runAs: as('tc-test-a') });
      expectOk(again, 'a reinstalls');
      expect(JSON.parse(again.outputs.sources)).toEqual({ 'shared-1.0': 'download' });
    });
  }
});
