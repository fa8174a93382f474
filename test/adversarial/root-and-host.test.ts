// The root itself and the host's settings, tried as a shared host's runners and workflows would
// (issue 18, items 9 to 11): a runner user with umask 077 making a fresh root, a second real user
// (its own primary group, the shared group supplementary, as the README's `usermod -aG` makes it)
// using it; a root group-writable without the set-gid bit, a relative one, one inside another
// root's toolchains/; and a workflow setting TOOLCHAIN_CACHE_MAX_SIZE=1B under the host file's
// bound. The host file is never written at its real path: each such job runs in its own mount
// namespace with a temporary directory bind-mounted over /etc/toolchain-cache (runner.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, promises as fs, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { HOST_CONFIG_FILE } from '../../src/core/host-config.js';
import {
  adversarialFile,
  bundlesDir,
  mainLog,
  runCaseJob,
  startCaseJob,
  type CaseContext,
  type Sandbox,
} from '../helpers/adversarial-kit.js';
import { HEALTHY_ID, item } from '../helpers/origin.js';
import { removeJobDir, runJob, sourcesOf, type JobResult } from '../helpers/runner.js';
import { rootOnly } from '../helpers/root-only.js';
import { withScratchDir } from '../helpers/scratch.js';
import { wrappedAction } from '../helpers/wrapped-action.js';

const { origin, testCase } = adversarialFile('root and host');
const SHARE = 'tcroot-share';
const USERS = ['tcroot-a', 'tcroot-b'] as const;
type User = (typeof USERS)[number];
const sh = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8' }).trim();
const whyNot = (): string | undefined =>
  process.platform === 'linux'
    ? rootOnly('real users, setpriv and mount namespaces')
    : 'real users, setpriv and mount namespaces need Linux';
const linuxRoot = (c: CaseContext): void => {
  const why = whyNot();
  if (why) c.skip(why);
};

let ids: { share: number; users: Record<User, { uid: number; gid: number }> } | undefined;

beforeAll(() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return;
  sh('groupadd', ['-f', SHARE]);
  for (const u of USERS) {
    // Its own primary group (-U), the shared group supplementary: what `usermod -aG` makes.
    if (spawnSync('id', [u]).status !== 0)
      sh('useradd', ['-U', '-G', SHARE, '-M', '-s', '/usr/sbin/nologin', u]);
  }
  const idOf = (u: User) => ({
    uid: Number(sh('id', ['-u', u])),
    gid: Number(sh('id', ['-g', u])),
  });
  ids = {
    share: Number(sh('getent', ['group', SHARE]).split(':')[2]),
    users: { 'tcroot-a': idOf('tcroot-a'), 'tcroot-b': idOf('tcroot-b') },
  };
});

afterAll(() => {
  if (!ids) return;
  for (const u of USERS) spawnSync('userdel', [u]);
  spawnSync('groupdel', [SHARE]);
});

/** A job whose steps run as `user`, its groups kept (wrapped-action.ts), with `umask`. */
async function runAs(
  wrap: { user: User; umask?: number },
  inputs: Record<string, string>,
): Promise<JobResult> {
  const action = await wrappedAction(bundlesDir(), { ...wrap, user: ids!.users[wrap.user] });
  try {
    return await runJob({ inputs, actionDir: action.dir });
  } finally {
    await action.dispose();
  }
}

