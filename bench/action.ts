// The action's own figures: whole step processes of the committed bundles (dist/), run as a runner
// runs them, against baselines built and run in the same run (bare node: a bundle that appends one
// line to GITHUB_PATH; the floor bundle: @actions/core and one output; curl + sha256sum + tar for a
// big download). Paired and interleaved rounds, medians.
// Figures only: nothing here passes or fails on speed. Run through bench/run.mjs (npm run bench),
// which builds the floor bundle and finds the Node binaries; this file prints one table.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeTar, type FileSpec } from '../test/helpers/archives.js';
import { parseFileCommands } from '../test/helpers/file-commands.mjs';
import { startServer, type TestServer } from '../test/helpers/http-server.js';
import { prepareJob, REPO_ROOT, stepEntries } from '../test/helpers/runner.js';
import { hostPlatform } from '../src/vendors/platform.js';

/** Rounds of the single-process cases; the concurrent ones run a third as many (at least 3). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const HEAVY_ROUNDS = Math.max(3, Math.round(ROUNDS / 3));
/** The named row's pairs: a goal of 2 ms in run-to-run noise of several needs more than a round. */
const NAMED_ROUNDS = ROUNDS * 5;
const WARMUP = 2;
/** BENCH_CASES=warm,concurrent,cold,big,rss runs only those groups of rows (all by default). */
const CASES = new Set((process.env.BENCH_CASES ?? 'warm,concurrent,cold,big,rss').split(','));
const FLOOR = process.env.BENCH_FLOOR_BUNDLE ?? '';
const BARE = process.env.BENCH_BARE_BUNDLE ?? '';
/** The wide toolchain: WIDE_DIRS directories of WIDE_FILES_PER_DIR files (an NDK, a CUDA). */
const WIDE_DIRS = 300;
const WIDE_FILES_PER_DIR = 100;
const MAIN = path.join(REPO_ROOT, stepEntries().main);
const POST = path.join(REPO_ROOT, stepEntries().post);
const RSS_PROBE = path.join(REPO_ROOT, 'bench/rss-probe.cjs');
const nodes: Array<{ label: string; bin: string }> = JSON.parse(
  process.env.BENCH_NODES ?? JSON.stringify([{ label: process.version, bin: process.execPath }]),
) as Array<{ label: string; bin: string }>;

interface Run {
  ms: number;
  code: number | null;
  stdout: string;
  rssKiB?: number;
}

