// The operator CLI: `toolchain-cache <command> [options]`, sharing the core with the action.
// main() parses, runs and prints; it returns the exit code and never calls process.exit, so tests
// run it in-process. The commands themselves live in commands/, one file each.
import { parseArgs } from 'node:util';
import { ToolchainCacheError, errorMessage } from '../core/errors.js';
import { COMMANDS } from './commands/index.js';
import {
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  processIo,
  type CliIo,
  type Command,
  type Context,
  type Options,
} from './context.js';
import { cliHostConfig, findRoot, rootNote } from './root.js';

const GLOBAL_OPTIONS = {
  root: { type: 'string' },
  'runner-dir': { type: 'string', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

const GLOBAL_HELP = `Options:
  --root DIR          the cache root (default: the host configuration file's cacheRoot, else
                      TOOLCHAIN_CACHE_ROOT, else the runners' .env given by --runner-dir, else
                      $RUNNER_TOOL_CACHE/toolchain-cache; stderr says which was used)
  --runner-dir DIR    a runner's directory (repeatable): its .env gives the root and the host's
                      bounds (TOOLCHAIN_CACHE_ROOT, TOOLCHAIN_CACHE_MAX_SIZE, …) as its jobs see them
  --json              machine-readable output (JSON on stdout)
  -h, --help          this help`;

function generalHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    'Usage: toolchain-cache <command> [options]',
    '',
    'Operator tool for the host-wide toolchain cache of self-hosted runners.',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    GLOBAL_HELP,
    '',
    'Run `toolchain-cache <command> --help` for the options of a command.',
  ].join('\n');
}

function commandHelp(name: string): string {
  const c = COMMANDS[name];
  return [
    `Usage: ${c.usage}`,
    '',
    c.summary + '.',
    ...(c.details ? ['', c.details] : []),
    '',
    GLOBAL_HELP,
  ].join('\n');
}

/** Global options that take a value (as a separate argument, the value is no command). */
const VALUE_OPTIONS = new Set(['--root', '--runner-dir']);

/** The command is the first argument that is not an option (nor the value of --root). */
function splitCommand(argv: string[]): { name?: string; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (VALUE_OPTIONS.has(a)) {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    return { name: a, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { rest: argv };
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const { name, rest } = splitCommand(argv);
  if (name === undefined || name === 'help' || !Object.hasOwn(COMMANDS, name))
    return noCommand(name, rest, io);
  const command = COMMANDS[name];
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      io.stdout(commandHelp(name));
      return EXIT_OK;
    }
    if (command.positionals !== 'any' && positionals.length !== command.positionals) {
      throw new UsageError(
        command.positionals === 0
          ? `takes no arguments (got "${positionals.join(' ')}")`
          : `needs ${command.positionals} argument(s)`,
      );
    }
    if (command.rootOptional && values.root === undefined) {
      // A command that can do without a root (lock) runs without one when none is found.
      const found = optionalRoot(values['runner-dir'] as string[] | undefined, io);
      return await command.run({
        io,
        json: values.json === true,
        root: found?.root ?? '',
        rootFrom: found?.from ?? '',
        runners: found?.runners ?? [],
        values,
        positionals,
      });
    }
    const found = findRoot(
      values.root as string | undefined,
      io.env,
      cliHostConfig({ io }),
      (values['runner-dir'] as string[] | undefined) ?? [],
    );
    const note = rootNote(found);
    if (note) io.stderr(note);
    return await command.run({
      io,
      json: values.json === true,
      root: found.root,
      rootFrom: found.from,
      runners: found.runners,
      values,
      positionals,
    });
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`toolchain-cache ${name}: ${e.message}\nUsage: ${command.usage}`);
      return EXIT_USAGE;
    }
    const code = e instanceof ToolchainCacheError ? ` [${e.code}]` : '';
    io.stderr(`toolchain-cache ${name}: ${errorMessage(e)}${code}`);
    return EXIT_FAILURE;
  }
}

/** The root when one is given or found; '' when none is (a command that needs none). */
function optionalRoot(runnerDirs: string[] | undefined, io: CliIo) {
  try {
    return findRoot(undefined, io.env, cliHostConfig({ io }), runnerDirs ?? []);
  } catch (e) {
    if (e instanceof UsageError) return undefined;
    throw e;
  }
}

/** No command to run: general help, a command's help, or a usage error. */
function noCommand(name: string | undefined, rest: string[], io: CliIo): number {
  if (name === undefined) {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(generalHelp());
      return EXIT_OK;
    }
    io.stderr(`toolchain-cache: missing command\n\n${generalHelp()}`);
    return EXIT_USAGE;
  }
  if (name === 'help') {
    io.stdout(rest[0] && Object.hasOwn(COMMANDS, rest[0]) ? commandHelp(rest[0]) : generalHelp());
    return EXIT_OK;
  }
  io.stderr(
    `toolchain-cache: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')}); see --help`,
  );
  return EXIT_USAGE;
}

/** The command's options and the global ones; anything else is a usage error. */
function parseCommandArgs(
  command: Command,
  args: string[],
): { values: Context['values']; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as Context['values'], positionals: parsed.positionals };
  } catch (e) {
    throw new UsageError(errorMessage(e));
  }
}
