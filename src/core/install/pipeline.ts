// The install pipeline, run by the one job holding a toolchain's install lock: fetch (a remote
// tier, else the origin) → verify → extract → seal → publish (one rename) → record the use →
// register. Loaded only on a miss: a warm hit never pays for download or extraction code.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError } from '../errors.js';
import { faultPoint } from '../faults.js';
import { formatBytes } from '../format.js';
import {
  SHARED_DIR_MODE,
  ensureDir,
  randomToken,
  removeTreeInside,
  renameRetrying,
} from '../fsx.js';
import { resolved, type InstallOptions } from '../installer.js';
import { stagingId, stagingName, type CacheLayout } from '../layout.js';
import type { HeldLock } from '../lock.js';
import { entryFromManifest } from '../registry/rebuild.js';
import type { ToolchainSpec } from '../spec.js';
import type { Logger, RemoteTier, ResolvedToolchain, RestoredArchive, Source } from '../types.js';
import { recordUse, releaseUses } from '../uses.js';
import { adoptOrphan } from './adopt.js';
import { downloadFile, type DownloadProgress, type WrittenFile } from './download.js';
import { extractAndList } from './extract.js';
import {
  MANIFEST_SCHEMA_VERSION,
  readManifest,
  summarize,
  writeManifest,
  type ManifestFile,
} from '../manifest.js';
import { assertLinksInside, sealTree } from './seal.js';
import { writeReceipt } from './receipt.js';
import { PinnedArchive, createFreshDir } from './staged-file.js';
import { writeTreeStats } from './tree-stat.js';

/** The hit check's metadata file, beside the manifest (layout.treeStatsFile once published). */
const TREE_STAT = 'tree-stat';

interface Fetched {
  source: Source;
  tier?: string;
  downloadedBytes: number;
}

/** Runs with the install lock held: nobody else installs this id meanwhile. */
export async function install(
  spec: ToolchainSpec,
  index: number,
  opts: InstallOptions,
  lock: HeldLock,
  waitMs: number,
): Promise<ResolvedToolchain> {
  const { layout, log } = opts;
  const started = Date.now();
  await removeLeftovers(layout, spec.id, log);
  const adopted = await adoptOrphan(layout, spec, log);
  const stage = path.join(layout.stagingDir, stagingName(spec.id, randomToken()));
  // Stop when the job is cancelled, or when our install lock was taken over (we stalled too long).
  const signal = opts.signal ? AbortSignal.any([opts.signal, lock.signal]) : lock.signal;
  let keepArchive = false;
  try {
    let fetched: Fetched = { source: 'local', downloadedBytes: 0 };
    if (!adopted) {
      const pinned = await fetchArchive(spec, stage, opts, signal);
      try {
        fetched = pinned.fetched;
        // Between the hash and the extraction, a test may swap the archive's name here.
        await faultPoint('verified');
        await unpack(spec, stage, pinned.archive, opts, signal);
        // The post step saves the archive by its name: only while that is still what was verified.
        keepArchive =
          (opts.keepArchives ?? false) &&
          fetched.source !== 'local' &&
          (await stillNamed(pinned.archive, spec.id, log));
      } finally {
        await pinned.archive.close();
      }
      await publish(layout, spec, stage, lock, signal);
    }
    const entry = await register(spec, opts);
    log.info(
      `${spec.id}: installed ${entry.fileCount} files (${formatBytes(entry.sizeBytes)}) from ${adopted ? 'an interrupted install' : (fetched.tier ?? fetched.source)}`,
    );
    return await resolved(layout, spec, index, entry, fetched.source, {
      waitMs,
      installMs: Date.now() - started,
      downloadedBytes: fetched.downloadedBytes,
      archivePath: keepArchive ? path.join(stage, 'archive') : undefined,
      tier: fetched.tier,
    });
  } catch (e) {
    keepArchive = false;
    throw e;
  } finally {
    // The archive stays for the post step only when this job got the toolchain: a failed job's
    // post step knows nothing of it, and it would stay in staging until the next install of this id.
    const leftover = keepArchive ? path.join(stage, 'extract') : stage;
    await removeTreeInside(layout.root, leftover).catch((e: unknown) =>
      log.warning(`could not remove ${leftover}: ${(e as Error).message}`),
    );
  }
}

/**
 * The verified archive in `<stage>/archive`, from a remote tier when one has it, else the origin,
 * opened once: its hash is computed from that descriptor, and extraction reads the same one.
 */
