// Every input read and validated once, before anything touches the disk.
import * as core from './runner-commands.js';
import { InputError } from '../core/errors.js';
import { hostConfig, hostLockStaleMs, type HostConfigRead } from '../core/host-config.js';
import { chooseCacheRoot } from '../core/layout.js';
import {
  parseBoolean,
  parseSize,
  parseToolchains,
  parseWholeNumber,
  type ToolchainItem,
} from '../core/spec.js';
import { parseRemoteInput, type TierConfig } from '../providers/registry.js';
import { Inputs } from './constants.js';

export interface ActionInputs {
  /** In the order written: {id, url, sha256} items and NAME@VERSION items (resolved by src/core/named/). */
  toolchains: ToolchainItem[];
  /** The `lockfile` input as given (a path relative to the workspace, or absolute); '' when unset. */
  lockfile: string;
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

type Settings = Omit<ActionInputs, 'toolchains' | 'warnings' | 'lockfile'>;

/** The settings both steps share; the post step reads these without the toolchains list. */
export function readSettings(host: HostConfigRead = hostConfig()): Settings {
  return settingsAndWarnings(host).settings;
}

/**
 * The settings, and what main warns about: the host file's own warnings (ignored, unknown keys)
 * and a cache root of the workflow's or the environment's that the host file overrides.
 */
function settingsAndWarnings(host: HostConfigRead): { settings: Settings; warnings: string[] } {
  const root = chooseCacheRoot(input(Inputs.CacheRoot), process.env, {
    host: { cacheRoot: host.config.cacheRoot, file: host.file },
  });
  const warnings = [
    ...host.warnings,
    ...root.overridden.map(
      (o) =>
        `The cache root ${o.value} from ${o.from} is overridden by ${root.root}, the cacheRoot of ${root.from} (set by the host's administrator).`,
    ),
  ];
  return { settings: readOtherSettings(root.root), warnings };
}

function readOtherSettings(cacheRoot: string): Settings {
  return {
    cacheRoot,
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

export async function readInputs(host: HostConfigRead = hostConfig()): Promise<ActionInputs> {
  const { toolchains, warnings } = await parseToolchains(input(Inputs.Toolchains));
  const { settings, warnings: hostWarnings } = settingsAndWarnings(host);
  return {
    toolchains,
    lockfile: input(Inputs.Lockfile).trim(),
    warnings: [...hostWarnings, ...warnings],
    ...settings,
  };
}

/**
 * Host-wide limits: the host configuration file's (src/core/host-config.ts; no job can write it),
 * else the runner's environment (its `.env`, which a step's `env:` or `$GITHUB_ENV` can also set:
 * these protect nothing against a workflow). Unset: the built-in defaults (generous: 200,000
 * members, 32 GiB unpacked; 60 s stall; 3 retries).
 */
export interface HostSettings {
  /** maxMembers, else TOOLCHAIN_CACHE_MAX_MEMBERS: most members one archive may have. */
  maxMembers?: number;
  /** maxUnpackedSize, else TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE: most bytes one archive may unpack to. */
  maxUnpackedBytes?: number;
  /** stallTimeout, else TOOLCHAIN_CACHE_STALL_TIMEOUT: seconds without a byte before a download attempt is abandoned. */
  stallTimeoutSeconds?: number;
  /** downloadRetries, else TOOLCHAIN_CACHE_DOWNLOAD_RETRIES: extra attempts after a retryable download failure. */
  downloadRetries?: number;
  /** lockStale, else TOOLCHAIN_CACHE_LOCK_STALE: seconds a silent lock holder keeps its lock. */
  lockStaleMs: number;
  /** maxSize, else TOOLCHAIN_CACHE_MAX_SIZE: the GC's size bound; overrides `max-size`. */
  maxSizeBytes?: number;
  /** maxUnusedDays, else TOOLCHAIN_CACHE_MAX_UNUSED_DAYS: the GC's age bound. */
  maxUnusedDays?: number;
  /** Where each GC bound came from (the file, or the variable), for the notices. */
  boundsFrom: { maxSize?: string; maxUnusedDays?: string };
  /** Only the file's size bound may make a GC skip its throttle: a workflow can set the variable. */
  sizeBoundFromFile: boolean;
  /** One notice per variable the file overrides. */
  notices: string[];
}

export const HostEnv = {
  MaxMembers: 'TOOLCHAIN_CACHE_MAX_MEMBERS',
  MaxUnpackedSize: 'TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE',
  StallTimeout: 'TOOLCHAIN_CACHE_STALL_TIMEOUT',
  DownloadRetries: 'TOOLCHAIN_CACHE_DOWNLOAD_RETRIES',
  MaxSize: 'TOOLCHAIN_CACHE_MAX_SIZE',
  MaxUnusedDays: 'TOOLCHAIN_CACHE_MAX_UNUSED_DAYS',
} as const;

/** Reads and validates the host-wide limits; a bad value fails naming the file's key or the variable. */
export function readHostSettings(
  env: NodeJS.ProcessEnv = process.env,
  host: HostConfigRead = hostConfig(),
): HostSettings {
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
  const file = host.config;
  const envMaxSize = named(HostEnv.MaxSize, () =>
    parseSize(value(HostEnv.MaxSize), HostEnv.MaxSize),
  );
  const envMaxUnusedDays = whole(HostEnv.MaxUnusedDays, 0);
  const envMaxMembers = whole(HostEnv.MaxMembers, 1);
  const envStallTimeout = whole(HostEnv.StallTimeout, 1);
  const envDownloadRetries = whole(HostEnv.DownloadRetries, 0);
  const from = (inFile: unknown, inEnv: unknown, variable: string): string | undefined =>
    inFile !== undefined ? host.file : inEnv !== undefined ? variable : undefined;
  return {
    maxMembers: file.maxMembers ?? envMaxMembers,
    maxUnpackedBytes: file.maxUnpackedBytes ?? maxUnpackedBytes,
    stallTimeoutSeconds: file.stallTimeoutSeconds ?? envStallTimeout,
    downloadRetries: file.downloadRetries ?? envDownloadRetries,
    lockStaleMs: hostLockStaleMs(file, env),
    maxSizeBytes: file.maxSizeBytes ?? envMaxSize,
    maxUnusedDays: file.maxUnusedDays ?? envMaxUnusedDays,
    boundsFrom: {
      maxSize: from(file.maxSizeBytes, envMaxSize, HostEnv.MaxSize),
      maxUnusedDays: from(file.maxUnusedDays, envMaxUnusedDays, HostEnv.MaxUnusedDays),
    },
    sizeBoundFromFile: file.maxSizeBytes !== undefined,
    notices: [
      ...shadowed(HostEnv.MaxSize, envMaxSize, file.maxSizeBytes, host.file, ' bytes'),
      ...shadowed(HostEnv.MaxUnusedDays, envMaxUnusedDays, file.maxUnusedDays, host.file, ''),
      ...shadowed(HostEnv.MaxMembers, envMaxMembers, file.maxMembers, host.file, ''),
      ...shadowed(
        HostEnv.MaxUnpackedSize,
        maxUnpackedBytes,
        file.maxUnpackedBytes,
        host.file,
        ' bytes',
      ),
      ...shadowed(HostEnv.StallTimeout, envStallTimeout, file.stallTimeoutSeconds, host.file, ' s'),
      ...shadowed(HostEnv.DownloadRetries, envDownloadRetries, file.downloadRetries, host.file, ''),
    ],
  };
}

/** A notice for a variable whose value the host file's overrides. */
const shadowed = (
  variable: string,
  inEnv: number | undefined,
  inFile: number | undefined,
  file: string,
  unit: string,
): string[] =>
  inEnv !== undefined && inFile !== undefined && inEnv !== inFile
    ? [`${variable} (${inEnv}${unit}) is overridden by ${file} (${inFile}${unit}).`]
    : [];

/** The GC's bounds for this post step, and whether the host file set the size bound. */
export interface GcBounds {
  maxUnusedDays: number;
  maxSizeBytes?: number;
  /** Only a size bound of the host configuration file may make a GC skip its throttle. */
  hostSizeBound: boolean;
  /** One notice per workflow input (or variable) the host's setting overrides. */
  notices: string[];
}

/**
 * GC bounds are the host's to set: any workflow on a shared host could otherwise pass
 * `max-size: 1B` and remove every unused toolchain, as often as it runs. A bound of the host file,
 * else of the runner's environment, wins over the workflow's input (with a notice when they
 * differ); a workflow's own bounds still apply where the host set none. Only the file's size bound
 * skips the GC throttle: a step can set the variable (docs/design.md, "Host settings").
 */
export function gcBounds(
  settings: Pick<ActionInputs, 'maxUnusedDays' | 'maxSizeBytes'>,
  host: Pick<
    HostSettings,
    'maxUnusedDays' | 'maxSizeBytes' | 'boundsFrom' | 'sizeBoundFromFile' | 'notices'
  >,
): GcBounds {
  const notices = [...host.notices];
  const overridden = (input: string, from: string | undefined, got: string, wins: string) =>
    notices.push(
      `Input "${input}" (${got}) is overridden by ${from} (${wins}), set for this runner by its administrator.`,
    );
  if (host.maxUnusedDays !== undefined && host.maxUnusedDays !== settings.maxUnusedDays)
    overridden(
      Inputs.MaxUnusedDays,
      host.boundsFrom.maxUnusedDays,
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
      host.boundsFrom.maxSize,
      `${settings.maxSizeBytes} bytes`,
      `${host.maxSizeBytes} bytes`,
    );
  return {
    maxUnusedDays: host.maxUnusedDays ?? settings.maxUnusedDays,
    maxSizeBytes: host.maxSizeBytes ?? settings.maxSizeBytes,
    hostSizeBound: host.sizeBoundFromFile,
    notices,
  };
}
