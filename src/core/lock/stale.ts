// How long a silent holder keeps its lock: one definition for every lock of the cache.
import { FROM_RUNNER_ENV, InputError } from '../errors.js';

/** Default stale time of the install, registry and stats locks (local disks). */
export const DEFAULT_LOCK_STALE_MS = 10_000;

/** The host's setting, in seconds (e.g. `120` for a root on NFS). */
export const LOCK_STALE_ENV = 'TOOLCHAIN_CACHE_LOCK_STALE';

/** Below this a heartbeat (a quarter of the stale time) would be mostly timer noise. */
export const MIN_LOCK_STALE_MS = 50;

/** A day: a lock silent for that long is dead whatever the file system. */
const MAX_LOCK_STALE_MS = 86_400_000;

/**
 * The stale time set by the host through TOOLCHAIN_CACHE_LOCK_STALE (seconds, fractions allowed),
 * or DEFAULT_LOCK_STALE_MS when it is unset or empty. Anything else is an InputError naming the
 * variable, so a typo never silently falls back to a stale time that is too short for NFS.
 * (The host configuration file's `lockStale` comes first: src/core/host-config.ts.)
 */
export function lockStaleMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[LOCK_STALE_ENV]?.trim();
  if (raw === undefined || raw === '') return DEFAULT_LOCK_STALE_MS;
  try {
    return parseLockStale(raw, LOCK_STALE_ENV);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new InputError(`${e.message} ${FROM_RUNNER_ENV}`, LOCK_STALE_ENV);
  }
}

/** Seconds (fractions allowed) → ms, within the bounds; else an InputError naming `source`. */
export function parseLockStale(raw: string, source: string): number {
  const seconds = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
  const ms = Math.round(seconds * 1000);
  if (!Number.isFinite(ms) || ms < MIN_LOCK_STALE_MS || ms > MAX_LOCK_STALE_MS) {
    throw new InputError(
      `${source}="${raw}" is not a lock stale time: give a number of seconds between ` +
        `${MIN_LOCK_STALE_MS / 1000} and ${MAX_LOCK_STALE_MS / 1000} (e.g. 120 for a cache root on NFS), ` +
        `or unset it for the default of ${DEFAULT_LOCK_STALE_MS / 1000} s.`,
      source,
    );
  }
  return ms;
}

/** A caller's stale time, kept above the floor where heartbeats stop making sense. */
export const effectiveStaleMs = (staleMs: number): number =>
  Math.max(MIN_LOCK_STALE_MS, Number.isFinite(staleMs) ? staleMs : DEFAULT_LOCK_STALE_MS);
