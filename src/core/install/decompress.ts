// The decompressed byte stream of a tar archive. gzip comes from zlib; xz and zstd come from the
// system's `xz` / `zstd` binary when there is one (several times faster), else from a JavaScript or
// WebAssembly decoder that is loaded only then (a dynamic import: the bundles keep it in a chunk of
// its own, so a job that never meets such an archive never loads it). zstd in zlib (Node >= 22.15)
// is preferred to both.
import { spawn, type ChildProcess } from 'node:child_process';
import { constants, createReadStream, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, pipeline as pipelineCb } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import zlib from 'node:zlib';
import { ToolchainCacheError, errorMessage } from '../errors.js';
import { readRange } from './staged-file.js';

export type TarFormat = 'tar.gz' | 'tar.xz' | 'tar.zst' | 'tar';

export interface TarByteSource {
  stream: Readable;
  /** The decompressor process, when a binary does the work. */
  child?: ChildProcess;
  /** What decompresses, for messages: `xz`, `zstd`, `xz (JavaScript)`, … */
  decoder?: string;
}

export interface DecompressOptions {
  /** Where binaries are looked up (PATH, PATHEXT); tests take `xz` and `zstd` away through it. */
  env?: NodeJS.ProcessEnv;
  /** Read the archive through this open descriptor rather than by its name (see extract.ts). */
  pinned?: FileHandle;
  /** The archive's bytes as they download, read once (stream-extract.ts); neither name nor descriptor is read. */
  input?: Readable;
}

/**
 * gunzip's output chunk: zlib's default (16 KiB) makes a 60 MB archive ~3 700 callbacks and as many
 * writes into node-tar; with 256 KiB, extracting the bench's 60 MB tar.gz alone took ~310 ms
 * instead of ~700 (medians of 9 interleaved runs on a loaded 2-core machine).
 */
const INFLATE_CHUNK = 256 * 1024;

const INSTALL_HINTS: Record<'xz' | 'zstd', string> = {
  xz: 'Linux: apt-get install xz-utils or dnf install xz; macOS: brew install xz; Windows: winget install xz or choco install xz',
  zstd: 'Linux: apt-get install zstd; macOS: brew install zstd; Windows: winget install zstd or choco install zstandard; or run Node >= 22.15',
};

export async function openTarStream(
  file: string,
  format: TarFormat,
  options: DecompressOptions = {},
): Promise<TarByteSource> {
  const { pinned, input } = options;
  // Positional reads from the start: the descriptor's offset never moves, and it stays open.
  const read = (): Readable => input ?? (pinned ? readRange(pinned) : createReadStream(file));
  const named = !pinned && !input; // only then may a decompressor open the file by its name
  // pipeline() (not pipe()) so destroying the decompressor also closes the file, and read errors surface.
  const from = (t: Transform) => pipelineCb(read(), t, () => {});
  const nativeZstd = (zlib as { createZstdDecompress?: () => Transform }).createZstdDecompress;
  if (format === 'tar') return { stream: read() };
  if (format === 'tar.gz') return { stream: from(zlib.createGunzip({ chunkSize: INFLATE_CHUNK })) };
  if (format === 'tar.zst' && nativeZstd) return { stream: from(nativeZstd()), decoder: 'zlib' };
  const tool = format === 'tar.xz' ? 'xz' : 'zstd';
  const binary = await findExecutable(tool, options.env);
  if (binary) {
    // A pinned or streamed archive is fed on stdin: the binary never opens it by name.
    const child = spawn(binary, named ? ['-dc', '--', file] : ['-dc'], {
      stdio: [named ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    if (!named) pipelineCb(read(), child.stdin!, () => {}); // the child's exit reports failures
    return { stream: child.stdout as Readable, child, decoder: tool };
  }
  try {
    const stream = tool === 'xz' ? await xzInJavaScript(read()) : from(await zstdInJavaScript());
    return { stream, decoder: `${tool} (JavaScript)` };
  } catch (e) {
    throw new ToolchainCacheError(
      'UNSUPPORTED_ARCHIVE',
      `Extracting ${file} (${format}) needs a decoder for ${tool}: there is no \`${tool}\` command on PATH and ` +
        `the built-in decoder could not be loaded (${errorMessage(e)}). Install ${tool} on the runner ` +
        `(${INSTALL_HINTS[tool]}), or check that the action's dist/ directory is complete.`,
      { cause: e },
    );
  }
}

/** The first executable file named `name` on PATH (with PATHEXT on Windows), like a shell finds it. */
export async function findExecutable(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): Promise<string | undefined> {
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  const exts =
    platform === 'win32' ? (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean) : [''];
  const mode = platform === 'win32' ? constants.F_OK : constants.X_OK;
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      try {
        await fs.access(candidate, mode);
        if ((await fs.stat(candidate)).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** xz-embedded compiled to WebAssembly (xz-decompress), behind a web stream read as a Node stream. */
async function xzInJavaScript(bytes: Readable): Promise<Readable> {
  const { XzReadableStream } = await import('xz-decompress');
  const input = Readable.toWeb(bytes) as unknown as ReadableStream<Uint8Array>;
  const reader = (
    new XzReadableStream(input) as unknown as WebReadableStream<Uint8Array>
  ).getReader();
  return new Readable({
    read() {
      reader.read().then(
        ({ done, value }) =>
          this.push(done ? null : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
        // The decoder reports truncated or corrupt input in its own terms (or as a TypeError).
        (e: unknown) => this.destroy(plainError('xz', e)),
      );
    },
    destroy(err, callback) {
      // Cancelling frees the decoder (one runs at a time per process); an errored one is already free.
      reader.cancel().then(
        () => callback(err),
        () => callback(err),
      );
    },
  });
}

/** fzstd (pure JavaScript) as a Transform. */
async function zstdInJavaScript(): Promise<Transform> {
  const { Decompress } = await import('fzstd');
  // fzstd hands each block over before it reuses its window: copy it into a Buffer of our own.
  const decoder = new Decompress((data) => {
    if (data.length > 0) transform.push(Buffer.from(data));
  });
  const feed = (chunk: Uint8Array, final: boolean, cb: (e?: Error) => void) => {
    try {
      decoder.push(chunk, final);
      cb();
    } catch (e) {
      cb(plainError('zstd', e));
    }
  };
  const transform = new Transform({
    transform: (chunk: Buffer, _enc, cb) => feed(chunk, false, cb),
    flush: (cb) => feed(new Uint8Array(0), true, cb),
  });
  return transform;
}

function plainError(tool: string, e: unknown): Error {
  return new Error(`the ${tool} data is truncated or corrupt (${errorMessage(e)})`, { cause: e });
}
