// A simulated GitHub runner for end-to-end tests: each job is a long-lived process
// (job-process.mjs) that runs the committed bundles' main and post steps as its children, with
// INPUT_* from action.yml's defaults, and GITHUB_OUTPUT / STATE / PATH / STEP_SUMMARY files.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { HOST_CONFIG_FILE } from '../../src/core/host-config.js';
import { parseFileCommands } from './file-commands.mjs';
import { asUser, type OtherUser, type OtherUserFiles } from './other-user.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const JOB_PROCESS = path.join(REPO_ROOT, 'test/helpers/job-process.mjs');

export interface StepResult {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

export interface JobResult {
  /** pid of the job process (the "runner worker"). */
  pid: number;
  main: StepResult;
  post?: StepResult;
  outputs: Record<string, string>;
  state: Record<string, string>;
  /** GITHUB_PATH lines in the order written. */
  paths: string[];
  summary: string;
  /** PATH as the next step would see it. */
  nextStepPath: string;
}

export interface JobOptions {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** Stop the job between main and post until `continuePost()` is called. */
  holdBeforePost?: boolean;
  /** No post step: the job dies after main. */
  skipPost?: boolean;
  /**
   * Run the job as another user (tests run as root; Linux), with this umask, from `files` (staged
   * by other-user.ts where that user can reach them): the job helper and the Node binary, and the
   * bundles unless `actionDir` says otherwise.
   */
  runAs?: OtherUser & { umask: number; files: OtherUserFiles };
  /**
   * The host configuration file the job sees (an object is written as JSON): the job process runs
   * in a mount namespace of its own with a directory holding it bind-mounted over
   * /etc/toolchain-cache; the real path is never written. Linux, as root; not with runAs.
   */
  hostConfig?: object | string;
  /**
   * Run the job as if on another machine (Linux, as root; not with runAs or hostConfig): in UTS
   * and mount namespaces of its own, with this hostname and a machine id of its own bind-mounted
   * over /etc/machine-id, so its host id (src/core/platform/host-id.ts) is its own.
   */
  hostName?: string;
  actionDir?: string;
}

export interface RunningJob {
  process: ChildProcess;
  /** Resolves when main has finished (with holdBeforePost). */
  mainDone(): Promise<void>;
  continuePost(): Promise<void>;
  /** Resolves once the running main step has logged a line matching `pattern`. */
  mainLogged(pattern: RegExp, timeoutMs?: number): Promise<void>;
  result: Promise<JobResult>;
  workDir: string;
}

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; main: string; post: string };
}
const readAction = (actionDir: string): ActionYml =>
  parseYaml(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as ActionYml;

function actionDefaults(actionDir: string): Record<string, string> {
  const { inputs } = readAction(actionDir);
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.default ?? '']));
}

/** The files the runner starts for the steps (action.yml's `runs.main` and `runs.post`), relative. */
export function stepEntries(actionDir = REPO_ROOT): { main: string; post: string } {
  const { main, post } = readAction(actionDir).runs;
  return { main, post };
}

/** The `sources` output: id → local, peer, remote or download ({} when main set none). */
export const sourcesOf = (job: Pick<JobResult, 'outputs'>): Record<string, string> =>
  JSON.parse(job.outputs.sources || '{}') as Record<string, string>;

let jobCounter = 0;

/** The step's node binary: TOOLCHAIN_CACHE_TEST_NODE (e.g. a Node 24 binary), else this process's. */
export const stepNode = (): string => process.env.TOOLCHAIN_CACHE_TEST_NODE || process.execPath;

export interface RunnerFiles extends Record<string, string> {
  GITHUB_OUTPUT: string;
  GITHUB_STATE: string;
  GITHUB_PATH: string;
  GITHUB_ENV: string;
  GITHUB_STEP_SUMMARY: string;
}

/** Every job directory made in this process: test/helpers/job-dirs.ts removes them after each file. */
export const jobDirs = new Set<string>();

/**
 * A fresh job directory with the runner's file-command files, workspace and temp dir, and the
 * environment a runner gives the action's steps (INPUT_* from action.yml's defaults and `inputs`).
 * Shared with the bench, which runs the steps itself.
 */
