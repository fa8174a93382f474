// Extraction overlapped with the download (docs/design.md, "Staging"): the download feeds each
// body chunk to `sink` as it hashes and writes it, and the extractor reads those very bytes, so a
// big archive is extracted while it arrives instead of being read back from the disk afterwards.
// Nothing of it counts before the download's sha256 matched: the caller publishes only then, and
// throws the tree away otherwise. The extractor is the same, with the same member policy and
// limits; it only meets unverified bytes earlier (bytes a workflow can always make match anyway).
import { PassThrough, Writable } from 'node:stream';
import { extractAndList, formatOf, type ExtractOptions, type ListedExtraction } from './extract.js';

/** Enough for every magic number formatOf knows (tar's is at 257). */
const HEAD_BYTES = 512;

export class StreamedExtraction {
  /** What the download writes into; it never fails a write (see DownloadOptions.tee). */
  readonly sink: Writable;
  /**
   * The extraction's outcome once the sink has ended or was destroyed: the listing, or undefined
   * when the archive is not one that can be extracted as a stream (a zip, or bytes no format
   * starts with: the extraction from the file then says what it is).
   */
  readonly done: Promise<ListedExtraction | undefined>;
  private readonly ac = new AbortController();
  /** Settles `done` when no byte ever came (a download that failed before its first). */
  private readonly startIfPending: () => void;

  constructor(file: string, destDir: string, opts: ExtractOptions) {
    const signal = opts.signal ? AbortSignal.any([opts.signal, this.ac.signal]) : this.ac.signal;
    let input: PassThrough | undefined;
    let head: Buffer[] | undefined = [];
    let headBytes = 0;
    let started: ((format: ReturnType<typeof formatOf>) => void) | undefined;
    const format = new Promise<ReturnType<typeof formatOf>>((resolve) => (started = resolve));
    const begin = () => {
      const chunks = head ?? [];
      head = undefined;
      const found = formatOf(Buffer.concat(chunks).subarray(0, HEAD_BYTES));
      // gzip and plain tar only: the xz and zstd decoders written in JS hold one lock per process,
      // so a second download fed to one would be held back until the first extraction ends (and
      // look stalled). Those are extracted from the verified file instead.
      if (found === 'tar.gz' || found === 'tar') {
        input = new PassThrough({ highWaterMark: 1 << 20 });
        for (const c of chunks) input.write(c);
      }
      started?.(found);
    };
    this.startIfPending = () => {
      if (head) begin();
    };
    this.sink = new Writable({
      highWaterMark: 1 << 20,
      autoDestroy: false, // destroyed means the download failed: never after a complete body
      write: (chunk: Buffer, _enc, cb) => {
        if (head) {
          head.push(chunk);
          headBytes += chunk.length;
          if (headBytes >= HEAD_BYTES) begin();
          return cb();
        }
        if (!input || input.destroyed || input.write(chunk)) return cb();
        const go = () => {
          input?.off('drain', go).off('close', go);
          cb();
        };
        input.on('drain', go).on('close', go);
      },
      final: (cb) => {
        if (head) begin();
        input?.end();
        cb();
      },
      destroy: (err, cb) => {
        this.abort();
        if (head) begin();
        cb(err);
      },
    });
    this.sink.on('error', () => undefined); // the download reports its own failures
    this.done = format.then((found) => {
      if (!input || !found) return undefined;
      // The extractor's failure ends its reading: the rest of the download goes nowhere.
      const stream = input;
      return extractAndList(file, destDir, {
        ...opts,
        format: found,
        input: stream,
        signal,
      }).finally(() => stream.resume());
    });
    this.done.catch(() => undefined); // awaited once the download ends, not before
  }

  /** Stops the extraction (the download failed, or its bytes did not match); `done` then rejects. */
  abort(): void {
    this.ac.abort(new Error('the download did not complete'));
    this.startIfPending();
  }
}