async function fetchArchive(
  spec: ToolchainSpec,
  stage: string,
  opts: InstallOptions,
  signal: AbortSignal,
): Promise<{ fetched: Fetched; archive: PinnedArchive }> {
  await ensureDir(opts.layout.stagingDir);
  // Nothing in staging is for anyone outside the runners' group: the archive between its
  // verification and its extraction, the tree before it is sealed.
  await createFreshDir(stage, 0o2770);
  await faultPoint('fetch');
  const archive = path.join(stage, 'archive');
  const restored = opts.remote && (await restoreFromRemote(opts.remote, spec, archive, opts.log));
  if (restored)
    return {
      fetched: { source: 'remote', tier: restored.tier, downloadedBytes: 0 },
      archive: restored.pinned,
    };
  opts.log.info(`${spec.id}: downloading ${spec.url}`);
  const result = await downloadFile(spec.url, archive, {
    id: spec.id,
    expectedSha256: spec.sha256,
    signal,
    onProgress: progressLogger(spec.id, opts.log),
    onRetry: (attempt, error, delayMs) =>
      opts.log.warning(
        `${spec.id}: download attempt ${attempt} failed (${error.message}); retrying in ${(delayMs / 1000).toFixed(1)}s`,
      ),
    ...opts.download,
  });
  // The download hashed what it wrote. The name may have been replaced since: open it once, and
  // hash what we read unless it is the very file the download wrote (no one but this runner's
  // user can write that one: it was created exclusively, owner-only).
  const pinned = await openVerified(spec, archive, result.written);
  if (typeof pinned === 'string') {
    throw new ToolchainCacheError(
      'CHECKSUM_MISMATCH',
      `${spec.id}: the downloaded archive in ${archive} was replaced after its download (it now has sha256 ${pinned}, expected ${spec.sha256}); nothing was installed. Check who can write the cache root.`,
    );
  }
  return { fetched: { source: 'download', downloadedBytes: result.bytes }, archive: pinned };
}

/**
 * The archive opened for reading when the bytes read through it have the spec's sha256, else that
 * digest. `hashed`: the file a download wrote and hashed as it went (not hashed again when it is
 * the one opened).
 */
async function openVerified(
  spec: ToolchainSpec,
  archive: string,
  hashed?: WrittenFile,
): Promise<PinnedArchive | string> {
  const pinned = await PinnedArchive.open(archive);
  try {
    const st = await pinned.handle.stat();
    const same = hashed !== undefined && st.dev === hashed.dev && st.ino === hashed.ino;
    const digest = same && (st.mode & 0o077) === 0 ? spec.sha256 : await pinned.sha256();
    if (digest !== spec.sha256) {
      await pinned.close();
      return digest;
    }
    // Verified: from now on nobody changes it (the post step may still save it to the remote
    // tiers). Through the descriptor: a name swapped meanwhile is never what gets the mode.
    if (process.platform !== 'win32') await pinned.handle.chmod(0o444);
    return pinned;
  } catch (e) {
    await pinned.close();
    throw e;
  }
}

/** Extracts into `<stage>/entry/files`, seals the tree and writes its manifest beside it. */
async function unpack(
  spec: ToolchainSpec,
  stage: string,
  archive: PinnedArchive,
  opts: InstallOptions,
  signal: AbortSignal,
): Promise<void> {
  await faultPoint('extract');
  const extracted = path.join(stage, 'extract');
  await createFreshDir(extracted, SHARED_DIR_MODE);
  const { files: extractedFiles } = await extractAndList(archive.path, extracted, {
    pinned: archive.handle,
    stripComponents: spec.stripComponents,
    limits: opts.extractLimits,
    signal,
    log: (message: string) => opts.log.info(`${spec.id}: ${message}`),
  });
  const entryStage = path.join(stage, 'entry');
  const files = path.join(entryStage, 'files');
  await createFreshDir(entryStage, SHARED_DIR_MODE);
  const picked = await pickRoot(extracted, spec);
  await renameRetrying(picked, files);
  // The extractor listed the tree and hashed each file as it wrote it: no second read of the tree.
  const listing = below(path.relative(extracted, picked), extractedFiles);
  // The extractor kept every link inside the extraction directory; the root picked in it may be
  // one level down (`tool-1.0/up -> ..` stays inside the former, not the latter). Re-check.
  assertLinksInside(spec.id, listing);
  await sealTree(files, listing);
  await writeManifest(path.join(entryStage, 'manifest.json'), {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    id: spec.id,
    sha256: spec.sha256,
    url: spec.url,
    installedAt: new Date().toISOString(),
    ...summarize(listing),
    files: listing,
  });
  // Last, once nothing changes the tree any more: what every hit compares it with.
  await writeTreeStats(path.join(entryStage, TREE_STAT), files, listing);
}