/** A job that sees `hostConfig` as the host configuration file (runner.ts: a mount namespace). */
const runUnderHostFile = (
  hostConfig: object,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<JobResult> => runJob({ inputs, env, hostConfig, actionDir: bundlesDir() });

function expectOk(job: JobResult, who: string): void {
  expect(job.main.exitCode, `${who}: ${mainLog(job)}`).toBe(0);
  expect(job.post?.exitCode, `${who}: ${job.post?.stdout}`).toBe(0);
  expect(job.post?.stdout ?? '', who).not.toContain('::warning::');
}

/** A fresh, empty root as the README makes it (`install -d -m MODE -g tcroot-share`). */
async function emptyRoot(c: CaseContext, mode: number): Promise<Sandbox> {
  const sb = await c.sandbox({ healthy: false });
  await fs.chown(sb.root, 0, ids!.share);
  await fs.chmod(sb.root, mode);
  return sb;
}

const find = (root: string, ...test: string[]): string =>
  sh('find', [root, '-path', path.join(root, 'compile-cache'), '-prune', '-o', ...test, '-print']);

describe.concurrent('the root works for every runner user, or is refused saying how', () => {
  testCase(
    'umask 077 (item 9): the first job of a fresh root (failing) leaves every file and directory with its documented mode; a second runner user then installs, the first has a hit',
    async (c) => {
      linuxRoot(c);
      const sb = await emptyRoot(c, 0o2775);
      const { id, served } = origin.serveTool('umask');
      const inputs = { toolchains: item(id, served), 'cache-root': sb.root };
      // a's first job makes the root and fails (a wrong sha256): nothing rewrites what it made.
      const wrong = {
        toolchains: item(id, { ...served, sha: 'a'.repeat(64) }),
        'cache-root': sb.root,
      };
      const first = await runAs({ user: 'tcroot-a', umask: 0o077 }, wrong);
      expect(first.main.exitCode, mainLog(first)).toBe(1);
      expect(mainLog(first)).toMatch(/sha256 mismatch/);
      for (const f of ['registry.json', 'layout.json'])
        expect(statSync(path.join(sb.root, f)).mode & 0o7777, f).toBe(0o664);
      expect(find(sb.root, '-type', 'd', '!', '-perm', '2775'), 'directories not 2775').toBe('');
      expect(find(sb.root, '-type', 'f', '!', '-perm', '-g+r'), 'files the group cannot read').toBe(
        '',
      );
      // b installs it; a, still under umask 077, then has a hit.
      expectOk(await runAs({ user: 'tcroot-b' }, inputs), 'b installs');
      const a = await runAs({ user: 'tcroot-a', umask: 0o077 }, inputs);
      expectOk(a, 'a uses it');
      expect(sourcesOf(a)).toEqual({ [id]: 'local' });
      expect(find(sb.root, '-type', 'f', '!', '-perm', '-g+r'), 'files the group cannot read').toBe(
        '',
      );
      await c.check(sb);
    },
  );

  testCase(
    'group-writable root without the set-gid bit (item 10): refused before anything is made, with the commands that fix it; run, both users work',
    async (c) => {
      linuxRoot(c);
      const sb = await emptyRoot(c, 0o775);
      const { id, served } = origin.serveTool('nosgid');
      const inputs = { toolchains: item(id, served), 'cache-root': sb.root };
      const refused = await runAs({ user: 'tcroot-a' }, inputs);
      const log = mainLog(refused);
      expect(refused.main.exitCode, log).toBe(1);
      const fix = `chgrp -R ${SHARE} ${sb.root} && find ${sb.root} -type d -exec chmod g+s {} +`;
      expect(log).toContain(`group-writable without the set-gid bit`);
      expect(log).toContain(`Fix it as root: ${fix}`);
      // (compile-cache/: the steps' code cache, made by the loader before the step runs.)
      expect((await fs.readdir(sb.root)).filter((n) => n !== 'compile-cache')).toEqual([]);
      execFileSync('sh', ['-c', fix]);
      expectOk(await runAs({ user: 'tcroot-a' }, inputs), 'a after the fix');
      const b = await runAs({ user: 'tcroot-b' }, inputs);
      expectOk(b, 'b after the fix');
      expect(sourcesOf(b)).toEqual({ [id]: 'local' });
      await c.check(sb);
    },
  );

  testCase(
    'a relative root (item 10): refused naming the input or the variable; nothing made in the workspace',
    async () => {
      const healthy = item(HEALTHY_ID, origin.healthyArchive());
      const tries: Array<[Record<string, string>, Record<string, string>, RegExp]> = [
        [
          { 'cache-root': 'rel-root' },
          {},
          /the "cache-root" input is a relative path \("rel-root"\)/,
        ],
        [
          { 'cache-root': '' },
          { TOOLCHAIN_CACHE_ROOT: 'rel-root' },
          /TOOLCHAIN_CACHE_ROOT is a relative path/,
        ],
      ];
      for (const [inputs, env, message] of tries) {
        const job = await startCaseJob({ inputs: { toolchains: healthy, ...inputs }, env });
        try {
          const result = await job.result;
          expect(result.main.exitCode, mainLog(result)).toBe(1);
          expect(mainLog(result)).toMatch(message);
          expect(await fs.readdir(path.join(job.workDir, 'workspace'))).toEqual([]);
        } finally {
          await removeJobDir(job);
        }
      }
    },
  );

  testCase(
    "a root inside another root's toolchains/ (item 10): refused, nothing made there",
    async (c) => {
      const sb = await c.sandbox();
      const nested = path.join(sb.layout.toolchainsDir, 'nested');
      const job = await runCaseJob({
        inputs: { toolchains: item(HEALTHY_ID, origin.healthyArchive()), 'cache-root': nested },
      });
      expect(job.main.exitCode, mainLog(job)).toBe(1);
      expect(mainLog(job)).toContain(`lies inside another cache root, ${sb.root}`);
      expect(existsSync(nested)).toBe(false);
      await c.check(sb);
    },
  );
});

describe.concurrent('host settings come from a file no job can write', () => {
  testCase(
    "a workflow's TOOLCHAIN_CACHE_MAX_SIZE=1B under the host file's maxSize (item 11): the file wins and the GC stays throttled; the file's own bound skips it",
    async (c) => {
      linuxRoot(c);
      const sb = await c.sandbox();
      const ids2 = ['hostgc-a-1.0', 'hostgc-b-1.0'];
      for (const id of ids2) {
        const served = origin.serveTool(id.slice(0, 8)).served;
        expect((await sb.run(item(id, served))).main.exitCode).toBe(0);
      }
      const healthy = item(HEALTHY_ID, origin.healthyArchive());
      const attack = await runUnderHostFile(
        { maxSize: '10GiB' },
        { toolchains: healthy, 'cache-root': sb.root, 'max-size': '1B' },
        { TOOLCHAIN_CACHE_MAX_SIZE: '1B' },
      );
      expectOk(attack, 'the attack');
      const post = attack.post?.stdout ?? '';
      expect(post).toContain(
        `TOOLCHAIN_CACHE_MAX_SIZE (1 bytes) is overridden by ${HOST_CONFIG_FILE} (10.0 GiB (10737418240 bytes))`,
      );
      expect(post).toMatch(
        /GC not due: this host cleaned up recently \(this host last cleaned up at .*; it does so at most every 10 min, so the next one may run after /,
      );
      for (const id of ids2) expect(sb.registered(id), `${id} still registered`).toBe(true);

      // The file's own size bound skips the throttle, and its cacheRoot beats the input.
      await withScratchDir('tc-adv-elsewhere-', async (scratch) => {
        const elsewhere = path.join(scratch, 'not-the-root');
        const host = await runUnderHostFile(
          { maxSize: '1B', cacheRoot: sb.root },
          { toolchains: healthy, 'cache-root': elsewhere },
        );
        expect(host.main.exitCode, mainLog(host)).toBe(0);
        expect(mainLog(host)).toContain(
          `The cache root ${elsewhere} from the "cache-root" input is overridden by ${sb.root}, the cacheRoot of ${HOST_CONFIG_FILE}`,
        );
        expect(existsSync(elsewhere)).toBe(false);
        expect(host.post?.stdout).toMatch(/GC: removed 2 toolchain\(s\)/);
        for (const id of ids2) expect(sb.registered(id), `${id} removed`).toBe(false);
      });
      await c.check(sb);
    },
  );
});
