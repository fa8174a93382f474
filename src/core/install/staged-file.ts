// Files in staging. Staging is writable by every runner user of the group, so a name there may
// have been replaced by someone else between two of our calls: files are created only by
// exclusive, no-follow opens (a planted link is never written through), and an archive is read
// back through one descriptor, so what is extracted is exactly what was hashed, whatever happens
// to its name meanwhile.
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, unlink, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { ToolchainCacheError, isErrnoException } from '../errors.js';
import { faultPoint } from '../faults.js';
import { chmodDirNoFollow } from '../fsx.js';
import { openRegularFile, readRange } from '../regular-file.js';

export { readRange };

/** 0 on Windows, which has no such flag (a symlink there needs a privilege most runners lack). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Creates `file` for writing, exclusively and without following a link. Whatever is already at
 * that name (a link or file someone planted, or an earlier attempt of ours) is unlinked first:
 * unlinking removes the name, never what a link points to.
 */
export async function createExclusive(file: string, mode = 0o600): Promise<FileHandle> {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW;
  for (let attempt = 1; ; attempt++) {
    try {
      return await open(file, flags, mode);
    } catch (e) {
      if (!isErrnoException(e) || e.code !== 'EEXIST' || attempt === 3) throw e;
    }
    const st = await lstat(file).catch(() => undefined);
    if (st?.isDirectory()) {
      throw new ToolchainCacheError(
        'UNSAFE_PATH',
        `${file} is a directory that this install did not create; something else writes in the staging directory. Check who can write the cache root.`,
      );
    }
    await unlink(file).catch((e: unknown) => {
      if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
    });
  }
}

/**
 * Creates the directory `dir` itself (its parent must exist), never accepting one already there:
 * `mkdir -p` would be satisfied by a planted link to a directory elsewhere, and the extraction
 * would then write there. A planted link is unlinked (as a name) and the directory made anew.
 */
export async function createFreshDir(dir: string, mode: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await mkdir(dir, { mode: 0o700 });
      await faultPoint('fresh-dir-chmod');
      // Set explicitly (mkdir's mode goes through the umask), on a descriptor opened no-follow:
      // a link swapped in at the name since the mkdir is refused, its target never chmod-ed.
      await chmodDirNoFollow(dir, mode);
      return;
    } catch (e) {
      if (!isErrnoException(e) || e.code !== 'EEXIST' || attempt === 3) throw e;
    }
    const st = await lstat(dir).catch(() => undefined);
    if (st && !st.isSymbolicLink()) {
      throw new ToolchainCacheError(
        'UNSAFE_PATH',
        `${dir} already exists, but this install did not create it; something else writes in the staging directory. Check who can write the cache root.`,
      );
    }
    await unlink(dir).catch((e: unknown) => {
      if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
    });
  }
}

/**
 * An archive opened once for reading; every read (hash, format probe, extraction) goes through it,
 * and none past the size it had when opened.
 */
export class PinnedArchive {
  private constructor(
    readonly path: string,
    readonly handle: FileHandle,
    readonly size: number,
  ) {}

  /** Opens `file` without following a link or blocking; it must be a regular file. */
  static async open(file: string): Promise<PinnedArchive> {
    const { handle, size } = await openRegularFile(file);
    return new PinnedArchive(file, handle, size);
  }

  stream(): Readable {
    return readRange(this.handle, 0, this.size);
  }

  async sha256(): Promise<string> {
    const hash = createHash('sha256');
    await pipeline(this.stream(), hash);
    return hash.digest('hex');
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/**
 * yauzl reading a zip through `handle`, which it never closes (its own fd reader closes the
 * descriptor it is given when the zip is closed).
 */
export class PinnedZipReader extends yauzl.RandomAccessReader {
  constructor(private readonly handle: FileHandle) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return readRange(this.handle, start, end);
  }
}
