// Finds each toolchain in the host-wide cache or installs it exactly once (seed 002's download
// coordinator): a per-toolchain install lock elects one installer; the others wait on it and then
// find the entry (source "peer"), or take over when the installer dies and its lock goes stale.
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { InputError, ToolchainCacheError, UnsafeArchiveError, isErrnoException } from './errors.js';
import { ensureDir, randomToken, removeTreeInside } from './fsx.js';
import { downloadFile, type DownloadProgress } from './install/download.js';
import { extractArchive, type ExtractLimits } from './install/extract.js';
import {
  MANIFEST_SCHEMA_VERSION,
  entryFromManifest,
  hashFile,
  readManifest,
  scanTree,
  summarize,
  verifyTree,
  writeManifest,
  type ManifestFile,
} from './install/manifest.js';
import type { CacheLayout } from './layout.js';
import { acquireLock, describeOwner, type HeldLock } from './lock.js';
import { describeJob } from './leases.js';
import type { RegistryDoc, RegistryEntry } from './registry/schema.js';
import type { Registry } from './registry/store.js';
import type { ToolchainSpec } from './spec.js';
import { recordUse, type UseOwner } from './uses.js';
import { faultPoint } from './faults.js';
import { formatBytes } from './format.js';
import type { Logger, RemoteTier, ResolvedToolchain, RestoredArchive, Source } from './types.js';

export type { Logger, RemoteTier, ResolvedToolchain, Source } from './types.js';

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
export async function acquireToolchains(
  specs: ToolchainSpec[],
  opts: InstallOptions,
): Promise<ResolvedToolchain[]> {
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
      if (hit)
        return resolved(spec, index, hit, 'local', { waitMs: 0, installMs: Date.now() - started });
      return installOrWait(spec, index, opts).catch((e: unknown) => {
        throw namingToolchain(spec.id, e);
      });
    }),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<ResolvedToolchain>).value);
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

/** The entry for `spec` if it is registered and its tree is there; a different sha256 is an error. */
async function usableEntry(
  doc: RegistryDoc,
  spec: ToolchainSpec,
  layout: CacheLayout,
): Promise<RegistryEntry | undefined> {
  // On a case-insensitive file system (macOS, Windows) `Foo` and `foo` would share one directory,
  // and installing or removing one would replace the other under the jobs using it: refuse everywhere.
  const folded = spec.id.toLowerCase();
  const twin = Object.keys(doc.entries).find((id) => id !== spec.id && id.toLowerCase() === folded);
  if (twin !== undefined) {
    throw new ToolchainCacheError(
      'CONFLICT',
      `Toolchain "${spec.id}" differs only in letter case from the installed "${twin}"; ` +
        'ids that differ only in case would share a directory on macOS and Windows. Use the same spelling, or another id.',
    );
  }
  const entry = doc.entries[spec.id];
  if (!entry) return undefined;
  if (entry.sha256 !== spec.sha256) {
    throw new ToolchainCacheError(
      'CONFLICT',
      `Toolchain "${spec.id}" is already installed with sha256 ${entry.sha256}, but this job asks for ${spec.sha256}. ` +
        'An id names one exact archive: give the new archive a new id (e.g. with its version) rather than replacing one other jobs may be using.',
    );
  }
  const [dir, root] = await Promise.all([
    lstatIfExists(layout.entryDir(spec.id)),
    lstatIfExists(layout.toolchainRoot(spec.id)),
  ]);
  if (
    dir?.isSymbolicLink() ||
    root?.isSymbolicLink() ||
    (dir && !dir.isDirectory()) ||
    (root && !root.isDirectory())
  ) {
    // Someone replaced an installed tree by a link (or a file): never hand a job a path through it.
    throw new ToolchainCacheError(
      'UNSAFE_PATH',
      `Toolchain "${spec.id}": ${layout.entryDir(spec.id)} (or its files/) is no longer the directory that was installed ` +
        `(${dir?.isSymbolicLink() || root?.isSymbolicLink() ? 'a symlink' : 'not a directory'}); refusing to use it. ` +
        `Check who can write ${layout.root}, then run \`toolchain-cache remove ${spec.id} --force\` to reinstall it.`,
    );
  }
  if (root) return entry;
  // Deleted behind our back: the entry is useless to everyone; drop it so it gets reinstalled.
  delete doc.entries[spec.id];
  return undefined;
}

