// Real child processes for the multi-process tests: spawn a TypeScript worker (node --import tsx),
// read its stdout line by line, talk to it on stdin, wait for lines or its exit, signal it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKERS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'workers');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Worker {
  readonly name: string;
  readonly child: ChildProcessWithoutNullStreams;
  readonly pid: number;
  /** Every complete stdout line so far. */
  readonly lines: string[];
  stderr(): string;
  /** Resolves with the first line (already seen or future) that matches; rejects on exit or timeout. */
  waitForLine(match: RegExp | ((line: string) => boolean), timeoutMs?: number): Promise<string>;
  /** The JSON events (lines starting with `{`) named `event`, in order. */
  events<T = Record<string, unknown>>(event: string): T[];
  /** Resolves with the nth (1-based) event named `event`, once printed; rejects on exit or timeout. */
  waitForEvent<T = Record<string, unknown>>(
    event: string,
    nth?: number,
    timeoutMs?: number,
  ): Promise<T>;
  /** Writes one line to the worker's stdin. */
  send(line: string): void;
  readonly exited: Promise<Exit>;
  /** Resolves once the process has exited (and been reaped), rejects after the timeout. */
  waitExit(timeoutMs?: number): Promise<Exit>;
  signal(sig: NodeJS.Signals): void;
  /** Lines parsed as JSON (the workers' result lines start with `{`). */
  json<T>(): T[];
}

const live = new Set<Worker>();

function parseEvents(lines: string[]): Array<Record<string, unknown>> {
  return lines
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Starts `test/helpers/workers/<script>` with tsx, the way the brief's workers are meant to run. */
export function startWorker(
  script: string,
  args: Array<string | number>,
  options: { env?: NodeJS.ProcessEnv; name?: string } = {},
): Worker {
  const file = path.join(WORKERS_DIR, script);
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args.map(String)], {
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const name = options.name ?? `${script}#${child.pid}`;
  const lines: string[] = [];
  let stderr = '';
  let partial = '';
  const listeners = new Set<() => void>();
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    partial += chunk;
    const parts = partial.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    for (const l of listeners) l();
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  // Writing to a worker that died must not crash the test process.
  child.stdin.on('error', () => undefined);
  let done = false;
  const exited = new Promise<Exit>((resolve) => {
    child.on('exit', (code, signal) => {
      done = true;
      if (partial) lines.push(partial);
      partial = '';
      live.delete(worker);
      for (const l of listeners) l();
      resolve({ code, signal });
    });
  });
  /** Resolves once `probe` returns something (checked on every new line); rejects on exit or timeout. */
  const waitFor = <T>(probe: () => T | undefined, what: string, timeoutMs: number): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const check = (): void => {
        const found = probe();
        if (found !== undefined) {
          cleanup();
          resolve(found);
        } else if (done) {
          cleanup();
          reject(new Error(`${describe()}\nexited before printing ${what}`));
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`${describe()}\nno ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });
  const describe = (): string =>
    `${name} (pid ${child.pid})\nstdout:\n${lines.slice(-20).join('\n')}\nstderr:\n${stderr.slice(-4000)}`;
  const worker: Worker = {
    name,
    child,
    pid: child.pid ?? -1,
    lines,
    stderr: () => stderr,
    waitForLine(match, timeoutMs = 30_000) {
      const test = typeof match === 'function' ? match : (l: string) => match.test(l);
      return waitFor(() => lines.find(test), `a line matching ${String(match)}`, timeoutMs);
    },
    events<T>(event: string) {
      return parseEvents(lines).filter((e) => e.event === event) as T[];
    },
    waitForEvent<T>(event: string, nth = 1, timeoutMs = 30_000) {
      return waitFor(() => worker.events<T>(event)[nth - 1], `event #${nth} "${event}"`, timeoutMs);
    },
    send(line) {
      child.stdin.write(`${line}\n`);
    },
    exited,
    waitExit(timeoutMs = 60_000) {
      return Promise.race([
        exited,
        new Promise<Exit>((_, reject) =>
          setTimeout(
            () => reject(new Error(`${describe()}\ndid not exit within ${timeoutMs} ms`)),
            timeoutMs,
          ).unref(),
        ),
      ]);
    },
    signal(sig) {
      if (!done) child.kill(sig);
    },
    json<T>() {
      return parseEvents(lines) as T[];
    },
  };
  live.add(worker);
  return worker;
}

/** Kills (SIGCONT first, in case it is stopped, then SIGKILL) every worker still running; for afterEach. */
export async function killAllWorkers(): Promise<void> {
  const all = [...live];
  for (const w of all) {
    w.signal('SIGCONT');
    w.signal('SIGKILL');
  }
  await Promise.all(all.map((w) => w.exited));
}

/** kill -9 and wait until the process is gone (reaped), so its pid no longer answers. */
export async function killHard(worker: Worker): Promise<Exit> {
  worker.signal('SIGKILL');
  return worker.waitExit(10_000);
}

/** A fresh directory under the OS temp dir; remove it with removeTempDir. */
export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `tcache-${prefix}-`));
}

export async function removeTempDir(dir: string | undefined): Promise<void> {
  if (!dir) return;
  // Installed trees are read-only: give the owner write access back before removing.
  await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(async () => {
    const { execFileSync } = await import('node:child_process');
    if (process.platform !== 'win32') execFileSync('chmod', ['-R', 'u+w', dir]);
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `cond` every `everyMs` until it is true; throws after `timeoutMs` with `what`. */
export async function waitUntil(
  cond: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
  everyMs = 25,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}
