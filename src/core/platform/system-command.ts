// The system's own commands by absolute path: a step may run with a PATH of its own (a workflow's
// `env: PATH`), and the answer to "which host is this" or "when did this process start" must not
// change with it.
import { existsSync } from 'node:fs';
import path from 'node:path';

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
