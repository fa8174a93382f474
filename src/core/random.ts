// Random names (temp files, use keys, the runner's heredoc delimiters) without loading
// `node:crypto` on a warm hit (docs/design.md, "Start-up cost"): the kernel's CSPRNG read from
// /dev/urandom where there is one (checked to be a character device), node:crypto elsewhere.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { crypto } from './platform/builtins.js';

const POOL_BYTES = 256;
let pool: Buffer = Buffer.alloc(0);

function fromUrandom(n: number): Buffer | undefined {
  if (process.platform === 'win32') return undefined;
  let fd: number | undefined;
  try {
    fd = openSync('/dev/urandom', constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    if (!fstatSync(fd).isCharacterDevice()) return undefined;
    const buf = Buffer.alloc(n);
    let got = 0;
    while (got < n) {
      const r = readSync(fd, buf, got, n - got, null);
      if (r <= 0) return undefined;
      got += r;
    }
    return buf;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `n` bytes from the system's CSPRNG. */
export function randomBytes(n: number): Buffer {
  if (pool.length < n) {
    const size = Math.max(n, POOL_BYTES);
    pool = fromUrandom(size) ?? crypto().randomBytes(size);
  }
  const out = Buffer.from(pool.subarray(0, n));
  pool.fill(0, 0, n);
  pool = pool.subarray(n);
  return out;
}

/** `2n` hex characters of randomness. */
export const randomHex = (n: number): string => randomBytes(n).toString('hex');

/** An RFC 4122 version 4 UUID, as crypto.randomUUID makes. */
export function randomUuid(): string {
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
