// A self-hosted runner's `.env`: the variables the runner's listener sets for itself and so for
// every job it runs (actions/runner, src/Runner.Listener/Program.cs, LoadAndSetEnv). The host's
// administrator puts TOOLCHAIN_CACHE_ROOT and the host bounds there (README, "Pointing several
// runners at one cache"); the CLI and `doctor` read it to find what the runners' jobs see.
//
// The runner's format, read here exactly as it reads it: File.ReadAllLines (lines split at \r\n,
// \n or \r; a UTF-8 BOM dropped), empty lines skipped, each line split at its first `=`, which
// must not be its first character (a line without one is ignored: that is how `# comments` go
// unread). The key and the value are taken verbatim: no trimming, no quotes removed (`A="x"` is
// the three characters `"x"`), no `export`, no escapes, no `#` comments after a value. A key
// with nothing after `=` unsets the variable; a later line beats an earlier one.
import { statSync } from 'node:fs';
import path from 'node:path';
import { InputError, errorMessage, isErrnoException } from './errors.js';
import { chooseCacheRoot } from './layout.js';
import { LOCK_STALE_ENV, parseLockStale } from './lock/stale.js';
import { NotRegularFileError, readRegularFileSync } from './regular-file.js';
import { parseSize, parseWholeNumber } from './spec.js';

/** A runner's .env is a few lines; a larger one was not written for a runner (and is not read). */
export const RUNNER_ENV_MAX_BYTES = 64 * 1024;

/** The variables of a `.env` text, as the runner's listener sets them. */
export function parseRunnerEnv(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) {
    const at = line.indexOf('=');
    if (at <= 0) continue;
    const key = line.slice(0, at);
    const value = line.slice(at + 1);
    if (value === '') delete vars[key];
    else vars[key] = value;
  }
  return vars;
}

/** One runner's `.env`, read. */
export interface RunnerEnv {
  /** The runner's directory, as given. */
  dir: string;
  /** `<dir>/.env`. */
  file: string;
  /** Its variables (empty when the runner has no `.env`). */
  vars: Record<string, string>;
  /** Whether the file exists. */
  exists: boolean;
}

/**
 * Reads `<dir>/.env` as the runner does, safely: opened without following a link, without waiting
 * on a FIFO, only a regular file, at most RUNNER_ENV_MAX_BYTES (regular-file.ts). A missing file
 * is a runner without one (empty); anything else that keeps it from being read is an InputError
 * naming the file and the fix.
 */
export function readRunnerEnv(dir: string): RunnerEnv {
  const file = path.join(dir, '.env');
  try {
    const text = readRegularFileSync(file, RUNNER_ENV_MAX_BYTES).toString('utf8');
    return { dir, file, vars: parseRunnerEnv(text), exists: true };
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') {
      if (!isDirectory(dir))
        throw new InputError(
          `--runner-dir ${dir}: no such directory; give the directory a runner was configured in (the one holding its config.sh and .env).`,
          'runner-dir',
        );
      return { dir, file, vars: {}, exists: false };
    }
    const why =
      e instanceof NotRegularFileError
        ? e.kind
        : isErrnoException(e)
          ? `unreadable by this user (${e.code})`
          : String(e);
    throw new InputError(
      `The runner's ${file} is ${why}; it was not read. The runner reads it as a plain file of ` +
        `KEY=VALUE lines: make it one (owned by the runner's user), or run as a user who can read it.`,
      'runner-dir',
    );
  }
}

/** Whether `dir` is a directory (a runner's directory may be reached through links). */
function isDirectory(dir: string): boolean {
  try {
    return statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/** Where host settings were read: a runner's `.env`, or the environment of this process. */
export interface SettingsSource {
  /** For messages: "/home/r1/actions-runner/.env", "the environment". */
  name: string;
  vars: Record<string, string | undefined>;
  /** The runner's directory, for a runner's .env. */
  dir?: string;
}

export const sourceOf = (env: RunnerEnv): SettingsSource => ({
  name: env.exists ? env.file : `${env.dir} (no .env)`,
  vars: env.vars,
  dir: env.dir,
});

/** The settings a runner's jobs get from its variables (before the host file, which beats them). */
export interface RunnerSettings {
  source: string;
  /** The runner's directory (--runner-dir), when the settings are a runner's. */
  dir?: string;
  /** The cache root its jobs use when nothing else names one (TOOLCHAIN_CACHE_ROOT, else RUNNER_TOOL_CACHE). */
  root?: string;
  /** The variable the root came from. */
  rootFrom?: string;
  maxSizeBytes?: number;
  maxUnusedDays?: number;
  /** TOOLCHAIN_CACHE_LOCK_STALE, when set. */
  lockStaleMs?: number;
  /** Every TOOLCHAIN_CACHE_* variable as written, to compare runners. */
  variables: Record<string, string>;
  /** Values that could not be parsed (each names the variable, the file and the fix). */
  errors: string[];
}

/** The prefix of the variables a host's administrator sets for toolchain-cache. */
export const HOST_VARIABLE_PREFIX = 'TOOLCHAIN_CACHE_';

/**
 * A source's settings, each value parsed by the one parser the steps use (spec.ts, lock/stale.ts).
 * A bad value is left out and named in `errors` (the variable and where it was set): `doctor`
 * reports it, the commands that act on it throw it (assertSettingsValid).
 */
export function runnerSettings(source: SettingsSource): RunnerSettings {
  const { vars } = source;
  const errors: string[] = [];
  const named = <T>(name: string, parse: (v: string) => T): T | undefined => {
    const v = vars[name]?.trim();
    if (!v) return undefined;
    try {
      return parse(v);
    } catch (e) {
      errors.push(
        `${name}="${vars[name]}" in ${source.name}: ${errorMessage(e).replace(`Input "${name}" `, '')} Fix it there.`,
      );
      return undefined;
    }
  };
  const settings: RunnerSettings = {
    source: source.name,
    ...(source.dir !== undefined && { dir: source.dir }),
    maxSizeBytes: named('TOOLCHAIN_CACHE_MAX_SIZE', (v) =>
      parseSize(v, 'TOOLCHAIN_CACHE_MAX_SIZE'),
    ),
    maxUnusedDays: named('TOOLCHAIN_CACHE_MAX_UNUSED_DAYS', (v) =>
      parseWholeNumber(v, 'TOOLCHAIN_CACHE_MAX_UNUSED_DAYS', 0),
    ),
    lockStaleMs: named(LOCK_STALE_ENV, (v) => parseLockStale(v, LOCK_STALE_ENV)),
    variables: Object.fromEntries(
      Object.entries(vars)
        .filter(([k, v]) => k.startsWith(HOST_VARIABLE_PREFIX) && v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1)) as Array<[string, string]>,
    ),
    errors,
  };
  const rootVars = {
    TOOLCHAIN_CACHE_ROOT: vars.TOOLCHAIN_CACHE_ROOT,
    RUNNER_TOOL_CACHE: vars.RUNNER_TOOL_CACHE,
  };
  if (rootVars.TOOLCHAIN_CACHE_ROOT?.trim() || rootVars.RUNNER_TOOL_CACHE) {
    try {
      const chosen = chooseCacheRoot('', rootVars);
      settings.root = chosen.root;
      settings.rootFrom = chosen.from;
    } catch (e) {
      errors.push(`${source.name}: ${errorMessage(e)}`);
    }
  }
  return settings;
}

/** Throws the first bad value of `settings` as an InputError naming it and where it was set. */
export function assertSettingsValid(settings: RunnerSettings): void {
  if (settings.errors.length) throw new InputError(settings.errors.join(' '), settings.source);
}