/** Runs one step process to its exit; wall time from spawn to exit. */
async function step(
  node: string,
  script: string,
  env: Record<string, string>,
  opts: { rss?: boolean } = {},
): Promise<Run> {
  const rssFile = opts.rss
    ? path.join(os.tmpdir(), `tc-bench-rss-${randomBytes(6).toString('hex')}`)
    : '';
  const args = opts.rss ? ['--require', RSS_PROBE, script] : [script];
  const t0 = performance.now();
  const child = spawn(node, args, {
    cwd: env.GITHUB_WORKSPACE,
    env: opts.rss ? { ...env, BENCH_RSS_FILE: rssFile } : env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - t0;
  let rssKiB: number | undefined;
  if (rssFile) {
    rssKiB = Number(readFileSync(rssFile, 'utf8'));
    await fs.rm(rssFile, { force: true });
  }
  return { ms, code, stdout, rssKiB };
}

const must = (r: Run, what: string): Run => {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}:\n${r.stdout.slice(-3000)}`);
  return r;
};

/**
 * The cache directory (XDG_CACHE_HOME) of the runner user running `node`'s jobs: the steps' code
 * cache lives there (src/action/code-cache-home.ts), and like a real runner user's it is shared by
 * all its jobs, so a warm hit is measured with the code cache a host has after its first job
 * (the warm-up rounds fill it). One per Node: a runner runs the steps with one.
 */
function cacheHomeOf(node: string): string {
  let home = cacheHomes.get(node);
  if (!home) cacheHomes.set(node, (home = path.join(benchTmp, `cache-home-${cacheHomes.size}`)));
  return home;
}
const cacheHomes = new Map<string, string>();
/** The bench's temp directory (main() makes it). */
let benchTmp = '';

/** A fresh runner job (files, env) for the action with these inputs, run by `node`'s user. */
async function job(node: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return prepareJob(inputs, { RUNNER_DEBUG: '', XDG_CACHE_HOME: cacheHomeOf(node), ...env });
}

/** main, then post with the state main left (as the runner passes it), each timed. */
async function wholeJob(
  node: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
) {
  const j = await job(node, inputs, env);
  try {
    const main = must(await step(node, MAIN, j.env), 'main');
    // When main ended (its exit seen here), before post and the job's cleanup add their noise.
    const mainEnd = performance.now();
    const state = parseFileCommands(await fs.readFile(j.files.GITHUB_STATE, 'utf8'));
    const postEnv = { ...j.env };
    for (const [k, v] of Object.entries(state)) postEnv[`STATE_${k}`] = v;
    const post = must(await step(node, POST, postEnv), 'post');
    const outputs = parseFileCommands(await fs.readFile(j.files.GITHUB_OUTPUT, 'utf8'));
    return { main, post, outputs, ms: main.ms + post.ms, mainEnd };
  } finally {
    await fs.rm(j.workDir, { recursive: true, force: true });
  }
}

/** One run of a baseline bundle (FLOOR or BARE) in a fresh runner job. */
async function baselineRun(node: string, bundle: string, opts: { rss?: boolean } = {}) {
  const j = await job(node, {});
  try {
    return must(await step(node, bundle, j.env, opts), path.basename(path.dirname(bundle)));
  } finally {
    await fs.rm(j.workDir, { recursive: true, force: true });
  }
}

const floorRun = (node: string, opts: { rss?: boolean } = {}): Promise<Run> =>
  baselineRun(node, FLOOR, opts);
const bareRun = (node: string, opts: { rss?: boolean } = {}): Promise<Run> =>
  baselineRun(node, BARE, opts);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Paired, interleaved rounds: each round runs every contender once, in an order that alternates
 * between rounds, so drift in the machine's load falls on all of them alike. Medians per contender.
 */
async function paired(
  contenders: Record<string, () => Promise<number>>,
  rounds: number,
  warmup = WARMUP,
): Promise<Record<string, number>> {
  const samples = await pairedSamples(contenders, rounds, warmup);
  return Object.fromEntries(Object.entries(samples).map(([n, xs]) => [n, median(xs)]));
}

/** paired's rounds, each contender's samples in round order (for per-round differences). */
async function pairedSamples(
  contenders: Record<string, () => Promise<number>>,
  rounds: number,
  warmup = WARMUP,
): Promise<Record<string, number[]>> {
  const names = Object.keys(contenders);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < warmup + rounds; r++) {
    const order = r % 2 ? [...names].reverse() : names;
    for (const name of order) {
      const ms = await contenders[name]();
      if (r >= warmup) samples[name].push(ms);
    }
  }
  return samples;
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

interface Served {
  id: string;
  url: string;
  sha: string;
  bytes: number;
}

/** A tar.gz of incompressible content: what a real SDK's download costs, byte for byte. */
async function serveArchive(
  server: TestServer,
  dir: string,
  id: string,
  blobBytes: number,
  files = 8,
): Promise<Served> {
  const per = Math.ceil(blobBytes / files);
  const entries: FileSpec[] = [
    { path: `${id}/`, type: 'directory' },
    { path: `${id}/bin/`, type: 'directory' },
    { path: `${id}/bin/${id}`, content: `#!/bin/sh\necho ${id}\n`, mode: 0o755 },
    ...Array.from({ length: files }, (_, i) => ({
      path: `${id}/lib/part${i}.bin`,
      content: randomBytes(per),
    })),
  ];
  const file = path.join(dir, `${id}.tar.gz`);
  await makeTar(file, entries, 'gz');
  const body = await fs.readFile(file);
  server.route(`/${id}.tar.gz`, { body });
  return { id, url: server.url(`/${id}.tar.gz`), sha: sha256(body), bytes: body.length };
}

/**
 * One toolchain of WIDE_DIRS × WIDE_FILES_PER_DIR small files (and bin/): what a hit of an NDK
 * or a CUDA checks. The hit check goes by directories, so this row shows it does not grow with files.
 */
