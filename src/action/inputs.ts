// Every input read and validated once, before anything touches the disk.
import * as core from './runner-commands.js';
import { InputError } from '../core/errors.js';
import { resolveCacheRoot } from '../core/layout.js';
import { lockStaleMs } from '../core/lock.js';
import {
  parseBoolean,
  parseSize,
  parseToolchains,
  parseWholeNumber,
  type ToolchainSpec,
} from '../core/spec.js';
import { parseRemoteInput, type TierConfig } from '../providers/registry.js';
import { Inputs } from './constants.js';

export interface ActionInputs {
  toolchains: ToolchainSpec[];
  /** Notes about the input that do not stop the step (unknown keys). */
  warnings: string[];
  cacheRoot: string;
  remoteCache: boolean;
  /** The remote tiers, in the order they are tried. */
  remote: TierConfig[];
  /** Seconds a tier may go without progress before it is abandoned for the job. */
  remoteTimeoutSeconds: number;
  cleanup: boolean;
  maxUnusedDays: number;
  maxSizeBytes?: number;
  waitTimeoutSeconds: number;
  summary: boolean;
}

const input = (name: string): string => core.getInput(name);

/** The settings both steps share; the post step reads these without the toolchains list. */
export function readSettings(): Omit<ActionInputs, 'toolchains' | 'warnings'> {
  return {
    cacheRoot: resolveCacheRoot(input(Inputs.CacheRoot)),
    remoteCache: parseBoolean(input(Inputs.RemoteCache), Inputs.RemoteCache, true),
    remote: parseRemoteInput(input(Inputs.Remote) || 'actions-cache'),
    remoteTimeoutSeconds: parseWholeNumber(
      input(Inputs.RemoteTimeout),
      Inputs.RemoteTimeout,
      30,
      1,
    ),
    cleanup: parseBoolean(input(Inputs.Cleanup), Inputs.Cleanup, true),
    maxUnusedDays: parseWholeNumber(input(Inputs.MaxUnusedDays), Inputs.MaxUnusedDays, 30),
    maxSizeBytes: parseSize(input(Inputs.MaxSize), Inputs.MaxSize),
    waitTimeoutSeconds: parseWholeNumber(input(Inputs.WaitTimeout), Inputs.WaitTimeout, 600, 1),
    summary: parseBoolean(input(Inputs.Summary), Inputs.Summary, true),
  };
}

export async function readInputs(): Promise<ActionInputs> {
  const { toolchains, warnings } = await parseToolchains(input(Inputs.Toolchains));
  return { toolchains, warnings, ...readSettings() };
}

/**
 * Host-wide limits, set by the runner's administrator in its environment (the runner's `.env`),
 * not by workflows: a workflow must not be able to switch off the archive-bomb caps of a shared host.
 * Unset: the built-in defaults (generous: 200,000 members, 32 GiB unpacked; 60 s stall; 3 retries).
 */
export interface HostSettings {
  /** TOOLCHAIN_CACHE_MAX_MEMBERS: most members one archive may have. */
  maxMembers?: number;
  /** TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE: most bytes one archive may unpack to (e.g. 64GiB). */
  maxUnpackedBytes?: number;
  /** TOOLCHAIN_CACHE_STALL_TIMEOUT: seconds without a byte before a download attempt is abandoned. */
  stallTimeoutSeconds?: number;
  /** TOOLCHAIN_CACHE_DOWNLOAD_RETRIES: extra attempts after a retryable download failure. */
  downloadRetries?: number;
  /** TOOLCHAIN_CACHE_LOCK_STALE: seconds a silent lock holder keeps its lock (longer on NFS). */
  lockStaleMs: number;
  /** TOOLCHAIN_CACHE_MAX_SIZE: the GC's size bound; overrides the workflow's `max-size`. */
  maxSizeBytes?: number;
  /** TOOLCHAIN_CACHE_MAX_UNUSED_DAYS: the GC's age bound; overrides the workflow's `max-unused-days`. */
  maxUnusedDays?: number;
}

