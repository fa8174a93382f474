// `file:///ABSOLUTE/DIR`: a directory every runner of the fleet mounts (NFS, SMB, a volume).
// Archives live at DIR/sha256/<hex>. A writer copies to a temp name in the same directory,
// fsyncs and renames, so readers only ever open complete files; temp files of writers that died
// are removed by later writers once they are old.
import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { isErrnoException } from '../core/errors.js';
import { fsyncDir, randomToken } from '../core/fsx.js';
import { progressCounter } from './progress.js';
import { invalidItem } from './spec-errors.js';
import type { ArchiveRef, ProviderDefinition, StorageTier, TierCall } from './types.js';

/** A temp file untouched this long belongs to a writer that died (a live one writes steadily). */
export const STALE_TEMP_MS = 60 * 60 * 1000;
const TEMP_MARK = '.tmp-';

export interface FileTierConfig {
  dir: string;
  name: string;
}

export const fileProvider: ProviderDefinition<FileTierConfig> = {
  name: 'file',
  capabilities: { read: true, write: true, streaming: true },
  claims: (item) => /^file:/i.test(item),
  parse(item) {
    if (!/^file:\/\//i.test(item))
      throw invalidItem(item, 'expected file:///ABSOLUTE/DIR (three slashes before the path)');
    let dir: string;
    try {
      dir = fileURLToPath(new URL(item));
    } catch (e) {
      throw invalidItem(item, `not a file URL of an absolute directory (${(e as Error).message})`);
    }
    if (!path.isAbsolute(dir))
      throw invalidItem(item, 'the directory must be absolute, e.g. file:///mnt/toolchains');
    return { dir: path.resolve(dir), name: item };
  },
  create: (config) => fileTier(config),
};

/** Copies while reporting progress and stopping on abort. */
async function copyWithProgress(from: string, to: string, call: TierCall, flags = 'w') {
  const target = createWriteStream(to, { flags, mode: 0o664 });
  await pipeline(createReadStream(from), progressCounter(call), target, { signal: call.signal });
}

export function fileTier({ dir, name }: FileTierConfig): StorageTier {
  const objectsDir = path.join(dir, 'sha256');
  const objectPath = (ref: ArchiveRef): string => path.join(objectsDir, ref.sha256);
  return {
    name,
    capabilities: fileProvider.capabilities,
    async get(ref, destFile, call) {
      try {
        await copyWithProgress(objectPath(ref), destFile, call);
        return true;
      } catch (e) {
        if (isErrnoException(e) && e.code === 'ENOENT' && e.path === objectPath(ref)) {
          await fs.rm(destFile, { force: true });
          return false;
        }
        throw e;
      }
    },
    async has(ref) {
      return fs.stat(objectPath(ref)).then(
        (s) => s.isFile(),
        () => false,
      );
    },
    async put(ref, file, call) {
      await fs.mkdir(objectsDir, { recursive: true });
      await removeStaleTemps(objectsDir);
      const temp = path.join(objectsDir, `${ref.sha256}${TEMP_MARK}${randomToken()}`);
      try {
        await copyWithProgress(file, temp, call, 'wx');
        const handle = await fs.open(temp, 'r+');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(temp, objectPath(ref)).catch(async (e: unknown) => {
          // Windows refuses to replace a file a reader has open: another writer was first.
          if (!(await fs.stat(objectPath(ref)).catch(() => undefined))) throw e;
        });
        await fsyncDir(objectsDir);
      } finally {
        await fs.rm(temp, { force: true });
      }
    },
  };
}

/** Temp files of writers that were killed: never read (their names are not a sha256), removed here. */
export async function removeStaleTemps(objectsDir: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await fs.readdir(objectsDir).catch(() => [] as string[])) {
    if (!name.includes(TEMP_MARK)) continue;
    const file = path.join(objectsDir, name);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat && now - stat.mtimeMs > STALE_TEMP_MS) {
      await fs.rm(file, { force: true });
      removed.push(name);
    }
  }
  return removed;
}
