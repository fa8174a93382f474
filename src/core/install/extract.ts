// Safe extraction of downloaded toolchain archives into a fresh staging directory.
// Every member goes through archive-policy before anything is written, writes never pass through a
// symlink, and the finished tree is re-checked on disk (lstat only) before it is accepted.
import { constants as fsConstants, createWriteStream } from 'node:fs';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { Unpack, type ReadEntry } from 'tar';
import yauzl from 'yauzl';
import {
  ToolchainCacheError,
  UnsafeArchiveError,
  errorMessage,
  isErrnoException,
} from '../errors.js';
import {
  MemberBudget,
  checkMember,
  stripComponents,
  type ExtractLimits,
  type MemberInfo,
} from './archive-policy.js';
import { faultErrno } from '../faults.js';
import { isInside } from '../fsx.js';
import { CaseCollisionCheck, isCaseInsensitiveDir } from './case-collisions.js';
import { openTarStream, type TarByteSource } from './decompress.js';
import { PinnedZipReader } from './staged-file.js';
import { linkedFileInside, symlinkFallback } from './symlink-fallback.js';

export type { ExtractLimits } from './archive-policy.js';
export type ArchiveFormat = 'tar.gz' | 'tar.xz' | 'tar.zst' | 'tar' | 'zip';
export interface ExtractResult {
  format: ArchiveFormat;
  members: number;
  bytes: number;
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
}

export const DEFAULT_LIMITS: ExtractLimits = { maxMembers: 200_000, maxBytes: 32 * 1024 ** 3 };

const SUPPORTED = 'tar.gz, tar.xz, tar.zst, tar, zip';

