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
import { cliHostConfig, rootFrom } from './root.js';

const GLOBAL_OPTIONS = {
  root: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

const GLOBAL_HELP = `Options:
  --root DIR   the cache root (default: TOOLCHAIN_CACHE_ROOT, else $RUNNER_TOOL_CACHE/toolchain-cache)
  --json       machine-readable output (JSON on stdout)
  -h, --help   this help`;

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

/** The command is the first argument that is not an option (nor the value of --root). */
function splitCommand(argv: string[]): { name?: string; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--root') {
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
    const root = command.rootOptional
      ? optionalRoot(values.root as string | undefined, io)
      : rootFrom(values.root as string | undefined, io.env, cliHostConfig({ io }));
    return await command.run({ io, json: values.json === true, root, values, positionals });
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
function optionalRoot(flag: string | undefined, io: CliIo): string {
  try {
    return rootFrom(flag, io.env, cliHostConfig({ io }));
  } catch (e) {
    if (e instanceof UsageError && flag === undefined) return '';
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
