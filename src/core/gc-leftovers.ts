// What removed toolchains leave behind, and old corrupt-file copies: cleaned by each full GC, under
// the GC lock (docs/design.md, "Uses and GC", "Leftovers"). Every walk opens the root's own
// directories no-follow and acts on their descriptors (dir-handle.ts).
//
// - `uses/<id>/` of an id that is neither registered nor installed: its `last-used` stamp (and
//   stale temp files) go, then the empty directory. A directory that still holds a use record is
//   left alone (dead records are reclaimed by reclaimDeadUses; a record never goes here).
// - `locks/install-<id>.lock/` of such an id, once released (or never taken) and silent for a
//   day: the epochs directory is moved to the trash while this GC holds that very lock, so no
//   installer can be in it; one that raced with an old view finds the directory gone and starts a
//   new one, or sees a higher epoch and backs off (lock/epochs.ts).
// - `registry.json.corrupt-*`: copies of a corrupt registry kept for inspection, after 30 days.
// Each decision for an id is made holding its install lock, after reading the registry again: an
// install (or a hit, which needs a registered entry) cannot start meanwhile.
import path from 'node:path';
import { errorMessage } from './errors.js';
import { randomToken, removeTreeInside } from './fsx.js';
import { DAY_MS } from './gc-plan.js';
import { ID_PATTERN } from './ids.js';
import type { CacheLayout } from './layout.js';
import { DEFAULT_LOCK_STALE_MS, tryLock } from './lock.js';
import { epochsDirOf, newestEpoch } from './lock/epochs.js';
import type { Registry } from './registry/store.js';
import { DirHandle, openDirInside, openDirInsideIfExists, withDir } from './dir-handle.js';
import { removeStaleTemps } from './uses.js';

/** A released install lock of a removed toolchain is kept this long after its last use. */
export const LEFTOVER_LOCK_AGE_MS = DAY_MS;
/** A corrupt registry's copy is kept this long for inspection. */
export const CORRUPT_COPY_AGE_MS = 30 * DAY_MS;

const CORRUPT_COPY = /^registry\.json\.corrupt-/;
const INSTALL_LOCK = /^install-(.+)\.lock$/;
/** The last-use stamp's name in `uses/<id>/` (layout.lastUsedStamp's). */
const lastUsedName = (layout: CacheLayout): string => path.basename(layout.lastUsedStamp('id'));

/** The names in one of the root's own directories (opened no-follow from the root); none when absent. */
async function namesIn(layout: CacheLayout, dir: string): Promise<string[]> {
  const handle = await openDirInsideIfExists(layout.root, dir);
  return handle ? withDir(handle, (d) => d.list()) : [];
}

/** Corrupt registry copies older than CORRUPT_COPY_AGE_MS; how many went. */
export async function removeOldCorruptCopies(layout: CacheLayout, now: number): Promise<number> {
  return withDir(await DirHandle.open(layout.root), async (root) => {
    let removed = 0;
    for (const name of (await root.list()).filter((n) => CORRUPT_COPY.test(n))) {
      const st = await root.lstat(name);
      if (!st?.isFile() || now - st.mtimeMs < CORRUPT_COPY_AGE_MS) continue;
      await root.unlink(name, st);
      removed += 1;
    }
    return removed;
  });
}

/**
 * The use stamps and install locks of ids that are neither registered nor installed (see the
 * file's comment); how many items went. Problems go to `errors` (the next GC retries).
 */
export async function removeOrphans(
  layout: CacheLayout,
  registry: Registry,
  now: number,
  errors: string[],
): Promise<number> {
  const registered = (await registry.read()).entries;
  const lockIds = (await namesIn(layout, layout.locksDir)).flatMap(
    (n) => INSTALL_LOCK.exec(n)?.[1] ?? [],
  );
  const ids = new Set(
    [...(await namesIn(layout, layout.usesDir)), ...lockIds].filter(
      (id) => ID_PATTERN.test(id) && !Object.hasOwn(registered, id),
    ),
  );
  let removed = 0;
  for (const id of ids) {
    try {
      removed += await removeOrphan(layout, registry, id, now);
    } catch (e) {
      errors.push(`could not clean up after removed toolchain ${id}: ${errorMessage(e)}`);
    }
  }
  return removed;
}

