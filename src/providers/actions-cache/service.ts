// Where the GitHub Actions cache service is, and how @actions/cache 6.x names an entry: the same
// choices as the library (lib/internal/config.js, cache.js's isFeatureAvailable, cacheUtils.js's
// getCacheVersion), so that what its saveCache stores, our own client finds. Loads no client:
// the tier's unavailable() answers from here on every miss (docs/design.md, "Remote tiers").
import { createHash } from 'node:crypto';

export type ServiceVersion = 'v1' | 'v2';

/** The library's CompressionMethod values that its getCompressionMethod picks. */
export type Compression = 'gzip' | 'zstd-without-long';

/** cacheUtils.js's versionSalt. */
const VERSION_SALT = '1.0';
const CACHE_MODES = ['none', 'read', 'write', 'write-only'];

/** GitHub Enterprise Server (which serves v1 only), as config.js's isGhes tells it. */
export function isGhes(env: NodeJS.ProcessEnv = process.env): boolean {
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname
    .trimEnd()
    .toUpperCase();
  return !(host === 'GITHUB.COM' || host.endsWith('.GHE.COM') || host.endsWith('.LOCALHOST'));
}

export function serviceVersion(env: NodeJS.ProcessEnv = process.env): ServiceVersion {
  if (isGhes(env)) return 'v1';
  return env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1';
}

/** The service's base URL for its protocol ('' when the runner gives none). */
export function serviceUrl(env: NodeJS.ProcessEnv = process.env): string {
  return serviceVersion(env) === 'v2'
    ? env.ACTIONS_RESULTS_URL || ''
    : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL || '';
}

const cacheMode = (env: NodeJS.ProcessEnv): string =>
  (env.ACTIONS_CACHE_MODE || '').trim().toLowerCase();

/** Whether the runner's cache mode lets this job read entries (unknown modes do, as in the library). */
export function cacheReadable(env: NodeJS.ProcessEnv = process.env): boolean {
  const mode = cacheMode(env);
  return !CACHE_MODES.includes(mode) || mode === 'read' || mode === 'write';
}

/** Why this runner has no cache service at all (isFeatureAvailable is false), else undefined. */
export function unavailableReason(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const available =
    serviceVersion(env) === 'v2'
      ? Boolean(env.ACTIONS_RESULTS_URL)
      : Boolean(env.ACTIONS_CACHE_URL);
  if (!available) return 'no GitHub Actions cache service for this runner';
  if (cacheMode(env) === 'none') return "the runner's cache mode is none";
  return undefined;
}

/**
 * The entry version the library computes for `paths` (exactly as given to saveCache), the
 * compression method and the cross-OS flag: the service keeps an entry under its key and this.
 */
export function cacheVersion(
  paths: string[],
  compression: Compression,
  crossOs = false,
  platform: NodeJS.Platform = process.platform,
): string {
  const components = [...paths, compression];
  if (platform === 'win32' && !crossOs) components.push('windows-only');
  components.push(VERSION_SALT);
  return createHash('sha256').update(components.join('|')).digest('hex');
}
