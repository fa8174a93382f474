// Runners as different users sharing a cache root, set up exactly as the README says: each user
// with its own primary group, the shared group added as a supplementary one (`usermod -aG`), the
// root made with `install -d -m 2775 -g GROUP`; with the strictest and the usual umask. User b
// runs what user a installed; b's GC removes a's unused toolchain completely (trash included);
// a reinstalls it. Real users (made here, removed after), each job started as a service manager
// starts a runner (supplementary groups from /etc/group), the committed bundles under the simulated
// runner, all run from copies the users can reach (other-user.ts), wherever the checkout is.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Origin, item, scriptFiles } from '../helpers/origin.js';
import {
  removeOtherUserFiles,
  runAsUser,
  stageForOtherUsers,
  type OtherUser,
  type OtherUserFiles,
} from '../helpers/other-user.js';
import { rootOnly } from '../helpers/root-only.js';
import { runJob, type JobResult } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

// Names of this file alone (other test files make users too), removed after.
const GROUP = 'tcti-runners';
const USERS = ['tcti-a', 'tcti-b'] as const;
type User = (typeof USERS)[number];

const skip =
  process.platform === 'linux'
    ? rootOnly('making users and running jobs as them')
    : `the multi-user tests need Linux (this is ${process.platform})`;
if (skip) console.log(`multi-user tests skipped: ${skip}`);

const sh = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8' }).trim();
const exists = (db: 'passwd' | 'group', name: string): boolean =>
  sh('getent', [db])
    .split('\n')
    .some((l) => l.startsWith(`${name}:`));

function removeUsers(): void {
  // userdel also removes the user's own group (made by --user-group).
  for (const user of USERS) if (exists('passwd', user)) sh('userdel', [user]);
  for (const group of [GROUP, ...USERS]) if (exists('group', group)) sh('groupdel', [group]);
}

/** The README's setup: users with their own primary group, the shared group supplementary. */
function makeUsers(): Record<User, OtherUser> {
  removeUsers(); // what a killed run left
  sh('groupadd', [GROUP]);
  for (const user of USERS) {
    sh('useradd', ['--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', user]);
    sh('usermod', ['-aG', GROUP, user]);
  }
  return Object.fromEntries(
    USERS.map((u) => [u, { uid: Number(sh('id', ['-u', u])), gid: Number(sh('id', ['-g', u])) }]),
  ) as Record<User, OtherUser>;
}

const origin = Origin.forFile();
// The users must be able to reach the temp dirs.
const tmp = scratchDirForFile('tc-e2e-users-', 0o755);
let shared: string;
let users: Record<User, OtherUser>;
let files: OtherUserFiles | undefined;

beforeAll(() => {
  if (skip) return;
  users = makeUsers();
  files = stageForOtherUsers();
  shared = item(
    'shared-1.0',
    origin.serveTar('shared.tar.gz', [
      ...scriptFiles('shared', 'shared', 'shared ok'),
      { path: 'shared/lib/deep/data.txt', content: 'data\n', mode: 0o644 },
    ]),
  );
});

afterAll(() => {
  if (skip) return;
  removeOtherUserFiles(files);
  removeUsers();
});

function expectOk(job: JobResult, who: string): void {
  expect(job.main.exitCode, `${who}: ${job.main.stdout}${job.main.stderr}`).toBe(0);
  expect(job.post?.exitCode, `${who}: ${job.post?.stdout}`).toBe(0);
  expect(job.post?.stdout ?? '', who).not.toContain('::warning::');
}

describe.skipIf(skip)('runner users of one group share one cache root', () => {
  it('the users are as the README makes them: own primary group, the shared one supplementary', () => {
    for (const user of USERS) {
      const ids = runAsUser(users[user], 'id', []);
      expect(ids.status, ids.stderr).toBe(0);
      expect(ids.stdout).toMatch(new RegExp(`gid=${users[user].gid}\\(${user}\\)`));
      expect(ids.stdout).toMatch(new RegExp(`groups=.*\\(${GROUP}\\)`));
    }
  });

  for (const umask of [0o077, 0o022]) {
    it(`umask ${umask.toString(8).padStart(3, '0')}: b runs a's toolchain, b's GC removes it completely, a reinstalls it`, async () => {
      const root = path.join(tmp(), `root-${umask.toString(8)}`);
      sh('install', ['-d', '-m', '2775', '-g', GROUP, root]);
      const as = (user: User) => ({ ...users[user], umask, files: files as OtherUserFiles });
      const inputs = { toolchains: shared, 'cache-root': root };

      const a = await runJob({ inputs, runAs: as('tcti-a') });
      expectOk(a, 'a installs');
      expect(JSON.parse(a.outputs.sources)).toEqual({ 'shared-1.0': 'download' });
      const tool = path.join(a.outputs.path, 'bin', 'shared');

      // b: a hit on a's tree, and the tool runs as b.
      const b = await runJob({ inputs, runAs: as('tcti-b') });
      expectOk(b, 'b uses');
      expect(JSON.parse(b.outputs.sources)).toEqual({ 'shared-1.0': 'local' });
      const out = runAsUser(users['tcti-b'], tool, []);
      expect(out.stdout.trim(), out.stderr).toBe('shared ok');

      // b's post-step GC (every toolchain unused for 0 days) removes a's tree, trash included.
      // The last full GC was moments ago (a's and b's posts): forget it, as ten minutes would.
      await fs.rm(path.join(root, 'gc-state.json'));
      const gc = await runJob({
        inputs: { ...inputs, 'max-unused-days': '0' },
        runAs: as('tcti-b'),
      });
      expectOk(gc, 'b collects');
      expect(gc.post?.stdout).toMatch(/GC: removed 1 toolchain\(s\)/);
      expect(await fs.readdir(path.join(root, 'toolchains'))).toEqual([]);
      expect(await fs.readdir(path.join(root, 'trash'))).toEqual([]);
      // Nothing the cache made is world-writable, and all of it belongs to the shared group.
      expect(sh('find', [root, '-perm', '-o+w', '-not', '-type', 'l'])).toBe('');
      expect(sh('find', [root, '-not', '-group', GROUP])).toBe('');

      // a installs it again.
      const again = await runJob({ inputs, runAs: as('tcti-a') });
      expectOk(again, 'a reinstalls');
      expect(JSON.parse(again.outputs.sources)).toEqual({ 'shared-1.0': 'download' });
    });
  }
});
