// Finds each toolchain in the host-wide cache or installs it exactly once (seed 002's download
// coordinator): a per-toolchain install lock elects one installer; the others wait on it and then
// find the entry (source "peer"), or take over when the installer dies and its lock goes stale.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError, ToolchainCacheError } from './errors.js';
import { ensureDir, pathExists, randomToken, removeTreeInside } from './fsx.js';
import { downloadFile, type DownloadProgress } from './install/download.js';
import { extractArchive, type ExtractLimits } from './install/extract.js';
import { MANIFEST_SCHEMA_VERSION, entryFromManifest, hashFile, readManifest, scanTree, summarize, writeManifest } from './install/manifest.js';
import type { CacheLayout } from './layout.js';
import { acquireLock, describeOwner, type HeldLock } from './lock.js';
import { describeJob } from './leases.js';
import type { RegistryDoc, RegistryEntry } from './registry/schema.js';
import type { Registry } from './registry/store.js';
import type { ToolchainSpec } from './spec.js';
import { recordUse, type UseOwner } from './uses.js';
import { faultPoint } from './faults.js';

export type Source = 'local' | 'peer' | 'remote' | 'download';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** A second tier to try before downloading (the GitHub Actions cache in the action). */
export interface RemoteTier {
  /** Restores the archive of `spec` to `destFile`; false when the tier does not have it. */
  restore(spec: ToolchainSpec, destFile: string): Promise<boolean>;
}

export interface ResolvedToolchain {
  id: string;
  sha256: string;
  /** The toolchain root. */
  path: string;
  binDirs: string[];
  source: Source;
  /** Time spent waiting for another job's install. */
  waitMs: number;
  /** Time spent downloading (or restoring) and installing. */
  installMs: number;
  downloadedBytes: number;
  sizeBytes: number;
  /** The verified archive, kept for the remote tier when this job fetched it. */
  archivePath?: string;
}

export interface InstallOptions {
  layout: CacheLayout;
  registry: Registry;
  owner: UseOwner;
  waitTimeoutMs: number;
  log: Logger;
  remote?: RemoteTier;
  /** Keep downloaded archives in staging for the post step to save remotely. */
  keepArchives?: boolean;
  /** A silent install lock is taken over after this long (the installer died or hung). */
  installStaleMs?: number;
  download?: { retries?: number; retryBaseDelayMs?: number; stallTimeoutMs?: number };
  extractLimits?: Partial<ExtractLimits>;
  /** Cancels waits, downloads and extractions (the runner's SIGINT/SIGTERM on cancellation). */
  signal?: AbortSignal;
}

/** Resolves every spec: cached entries in one registry transaction, the misses in parallel. */
export async function acquireToolchains(specs: ToolchainSpec[], opts: InstallOptions): Promise<ResolvedToolchain[]> {
  const started = Date.now();
  const hits = await opts.registry.update(async (doc, tx) => {
    const found = new Map<string, RegistryEntry>();
    for (const spec of specs) {
      const entry = await usableEntry(doc, spec, opts.layout);
      if (!entry) continue;
      recordUse(entry, opts.owner);
      found.set(spec.id, { ...entry });
    }
    if (found.size === 0) tx.skipWrite();
    return found;
  });
  const results = await Promise.allSettled(
    specs.map(async (spec, index) => {
      const hit = hits.get(spec.id);
      if (hit) return resolved(spec, index, hit, 'local', { waitMs: 0, installMs: Date.now() - started });
      return installOrWait(spec, index, opts);
    }),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<ResolvedToolchain>).value);
}

/** The entry for `spec` if it is registered and its tree is there; a different sha256 is an error. */
async function usableEntry(doc: RegistryDoc, spec: ToolchainSpec, layout: CacheLayout): Promise<RegistryEntry | undefined> {
  const entry = doc.entries[spec.id];
  if (!entry) return undefined;
  if (entry.sha256 !== spec.sha256) {
    throw new ToolchainCacheError(
      'CONFLICT',
      `Toolchain "${spec.id}" is already installed with sha256 ${entry.sha256}, but this job asks for ${spec.sha256}. ` +
        'An id names one exact archive: give the new archive a new id (e.g. with its version) rather than replacing one other jobs may be using.',
    );
  }
  if (await pathExists(path.join(layout.toolchainRoot(spec.id)))) return entry;
  // Deleted behind our back: the entry is useless to everyone; drop it so it gets reinstalled.
  delete doc.entries[spec.id];
  return undefined;
}

interface Timing {
  waitMs: number;
  installMs: number;
  downloadedBytes?: number;
  archivePath?: string;
}

