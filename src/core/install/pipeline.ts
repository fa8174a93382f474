// The install pipeline, run by the one job holding a toolchain's install lock: fetch (a remote
// tier, else the origin, extracted as it downloads: fetch.ts) → verify → extract → seal → publish
// (one rename) → record the use → register. Loaded only on a miss: a warm hit never pays for it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError } from '../errors.js';
import { faultPoint } from '../faults.js';
import { isoTime, formatBytes } from '../format.js';
import { SHARED_DIR_MODE, randomToken, removeTreeInside, renameRetrying } from '../fsx.js';
import { resolved, type InstallOptions } from '../installer.js';
import { stagingId, stagingName, type CacheLayout } from '../layout.js';
import type { HeldLock } from '../lock.js';
import {
  MANIFEST_SCHEMA_VERSION,
  readManifest,
  summarize,
  writeManifest,
  type ManifestFile,
} from '../manifest.js';
import { redactUrl } from '../redact.js';
import { entryFromManifest } from '../registry/rebuild.js';
import type { ToolchainSpec } from '../spec.js';
import type { Logger, ResolvedToolchain } from '../types.js';
import { recordUse, releaseUses } from '../uses.js';
import { adoptOrphan } from './adopt.js';
import { extractAndList, type ListedExtraction } from './extract.js';
import { extractOptions, fetchArchive, type Fetched } from './fetch.js';

import { assertLinksInside, sealTree } from './seal.js';
import { writeReceipt } from '../receipt.js';
import { createFreshDir, type PinnedArchive } from './staged-file.js';
import { writeTreeStats } from './tree-stat.js';

/** The hit check's metadata file, beside the manifest (layout.treeStatsFile once published). */
const TREE_STAT = 'tree-stat';

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
        // After the hash (and any extraction that ran with the download), a test may swap the
        // archive's name here: what is installed must be what was verified all the same.
        await faultPoint('verified');
        const listed =
          pinned.listed ?? (await extractFromFile(spec, stage, pinned.archive, opts, signal));
        await prepareEntry(spec, stage, listed.files);
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
      leaseHolder: fetched.leaseHolder,
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

/** Extracts the verified archive from its file, when the download did not extract it already. */
async function extractFromFile(
  spec: ToolchainSpec,
  stage: string,
  archive: PinnedArchive,
  opts: InstallOptions,
  signal: AbortSignal,
): Promise<ListedExtraction> {
  await faultPoint('extract');
  const extracted = path.join(stage, 'extract');
  await createFreshDir(extracted, SHARED_DIR_MODE);
  return await extractAndList(archive.path, extracted, {
    ...extractOptions(spec, opts, signal),
    pinned: archive.handle,
  });
}

/** Moves the extracted tree to `<stage>/entry/files`, seals it and writes its manifest beside it. */
async function prepareEntry(
  spec: ToolchainSpec,
  stage: string,
  extractedFiles: ManifestFile[],
): Promise<void> {
  const extracted = path.join(stage, 'extract');
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
    url: redactUrl(spec.url), // the root is readable by every local user: no credentials
    installedAt: isoTime(),
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
