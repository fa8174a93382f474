// Reading a file someone else may have put at its name: a record in the root (registry.json, a
// receipt, manifest.json, tree-stat, a lock's owner), an archive in staging, an object in a tier
// directory. The open follows no link and never blocks (opening a FIFO for reading waits for a
// writer, forever), the descriptor must be a regular file, and reads stop at the size it had when
// it was opened (and at a bound per kind of file): a file that keeps growing (or a FIFO fed
// slowly) never holds a step. Synchronous entry points for the warm path and the registry's
// critical sections, asynchronous ones for the rest. See docs/design.md, "Staging", "Remote tiers"
// and "Walks stay in the root".
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  promises,
  readSync,
  type Stats,
} from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { ToolchainCacheError, isErrnoException } from './errors.js';
import { crypto, stream, streamPromises } from './platform/builtins.js';

/** 0 on Windows, which has neither flag (a symlink there needs a privilege; no FIFOs in the file system). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = constants.O_NONBLOCK ?? 0;
/** Every read open of this module: no link followed, no wait for a FIFO's writer. */
export const READ_FLAGS = constants.O_RDONLY | NO_FOLLOW | NON_BLOCK;
/** No O_TRUNC: what is there is checked (assertOwnSingleName) before a byte of it changes. */
const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | NO_FOLLOW | NON_BLOCK;

/** What a name holds instead of a regular file, for messages. */
export function fileKind(st: Stats): string {
  if (st.isSymbolicLink()) return 'a symlink';
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'a regular file';
}

/**
 * A name that holds something else than it must (a regular file of at most some size, or for a
 * tier's own names a directory). The one error of this module, an UNSAFE_PATH.
 */
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

/** The errors of an open that met a link (ELOOP; EMLINK on FreeBSD) or a FIFO/socket (ENXIO), named. */
function openFailure(file: string, e: unknown): unknown {
  if (isErrnoException(e) && (e.code === 'ELOOP' || e.code === 'EMLINK'))
    return new NotRegularFileError(file, 'a symlink');
  if (isErrnoException(e) && e.code === 'ENXIO')
    return new NotRegularFileError(file, 'a FIFO or a socket');
  return e;
}

/** Throws unless the opened object is a regular file of at most `maxBytes`. */
function checkOpened(file: string, st: Stats, maxBytes: number): void {
  if (!st.isFile()) throw new NotRegularFileError(file, fileKind(st));
  if (st.size > maxBytes)
    throw new NotRegularFileError(file, `${st.size} bytes`, `at most ${maxBytes} bytes`);
}

/**
 * Throws unless the opened object is a regular file of the effective user with one name: what
 * may be written, truncated or chmod-ed. A hard link a group member planted at a name we write (to
 * /etc/sudoers, or to a runner user's own 0600 file, on a host without fs.protected_hardlinks)
 * has a second name, or another owner; writing or chmod-ing it would reach that file. Windows:
 * the regular-file check only.
 */
export function assertOwnSingleName(file: string, st: Stats): void {
  if (!st.isFile()) throw new NotRegularFileError(file, fileKind(st));
  const me = process.geteuid?.();
  if (process.platform === 'win32' || me === undefined) return;
  const expected = 'a file of this user with one name';
  if (st.nlink !== 1)
    throw new NotRegularFileError(file, `a hard link (${st.nlink} names)`, expected);
  if (st.uid !== me) throw new NotRegularFileError(file, `a file of uid ${st.uid}`, expected);
}

/** Without O_NOFOLLOW (Windows): look first; a swap in between needs a privilege there. */
function lookedAt(file: string, st: Stats): void {
  if (!st.isFile()) throw new NotRegularFileError(file, fileKind(st));
}

// ------------------------------------------------------------------------------------ synchronous

/**
 * Opens `file` (no-follow, non-blocking), checks that it is a regular file of at most `maxBytes`,
 * and hands its descriptor and size to `use`. Throws the open's errno error (ENOENT…) or a
 * NotRegularFileError.
 */
export function withRegularFileSync<T>(
  file: string,
  maxBytes: number,
  use: (fd: number, size: number) => T,
): T {
  if (NO_FOLLOW === 0) lookedAt(file, lstatSync(file));
  let fd: number;
  try {
    fd = openSync(file, READ_FLAGS);
  } catch (e) {
    throw openFailure(file, e);
  }
  try {
    const st = fstatSync(fd);
    checkOpened(file, st, maxBytes);
    return use(fd, st.size);
  } finally {
    closeSync(fd);
  }
}

/** Reads at most `size` bytes from the start of `fd` (fewer when the file shrank meanwhile). */
export function readUpToSync(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, buf, got, size - got, got);
    if (n === 0) break;
    got += n;
  }
  return got === size ? buf : buf.subarray(0, got);
}