async function serveWide(server: TestServer, dir: string): Promise<Served> {
  const id = 'widetool';
  const entries: FileSpec[] = [
    { path: `${id}/`, type: 'directory' },
    { path: `${id}/bin/`, type: 'directory' },
    { path: `${id}/bin/${id}`, content: `#!/bin/sh\necho ${id}\n`, mode: 0o755 },
  ];
  for (let d = 0; d < WIDE_DIRS; d++) {
    entries.push({ path: `${id}/d${d}/`, type: 'directory' });
    for (let f = 0; f < WIDE_FILES_PER_DIR; f++)
      entries.push({ path: `${id}/d${d}/f${f}`, content: `${d}/${f}\n` });
  }
  const file = path.join(dir, `${id}.tar.gz`);
  await makeTar(file, entries, 'gz');
  const body = await fs.readFile(file);
  server.route(`/${id}.tar.gz`, { body });
  return { id, url: server.url(`/${id}.tar.gz`), sha: sha256(body), bytes: body.length };
}

/**
 * A node-shaped archive (`node-v24.0.0-<platform>/bin/node`) and a lockfile naming it for
 * `node@24` on this platform: a named hit that reads the lockfile and the host's table, no index.
 */
async function serveNamed(server: TestServer, dir: string): Promise<string> {
  const platform = hostPlatform();
  const top = `node-v24.0.0-${platform}`;
  const file = path.join(dir, `${top}.tar.gz`);
  await makeTar(
    file,
    [
      { path: `${top}/`, type: 'directory' },
      { path: `${top}/bin/`, type: 'directory' },
      { path: `${top}/bin/node`, content: '#!/bin/sh\necho v24.0.0\n', mode: 0o755 },
    ],
    'gz',
  );
  const body = await fs.readFile(file);
  server.route(`/${top}.tar.gz`, { body });
  const entry = {
    id: `node-24.0.0-${platform}`,
    version: '24.0.0',
    url: server.url(`/${top}.tar.gz`),
    sha256: sha256(body),
  };
  const lockfile = path.join(dir, 'toolchains.lock.json');
  await fs.writeFile(
    lockfile,
    JSON.stringify({ lockfileVersion: 1, toolchains: { 'node@24': { [platform]: entry } } }),
  );
  return lockfile;
}

const listOf = (items: Served[]): string =>
  items.map((a) => `- id: ${a.id}\n  url: ${a.url}\n  sha256: ${a.sha}\n`).join('');

interface Row {
  name: string;
  goal: string;
  /** Per Node label: the measured figure, its baseline, and their ratio (or a plain value). */
  cells: Record<string, { value: string; base?: string; ratio?: string }>;
}

const ms = (n: number): string => `${Math.round(n)} ms`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

interface Ctx {
  node: { label: string; bin: string };
  bin: string;
  fixtures: {
    small: Served[];
    cold: Served;
    big: Served;
    wide: Served;
    tmp: string;
    lockfile: string;
  };
  put(name: string, goal: string, cell: Row['cells'][string]): void;
  newRoot(): Promise<string>;
  /** Inputs of a warm hit on one and on seven toolchains, and on the wide one. */
  one: Record<string, string>;
  seven: Record<string, string>;
  wide: Record<string, string>;
  /** One named toolchain (`node@24`) resolved from a lockfile. */
  named: Record<string, string>;
}

async function benchNode(
  node: { label: string; bin: string },
  fixtures: Ctx['fixtures'],
  rows: Map<string, Row>,
): Promise<void> {
  const newRoot = () => fs.mkdtemp(path.join(fixtures.tmp, 'root-'));
  const warmRoot = await newRoot();
  const ctx: Ctx = {
    node,
    bin: node.bin,
    fixtures,
    newRoot,
    put(name, goal, cell) {
      const row = rows.get(name) ?? { name, goal, cells: {} };
      row.cells[node.label] = cell;
      rows.set(name, row);
    },
    one: { toolchains: listOf(fixtures.small.slice(0, 1)), 'cache-root': warmRoot },
    seven: { toolchains: listOf(fixtures.small), 'cache-root': warmRoot },
    wide: { toolchains: listOf([fixtures.wide]), 'cache-root': warmRoot },
    named: { toolchains: '- node@24\n', lockfile: fixtures.lockfile, 'cache-root': warmRoot },
  };
  await wholeJob(node.bin, ctx.seven); // installs all seven: every later job is a warm hit
  await wholeJob(node.bin, ctx.wide);
  await wholeJob(node.bin, ctx.named);
  const groups: Array<[string, (c: Ctx) => Promise<void>]> = [
    ['warm', warmCases],
    ['concurrent', concurrentWarmCase],
    ['cold', concurrentColdCase],
    ['big', bigInstallCase],
    ['rss', rssCase],
  ];
  for (const [name, run] of groups) {
    if (!CASES.has(name)) continue;
    await run(ctx);
    progress(node, name);
  }
}

