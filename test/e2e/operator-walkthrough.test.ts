// The README's set-up on a fresh host, as a platform engineer follows it (docs/operations.md):
// three runner users, each with its own primary group and the shared group supplementary (one
// under umask 077), one root made with `install -d -m 2775`, a `.env` per runner naming it
// (TOOLCHAIN_CACHE_ROOT). One download serves the three; the summary names the root. Then each
// mistake an operator makes, and the message that names its fix: a root without the set-gid
// bit, a user outside the group, a symlinked root, a full disk, a workflow on another root than
// the runner's, a bad host value. Real users (made here, removed after), the committed bundles
// under the simulated runner, run from copies the users can reach (other-user.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpfsUnavailable } from '../helpers/adversarial-kit.js';
import { Origin, item, scriptFiles, tarGz, toolFiles } from '../helpers/origin.js';
import {
  removeOtherUserFiles,
  stageForOtherUsers,
  type OtherUser,
  type OtherUserFiles,
} from '../helpers/other-user.js';
import { rootOnly } from '../helpers/root-only.js';
import { runJob, type JobResult } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

// Names of this file alone (other test files make users too), removed after.
const GROUP = 'tcow-runners';
const USERS = ['tcow-a', 'tcow-b', 'tcow-c'] as const;
/** Not in the group: the "user outside the group" mistake. */
const OUTSIDER = 'tcow-x';
type User = (typeof USERS)[number] | typeof OUTSIDER;
const UMASK: Record<User, number> = {
  'tcow-a': 0o022,
  'tcow-b': 0o022,
  'tcow-c': 0o077,
  'tcow-x': 0o022,
};

const skip =
  process.platform === 'linux'
    ? rootOnly('making users and running jobs as them')
    : `the walkthrough needs Linux (this is ${process.platform})`;
if (skip) console.log(`operator walkthrough skipped: ${skip}`);

const sh = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8' }).trim();
const exists = (db: 'passwd' | 'group', name: string): boolean =>
  sh('getent', [db])
    .split('\n')
    .some((l) => l.startsWith(`${name}:`));

function removeUsers(): void {
  for (const user of [...USERS, OUTSIDER]) if (exists('passwd', user)) sh('userdel', [user]);
  for (const group of [GROUP, ...USERS, OUTSIDER])
    if (exists('group', group)) sh('groupdel', [group]);
}

/** The README: `groupadd`, a user per runner with its own group, `usermod -aG` the shared group. */
function makeUsers(): Record<User, OtherUser> {
  removeUsers(); // what a killed run left
  sh('groupadd', [GROUP]);
  for (const user of [...USERS, OUTSIDER])
    sh('useradd', ['--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', user]);
  for (const user of USERS) sh('usermod', ['-aG', GROUP, user]);
  const ids = (u: string): OtherUser => ({
    uid: Number(sh('id', ['-u', u])),
    gid: Number(sh('id', ['-g', u])),
  });
  return Object.fromEntries([...USERS, OUTSIDER].map((u) => [u, ids(u)])) as Record<
    User,
    OtherUser
  >;
}

const origin = Origin.forFile();
const tmp = scratchDirForFile('tc-e2e-walk-', 0o755);
let users: Record<User, OtherUser>;
let files: OtherUserFiles | undefined;
let shared: string;
let root: string;

beforeAll(() => {
  if (skip) return;
  users = makeUsers();
  files = stageForOtherUsers();
  shared = item('walk-1.0', origin.serveTar('walk.tar.gz', scriptFiles('walk', 'walk', 'walk ok')));
  // The README: the root, group-owned, 2775.
  root = path.join(tmp(), 'toolchain-cache');
  sh('install', ['-d', '-m', '2775', '-g', GROUP, root]);
});

afterAll(() => {
  if (skip) return;
  removeOtherUserFiles(files);
  removeUsers();
});

/** A job of `user`'s runner, whose `.env` holds `dotEnv`; no `cache-root` input unless given. */
const runnerJob = (
  user: User,
  dotEnv: Record<string, string>,
  inputs: Record<string, string> = {},
): Promise<JobResult> =>
  runJob({
    inputs: { toolchains: shared, ...inputs },
    env: dotEnv,
    runAs: { ...users[user], umask: UMASK[user], files: files as OtherUserFiles },
  });

const log = (job: JobResult): string => `${job.main.stdout}${job.main.stderr}`;

function expectFailsNaming(job: JobResult, ...fix: Array<string | RegExp>): void {
  expect(job.main.exitCode, log(job)).toBe(1);
  for (const f of fix) expect(log(job)).toMatch(f);
  expect(job.post?.exitCode, job.post?.stdout).toBe(0);
}

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.skipIf(skip)('the README on a fresh host: three runners, one root, a .env each', () => {
  it('one download serves the three runner users; each summary names the root and where it came from', async () => {
    const env = { TOOLCHAIN_CACHE_ROOT: root };
    const sources: string[] = [];
    for (const user of USERS) {
      const job = await runnerJob(user, env);
      expect(job.main.exitCode, log(job)).toBe(0);
      expect(job.post?.stdout ?? '').not.toContain('::warning::');
      sources.push(JSON.parse(job.outputs.sources)['walk-1.0'] as string);
      expect(job.summary).toContain(`<code>${root}</code> (from TOOLCHAIN_CACHE_ROOT)`);
      expect(job.post?.stdout).toContain(`Cache root: ${root} (from TOOLCHAIN_CACHE_ROOT)`);
    }
    expect(sources).toEqual(['download', 'local', 'local']);
  });
});