async function resolved(spec: ToolchainSpec, index: number, entry: RegistryEntry, source: Source, t: Timing): Promise<ResolvedToolchain> {
  const root = entry.path;
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

const isDirectory = async (p: string): Promise<boolean> => (await fs.stat(p).catch(() => undefined))?.isDirectory() ?? false;

async function installOrWait(spec: ToolchainSpec, index: number, opts: InstallOptions): Promise<ResolvedToolchain> {
  const { layout, registry, log } = opts;
  const waitStart = Date.now();
  let waited = false;
  const lock = await acquireLock(layout.lockPath(`install-${spec.id}`), `install ${spec.id}`, {
    staleMs: opts.installStaleMs ?? 10_000,
    timeoutMs: opts.waitTimeoutMs,
    pollMs: 1000,
    holder: describeJob(opts.owner.job),
    onWait: (owner) => {
      waited = true;
      log.info(`${spec.id}: another job is installing it (${describeOwner(owner)}); waiting up to ${Math.round(opts.waitTimeoutMs / 1000)}s`);
    },
  }).catch((e: unknown) => {
    if (e instanceof ToolchainCacheError && e.code === 'LOCK_TIMEOUT') {
      throw new ToolchainCacheError('LOCK_TIMEOUT', `${spec.id}: ${e.message} Raise "wait-timeout" if installs of this toolchain are slow.`);
    }
    throw e;
  });
  const waitMs = waited ? Date.now() - waitStart : 0;
  try {
    const peer = await registry.update(async (doc, tx) => {
      const entry = await usableEntry(doc, spec, layout);
      if (!entry) {
        tx.skipWrite();
        return undefined;
      }
      recordUse(entry, opts.owner);
      return { ...entry };
    });
    if (peer) return resolved(spec, index, peer, waited ? 'peer' : 'local', { waitMs, installMs: 0 });
    return await install(spec, index, opts, lock, waitMs);
  } finally {
    await lock.release();
  }
}

/** Runs with the install lock held: nobody else installs this id meanwhile. */
async function install(spec: ToolchainSpec, index: number, opts: InstallOptions, lock: HeldLock, waitMs: number): Promise<ResolvedToolchain> {
  const { layout, registry, log } = opts;
  const started = Date.now();
  await removeLeftovers(layout, spec.id, log);
  const adopted = await adoptOrphan(layout, spec, log);
  const stage = path.join(layout.stagingDir, `${spec.id}.${randomToken()}`);
  // Stop when the job is cancelled, or when our install lock was taken over (we stalled too long).
  const signal = opts.signal ? AbortSignal.any([opts.signal, lock.signal]) : lock.signal;
  let keepArchive = false;
  try {
    let source: Source = 'download';
    let downloadedBytes = 0;
    if (!adopted) {
      await ensureDir(stage);
      const archive = path.join(stage, 'archive');
      if (opts.remote && (await restoreFromRemote(opts.remote, spec, archive, log))) {
        source = 'remote';
      } else {
        log.info(`${spec.id}: downloading ${spec.url}`);
        const result = await downloadFile(spec.url, archive, {
          id: spec.id,
          expectedSha256: spec.sha256,
          signal,
          onProgress: progressLogger(spec.id, log),
          onRetry: (attempt, error, delayMs) => log.warning(`${spec.id}: download attempt ${attempt} failed (${error.message}); retrying in ${Math.round(delayMs / 1000)}s`),
          ...opts.download,
        });
        downloadedBytes = result.bytes;
      }
      await faultPoint('extract');
      const extracted = path.join(stage, 'extract');
      await ensureDir(extracted);
      await extractArchive(archive, extracted, { stripComponents: spec.stripComponents, limits: opts.extractLimits, signal });
      const entryStage = path.join(stage, 'entry');
      await ensureDir(entryStage);
      await fs.rename(await pickRoot(extracted, spec), path.join(entryStage, 'files'));
      const files = await scanTree(path.join(entryStage, 'files'));
      await makeReadOnly(path.join(entryStage, 'files'), files);
      await writeManifest(path.join(entryStage, 'manifest.json'), {
        schemaVersion: MANIFEST_SCHEMA_VERSION,
        id: spec.id,
        sha256: spec.sha256,
        url: spec.url,
        installedAt: new Date().toISOString(),
        ...summarize(files),
        files,
      });
      // The rename is the install: before it nothing is visible, after it the tree is complete.
      signal.throwIfAborted();
      await faultPoint('rename');
      await lock.assertHeld();
      await fs.rename(entryStage, layout.entryDir(spec.id));
      keepArchive = source === 'download' && (opts.keepArchives ?? false);
    }
    const manifest = await readManifest(layout.manifestFile(spec.id));
    if (!manifest) throw new ToolchainCacheError('EXTRACT_FAILED', `${spec.id}: the installed tree has no manifest.`);
    const entry = entryFromManifest(layout, manifest, new Date());
    await faultPoint('register');
    await registry.update((doc) => {
      doc.entries[spec.id] = entry;
      recordUse(entry, opts.owner);
    });
    log.info(`${spec.id}: installed ${entry.fileCount} files (${formatBytes(entry.sizeBytes)}) from ${adopted ? 'an interrupted install' : source}`);
    return resolved(spec, index, entry, source, {
      waitMs,
      installMs: Date.now() - started,
      downloadedBytes,
      archivePath: keepArchive ? path.join(stage, 'archive') : undefined,
    });
  } finally {
    if (keepArchive) await removeTreeInside(layout.root, path.join(stage, 'extract')).catch(() => undefined);
    else await removeTreeInside(layout.root, stage).catch((e: unknown) => log.warning(`could not remove ${stage}: ${(e as Error).message}`));
  }
}

async function restoreFromRemote(remote: RemoteTier, spec: ToolchainSpec, archive: string, log: Logger): Promise<boolean> {
  try {
    if (!(await remote.restore(spec, archive))) return false;
    const digest = await hashFile(archive);
    if (digest === spec.sha256) return true;
    log.warning(`${spec.id}: the remote cache's archive has sha256 ${digest}, expected ${spec.sha256}; downloading instead`);
  } catch (e) {
    log.warning(`${spec.id}: remote cache restore failed (${(e as Error).message}); downloading instead`);
  }
  await fs.rm(archive, { force: true });
  return false;
}

/** Staging directories of this id belong to installers that died or lost the lock: ours now. */
async function removeLeftovers(layout: CacheLayout, id: string, log: Logger): Promise<void> {
  const names = await fs.readdir(layout.stagingDir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(`${id}.`))) {
    log.info(`${id}: removing the leftovers of an interrupted install (${name})`);
    await removeTreeInside(layout.root, path.join(layout.stagingDir, name));
  }
}

