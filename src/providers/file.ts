// `file:///ABSOLUTE/DIR`: a directory every runner of the fleet mounts (NFS, SMB, a volume).
// Archives live at DIR/sha256/<hex>. A writer copies to a temp name in the same directory,
// fsyncs and renames, so readers only ever open complete files; temp files of writers that died
// are removed by later writers once they are old. The share is writable by every runner of the
// fleet: `DIR/sha256` and its objects must not be links, objects are read as regular files only,
// no further than their size at open, and nothing is written or removed through a link
// (docs/design.md, "Remote tiers").
import { constants, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { isErrnoException } from '../core/errors.js';
import { fsyncDir, randomToken } from '../core/fsx.js';
import {
  NotRegularFileError,
  fileKind,
  openForWriting,
  openRegularFile,
  readRange,
  writeTo,
  type OpenedFile,
} from '../core/regular-file.js';
import { TooLongError, progressCounter } from './progress.js';
import { fileSyntax, type FileTierConfig } from './syntax.js';
import type { ArchiveRef, ProviderDefinition, StorageTier, TierCall } from './types.js';

/** A temp file untouched this long belongs to a writer that died (a live one writes steadily). */
export const STALE_TEMP_MS = 60 * 60 * 1000;
const TEMP_MARK = '.tmp-';
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

export type { FileTierConfig };

export const fileProvider: ProviderDefinition<FileTierConfig> = {
  ...fileSyntax,
  create: (config) => fileTier(config),
};

/**
 * `DIR/sha256` itself, checked: a real directory, not a link (a link there would send writes,
 * reads and the temp-file cleanup elsewhere). Its identity, to check again after a write.
 */
async function objectsDirIdentity(objectsDir: string): Promise<{ dev: number; ino: number }> {
  const st = await fs.lstat(objectsDir);
  if (!st.isDirectory()) throw new NotRegularFileError(objectsDir, fileKind(st), 'a directory');
  return { dev: st.dev, ino: st.ino };
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

/** The object at `file`, opened as a regular file; undefined when there is none. */
async function openObject(file: string, call: TierCall): Promise<OpenedFile | undefined> {
  const opened = await openRegularFile(file).catch((e: unknown) => {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (opened && opened.size > call.maxBytes) {
    await opened.handle.close();
    throw new TooLongError(file, call.maxBytes);
  }
  return opened;
}

export function fileTier({ dir, name }: FileTierConfig): StorageTier {
  const objectsDir = path.join(dir, 'sha256');
  const objectPath = (ref: ArchiveRef): string => path.join(objectsDir, ref.sha256);
  return {
    name,
    capabilities: fileProvider.capabilities,
    async get(ref, destFile, call) {
      const missing = await objectsDirIdentity(objectsDir).then(
        () => false,
        (e: unknown) => (isErrnoException(e) && e.code === 'ENOENT' ? true : Promise.reject(e)),
      );
      const object = missing ? undefined : await openObject(objectPath(ref), call);
      if (!object) {
        await fs.rm(destFile, { force: true });
        return false;
      }
      try {
        const dest = await openForWriting(destFile);
        try {
          await copyObject(object, dest, call, objectPath(ref));
        } finally {
          await dest.close();
        }
      } finally {
        await object.handle.close();
      }
      return true;
    },
    async has(ref) {
      await objectsDirIdentity(objectsDir).catch((e: unknown) => {
        if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
      });
      const st = await fs.lstat(objectPath(ref)).catch(() => undefined);
      if (st && !st.isFile()) throw new NotRegularFileError(objectPath(ref), fileKind(st));
      return st !== undefined;
    },
    async put(ref, file, call) {
      await fs.mkdir(objectsDir, { recursive: true });
      const before = await objectsDirIdentity(objectsDir);
      await removeStaleTemps(objectsDir);
      const temp = path.join(objectsDir, `${ref.sha256}${TEMP_MARK}${randomToken()}`);
      try {
        await writeTemp(file, temp, call);
        // `DIR/sha256` replaced by a link meanwhile: the temp file went elsewhere; publish nothing.
        const after = await objectsDirIdentity(objectsDir);
        if (after.dev !== before.dev || after.ino !== before.ino)
          throw new Error(`${objectsDir} was replaced while the archive was written: not saved`);
        await fs.rename(temp, objectPath(ref)).catch(async (e: unknown) => {
          // Windows refuses to replace a file a reader has open: another writer was first.
          if (!(await fs.lstat(objectPath(ref)).catch(() => undefined))) throw e;
        });
        await fsyncDir(objectsDir);
      } finally {
        await fs.rm(temp, { force: true });
      }
    },
  };
}

/** Our staged archive `file` copied into the new temp file `temp` (exclusive, no link followed), synced. */
async function writeTemp(file: string, temp: string, call: TierCall): Promise<void> {
  const source = await openRegularFile(file);
  try {
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW;
    const target = await fs.open(temp, flags, 0o664);
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
 * Temp files of writers that were killed: never read (their names are not a sha256), removed
 * here. Only regular files directly in the real `objectsDir` (never through a link), by name.
 */
export async function removeStaleTemps(objectsDir: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  const st = await fs.lstat(objectsDir).catch(() => undefined);
  if (!st?.isDirectory()) return removed;
  for (const name of await fs.readdir(objectsDir).catch(() => [] as string[])) {
    if (!name.includes(TEMP_MARK)) continue;
    const file = path.join(objectsDir, name);
    const stat = await fs.lstat(file).catch(() => undefined);
    if (stat?.isFile() && now - stat.mtimeMs > STALE_TEMP_MS) {
      await fs.rm(file, { force: true });
      removed.push(name);
    }
  }
  return removed;
}
