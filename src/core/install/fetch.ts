// Getting a toolchain's archive into staging, verified: from a remote tier when one has it, else
// from the origin, extracting it while it downloads (stream-extract.ts). Every byte installed is a
// byte of the archive whose sha256 matched the spec (docs/design.md, "Staging").
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError } from '../errors.js';
import { faultPoint } from '../faults.js';
import { formatBytes } from '../format.js';
import { redactUrl } from '../redact.js';
import { SHARED_DIR_MODE, ensureDir, removeTreeInside } from '../fsx.js';
import type { InstallOptions } from '../installer.js';
import type { ToolchainSpec } from '../spec.js';
import type {
  Logger,
  OriginLease,
  OriginTurn,
  RemoteTier,
  RestoredArchive,
  Source,
} from '../types.js';
import {
  downloadFile,
  type DownloadProgress,
  type DownloadResult,
  type WrittenFile,
} from './download.js';
import type { ExtractOptions, ListedExtraction } from './extract.js';
import { PinnedArchive, createFreshDir } from './staged-file.js';
import { StreamedExtraction } from './stream-extract.js';

export interface Fetched {
  source: Source;
  tier?: string;
  /** The host whose origin download this job waited for (a fleet lease), if any. */
  leaseHolder?: string;
  downloadedBytes: number;
}

export interface FetchedArchive {
  fetched: Fetched;
  /** The verified archive, open. */
  archive: PinnedArchive;
  /** The tree in `<stage>/extract`, when the download extracted it as it came. */
  listed?: ListedExtraction;
}

/**
 * The verified archive in `<stage>/archive`, from a remote tier when one has it, else the origin,
 * opened once: its hash is computed from that descriptor, and extraction reads the same one.
 */
export async function fetchArchive(
  spec: ToolchainSpec,
  stage: string,
  opts: InstallOptions,
  signal: AbortSignal,
): Promise<FetchedArchive> {
  await ensureDir(opts.layout.stagingDir);
  // Nothing in staging is for anyone outside the runners' group: the archive between its
  // verification and its extraction, the tree before it is sealed.
  await createFreshDir(stage, 0o2770);
  await faultPoint('fetch');
  const archive = path.join(stage, 'archive');
  const restored = opts.remote && (await restoreFromRemote(opts.remote, spec, archive, opts.log));
  if (restored) return restoredArchive(restored);
  // One origin download per fleet: another host's download, or our lease ("Fleet lease").
  const turn = await originTurn(spec, archive, opts, signal);
  if (turn && 'pinned' in turn) return restoredArchive(turn);
  const lease = turn?.lease;
  try {
    if (lease) await faultPoint('lease-held');
    const fetched = await downloadVerified(spec, stage, opts, signal);
    // Right after the verification: the hosts waiting on our lease need not wait for the rest.
    await lease?.publish(archive);
    return fetched;
  } finally {
    await lease?.release();
  }
}

const restoredArchive = (
  restored: RestoredArchive & { pinned: PinnedArchive },
): FetchedArchive => ({
  fetched: {
    source: 'remote',
    tier: restored.tier,
    ...(restored.leaseHolder !== undefined && { leaseHolder: restored.leaseHolder }),
    downloadedBytes: 0,
  },
  archive: restored.pinned,
});

/** The origin download into `<stage>/archive`, extracted as it comes, verified and opened. */
async function downloadVerified(
  spec: ToolchainSpec,
  stage: string,
  opts: InstallOptions,
  signal: AbortSignal,
): Promise<FetchedArchive> {
  const archive = path.join(stage, 'archive');
  opts.log.info(`${spec.id}: downloading ${redactUrl(spec.url)}`);
  const { result, listed } = await downloadExtracting(spec, stage, opts, signal);
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
  return {
    fetched: { source: 'download', downloadedBytes: result.bytes },
    archive: pinned,
    listed,
  };
}

/**
 * The tiers' fleet lease (docs/design.md, "Fleet lease"): the archive another host downloaded
 * (verified, opened), or our lease, or undefined (no lease tier, or it failed: the origin alone).
 */
