// Shared setup of the adversarial suite (test/adversarial/): sandboxes that hold a cache root next to
// a sentinel directory and a healthy toolchain in use by a held job, the jobs that run in them, the
// measurements behind the figures, and the case wrapper that records them. The archives' origin
// (origin.ts) and the fault points (fault-point.ts) are shared with the e2e suite.
//
//   <tmp>/tc-adv-XXXX/          the sandbox: everything here but root/ is "outside the root"
//     root/                     the cache root (optionally its own small tmpfs)
//     outside/                  the sentinel: hostile archives aim here; nothing may change in it
//       secret                  a file a hard link or a write-through could reach
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { readManifest, verifyTree } from '../../src/core/manifest.js';
import { CacheLayout } from '../../src/core/layout.js';
import { readLockOwner } from '../../src/core/lock.js';
import { recordCase, zeroFigures, type CaseFigures } from './figures.js';
import { parseFileCommands } from './file-commands.mjs';
import type { FaultPhase } from '../../src/core/faults.js';
import { FaultPoint, withFaultPoint } from './fault-point.js';
import { HEALTHY_ID, Origin, item, sha256 } from './origin.js';
import { rootOnly } from './root-only.js';
import {
  REPO_ROOT,
  removeJobDir,
  startJob,
  stepEntries,
  type JobOptions,
  type JobResult,
  type RunningJob,
} from './runner.js';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
export const NOBODY = 65534;

// ------------------------------------------------------------------------------------ the case

class SkipCase extends Error {}

export interface CaseContext {
  readonly figures: CaseFigures;
  /**
   * A sandbox for this case alone: measured when the case ends (whether it passed or not, so a
   * failed case still reports what it wrote outside the root), then disposed.
   */
  sandbox(options?: SandboxOptions): Promise<Sandbox>;
  /** Makes a shared sandbox (one per file) part of this case: measured when the case ends. */
  use(sandbox: Sandbox): Sandbox;
  /** Measures a sandbox now (outside bytes, the healthy toolchain), adds it up and asserts it is all 0. */
  check(sandbox: Sandbox): Promise<void>;
  /** Adds figures measured some other way (e.g. in-use deletions seen by a monitor). */
  add(f: Partial<CaseFigures>): void;
  /** The case cannot run here: recorded and printed with the reason, and reported as skipped. */
  skip(reason: string): never;
}

export interface CaseOptions {
  timeoutMs?: number;
  concurrent?: boolean;
  /** The origin of the case's sandboxes (c.sandbox()). */
  origin?: Origin;
}

/**
 * One adversarial case: a vitest test whose outcome and figures go to the table. `fn` asserts the
 * behaviour; `c.check(sandbox)` asserts the invariants (nothing outside, nothing lost), and every
 * sandbox of the case is measured once more when it ends, pass or fail.
 */