async function warmCases(ctx: Ctx): Promise<void> {
  await warmVsBare(ctx);
  await warmVsFloor(ctx);
}

/** Main alone is timed; its post runs untimed after it, so uses do not pile up between rounds. */
const mainOnly = async (
  bin: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<number> => {
  const r = await wholeJob(bin, inputs, env);
  if (r.outputs['cache-hit'] !== 'true') throw new Error(`not a warm hit: ${r.main.stdout}`);
  return r.main.ms;
};

/**
 * A warm main with no code cache at all, as a user's first job on a host: XDG_CACHE_HOME names an
 * empty directory of its own (where the steps keep their code cache), removed after the run.
 */
async function mainWithoutCodeCache(ctx: Ctx): Promise<number> {
  const xdg = await fs.mkdtemp(path.join(ctx.fixtures.tmp, 'xdg-'));
  try {
    return await mainOnly(ctx.bin, ctx.one, { XDG_CACHE_HOME: xdg });
  } finally {
    await fs.rm(xdg, { recursive: true, force: true });
  }
}

/** The goals of issue 19: a warm hit at the cost of starting node (bare: bench/bare/step.js). */
async function warmVsBare(ctx: Ctx): Promise<void> {
  const { bin, put, one, seven, wide } = ctx;
  const samples = await pairedSamples(
    {
      bare: async () => (await bareRun(bin)).ms,
      main1: () => mainOnly(bin, one),
      main7: () => mainOnly(bin, seven),
      mainWide: () => mainOnly(bin, wide),
      noCache: () => mainWithoutCodeCache(ctx),
      job: async () => (await wholeJob(bin, one)).ms,
      bare2: async () => (await bareRun(bin)).ms + (await bareRun(bin)).ms,
      floor: async () => (await floorRun(bin)).ms,
    },
    ROUNDS,
  );
  const t = Object.fromEntries(Object.entries(samples).map(([n, xs]) => [n, median(xs)]));
  // The named row: pairs of its own (a named main and one by id, back to back, in alternating
  // order), the median of each pair's difference, which the machine's drift between pairs does
  // not move as it moves two medians.
  const pairs = await pairedSamples(
    { mainNamed: () => mainOnly(bin, ctx.named), byId: () => mainOnly(bin, one) },
    NAMED_ROUNDS,
  );
  const namedMinusById = median(pairs.mainNamed.map((x, i) => x - pairs.byId[i]));
  const vsBare = (value: number, base = t.bare) => ({
    value: ms(value),
    base: ms(base),
    ratio: ratio(value, base),
  });
  put('warm main, 1 toolchain / bare node', '≤ 1.3×', vsBare(t.main1));
  put('warm main, 7 toolchains / bare node', '≤ 1.5×', vsBare(t.main7));
  const files = `${(WIDE_DIRS * WIDE_FILES_PER_DIR).toLocaleString('en')} files`;
  put(
    `warm main, 1 toolchain of ${files} in ${WIDE_DIRS} dirs / bare`,
    '≤ 1.5×',
    vsBare(t.mainWide),
  );
  put('warm job (main + post) / two bare runs', '≤ 1.4×', vsBare(t.job, t.bare2));
  put('warm main, 1 named toolchain (node@24, lockfile) / 1 by id', '≤ +2 ms', {
    value: ms(median(pairs.mainNamed)),
    base: ms(median(pairs.byId)),
    ratio: `${namedMinusById >= 0 ? '+' : '−'}${Math.abs(namedMinusById).toFixed(1)} ms`,
  });
  put(
    "warm main, no code cache (a user's first job) / bare",
    'no more than a warm main before issue 19',
    vsBare(t.noCache),
  );
  put('floor / bare node', '(reference)', vsBare(t.floor));
}

/** The @actions/core floor rows, kept as a second reference. */
async function warmVsFloor({ bin, put, one, seven }: Ctx): Promise<void> {
  const warm = await paired(
    {
      floor: async () => (await floorRun(bin)).ms,
      main1: () => mainOnly(bin, one),
      main7: () => mainOnly(bin, seven),
      job: async () => (await wholeJob(bin, one)).ms,
      floor2: async () => (await floorRun(bin)).ms + (await floorRun(bin)).ms,
    },
    ROUNDS,
  );
  put('warm hit, main, 1 toolchain / floor', '≤ 1.15× floor', {
    value: ms(warm.main1),
    base: ms(warm.floor),
    ratio: ratio(warm.main1, warm.floor),
  });
  put('warm hit, main, 7 toolchains / floor', '≤ 1.25× floor', {
    value: ms(warm.main7),
    base: ms(warm.floor),
    ratio: ratio(warm.main7, warm.floor),
  });
  put('warm job (main + post) / 2 floor runs', '≤ 1.15× 2 floor runs', {
    value: ms(warm.job),
    base: ms(warm.floor2),
    ratio: ratio(warm.job, warm.floor2),
  });
}

const concurrent = async (n: number, run: () => Promise<unknown>): Promise<number> => {
  const t0 = performance.now();
  await Promise.all(Array.from({ length: n }, run));
  return performance.now() - t0;
};

const floorPair = async (bin: string): Promise<void> => {
  await floorRun(bin);
  await floorRun(bin);
};

async function concurrentWarmCase({ bin, put, one }: Ctx): Promise<void> {
  const warm16 = await paired(
    {
      jobs: () => concurrent(16, () => wholeJob(bin, one)),
      floors: () => concurrent(16, () => floorPair(bin)),
    },
    HEAVY_ROUNDS,
    1,
  );
  put('16 concurrent warm jobs', '≤ 1.3× 16 floor pairs', {
    value: ms(warm16.jobs),
    base: ms(warm16.floors),
    ratio: ratio(warm16.jobs, warm16.floors),
  });
}

async function concurrentColdCase({ bin, put, fixtures, newRoot }: Ctx): Promise<void> {
  const coldInputs = async () => ({
    toolchains: listOf([fixtures.cold]),
    'cache-root': await newRoot(),
  });
  const lags: number[] = [];
  const cold16 = async (): Promise<number> => {
    const inputs = await coldInputs();
    const ends: Array<{ source: string; end: number }> = [];
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        const r = await wholeJob(bin, inputs);
        const source = (JSON.parse(r.outputs.sources) as Record<string, string>)[fixtures.cold.id];
        ends.push({ source, end: r.mainEnd });
      }),
    );
    const total = performance.now() - t0;
    // How long after the installer's main ended the last waiter's main ended.
    const installer = ends.find((e) => e.source === 'download');
    if (installer) lags.push(Math.max(...ends.map((e) => e.end - installer.end)));
    return total;
  };
  const cold = await paired(
    {
      cold16,
      cold1: async () => (await wholeJob(bin, await coldInputs())).ms,
      floors: () => concurrent(16, () => floorPair(bin)),
    },
    HEAVY_ROUNDS,
    1,
  );
  put('16 concurrent cold jobs', '≤ 1.2× (1 cold job + 16 floor pairs)', {
    value: ms(cold.cold16),
    base: ms(cold.cold1 + cold.floors),
    ratio: ratio(cold.cold16, cold.cold1 + cold.floors),
  });
  put("last waiter's main ends after the installer's", '≤ 100 ms after the commit', {
    value: ms(median(lags.slice(-HEAVY_ROUNDS))),
  });
}

