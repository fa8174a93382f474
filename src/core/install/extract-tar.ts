// Tar members through node-tar: each header is checked (archive-policy) before node-tar acts on
// it, each file is hashed on its way to disk, and the extraction ends only once nothing writes into
// the staging directory any more, whatever failed first: a member, node-tar, the decompressor
// process, or the job's cancellation.
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Unpack, type ReadEntry } from 'tar';
import { ToolchainCacheError, isErrnoException } from '../errors.js';
import { checkMember, stripComponents, type MemberInfo } from './archive-policy.js';
import type { TarByteSource, TarFormat } from './decompress.js';
import type { MemberContext } from './extract-members.js';

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

/**
 * Whether node-tar should write the member with header path `p` (false: skip it). Throws when the
 * member breaks the policy. Symlinks are only recorded: extract.ts makes them at the end.
 */
export function admitTarMember(p: string, entry: ReadEntry, ctx: MemberContext): boolean {
  const { root, strip, budget, links, cases } = ctx;
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
  // A file this name was written as no longer tells its bytes (a hard link takes its place, and
  // its target's bytes may change after): both names are hashed from the disk, whenever the
  // earlier write's digest lands.
  if (type !== 'file') ctx.hashes.forget(dest);
  if (type === 'hardlink') ctx.hashes.forget(path.resolve(root, linkTarget ?? ''));
  if (entry.mode !== undefined) entry.mode &= 0o777; // no sticky bit either
  return type !== 'symlink';
}

/** Streams the archive through node-tar; resolves only once nothing is writing any more. */
export function unpackTar(
  file: string,
  format: TarFormat,
  source: TarByteSource,
  ctx: MemberContext,
): Promise<void> {
  return new TarExtraction(file, format, source, ctx).run();
}

/**
 * One run of node-tar over a decompressed stream. Two things must finish before it settles:
 * node-tar (every write it started) and the decompressor process, if any. The first failure is
 * the cause; what follows it is fallout.
 */
class TarExtraction {
  private error: unknown;
  private inputEnded = false; // the decompressed stream ended
  private tarEnded = false; // we called unpack.end()
  private killedDecoder = false; // we killed the decompressor: its exit status is ours, not its
  private readonly unpack: Unpack;

  constructor(
    private readonly file: string,
    private readonly format: TarFormat,
    private readonly source: TarByteSource,
    private readonly ctx: MemberContext,
  ) {
    this.unpack = new Unpack({
      cwd: ctx.root,
      strip: ctx.strip,
      filter: (p, e) => this.admit(p, e as ReadEntry),
      // Each file's bytes pass through its hash on their way to disk.
      transform: (entry) => ctx.hashes.hashing(String(entry.absolute)) as unknown as ReadEntry,
      strict: true, // warnings (bad checksum, truncation) are errors, never a partial success
      preserveOwner: false, // we may be root: never chown to uids from the archive
      zstd: false, // the stream is already decompressed: no sniffing
      brotli: false,
    });
  }

  async run(): Promise<void> {
    const { signal } = this.ctx;
    const finished = Promise.all([this.tarClosed(), this.decoderExited()]);
    const onAbort = () => this.fail(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    this.feed(this.source.stream);
    try {
      await finished;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    if (this.error !== undefined) throw this.error;
  }

  /** Checks each header before node-tar acts on it; after a failure, skips everything. */
  private admit(p: string, entry: ReadEntry): boolean {
    if (this.error !== undefined) return false;
    try {
      return admitTarMember(p, entry, this.ctx);
    } catch (err) {
      this.fail(err);
      return false;
    }
  }

  /** The decompressed bytes into node-tar, with backpressure. */
  private feed(stream: Readable): void {
    stream.on('error', (e) => this.fail(e));
    stream.on('data', (chunk: Buffer) => {
      if (this.tarEnded) return;
      if (!this.unpack.write(chunk)) {
        stream.pause();
        this.unpack.once('drain', () => stream.resume());
      }
    });
    stream.on('end', () => {
      this.inputEnded = true;
      this.endTar();
    });
  }

  /** Resolves once node-tar finished every write it started, or gave up by itself. */
  private tarClosed(): Promise<void> {
    return new Promise((resolve) => {
      this.unpack.on('error', (err: Error) => this.fail(err));
      this.unpack.on('close', resolve);
      this.unpack.on('abort', resolve); // it will not emit 'close'; its 'error' follows
    });
  }

  /** Resolves once the decompressor process (if any) exited or never started. */
  private decoderExited(): Promise<void> {
    const { child, decoder: tool } = this.source;
    if (!child) return Promise.resolve();
    const what = `${this.file} (${this.format})`;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 4096) stderr += d.toString();
    });
    return new Promise((resolve) => {
      child.on('error', (err) => {
        if (child.pid === undefined) resolve(); // never started: no 'close' to wait for
        this.fail(
          isErrnoException(err) && err.code === 'ENOENT'
            ? new ToolchainCacheError(
                'UNSUPPORTED_ARCHIVE',
                `Extracting ${what} needs the \`${tool}\` command, which vanished while it was ` +
                  'starting; try again, or remove it from PATH to use the built-in decoder.',
              )
            : err,
        );
      });
      child.on('close', (code, sig) => {
        if (code !== 0 && !this.killedDecoder) {
          // The decompressor's own complaint beats node-tar's "truncated input" that follows it.
          const why = stderr.trim() || (sig ? `killed by ${sig}` : `exit code ${code}`);
          const childError = new ToolchainCacheError(
            'EXTRACT_FAILED',
            `Could not extract ${what}: ${tool} failed: ${why}`,
          );
          if (!(this.error instanceof ToolchainCacheError)) this.error = childError;
          this.fail(childError);
        }
        resolve();
      });
    });
  }

  /**
   * On failure stop reading, but let node-tar finish the writes it has in flight (end() makes it
   * close), so that when run() rejects nothing writes into the staging directory any more.
   */
  private fail(err: unknown): void {
    this.error ??= err;
    this.source.stream.destroy();
    this.stopDecoder();
    this.endTar();
  }

  private stopDecoder(): void {
    const { child } = this.source;
    if (child?.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const kill = () => {
      this.killedDecoder = child.exitCode === null && child.signalCode === null;
      if (this.killedDecoder) child.kill();
    };
    // Once its output ended the decompressor is exiting by itself: keep its exit status.
    if (this.inputEnded) setTimeout(kill, 10_000).unref();
    else kill();
  }

  private endTar(): void {
    if (this.tarEnded) return;
    this.tarEnded = true;
    this.unpack.end();
  }
}