export async function prepareJob(
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  actionDir = REPO_ROOT,
): Promise<{ workDir: string; files: RunnerFiles; env: Record<string, string> }> {
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-job-'));
  jobDirs.add(workDir);
  const files: RunnerFiles = {
    GITHUB_OUTPUT: path.join(workDir, 'output'),
    GITHUB_STATE: path.join(workDir, 'state'),
    GITHUB_PATH: path.join(workDir, 'path'),
    GITHUB_ENV: path.join(workDir, 'env'),
    GITHUB_STEP_SUMMARY: path.join(workDir, 'summary.md'),
  };
  for (const f of Object.values(files)) await fs.writeFile(f, '');
  const workspace = path.join(workDir, 'workspace');
  const temp = path.join(workDir, 'temp');
  await fs.mkdir(workspace);
  await fs.mkdir(temp);
  const allInputs = { ...actionDefaults(actionDir), ...inputs };
  const n = ++jobCounter;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? workDir,
    ...(process.env.SYSTEMROOT ? { SYSTEMROOT: process.env.SYSTEMROOT } : {}),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_RUN_ID: String(1000 + n),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: `build-${n}`,
    GITHUB_ACTION: '__toolchain-cache',
    GITHUB_ACTION_PATH: actionDir,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0'.repeat(40),
    RUNNER_NAME: `runner-${n}`,
    RUNNER_OS:
      process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: path.join(workDir, 'tool-cache'),
    // The user's own cache directory (the steps' code cache, src/action/code-cache-home.ts): one
    // per job unless a test passes one to share (`env`), as a real runner user's is.
    XDG_CACHE_HOME: path.join(workDir, 'cache-home'),
    ...(process.platform === 'win32' ? { LOCALAPPDATA: path.join(workDir, 'cache-home') } : {}),
    ...files,
    ...Object.fromEntries(
      Object.entries(allInputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
    ),
    ...extraEnv,
  };
  return { workDir, files, env };
}

