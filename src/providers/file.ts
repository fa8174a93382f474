// `file:///ABSOLUTE/DIR`: a directory every runner of the fleet mounts (NFS, SMB, a volume).
// Archives live at DIR/sha256/<hex>. A writer copies to a temp name in the same directory,
// fsyncs and renames, so readers only ever open complete files; temp files of writers that died
// are removed by later writers once they are old. The share is writable by every runner of the
// fleet: `DIR/sha256` and its objects must not be links, objects are read as regular files only,
// no further than their size at open, and nothing is written or removed through a link: the
// tier opens `DIR/sha256` once (no-follow) and lists, creates, renames and unlinks relative to
// that descriptor (core/dir-handle.ts), so a swap of `DIR/sha256` after that redirects nothing
// (docs/design.md, "Remote tiers").
import { constants, mkdirSync, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DirHandle, withDir } from '../core/dir-handle.js';
import { isErrnoException } from '../core/errors.js';
import { faultPoint } from '../core/faults.js';
import { randomToken } from '../core/fsx.js';
import {
  NotRegularFileError,
  fileKind,
  openForWriting,
  openRegularFile,
  readRange,
  writeTo,
  type OpenedFile,
} from '../core/regular-file.js';
import { DEFAULT_LEASE_STALE_MS, isLeaseName, takeOrWait } from './file-lease.js';
import { TooLongError, progressCounter } from './progress.js';
import { fileSyntax, type FileTierConfig } from './syntax.js';
import type { ProviderDefinition, StorageTier, TierCall } from './types.js';

/** A temp file untouched this long belongs to a writer that died (a live one writes steadily). */
export const STALE_TEMP_MS = 60 * 60 * 1000;
const TEMP_MARK = '.tmp-';
const OBJECTS = 'sha256';
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const isWindows = process.platform === 'win32';

export type { FileTierConfig };

export const fileProvider: ProviderDefinition<FileTierConfig> = {
  ...fileSyntax,
  create: (config, ctx) => fileTier(config, ctx?.leaseStaleMs),
};

/**
 * `DIR/sha256`, open: DIR as the operator named it (a link there is the operator's choice), then
 * `sha256` in it never through a link (UNSAFE_PATH). Every operation of the tier is relative to
 * this descriptor, so `DIR/sha256` renamed or swapped for a link after it was opened changes
 * nothing of what is read, written or removed. `create`: DIR and `sha256` made when missing;
 * else undefined when either is missing.
 */
