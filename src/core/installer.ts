// Finds each toolchain in the host-wide cache or installs it exactly once. A warm hit takes no
// lock and rewrites no shared file: it reads the registry and writes one use record (uses.ts).
// A miss takes the toolchain's install lock, which elects one installer; the others wait on it
// and then find the entry (source "peer"), or take over when the installer dies and its lock goes
// stale. The install pipeline itself is loaded only on a miss. See docs/design.md.
import { promises as fs, statSync } from 'node:fs';
import path from 'node:path';
import { InputError, ToolchainCacheError, errorMessage } from './errors.js';
import { diskFullError, isDiskFull, type SizeBound } from './disk-full.js';
import type { ExtractLimits } from './install/archive-policy.js';
import type { CacheLayout } from './layout.js';
import type { HeldLock } from './lock.js';
import type { RegistryDoc, RegistryEntry } from './registry/schema.js';
import type { Registry } from './registry/store.js';
import type { ToolchainSpec } from './spec.js';
import type { Logger, RemoteTier, ResolvedToolchain, Source } from './types.js';
import { recordUse, releaseUses, type UseOwner } from './uses.js';
import { treeChange } from './receipt.js';

export type { Logger, RemoteTier, ResolvedToolchain, Source } from './types.js';

export interface InstallOptions {
  layout: CacheLayout;
  registry: Registry;
  owner: UseOwner;
  waitTimeoutMs: number;
  log: Logger;
  remote?: RemoteTier;
  /** Keep fetched archives in staging for the post step to save to the remote tiers. */
  keepArchives?: boolean;
  /** A silent install lock is taken over after this long (the installer died or hung). */
  installStaleMs?: number;
  download?: { retries?: number; retryBaseDelayMs?: number; stallTimeoutMs?: number };
  extractLimits?: Partial<ExtractLimits>;
  /** Cancels waits, downloads and extractions (the runner's SIGINT/SIGTERM on cancellation). */
  signal?: AbortSignal;
  /** The GC's size bound in force and who set it: a full disk's error names it. */
  sizeBound?: SizeBound;
}

/**
 * The miss path (install lock, waiting, the install): its own chunk, so a hit neither loads nor
 * caches its code (docs/design.md, "Start-up cost"). One import shared by concurrent misses.
 */
let missModule: Promise<typeof import('./install/wait-or-install.js')> | undefined;
const missPath = () => (missModule ??= import('./install/wait-or-install.js'));

/** Resolves every spec: warm hits first without any lock, then the misses in parallel. */
export async function acquireToolchains(
  specs: ToolchainSpec[],
  opts: InstallOptions,
): Promise<ResolvedToolchain[]> {
  const results = await Promise.allSettled(await startAcquiring(specs, opts));
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length) throw everyFailure(failures);
  return results.map((r) => (r as PromiseFulfilledResult<ResolvedToolchain>).value);
}

/**
 * acquireToolchains, one promise per spec (in order), each failure naming its toolchain: for a
 * caller that reports each toolchain as it settles and goes on past a failure (the CLI's prefetch).
 */
export async function startAcquiring(
  specs: ToolchainSpec[],
  opts: InstallOptions,
): Promise<Array<Promise<ResolvedToolchain>>> {
  const started = Date.now();
  const doc = await opts.registry.read();
  return specs.map(async (spec, index) => {
    try {
      if (await recordHit(doc, spec, opts)) {
        return await resolved(opts.layout, spec, index, doc.entries[spec.id], 'local', {
          waitMs: 0,
          installMs: Date.now() - started,
        });
      }
      return await (await missPath()).installOrWait(spec, index, opts);
    } catch (e) {
      if (isDiskFull(e))
        throw await diskFullError(opts.layout.root, e, `${spec.id}: installing`, opts.sizeBound);
      throw namingToolchain(spec.id, e);
    }
  });
}

/**
 * One error naming every toolchain that failed (each message already names its id); a
 * cancellation, shared by all, once.
 */
export function everyFailure(failures: unknown[]): unknown {
  const distinct = [...new Set(failures)];
  if (distinct.length === 1) return distinct[0];
  const first = distinct[0];
  const message =
    `${distinct.length} toolchains failed:\n` +
    distinct.map((e) => `- ${errorMessage(e)}`).join('\n');
  return first instanceof ToolchainCacheError
    ? new ToolchainCacheError(first.code, message, { cause: first })
    : new Error(message, { cause: first });
}

/**
 * A registered, matching entry whose tree is there and as it was sealed: record the use. False
 * sends it to the slow path, which moves a changed tree aside and installs it again.
 */
