// Uses (the reference counts). A use is a record tied to the job's long-lived process, not a bare
// counter, so a job that dies without its post step is reclaimed instead of pinning a toolchain forever.
import { readHostId } from './platform/host-id.js';
import {
  defaultStartTimeMethod,
  processInfo,
  processInfoMemo,
  type StartTimeMethod,
} from './platform/start-time.js';
import { isoTime } from './format.js';

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

/**
 * hostname + a digest of the platform's machine identity (hostnames repeat across a pool more often
 * than one would like; cloned machines keep their names). Computed once per process.
 */
export function hostId(): string {
  cachedHostId ??= readHostId();
  return cachedHostId;
}

export { readHostId, type HostIdSources } from './platform/host-id.js';

export type { StartTimeMethod };

export interface ProcessProbeOptions {
  /** How to read start times; the platform's own by default (tests force `ps` on Linux). */
  method?: StartTimeMethod;
}

/**
 * A stable fingerprint of when `pid` started, or undefined if it is not running or the platform
 * cannot tell. Linux: /proc start ticks; macOS and BSD: ps, as epoch seconds; Windows: the process's
 * creation time, as epoch milliseconds. See ./platform/start-time.ts.
 */
export async function processStartTime(
  pid: number,
  options: ProcessProbeOptions = {},
): Promise<string | undefined> {
  return (await processInfo(pid, options.method ?? defaultStartTimeMethod()))?.start;
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
export function livenessChecker(
  now = Date.now(),
  thisHost = hostId(),
  options: ProcessProbeOptions = {},
): Liveness {
  const infoOf = processInfoMemo(options.method ?? defaultStartTimeMethod());
  return async (use) => {
    if (use.host !== thisHost) return Date.parse(use.leaseExpiresAt) + CLOCK_SKEW_MARGIN_MS > now;
    if (!isProcessAlive(use.pid)) return false;
    const info = await infoOf(use.pid);
    // A job process killed while its parent (the runner) has not reaped it yet still answers kill 0.
    if (info?.zombie) return false;
    if (use.pidStart === undefined) return Date.parse(use.leaseExpiresAt) > now;
    // A start time we cannot read now (ps missing, PowerShell slow) keeps the use: never release on doubt.
    return info?.start === undefined || info.start === use.pidStart;
  };
}

export interface JobProcess {
  pid: number;
  pidStart?: string;
}

/** The job's long-lived process: our parent when run by a runner. */
export async function jobProcess(
  pid = process.ppid,
  options: ProcessProbeOptions = {},
): Promise<JobProcess> {
  return { pid, pidStart: await processStartTime(pid, options) };
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
    createdAt: isoTime(now),
    leaseExpiresAt: isoTime(now + leaseMs),
  };
}

export const describeJob = (j: JobRef): string =>
  `${j.repository} run ${j.runId}/${j.runAttempt} job ${j.job}`;
