// What every CLI command shares: its I/O, exit codes, parsed arguments, the Command shape the
// dispatcher (main.ts) runs, and output as JSON or text.
import type { ParseArgsConfig } from 'node:util';
import type { RunnerSettings } from '../core/runner-env.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

export const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  stderr: (t) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  env: process.env,
};

/** Exit codes: 0 success, 1 a failure (or verify found changes), 2 a usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A bad command line: printed with the command's usage, exit 2. */
export class UsageError extends Error {}

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Context {
  io: CliIo;
  json: boolean;
  root: string;
  /** Where the root was found ("--root", the host file, a runner's .env…: root.ts, findRoot). */
  rootFrom: string;
  /** The settings of each runner given by --runner-dir (their .env files), in order. */
  runners: RunnerSettings[];
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** One command: a file under commands/, named in commands/index.ts. */
export interface Command {
  summary: string;
  usage: string;
  details?: string;
  /** Its own options; the global ones (--root, --runner-dir, --json, --help) are added by the dispatcher. */
  options: Options;
  /** How many arguments it takes; 'any': any number (the command checks them). */
  positionals: number | 'any';
  /** It works without a cache root (ctx.root is then ''). */
  rootOptional?: boolean;
  run(ctx: Context): Promise<number>;
}

/** JSON on stdout with --json, else the human text. */
export const print = (ctx: Context, data: unknown, human: () => string): void =>
  ctx.io.stdout(ctx.json ? JSON.stringify(data, null, 2) : human());
