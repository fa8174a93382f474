// An action directory whose steps run another action directory's bundles as a runner user
// started the way a service manager starts one (setpriv --init-groups: its supplementary groups
// kept, which Node's spawn({ uid, gid }) would drop), with a umask. Linux, as root. The steps'
// parent is then the wrapper, not the job process: a use a wrapped main step records counts as
// dead once that step ends, so hold no job between its steps with this. The steps the user runs
// (the bundles and the Node binary) are staged where that user can reach them (other-user.ts):
// the checkout may sit in a directory only its owner can enter.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeOtherUserFiles, stageForOtherUsers } from './other-user.js';
import { stepEntries } from './runner.js';

export interface Wrap {
  user: { uid: number; gid: number };
  umask?: number;
}

export interface WrappedAction {
  dir: string;
  dispose(): Promise<void>;
}

/** Why the wrap cannot run here, or undefined when it can. */
export function wrapUnavailable(): string | undefined {
  if (process.platform !== 'linux') return 'setpriv needs Linux';
  if (process.getuid?.() !== 0) return 'switching users needs root (CI runs as root)';
  return undefined;
}

export async function wrappedAction(base: string, wrap: Wrap): Promise<WrappedAction> {
  const why = wrapUnavailable();
  if (why) throw new Error(`cannot wrap the steps here: ${why}`);
  const staged = stageForOtherUsers(base);
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-wrap-')));
  const dispose = async () => {
    await fs.rm(dir, { recursive: true, force: true });
    removeOtherUserFiles(staged);
  };
  try {
    await fs.chmod(dir, 0o755);
    await fs.copyFile(path.join(base, 'action.yml'), path.join(dir, 'action.yml'));
    await fs.writeFile(path.join(dir, 'package.json'), '{"type":"module"}\n');
    // The shims sit where action.yml says the steps are (CommonJS scripts, as the bundles' entries).
    for (const entry of Object.values(stepEntries(base))) {
      await fs.mkdir(path.dirname(path.join(dir, entry)), { recursive: true });
      await fs.writeFile(
        path.join(dir, entry),
        shim(staged.node, path.join(staged.actionDir, entry), wrap),
      );
    }
    return { dir, dispose };
  } catch (e) {
    await dispose();
    throw e;
  }
}

/** The step the runner runs (as root): hands the job's files to the user, then runs `real` as it with `node`. */
function shim(node: string, real: string, wrap: Wrap): string {
  return `const { spawnSync } = require('node:child_process');
const { lchownSync, readdirSync } = require('node:fs');
const path = require('node:path');
const user = ${JSON.stringify(wrap.user)};
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.error) console.error(r.error);
  return r.status ?? 1;
};
let cmd = ${JSON.stringify(node)};
let args = [${JSON.stringify(real)}];
{
  // The runner's files for this job (GITHUB_OUTPUT, STATE, …) sit in one directory: hand it over.
  const own = (p) => {
    lchownSync(p, user.uid, user.gid);
    for (const e of readdirSync(p, { withFileTypes: true })) {
      if (e.isDirectory()) own(path.join(p, e.name));
      else lchownSync(path.join(p, e.name), user.uid, user.gid);
    }
  };
  own(path.dirname(process.env.GITHUB_OUTPUT));
  args = ['--reuid=' + user.uid, '--regid=' + user.gid, '--init-groups', '--', cmd, ...args];
  cmd = 'setpriv';
}
${wrap.umask === undefined ? '' : `process.umask(${wrap.umask});`}
process.exit(run(cmd, args));
`;
}
