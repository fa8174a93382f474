// The records in the root (receipts, manifest.json, tree-stat), which another runner user may have
// replaced: opened without following a link (a planted link is refused, never read through) and
// without blocking (a FIFO planted there cannot hang the step), checked to be a regular file,
// never read past its size at the open nor past a bound; and digested the way receipts record
// them. Synchronous: tree-stat and the receipt are read on the warm path (Node built-ins only).
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { ToolchainCacheError } from './errors.js';

/** 0 where the platform has no such flag (Windows: a symlink there needs a privilege, a FIFO is not a file). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = constants.O_NONBLOCK ?? 0;

/**
 * Opens `file` (no-follow, non-blocking), checks that it is a regular file of at most `maxBytes`,
 * and hands its descriptor and size to `use`. Throws the open's errno error (ENOENT, ELOOP for a
 * link) or an UNSAFE_PATH error.
 */
export function withRegularFileSync<T>(
  file: string,
  maxBytes: number,
  use: (fd: number, size: number) => T,
): T {
  const fd = openSync(file, constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      throw new ToolchainCacheError(
        'UNSAFE_PATH',
        `${file} is not a regular file; something other than toolchain-cache wrote it. Check who can write the cache root.`,
      );
    }
    if (st.size > maxBytes) {
      throw new ToolchainCacheError(
        'UNSAFE_PATH',
        `${file} is larger (${st.size} bytes) than any file toolchain-cache writes there (${maxBytes}); check who can write the cache root.`,
      );
    }
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

/** The digest a receipt records of a file: sha256 of its exact bytes, in hex. */
export const recordDigest = (data: string | Buffer): string =>
  createHash('sha256').update(data).digest('hex');
