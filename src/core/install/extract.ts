// Safe extraction of downloaded toolchain archives into a fresh staging directory.
// Every member goes through archive-policy before anything is written (tar: extract-tar.ts, zip:
// extract-zip.ts), writes never pass through a symlink, symlinks are made last, and the finished
// tree is re-checked on disk (lstat only) and listed for the manifest before it is accepted
// (extract-check.ts), with each file's sha256 computed while it was written.
import { constants as fsConstants } from 'node:fs';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ToolchainCacheError, errorMessage } from '../errors.js';
import { faultErrno } from '../faults.js';
import { ensureDir as ensureSharedDir } from '../fsx.js';
import type { ManifestFile } from '../manifest.js';
import { openRegularFile } from '../regular-file.js';
import { DEFAULT_LIMITS, MemberBudget, type ExtractLimits } from './archive-policy.js';
import { CaseCollisionCheck, isCaseInsensitiveDir } from './case-collisions.js';
import { openTarStream, type TarFormat } from './decompress.js';
import { checkExtractedTree } from './extract-check.js';
import {
  LinkTracker,
  WrittenHashes,
  ensureDir,
  makeRoom,
  type MemberContext,
} from './extract-members.js';
import { unpackTar } from './extract-tar.js';
import { extractZip } from './extract-zip.js';
import { linkedFileInside, symlinkFallback } from './symlink-fallback.js';

export type { ExtractLimits } from './archive-policy.js';
export type ArchiveFormat = TarFormat | 'zip';
export interface ExtractResult {
  format: ArchiveFormat;
  members: number;
  bytes: number;
}
export interface ListedExtraction extends ExtractResult {
  /**
   * Every entry of the extracted tree, sorted by path, with each file's sha256 computed as it was
   * written: exactly what scanTree (manifest.ts) would list, without reading the tree again.
   */
  files: ManifestFile[];
}
export interface ExtractOptions {
  format?: ArchiveFormat;
  stripComponents?: number;
  limits?: Partial<ExtractLimits>;
  signal?: AbortSignal;
  /** Where the `xz` and `zstd` binaries are looked up (PATH); the process's environment by default. */
  env?: NodeJS.ProcessEnv;
  /** Whether the destination ignores case; probed there when not given (tests inject it). */
  caseInsensitive?: boolean;
  /** Where notes go (a symlink Windows refused, copied instead); stdout by default. */
  log?: (message: string) => void;
  /** Whose rules apply to a refused symlink (tests run Windows's with the `symlink-eperm` fault). */
  platform?: NodeJS.Platform;
  /**
   * Read the archive through this descriptor (the one its hash was computed from), never by its
   * name: a file swapped in under that name is not what gets extracted.
   */
  pinned?: FileHandle;
  /** Or read it from this stream, once, as it downloads (a tar format only; `format` given). */
  input?: Readable;
}

export { DEFAULT_LIMITS } from './archive-policy.js';

const SUPPORTED = 'tar.gz, tar.xz, tar.zst, tar, zip';

/** Identifies an archive by its magic bytes (file names and Content-Types lie). */
export async function detectFormat(file: string, pinned?: FileHandle): Promise<ArchiveFormat> {
  const fh = pinned ?? (await openRegularFile(file)).handle;
  const head = Buffer.alloc(512);
  let n: number;
  try {
    ({ bytesRead: n } = await fh.read(head, 0, head.length, 0));
  } finally {
    if (!pinned) await fh.close();
  }
  const format = formatOf(head.subarray(0, n));
  if (format) return format;
  throw new ToolchainCacheError(
    'UNSUPPORTED_ARCHIVE',
    `${file} is not a supported archive (supported: ${SUPPORTED}); check the URL points at the archive itself.`,
  );
}