export function adversarialCase(
  group: string,
  name: string,
  fn: (c: CaseContext) => Promise<void>,
  options: CaseOptions = {},
): void {
  (options.concurrent ? it.concurrent : it)(
    name,
    async (ctx) => {
      const started = Date.now();
      const figures = zeroFigures();
      const rec = (status: 'started' | 'passed' | 'failed' | 'skipped', detail?: string) =>
        recordCase(
          { group, name, status, detail, ms: Date.now() - started, ...figures },
          inject('adversarialFiguresFile'),
        );
      rec('started');
      const used = new Set<Sandbox>();
      const owned = new Set<Sandbox>();
      const c: CaseContext = {
        figures,
        async sandbox(opts) {
          const from = opts?.origin ?? options.origin;
          if (!from) throw new Error('c.sandbox() needs { origin }');
          const sb = await Sandbox.create(from, opts);
          owned.add(sb);
          used.add(sb);
          return sb;
        },
        use(sb) {
          used.add(sb);
          return sb;
        },
        add(f) {
          for (const [k, v] of Object.entries(f) as Array<[keyof CaseFigures, number]>)
            figures[k] += v;
        },
        async check(sandbox) {
          used.add(sandbox);
          const m = await sandbox.measure();
          c.add(m.figures);
          expect(m.figures, `invariants after "${name}":\n${m.details.join('\n')}`).toEqual(
            zeroFigures(),
          );
        },
        skip(reason) {
          throw new SkipCase(reason);
        },
      };
      let failure: unknown;
      try {
        await fn(c);
      } catch (e) {
        failure = e;
      }
      // The last word on the invariants, whatever happened: what changed since the last check.
      const late: string[] = [];
      for (const sb of used) {
        try {
          const m = await sb.measure();
          c.add(m.figures);
          if (Object.values(m.figures).some((v) => v > 0)) late.push(...m.details);
        } catch (e) {
          late.push(`could not measure ${sb.dir}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      for (const sb of owned) await sb.dispose();
      if (failure instanceof SkipCase) {
        rec('skipped', failure.message);
        console.log(`[adversarial] cannot run "${name}" here: ${failure.message}`);
        ctx.skip(failure.message);
      }
      if (failure === undefined && late.length)
        failure = new Error(`invariants broken at the end of "${name}":\n${late.join('\n')}`);
      if (failure !== undefined) {
        rec('failed', failure instanceof Error ? failure.message : String(failure));
        throw failure;
      }
      rec('passed');
    },
    options.timeoutMs,
  );
}

export interface AdversarialFile {
  /** The file's origin (started before its first case, closed after its last). */
  readonly origin: Origin;
  /** The sandbox the file's cases share (with `{ sandbox: true }`); each case takes it with c.use. */
  sandbox(): Sandbox;
  /** An adversarialCase of the file's group, whose c.sandbox() is served by the file's origin. */
  testCase(
    name: string,
    fn: (c: CaseContext) => Promise<void>,
    options?: CaseOptions & { group?: string },
  ): void;
  /** A case in the file's shared sandbox: `fn` runs in it, then its invariants are checked. */
  sandboxCase(
    name: string,
    fn: (sb: Sandbox, c: CaseContext) => Promise<void>,
    options?: CaseOptions,
  ): void;
}

/** The setup every adversarial file shares: its group in the table, an origin, maybe a sandbox. */
export function adversarialFile(
  group: string,
  options: { sandbox?: boolean } = {},
): AdversarialFile {
  const origin = Origin.forFile();
  const shared = options.sandbox ? Sandbox.forFile(origin) : undefined;
  const file: AdversarialFile = {
    origin,
    sandbox() {
      if (!shared) throw new Error(`adversarialFile('${group}') has no shared sandbox`);
      return shared();
    },
    testCase: (name, fn, caseOptions = {}) =>
      adversarialCase(caseOptions.group ?? group, name, fn, { origin, ...caseOptions }),
    sandboxCase: (name, fn, caseOptions) =>
      file.testCase(
        name,
        async (c) => {
          const sb = c.use(file.sandbox());
          await fn(sb, c);
          await c.check(sb);
        },
        caseOptions,
      ),
  };
  return file;
}

// -------------------------------------------------------------------------------- the jobs

export type CaseJobOptions = JobOptions & {
  /** Run the steps as this user (the runner's files are handed to it first), with this umask. */
  as?: { uid: number; gid: number; umask?: number };
};

/**
 * The bundles this run tests: in the adversarial project, a copy of dist/ taken when the run
 * started (adversarial-bundles.ts); elsewhere (an e2e file using a sandbox), the checkout's.
 */
export const bundlesDir = (): string => inject('adversarialActionDir') ?? REPO_ROOT;

/** The steps' Node binary where other users can run it (staged with the bundles). */
export function otherUserNode(): string {
  const node = inject('otherUserNode');
  if (!node) throw new Error(OUTSIDE_ADVERSARIAL);
  return node;
}

const OUTSIDE_ADVERSARIAL =
  "running as another user needs the bundles and Node staged by the adversarial project's " +
  'global setup (adversarial-bundles.ts, other-user.ts): run it with --project adversarial';

/** Starts a job of the simulated runner (test/helpers/runner.ts) on the bundles under test. */
export async function startCaseJob(options: CaseJobOptions): Promise<RunningJob> {
  const { as, ...rest } = options;
  const job = await startJob({ ...rest, actionDir: as ? await actionAs(as) : bundlesDir() });
  // The result is read from the job's directory before `result` settles: nothing needs it after.
  const remove = () => removeJobDir(job);
  job.result.then(remove, remove);
  return job;
}

export async function runCaseJob(options: CaseJobOptions): Promise<JobResult> {
  const job = await startCaseJob(options);
  try {
    return await job.result;
  } finally {
    await removeJobDir(job);
  }
}

/** What the main step printed (setFailed writes `::error::` lines to stdout). */
export const mainLog = (job: JobResult): string => job.main.stdout + job.main.stderr;

const shims = new Map<string, string>();

/**
 * An action directory whose steps drop to another user (and umask) and then run the real bundles:
 * how a runner installed as an unprivileged user runs the action, while the test runs as root.
 */
async function actionAs(as: { uid: number; gid: number; umask?: number }): Promise<string> {
  const key = JSON.stringify(as);
  const known = shims.get(key);
  if (known) return known;
  // The real bundles are loaded after the drop: they must be the copy staged for other users.
  if (!inject('adversarialActionDir')) throw new Error(OUTSIDE_ADVERSARIAL);
  // Inside the run's copy of the bundles: removed with it by the global teardown.
  const dir = await fs.mkdtemp(path.join(bundlesDir(), 'as-'));
  await fs.copyFile(path.join(bundlesDir(), 'action.yml'), path.join(dir, 'action.yml'));
  await fs.writeFile(path.join(dir, 'package.json'), '{"type":"module"}\n');
  // The shims sit where action.yml says the steps are (CommonJS scripts, as the bundles' entries).
  for (const entry of Object.values(stepEntries(bundlesDir()))) {
    const real = path.join(bundlesDir(), entry);
    await fs.mkdir(path.dirname(path.join(dir, entry)), { recursive: true });
    await fs.writeFile(
      path.join(dir, entry),
      `const { lchownSync, readdirSync } = require('node:fs');
const path = require('node:path');
const as = ${key};
const own = (p) => {
  lchownSync(p, as.uid, as.gid);
  for (const e of readdirSync(p, { withFileTypes: true })) {
    if (e.isDirectory()) own(path.join(p, e.name));
    else lchownSync(path.join(p, e.name), as.uid, as.gid);
  }
};
// The runner's files for this job (GITHUB_OUTPUT, STATE, …) sit in one directory: hand it over.
own(path.dirname(process.env.GITHUB_OUTPUT));
process.setgroups([as.gid]);
process.setgid(as.gid);
process.setuid(as.uid);
if (as.umask !== undefined) process.umask(as.umask);
require(${JSON.stringify(real)});
`,
    );
  }
  shims.set(key, dir);
  return dir;
}

// ------------------------------------------------------------------------------- tmpfs

let tmpfsReason: string | undefined | null = null;

/** Why a size-capped tmpfs cannot be mounted here, or undefined when it can. */
export function tmpfsUnavailable(): string | undefined {
  if (tmpfsReason !== null) return tmpfsReason;
  tmpfsReason =
    process.platform === 'linux'
      ? (rootOnly('mounting a tmpfs') ?? probeTmpfs())
      : `tmpfs mounts need Linux (this is ${process.platform})`;
  return tmpfsReason;
}

/** Mounts a tmpfs and unmounts it: why that fails here, or undefined. */
function probeTmpfs(): string | undefined {
  const probe = path.join(os.tmpdir(), `tc-adv-probe-${process.pid}`);
  spawnSync('mkdir', ['-p', probe]);
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], {
    encoding: 'utf8',
  });
  const failed = r.error || r.status !== 0;
  if (!failed) spawnSync('umount', [probe]);
  spawnSync('rmdir', [probe]);
  return failed ? `mount -t tmpfs failed: ${(r.error?.message ?? r.stderr).trim()}` : undefined;
}

function mountTmpfs(dir: string, bytes: number): void {
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0755`, 'tmpfs', dir], {
    encoding: 'utf8',
  });
  if (r.error || r.status !== 0)
    throw new Error(`mount tmpfs on ${dir}: ${r.error?.message ?? r.stderr}`);
}

async function unmount(dir: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const r = spawnSync('umount', [dir], { encoding: 'utf8' });
    if (r.status === 0) return;
    await sleep(100); // a step process may still be closing a file there
  }
  spawnSync('umount', ['-l', dir]);
}

// ------------------------------------------------------------------------------- sandbox

interface Fingerprint {
  kind: 'file' | 'dir' | 'link' | 'other';
  mode: number;
  size: number;
  digest: string;
  /** Catches a utimes or a write through a followed link that left the content as it was. */
  mtimeMs: number;
}

async function fingerprints(dir: string, exclude: string): Promise<Map<string, Fingerprint>> {
  const out = new Map<string, Fingerprint>();
  const walk = async (d: string): Promise<void> => {
    for (const name of await fs.readdir(d)) {
      const p = path.join(d, name);
      if (p === exclude) continue;
      const st = await fs.lstat(p);
      const mode = st.mode & 0o7777;
      const { mtimeMs } = st;
      if (st.isDirectory()) {
        out.set(p, { kind: 'dir', mode, size: 0, digest: '', mtimeMs });
        await walk(p);
      } else if (st.isSymbolicLink()) {
        out.set(p, { kind: 'link', mode: 0, size: 0, digest: await fs.readlink(p), mtimeMs });
      } else if (st.isFile()) {
        out.set(p, {
          kind: 'file',
          mode,
          size: st.size,
          digest: sha256(await fs.readFile(p)),
          mtimeMs,
        });
      } else {
        out.set(p, { kind: 'other', mode, size: 0, digest: String(st.mode), mtimeMs });
      }
    }
  };
  await walk(dir);
  return out;
}

export interface Measurement {
  figures: CaseFigures;
  details: string[];
}

/**
 * For the cases that wait for a dead installer's lock to go stale (10 s by default, docs/design.md
 * "Install lock and waiters"): every job of their sandbox runs with this stale time, so the live
 * holders heartbeat at a quarter of it as the jobs of a real host would, and the wait is short.
 */
export const SHORT_LOCK_STALE = { TOOLCHAIN_CACHE_LOCK_STALE: '3' };

export interface SandboxOptions {
  /** The server of the healthy toolchain (c.sandbox needs it). */
  origin?: Origin;
  /** Install the healthy toolchain and keep a job holding it until dispose() (default true). */
  healthy?: boolean;
  /** Put the cache root on its own tmpfs of this many bytes (Linux, root). */
  tmpfsBytes?: number;
  /**
   * The runner's environment for every job started with sb.start / sb.run, e.g. a short
   * TOOLCHAIN_CACHE_LOCK_STALE for the cases that wait for a dead installer's lock to go stale.
   */
  env?: Record<string, string>;
  /** The user the holder job runs as. */
  as?: CaseJobOptions['as'];
}

/**
 * A cache root with a sentinel beside it and (by default) a healthy toolchain in use by a held
 * job: the "other jobs" of a shared host that one bad archive or one crash must not hurt.
 */
export class Sandbox {
  readonly root: string;
  readonly outside: string;
  holder?: RunningJob;
  private baseline = new Map<string, Fingerprint>();
  private mounted = false;
  private disposed = false;

  private constructor(
    readonly dir: string,
    private readonly origin: Origin,
    private readonly env: Record<string, string> = {},
  ) {
    this.root = path.join(dir, 'root');
    this.outside = path.join(dir, 'outside');
  }

  /**
   * One sandbox shared by the cases of a test file (each case still takes it with `c.use`, which
   * measures it when the case ends): made before the file's first case, disposed after its last.
   */
  static forFile(origin: Origin, options: SandboxOptions = {}): () => Sandbox {
    let shared: Sandbox | undefined;
    beforeAll(async () => {
      shared = await Sandbox.create(origin, options);
    });
    afterAll(() => shared?.dispose());
    return () => {
      if (!shared) throw new Error("the file's sandbox is made before its first case");
      return shared;
    };
  }

  static async create(origin: Origin, options: SandboxOptions = {}): Promise<Sandbox> {
    const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-adv-')));
    const sb = new Sandbox(dir, origin, options.env);
    try {
      await fs.chmod(dir, 0o755); // jobs that run as another user must reach the root
      await fs.mkdir(sb.root);
      if (options.tmpfsBytes !== undefined) {
        mountTmpfs(sb.root, options.tmpfsBytes);
        sb.mounted = true;
      }
      if (options.as) await fs.chown(sb.root, options.as.uid, options.as.gid);
      await fs.mkdir(path.join(sb.outside, 'sub'), { recursive: true });
      await fs.writeFile(path.join(sb.outside, 'secret'), 'the sentinel: nothing may write here\n');
      await fs.writeFile(path.join(sb.outside, 'sub', 'keep'), 'keep me\n');
      await sb.rebaseline();
      if (options.healthy ?? true) await sb.installHealthy(options.as);
      return sb;
    } catch (e) {
      await sb.dispose();
      throw e;
    }
  }

  get layout(): CacheLayout {
    return new CacheLayout(this.root);
  }

  /** Path of an installed toolchain's root. */
  toolchainRoot(id: string): string {
    return this.layout.toolchainRoot(id);
  }

  private async installHealthy(as?: CaseJobOptions['as']): Promise<void> {
    const served = this.origin.healthyArchive();
    this.holder = await startCaseJob({
      inputs: { toolchains: item(HEALTHY_ID, served), 'cache-root': this.root },
      holdBeforePost: true,
      as,
    });
    await this.holder.mainDone();
    const outputs = parseFileCommands(
      await fs.readFile(path.join(this.holder.workDir, 'output'), 'utf8'),
    );
    if (!outputs.paths || !(HEALTHY_ID in (JSON.parse(outputs.paths) as object))) {
      throw new Error(`the healthy toolchain did not install: outputs ${JSON.stringify(outputs)}`);
    }
  }

  /** Starts a job on this root that asks for `toolchains` (more inputs and options in `options`). */
  start(toolchains: string, options: Partial<CaseJobOptions> = {}): Promise<RunningJob> {
    const inputs = { toolchains, 'cache-root': this.root, ...options.inputs };
    return startCaseJob({ ...options, inputs, env: { ...this.env, ...options.env } });
  }

  /** Runs a job on this root that asks for `toolchains`, to its end. */
  async run(toolchains: string, options: Partial<CaseJobOptions> = {}): Promise<JobResult> {
    const job = await this.start(toolchains, options);
    try {
      return await job.result;
    } finally {
      await removeJobDir(job);
    }
  }

  /**
   * Runs a job on this root whose installer stops at the fault point `phase` (fault-point.ts);
   * `meanwhile` runs while it is stopped there (the test changes the world), then it goes on.
   */
  runPausedAt(
    phase: FaultPhase,
    toolchains: string,
    meanwhile: () => Promise<void>,
    options: Partial<CaseJobOptions> = {},
  ): Promise<JobResult> {
    return withFaultPoint(phase, async (point) => {
      const job = await this.start(toolchains, {
        ...options,
        env: { ...options.env, ...point.env },
      });
      try {
        await point.reached();
        await meanwhile();
        await point.resume();
        return await job.result;
      } finally {
        await removeJobDir(job);
      }
    });
  }

  /**
   * Starts a job on this root that installs `id` and resolves once its installer (the main step,
   * a child of the job process, holding the install lock) is at `phase`: mid-body for `download`
   * (at least `bytes` on disk; the route must be slow or stall), else stopped at that fault point
   * for good. What the test then does to the installer (kill -9, SIGTERM) is up to it.
   */
  async startInstaller(
    id: string,
    toolchains: string,
    phase: 'download' | FaultPhase,
    bytes = 64 * 1024,
  ): Promise<{ job: RunningJob; pid: number }> {
    if (phase === 'download') {
      const job = await this.start(toolchains);
      await waitForPartialDownload(this, id, bytes);
      return { job, pid: await this.installerAt(job, id) };
    }
    const point = await FaultPoint.create(phase);
    const job = await this.start(toolchains, { env: point.env });
    const dispose = () => point.dispose();
    job.result.then(dispose, dispose);
    const pid = await point.reached();
    expect(await this.installerAt(job, id)).toBe(pid);
    return { job, pid };
  }

  /** The pid of the process holding `id`'s install lock, checked to be `job`'s main step. */
  private async installerAt(job: RunningJob, id: string): Promise<number> {
    const pid = await installerPid(this, id);
    if (process.platform === 'linux') expect(parentPid(pid)).toBe(job.process.pid);
    return pid;
  }

  /** Accept the current state outside the root as the baseline (after the test planted something). */
  async rebaseline(): Promise<void> {
    this.baseline = await fingerprints(this.dir, this.root);
  }

  /** Creates a file or directory outside the root, as part of the baseline. */
  async plantOutside(rel: string, content?: string): Promise<string> {
    const p = path.join(this.outside, rel);
    await fs.mkdir(path.dirname(p), { recursive: true });
    if (content === undefined) await fs.mkdir(p, { recursive: true });
    else await fs.writeFile(p, content);
    await this.rebaseline();
    return p;
  }

  /** The registry as JSON, whatever its schema version; undefined when missing or unreadable. */
  registryDoc():
    { schemaVersion?: number; generation?: number; entries?: Record<string, unknown> } | undefined {
    try {
      return JSON.parse(readFileSync(this.layout.registryFile, 'utf8')) as ReturnType<
        Sandbox['registryDoc']
      >;
    } catch {
      return undefined;
    }
  }

  /** Use records of `id` (files `uses/<id>/<key>.json`); 0 when there are none. */
  useCount(id: string): number {
    try {
      return readdirSync(this.layout.usesOf(id)).filter((n) => n.endsWith('.json')).length;
    } catch {
      return 0;
    }
  }

  registered(id: string): boolean {
    return Boolean(this.registryDoc()?.entries?.[id]);
  }

  holderAlive(): boolean {
    return (
      this.holder !== undefined &&
      this.holder.process.exitCode === null &&
      this.holder.process.signalCode === null
    );
  }

  /** Everything outside the root compared with the baseline, and the healthy toolchain. */
  async measure(): Promise<Measurement> {
    const figures = zeroFigures();
    const details: string[] = [];
    const now = await fingerprints(this.dir, this.root);
    for (const [p, f] of now) {
      const was = this.baseline.get(p);
      if (
        was &&
        was.kind === f.kind &&
        was.mode === f.mode &&
        was.digest === f.digest &&
        was.mtimeMs === f.mtimeMs
      )
        continue;
      figures.pathsOutside += 1;
      figures.bytesOutside += f.size;
      details.push(
        `${was ? 'changed' : 'appeared'} outside the root: ${p} (${f.kind}, ${f.size} bytes)`,
      );
    }
    for (const p of this.baseline.keys()) {
      if (now.has(p)) continue;
      figures.pathsOutside += 1;
      details.push(`deleted outside the root: ${p}`);
    }
    this.baseline = now; // a leak is counted once, by the case that made it
    if (this.holder) {
      const h = await this.checkHealthy();
      details.push(...h.problems);
      if (h.problems.length) figures.entriesLost += 1;
      if (h.treeGone && this.holderAlive()) {
        figures.inUseDeletions += 1;
        details.push(
          `the healthy toolchain's tree disappeared while job ${this.holder.process.pid} uses it`,
        );
      }
    }
    return { figures, details };
  }

  /** Registered, identical to its manifest, and it runs. */
  async checkHealthy(): Promise<{ problems: string[]; treeGone: boolean }> {
    const problems: string[] = [];
    const root = this.toolchainRoot(HEALTHY_ID);
    const treeGone = !existsSync(root);
    if (!this.registered(HEALTHY_ID)) problems.push(`${HEALTHY_ID} is no longer registered`);
    if (treeGone) problems.push(`${HEALTHY_ID}'s tree is gone`);
    else {
      const manifest = await readManifest(this.layout.manifestFile(HEALTHY_ID));
      if (!manifest) problems.push(`${HEALTHY_ID} has no readable manifest`);
      else problems.push(...(await verifyTree(root, manifest)).map((p) => `${HEALTHY_ID}: ${p}`));
      const run = spawnSync(path.join(root, 'bin', 'healthy'), { encoding: 'utf8' });
      if (run.stdout !== 'healthy 1.0\n') {
        problems.push(
          `${HEALTHY_ID} does not run: ${run.error?.message ?? run.stdout + run.stderr}`,
        );
      }
    }
    return { problems, treeGone };
  }

  /** Nothing of `id` is left: not registered, no tree, no staging leftovers, its install lock free. */
  async expectNothingOf(id: string): Promise<void> {
    expect(this.registered(id), `${id} must not be registered`).toBe(false);
    expect(existsSync(this.layout.entryDir(id)), `toolchains/${id} must not exist`).toBe(false);
    const staging = await fs.readdir(this.layout.stagingDir).catch(() => [] as string[]);
    expect(
      staging.filter((n) => n.startsWith(`${id}.`)),
      'staging leftovers',
    ).toEqual([]);
    expect(
      await readLockOwner(this.layout.lockPath(`install-${id}`)),
      `the install lock of ${id} must be free`,
    ).toBeUndefined();
  }

  /** A job that failed cleanly: exit 1 with `message`, post (if run) fine, nothing of `id` left behind. */
  async expectCleanFailure(job: JobResult, id: string, message: RegExp): Promise<void> {
    const log = mainLog(job);
    expect(job.main.exitCode, log).toBe(1);
    expect(log).toMatch(message);
    if (job.post) expect(job.post.exitCode, job.post.stdout).toBe(0);
    await this.expectNothingOf(id);
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    if (this.holder) {
      await this.holder.continuePost();
      await this.holder.result.catch(() => undefined);
      await removeJobDir(this.holder);
    }
    if (this.mounted) await unmount(this.root);
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}

// --------------------------------------------------------------------------- crash helpers

/** The pid of the process holding `id`'s install lock (the main step that is installing it). */
async function installerPid(sb: Sandbox, id: string): Promise<number> {
  const owner = await readLockOwner(sb.layout.lockPath(`install-${id}`));
  if (!owner) throw new Error(`nobody holds the install lock of ${id}`);
  return owner.pid;
}

/** Waits until `id`'s download has put at least `bytes` on disk in staging. */
async function waitForPartialDownload(
  sb: Sandbox,
  id: string,
  bytes: number,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = await fs.readdir(sb.layout.stagingDir).catch(() => [] as string[]);
    for (const n of names.filter((x) => x.startsWith(`${id}.`))) {
      const st = await fs
        .stat(path.join(sb.layout.stagingDir, n, 'archive'))
        .catch(() => undefined);
      if (st && st.size >= bytes) return;
    }
    if (Date.now() > deadline)
      throw new Error(`${id}: no partial download of ${bytes} bytes appeared in staging`);
    await sleep(20);
  }
}

/** The parent of `pid` (Linux /proc; undefined elsewhere), to make sure a test kills the step it means. */
function parentPid(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** `id` is registered, its tree matches its manifest, and `bin/<name>` prints "<name> <version>". */
export async function expectInstalled(
  sb: Sandbox,
  id: string,
  name: string,
  version = '1.0',
): Promise<void> {
  expect(sb.registered(id), `${id} registered`).toBe(true);
  const root = sb.toolchainRoot(id);
  const manifest = await readManifest(sb.layout.manifestFile(id));
  expect(manifest, `${id} manifest`).toBeDefined();
  expect(await verifyTree(root, manifest!)).toEqual([]);
  expect(spawnSync(path.join(root, 'bin', name), { encoding: 'utf8' }).stdout).toBe(
    `${name} ${version}\n`,
  );
  const staging = await fs.readdir(sb.layout.stagingDir);
  expect(
    staging.filter((n) => n.startsWith(`${id}.`)),
    `${id} staging leftovers`,
  ).toEqual([]);
}
