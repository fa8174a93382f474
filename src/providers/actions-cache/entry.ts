// Reads a cache entry (the tar that @actions/cache's saveCache made, gzip or zstd) without
// extracting it: the tar stream goes through a parser, and the one member we saved
// (`.toolchain-cache/<id>.archive`, exactly, a regular file) is copied into a staging file. Every
// other member — absolute paths, `../`, links, devices — is read past and dropped: nothing of the
// entry is written anywhere else, before or after the chain checks the archive's sha256
// (docs/design.md, "Remote tiers").
import type { ChildProcess } from 'node:child_process';
import type { FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { Parser, type ReadEntry } from 'tar';
import { ToolchainCacheError } from '../../core/errors.js';
import { writeAll } from '../../core/install/download.js';
import {
  openTarStream,
  type TarByteSource,
  type TarFormat,
} from '../../core/install/decompress.js';
import { PinnedArchive, createExclusive } from '../../core/install/staged-file.js';
import type { TierCall } from '../types.js';
import type { WrittenBlob } from './http.js';

export interface MemberPull {
  /** The downloaded entry, in staging. */
  blob: string;
  /** What the download wrote: the file read must be that one. */
  written: WrittenBlob;
  /** The member's exact name in the tar. */
  member: string;
  /** Where its bytes go (created anew, exclusively). */
  dest: string;
  call: TierCall;
  /** The most the tar stream may unpack to. */
  maxBytes: number;
  /** Names the entry in messages. */
  what: string;
}

const REGULAR = new Set(['File', 'OldFile', 'ContiguousFile']);
const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];

const entryError = (message: string): ToolchainCacheError =>
  new ToolchainCacheError('UNSAFE_ARCHIVE', message);

/** Copies the member out of the entry into `dest`; throws when the entry does not hold it. */
export async function pullMember(p: MemberPull): Promise<void> {
  const archive = await PinnedArchive.open(p.blob);
  try {
    const st = await archive.handle.stat();
    if (st.dev !== p.written.dev || st.ino !== p.written.ino)
      throw new ToolchainCacheError(
        'UNSAFE_PATH',
        `${p.blob} was replaced in the staging directory after it was downloaded. Check who can write the cache root.`,
      );
    const format = await formatOf(archive, p.what);
    const source = await openTarStream(p.blob, format, { pinned: archive.handle });
    await new MemberReader(p, source).run();
  } finally {
    await archive.close();
  }
}

/** gzip or zstd, by its magic bytes (whatever the entry's version says). */
async function formatOf(archive: PinnedArchive, what: string): Promise<TarFormat> {
  const { buffer, bytesRead } = await archive.handle.read(Buffer.alloc(4), 0, 4, 0);
  const starts = (magic: number[]) =>
    bytesRead >= magic.length && magic.every((b, i) => buffer[i] === b);
  if (starts(GZIP)) return 'tar.gz';
  if (starts(ZSTD)) return 'tar.zst';
  throw entryError(`${what} is neither a gzip nor a zstd tar: refused`);
}

/**
 * One pass over the entry's tar stream. Ends when the member is on disk (the rest is not read),
 * when the stream ends without it, or on the first failure or abort; in every case only after
 * the decompressor process (if any) is gone, so nothing of it outlives the call.
 */
class MemberReader {
  private error: unknown;
  private found = false;
  private done = false;
  private started = false;
  private unpacked = 0;
  private out?: FileHandle;
  private killed = false;
  private finish: () => void = () => undefined;
  private readonly parser = new Parser({
    strict: true, // truncation and bad checksums are errors
    zstd: false, // the stream is decompressed already
    brotli: false,
    maxMetaEntrySize: 64 * 1024,
  });

  constructor(
    private readonly p: MemberPull,
    private readonly source: TarByteSource,
  ) {}