/** The bytes of the regular file `file` (see withRegularFileSync for what is refused). */
export const readRegularFileSync = (file: string, maxBytes: number): Buffer =>
  withRegularFileSync(file, maxBytes, readUpToSync);

/** readRegularFileSync as text, or undefined when there is no such file. */
export function readRegularTextIfExistsSync(file: string, maxBytes: number): string | undefined {
  try {
    return readRegularFileSync(file, maxBytes).toString('utf8');
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * What a receipt records of a sealed record besides its digest: inode, size, mtime and ctime. Any
 * change to the file, or another file put in its place, changes one of them (ctime cannot be set
 * back by anyone but root), so a hit whose tree-stat still has it need not hash the bytes
 * (docs/design.md, "The hit check"). The device is left out: it may change across reboots.
 */
export const fileIdentity = (st: Stats): string =>
  `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;

/** readRegularFileSync, with the identity (fileIdentity) of the descriptor the bytes came from. */
export function readRegularFileIdentitySync(
  file: string,
  maxBytes: number,
): { bytes: Buffer; identity: string } {
  return withRegularFileSync(file, maxBytes, (fd, size) => ({
    bytes: readUpToSync(fd, size),
    identity: fileIdentity(fstatSync(fd)),
  }));
}

/** The digest a receipt records of a file: sha256 of its exact bytes, in hex. */
export const recordDigest = (data: string | Buffer): string =>
  crypto().createHash('sha256').update(data).digest('hex');

// ----------------------------------------------------------------------------------- asynchronous

export interface OpenedFile {
  handle: FileHandle;
  /** The size at open (fstat of the descriptor): no read goes past it. */
  size: number;
  stat: Stats;
}

/**
 * Opens `file` for reading: no link followed, no blocking open, a regular file of at most
 * `maxBytes` only (anything else throws NotRegularFileError naming the file and what it is).
 */
export async function openRegularFile(file: string, maxBytes = Infinity): Promise<OpenedFile> {
  if (NO_FOLLOW === 0) lookedAt(file, await promises.lstat(file));
  let handle: FileHandle;
  try {
    handle = await promises.open(file, READ_FLAGS);
  } catch (e) {
    throw openFailure(file, e);
  }
  try {
    const stat = await handle.stat();
    checkOpened(file, stat, maxBytes);
    return { handle, size: stat.size, stat };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/** Reads exactly up to `size` bytes from the start (fewer when the file shrank). */
export async function readUpTo(handle: FileHandle, size: number): Promise<Buffer> {
  const buf = Buffer.alloc(size);
  let done = 0;
  while (done < size) {
    const { bytesRead } = await handle.read(buf, done, size - done, done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buf.subarray(0, done);
}

/** The bytes of the regular file `file`, bounded (see openRegularFile for what is refused). */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer> {
  // Read synchronously (records, bounded): a hit loads no fs.promises (docs/design.md, "Start-up cost").
  return Promise.resolve(readRegularFileSync(file, maxBytes));
}

/**
 * Bytes `start` to `end` (exclusive) of `handle`, by positional reads: the descriptor's offset
 * never moves, and destroying the stream leaves the descriptor open (an fs read stream given a
 * handle closes it when destroyed, whatever its autoClose).
 */
export function readRange(handle: FileHandle, start = 0, end = Infinity): Readable {
  let position = start;
  return new (stream().Readable)({
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
  new (stream().Writable)({
    write(chunk: Buffer, _encoding, done) {
      handle.write(chunk).then(() => done(), done);
    },
  });

/** The sha256 of the regular file `file`, of at most the bytes it had when opened. */
export async function hashRegularFile(file: string): Promise<string> {
  const { handle, size } = await openRegularFile(file);
  try {
    const hash = crypto().createHash('sha256');
    await streamPromises().pipeline(readRange(handle, 0, size), hash);
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}

/**
 * Opens `file` for writing, created when missing (with `mode`), emptied, without following a
 * link and without blocking (ENXIO: a FIFO without a reader); what is there must be a regular
 * file of this user with one name (assertOwnSingleName), checked before it is truncated. For a
 * file whose name we made ourselves in a directory others can write (a tier's part file in staging).
 */
export async function openForWriting(file: string, mode = 0o600): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await promises.open(file, WRITE_FLAGS, mode);
  } catch (e) {
    throw openFailure(file, e);
  }
  try {
    assertOwnSingleName(file, await handle.stat());
    await handle.truncate(0);
    return handle;
  } catch (e) {
    await handle.close();
    throw e;
  }
}
