// Builds REAL archives on disk for tests, including hostile ones no well-behaved tool would write.
// Tar headers and zip records are written by hand so names, modes and types are exactly as given
// (`../x`, `/abs`, `C:x`, symlinks out, FIFOs, devices, setuid). Compression uses zlib and the
// system `xz` / `zstd` binaries (see hasCommand), falling back to zlib's zstd when Node has it.
//
//   await makeTar(file, [{ path: 'tool-1.0/bin/tool', content: '#!/bin/sh\necho hi\n', mode: 0o755 }], 'gz');
//   await makeZip(file, [{ path: 'tool/', type: 'directory' }, { path: 'tool/link', type: 'symlink', linkTarget: 'bin' }]);
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import zlib from 'node:zlib';

export interface FileSpec {
  /** Member name exactly as stored; directories get a trailing '/' added if missing. */
  path: string;
  content?: string | Buffer;
  /** Permission bits (default 0o644 files, 0o755 directories, 0o777 symlinks). May include 0o4000 etc. */
  mode?: number;
  type?: 'file' | 'directory' | 'symlink' | 'hardlink' | 'fifo' | 'chardev';
  /** Symlink target, or for hard links the archive path of the linked member. */
  linkTarget?: string;
}

export type TarCompression = 'gz' | 'xz' | 'zst' | 'none';

/** True when `cmd` can be run (e.g. `xz`, `zstd`). */
export function hasCommand(cmd: string): boolean {
  const r = spawnSync(cmd, ['--version'], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

/** True when this Node has zstd in zlib (>= 22.15), so tar.zst works without the binary. */
export const hasNativeZstd = (): boolean =>
  typeof (zlib as { zstdCompressSync?: unknown }).zstdCompressSync === 'function';

const body = (e: FileSpec): Buffer =>
  Buffer.isBuffer(e.content) ? e.content : Buffer.from(e.content ?? '');
const kind = (e: FileSpec) => e.type ?? 'file';
const dirName = (p: string) => (p.endsWith('/') ? p : `${p}/`);

// ---------------------------------------------------------------------------------------------- tar

const TAR_TYPEFLAG = {
  file: '0',
  hardlink: '1',
  symlink: '2',
  chardev: '3',
  directory: '5',
  fifo: '6',
};

function tarHeader(
  name: string,
  opts: { mode: number; size: number; type: string; linkTarget?: string },
): Buffer {
  const h = Buffer.alloc(512);
  const str = (s: string, off: number, len: number) => h.write(s, off, len, 'utf8');
  const oct = (n: number, off: number, len: number) =>
    str(n.toString(8).padStart(len - 1, '0') + '\0', off, len);
  str(name, 0, 100);
  oct(opts.mode, 100, 8);
  oct(0, 108, 8); // uid
  oct(0, 116, 8); // gid
  oct(opts.size, 124, 12);
  oct(Math.floor(Date.now() / 1000), 136, 12);
  h.write(' '.repeat(8), 148, 8, 'latin1'); // checksum field counts as spaces while summing
  str(opts.type, 156, 1);
  str(opts.linkTarget ?? '', 157, 100);
  str('ustar\0' + '00', 257, 8);
  str('root', 265, 32);
  str('root', 297, 32);
  oct(0, 329, 8); // devmajor
  oct(0, 337, 8); // devminor
  let sum = 0;
  for (const b of h) sum += b;
  str(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8);
  return h;
}

const pad512 = (b: Buffer) => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);

/** A pax extended header ('x') carrying names that do not fit the 100-byte ustar fields. */
function paxHeader(records: Record<string, string>): Buffer[] {
  let text = '';
  for (const [k, v] of Object.entries(records)) {
    const rest = ` ${k}=${v}\n`;
    let len = Buffer.byteLength(rest) + 1;
    while (String(len).length + Buffer.byteLength(rest) !== len) len++;
    text += `${len}${rest}`;
  }
  const data = Buffer.from(text);
  return [tarHeader('PaxHeader', { mode: 0o644, size: data.length, type: 'x' }), pad512(data)];
}

/** The uncompressed tar bytes for `entries`, in order. */
export function tarBytes(entries: FileSpec[]): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const type = kind(e);
    const name = type === 'directory' ? dirName(e.path) : e.path;
    const data = type === 'file' ? body(e) : Buffer.alloc(0);
    const mode = e.mode ?? (type === 'directory' ? 0o755 : type === 'symlink' ? 0o777 : 0o644);
    const pax: Record<string, string> = {};
    if (Buffer.byteLength(name) > 99) pax.path = name;
    if (e.linkTarget && Buffer.byteLength(e.linkTarget) > 99) pax.linkpath = e.linkTarget;
    if (Object.keys(pax).length) blocks.push(...paxHeader(pax));
    blocks.push(
      tarHeader(name, {
        mode,
        size: data.length,
        type: TAR_TYPEFLAG[type],
        linkTarget: e.linkTarget,
      }),
      pad512(data),
    );
  }
  blocks.push(Buffer.alloc(1024)); // end-of-archive: two zero blocks
  return Buffer.concat(blocks);
}

