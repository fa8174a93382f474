// Every input read and validated once, before anything touches the disk.
import * as core from './runner-commands.js';
import path from 'node:path';
import { FROM_RUNNER_ENV, InputError } from '../core/errors.js';
import { hostConfig, hostLockStaleMs, type HostConfigRead } from '../core/host-config.js';
import { parseLockStale } from '../core/lock/stale.js';
import { chooseCacheRoot } from '../core/layout.js';
import {
  parseBoolean,
  parseSize,
  parseSizeBound,
  parseToolchains,
  parseWholeNumber,
  type ToolchainItem,
} from '../core/spec.js';
import { parseRemoteInput, type TierConfig } from '../providers/registry.js';
import { formatBytesExact } from '../core/format.js';
import { Inputs } from './constants.js';

export interface ActionInputs {
  /** In the order written: {id, url, sha256} items and NAME@VERSION items (resolved by src/core/named/). */
  toolchains: ToolchainItem[];
  /** The `lockfile` input as given (a path relative to the workspace, or absolute); '' when unset. */
  lockfile: string;
  /** Notes about the input that do not stop the step (unknown keys). */
  warnings: string[];
  cacheRoot: string;
  /** Who chose the root: the host file, the input, TOOLCHAIN_CACHE_ROOT or RUNNER_TOOL_CACHE. */
  cacheRootFrom: string;
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
    ...inputBeatsHostVariable(root.root, root.from),
  ];
  return { settings: readOtherSettings(root.root, root.from), warnings };
}

/**
 * A workflow's `cache-root` beats the runner's TOOLCHAIN_CACHE_ROOT (the host's root, from its
 * `.env`): said, naming both, since the job then shares nothing with the host's other jobs.
 */
function inputBeatsHostVariable(root: string, from: string): string[] {
  const hostRoot = process.env.TOOLCHAIN_CACHE_ROOT?.trim();
  if (!from.includes(`"${Inputs.CacheRoot}"`) || !hostRoot || path.resolve(hostRoot) === root)
    return [];
  return [
    `The "${Inputs.CacheRoot}" input (${root}) differs from this runner's TOOLCHAIN_CACHE_ROOT (${hostRoot}), the host's cache root: ` +
      `this job uses ${root} and shares no toolchains with the jobs on ${hostRoot}. Remove the input to use the host's root.`,
  ];
}

