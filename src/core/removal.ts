// Taking one entry away (GC and `remove`), the other half of the protocol in uses.ts: under the
// registry lock, mark the entry as being removed, then re-read its use records; only an entry
// that still has no live (or unreadable) record is moved to the trash. An acquire that wrote its
// record before the mark is seen here; one that writes it after sees the mark (or the tree gone)
// and installs again. See docs/design.md, "Uses and GC".
import { promises as fs, lstatSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError, isErrnoException } from './errors.js';
import {
  ensureDir,
  isInside,
  randomToken,
  renameBlockRetrying,
  renameRetrying,
  writeFileReplacingSync,
} from './fsx.js';
import { ID_PATTERN } from './ids.js';
import type { CacheLayout } from './layout.js';
import type { Liveness, UseRecord } from './leases.js';
import type { HeldLock } from './lock.js';
import { usageOf } from './uses.js';

export interface Removal {
  /** Where the tree went (undefined when there was no tree to move). */
  trashPath?: string;
  /** Live uses it had (only with `force`). */
  liveUses: UseRecord[];
}

export interface Refusal {
  refused: 'in-use';
  liveUses: UseRecord[];
  unreadable: string[];
}

/**
 * Runs with the registry lock held (`lock`), so no other GC, `remove` or install of this id
 * interleaves; acquires on the lock-free path may, and the mark settles them.
 */
export async function removeIfUnused(
  layout: CacheLayout,
  id: string,
  lock: HeldLock,
  alive: Liveness,
  options: { force?: boolean; holder?: string } = {},
): Promise<Removal | Refusal> {
  assertRemovableId(layout, id);
  const marked = placeMark(layout, id, options.holder);
  const usage = await usageOf(layout, id, alive);
  if (!options.force && (usage.live.length > 0 || usage.unreadable.length > 0)) {
    if (marked) removeMarkSync(layout, id);
    return { refused: 'in-use', liveUses: usage.live, unreadable: usage.unreadable };
  }
  const trashPath = marked ? await moveToTrash(layout, id, lock) : undefined;
  // The receipt goes with the tree (and comes back with it, should the commit fail): none is left
  // to vouch for whatever appears under this id next.
  await moveReceipt(layout.receiptFile(id), trashPath && path.join(trashPath, TRASHED_RECEIPT));
  for (const { file } of usage.dead) await fs.rm(file, { force: true });
  return { trashPath, liveUses: usage.live };
}

function removeMarkSync(layout: CacheLayout, id: string): void {
  if (lstatSync(layout.entryDir(id), { throwIfNoEntry: false })?.isDirectory())
    rmSync(layout.removalMark(id), { force: true });
}

export const isRefusal = (r: Removal | Refusal): r is Refusal => 'refused' in r;

/**
 * False when there is no tree to mark. A mark left by a GC that died is simply taken over. An
 * entry that is not a real directory (a planted link) is never written through: it gets no mark
 * (no acquire can use it anyway, entryState refuses it) and is moved as it is.
 */
function placeMark(layout: CacheLayout, id: string, holder = `pid ${process.pid}`): boolean {
  let st;
  try {
    st = lstatSync(layout.entryDir(id));
  } catch (e) {
    if (isErrnoException(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return false;
    throw e;
  }
  if (!st.isDirectory()) return true;
  try {
    // Replaced, never written through: a link planted at the name is replaced as a name.
    writeFileReplacingSync(layout.removalMark(id), holder);
    return true;
  } catch (e) {
    if (isErrnoException(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return false;
    throw e;
  }
}

/**
 * Renames the entry directory into the trash, in one synchronous block with the check that the
 * registry lock is still ours (a GC that stalled past the stale time must not act on a stale plan).
 */
async function moveToTrash(
  layout: CacheLayout,
  id: string,
  lock: HeldLock,
): Promise<string | undefined> {
  const to = path.join(layout.trashDir, `${id}.${randomToken()}`);
  const from = layout.entryDir(id);
  try {
    await renameBlockRetrying(() => {
      lock.assertHeldSync();
      renameSync(from, to); // a planted symlink is moved as a link, never followed
    }, `moving ${from} to the trash`);
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  }
  return to;
}

function assertRemovableId(layout: CacheLayout, id: string): void {
  if (!ID_PATTERN.test(id) || path.dirname(layout.entryDir(id)) !== layout.toolchainsDir) {
    throw new ToolchainCacheError(
      'UNSAFE_PATH',
      `Refusing to remove "${id}": not a valid toolchain id.`,
    );
  }
}

/** A removal whose registry commit failed: put the tree back (without its mark), and its receipt. */
export async function restoreFromTrash(layout: CacheLayout, id: string, trashPath: string) {
  await renameRetrying(trashPath, layout.entryDir(id)).catch(() => undefined);
  await fs.rm(layout.removalMark(id), { force: true });
  await renameRetrying(
    path.join(layout.entryDir(id), TRASHED_RECEIPT),
    layout.receiptFile(id),
  ).catch(() => undefined);
}

/** Where a removed entry's receipt waits in its trashed tree until the removal is committed. */
const TRASHED_RECEIPT = 'receipt.json';

/** Moves the receipt into the trashed tree, or deletes it when there was no tree to trash. */
async function moveReceipt(receipt: string, into: string | undefined): Promise<void> {
  // A planted link moved to the trash in place of a tree is never written through.
  const intoTree = into !== undefined && (await fs.lstat(path.dirname(into))).isDirectory();
  try {
    if (intoTree) await renameRetrying(receipt, into);
    else await fs.rm(receipt, { force: true });
  } catch (e) {
    if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
  }
}

/** toolchains/ and trash/ must be real directories of the root: a symlink there could redirect a rename. */
export async function checkSafeDirs(layout: CacheLayout): Promise<void> {
  await ensureDir(layout.trashDir);
  for (const dir of [layout.toolchainsDir, layout.trashDir]) {
    const real = await fs.realpath(dir);
    if (real !== dir || !isInside(layout.root, real)) {
      throw new ToolchainCacheError(
        'UNSAFE_PATH',
        `${dir} resolves to ${real}, not a directory of the cache root ${layout.root}; refusing to move anything. Replace the symlink with a directory.`,
      );
    }
  }
}