async function openObjectsDir(
  dir: string,
  create: boolean,
): Promise<{ root: DirHandle; objects: DirHandle } | undefined> {
  if (create) await fs.mkdir(dir, { recursive: true });
  let root: DirHandle;
  try {
    root = await DirHandle.open(await realpath(dir));
  } catch (e) {
    if (!create && isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    if (create) mkdirIfMissing(root);
    return { root, objects: await root.openDir(OBJECTS) };
  } catch (e) {
    await root.close();
    if (!create && isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

/** `sha256` made in the open DIR (mkdir never follows a link: one there is EEXIST, then refused). */
function mkdirIfMissing(root: DirHandle): void {
  try {
    mkdirSync(root.nameForSyncCall(OBJECTS));
  } catch (e) {
    if (!(isErrnoException(e) && e.code === 'EEXIST')) throw e;
  }
}

/** `fn` on the open `DIR/sha256` (see openObjectsDir); `absent` when there is none. */
async function withObjects<T>(
  dir: string,
  create: boolean,
  absent: T,
  fn: (objects: DirHandle, root: DirHandle) => Promise<T>,
): Promise<T> {
  const opened = await openObjectsDir(dir, create);
  if (!opened) return absent;
  return withDir(opened.root, (root) => withDir(opened.objects, (objects) => fn(objects, root)));
}

/** Copies the regular file `from` (no further than its size at open) into `to`, with progress. */
async function copyObject(from: OpenedFile, to: FileHandle, call: TierCall, what: string) {
  await pipeline(
    readRange(from.handle, 0, from.size),
    progressCounter(call, Math.min(from.size, call.maxBytes), what),
    writeTo(to),
    { signal: call.signal },
  );
}

/** The object `name` of the open `objects`, opened as a regular file; undefined when there is none. */
async function openObject(
  objects: DirHandle,
  name: string,
  call: TierCall,
): Promise<OpenedFile | undefined> {
  const file = objects.pathOf(name);
  const opened = await openRegularFile(objects.nameForSyncCall(name)).catch((e: unknown) => {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    // Named by its path in the tier, not by the descriptor's name it was opened by.
    throw e instanceof NotRegularFileError ? new NotRegularFileError(file, e.kind) : e;
  });
  if (opened && opened.size > call.maxBytes) {
    await opened.handle.close();
    throw new TooLongError(file, call.maxBytes);
  }
  return opened;
}

/** `DIR/sha256` alone, open (made when missing): for the fleet lease's looks. */
async function openObjectsOnly(dir: string): Promise<DirHandle> {
  const opened = await openObjectsDir(dir, true);
  if (!opened) throw new Error(`${dir}: cannot be opened`); // not reached: create is true
  await opened.root.close();
  return opened.objects;
}

export function fileTier(
  { dir, name }: FileTierConfig,
  leaseStaleMs = DEFAULT_LEASE_STALE_MS,
): StorageTier {
  return {
    name,
    capabilities: fileProvider.capabilities,
    leases: {
      takeOrWait: (ref, call, wait) =>
        takeOrWait({ open: () => openObjectsOnly(dir), staleMs: leaseStaleMs }, ref, call, wait),
    },
    async get(ref, destFile, call) {
      const object = await withObjects(dir, false, undefined, (objects) =>
        openObject(objects, ref.sha256, call),
      );
      if (!object) {
        await fs.rm(destFile, { force: true });
        return false;
      }
      try {
        const dest = await openForWriting(destFile);
        try {
          await copyObject(object, dest, call, path.join(dir, OBJECTS, ref.sha256));
        } finally {
          await dest.close();
        }
      } finally {
        await object.handle.close();
      }
      return true;
    },
    async has(ref) {
      return withObjects(dir, false, false, async (objects) => {
        const st = await objects.lstat(ref.sha256);
        if (st && !st.isFile())
          throw new NotRegularFileError(objects.pathOf(ref.sha256), fileKind(st));
        return st !== undefined;
      });
    },
    async put(ref, file, call) {
      await withObjects(dir, true, undefined, async (objects, root) => {
        await faultPoint('file-tier-opened');
        await removeStaleTemps(objects);
        const temp = `${ref.sha256}${TEMP_MARK}${randomToken()}`;
        try {
          await writeTemp(file, objects, temp, call);
          await objects.rename(temp, objects, ref.sha256).catch(async (e: unknown) => {
            // Windows refuses to replace a file a reader has open: another writer was first.
            if (!(await objects.lstat(ref.sha256))) throw e;
          });
          await syncObjectsDir(root, objects);
        } finally {
          await objects.unlink(temp).catch((e: unknown) => {
            if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
          });
        }
      });
    },
  };
}

/**
 * Our staged archive `file` copied into the new temp file `temp` of the open `objects`
 * (exclusive, no link followed), synced.
 */
async function writeTemp(
  file: string,
  objects: DirHandle,
  temp: string,
  call: TierCall,
): Promise<void> {
  const source = await openRegularFile(file);
  try {
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW;
    const target = await fs.open(objects.nameForSyncCall(temp), flags, 0o664);
    try {
      await copyObject(source, target, call, file);
      await target.sync();
    } finally {
      await target.close();
    }
  } finally {
    await source.handle.close();
  }
}

/**
 * The rename into `objects` made durable: the directory opened again from DIR (no link, no FIFO
 * followed) and synced only when it is still the one written in.
 */
async function syncObjectsDir(root: DirHandle, objects: DirHandle): Promise<void> {
  if (isWindows) return; // directories cannot be opened for fsync there; NTFS journals the rename
  const flags = constants.O_RDONLY | (constants.O_DIRECTORY ?? 0) | NO_FOLLOW;
  const handle = await fs.open(root.nameForSyncCall(OBJECTS), flags).catch(() => undefined);
  if (!handle) return; // moved or swapped meanwhile: not ours to sync
  try {
    const st = await handle.stat();
    if (st.dev === objects.stat.dev && st.ino === objects.stat.ino) await handle.sync();
  } catch (e) {
    if (!(isErrnoException(e) && (e.code === 'EINVAL' || e.code === 'EBADF'))) throw e;
  } finally {
    await handle.close();
  }
}

/**
 * Temp files of writers that were killed, and lease files of hosts that died holding them (a live
 * holder's heartbeat keeps its mtime new): never read as archives (their names are not a sha256),
 * removed here. Only regular files directly in the open `objects` (its descriptor: never through a link).
 */
export async function removeStaleTemps(objects: DirHandle, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await objects.list()) {
    if (!name.includes(TEMP_MARK) && !isLeaseName(name)) continue;
    const stat = await objects.lstat(name);
    if (stat?.isFile() && now - stat.mtimeMs > STALE_TEMP_MS) {
      await objects.unlink(name, stat).catch((e: unknown) => {
        if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
      });
      removed.push(name);
    }
  }
  return removed;
}