describe.skipIf(skip)('the mistakes an operator makes, each named with its fix', () => {
  it('a root without the set-gid bit: the chgrp and chmod g+s to run', async () => {
    const plain = path.join(tmp(), 'no-setgid');
    sh('install', ['-d', '-m', '0775', '-g', GROUP, plain]);
    const job = await runnerJob('tcow-a', { TOOLCHAIN_CACHE_ROOT: plain });
    expectFailsNaming(
      job,
      /group-writable without the set-gid bit/,
      new RegExp(
        escaped(`chgrp -R ${GROUP} ${plain} && find ${plain} -type d -exec chmod g+s {} +`),
      ),
    );
  });

  it('a user outside the group: usermod -aG, and a restart of the runner', async () => {
    const job = await runnerJob(OUTSIDER, { TOOLCHAIN_CACHE_ROOT: root });
    expectFailsNaming(
      job,
      new RegExp(
        escaped(
          `Cache root ${root} belongs to group ${GROUP}, and this runner's user ${OUTSIDER} is not in it`,
        ),
      ),
      new RegExp(
        escaped(
          `add ${OUTSIDER} to group ${GROUP} (\`usermod -aG ${GROUP} ${OUTSIDER}\`) and restart the runner`,
        ),
      ),
    );
    expect(log(job)).not.toMatch(/make it group-writable/);
  });

  it('a symlinked root in the .env: the variable to set, and the real directory', async () => {
    const link = path.join(tmp(), 'link-to-root');
    await fs.symlink(root, link);
    const job = await runnerJob('tcow-b', { TOOLCHAIN_CACHE_ROOT: link });
    expectFailsNaming(
      job,
      new RegExp(
        escaped(
          `Cache root ${link} (from TOOLCHAIN_CACHE_ROOT) is a symlink to ${root}; set TOOLCHAIN_CACHE_ROOT=${root} (in the runner's .env, then restart the runner)`,
        ),
      ),
    );
  });

  it('a full disk: the file system, its free space, the size bound, and what to do', async (c) => {
    const reason = tmpfsUnavailable();
    if (reason) c.skip(reason);
    const small = path.join(tmp(), 'small-disk');
    await fs.mkdir(small);
    const gid = Number(sh('getent', ['group', GROUP]).split(':')[2]);
    const mounted = spawnSync(
      'mount',
      ['-t', 'tmpfs', '-o', `size=${3 << 20},mode=2775,gid=${gid}`, 'tmpfs', small],
      { encoding: 'utf8' },
    );
    expect(mounted.status, mounted.stderr).toBe(0);
    try {
      const big = origin.serve(
        'walk-big.tar.gz',
        tarGz(toolFiles('big', '1.0', [{ path: 'big-1.0/blob', content: randomBytes(8 << 20) }])),
      );
      const job = await runnerJob(
        'tcow-c',
        { TOOLCHAIN_CACHE_ROOT: small, TOOLCHAIN_CACHE_MAX_SIZE: '20GB' },
        { toolchains: item('big-1.0', big) },
      );
      expectFailsNaming(
        job,
        new RegExp(
          escaped(`big-1.0: installing failed: no space left on the cache root ${small}, `) +
            '.* free \\(ENOSPC',
        ),
        new RegExp(
          escaped(`Free space on ${small}, or run \`toolchain-cache gc --root ${small}\``),
        ),
        /The GC's size bound is 18\.6 GiB \(20000000000 bytes\), from TOOLCHAIN_CACHE_MAX_SIZE/,
      );
      expect(log(job)).not.toMatch(/download of .* failed/);
    } finally {
      spawnSync('umount', [small]);
    }
  });

  it("a workflow's cache-root other than the runner's: a warning naming both", async () => {
    const elsewhere = path.join(tmp(), 'workflow-root');
    sh('install', ['-d', '-m', '2775', '-g', GROUP, elsewhere]);
    const job = await runnerJob(
      'tcow-a',
      { TOOLCHAIN_CACHE_ROOT: root },
      { 'cache-root': elsewhere },
    );
    expect(job.main.exitCode, log(job)).toBe(0);
    expect(log(job)).toMatch(
      new RegExp(
        escaped(
          `::warning::The "cache-root" input (${elsewhere}) differs from this runner's TOOLCHAIN_CACHE_ROOT (${root}), the host's cache root`,
        ),
      ),
    );
    // A second copy, on the workflow's root: what the warning is about.
    expect(JSON.parse(job.outputs.sources)).toEqual({ 'walk-1.0': 'download' });
    expect(job.summary).toContain(
      `<code>${elsewhere}</code> (from the &quot;cache-root&quot; input)`,
    );
  });

  it('a bad host value in the .env: the variable, the fix, and whose it is', async () => {
    const job = await runnerJob('tcow-b', {
      TOOLCHAIN_CACHE_ROOT: root,
      TOOLCHAIN_CACHE_MAX_SIZE: '0',
    });
    expectFailsNaming(
      job,
      /TOOLCHAIN_CACHE_MAX_SIZE is "0": 0 would remove every unused toolchain; unset it for no bound/,
      /It comes from this runner's environment \(its \.env file.*a workflow cannot fix it/,
    );
  });
});