/** The rename is the install: before it nothing is visible, after it the tree is complete. */
async function publish(
  layout: CacheLayout,
  spec: ToolchainSpec,
  stage: string,
  lock: HeldLock,
  signal: AbortSignal,
): Promise<void> {
  signal.throwIfAborted();
  const entryStage = path.join(stage, 'entry');
  // The evidence first: a tree published without it would never be adopted after a crash.
  await writeReceipt(layout, spec.id, spec.sha256, {
    manifest: path.join(entryStage, 'manifest.json'),
    stats: path.join(entryStage, TREE_STAT),
  });
  await faultPoint('rename');
  await lock.assertHeld();
  await renameRetrying(entryStage, layout.entryDir(spec.id));
}

/**
 * Records this job's use, then registers the entry: a GC only removes registered entries, and
 * it sees the use record before the entry is ever registered.
 */
async function register(spec: ToolchainSpec, opts: InstallOptions) {
  const { layout } = opts;
  const manifest = await readManifest(layout.manifestFile(spec.id));
  if (!manifest)
    throw new ToolchainCacheError(
      'EXTRACT_FAILED',
      `${spec.id}: the installed tree has no manifest.`,
    );
  const entry = entryFromManifest(manifest, new Date());
  if (!(await recordUse(layout, spec.id, opts.owner))) {
    throw new ToolchainCacheError(
      'EXTRACT_FAILED',
      `${spec.id}: the tree installed a moment ago is gone from ${layout.entryDir(spec.id)}; run the job again.`,
    );
  }
  await faultPoint('register');
  try {
    await opts.registry.update((doc) => {
      doc.entries[spec.id] = entry;
    });
  } catch (e) {
    await releaseUses(layout, { key: opts.owner.key }, [spec.id]).catch(() => undefined);
    throw e;
  }
  return entry;
}

async function restoreFromRemote(
  remote: RemoteTier,
  spec: ToolchainSpec,
  archive: string,
  log: Logger,
): Promise<(RestoredArchive & { pinned: PinnedArchive }) | undefined> {
  try {
    const restored = await remote.restore(spec, archive);
    if (!restored) return undefined;
    const pinned = await openVerified(spec, archive);
    if (typeof pinned !== 'string') return { ...restored, pinned };
    log.warning(
      `${spec.id}: the archive from ${restored.tier} has sha256 ${pinned}, expected ${spec.sha256}; downloading instead`,
    );
  } catch (e) {
    log.warning(
      `${spec.id}: remote cache restore failed (${(e as Error).message}); downloading instead`,
    );
  }
  await fs.rm(archive, { force: true });
  return undefined;
}

/**
 * Whether the archive's name still leads to the very file that was verified and extracted. The
 * post step saves it to the remote tiers by name (and hashes it again before each save).
 */
async function stillNamed(archive: PinnedArchive, id: string, log: Logger): Promise<boolean> {
  const [named, pinned] = await Promise.all([
    fs.lstat(archive.path).catch(() => undefined),
    archive.handle.stat(),
  ]);
  if (named && named.isFile() && named.ino === pinned.ino && named.dev === pinned.dev) return true;
  log.warning(
    `${id}: ${archive.path} was replaced after it was verified (the verified bytes were installed); it will not be saved to the remote cache. Check who can write the cache root.`,
  );
  return false;
}

/** Staging directories `<id>.<token>` of this very id (never of `<id>.5`): ours now. */
async function removeLeftovers(layout: CacheLayout, id: string, log: Logger): Promise<void> {
  const names = await fs.readdir(layout.stagingDir).catch(() => [] as string[]);
  for (const name of names.filter((n) => stagingId(n) === id)) {
    log.info(`${id}: removing the leftovers of an interrupted install (${name})`);
    await removeTreeInside(layout.root, path.join(layout.stagingDir, name));
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

/** The entries under `dir` (a relative path; '' for the root itself), relative to it. */
function below(dir: string, files: ManifestFile[]): ManifestFile[] {
  if (dir === '') return files;
  const prefix = `${dir.split(path.sep).join('/')}/`;
  return files
    .filter((f) => f.path.startsWith(prefix))
    .map((f) => ({ ...f, path: f.path.slice(prefix.length) }));
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
