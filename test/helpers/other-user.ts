// What a test runs as another user, staged where that user can reach it. The checkout may sit in
// a directory only its owner can enter (a 0700 home, a private CI workspace): a second user could
// then reach neither test/helpers/job-process.mjs, nor dist/, nor a Node binary kept under the
// checkout (node_modules/.cache/node24). So every test that runs something as another user runs
// it from a copy: the job helper and what it imports, the bundles, and the steps' Node binary, in
// a directory made under os.tmpdir() with explicit modes (0755 directories, 0644/0755 files),
// whatever the checkout's modes or the umask.
//
// No value import of 'vitest' here: the adversarial project's global setup (adversarial-bundles.ts)
// stages through this module outside the test workers.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, stepNode } from './runner.js';

/** The parts of the checkout the steps run: the action's metadata and its three bundles. */
export const BUNDLE_PARTS = ['action.yml', 'dist/main', 'dist/post', 'dist/cli'] as const;

/** The job helper (runner.ts runs it as the job process) and every module it imports. */
const JOB_HELPER_FILES = ['job-process.mjs', 'file-commands.mjs'] as const;

/** A directory another user can run jobs from. */
export interface OtherUserFiles {
  /** The staging directory (remove it with removeOtherUserFiles). */
  dir: string;
  /** action.yml and dist/, to pass as a job's actionDir. */
  actionDir: string;
  /** A copy of the steps' Node binary (TOOLCHAIN_CACHE_TEST_NODE, else this process's). */
  node: string;
  /** The job helper, next to the modules it imports. */
  jobProcess: string;
}

/** Directories 0755, files 0644 (0755 when executable by their owner): readable by every user. */
function openUp(p: string): void {
  const st = lstatSync(p);
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    chmodSync(p, 0o755);
    for (const name of readdirSync(p)) openUp(path.join(p, name));
  } else {
    chmodSync(p, st.mode & 0o100 ? 0o755 : 0o644);
  }
}

/** Copies the bundles (BUNDLE_PARTS) of `from` to `to`, readable by every user. */
export function copyBundles(from: string, to: string): void {
  for (const part of BUNDLE_PARTS)
    cpSync(path.join(from, part), path.join(to, part), { recursive: true });
  writeFileSync(path.join(to, 'package.json'), '{ "type": "module" }\n');
  openUp(to);
}

/** The first directory on the way to `dir` that other users cannot traverse, if any. */
function untraversable(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** `node` hard-linked into `dir` when other users may run it as it is, else copied (0755). */
function stageNode(node: string, dir: string): string {
  const real = realpathSync(node);
  const staged = path.join(dir, path.basename(real));
  if ((statSync(real).mode & 0o005) === 0o005) {
    try {
      linkSync(real, staged);
      return staged;
    } catch {
      // Another file system (EXDEV), or hard links refused: copy it.
    }
  }
  copyFileSync(real, staged);
  chmodSync(staged, 0o755);
  return staged;
}

/**
 * Stages what a job run as another user needs: the job helper, the bundles of `bundlesFrom` (the
 * checkout by default) and the steps' Node binary, in a fresh directory under os.tmpdir() that
 * every user can reach. Linux and macOS (other users are a POSIX matter).
 */
export function stageForOtherUsers(bundlesFrom = REPO_ROOT): OtherUserFiles {
  const tmp = realpathSync(os.tmpdir());
  const closed = untraversable(tmp);
  if (closed)
    throw new Error(
      `${closed} is not traversable by other users, so nothing staged under ${tmp} is: ` +
        'point TMPDIR at a directory every user can enter',
    );
  const dir = mkdtempSync(path.join(tmp, 'tc-other-user-'));
  try {
    const actionDir = path.join(dir, 'action');
    copyBundles(bundlesFrom, actionDir);
    const helpers = path.join(dir, 'helpers');
    mkdirSync(helpers);
    for (const name of JOB_HELPER_FILES)
      copyFileSync(path.join(REPO_ROOT, 'test', 'helpers', name), path.join(helpers, name));
    writeFileSync(path.join(helpers, 'package.json'), '{ "type": "module" }\n');
    openUp(helpers);
    mkdirSync(path.join(dir, 'node'));
    const node = stageNode(stepNode(), path.join(dir, 'node'));
    chmodSync(path.join(dir, 'node'), 0o755);
    chmodSync(dir, 0o755);
    return { dir, actionDir, node, jobProcess: path.join(helpers, 'job-process.mjs') };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

export function removeOtherUserFiles(files: OtherUserFiles | undefined): void {
  if (files) rmSync(files.dir, { recursive: true, force: true });
}

/** Who runs a command: a user, its primary group, and its supplementary groups from /etc/group. */
export interface OtherUser {
  uid: number;
  /** The primary group. */
  gid: number;
}

/**
 * `command args` as `user`, the way a service manager starts a runner (systemd's User=): real and
 * effective ids switched and the supplementary groups initialised from the group database
 * (`usermod -aG` adds to those), which Node's spawn({ uid, gid }) would drop. Linux (setpriv).
 */
export function asUser(
  user: OtherUser,
  command: string,
  args: readonly string[],
): { command: string; args: string[] } {
  return {
    command: 'setpriv',
    args: [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--init-groups', '--', command, ...args],
  };
}

/** Runs `command args` as `user` (asUser) and waits for it. */
export function runAsUser(
  user: OtherUser,
  command: string,
  args: readonly string[],
): SpawnSyncReturns<string> {
  const as = asUser(user, command, args);
  return spawnSync(as.command, as.args, { encoding: 'utf8' });
}
