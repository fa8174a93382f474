// Named items (`node@24`) become ordinary ToolchainSpec items for acquireToolchains (no second
// install path): each from (a) the lockfile, with no network at all; else (b) the per-host
// table of resolutions while fresh; else (c) its vendor module, through the per-host index cache
// (./vendor-step.ts, loaded only then). What the vendor says about using an id (PATH, variables,
// its mirror bases) is kept in the table too, so (a) and (b) load no vendor module and no HTTP
// code. docs/design.md, "Named toolchains".
import { InputError } from '../errors.js';
import type { CacheLayout } from '../layout.js';
import { isNamedItem, type NamedItem, type ToolchainItem, type ToolchainSpec } from '../spec.js';
import type { Logger } from '../types.js';
import type { JobContext, JobSetup, Platform, Resolution, Vendor } from '../../vendors/types.js';
import { fillTemplate } from './job-setup.js';
import { lockEntry, lockEntryText, type Lockfile } from './lockfile.js';
import { mirrored, type NamedSettings } from './settings.js';
import {
  freshResolution,
  readTable,
  resolutionKey,
  tableUse,
  updateTable,
  type Table,
  type TableUpdate,
  type TableUse,
} from './table.js';
import { isoTime } from '../format.js';

export interface ResolveOptions {
  /** The cache root: its table and index cache. None (the CLI without a root): always the vendor. */
  layout?: CacheLayout;
  platform: Platform;
  settings: NamedSettings;
  /** The lockfile the `lockfile` input names, read. */
  lockfile?: { file: string; lock: Lockfile };
  log: Logger;
  /** The job's own directories, for the vendors' per-job setup (none: no setup, as in the CLI). */
  job?: JobContext;
  holder?: string;
  staleMs?: number;
  /** The vendor of a name (tests pass their own); default the vendors' registry. */
  vendor?: (name: string) => Promise<Vendor>;
  now?: () => number;
  /** Options of one run made per platform share this object: each document is read once per run. */
  session?: object;
}

/** A spec or platform missing from the lockfile, and the entry to add. */
export interface MissingLockEntry {
  spec: string;
  platform: Platform;
  entry: Resolution;
  /** `"node@24": { "linux-x64": {…} }` */
  text: string;
}

export interface NamedResult {
  /** The list in its order, named items as ToolchainSpec (two specs of one id: once, where first). */
  toolchains: ToolchainSpec[];
  /** Spec as written → resolved version (the `versions` output). */
  versions: Record<string, string>;
  /** The vendors' variables for the job's later steps (VendorLayout.env and the job setups'). */
  env: Record<string, string>;
  /** The vendors' per-job setups (VendorLayout.job), in the list's order: dirs, links, PATH. */
  jobSetups: JobSetup[];
  missingFromLock: MissingLockEntry[];
  /** Where each spec's resolution came from. */
  from: Record<string, 'lockfile' | 'table' | 'vendor'>;
}

interface Resolved {
  item: NamedItem;
  resolution: Resolution;
  use: TableUse;
  from: NamedResult['from'][string];
  setup?: JobSetup;
}

/** Resolves the named items of `items` (a list without any: returned as is, nothing read). */
export async function resolveToolchainItems(
  items: ToolchainItem[],
  options: ResolveOptions,
): Promise<NamedResult> {
  const named = items.filter(isNamedItem);
  const result: NamedResult = {
    toolchains: [],
    versions: {},
    env: {},
    jobSetups: [],
    missingFromLock: [],
    from: {},
  };
  if (named.length === 0) {
    result.toolchains = items as ToolchainSpec[];
    return result;
  }
  const now = options.now?.() ?? Date.now();
  const table = options.layout ? readTable(options.layout) : undefined;
  const update: TableUpdate = { resolutions: {}, uses: {} };
  const resolved = new Map<NamedItem, Resolved>();
  for (const item of named) resolved.set(item, await resolveOne(item, table, update, now, options));
  if (options.layout && (Object.keys(update.resolutions).length || Object.keys(update.uses).length))
    await updateTable(options.layout, update, options).catch((e: unknown) =>
      options.log.debug(`The table of resolutions was not updated: ${String(e)}`),
    );
  return assemble(items, resolved, result, options);
}

