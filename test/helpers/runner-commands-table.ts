// The shape of a call list for test/helpers/workers/runner-commands-calls.ts, which plays it
// through @actions/core or through our runner commands (test/runner-commands.test.ts).

/** An argument: JSON, or what JSON cannot carry spelled as a one-key object. */
export type CallArg =
  | string
  | number
  | boolean
  | null
  | CallArg[]
  | { [key: string]: CallArg }
  | { $undefined: true }
  | { $error: string }
  | { $string: string };

/**
 * `[function, ...args]`: a function of the module (`summary.<method>` for the summary's), or
 * `['group', title, Call[]]`, `['setenv', name, value | null]`, `['env', name]` (reports it).
 */
export type Call = [string, ...CallArg[]];
