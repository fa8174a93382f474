// When a process started, as a string that is the same whoever asks: no time zone, no locale. A use
// records its job process's start time so that a reused pid is not mistaken for the job; two jobs
// with different TZ or LANG settings must therefore read the very same string for one process.
import type { ExecFileOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { childProcess, systemCommand } from './system-command.js';

// node:child_process loads only when a command runs (never with /proc): see system-command.ts.
const execFileAsync = (
  file: string,
  args: string[],
  options: ExecFileOptions,
): Promise<{ stdout: string; stderr: string }> =>
  promisify(childProcess().execFile)(file, args, { ...options, encoding: 'utf8' });

/** `proc`: Linux's /proc; `ps`: macOS, BSD, Linux without /proc; `windows`: the creation time. */
export type StartTimeMethod = 'proc' | 'ps' | 'windows';

export interface ProcessInfo {
  /** Undefined when the platform could not tell: callers treat that as "unknown", never "dead". */
  start?: string;
  /** Exited, not yet reaped by its parent: dead for our purposes (Linux and macOS). */
  zombie: boolean;
}

let procMounted: boolean | undefined;

export function defaultStartTimeMethod(platform = process.platform): StartTimeMethod {
  if (platform === 'win32') return 'windows';
  procMounted ??= platform === 'linux' && existsSync('/proc/self/stat');
  return procMounted ? 'proc' : 'ps';
}

/** What the platform says about `pid`; undefined when it is not running or could not be asked. */
export async function processInfo(
  pid: number,
  method: StartTimeMethod,
): Promise<ProcessInfo | undefined> {
  if (method === 'proc') return procInfo(pid);
  if (method === 'ps') return psInfo(pid);
  const start = (await windowsStartTimes(pid))?.get(pid);
  return { start, zombie: false };
}

/**
 * processInfo memoised per pid, for one liveness pass. On Windows one PowerShell call lists every
 * process (starting PowerShell costs far more than the listing), instead of one call per use.
 */
export function processInfoMemo(
  method: StartTimeMethod,
): (pid: number) => Promise<ProcessInfo | undefined> {
  const memo = new Map<number, Promise<ProcessInfo | undefined>>();
  let table: Promise<Map<number, string> | undefined> | undefined;
  return (pid) => {
    let info = memo.get(pid);
    if (!info) {
      if (method === 'windows') {
        table ??= windowsStartTimes();
        info = table.then((t) => ({ start: t?.get(pid), zombie: false }));
      } else {
        info = processInfo(pid, method);
      }
      memo.set(pid, info);
    }
    return info;
  };
}

async function procInfo(pid: number): Promise<ProcessInfo | undefined> {
  try {
    // Synchronous (a /proc file): every hit asks, and nothing else there loads fs.promises.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: split after its last ')'.
    // Then field 3 is the state and field 22 the start time (in clock ticks since boot).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { start: fields[19], zombie: fields[0] === 'Z' || fields[0] === 'X' };
  } catch {
    return undefined;
  }
}

async function psInfo(pid: number): Promise<ProcessInfo | undefined> {
  try {
    // `lstart` is printed in the caller's time zone and locale: pin both, then parse to epoch seconds.
    const { stdout } = await execFileAsync(
      systemCommand('ps'),
      ['-o', 'stat=', '-o', 'lstart=', '-p', `${pid}`],
      {
        timeout: 5000,
        env: { ...process.env, TZ: 'UTC', LC_ALL: 'C', LANG: 'C' },
      },
    );
    const line = stdout.trim();
    if (!line) return undefined;
    const [state, ...rest] = line.split(/\s+/);
    return { start: canonicalLstart(rest.join(' ')), zombie: state.startsWith('Z') };
  } catch {
    return undefined; // exit status 1: no such process; or ps is missing or hung
  }
}

const LSTART = /^(?:[A-Za-z]{3} +)?([A-Za-z]{3}) +(\d{1,2}) +(\d{1,2}):(\d{2}):(\d{2}) +(\d{4})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `ps -o lstart` in the C locale and UTC ("Sun Nov 29 09:28:03 2026") as epoch seconds. A format
 * this does not know stays as text (still stable: the time zone and locale are pinned).
 */
export function canonicalLstart(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return undefined;
  const m = LSTART.exec(t);
  const month = m ? MONTHS.indexOf(m[1]) : -1;
  if (!m || month < 0) return `ps:${t}`;
  const [, , day, h, min, sec, year] = m;
  return String(Date.UTC(+year, month, +day, +h, +min, +sec) / 1000);
}

/**
 * Creation times (epoch milliseconds) of one process or of all, from CIM, which needs no privilege
 * over other users' processes (Get-Process's StartTime does). Undefined when PowerShell failed.
 */
async function windowsStartTimes(pid?: number): Promise<Map<number, string> | undefined> {
  const filter = pid === undefined ? '' : ` -Filter 'ProcessId=${Math.trunc(pid)}'`;
  const script =
    `Get-CimInstance Win32_Process${filter} -ErrorAction SilentlyContinue | ` +
    'Where-Object { $_.CreationDate } | ForEach-Object { ' +
    "'{0} {1}' -f $_.ProcessId, ([DateTimeOffset]$_.CreationDate).ToUnixTimeMilliseconds() }";
  try {
    const { stdout } = await execFileAsync(
      systemCommand('powershell'),
      ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', script],
      { timeout: 20_000, windowsHide: true, maxBuffer: 16 * 1024 * 1024 },
    );
    return parsePidTimes(stdout);
  } catch {
    return undefined;
  }
}

/** Lines of "<pid> <epoch ms>"; anything else is ignored. */
export function parsePidTimes(text: string): Map<number, string> {
  const times = new Map<number, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(line);
    if (m) times.set(Number(m[1]), m[2]);
  }
  return times;
}