async function resolveOne(
  item: NamedItem,
  table: Table | undefined,
  update: TableUpdate,
  now: number,
  options: ResolveOptions,
): Promise<Resolved> {
  const { platform, settings } = options;
  const mirror = settings.mirrorOf(item.name);
  const locked = lockEntry(options.lockfile?.lock, item.spec, platform);
  const key = resolutionKey(item.spec, platform, mirror);
  let resolution: Resolution | undefined = locked;
  let from: Resolved['from'] = 'lockfile';
  if (!resolution && table) {
    resolution = freshResolution(table, key, settings.indexTtlSeconds * 1000, now);
    from = 'table';
  }
  const vendorStep = () => import('./vendor-step.js');
  if (!resolution) {
    resolution = await (await vendorStep()).resolveWithVendor(item, options);
    from = 'vendor';
    update.resolutions[key] = { ...resolution, resolvedAt: isoTime(now) };
  }
  let use = table && tableUse(table, resolution.id);
  if (!use || use.vendor !== item.name) {
    use = await (await vendorStep()).useOf(item.name, resolution, options);
    update.uses[resolution.id] = use;
  }
  let setup: JobSetup | undefined;
  if (options.job && use.job)
    setup =
      fillTemplate(use.job, options.job) ??
      (await (await vendorStep()).jobSetupOf(item.name, resolution, options, options.job));
  return { item, resolution, use, from, setup };
}

/** The ordered list, named items merged by id, the outputs and the lockfile notes. */
function assemble(
  items: ToolchainItem[],
  resolved: Map<NamedItem, Resolved>,
  result: NamedResult,
  options: ResolveOptions,
): NamedResult {
  const byId = new Map<string, { index: number; named?: Resolved }>();
  items.forEach((item, index) => {
    if (!isNamedItem(item)) byId.set(item.id.toLowerCase(), { index });
  });
  for (const [index, item] of items.entries()) {
    if (!isNamedItem(item)) {
      result.toolchains.push(item);
      continue;
    }
    const r = resolved.get(item)!;
    const { resolution, use } = r;
    result.versions[item.spec] = resolution.version;
    result.from[item.spec] = r.from;
    if (options.lockfile && r.from !== 'lockfile') {
      result.missingFromLock.push({
        spec: item.spec,
        platform: options.platform,
        entry: resolution,
        text: lockEntryText(item.spec, options.platform, resolution),
      });
    }
    const earlier = byId.get(resolution.id.toLowerCase());
    if (earlier && !earlier.named)
      throw new InputError(
        `toolchains[${index}] ("${item.spec}") resolves to the id ${resolution.id}, which toolchains[${earlier.index}] gives too: ` +
          'an id names one archive; rename that item, or drop one of the two.',
        'toolchains',
      );
    if (earlier) {
      if (earlier.named?.resolution.sha256 !== resolution.sha256)
        throw new InputError(
          `toolchains[${index}] ("${item.spec}") resolves to ${resolution.id} with another sha256 than toolchains[${earlier.index}] ("${earlier.named?.item.spec}") did.`,
          'toolchains',
        );
      continue; // the same archive twice (node@24 and node@24.11): installed and put on PATH once
    }
    byId.set(resolution.id.toLowerCase(), { index, named: r });
    Object.assign(result.env, use.env, r.setup?.env);
    if (r.setup) result.jobSetups.push(r.setup);
    result.toolchains.push({
      id: resolution.id,
      url: mirrored(resolution.url, use.bases, options.settings.mirrorOf(item.name)),
      sha256: resolution.sha256,
      bin: use.bin,
      stripComponents: use.stripComponents,
    });
  }
  return result;
}