function readOtherSettings(cacheRoot: string, cacheRootFrom: string): Settings {
  return {
    cacheRoot,
    cacheRootFrom,
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
    maxSizeBytes: parseSizeBound(input(Inputs.MaxSize), Inputs.MaxSize),
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
  /**
   * tierLeaseStale, else TOOLCHAIN_CACHE_TIER_LEASE_STALE: seconds without a heartbeat seen after
   * which a fleet lease on a `file://` tier is taken over (docs/design.md, "Fleet lease"); unset:
   * the default, 60 s.
   */
  tierLeaseStaleMs?: number;
  /** Bad GC bounds of the environment that were not needed (cleanup: false), each a warning. */
  warnings: string[];
}

export const HostEnv = {
  MaxMembers: 'TOOLCHAIN_CACHE_MAX_MEMBERS',
  MaxUnpackedSize: 'TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE',
  StallTimeout: 'TOOLCHAIN_CACHE_STALL_TIMEOUT',
  DownloadRetries: 'TOOLCHAIN_CACHE_DOWNLOAD_RETRIES',
  MaxSize: 'TOOLCHAIN_CACHE_MAX_SIZE',
  MaxUnusedDays: 'TOOLCHAIN_CACHE_MAX_UNUSED_DAYS',
  TierLeaseStale: 'TOOLCHAIN_CACHE_TIER_LEASE_STALE',
} as const;

/**
 * Reads and validates the host-wide limits; a bad value fails naming the file's key or the
 * variable and whose it is. With `gc: false` (a main step with cleanup: false) a bad GC bound of
 * the environment is only a warning: nothing in this job uses it.
 */
export function readHostSettings(
  env: NodeJS.ProcessEnv = process.env,
  host: HostConfigRead = hostConfig(),
  options: { gc?: boolean } = {},
): HostSettings {
  const value = (name: string): string => env[name]?.trim() ?? '';
  const warnings: string[] = [];
  const named = <T>(name: string, parse: () => T): T => {
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // The parsers speak of inputs; these are environment variables of the runner.
      throw new InputError(
        `${e.message.replace(`Input "${name}"`, `Environment variable ${name}`)} ${FROM_RUNNER_ENV}`,
        name,
      );
    }
  };
  /** A GC bound: with `gc: false`, a bad one is a warning and no bound. */
  const gcBound = <T>(name: string, parse: () => T): T | undefined => {
    if (options.gc ?? true) return named(name, parse);
    try {
      return named(name, parse);
    } catch (e) {
      warnings.push(`${(e as Error).message} (Ignored here: this job does not clean up.)`);
      return undefined;
    }
  };
  const whole = (name: string, min: number): number | undefined =>
    value(name) ? named(name, () => parseWholeNumber(value(name), name, 0, min)) : undefined;
  const maxUnpackedBytes = named(HostEnv.MaxUnpackedSize, () =>
    parseSize(value(HostEnv.MaxUnpackedSize), HostEnv.MaxUnpackedSize),
  );
  if (maxUnpackedBytes === 0) {
    throw new InputError(
      `Environment variable ${HostEnv.MaxUnpackedSize} must be more than 0 (got "${value(HostEnv.MaxUnpackedSize)}"). ${FROM_RUNNER_ENV}`,
      HostEnv.MaxUnpackedSize,
    );
  }
  const file = host.config;
  const envMaxSize = gcBound(HostEnv.MaxSize, () =>
    parseSizeBound(value(HostEnv.MaxSize), HostEnv.MaxSize),
  );
  const envMaxUnusedDays = value(HostEnv.MaxUnusedDays)
    ? gcBound(HostEnv.MaxUnusedDays, () =>
        parseWholeNumber(value(HostEnv.MaxUnusedDays), HostEnv.MaxUnusedDays, 0),
      )
    : undefined;
  const envMaxMembers = whole(HostEnv.MaxMembers, 1);
  const envStallTimeout = whole(HostEnv.StallTimeout, 1);
  const envDownloadRetries = whole(HostEnv.DownloadRetries, 0);
  const envTierLeaseStale = value(HostEnv.TierLeaseStale)
    ? named(HostEnv.TierLeaseStale, () =>
        parseLockStale(value(HostEnv.TierLeaseStale), HostEnv.TierLeaseStale),
      )
    : undefined;
  const tierLeaseStaleMs = file.tierLeaseStaleMs ?? envTierLeaseStale;
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
    ...(tierLeaseStaleMs !== undefined && { tierLeaseStaleMs }),
    notices: [
      ...shadowed(HostEnv.MaxSize, envMaxSize, file.maxSizeBytes, host.file, formatBytesExact),
      ...shadowed(HostEnv.MaxUnusedDays, envMaxUnusedDays, file.maxUnusedDays, host.file, days),
      ...shadowed(HostEnv.MaxMembers, envMaxMembers, file.maxMembers, host.file, String),
      ...shadowed(
        HostEnv.MaxUnpackedSize,
        maxUnpackedBytes,
        file.maxUnpackedBytes,
        host.file,
        formatBytesExact,
      ),
      ...shadowed(HostEnv.StallTimeout, envStallTimeout, file.stallTimeoutSeconds, host.file, secs),
      ...shadowed(
        HostEnv.DownloadRetries,
        envDownloadRetries,
        file.downloadRetries,
        host.file,
        String,
      ),
      ...shadowed(
        HostEnv.TierLeaseStale,
        envTierLeaseStale,
        file.tierLeaseStaleMs,
        host.file,
        msSecs,
      ),
    ],
    warnings,
  };
}

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;
const secs = (n: number): string => `${n} s`;
const msSecs = (ms: number): string => secs(ms / 1000);

/** A notice for a variable whose value the host file's overrides. */
const shadowed = (
  variable: string,
  inEnv: number | undefined,
  inFile: number | undefined,
  file: string,
  shown: (n: number) => string,
): string[] =>
  inEnv !== undefined && inFile !== undefined && inEnv !== inFile
    ? [`${variable} (${shown(inEnv)}) is overridden by ${file} (${shown(inFile)}).`]
    : [];

/** The GC's bounds for this post step, and whether the host file set the size bound. */
export interface GcBounds {
  maxUnusedDays: number;
  maxSizeBytes?: number;
  /** Who set the size bound (the host file, the variable, the input), for the GC's report. */
  maxSizeFrom?: string;
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
      days(settings.maxUnusedDays),
      days(host.maxUnusedDays),
    );
  if (
    host.maxSizeBytes !== undefined &&
    settings.maxSizeBytes !== undefined &&
    host.maxSizeBytes !== settings.maxSizeBytes
  )
    overridden(
      Inputs.MaxSize,
      host.boundsFrom.maxSize,
      formatBytesExact(settings.maxSizeBytes),
      formatBytesExact(host.maxSizeBytes),
    );
  return {
    maxUnusedDays: host.maxUnusedDays ?? settings.maxUnusedDays,
    maxSizeBytes: host.maxSizeBytes ?? settings.maxSizeBytes,
    maxSizeFrom: sizeBoundFrom(settings, host),
    hostSizeBound: host.sizeBoundFromFile,
    notices,
  };
}

/** Who set the size bound in force: the host's file or variable, else the workflow's input. */
export function sizeBoundFrom(
  settings: Pick<ActionInputs, 'maxSizeBytes'>,
  host: Pick<HostSettings, 'maxSizeBytes' | 'boundsFrom'>,
): string | undefined {
  if (host.maxSizeBytes !== undefined) return host.boundsFrom.maxSize;
  return settings.maxSizeBytes !== undefined ? `the "${Inputs.MaxSize}" input` : undefined;
}
