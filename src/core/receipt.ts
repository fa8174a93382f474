// Install receipts: the evidence an installer writes, outside the tree, before it publishes one.
// A tree in toolchains/ says what it is through its manifest, but anyone who can write the root can
// plant a tree with a manifest claiming any sha256. A tree is trusted (adopted after a crash, or
// registered by a rebuild) only when the receipt of its id names that sha256 and the manifest's
// exact bytes; every hit trusts tree-stat only when its bytes are the ones the receipt names.
// See docs/design.md, "Evidence" and "The hit check".
import { promises as fs } from 'node:fs';
import { errorMessage, isErrnoException } from './errors.js';
import { atomicWriteFile, ensureDir } from './fsx.js';
import { sealRecordIdentitySync, sealRecordSync } from './install/seal.js';
import { TREE_STAT_MAX_BYTES, treeStatProblem } from './install/tree-stat.js';
import type { CacheLayout } from './layout.js';
import { readRegularFileSync, recordDigest } from './regular-file.js';
import { isoTime } from './format.js';

export const RECEIPT_SCHEMA_VERSION = 1;

/** A receipt is a few hundred bytes; anything much larger was not written by an installer. */
const RECEIPT_MAX_BYTES = 64 * 1024;
/** manifest.json: one line per member, and an archive has at most a few hundred thousand. */
const MANIFEST_MAX_BYTES = 256 * 1024 ** 2;

export interface Receipt {
  schemaVersion: number;
  id: string;
  /** The archive's sha256, as the spec asked and the installer verified. */
  sha256: string;
  /** sha256 of manifest.json's bytes. */
  manifestSha256: string;
  /** sha256 of the hit check's metadata file (tree-stat), when the tree has one. */
  statsSha256?: string;
  /** tree-stat's identity once sealed (regular-file.ts, fileIdentity): a hit that finds it need not hash. */
  statsIdentity?: string;
  writtenAt: string;
}

/**
 * Written under the install lock, after the manifest and tree-stat and before the rename that
 * publishes the tree. Seals both (read-only, on their descriptors) and digests the very bytes
 * sealed; the receipt itself is sealed too.
 */
export async function writeReceipt(
  layout: CacheLayout,
  id: string,
  sha256: string,
  files: { manifest: string; stats?: string },
): Promise<void> {
  const stats =
    files.stats === undefined
      ? undefined
      : sealRecordIdentitySync(files.stats, TREE_STAT_MAX_BYTES);
  const receipt: Receipt = {
    schemaVersion: RECEIPT_SCHEMA_VERSION,
    id,
    sha256,
    manifestSha256: recordDigest(sealRecordSync(files.manifest, MANIFEST_MAX_BYTES)),
    ...(stats && { statsSha256: recordDigest(stats.bytes), statsIdentity: stats.identity }),
    writtenAt: isoTime(),
  };
  await ensureDir(layout.receiptsDir); // a root of an older release, or made by hand, may lack it
  // A sealed receipt left by an earlier install of the id: Windows refuses to rename over a
  // read-only file. No tree of the id is published now (we hold its install lock, before the rename).
  await removeReceipt(layout, id);
  await atomicWriteFile(layout.receiptFile(id), JSON.stringify(receipt));
  sealRecordSync(layout.receiptFile(id), RECEIPT_MAX_BYTES);
}

/**
 * The receipt of `id` for `sha256` (when given), read as every record in the root is (no link
 * followed, a regular file, bounded), or why there is none to go by.
 */
function receiptFor(
  layout: CacheLayout,
  id: string,
  sha256?: string,
): { receipt: Receipt } | { problem: string } {
  let text: string;
  try {
    text = readRegularFileSync(layout.receiptFile(id), RECEIPT_MAX_BYTES).toString('utf8');
  } catch (e) {
    return isErrnoException(e) && e.code === 'ENOENT'
      ? { problem: 'no install receipt vouches for it (it was not installed by toolchain-cache)' }
      : { problem: `its install receipt is unreadable (${errorMessage(e)})` };
  }
  let receipt: Receipt | undefined;
  try {
    receipt = JSON.parse(text) as Receipt;
  } catch {
    receipt = undefined;
  }
  if (
    receipt?.schemaVersion !== RECEIPT_SCHEMA_VERSION ||
    typeof receipt.manifestSha256 !== 'string'
  )
    return { problem: 'its install receipt is unreadable' };
  if (receipt.id !== id) return { problem: `its install receipt is for ${receipt.id}` };
  if (sha256 !== undefined && receipt.sha256 !== sha256)
    return { problem: `its install receipt is for sha256 ${receipt.sha256}` };
  return { receipt };
}

/** The digest of the record at `file`, or undefined when it is missing, not a regular file or too large. */
function digestOf(file: string, maxBytes: number): string | undefined {
  try {
    return recordDigest(readRegularFileSync(file, maxBytes));
  } catch {
    return undefined;
  }
}

/**
 * Why the installed files of `id` are not what its installer published, or undefined when the
 * receipt names `sha256` (when given) and the manifest (and metadata file) byte for byte.
 */
export async function evidenceProblem(
  layout: CacheLayout,
  id: string,
  sha256?: string,
): Promise<string | undefined> {
  const found = receiptFor(layout, id, sha256);
  if ('problem' in found) return found.problem;
  const { receipt } = found;
  if (digestOf(layout.manifestFile(id), MANIFEST_MAX_BYTES) !== receipt.manifestSha256)
    return 'its manifest is not the one its installer recorded';
  if (
    receipt.statsSha256 !== undefined &&
    digestOf(layout.treeStatsFile(id), TREE_STAT_MAX_BYTES) !== receipt.statsSha256
  )
    return 'its metadata file is not the one its installer recorded';
  return undefined;
}

/**
 * What a hit goes by: the digest of tree-stat that the receipt of `id` for `sha256` records, or
 * why there is none (no receipt, an unreadable one, one for another archive, one without it).
 * The hit then checks tree-stat's bytes against it (install/tree-stat.ts, treeStatProblem).
 */
export function recordedTreeStat(
  layout: CacheLayout,
  id: string,
  sha256: string,
): { sha256: string; identity?: string } | { problem: string } {
  const found = receiptFor(layout, id, sha256);
  if ('problem' in found) return found;
  const { statsSha256: recorded, statsIdentity: identity } = found.receipt;
  if (typeof recorded !== 'string')
    return { problem: 'its install receipt records no metadata file (tree-stat)' };
  return typeof identity === 'string' ? { sha256: recorded, identity } : { sha256: recorded };
}

/** Removed with the entry (GC, `remove`): a receipt outliving its tree would vouch for a planted one. */
export async function removeReceipt(layout: CacheLayout, id: string): Promise<void> {
  await fs.rm(layout.receiptFile(id), { force: true }).catch((e: unknown) => {
    if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
  });
}

/**
 * The hit check (metadata only, see install/tree-stat.ts): how the tree changed since it was
 * sealed, by the tree-stat its installer's receipt vouches for (docs/design.md, "The hit check").
 * No receipt for this archive, or a tree-stat other than the one it records, is a changed tree.
 */
export function treeChange(
  layout: CacheLayout,
  spec: { id: string; sha256: string },
): string | undefined {
  const recorded = recordedTreeStat(layout, spec.id, spec.sha256);
  if ('problem' in recorded) return recorded.problem;
  return treeStatProblem(
    layout.treeStatsFile(spec.id),
    layout.toolchainRoot(spec.id),
    recorded.sha256,
    recorded.identity,
  );
}