function compressWith(cmd: string, args: string[], input: Buffer): Buffer {
  const r = spawnSync(cmd, args, { input, maxBuffer: 1 << 30 });
  if (r.error || r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed: ${r.error?.message ?? r.stderr.toString()}`);
  }
  return r.stdout;
}

/** Compresses `data` as gz / xz / zst (via binaries or zlib) or returns it unchanged for 'none'. */
export function compress(data: Buffer, compression: TarCompression): Buffer {
  switch (compression) {
    case 'none':
      return data;
    case 'gz':
      return zlib.gzipSync(data);
    case 'xz':
      return compressWith('xz', ['-zc', '-0', '-T1'], data); // -0: fast, tests need no ratio;
    case 'zst':
      if (hasCommand('zstd')) return compressWith('zstd', ['-qc'], data);
      return (zlib as unknown as { zstdCompressSync: (b: Buffer) => Buffer }).zstdCompressSync(
        data,
      );
  }
}

/** Writes a tar archive of `entries` (any names, modes and types, hostile ones included). */
export async function makeTar(
  file: string,
  entries: FileSpec[],
  compression: TarCompression,
): Promise<void> {
  await fs.writeFile(file, compress(tarBytes(entries), compression));
}

// ---------------------------------------------------------------------------------------------- zip

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Buffer): number {
  const native = (zlib as { crc32?: (d: Buffer) => number }).crc32;
  if (native) return native(data) >>> 0;
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const ZIP_TYPE_BITS = {
  file: 0o100000,
  hardlink: 0o100000, // zip has no hard links: stored as a plain file
  directory: 0o040000,
  symlink: 0o120000,
  fifo: 0o010000,
  chardev: 0o020000,
};

/** Writes a zip of `entries` (zipBytes). */
export async function makeZip(file: string, entries: FileSpec[]): Promise<void> {
  await fs.writeFile(file, zipBytes(entries));
}

/**
 * A zip (deflate, or stored when that is not smaller) with unix modes in the external
 * attributes, as Info-ZIP does; symlinks store their target as content. Names are written raw.
 */
export function zipBytes(entries: FileSpec[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const type = kind(e);
    const name = Buffer.from(type === 'directory' ? dirName(e.path) : e.path);
    const data =
      type === 'symlink'
        ? Buffer.from(e.linkTarget ?? '')
        : type === 'directory'
          ? Buffer.alloc(0)
          : body(e);
    const deflated = zlib.deflateRawSync(data);
    const [method, stored] = deflated.length < data.length ? [8, deflated] : [0, data];
    const mode = e.mode ?? (type === 'directory' ? 0o755 : type === 'symlink' ? 0o777 : 0o644);
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, stored);

    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE((3 << 8) | 20, 4); // made by: unix
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt16LE(0, 12);
    cd.writeUInt16LE(0x21, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(stored.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    // 30..37: extra length, comment length, disk, internal attributes: all 0
    cd.writeUInt32LE(
      (((ZIP_TYPE_BITS[type] | (mode & 0o7777)) << 16) | (type === 'directory' ? 0x10 : 0)) >>> 0,
      38,
    );
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += local.length + name.length + stored.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, eocd]);
}
