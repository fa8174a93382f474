// Reading a file someone else may have put at its name: an archive in staging, an object in a
// tier directory. The open follows no link and never blocks (opening a FIFO for reading waits for
// a writer, forever), the descriptor must be a regular file, and reads stop at the size it had
// when it was opened: a file that keeps growing (or a FIFO fed slowly) never holds a step. See
// docs/design.md, "Staging" and "Remote tiers".
import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ToolchainCacheError, isErrnoException } from './errors.js';

/** 0 on Windows, which has neither flag (a symlink there needs a privilege; no FIFOs in the file system). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = constants.O_NONBLOCK ?? 0;

/** What a name holds instead of a regular file, for messages. */
export function fileKind(st: Stats): string {
  if (st.isSymbolicLink()) return 'a symlink';
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'a regular file';
}

/** A name that holds something else than it must (a regular file, or for a tier's own names a directory). */
export class NotRegularFileError extends ToolchainCacheError {
  constructor(
    readonly file: string,
    readonly kind: string,
    expected = 'a regular file',
  ) {
    super(
      'UNSAFE_PATH',
      `${file} is ${kind}, not ${expected}: it was neither followed nor read. Check who can write there.`,
    );
  }
}

export interface OpenedFile {
  handle: FileHandle;
  /** The size at open (fstat of the descriptor): no read goes past it. */
  size: number;
  stat: Stats;
}

/**
 * Opens `file` for reading: no link followed, no blocking open, a regular file only (anything else
 * throws NotRegularFileError naming the file and what it is).
 */
export async function openRegularFile(file: string): Promise<OpenedFile> {
  if (NO_FOLLOW === 0) {
    // No O_NOFOLLOW (Windows): look first; a swap in between needs a privilege there.
    const st = await lstat(file);
    if (!st.isFile()) throw new NotRegularFileError(file, fileKind(st));
  }
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch (e) {
    // ELOOP: a link (EMLINK on FreeBSD); ENXIO: a socket.
    if (isErrnoException(e) && (e.code === 'ELOOP' || e.code === 'EMLINK'))
      throw new NotRegularFileError(file, 'a symlink');
    if (isErrnoException(e) && e.code === 'ENXIO') throw new NotRegularFileError(file, 'a socket');
    throw e;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new NotRegularFileError(file, fileKind(stat));
    return { handle, size: stat.size, stat };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/**
 * Bytes `start` to `end` (exclusive) of `handle`, by positional reads: the descriptor's offset
 * never moves, and destroying the stream leaves the descriptor open (an fs read stream given a
 * handle closes it when destroyed, whatever its autoClose).
 */
export function readRange(handle: FileHandle, start = 0, end = Infinity): Readable {
  let position = start;
  return new Readable({
    highWaterMark: 1 << 16,
    read(size) {
      const length = Math.min(size, end - position);
      if (length <= 0) {
        this.push(null);
        return;
      }
      handle.read(Buffer.allocUnsafe(length), 0, length, position).then(
        ({ bytesRead, buffer }) => {
          position += bytesRead;
          this.push(bytesRead === 0 ? null : buffer.subarray(0, bytesRead));
        },
        (e: unknown) => this.destroy(e as Error),
      );
    },
  });
}

/** Writes to `handle` at its offset, in order, and leaves it open (an fs write stream may not). */
export const writeTo = (handle: FileHandle): Writable =>
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      handle.write(chunk).then(() => done(), done);
    },
  });

/** The sha256 of the regular file `file`, of at most the bytes it had when opened. */
export async function hashRegularFile(file: string): Promise<string> {
  const { handle, size } = await openRegularFile(file);
  try {
    const hash = createHash('sha256');
    await pipeline(readRange(handle, 0, size), hash);
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}

/**
 * Opens `file` for writing, created when missing (with `mode`), truncated, without following a
 * link and without blocking; what is there must be a regular file. For a file whose name we made
 * ourselves in a directory others can write (a tier's part file in staging).
 */
export async function openForWriting(file: string, mode = 0o600): Promise<FileHandle> {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | NO_FOLLOW | NON_BLOCK;
  let handle: FileHandle;
  try {
    handle = await open(file, flags, mode);
  } catch (e) {
    // ENXIO: a FIFO without a reader (O_NONBLOCK refuses to wait for one).
    if (isErrnoException(e) && (e.code === 'ELOOP' || e.code === 'EMLINK'))
      throw new NotRegularFileError(file, 'a symlink');
    if (isErrnoException(e) && e.code === 'ENXIO')
      throw new NotRegularFileError(file, 'a FIFO or a socket');
    throw e;
  }
  const stat = await handle.stat();
  if (!stat.isFile()) {
    await handle.close();
    throw new NotRegularFileError(file, fileKind(stat));
  }
  return handle;
}