async function originTurn(
  spec: ToolchainSpec,
  archive: string,
  opts: InstallOptions,
  signal: AbortSignal,
): Promise<{ lease: OriginLease } | (RestoredArchive & { pinned: PinnedArchive }) | undefined> {
  if (!opts.remote?.originTurn) return undefined;
  let turn: OriginTurn | undefined;
  try {
    turn = await opts.remote.originTurn(spec, archive, {
      waitTimeoutMs: opts.waitTimeoutMs,
      signal,
    });
  } catch (e) {
    opts.log.warning(
      `${spec.id}: remote cache lease failed (${(e as Error).message}); downloading`,
    );
  }
  if (!turn || 'lease' in turn) return turn;
  const pinned = await verifiedRestore(spec, archive, turn.restored, opts.log);
  return pinned && { ...turn.restored, pinned };
}

/**
 * Downloads the archive into `<stage>/archive` while extracting it into `<stage>/extract`
 * (stream-extract.ts). The extraction counts only when the first attempt got the whole archive;
 * otherwise (a retry, a zip) `<stage>/extract` is gone again and `listed` undefined: the archive
 * is then extracted from its file, after its verification, as a restored one is.
 */
async function downloadExtracting(
  spec: ToolchainSpec,
  stage: string,
  opts: InstallOptions,
  signal: AbortSignal,
): Promise<{ result: DownloadResult; listed?: ListedExtraction }> {
  const archive = path.join(stage, 'archive');
  const extracted = path.join(stage, 'extract');
  await createFreshDir(extracted, SHARED_DIR_MODE);
  const streamed = new StreamedExtraction(archive, extracted, extractOptions(spec, opts, signal));
  // Whatever happens, nothing writes into staging any more once this returns or throws.
  const settle = async () => {
    streamed.abort();
    await streamed.done.catch(() => undefined);
  };
  let result: DownloadResult;
  try {
    result = await downloadFile(spec.url, archive, {
      id: spec.id,
      expectedSha256: spec.sha256,
      signal,
      onProgress: progressLogger(spec.id, opts.log),
      onRetry: (attempt, error, delayMs) =>
        opts.log.warning(
          `${spec.id}: download attempt ${attempt} failed (${error.message}); retrying in ${(delayMs / 1000).toFixed(1)}s`,
        ),
      ...opts.download,
      tee: streamed.sink,
    });
  } catch (e) {
    await settle(); // a checksum mismatch included: its tree is thrown away with the stage
    throw e;
  }
  const listed = result.attempts === 1 ? await streamed.done : undefined;
  if (!listed) {
    await settle();
    await removeTreeInside(opts.layout.root, extracted);
    return { result };
  }
  // The tests' point "extract" (kill or hold the installer there) comes once the archive is in
  // and extracted, as when extraction follows the download.
  await faultPoint('extract');
  return { result, listed };
}

/** The options of every extraction of this spec. */
export function extractOptions(
  spec: ToolchainSpec,
  opts: InstallOptions,
  signal: AbortSignal,
): ExtractOptions {
  return {
    stripComponents: spec.stripComponents,
    limits: opts.extractLimits,
    signal,
    log: (message: string) => opts.log.info(`${spec.id}: ${message}`),
  };
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

async function restoreFromRemote(
  remote: RemoteTier,
  spec: ToolchainSpec,
  archive: string,
  log: Logger,
): Promise<(RestoredArchive & { pinned: PinnedArchive }) | undefined> {
  let restored: RestoredArchive | undefined;
  try {
    restored = await remote.restore(spec, archive);
  } catch (e) {
    log.warning(
      `${spec.id}: remote cache restore failed (${(e as Error).message}); downloading instead`,
    );
  }
  if (!restored) return undefined;
  const pinned = await verifiedRestore(spec, archive, restored, log);
  return pinned && { ...restored, pinned };
}

/** A restored archive opened and verified; undefined (removed, with a warning) when it is not. */
async function verifiedRestore(
  spec: ToolchainSpec,
  archive: string,
  restored: RestoredArchive,
  log: Logger,
): Promise<PinnedArchive | undefined> {
  try {
    const pinned = await openVerified(spec, archive);
    if (typeof pinned !== 'string') return pinned;
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
