// npm run bench:profile: where the milliseconds of one warm main go. A warm root with one small
// toolchain; the committed main bundle (dist/) run PROFILE_RUNS times with V8's CPU profiler
// (--cpu-prof, one sample every 100 µs), against bare node (the bench's baseline bundle) run as
// many times, interleaved. Each sample of main is put in the first phase one of its frames
// belongs to (the phases' entry functions below, looked for from the innermost frame out), so a
// phase counts everything it calls; what is in none is start-up (Node's own bootstrap, the module
// loader, compiling or reading the code cache). Figures only; run through bench/run.mjs --profile.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeTar } from '../test/helpers/archives.js';
import { startServer } from '../test/helpers/http-server.js';
import { prepareJob, REPO_ROOT, stepEntries } from '../test/helpers/runner.js';

const RUNS = Number(process.env.PROFILE_RUNS ?? 20);
const MAIN = path.join(REPO_ROOT, stepEntries().main);
const BARE = process.env.BENCH_BARE_BUNDLE ?? '';
const NODE = process.env.PROFILE_NODE || process.execPath;

/** Phases, each by the functions that start it (names as V8 reports them). */
const PHASES: Array<[string, RegExp]> = [
  [
    'inputs (toolchains, settings, host file)',
    /^(readInputs|readHostSettings|hostConfig|parseToolchains)$/,
  ],
  ['cache root checks', /^openCacheRoot$/],
  ['registry read', /^(read|readText|parse)$/],
  [
    'use record (+ job process, host id)',
    /^(recordUse|recordUseOrExplain|jobProcess|hostId|newUse)$/,
  ],
  ['hit check (tree-stat against the tree)', /^(treeChange|treeStatProblem)$/],
  ['named toolchains (lockfile, table)', /^(resolveNamedItems|resolveToolchainItems)$/],
  [
    'file commands and log (outputs, state, PATH)',
    /^(saveState|setOutput|addPath|info|group|issueFileCommand|writeStdout)$/,
  ],
  [
    'code cache (read, check, write at exit)',
    /^(enableCompileCache|loadChunk|writeCache|installChunkCodeCache)$/,
  ],
];
const STARTUP = 'start-up (Node bootstrap, module loading and compiling)';
const GC = 'garbage collector';

interface Profile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string };
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
}

function run(bin: string, args: string[], env: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  const child = spawn(bin, args, { env, stdio: 'ignore', cwd: env.GITHUB_WORKSPACE });
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0
        ? resolve(performance.now() - t0)
        : reject(new Error(`${args.at(-1)} exited ${code}`)),
    ),
  );
}

/** Microseconds per phase in one profile. */
function phasesOf(p: Profile): Map<string, number> {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const phaseOfNode = new Map<number, string>();
  const phaseOf = (id: number): string => {
    const known = phaseOfNode.get(id);
    if (known) return known;
    const name = byId.get(id)!.callFrame.functionName;
    let phase: string;
    if (name === '(garbage collector)') phase = GC;
    else if (name === '(idle)' || name === '(program)') phase = STARTUP;
    else {
      const own = PHASES.find(([, re]) => re.test(name))?.[0];
      const up = parent.get(id);
      phase = own ?? (up === undefined ? STARTUP : phaseOf(up));
    }
    phaseOfNode.set(id, phase);
    return phase;
  };
  const out = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const phase = phaseOf(id);
    out.set(phase, (out.get(phase) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  return out;
}

async function warmJob(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-profile-'));
  const server = await startServer();
  const file = path.join(tmp, 'tool.tar.gz');
  await makeTar(
    file,
    [
      { path: 'tool/', type: 'directory' },
      { path: 'tool/bin/', type: 'directory' },
      { path: 'tool/bin/tool', content: '#!/bin/sh\necho tool\n', mode: 0o755 },
    ],
    'gz',
  );
  const body = await fs.readFile(file);
  server.route('/tool.tar.gz', { body });
  const sha = createHash('sha256').update(body).digest('hex');
  const inputs = {
    toolchains: `- id: tool-1\n  url: ${server.url('/tool.tar.gz')}\n  sha256: ${sha}\n`,
    'cache-root': path.join(tmp, 'root'),
  };
  const job = await prepareJob(inputs, { RUNNER_DEBUG: '', XDG_CACHE_HOME: path.join(tmp, 'xdg') });
  await run(NODE, [MAIN], job.env); // installs it
  await run(NODE, [MAIN], job.env); // fills the code cache
  await server.close();
  return {
    env: job.env,
    cleanup: async () => {
      await fs.rm(job.workDir, { recursive: true, force: true });
      if (process.platform !== 'win32') await fs.chmod(tmp, 0o700);
      await new Promise((r) => spawn('chmod', ['-R', 'u+w', tmp]).on('close', r));
      await fs.rm(tmp, { recursive: true, force: true });
    },
  };
}

async function nodeVersion(): Promise<string> {
  const child = spawn(NODE, ['--version']);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise((r) => child.on('close', r));
  return `node ${out.trim()}`;
}

async function main(): Promise<void> {
  if (!BARE) throw new Error('BENCH_BARE_BUNDLE is not set: run npm run bench:profile');
  const { env, cleanup } = await warmJob();
  const profDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-profile-cpu-'));
  try {
    let bareMs = 0;
    let mainMs = 0;
    for (let i = 0; i < RUNS; i++) {
      bareMs += await run(NODE, [BARE], env);
      mainMs += await run(
        NODE,
        ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', profDir, MAIN],
        env,
      );
    }
    const totals = new Map<string, number>();
    let sampled = 0;
    for (const f of await fs.readdir(profDir)) {
      const p = JSON.parse(await fs.readFile(path.join(profDir, f), 'utf8')) as Profile;
      for (const [phase, us] of phasesOf(p)) {
        totals.set(phase, (totals.get(phase) ?? 0) + us);
        sampled += us;
      }
    }
    const ms = (us: number) => (us / 1000 / RUNS).toFixed(1);
    console.log(
      `One warm main (1 toolchain), ${await nodeVersion()}, ` +
        `mean of ${RUNS} runs: bare node ${(bareMs / RUNS).toFixed(1)} ms wall, main (profiled) ${(mainMs / RUNS).toFixed(1)} ms wall, ${ms(sampled)} ms sampled\n`,
    );
    console.log('| phase | ms | share |');
    console.log('|---|---:|---:|');
    const order = [STARTUP, ...PHASES.map(([p]) => p), GC];
    for (const phase of order) {
      const us = totals.get(phase) ?? 0;
      console.log(`| ${phase} | ${ms(us)} | ${((100 * us) / sampled).toFixed(0)}% |`);
    }
  } finally {
    await fs.rm(profDir, { recursive: true, force: true });
    await cleanup();
  }
}

await main();