export async function recordHit(
  doc: RegistryDoc,
  spec: ToolchainSpec,
  opts: InstallOptions,
): Promise<boolean> {
  const entry = matchingEntry(doc, spec);
  if (entry === undefined || !(await recordUseOrExplain(spec, opts))) return false;
  // Checked with our use recorded: no GC removes the tree meanwhile.
  const changed = treeChange(opts.layout, spec);
  if (changed === undefined) return true;
  // Said once, naming what changed, by the install path that moves it aside (moveChangedTreeAside).
  opts.log.debug(`${spec.id}: the hit check failed (${changed}); going to the install path`);
  await releaseUses(opts.layout, { key: opts.owner.key }, [spec.id]);
  return false;
}

/**
 * recordUse; on a full disk an error saying why the job cannot go on without its use record
 * (docs/design.md, "Uses and GC") and what to free.
 */
export async function recordUseOrExplain(
  spec: ToolchainSpec,
  opts: InstallOptions,
): Promise<boolean> {
  try {
    return await recordUse(opts.layout, spec.id, opts.owner);
  } catch (e) {
    if (!isDiskFull(e)) throw e;
    throw await diskFullError(
      opts.layout.root,
      e,
      `${spec.id}: it is installed, but recording this job's use of it`,
      opts.sizeBound,
      'A hit without a use record would not be safe from GC (a GC could remove the toolchain while this job runs it), so the step stops. ',
    );
  }
}

/** With several toolchains in one step, every failure says which one it is about. */
function namingToolchain(id: string, e: unknown): unknown {
  // A cancellation is the step's, not one toolchain's (and its error object is shared by all).
  if (e instanceof ToolchainCacheError && e.code === 'CANCELLED') return e;
  if (e instanceof Error && !e.message.startsWith(`${id}:`) && !e.message.includes(`"${id}"`)) {
    e.message = `${id}: ${e.message}`;
  }
  return e;
}

/** The registered entry for `spec`, if any; an entry with another sha256, or another case, is an error. */
export function matchingEntry(doc: RegistryDoc, spec: ToolchainSpec): RegistryEntry | undefined {
  // On a case-insensitive file system (macOS, Windows) `Foo` and `foo` would share one directory,
  // and installing or removing one would replace the other under the jobs using it: refuse everywhere.
  const entry = Object.hasOwn(doc.entries, spec.id) ? doc.entries[spec.id] : undefined;
  if (!entry) {
    const folded = spec.id.toLowerCase();
    const twin = Object.keys(doc.entries).find((id) => id.toLowerCase() === folded);
    if (twin !== undefined) {
      throw new ToolchainCacheError(
        'CONFLICT',
        `Toolchain "${spec.id}" differs only in letter case from the installed "${twin}"; ` +
          'ids that differ only in case would share a directory on macOS and Windows. Use the same spelling, or another id.',
      );
    }
    return undefined;
  }
  if (entry.sha256 !== spec.sha256) {
    throw new ToolchainCacheError(
      'CONFLICT',
      `Toolchain "${spec.id}" is already installed with sha256 ${entry.sha256}, but this job asks for ${spec.sha256}. ` +
        'An id names one exact archive: give the new archive a new id (e.g. with its version) rather than replacing one other jobs may be using.',
    );
  }
  return entry;
}

export interface Timing {
  waitMs: number;
  installMs: number;
  downloadedBytes?: number;
  archivePath?: string;
  tier?: string;
  leaseHolder?: string;
}

/** The result for one spec. The toolchain's directory always comes from the layout. */
export async function resolved(
  layout: CacheLayout,
  spec: ToolchainSpec,
  index: number,
  entry: RegistryEntry,
  source: Source,
  t: Timing,
): Promise<ResolvedToolchain> {
  const root = layout.toolchainRoot(spec.id);
  return {
    id: spec.id,
    sha256: spec.sha256,
    path: root,
    binDirs: await binDirs(root, spec, index),
    source,
    waitMs: t.waitMs,
    installMs: t.installMs,
    downloadedBytes: t.downloadedBytes ?? 0,
    sizeBytes: entry.sizeBytes,
    archivePath: t.archivePath,
    ...(t.tier !== undefined && { tier: t.tier }),
    ...(t.leaseHolder !== undefined && { leaseHolder: t.leaseHolder }),
  };
}

async function binDirs(root: string, spec: ToolchainSpec, index: number): Promise<string[]> {
  if (!spec.bin) {
    const bin = path.join(root, 'bin');
    return [(await isDirectory(bin)) ? bin : root];
  }
  const dirs = spec.bin.map((b) => path.resolve(root, b));
  for (const [i, dir] of dirs.entries()) {
    if (!(await isDirectory(dir))) {
      const top = (await fs.readdir(root).catch(() => [])).slice(0, 20).join(', ');
      throw new InputError(
        `toolchains[${index}] (id "${spec.id}"): field "bin": "${spec.bin[i]}" is not a directory of the toolchain (its top level holds: ${top || 'nothing'}).`,
        'bin',
      );
    }
  }
  return dirs;
}

const isDirectory = async (p: string): Promise<boolean> =>
  Promise.resolve(statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false);

export type { HeldLock };