/** One id's leftovers, under its install lock; how many items went. */
async function removeOrphan(
  layout: CacheLayout,
  registry: Registry,
  id: string,
  now: number,
): Promise<number> {
  const lockPath = layout.lockPath(`install-${id}`);
  const before = newestEpoch(lockPath);
  // A lock in use, or used lately, is left alone; one never taken (uses only) is fair game.
  // A lock used lately is left alone (it goes once silent for a day); one never taken (uses only)
  // is fair game. A held one is taken by tryLock below only when its holder is long dead.
  const lockIsOld =
    before.kind === 'none' || now - (before.heartbeatMs ?? now) >= LEFTOVER_LOCK_AGE_MS;
  if (before.kind !== 'none' && before.kind !== 'released' && !lockIsOld) return 0;
  if (await installed(layout, id)) return 0;
  // Taking the lock refreshes it: only when there is something to remove.
  if (!lockIsOld && !(await hasUsesDir(layout, id))) return 0;
  const lock = await tryLock(lockPath, `install ${id}`, { staleMs: DEFAULT_LOCK_STALE_MS });
  if (!lock) return 0;
  try {
    if (Object.hasOwn((await registry.read()).entries, id) || (await installed(layout, id)))
      return 0;
    let removed = await removeUseStamp(layout, id, now);
    if (lockIsOld) removed += await moveLockToTrash(layout, id);
    return removed;
  } finally {
    await lock.release(); // a no-op once its directory went to the trash
  }
}

/** Whether `toolchains/<id>` exists (whatever it is: an entry being installed or removed). */
async function installed(layout: CacheLayout, id: string): Promise<boolean> {
  const dir = await openDirInsideIfExists(layout.root, layout.toolchainsDir);
  return dir ? (await withDir(dir, (d) => d.lstat(id))) !== undefined : false;
}

async function hasUsesDir(layout: CacheLayout, id: string): Promise<boolean> {
  const uses = await openDirInsideIfExists(layout.root, layout.usesDir);
  return uses ? (await withDir(uses, (d) => d.lstat(id))) !== undefined : false;
}

/** `uses/<id>/last-used` and stale temps, then the directory if that emptied it; 0, 1 or 2. */
async function removeUseStamp(layout: CacheLayout, id: string, now: number): Promise<number> {
  const uses = await openDirInsideIfExists(layout.root, layout.usesDir);
  if (!uses) return 0;
  return withDir(uses, async (usesDir) => {
    const st = await usesDir.lstat(id);
    if (!st?.isDirectory()) return 0;
    const stamp = lastUsedName(layout);
    let removed = 0;
    const emptied = await withDir(await usesDir.openDir(id), async (d) => {
      const names = await d.list();
      const temps = names.filter((n) => n.includes('.tmp-'));
      // A use record (live, dead or unreadable) keeps the directory: records are never removed here.
      if (names.some((n) => n !== stamp && !temps.includes(n))) return false;
      const stampSt = names.includes(stamp) ? await d.lstat(stamp) : undefined;
      if (stampSt && !stampSt.isDirectory()) {
        await d.unlink(stamp, stampSt);
        removed += 1;
      }
      return (await removeStaleTemps(d, temps, now)) === temps.length;
    });
    if (emptied) {
      await usesDir.rmdir(id).catch(() => undefined); // a record written meanwhile keeps it
      removed += 1;
    }
    return removed;
  });
}

/** The held epochs directory `locks/install-<id>.lock/` into the trash, then deleted; 1. */
async function moveLockToTrash(layout: CacheLayout, id: string): Promise<number> {
  const locks = await openDirInside(layout.root, layout.locksDir);
  const trash = await openDirInside(layout.root, layout.trashDir).catch(async (e: unknown) => {
    await locks.close();
    throw e;
  });
  const name = path.basename(epochsDirOf(layout.lockPath(`install-${id}`)));
  const trashName = `${name}.${randomToken()}`;
  try {
    await locks.rename(name, trash, trashName);
  } finally {
    await locks.close();
    await trash.close();
  }
  await removeTreeInside(layout.root, path.join(layout.trashDir, trashName));
  return 1;
}
