// Taking one entry away (GC and `remove`), the other half of the protocol in uses.ts: under the
// registry lock, mark the entry as being removed, then re-read its use records; only an entry
// that still has no live (or unreadable) record is moved to the trash. An acquire that wrote its
// record before the mark is seen here; one that writes it after sees the mark (or the tree gone)
// and installs again. See docs/design.md, "Uses and GC".
import { promises as fs, renameSync } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError, isErrnoException } from './errors.js';
import { type DirHandle, openDirInside, openDirInsideIfExists, withDir } from './dir-handle.js';
import { SHARED_FILE_MODE, ensureDir, isInside, randomToken, renameBlockRetrying } from './fsx.js';
import { ID_PATTERN } from './ids.js';
import type { CacheLayout } from './layout.js';
import type { Liveness, UseRecord } from './leases.js';
import type { HeldLock } from './lock.js';
import { unlinkUseFiles, usageOf } from './uses.js';

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
  const marked = await placeMark(layout, id, options.holder);
  const usage = await usageOf(layout, id, alive);
  if (!options.force && (usage.live.length > 0 || usage.unreadable.length > 0)) {
    if (marked) await removeMark(layout, id);
    return { refused: 'in-use', liveUses: usage.live, unreadable: usage.unreadable };
  }
  const trashPath = marked ? await moveToTrash(layout, id, lock) : undefined;
  // The receipt goes with the tree (and comes back with it, should the commit fail): none is left
  // to vouch for whatever appears under this id next.
  await moveReceipt(layout, id, trashPath);
  await unlinkUseFiles(
    layout,
    id,
    usage.dead.map(({ file }) => path.basename(file)),
  );
  return { trashPath, liveUses: usage.live };
}

/** The entry's directory, opened no-follow from the root; undefined when absent or not a real directory. */
async function openEntry(layout: CacheLayout, id: string): Promise<DirHandle | undefined> {
  try {
    return await openDirInsideIfExists(layout.root, layout.entryDir(id));
  } catch (e) {
    if (e instanceof ToolchainCacheError && e.code === 'UNSAFE_PATH') return undefined;
    throw e;
  }
}

async function removeMark(layout: CacheLayout, id: string): Promise<void> {
  const entry = await openEntry(layout, id);
  if (!entry) return;
  await withDir(entry, (d) =>
    d.unlink(path.basename(layout.removalMark(id))).catch((e: unknown) => {
      if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
    }),
  );
}

export const isRefusal = (r: Removal | Refusal): r is Refusal => 'refused' in r;

/**
 * False when there is no tree to mark. A mark left by a GC that died is simply taken over. An
 * entry that is not a real directory (a planted link) is never written through: it gets no mark
 * (no acquire can use it anyway, entryState refuses it) and is moved as it is.
 */
async function placeMark(
  layout: CacheLayout,
  id: string,
  holder = `pid ${process.pid}`,
): Promise<boolean> {
  const st = await fs.lstat(layout.entryDir(id)).catch((e: unknown) => {
    if (isErrnoException(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return undefined;
    throw e;
  });
  if (!st) return false;
  // Written through the directory's descriptor: a tree swapped for a link meanwhile is not written through.
  const entry = await openEntry(layout, id);
  if (!entry) return true;
  try {
    await withDir(entry, (d) =>
      d.writeFile(path.basename(layout.removalMark(id)), holder, SHARED_FILE_MODE),
    );
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
  const name = `${id}.${randomToken()}`;
  try {
    await renameBetween(layout, [layout.toolchainsDir, id], [layout.trashDir, name], () =>
      lock.assertHeldSync(),
    );
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  }
  return path.join(layout.trashDir, name);
}

/**
 * Renames `from` (a directory of the root and a name in it) to `to`, both directories opened
 * no-follow from the root, so a directory of the root swapped for a link cannot redirect it; a
 * planted link at the name itself is moved as a link, never followed. `check` runs right before.
 */
async function renameBetween(
  layout: CacheLayout,
  [fromDir, fromName]: [string, string],
  [toDir, toName]: [string, string],
  check?: () => void,
): Promise<void> {
  const src = await openDirInside(layout.root, fromDir);
  await withDir(src, async (s) => {
    const dst = await openDirInside(layout.root, toDir);
    await withDir(dst, (d) =>
      renameBlockRetrying(
        () => {
          check?.();
          renameSync(s.nameForSyncCall(fromName), d.nameForSyncCall(toName));
        },
        `moving ${path.join(fromDir, fromName)} to ${path.join(toDir, toName)}`,
      ),
    );
  });
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
  const back = async (from: [string, string], to: [string, string]) =>
    renameBetween(layout, from, to).catch(() => undefined);
  await back([layout.trashDir, path.basename(trashPath)], [layout.toolchainsDir, id]);
  await removeMark(layout, id).catch(() => undefined);
  await back(
    [layout.entryDir(id), TRASHED_RECEIPT],
    [layout.receiptsDir, path.basename(layout.receiptFile(id))],
  );
}

/** Where a removed entry's receipt waits in its trashed tree until the removal is committed. */
const TRASHED_RECEIPT = 'receipt.json';

/**
 * Moves the receipt into the trashed tree, or deletes it when there was no tree to trash (a
 * planted link moved to the trash in place of a tree is never written through).
 */
async function moveReceipt(layout: CacheLayout, id: string, trashPath?: string): Promise<void> {
  const receipt = path.basename(layout.receiptFile(id));
  try {
    if (trashPath && (await isRealDirectory(layout, trashPath)))
      await renameBetween(layout, [layout.receiptsDir, receipt], [trashPath, TRASHED_RECEIPT]);
    else {
      const receipts = await openDirInsideIfExists(layout.root, layout.receiptsDir);
      if (receipts) await withDir(receipts, (d) => d.unlink(receipt));
    }
  } catch (e) {
    if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
  }
}

async function isRealDirectory(layout: CacheLayout, dir: string): Promise<boolean> {
  const handle = await openDirInsideIfExists(layout.root, dir).catch((e: unknown) => {
    if (e instanceof ToolchainCacheError && e.code === 'UNSAFE_PATH') return undefined;
    throw e;
  });
  await handle?.close();
  return handle !== undefined;
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
