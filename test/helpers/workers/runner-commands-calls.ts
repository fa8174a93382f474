// Plays a list of calls through either @actions/core or our runner commands
// (src/action/runner-commands.ts + step-summary.ts), so a test can compare what each writes.
// Usage: runner-commands-calls.ts core|ours CALLS_JSON
// stdout carries only what the module writes; what the driver reports (return values, thrown
// errors, env variables) goes to stderr, one line each.
import type { Call, CallArg } from '../runner-commands-table.js';

type Fn = (...args: unknown[]) => unknown;
type Module = Record<string, unknown> & { summary: Record<string, Fn> };

const [impl, callsJson] = process.argv.slice(2);

async function load(): Promise<Module> {
  if (impl === 'core') return (await import('@actions/core')) as unknown as Module;
  if (impl !== 'ours') throw new Error(`unknown implementation ${impl}`);
  const commands = await import('../../../src/action/runner-commands.js');
  const { summary } = await import('../../../src/action/step-summary.js');
  return { ...commands, summary } as unknown as Module;
}

const report = (line: string): boolean => process.stderr.write(`${line}\n`);

/** JSON cannot carry these, so the table spells them as one-key objects (at any depth). */
function decode(arg: CallArg): unknown {
  if (Array.isArray(arg)) return arg.map(decode);
  if (!arg || typeof arg !== 'object') return arg;
  if ('$undefined' in arg) return undefined;
  if ('$error' in arg) return new Error(String(arg.$error));
  // A String object: core treats it as a string.
  if ('$string' in arg) return new String(arg.$string);
  return Object.fromEntries(Object.entries(arg).map(([k, v]) => [k, decode(v as CallArg)]));
}

async function play(mod: Module, calls: Call[]): Promise<void> {
  for (const [name, ...args] of calls) {
    try {
      if (name === 'setenv') {
        const [key, value] = args as [string, string | null];
        if (value === null) delete process.env[key];
        else process.env[key] = value;
      } else if (name === 'env') {
        report(`env ${String(args[0])}=${JSON.stringify(process.env[String(args[0])])}`);
      } else if (name === 'group') {
        const [title, inner] = args as [string, Call[]];
        // Inner failures escape the group (so it closes on a throw), caught below.
        const result = await (mod.group as Fn)(title, async () => {
          for (const call of inner) await playOne(mod, call);
          return 'group result';
        });
        report(`= group ${JSON.stringify(result)}`);
      } else {
        await playOne(mod, [name, ...args]);
      }
    } catch (e) {
      report(
        `! ${name}: ${e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e)}`,
      );
    }
  }
}

/** One call; what it returns is reported (a summary's `this` as its buffer). */
async function playOne(mod: Module, [name, ...args]: Call): Promise<void> {
  const [owner, method] = name.startsWith('summary.')
    ? [mod.summary, name.slice('summary.'.length)]
    : [mod, name];
  const fn = (owner as Record<string, unknown>)[method];
  if (typeof fn !== 'function') throw new Error(`no function ${name}`);
  const result = await (fn as Fn).apply(owner, args.map(decode));
  if (result === mod.summary) report(`= ${name} buffer ${JSON.stringify(mod.summary.stringify())}`);
  else if (result !== undefined) report(`= ${name} ${JSON.stringify(result)}`);
}

await play(await load(), JSON.parse(callsJson) as Call[]);
