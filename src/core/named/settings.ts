// The host's settings for named toolchains (docs/design.md, "Named toolchains"): how long a
// vendor's index stays fresh, and the mirror of each vendor. The host file's values beat the
// environment's (a workflow can set those: they are the workflow's level, as every
// TOOLCHAIN_CACHE_* variable is); there is no workflow input for either.
import { InputError } from '../errors.js';
import type { HostConfig } from '../host-config.js';
import type { Vendor } from '../../vendors/types.js';

export const INDEX_TTL_ENV = 'TOOLCHAIN_CACHE_INDEX_TTL';
export const DEFAULT_INDEX_TTL_SECONDS = 3600;
/** `TOOLCHAIN_CACHE_MIRROR_NODE`, `…_MIRROR_GO`: the vendor's name upper-cased, `-` as `_`. */
export const mirrorEnvName = (vendor: string): string =>
  `TOOLCHAIN_CACHE_MIRROR_${vendor.toUpperCase().replaceAll('-', '_')}`;

export interface NamedSettings {
  /** Seconds a cached index (and a cached resolution) stays fresh; 0 = ask every time. */
  indexTtlSeconds: number;
  /** The mirror base of a vendor (no trailing slash), or undefined. */
  mirrorOf(vendor: string): string | undefined;
}

/** The host file's `indexTtl` and `mirrors`, else TOOLCHAIN_CACHE_INDEX_TTL and TOOLCHAIN_CACHE_MIRROR_<NAME>. */
export function namedSettings(
  host: Pick<HostConfig, 'indexTtlSeconds' | 'mirrors'>,
  env: NodeJS.ProcessEnv = process.env,
): NamedSettings {
  return {
    indexTtlSeconds: host.indexTtlSeconds ?? envTtl(env),
    mirrorOf(vendor) {
      if (host.mirrors && Object.hasOwn(host.mirrors, vendor)) return host.mirrors[vendor];
      const raw = env[mirrorEnvName(vendor)]?.trim();
      return raw ? checkMirror(raw, mirrorEnvName(vendor)) : undefined;
    },
  };
}

function envTtl(env: NodeJS.ProcessEnv): number {
  const raw = env[INDEX_TTL_ENV]?.trim();
  if (!raw) return DEFAULT_INDEX_TTL_SECONDS;
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)))
    throw new InputError(
      `Environment variable ${INDEX_TTL_ENV} must be a whole number of seconds ≥ 0 (got "${raw}").`,
      INDEX_TTL_ENV,
    );
  return Number(raw);
}

function checkMirror(raw: string, variable: string): string {
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol))
    throw new InputError(
      `Environment variable ${variable} must be an http(s) URL, the base of the mirror (got "${raw}").`,
      variable,
    );
  return raw.replace(/\/+$/, '');
}

/**
 * The URL to fetch for the vendor's own `url`: with a mirror, `base.url + rest` becomes
 * `mirror + base.mirrorPath + rest` for the first of the vendor's bases that `url` starts with;
 * without one (or under none of the bases), `url` itself.
 */
export function mirrored(url: string, bases: Vendor['bases'], mirror: string | undefined): string {
  if (!mirror) return url;
  for (const base of bases) {
    const prefix = base.url.replace(/\/+$/, '');
    if (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`))
      return `${mirror}${base.mirrorPath}${url.slice(prefix.length)}`;
  }
  return url;
}