export const HostEnv = {
  MaxMembers: 'TOOLCHAIN_CACHE_MAX_MEMBERS',
  MaxUnpackedSize: 'TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE',
  StallTimeout: 'TOOLCHAIN_CACHE_STALL_TIMEOUT',
  DownloadRetries: 'TOOLCHAIN_CACHE_DOWNLOAD_RETRIES',
  MaxSize: 'TOOLCHAIN_CACHE_MAX_SIZE',
  MaxUnusedDays: 'TOOLCHAIN_CACHE_MAX_UNUSED_DAYS',
} as const;

/** Reads and validates the host-wide limits; a bad value fails naming the variable. */
export function readHostSettings(env: NodeJS.ProcessEnv = process.env): HostSettings {
  const value = (name: string): string => env[name]?.trim() ?? '';
  const named = <T>(name: string, parse: () => T): T => {
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // The parsers speak of inputs; these are environment variables of the runner.
      throw new InputError(
        e.message.replace(`Input "${name}"`, `Environment variable ${name}`),
        name,
      );
    }
  };
  const whole = (name: string, min: number): number | undefined =>
    value(name) ? named(name, () => parseWholeNumber(value(name), name, 0, min)) : undefined;
  const maxUnpackedBytes = named(HostEnv.MaxUnpackedSize, () =>
    parseSize(value(HostEnv.MaxUnpackedSize), HostEnv.MaxUnpackedSize),
  );
  if (maxUnpackedBytes === 0) {
    throw new InputError(
      `Environment variable ${HostEnv.MaxUnpackedSize} must be more than 0 (got "${value(HostEnv.MaxUnpackedSize)}").`,
      HostEnv.MaxUnpackedSize,
    );
  }
  return {
    maxMembers: whole(HostEnv.MaxMembers, 1),
    maxUnpackedBytes,
    stallTimeoutSeconds: whole(HostEnv.StallTimeout, 1),
    downloadRetries: whole(HostEnv.DownloadRetries, 0),
    lockStaleMs: lockStaleMs(env),
    maxSizeBytes: named(HostEnv.MaxSize, () => parseSize(value(HostEnv.MaxSize), HostEnv.MaxSize)),
    maxUnusedDays: whole(HostEnv.MaxUnusedDays, 0),
  };
}

/** The GC's bounds for this post step, and whether the host set the size bound. */
export interface GcBounds {
  maxUnusedDays: number;
  maxSizeBytes?: number;
  /** Only a size bound the host set may make a GC skip its throttle. */
  hostSizeBound: boolean;
  /** One notice per workflow input the host's setting overrides. */
  notices: string[];
}

/**
 * GC bounds are the host's to set: any workflow on a shared host could otherwise pass
 * `max-size: 1B` and remove every unused toolchain, as often as it runs. A bound set in the
 * runner's environment wins over the workflow's input (with a notice when they differ); a
 * workflow's own bounds still apply where the host set none, but never skip the GC throttle.
 */
export function gcBounds(
  settings: Pick<ActionInputs, 'maxUnusedDays' | 'maxSizeBytes'>,
  host: Pick<HostSettings, 'maxUnusedDays' | 'maxSizeBytes'>,
): GcBounds {
  const notices: string[] = [];
  const overridden = (input: string, env: string, got: string, wins: string) =>
    notices.push(
      `Input "${input}" (${got}) is overridden by ${env} (${wins}), set for this runner by its administrator.`,
    );
  if (host.maxUnusedDays !== undefined && host.maxUnusedDays !== settings.maxUnusedDays)
    overridden(
      Inputs.MaxUnusedDays,
      HostEnv.MaxUnusedDays,
      String(settings.maxUnusedDays),
      String(host.maxUnusedDays),
    );
  if (
    host.maxSizeBytes !== undefined &&
    settings.maxSizeBytes !== undefined &&
    host.maxSizeBytes !== settings.maxSizeBytes
  )
    overridden(
      Inputs.MaxSize,
      HostEnv.MaxSize,
      `${settings.maxSizeBytes} bytes`,
      `${host.maxSizeBytes} bytes`,
    );
  return {
    maxUnusedDays: host.maxUnusedDays ?? settings.maxUnusedDays,
    maxSizeBytes: host.maxSizeBytes ?? settings.maxSizeBytes,
    hostSizeBound: host.maxSizeBytes !== undefined,
    notices,
  };
}