/** Identifies an archive by its magic bytes (file names and Content-Types lie). */
export async function detectFormat(file: string, pinned?: FileHandle): Promise<ArchiveFormat> {
  const fh = pinned ?? (await fs.open(file, 'r'));
  const head = Buffer.alloc(512);
  let n: number;
  try {
    ({ bytesRead: n } = await fh.read(head, 0, head.length, 0));
  } finally {
    if (!pinned) await fh.close();
  }
  const starts = (hex: string) =>
    n >= hex.length / 2 && head.subarray(0, hex.length / 2).equals(Buffer.from(hex, 'hex'));
  if (starts('1f8b')) return 'tar.gz';
  if (starts('fd377a585a00')) return 'tar.xz';
  if (starts('28b52ffd')) return 'tar.zst';
  if (starts('504b0304') || starts('504b0506')) return 'zip';
  if (n >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'tar';
  throw new ToolchainCacheError(
    'UNSUPPORTED_ARCHIVE',
    `${file} is not a supported archive (supported: ${SUPPORTED}); check the URL points at the archive itself.`,
  );
}

export async function extractArchive(
  file: string,
  destDir: string,
  opts: ExtractOptions = {},
): Promise<ExtractResult> {
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
    await fs.mkdir(root, { recursive: true });
    const ignoresCase = opts.caseInsensitive ?? (await isCaseInsensitiveDir(root));
    const ctx: MemberContext = {
      root,
      strip,
      budget: new MemberBudget(limits),
      links: new LinkTracker(root),
      cases: ignoresCase ? new CaseCollisionCheck(root) : undefined,
      signal,
    };
    if (format === 'zip') await extractZip(file, ctx, opts.pinned);
    else await extractTar(file, format, ctx, opts.env, opts.pinned);
    await createSymlinks(ctx, opts.platform ?? process.platform, opts.log ?? console.log);
    return { format, ...(await verifyTree(root, limits, signal)) };
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
 * Remembers the symlinks an archive creates so later members cannot be written through them
 * (`a -> .` then `a/b -> ..` then `a/b/x`). Keys are case-folded and NFC-normalised for
 * case- and normalisation-insensitive file systems (macOS, Windows).
 */
class LinkTracker {
  readonly links = new Map<string, { dest: string; target: string; member: string }>();
  constructor(private readonly root: string) {}

  private key = (p: string) => p.normalize('NFC').toLowerCase();

  /** Throws if `dest` (or, with `self`, `dest` itself) lies under a symlink from this archive. */
  check(dest: string, member: string, self = false): void {
    for (
      let d = self ? dest : path.dirname(dest);
      d.length > this.root.length;
      d = path.dirname(d)
    ) {
      if (this.links.has(this.key(d))) {
        throw new UnsafeArchiveError(
          `Archive member "${member}" goes through the symlink "${path.relative(this.root, d)}"; refusing to extract.`,
          member,
        );
      }
    }
  }

  /** The target of the archive's symlink at `dest`, if it has one there. */
  targetOf(dest: string): string | undefined {
    return this.links.get(this.key(dest))?.target;
  }

  /** A symlink (with its target) or anything else, which replaces an earlier symlink of that name. */
  record(dest: string, member: string, target?: string): void {
    const key = this.key(dest);
    this.links.delete(key); // re-insert: creation order follows archive order
    if (target !== undefined) this.links.set(key, { dest, target, member });
  }
}

/** What every member of one extraction is checked against and recorded in. */
interface MemberContext {
  root: string;
  strip: number;
  budget: MemberBudget;
  links: LinkTracker;
  /** Only on file systems that ignore case. */
  cases?: CaseCollisionCheck;
  signal?: AbortSignal;
}

const TAR_TYPES: Partial<Record<string, MemberInfo['type']>> = {
  File: 'file',
  OldFile: 'file',
  ContiguousFile: 'file',
  Directory: 'directory',
  GNUDumpDir: 'directory',
  SymbolicLink: 'symlink',
  Link: 'hardlink',
};

// node-tar splits on `\` as well only on Windows; mirror it so we check exactly what it writes.
const tarName = (p: string) => (process.platform === 'win32' ? p.replaceAll('\\', '/') : p);

async function extractTar(
  file: string,
  format: Exclude<ArchiveFormat, 'zip'>,
  ctx: MemberContext,
  env?: NodeJS.ProcessEnv,
  pinned?: FileHandle,
): Promise<void> {
  const source = await openTarStream(file, format, { env, pinned });
  await unpackTar(file, format, source, ctx);
}

/**
 * Symlinks are made after everything else: node-tar refuses a symlink whose target is itself a
 * symlink (`python -> python3 -> python3.12`), depending on archive order, and a zip's links must
 * not exist while later members are written.
 */
async function createSymlinks(
  { root, links, signal }: MemberContext,
  platform: NodeJS.Platform,
  log: (message: string) => void,
): Promise<void> {
  const dirs = new Set([root]);
  for (const { dest, target, member } of links.links.values()) {
    signal?.throwIfAborted();
    await ensureDir(path.dirname(dest), dirs, member);
    await makeRoom(dest, member);
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

/** Streams the archive through node-tar; resolves only once nothing is writing any more. */
function unpackTar(
  file: string,
  format: Exclude<ArchiveFormat, 'zip'>,
  { stream, child, decoder: tool }: TarByteSource,
  { root, strip, budget, links, cases, signal }: MemberContext,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let error: unknown;
    let settled = false;
    let tarEnded = false; // we called unpack.end()
    let tarClosed = false; // node-tar finished every write it started
    let childExited = false;
    let killed = false;
    let streamEnded = false;
    let stderr = '';

    // Check each header before node-tar acts on it; after a failure, skip everything.
    const filter = (p: string, e: ReadEntry | unknown): boolean => {
      if (error !== undefined) return false;
      const entry = e as ReadEntry;
      try {
        const name = stripComponents(tarName(p), strip);
        if (name === null) return false;
        const type = TAR_TYPES[entry.type] ?? 'other';
        let linkTarget = entry.linkpath;
        if (type === 'hardlink') {
          // Check the raw target first: stripping could hide a '..' or a leading '/'.
          checkMember({ path: name, type, linkTarget }, root);
          // node-tar strips hard link targets too (they are archive paths).
          const t = stripComponents(tarName(linkTarget ?? ''), strip);
          if (t === null) return false;
          linkTarget = t;
        }
        const dest = checkMember(
          { path: name, type, mode: entry.mode, size: entry.size, linkTarget },
          root,
        );
        if (dest === root) return false; // a `.` entry: leave the staging directory alone
        cases?.add(name, p);
        links.check(dest, p);
        if (type === 'hardlink') links.check(path.resolve(root, linkTarget ?? ''), p, true);
        budget.add(entry.size ?? 0, p);
        links.record(dest, p, type === 'symlink' ? linkTarget : undefined);
        if (entry.mode !== undefined) entry.mode &= 0o777; // no sticky bit either
        return type !== 'symlink'; // made at the end (createSymlinks)
      } catch (err) {
        fail(err);
        return false;
      }
    };

    const unpack = new Unpack({
      cwd: root,
      strip,
      filter,
      strict: true, // warnings (bad checksum, truncation) are errors, never a partial success
      preserveOwner: false, // we may be root: never chown to uids from the archive
      zstd: false, // the stream is already decompressed: no sniffing
      brotli: false,
    });

    const endTar = () => {
      if (tarEnded) return;
      tarEnded = true;
      unpack.end();
    };
    // On failure stop reading, but let node-tar finish the writes it has in flight (end() makes it
    // close), so that when we reject nothing writes into the staging directory any more.
    function fail(err: unknown) {
      error ??= err; // the first error is the cause; what follows is fallout
      stream.destroy();
      if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        const kill = () => {
          killed = child.exitCode === null && child.signalCode === null;
          if (killed) child.kill();
        };
        // Once its output ended the decompressor is exiting by itself: keep its exit status.
        if (streamEnded) setTimeout(kill, 10_000).unref();
        else kill();
      }
      endTar();
      settle();
    }
    function settle() {
      if (settled || !tarClosed || (child && !childExited)) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve();
      else reject(error);
    }
    const onAbort = () => fail(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();

    unpack.on('error', (err: Error) => fail(err));
    unpack.on('close', () => {
      tarClosed = true;
      settle();
    });
    unpack.on('abort', () => {
      tarClosed = true; // node-tar gave up by itself (it will not emit 'close')
    });
    stream.on('error', fail);
    stream.on('data', (chunk: Buffer) => {
      if (tarEnded) return;
      if (!unpack.write(chunk)) {
        stream.pause();
        unpack.once('drain', () => stream.resume());
      }
    });
    stream.on('end', () => {
      streamEnded = true;
      endTar();
    });

    if (child) {
      child.stderr?.on('data', (d: Buffer) => {
        if (stderr.length < 4096) stderr += d.toString();
      });
      child.on('error', (err) => {
        if (child.pid === undefined) childExited = true; // never started: no 'close' to wait for
        fail(
          isErrnoException(err) && err.code === 'ENOENT'
            ? new ToolchainCacheError(
                'UNSUPPORTED_ARCHIVE',
                `Extracting ${file} (${format}) needs the \`${tool}\` command, which vanished while ` +
                  'it was starting; try again, or remove it from PATH to use the built-in decoder.',
              )
            : err,
        );
      });
      child.on('close', (code, sig) => {
        childExited = true;
        if (code !== 0 && !killed) {
          // The decompressor's own complaint beats node-tar's "truncated input" that follows it.
          const why = stderr.trim() || (sig ? `killed by ${sig}` : `exit code ${code}`);
          const childError = new ToolchainCacheError(
            'EXTRACT_FAILED',
            `Could not extract ${file} (${format}): ${tool} failed: ${why}`,
          );
          if (!(error instanceof ToolchainCacheError)) error = childError;
          fail(childError);
        }
        settle();
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------- zip

const S_IFMT = 0o170000;
const ZIP_TYPES: Partial<Record<number, MemberInfo['type']>> = {
  0: 'file', // no unix mode recorded
  0o100000: 'file',
  0o040000: 'directory',
  0o120000: 'symlink',
};
const MAX_LINK_TARGET = 4096;

async function extractZip(file: string, ctx: MemberContext, pinned?: FileHandle): Promise<void> {
  const { root, strip, budget, links, cases, signal } = ctx;
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
  const dirs = new Set([root]);
  try {
    for await (const entry of zip.eachEntry()) {
      signal?.throwIfAborted();
      const raw = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        false, // `\` becomes `/`, as zip tools on Windows meant it
      );
      const name = stripComponents(raw, strip);
      if (name === null) continue;
      const unixMode = entry.externalFileAttributes >>> 16;
      const type = raw.endsWith('/') ? 'directory' : (ZIP_TYPES[unixMode & S_IFMT] ?? 'other');
      const mode = unixMode === 0 ? undefined : unixMode & 0o7777;
      budget.add(entry.uncompressedSize, raw);
      const linkTarget = type === 'symlink' ? await readLinkTarget(zip, entry, raw) : undefined;
      const dest = checkMember(
        { path: name, type, mode, size: entry.uncompressedSize, linkTarget },
        root,
      );
      if (dest === root) continue;
      cases?.add(name, raw);
      links.check(dest, raw);
      await ensureDir(path.dirname(dest), dirs, raw);
      if (type === 'directory') {
        await ensureDir(dest, dirs, raw, (mode ?? 0o755) | 0o700);
        continue;
      }
      await makeRoom(dest, raw);
      links.record(dest, raw, linkTarget);
      if (linkTarget === undefined) {
        await pipeline(
          await zip.openReadStreamPromise(entry),
          crcCheck(entry.crc32, raw),
          // 'wx': never follow or reuse whatever is at dest; the umask applies, as with tar.
          createWriteStream(dest, { flags: 'wx', mode: (mode ?? 0o644) & 0o777 }),
          { signal },
        );
      }
    }
  } finally {
    zip.close();
  }
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

/** Creates `dir` and its parents, refusing to go through anything that is not a real directory. */
async function ensureDir(
  dir: string,
  known: Set<string>,
  member: string,
  mode?: number,
): Promise<void> {
  if (known.has(dir)) return;
  await ensureDir(path.dirname(dir), known, member);
  try {
    await fs.mkdir(dir, { mode });
  } catch (e) {
    if (!isErrnoException(e) || e.code !== 'EEXIST') throw e;
    if (!(await fs.lstat(dir)).isDirectory()) {
      throw new UnsafeArchiveError(
        `Archive member "${member}" goes through "${path.basename(dir)}", which is not a directory; refusing to extract.`,
        member,
      );
    }
  }
  known.add(dir);
}

/** A later member replaces an earlier file or symlink of the same name, never a directory. */
async function makeRoom(dest: string, member: string): Promise<void> {
  const st = await fs.lstat(dest).catch(() => undefined);
  if (!st) return;
  if (st.isDirectory()) {
    throw new UnsafeArchiveError(
      `Archive member "${member}" would replace a directory; refusing to extract.`,
      member,
    );
  }
  await fs.unlink(dest);
}

// ------------------------------------------------------------------------------------ final check

/**
 * Walks the extracted tree without following symlinks and re-applies the policy to what is really
 * on disk: no special files, no setuid/setgid, every symlink resolves inside, limits hold.
 */
async function verifyTree(
  destDir: string,
  limits: ExtractLimits,
  signal?: AbortSignal,
): Promise<{ members: number; bytes: number }> {
  const root = await fs.realpath(destDir);
  const budget = new MemberBudget(limits);
  const inodes = new Set<string>();
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    signal?.throwIfAborted();
    const names = await fs.readdir(dir);
    const stats = await Promise.all(names.map((n) => fs.lstat(path.join(dir, n))));
    for (const [i, st] of stats.entries()) {
      const abs = path.join(dir, names[i]);
      const rel = path.relative(root, abs);
      const type = st.isFile()
        ? 'file'
        : st.isDirectory()
          ? 'directory'
          : st.isSymbolicLink()
            ? 'symlink'
            : 'other';
      // A setgid parent makes new directories setgid on Linux: only the archive's own bits count.
      const mode = st.mode & (type === 'directory' ? 0o5777 : 0o7777);
      const linkTarget = type === 'symlink' ? await fs.readlink(abs) : undefined;
      checkMember({ path: rel, type, mode, linkTarget }, root);
      if (
        linkTarget !== undefined &&
        (await resolveInside(root, dir, linkTarget, { hops: 0 })) === null
      ) {
        throw new UnsafeArchiveError(
          `Archive member "${rel}" is a symlink to "${linkTarget}", which leads outside the toolchain directory; refusing to extract.`,
          rel,
        );
      }
      // Hard links share their bytes: count each inode once.
      const key = `${st.dev}:${st.ino}`;
      const fresh = type === 'file' && (st.nlink < 2 || !inodes.has(key));
      if (fresh && st.nlink > 1) inodes.add(key);
      budget.add(fresh ? st.size : 0, rel);
      if (type === 'directory') pending.push(abs);
    }
  }
  return { members: budget.members, bytes: budget.bytes };
}

/**
 * Follows `target` from the real directory `from` the way the OS does, through nested symlinks,
 * and returns where it lands, or null once it leaves `root`. A missing tail is resolved lexically.
 */
async function resolveInside(
  root: string,
  from: string,
  target: string,
  budget: { hops: number },
): Promise<string | null> {
  if (++budget.hops > 40 || path.isAbsolute(target)) return null; // 40: Linux's own ELOOP limit
  const segs = target.split(process.platform === 'win32' ? /[\\/]/ : '/');
  let cur = from;
  for (const [i, seg] of segs.entries()) {
    if (seg === '' || seg === '.') continue;
    cur = seg === '..' ? path.dirname(cur) : path.join(cur, seg);
    if (!isInside(root, cur)) return null;
    const st = await fs.lstat(cur).catch(() => undefined);
    if (!st) return isInside(root, path.resolve(cur, ...segs.slice(i + 1))) ? cur : null;
    if (st.isSymbolicLink()) {
      const next = await resolveInside(root, path.dirname(cur), await fs.readlink(cur), budget);
      if (next === null) return null;
      cur = next;
    }
  }
  return cur;
}
