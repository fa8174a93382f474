// The system's own commands by absolute path: a step may run with a PATH of its own (a workflow's
// `env: PATH`), and the answer to "which host is this" or "when did this process start" must not
// change with it.
import type * as ChildProcess from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * node:child_process, loaded when a command is about to run: loading it also loads `net` and
 * `dgram`, which a hit on Linux (where no command runs) would pay for and never use
 * (docs/design.md, "Start-up cost"). A builtin resolves the same from any base path; not the
 * module's own URL, whose mention would keep the bundle's chunk out of the steps' code cache
 * (src/action/chunk-code-cache.ts runs only chunks that never ask for it as scripts).
 */
export const childProcess = (): typeof ChildProcess =>
  createRequire(path.resolve('/'))('node:child_process') as typeof ChildProcess;

const WINDOWS: Record<string, string[]> = {
  reg: ['System32', 'reg.exe'],
  powershell: ['System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe'],
};
const POSIX: Record<string, string[]> = {
  ps: ['/bin/ps', '/usr/bin/ps'],
  ioreg: ['/usr/sbin/ioreg'],
};

/** The absolute path of a system command where it is known to live, else the bare name (PATH). */
export function systemCommand(name: string, platform = process.platform): string {
  if (platform === 'win32') {
    const parts = WINDOWS[name];
    const root = process.env.SystemRoot ?? process.env.windir ?? 'C:\\Windows';
    return parts ? path.win32.join(root, ...parts) : name;
  }
  return (POSIX[name] ?? []).find((p) => existsSync(p)) ?? name;
}
