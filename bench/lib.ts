// Shared by the benchmarks: start N copies of a worker (node --import tsx <file> worker …), wait
// until all are ready, start them together, collect one JSON result line from each.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** Seconds each measurement runs; BENCH_SECONDS overrides. */
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

export interface WorkerResult {
  ops: number;
  /** Per-operation latencies in ms (waiting for the lock included). */
  latencies: number[];
  cpuMs: number;
}

export interface RunResult {
  processes: number;
  seconds: number;
  ops: number;
  opsPerSec: number;
  cpuMsPerOp: number;
  p50: number;
  p99: number;
  max: number;
}

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `tcache-bench-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `n` workers of `file` for SECONDS; each must print `ready`, wait for `go <ms>` and print one JSON WorkerResult. */
export async function runWorkers(file: string, args: string[], n: number): Promise<RunResult> {
  const children = Array.from({ length: n }, () =>
    spawn(process.execPath, ['--import', 'tsx', file, 'worker', ...args], {
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  const lines = children.map((c) => createInterface({ input: c.stdout }));
  const next = (i: number): Promise<string> =>
    new Promise((resolve) => lines[i].once('line', resolve));
  await Promise.all(children.map(async (_, i) => expectLine(await next(i), 'ready')));
  const results = children.map((_, i) => next(i));
  const ms = SECONDS * 1000;
  const started = Date.now();
  for (const c of children) c.stdin.write(`go ${ms}\n`);
  const parsed = (await Promise.all(results)).map((l) => JSON.parse(l) as WorkerResult);
  const elapsed = (Date.now() - started) / 1000;
  for (const c of children) c.stdin.end();
  await Promise.all(
    children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on('exit', r)))),
  );
  const ops = parsed.reduce((s, r) => s + r.ops, 0);
  const latencies = parsed.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const pct = (p: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return {
    processes: n,
    seconds: elapsed,
    ops,
    opsPerSec: ops / Math.max(elapsed, SECONDS),
    cpuMsPerOp: parsed.reduce((s, r) => s + r.cpuMs, 0) / Math.max(ops, 1),
    p50: pct(0.5),
    p99: pct(0.99),
    max: latencies[latencies.length - 1] ?? NaN,
  };
}

function expectLine(line: string, want: string): void {
  if (line.trim() !== want)
    throw new Error(`worker said ${JSON.stringify(line)}, expected ${want}`);
}

/** Worker side: says ready, waits for `go <ms>`, runs `op` in a loop that long, prints its WorkerResult. */
export async function workerLoop(op: () => Promise<void>): Promise<void> {
  const input = createInterface({ input: process.stdin });
  const go = new Promise<number>((resolve) =>
    input.once('line', (l) => resolve(Number(l.split(' ')[1]))),
  );
  process.stdout.write('ready\n');
  const ms = await go;
  const latencies: number[] = [];
  const cpu0 = process.cpuUsage();
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const t = performance.now();
    await op();
    latencies.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  const result: WorkerResult = {
    ops: latencies.length,
    latencies,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  input.close();
}

const f = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '-');

export function table(
  title: string,
  rows: Array<RunResult & { label: string }>,
  baseline: RunResult,
): void {
  console.log(`\n${title}`);
  console.log(
    `${'case'.padEnd(30)} ${'ops/s'.padStart(9)} ${'× base'.padStart(7)} ${'cpu ms/op'.padStart(10)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(30)} ${f(r.opsPerSec, 0).padStart(9)} ${f(r.opsPerSec / baseline.opsPerSec, 2).padStart(7)} ${f(r.cpuMsPerOp, 2).padStart(10)} ${f(r.p50).padStart(8)} ${f(r.p99).padStart(8)} ${f(r.max).padStart(8)}`,
    );
  }
}

export function machine(): string {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs, load ${load}, ${SECONDS}s per case, tmp ${os.tmpdir()}`;
}