async function bigInstallCase({ bin, put, fixtures, newRoot }: Ctx): Promise<void> {
  const bigRss: number[] = [];
  const big = await paired(
    {
      main: async () => {
        const j = await job(bin, {
          toolchains: listOf([fixtures.big]),
          'cache-root': await newRoot(),
          'remote-cache': 'false',
        });
        const r = must(await step(bin, MAIN, j.env, { rss: true }), 'cold main');
        bigRss.push(r.rssKiB ?? NaN);
        await fs.rm(j.workDir, { recursive: true, force: true });
        return r.ms;
      },
      tools: async () => {
        const dir = await fs.mkdtemp(path.join(fixtures.tmp, 'manual-'));
        const t0 = performance.now();
        const archive = path.join(dir, 'a.tar.gz');
        await run('curl', ['-sSf', '-o', archive, fixtures.big.url]);
        await run('sha256sum', [archive]);
        await fs.mkdir(path.join(dir, 'x'));
        await run('tar', ['-xzf', archive, '-C', path.join(dir, 'x')]);
        await floorRun(bin);
        const t = performance.now() - t0;
        await fs.rm(dir, { recursive: true, force: true });
        return t;
      },
    },
    HEAVY_ROUNDS,
    1,
  );
  const mb = Math.round(fixtures.big.bytes / 1e6);
  put(`cold install, ${mb} MB tar.gz, main`, '≤ 1.3× curl+sha256sum+tar+floor', {
    value: ms(big.main),
    base: ms(big.tools),
    ratio: ratio(big.main, big.tools),
  });
  put('peak RSS, cold main (big install)', '≤ 150 MB', { value: mib(median(bigRss)) });
}