export async function startJob(options: JobOptions): Promise<RunningJob> {
  const { runAs } = options;
  const actionDir = options.actionDir ?? runAs?.files.actionDir ?? REPO_ROOT;
  const { workDir, files, env } = await prepareJob(options.inputs, options.env, actionDir);
  const holdFile = options.holdBeforePost ? path.join(workDir, 'continue') : undefined;
  const resultFile = path.join(workDir, 'result.json');
  const configFile = path.join(workDir, 'job.json');
  await fs.writeFile(
    configFile,
    JSON.stringify({
      actionDir,
      mainEntry: stepEntries(actionDir).main,
      postEntry: stepEntries(actionDir).post,
      env,
      holdFile,
      skipPost: options.skipPost,
      resultFile,
      logDir: workDir,
    }),
  );
  if (runAs) await chownTree(workDir, runAs.uid, runAs.gid);
  // The job process runs the steps with its own binary: start it with the steps' node.
  const launch = options.hostName
    ? await inHostNamespace(workDir, options.hostName, [stepNode(), JOB_PROCESS, configFile]).then(
        ([command, args]) => ({ command, args }),
      )
    : options.hostConfig
      ? await inHostConfigNamespace(workDir, options.hostConfig, [
          stepNode(),
          JOB_PROCESS,
          configFile,
        ]).then(([command, args]) => ({ command, args }))
      : runAs
        ? asUser(runAs, runAs.files.node, [runAs.files.jobProcess, configFile])
        : { command: stepNode(), args: [JOB_PROCESS, configFile] };
  const child = spawn(launch.command, launch.args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    // The job process sets the umask, as the runner's service would (its children inherit it).
    ...(runAs && { env: { ...process.env, TC_TEST_UMASK: String(runAs.umask) } }),
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const result = exited.then(async (): Promise<JobResult> => {
    if (!existsSync(resultFile))
      throw new Error(`job process ${child.pid} died before finishing (killed?)`);
    return collect(JSON.parse(await fs.readFile(resultFile, 'utf8')), files, env.PATH);
  });
  result.catch(() => undefined);
  return {
    process: child,
    workDir,
    result,
    async mainDone() {
      if (!holdFile) throw new Error('mainDone() needs holdBeforePost');
      while (!existsSync(`${holdFile}.reached`)) {
        if (child.exitCode !== null) throw new Error('job process exited before main finished');
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async continuePost() {
      if (holdFile) await fs.writeFile(holdFile, '');
    },
    async mainLogged(pattern, timeoutMs = 60_000) {
      const log = path.join(workDir, 'main.log');
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const text = await fs.readFile(log, 'utf8').catch(() => '');
        if (pattern.test(text)) return;
        if (child.exitCode !== null || Date.now() > deadline) {
          throw new Error(`main did not log ${String(pattern)}; it logged:\n${text.slice(-3000)}`);
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}

/**
 * `command` in a mount namespace of its own (unshare -m), with a directory holding the host file
 * bind-mounted over its directory. unshare and sh exec: the job process keeps the pid spawned
 * (its steps' parent, which their uses name). The steps' environment is in the job's config file,
 * so sh dropping variables whose names are not shell names changes nothing.
 */
export async function inHostConfigNamespace(
  workDir: string,
  config: object | string,
  command: string[],
): Promise<[string, string[]]> {
  if (process.platform !== 'linux' || process.getuid?.() !== 0)
    throw new Error('a job with a host configuration file needs root on Linux (a mount namespace)');
  const hostDir = path.join(workDir, 'host-config');
  await fs.mkdir(hostDir, { mode: 0o755 });
  await fs.chmod(hostDir, 0o755);
  const file = path.join(hostDir, path.basename(HOST_CONFIG_FILE));
  await fs.writeFile(file, typeof config === 'string' ? config : JSON.stringify(config));
  await fs.chmod(file, 0o644);
  await fs.chmod(workDir, 0o755); // the host file's directory's parent: not writable by others
  const mountPoint = path.dirname(HOST_CONFIG_FILE);
  // An empty root-owned directory to mount over: without a file in it, it changes nothing.
  if (!existsSync(mountPoint)) await fs.mkdir(mountPoint, { recursive: true, mode: 0o755 });
  return [
    'unshare',
    ['-m', 'sh', '-c', `mount --bind "$0" ${mountPoint} && exec "$@"`, hostDir, ...command],
  ];
}

/**
 * `command` as if on another machine: `unshare -u -m` with `hostName` as its hostname and a random
 * machine id bind-mounted over /etc/machine-id (sh execs: the job process keeps the pid spawned).
 */
export async function inHostNamespace(
  workDir: string,
  hostName: string,
  command: string[],
): Promise<[string, string[]]> {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !existsSync('/etc/machine-id'))
    throw new Error('a job on another host needs root on Linux with /etc/machine-id');
  const idFile = path.join(workDir, 'machine-id');
  await fs.writeFile(idFile, `${randomBytes(16).toString('hex')}\n`);
  const script = 'hostname "$0" && mount --bind "$1" /etc/machine-id && shift && exec "$@"';
  return ['unshare', ['-u', '-m', 'sh', '-c', script, hostName, idFile, ...command]];
}

async function chownTree(dir: string, uid: number, gid: number): Promise<void> {
  await fs.chown(dir, uid, gid);
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await chownTree(p, uid, gid);
    else await fs.chown(p, uid, gid);
  }
}

export async function runJob(options: JobOptions): Promise<JobResult> {
  return (await startJob(options)).result;
}

async function collect(
  raw: { pid: number; main: StepResult; post?: StepResult },
  files: Record<string, string>,
  basePath: string,
): Promise<JobResult> {
  const paths = (await fs.readFile(files.GITHUB_PATH, 'utf8')).split(/\r?\n/).filter(Boolean);
  return {
    ...raw,
    outputs: parseFileCommands(await fs.readFile(files.GITHUB_OUTPUT, 'utf8')),
    state: parseFileCommands(await fs.readFile(files.GITHUB_STATE, 'utf8')),
    paths,
    summary: await fs.readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    nextStepPath: [...paths].reverse().concat(basePath).join(path.delimiter),
  };
}

export async function removeJobDir(job: RunningJob | { workDir: string }): Promise<void> {
  await fs.rm(job.workDir, { recursive: true, force: true });
}
