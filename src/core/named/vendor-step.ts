// The part of the resolver a hit never loads: the vendor modules, the index cache and the HTTP
// code (src/core/named/resolve.ts decides when it is needed).
import { ToolchainCacheError, errorMessage } from '../errors.js';
import { ID_PATTERN } from '../ids.js';
import type { NamedItem } from '../spec.js';
import type { JobContext, JobSetup, Resolution, Vendor, VendorFetch } from '../../vendors/types.js';
import { setupTemplate } from './job-setup.js';
import { CachedVendorFetch } from './fetch.js';
import type { ResolveOptions } from './resolve.js';
import { mirrored } from './settings.js';
import type { TableUse } from './table.js';
import { isoTime } from '../format.js';

// Keyed by the run: its options, or the session its per-platform copies share.
const fetchers = new WeakMap<object, CachedVendorFetch>();

/** The shared fetcher of one resolution run: each document read once however many specs need it. */
export function fetcherOf(options: ResolveOptions): CachedVendorFetch {
  const run = options.session ?? options;
  let f = fetchers.get(run);
  if (!f) {
    f = new CachedVendorFetch({
      layout: options.layout,
      ttlMs: options.settings.indexTtlSeconds * 1000,
      log: options.log,
      staleMs: options.staleMs,
      holder: options.holder,
      now: options.now,
    });
    fetchers.set(run, f);
  }
  return f;
}

/** What `vendor` reads: its own URLs, fetched from its mirror when the host has one. */
function vendorFetch(options: ResolveOptions, vendor: Vendor): VendorFetch {
  const shared = fetcherOf(options);
  const mirror = options.settings.mirrorOf(vendor.name);
  return {
    document: (url, parse) => shared.document(mirrored(url, vendor.bases, mirror), parse),
  };
}

/** The vendor module of `name` (the registry lists the known names when it is none). */
export const findVendor = async (
  name: string,
  options: Pick<ResolveOptions, 'vendor'>,
  spec?: string,
): Promise<Vendor> =>
  options.vendor
    ? options.vendor(name)
    : (await import('../../vendors/registry.js')).loadVendor(name, spec);

/** The spec resolved by its vendor, checked: an id, a URL, a sha256 the rest of the code accepts. */
export async function resolveWithVendor(
  item: NamedItem,
  options: ResolveOptions,
): Promise<Resolution> {
  const vendor = await findVendor(item.name, options, item.spec);
  if (!vendor.platforms.includes(options.platform))
    throw new ToolchainCacheError(
      'INVALID_INPUT',
      `toolchains[${item.index}] ("${item.spec}"): ${vendor.name} publishes no build for ${options.platform} (it builds for ${vendor.platforms.join(', ')}).`,
    );
  let r: Resolution;
  try {
    r = await vendor.resolve(item, options.platform, vendorFetch(options, vendor));
  } catch (e) {
    if (e instanceof ToolchainCacheError) throw e;
    throw new ToolchainCacheError(
      'INVALID_INPUT',
      `toolchains[${item.index}] ("${item.spec}") on ${options.platform}: ${errorMessage(e)}`,
    );
  }
  const sha256 = r.sha256.toLowerCase();
  if (!ID_PATTERN.test(r.id) || !/^[0-9a-f]{64}$/.test(sha256) || !/^https?:\/\//.test(r.url))
    throw new ToolchainCacheError(
      'INVALID_INPUT',
      `toolchains[${item.index}] ("${item.spec}"): the ${vendor.name} vendor module returned an unusable resolution (${JSON.stringify(r)}).`,
    );
  return { ...r, sha256 };
}

/** How `resolution.id` is used (the vendor's layout, its variables for this cache root, its bases). */
export async function useOf(
  name: string,
  resolution: Resolution,
  options: ResolveOptions,
): Promise<TableUse> {
  const vendor = await findVendor(name, options);
  const layout = vendor.layout(options.platform);
  const root = options.layout ? options.layout.toolchainRoot(resolution.id) : '';
  return {
    vendor: name,
    bin: layout.bin,
    ...(layout.stripComponents !== undefined && { stripComponents: layout.stripComponents }),
    env: root ? layout.env(root, resolution, options.platform) : {},
    bases: vendor.bases.map((b) => ({ url: b.url, mirrorPath: b.mirrorPath })),
    ...(layout.job &&
      root && { job: setupTemplate(layout.job, root, resolution, options.platform) }),
    recordedAt: isoTime(options.now?.() ?? Date.now()),
  };
}

/** The vendor's per-job setup made by the vendor module (a job variable it reads is set). */
export async function jobSetupOf(
  name: string,
  resolution: Resolution,
  options: ResolveOptions,
  job: JobContext,
): Promise<JobSetup | undefined> {
  const vendor = await findVendor(name, options);
  const root = options.layout ? options.layout.toolchainRoot(resolution.id) : '';
  return root
    ? vendor.layout(options.platform).job?.(root, resolution, options.platform, job)
    : undefined;
}