/** Runs a command to its end without blocking the loopback server that feeds it. */
async function run(cmd: string, args: string[]): Promise<void> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`${cmd} exited ${code}`);
}

const mib = (kib: number): string => `${(kib / 1024).toFixed(0)} MiB`;

async function rssCase({ bin, put, one }: Ctx): Promise<void> {
  const rss = { main: [] as number[], floor: [] as number[], bare: [] as number[] };
  const rssJob = await job(bin, one);
  for (let i = 0; i < 5; i++) {
    rss.main.push(must(await step(bin, MAIN, rssJob.env, { rss: true }), 'main').rssKiB ?? NaN);
    rss.bare.push((await bareRun(bin, { rss: true })).rssKiB ?? NaN);
    rss.floor.push((await floorRun(bin, { rss: true })).rssKiB ?? NaN);
  }
  await fs.rm(rssJob.workDir, { recursive: true, force: true });
  const main = median(rss.main);
  put('peak RSS, warm main / bare node', '≤ 1.1×', {
    value: mib(main),
    base: mib(median(rss.bare)),
    ratio: ratio(main, median(rss.bare)),
  });
  put('peak RSS, warm main / floor', '≤ 1.1× floor', {
    value: mib(main),
    base: mib(median(rss.floor)),
    ratio: ratio(main, median(rss.floor)),
  });
}

function progress(node: { label: string }, what: string): void {
  process.stderr.write(`  [${node.label}] ${what} done\n`);
}

function printTable(rows: Row[]): void {
  const labels = nodes.map((n) => n.label);
  const header = ['case', ...labels.flatMap((l) => [`${l}`, 'baseline', 'ratio']), 'goal'];
  const body = rows.map((r) => [
    r.name,
    ...labels.flatMap((l) => {
      const c = r.cells[l];
      return c ? [c.value, c.base ?? '', c.ratio ?? ''] : ['–', '', ''];
    }),
    r.goal,
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((line) => line[i].length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
}

async function main(): Promise<void> {
  if (!FLOOR || !existsSync(FLOOR) || !BARE || !existsSync(BARE))
    throw new Error('BENCH_FLOOR_BUNDLE or BENCH_BARE_BUNDLE is not set: run npm run bench');
  if (!existsSync(MAIN)) throw new Error('dist/ is missing: run npm run build first');
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-bench-action-'));
  benchTmp = tmp;
  const server = await startServer();
  try {
    const small = await Promise.all(
      Array.from({ length: 7 }, (_, i) => serveArchive(server, tmp, `tool${i}`, 64 * 1024, 2)),
    );
    const cold = await serveArchive(server, tmp, 'coldtool', 8 << 20);
    const big = await serveArchive(server, tmp, 'bigtool', 60e6, 12);
    const wide = await serveWide(server, tmp);
    const lockfile = await serveNamed(server, tmp);
    const rows = new Map<string, Row>();
    for (const node of nodes) {
      process.stderr.write(`${node.label} (${node.bin})\n`);
      await benchNode(node, { small, cold, big, wide, tmp, lockfile }, rows);
    }
    const load = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    console.log(
      `\ntoolchain-cache steps vs baselines, ${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs, ` +
        `load ${load}; medians of ${ROUNDS} paired rounds (${HEAVY_ROUNDS} for the concurrent and cold cases)\n`,
    );
    printTable([...rows.values()]);
  } finally {
    await server.close();
    // Installed trees are read-only: give the owner write access back before removing them.
    if (process.platform !== 'win32') await run('chmod', ['-R', 'u+w', tmp]);
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

await main();