/** The format whose magic bytes start `head` (the first 512 bytes, or all there are), if any. */
export function formatOf(head: Buffer): ArchiveFormat | undefined {
  const n = head.length;
  const starts = (hex: string) =>
    n >= hex.length / 2 && head.subarray(0, hex.length / 2).equals(Buffer.from(hex, 'hex'));
  if (starts('1f8b')) return 'tar.gz';
  if (starts('fd377a585a00')) return 'tar.xz';
  if (starts('28b52ffd')) return 'tar.zst';
  if (starts('504b0304') || starts('504b0506')) return 'zip';
  if (n >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'tar';
  return undefined;
}

export async function extractArchive(
  file: string,
  destDir: string,
  opts: ExtractOptions = {},
): Promise<ExtractResult> {
  const { format, members, bytes } = await extractAndList(file, destDir, opts);
  return { format, members, bytes };
}

/** extractArchive, also listing the tree it made for the manifest (the install pipeline's). */
export async function extractAndList(
  file: string,
  destDir: string,
  opts: ExtractOptions = {},
): Promise<ListedExtraction> {
  const limits: ExtractLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const strip = opts.stripComponents ?? 0;
  if (!Number.isInteger(strip) || strip < 0) {
    throw new RangeError(`stripComponents must be a non-negative integer, got ${strip}`);
  }
  const { signal } = opts;
  signal?.throwIfAborted();
  const format = opts.format ?? (await detectFormat(file, opts.pinned));
  const root = path.resolve(destDir);
  try {
    signal?.throwIfAborted();
    // The pipeline made it already (createFreshDir); a caller's new one gets its mode on descriptors.
    await ensureSharedDir(root);
    const ignoresCase = opts.caseInsensitive ?? (await isCaseInsensitiveDir(root));
    const ctx: MemberContext = {
      root,
      strip,
      budget: new MemberBudget(limits),
      links: new LinkTracker(root),
      cases: ignoresCase ? new CaseCollisionCheck(root) : undefined,
      hashes: new WrittenHashes(root),
      signal,
    };
    if (format === 'zip' && opts.input) throw new RangeError('a zip cannot be read as a stream');
    if (format === 'zip') await extractZip(file, ctx, opts.pinned);
    else await unpackTar(file, format, await openTarStream(file, format, opts), ctx);
    await createSymlinks(ctx, opts.platform ?? process.platform, opts.log ?? console.log);
    return { format, ...(await checkExtractedTree(root, limits, ctx.hashes, signal)) };
  } catch (e) {
    if (signal?.aborted) throw signal.reason; // however the abort surfaced, report it as such
    if (e instanceof ToolchainCacheError) throw e;
    throw new ToolchainCacheError(
      'EXTRACT_FAILED',
      `Could not extract ${file} (${format}): ${errorMessage(e)}`,
      { cause: e },
    );
  }
}

/**
 * Symlinks are made after everything else: node-tar refuses a symlink whose target is itself a
 * symlink (`python -> python3 -> python3.12`), depending on archive order, and a zip's links must
 * not exist while later members are written.
 */
async function createSymlinks(
  { root, links, hashes, signal }: MemberContext,
  platform: NodeJS.Platform,
  log: (message: string) => void,
): Promise<void> {
  const dirs = new Set([root]);
  for (const { dest, target, member } of links.links.values()) {
    signal?.throwIfAborted();
    await ensureDir(path.dirname(dest), dirs, member);
    await makeRoom(dest, member);
    hashes.forget(dest); // a copy of a linked file (below) must be hashed as what it is now
    try {
      faultErrno('symlink-eperm', 'symlink', dest);
      await fs.symlink(target, dest);
    } catch (e) {
      const fileInside = await linkedFileInside(root, dest, target, (d) => links.targetOf(d));
      const { copyFrom } = symlinkFallback(e, {
        member,
        target,
        platform,
        fileInside,
      });
      await fs.copyFile(copyFrom, dest, fsConstants.COPYFILE_EXCL);
      log(
        `${member}: Windows refused to create a symlink (it needs Developer Mode or ` +
          `SeCreateSymbolicLinkPrivilege); installed a copy of ${path.relative(root, copyFrom)} instead.`,
      );
    }
  }
}
