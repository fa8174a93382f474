// Install receipts: the evidence an installer writes, outside the tree, before it publishes one.
// A tree in toolchains/ says what it is through its manifest, but anyone who can write the root can
// plant a tree with a manifest claiming any sha256. A tree is trusted (adopted after a crash, or
// registered by a rebuild) only when the receipt of its id names that sha256 and the manifest's
// exact bytes. See docs/design.md, "Evidence".
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { isErrnoException } from './errors.js';
import { atomicWriteFile, ensureDir, readFileIfExists } from './fsx.js';
import type { CacheLayout } from './layout.js';

export const RECEIPT_SCHEMA_VERSION = 1;

export interface Receipt {
  schemaVersion: number;
  id: string;
  /** The archive's sha256, as the spec asked and the installer verified. */
  sha256: string;
  /** sha256 of manifest.json's bytes. */
  manifestSha256: string;
  /** sha256 of the hit check's metadata file (tree-stat), when the tree has one. */
  statsSha256?: string;
  writtenAt: string;
}

const digest = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Written under the install lock, after the manifest and before the rename that publishes the tree. */
export async function writeReceipt(
  layout: CacheLayout,
  id: string,
  sha256: string,
  files: { manifest: string; stats?: string },
): Promise<void> {
  const receipt: Receipt = {
    schemaVersion: RECEIPT_SCHEMA_VERSION,
    id,
    sha256,
    manifestSha256: digest(await fs.readFile(files.manifest)),
    ...(files.stats !== undefined && { statsSha256: digest(await fs.readFile(files.stats)) }),
    writtenAt: new Date().toISOString(),
  };
  await ensureDir(layout.receiptsDir); // a root of an older release, or made by hand, may lack it
  await atomicWriteFile(layout.receiptFile(id), JSON.stringify(receipt));
}

export async function readReceipt(layout: CacheLayout, id: string): Promise<Receipt | undefined> {
  const text = await readFileIfExists(layout.receiptFile(id));
  if (text === undefined) return undefined;
  try {
    const r = JSON.parse(text) as Receipt;
    return r?.schemaVersion === RECEIPT_SCHEMA_VERSION && typeof r.manifestSha256 === 'string'
      ? r
      : undefined;
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
  const receipt = await readReceipt(layout, id);
  if (!receipt)
    return 'no install receipt vouches for it (it was not installed by toolchain-cache)';
  if (receipt.id !== id) return `its install receipt is for ${receipt.id}`;
  if (sha256 !== undefined && receipt.sha256 !== sha256)
    return `its install receipt is for sha256 ${receipt.sha256}`;
  const manifest = await fs.readFile(layout.manifestFile(id)).catch(() => undefined);
  if (!manifest || digest(manifest) !== receipt.manifestSha256)
    return 'its manifest is not the one its installer recorded';
  if (receipt.statsSha256 !== undefined) {
    const stats = await fs.readFile(layout.treeStatsFile(id)).catch(() => undefined);
    if (!stats || digest(stats) !== receipt.statsSha256)
      return 'its metadata file is not the one its installer recorded';
  }
  return undefined;
}

/** Removed with the entry (GC, `remove`): a receipt outliving its tree would vouch for a planted one. */
export async function removeReceipt(layout: CacheLayout, id: string): Promise<void> {
  await fs.rm(layout.receiptFile(id), { force: true }).catch((e: unknown) => {
    if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
  });
}
