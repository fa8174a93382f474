// An action directory whose steps run another action directory's bundles as a runner user
// started the way a service manager starts one (setpriv --init-groups: its supplementary groups
// kept, which Node's spawn({ uid, gid }) would drop), with a umask. Linux, as root. The steps'
// parent is then the wrapper, not the job process: a use a wrapped main step records counts as
// dead once that step ends, so hold no job between its steps with this.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-wrap-')));
  const dispose = () => fs.rm(dir, { recursive: true, force: true });
  try {
    await fs.chmod(dir, 0o755);
    await fs.copyFile(path.join(base, 'action.yml'), path.join(dir, 'action.yml'));
    await fs.writeFile(path.join(dir, 'package.json'), '{"type":"module"}\n');
    for (const step of ['main', 'post']) {
      await fs.mkdir(path.join(dir, 'dist', step), { recursive: true });
      await fs.writeFile(
        path.join(dir, 'dist', step, 'index.js'),
        shim(path.join(base, 'dist', step, 'index.js'), wrap),
      );
    }
    return { dir, dispose };
  } catch (e) {
    await dispose();
    throw e;
  }
}

function shim(real: string, wrap: Wrap): string {
  return `import { spawnSync } from 'node:child_process';
import { lchownSync, readdirSync } from 'node:fs';
import path from 'node:path';
const user = ${JSON.stringify(wrap.user)};
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.error) console.error(r.error);
  return r.status ?? 1;
};
let cmd = process.execPath;
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