/**
 * A tree renamed into place whose registration never happened (a crash in between): adopt it
 * when its manifest matches, else move it to the trash. Never trust a tree without a manifest.
 */
async function adoptOrphan(layout: CacheLayout, spec: ToolchainSpec, log: Logger): Promise<boolean> {
  const dir = layout.entryDir(spec.id);
  if (!(await pathExists(dir))) return false;
  const manifest = await readManifest(layout.manifestFile(spec.id));
  if (manifest && manifest.id === spec.id && manifest.sha256 === spec.sha256 && (await pathExists(layout.toolchainRoot(spec.id)))) {
    log.info(`${spec.id}: adopting a complete install whose registration was interrupted`);
    return true;
  }
  const trash = path.join(layout.trashDir, `${spec.id}.${randomToken()}`);
  log.warning(`${spec.id}: moving an incomplete or mismatched tree aside to ${trash}`);
  await fs.rename(dir, trash);
  return false;
}

/** With no strip-components, a single top-level directory becomes the root. */
async function pickRoot(extracted: string, spec: ToolchainSpec): Promise<string> {
  if (spec.stripComponents !== undefined) return extracted;
  const entries = await fs.readdir(extracted, { withFileTypes: true });
  return entries.length === 1 && entries[0].isDirectory() ? path.join(extracted, entries[0].name) : extracted;
}

/** Jobs share these trees: remove write bits from files so a build cannot change them by accident. */
async function makeReadOnly(root: string, files: Array<{ path: string; type: string }>): Promise<void> {
  for (const f of files) {
    if (f.type !== 'file') continue;
    const p = path.join(root, f.path);
    const st = await fs.lstat(p);
    await fs.chmod(p, st.mode & 0o7555);
  }
}

function progressLogger(id: string, log: Logger): (p: DownloadProgress) => void {
  return (p) => {
    const pct = p.totalBytes ? ` (${Math.floor((p.receivedBytes / p.totalBytes) * 100)}%)` : '';
    const rate = p.elapsedMs > 0 ? `, ${formatBytes((p.receivedBytes / p.elapsedMs) * 1000)}/s` : '';
    log.info(`${id}: ${formatBytes(p.receivedBytes)}${p.totalBytes ? ` of ${formatBytes(p.totalBytes)}` : ''}${pct}${rate}`);
  };
}

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}