  async run(): Promise<void> {
    const { signal } = this.p.call;
    const finished = new Promise<void>((resolve) => (this.finish = resolve));
    const exited = this.decoderExited();
    const onAbort = () => this.fail(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      if (signal.aborted) onAbort();
      this.parser.on('entry', (entry: ReadEntry) => this.onEntry(entry));
      this.parser.on('error', (e: Error) => this.fail(e));
      // The member's copy, once started, ends the pass itself.
      this.parser.on('end', () => this.found || this.stop(false));
      this.feed();
      await finished;
      await exited;
    } finally {
      signal.removeEventListener('abort', onAbort);
      await this.out?.close();
    }
    if (this.error !== undefined) throw this.error;
    if (!this.found)
      throw entryError(
        `${this.p.what} holds no regular file ${this.p.member}: refused (toolchain-cache did not save it)`,
      );
  }

  /** The decompressed bytes into the parser, with backpressure, bounded. */
  private feed(): void {
    const { stream } = this.source;
    stream.on('error', (e) => this.fail(e));
    stream.on('data', (chunk: Buffer) => {
      if (this.done) return;
      // The parser would gunzip a stream that starts like gzip: a tar never does.
      if (!this.started && chunk[0] === GZIP[0] && chunk[1] === GZIP[1])
        return this.fail(entryError(`${this.p.what} holds no tar stream: refused`));
      this.started = true;
      this.unpacked += chunk.length;
      if (this.unpacked > this.p.maxBytes)
        return this.fail(
          entryError(`${this.p.what} unpacks to more than ${this.p.maxBytes} bytes: refused`),
        );
      this.p.call.progress();
      if (!this.parser.write(chunk)) {
        stream.pause();
        this.parser.once('drain', () => stream.resume());
      }
    });
    stream.on('end', () => {
      if (!this.done) this.parser.end();
    });
  }

  private onEntry(entry: ReadEntry): void {
    const { member, what, maxBytes } = this.p;
    if (this.done || this.found || entry.path !== member) return void entry.resume();
    let refused: string | undefined;
    if (!REGULAR.has(entry.type)) refused = `is a ${entry.type}, not a regular file`;
    else if (entry.size > maxBytes) refused = `is larger than ${maxBytes} bytes`;
    if (refused) {
      entry.resume();
      return this.fail(entryError(`${what}: ${member} ${refused}: refused`));
    }
    this.found = true;
    this.copy(entry).then(
      () => this.stop(),
      (e: unknown) => this.fail(e),
    );
  }

  /** The member's bytes into `dest`, with backpressure, progress reported as they land. */
  private async copy(entry: ReadEntry): Promise<void> {
    const out = await createExclusive(this.p.dest);
    if (this.done) {
      await out.close(); // the pass ended meanwhile (a failure, an abort): run() has settled
      return;
    }
    this.out = out;
    await new Promise<void>((resolve, reject) => {
      const sink = new Writable({
        write: (chunk: Buffer, _encoding, done) => {
          writeAll(out, chunk).then(() => {
            this.p.call.progress();
            done();
          }, done);
        },
      });
      sink.on('finish', resolve).on('error', reject);
      entry.on('error', reject);
      entry.pipe(sink);
    });
  }

  private fail(e: unknown): void {
    if (this.done) return;
    this.error = e;
    this.stop();
  }

  /** Stops reading (the rest of the entry is not needed) and lets run() settle. */
  private stop(kill = true): void {
    if (this.done) return;
    this.done = true;
    this.source.stream.destroy();
    const { child } = this.source;
    if (kill && child && child.exitCode === null && child.signalCode === null) {
      this.killed = true;
      child.kill();
    }
    this.finish();
  }

  /** Resolves once the decompressor process (if any) is gone; its failure is the entry's. */
  private decoderExited(): Promise<void> {
    const child: ChildProcess | undefined = this.source.child;
    if (!child) return Promise.resolve();
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 4096) stderr += d.toString();
    });
    return new Promise((resolve) => {
      child.on('error', (e) => {
        this.fail(e);
        if (child.pid === undefined) resolve(); // never started: no 'close' follows
      });
      child.on('close', (code) => {
        // After a natural end, a decoder that failed makes the entry bad whatever was read.
        if (code !== 0 && !this.killed) {
          this.error ??= new Error(
            `${this.p.what}: ${this.source.decoder} failed: ${stderr.trim() || `exit code ${code}`}`,
          );
        }
        resolve();
      });
    });
  }
}
