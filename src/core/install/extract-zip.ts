// Zip members through yauzl, read through the pinned descriptor: each entry is checked
// (archive-policy) before anything is written, directories are made without going through a
// link, and each file is CRC-checked and hashed on its way to disk.
import type { WriteStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { UnsafeArchiveError } from '../errors.js';
import { checkMember, stripComponents, type MemberInfo } from './archive-policy.js';
import { ensureDir, makeRoom, type MemberContext } from './extract-members.js';
import { PinnedZipReader, createExclusive } from './staged-file.js';

const S_IFMT = 0o170000;
const ZIP_TYPES: Partial<Record<number, MemberInfo['type']>> = {
  0: 'file', // no unix mode recorded
  0o100000: 'file',
  0o040000: 'directory',
  0o120000: 'symlink',
};
const MAX_LINK_TARGET = 4096;

export async function extractZip(
  file: string,
  ctx: MemberContext,
  pinned?: FileHandle,
): Promise<void> {
  // decodeStrings: false so hostile names reach our policy (with a clear message) instead of a
  // generic yauzl error; we decode them the same way yauzl would.
  const zipOptions = {
    lazyEntries: true,
    validateEntrySizes: true,
    decodeStrings: false,
    autoClose: false,
  };
  const zip = pinned
    ? await yauzl.fromRandomAccessReaderPromise(
        new PinnedZipReader(pinned),
        (await pinned.stat()).size,
        zipOptions,
      )
    : await yauzl.openPromise(file, zipOptions);
  const dirs = new Set([ctx.root]);
  try {
    for await (const entry of zip.eachEntry()) {
      ctx.signal?.throwIfAborted();
      await extractEntry(zip, entry, ctx, dirs);
    }
  } finally {
    zip.close();
  }
}

/** One entry: checked, then a directory made, a symlink recorded, or a file written. */
async function extractEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  { root, strip, budget, links, cases, hashes, signal }: MemberContext,
  dirs: Set<string>,
): Promise<void> {
  const raw = yauzl.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw,
    entry.extraFields,
    false, // `\` becomes `/`, as zip tools on Windows meant it
  );
  const name = stripComponents(raw, strip);
  if (name === null) return;
  const unixMode = entry.externalFileAttributes >>> 16;
  const type = raw.endsWith('/') ? 'directory' : (ZIP_TYPES[unixMode & S_IFMT] ?? 'other');
  const mode = unixMode === 0 ? undefined : unixMode & 0o7777;
  budget.add(entry.uncompressedSize, raw);
  const linkTarget = type === 'symlink' ? await readLinkTarget(zip, entry, raw) : undefined;
  const dest = checkMember(
    { path: name, type, mode, size: entry.uncompressedSize, linkTarget },
    root,
  );
  if (dest === root) return;
  cases?.add(name, raw);
  links.check(dest, raw);
  await ensureDir(path.dirname(dest), dirs, raw);
  if (type === 'directory') {
    await ensureDir(dest, dirs, raw, (mode ?? 0o755) | 0o700);
    return;
  }
  await makeRoom(dest, raw);
  links.record(dest, raw, linkTarget);
  if (linkTarget !== undefined) return; // made at the end (extract.ts, createSymlinks)
  // The file first: a read stream opened before it would flow (and fail) with no pipeline attached.
  const out = await createMemberFile(dest, (mode ?? 0o644) & 0o777);
  const input = await zip.openReadStreamPromise(entry).catch((e: unknown) => {
    out.destroy();
    throw e;
  });
  await pipeline(input, crcCheck(entry.crc32, raw), hashes.hashing(dest), out, { signal });
}

/**
 * A member's file, created exclusively and no-follow, its mode set on the descriptor (not left to
 * the umask; sealTree makes it read-only later).
 */
async function createMemberFile(dest: string, mode: number): Promise<WriteStream> {
  const handle = await createExclusive(dest, mode);
  try {
    if (process.platform !== 'win32') await handle.chmod(mode);
  } catch (e) {
    await handle.close();
    throw e;
  }
  return handle.createWriteStream();
}

async function readLinkTarget(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  member: string,
): Promise<string> {
  if (entry.uncompressedSize > MAX_LINK_TARGET) {
    throw new UnsafeArchiveError(
      `Archive member "${member}" is a symlink with an oversized target; refusing to extract.`,
      member,
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** yauzl checks sizes but not CRC-32; a corrupt member must not pass as a good file. */
function crcCheck(expected: number, member: string): Transform {
  const crc32 = (zlib as { crc32?: (d: Buffer, v?: number) => number }).crc32; // Node >= 20.15
  let crc = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      if (crc32) crc = crc32(chunk, crc);
      cb(null, chunk);
    },
    flush(cb) {
      cb(
        crc32 && crc >>> 0 !== expected >>> 0
          ? new Error(`CRC-32 mismatch in "${member}": the archive is corrupt`)
          : null,
      );
    },
  });
}
