// Uses (the reference counts). A use is a record tied to the job's long-lived process, not a bare
// counter, so a job that dies without its post step is reclaimed instead of pinning a toolchain forever.
import { execFile } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import { promisify } from 'node:util';

export interface JobRef {
  repository: string;
  runId: string;
  runAttempt: string;
  job: string;
  /** GITHUB_ACTION: tells two uses of this action within one job apart. */
  action: string;
}

export interface UseRecord {
  /** Unique per step invocation (saved in the step state for post). */
  key: string;
  job: JobRef;
  host: string;
  /** The job's long-lived process (the runner worker: the step process's parent). */
  pid: number;
  /** That process's start time, so a reused pid is not mistaken for the job. */
  pidStart?: string;
  createdAt: string;
  /** Uses from other hosts are judged by this alone (their pids mean nothing here). */
  leaseExpiresAt: string;
}

/** Longest a self-hosted job may run (5 days) plus a day: a lease never expires under a live job. */
export const DEFAULT_LEASE_MS = 6 * 24 * 3600_000;
/** Clocks of hosts sharing an NFS root are trusted only this far. */
export const CLOCK_SKEW_MARGIN_MS = 10 * 60_000;

let cachedHostId: string | undefined;

/** hostname + machine id: hostnames repeat across a pool more often than one would like. */
export function hostId(): string {
  if (cachedHostId) return cachedHostId;
  let machineId = '';
  for (const file of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
    try {
      machineId = readFileSync(file, 'utf8').trim();
      if (machineId) break;
    } catch {
      // not on this platform
    }
  }
  cachedHostId = machineId ? `${os.hostname()}/${machineId.slice(0, 12)}` : os.hostname();
  return cachedHostId;
}

/** Resets memoised host facts (tests simulate several hosts in one process). */
export function resetHostIdForTests(): void {
  cachedHostId = undefined;
}

const execFileAsync = promisify(execFile);

/**
 * A stable fingerprint of when `pid` started, or undefined if it is not running (or the platform
 * cannot tell). Linux: /proc start ticks; macOS and BSD: ps; Windows: none (liveness via signal 0).
 */
export async function processStartTime(pid: number): Promise<string | undefined> {
  return (await processInfo(pid))?.start;
}

interface ProcessInfo {
  start?: string;
  /** Exited, not yet reaped by its parent: dead for our purposes (Linux only). */
  zombie: boolean;
}

/** What /proc (Linux) or ps (macOS, BSD) says about `pid`; undefined when it is not running. */
async function processInfo(pid: number): Promise<ProcessInfo | undefined> {
  if (process.platform === 'linux') {
    try {
      const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
      // The command name (field 2) may contain spaces and parentheses: split after its last ')'.
      // Then field 3 is the state and field 22 the start time (in clock ticks since boot).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return { start: fields[19], zombie: fields[0] === 'Z' || fields[0] === 'X' };
    } catch {
      return undefined;
    }
  }
  if (process.platform === 'win32') return { zombie: false };
  try {
    const { stdout } = await execFileAsync('ps', ['-o', 'lstart=', '-p', String(pid)], {
      timeout: 5000,
    });
    return { start: stdout.trim() || undefined, zombie: false };
  } catch {
    return undefined;
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by another user
  }
}

export type Liveness = (use: UseRecord) => Promise<boolean>;

/** Decides whether a use still counts. Uses of this host are judged by their process; others by lease. */
export function livenessChecker(now = Date.now(), thisHost = hostId()): Liveness {
  const memo = new Map<number, Promise<ProcessInfo | undefined>>();
  const infoOf = (pid: number): Promise<ProcessInfo | undefined> => {
    let p = memo.get(pid);
    if (!p) memo.set(pid, (p = processInfo(pid)));
    return p;
  };
  return async (use) => {
    if (use.host !== thisHost) return Date.parse(use.leaseExpiresAt) + CLOCK_SKEW_MARGIN_MS > now;
    if (!isProcessAlive(use.pid)) return false;
    const info = await infoOf(use.pid);
    // A job process killed while its parent (the runner) has not reaped it yet still answers kill 0.
    if (info?.zombie) return false;
    if (use.pidStart === undefined) return Date.parse(use.leaseExpiresAt) > now;
    // A start time we cannot read now (e.g. ps missing) keeps the use: never release on doubt.
    return info?.start === undefined || info.start === use.pidStart;
  };
}

export interface JobProcess {
  pid: number;
  pidStart?: string;
}

/** The job's long-lived process: our parent when run by a runner. */
export async function jobProcess(pid = process.ppid): Promise<JobProcess> {
  return { pid, pidStart: await processStartTime(pid) };
}

export function newUse(
  key: string,
  job: JobRef,
  proc: JobProcess,
  now = Date.now(),
  leaseMs = DEFAULT_LEASE_MS,
): UseRecord {
  return {
    key,
    job,
    host: hostId(),
    pid: proc.pid,
    pidStart: proc.pidStart,
    createdAt: new Date(now).toISOString(),
    leaseExpiresAt: new Date(now + leaseMs).toISOString(),
  };
}

export const describeJob = (j: JobRef): string =>
  `${j.repository} run ${j.runId}/${j.runAttempt} job ${j.job}`;