async function lstatIfExists(p: string) {
  try {
    return await fs.lstat(p);
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

interface Timing {
  waitMs: number;
  installMs: number;
  downloadedBytes?: number;
  archivePath?: string;
  tier?: string;
}

async function resolved(
  spec: ToolchainSpec,
  index: number,
  entry: RegistryEntry,
  source: Source,
  t: Timing,
): Promise<ResolvedToolchain> {
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
    ...(t.tier !== undefined && { tier: t.tier }),
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
  (await fs.stat(p).catch(() => undefined))?.isDirectory() ?? false;

async function installOrWait(
  spec: ToolchainSpec,
  index: number,
  opts: InstallOptions,
): Promise<ResolvedToolchain> {
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
      log.info(
        `${spec.id}: another job is installing it (${describeOwner(owner)}); waiting up to ${Math.round(opts.waitTimeoutMs / 1000)}s`,
      );
    },
  }).catch((e: unknown) => {
    if (e instanceof ToolchainCacheError && e.code === 'LOCK_TIMEOUT') {
      throw new ToolchainCacheError(
        'LOCK_TIMEOUT',
        `${spec.id}: ${e.message} Raise "wait-timeout" if installs of this toolchain are slow.`,
      );
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
    if (peer)
      return resolved(spec, index, peer, waited ? 'peer' : 'local', { waitMs, installMs: 0 });
    return await install(spec, index, opts, lock, waitMs);
  } finally {
    await lock.release();
  }
}

/** Runs with the install lock held: nobody else installs this id meanwhile. */
async function install(
  spec: ToolchainSpec,
  index: number,
  opts: InstallOptions,
  lock: HeldLock,
  waitMs: number,
): Promise<ResolvedToolchain> {
  const { layout, registry, log } = opts;
  const started = Date.now();
  await removeLeftovers(layout, spec.id, log);
  const adopted = await adoptOrphan(layout, spec, log);
  const stage = path.join(layout.stagingDir, `${spec.id}.${randomToken()}`);
  // Stop when the job is cancelled, or when our install lock was taken over (we stalled too long).
  const signal = opts.signal ? AbortSignal.any([opts.signal, lock.signal]) : lock.signal;
  let keepArchive = false;
  let succeeded = false;
  try {
    // An adopted tree was already on this host: nothing was fetched for it.
    let source: Source = adopted ? 'local' : 'download';
    let downloadedBytes = 0;
    let tier: string | undefined;
    if (!adopted) {
      await ensureDir(stage);
      // Nothing in staging is for anyone outside the runners' group: the archive between its
      // verification and its extraction, the tree before it is made read-only (a runner with
      // umask 000 would otherwise leave both world-writable meanwhile).
      if (process.platform !== 'win32') await fs.chmod(stage, 0o2770);
      const archive = path.join(stage, 'archive');
      const restored = opts.remote && (await restoreFromRemote(opts.remote, spec, archive, log));
      if (restored) {
        source = 'remote';
        tier = restored.tier;
      } else {
        log.info(`${spec.id}: downloading ${spec.url}`);
        const result = await downloadFile(spec.url, archive, {
          id: spec.id,
          expectedSha256: spec.sha256,
          signal,
          onProgress: progressLogger(spec.id, log),
          onRetry: (attempt, error, delayMs) =>
            log.warning(
              `${spec.id}: download attempt ${attempt} failed (${error.message}); retrying in ${(delayMs / 1000).toFixed(1)}s`,
            ),
          ...opts.download,
        });
        downloadedBytes = result.bytes;
      }
      // Verified: from now on nobody changes it (the post step may still upload it to the remote tier).
      if (process.platform !== 'win32') await fs.chmod(archive, 0o444);
      await faultPoint('extract');
      const extracted = path.join(stage, 'extract');
      await ensureDir(extracted);
      await extractArchive(archive, extracted, {
        stripComponents: spec.stripComponents,
        limits: opts.extractLimits,
        signal,
      });
      const entryStage = path.join(stage, 'entry');
      await ensureDir(entryStage);
      await fs.rename(await pickRoot(extracted, spec), path.join(entryStage, 'files'));
      const files = await scanTree(path.join(entryStage, 'files'));
      // The extractor kept every link inside the extraction directory; the root picked in it may be
      // one level down (`tool-1.0/up -> ..` stays inside the former, not the latter). Re-check.
      assertLinksInside(spec.id, files);
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
    if (!manifest)
      throw new ToolchainCacheError(
        'EXTRACT_FAILED',
        `${spec.id}: the installed tree has no manifest.`,
      );
    const entry = entryFromManifest(layout, manifest, new Date());
    await faultPoint('register');
    await registry.update((doc) => {
      doc.entries[spec.id] = entry;
      recordUse(entry, opts.owner);
    });
    log.info(
      `${spec.id}: installed ${entry.fileCount} files (${formatBytes(entry.sizeBytes)}) from ${adopted ? 'an interrupted install' : source}`,
    );
    const result = await resolved(spec, index, entry, source, {
      waitMs,
      installMs: Date.now() - started,
      downloadedBytes,
      archivePath: keepArchive ? path.join(stage, 'archive') : undefined,
      tier,
    });
    succeeded = true;
    return result;
  } finally {
    // The archive stays for the post step only when this job got the toolchain: a failed job's
    // post step knows nothing of it, and it would stay in staging until the next install of this id.
    if (keepArchive && succeeded)
      await removeTreeInside(layout.root, path.join(stage, 'extract')).catch(() => undefined);
    else
      await removeTreeInside(layout.root, stage).catch((e: unknown) =>
        log.warning(`could not remove ${stage}: ${(e as Error).message}`),
      );
  }
}

async function restoreFromRemote(
  remote: RemoteTier,
  spec: ToolchainSpec,
  archive: string,
  log: Logger,
): Promise<RestoredArchive | undefined> {
  try {
    const restored = await remote.restore(spec, archive);
    if (!restored) return undefined;
    const digest = await hashFile(archive);
    if (digest === spec.sha256) return restored;
    log.warning(
      `${spec.id}: the archive from ${restored.tier} has sha256 ${digest}, expected ${spec.sha256}; downloading instead`,
    );
  } catch (e) {
    log.warning(
      `${spec.id}: remote cache restore failed (${(e as Error).message}); downloading instead`,
    );
  }
  await fs.rm(archive, { force: true });
  return undefined;
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
async function adoptOrphan(
  layout: CacheLayout,
  spec: ToolchainSpec,
  log: Logger,
): Promise<boolean> {
  const dir = layout.entryDir(spec.id);
  const st = await lstatIfExists(dir);
  if (!st) return false;
  const why = await orphanProblem(layout, spec, st);
  if (!why) {
    log.info(`${spec.id}: adopting a complete install whose registration was interrupted`);
    return true;
  }
  const trash = path.join(layout.trashDir, `${spec.id}.${randomToken()}`);
  log.warning(`${spec.id}: moving an unusable tree aside to ${trash} (${why})`);
  // rename moves a planted symlink itself, never what it points to.
  await fs.rename(dir, trash);
  return false;
}

/** Why the tree at toolchains/<id> cannot be adopted, or undefined when it is exactly what its manifest says. */
async function orphanProblem(
  layout: CacheLayout,
  spec: ToolchainSpec,
  st: Stats,
): Promise<string | undefined> {
  if (st.isSymbolicLink()) return 'it is a symlink';
  if (!st.isDirectory()) return 'it is not a directory';
  const root = await lstatIfExists(layout.toolchainRoot(spec.id));
  if (!root?.isDirectory()) return 'it has no files/ directory';
  const manifestStat = await lstatIfExists(layout.manifestFile(spec.id));
  if (!manifestStat?.isFile()) return 'it has no manifest';
  const manifest = await readManifest(layout.manifestFile(spec.id));
  if (!manifest) return 'its manifest is unreadable';
  if (manifest.id.toLowerCase() === spec.id.toLowerCase() && manifest.id !== spec.id) {
    // The same directory on a case-insensitive file system: it is someone else's toolchain.
    throw new ToolchainCacheError(
      'CONFLICT',
      `Toolchain "${spec.id}" differs only in letter case from the installed "${manifest.id}" (${layout.entryDir(spec.id)}); use the same spelling, or another id.`,
    );
  }
  if (manifest.id !== spec.id || manifest.sha256 !== spec.sha256)
    return `its manifest is for ${manifest.id} with sha256 ${manifest.sha256}`;
  // Never trust a manifest without checking the tree against it: the crash may have come mid-way.
  const problems = await verifyTree(layout.toolchainRoot(spec.id), manifest);
  if (problems.length) return `it differs from its manifest: ${problems.slice(0, 3).join('; ')}`;
  try {
    assertLinksInside(spec.id, manifest.files);
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
}

/**
 * Resolves every symlink of a tree over its file list, the way the OS would (through nested links),
 * and throws when one leads outside the toolchain root.
 */
function assertLinksInside(id: string, files: ManifestFile[]): void {
  const fold = process.platform === 'darwin' || process.platform === 'win32';
  const key = (segs: string[]): string => {
    const k = segs.join('/');
    return fold ? k.normalize('NFC').toLowerCase() : k;
  };
  const byPath = new Map(files.map((f) => [key(f.path.split('/')), f]));
  const resolve = (from: string[], target: string, budget: { hops: number }): string[] | null => {
    if (++budget.hops > 40 || /^([/\\]|[A-Za-z]:)/.test(target)) return null;
    let cur = [...from];
    for (const seg of target.split(process.platform === 'win32' ? /[\\/]/ : '/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        if (cur.length === 0) return null;
        cur.pop();
        continue;
      }
      cur.push(seg);
      const f = byPath.get(key(cur));
      if (f?.type === 'symlink') {
        const next = resolve(cur.slice(0, -1), f.target ?? '', budget);
        if (next === null) return null;
        cur = next;
      }
    }
    return cur;
  };
  for (const f of files) {
    if (f.type !== 'symlink') continue;
    const segs = f.path.split('/');
    if (resolve(segs.slice(0, -1), f.target ?? '', { hops: 0 }) === null) {
      throw new UnsafeArchiveError(
        `${id}: archive member "${f.path}" is a symlink to "${f.target ?? ''}", which leads outside the toolchain root; refusing to install.`,
        f.path,
      );
    }
  }
}

/** With no strip-components, a single top-level directory becomes the root. */
async function pickRoot(extracted: string, spec: ToolchainSpec): Promise<string> {
  if (spec.stripComponents !== undefined) return extracted;
  const entries = await fs.readdir(extracted, { withFileTypes: true });
  return entries.length === 1 && entries[0].isDirectory()
    ? path.join(extracted, entries[0].name)
    : extracted;
}

/**
 * Jobs share these trees: remove write bits from files so a build cannot change them by accident,
 * and world-write from directories (an archive's 0777 directory, or a runner's umask 0, must not let
 * any user of the host add files to a toolchain). The root itself is checked too.
 */
async function makeReadOnly(
  root: string,
  files: Array<{ path: string; type: string }>,
): Promise<void> {
  if (process.platform === 'win32') return;
  for (const f of [{ path: '', type: 'directory' }, ...files]) {
    if (f.type !== 'file' && f.type !== 'directory') continue;
    const p = path.join(root, f.path);
    const st = await fs.lstat(p);
    const mode = st.mode & 0o7777;
    const wanted = f.type === 'file' ? mode & 0o7555 : mode & ~0o002;
    if (wanted !== mode) await fs.chmod(p, wanted);
  }
}

function progressLogger(id: string, log: Logger): (p: DownloadProgress) => void {
  return (p) => {
    const pct = p.totalBytes ? ` (${Math.floor((p.receivedBytes / p.totalBytes) * 100)}%)` : '';
    const rate =
      p.elapsedMs > 0 ? `, ${formatBytes((p.receivedBytes / p.elapsedMs) * 1000)}/s` : '';
    log.info(
      `${id}: ${formatBytes(p.receivedBytes)}${p.totalBytes ? ` of ${formatBytes(p.totalBytes)}` : ''}${pct}${rate}`,
    );
  };
}
