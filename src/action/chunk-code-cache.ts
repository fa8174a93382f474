// A V8 code cache for the bundle's chunks (compile-cache.ts and docs/design.md, "Start-up cost").
// The bundle's runtime loads a chunk with `import()`, which Node 20 always compiles from scratch —
// ~20 ms of a warm hit — and Node 24 compiles again each function not compiled at load. Instead, this
// loader reads the chunk, compiles it as a script with the bytes V8 cached the last time, and hands
// its modules to the bundle's runtime. Purely an optimisation: a chunk it does not recognise, a
// cache file that is damaged, not a regular file or too big, a directory it cannot write — each
// falls back to compiling (or to the runtime's own loading), and nothing here throws.
//
// V8 release builds do not checksum cached data, and bytes it misreads can abort the process: so
// every cache file carries the CRC-32 of its bytes and of the chunk it was compiled from, checked
// before V8 sees the bytes. (Against a flipped byte, not a forger: the directory is the user's own,
// code-cache-home.ts.) Imports only node builtins: it runs before the step is loaded.
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { isAscii } from 'node:buffer';
import path from 'node:path';
import type vmTypes from 'node:vm';
import { builtin } from '../core/platform/builtins.js';
import { CODE_CACHE_MAX_AGE_MS } from '../core/compile-cache-dir.js';

type ChunkId = string | number;
type Crc32 = (data: Uint8Array) => number;

/**
 * CRC-32 as node:zlib computes it, from the zlib binding that `zlib.crc32` itself calls: loading
 * node:zlib would load the twenty stream modules it is built on, which cost a hit more than the
 * cache saves of them (docs/design.md, "Start-up cost"). `process.binding` is deprecated only
 * with --pending-deprecation (then, and wherever the binding lacks it: node:zlib itself).
 */
function crc32Function(): Crc32 | undefined {
  const pending = /--pending-deprecation/.test(
    `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`,
  );
  try {
    const bind = (process as { binding?: (name: string) => unknown }).binding;
    const native = pending ? undefined : (bind?.('zlib') as { crc32?: unknown } | undefined);
    const crc32 = native?.crc32;
    if (typeof crc32 === 'function') return (data) => (crc32(data, 0) as number) >>> 0;
  } catch {
    // no such binding here: node:zlib below
  }
  const crc32 = builtin<{ crc32?: Crc32 }>('node:zlib').crc32;
  return typeof crc32 === 'function' ? crc32 : undefined;
}

/** The parts of the bundle's runtime (webpack's `__webpack_require__`) this loader uses. */
export interface BundleRuntime {
  /** Chunk loaders by name; `j` is the runtime's own `import()` loader. */
  f: Record<string, (chunkId: ChunkId, promises: Array<Promise<unknown>>) => void>;
  /** Module factories by id. */
  m: Record<string, unknown>;
  /** A chunk's file name. */
  u: (chunkId: ChunkId) => string;
}

/** What an ES-module chunk of the bundle starts with (its only exports). */
const CHUNK_HEAD =
  /^export const id = ([\w"']+);\nexport const ids = (\[[^\]\n]*\]);\nexport const modules = \{/;

/**
 * A cache file: this header, then V8's bytes. Magic "TCC2", CRC-32 of the chunk's source, CRC-32
 * of V8's bytes (xor that of the paths field), their length, the code paths its writer had taken
 * (CodePath; little-endian uint32 each).
 */
const MAGIC = 0x32434354;
export const HEADER_BYTES = 20;

/**
 * The step's code paths a run can take beyond a plain hit. A cache holds the functions that had
 * run when it was written; a path taken later compiles its functions again on every run, unless
 * the cache is written again once with them: the header records the paths its writer had taken.
 */
export const CodePath = { Named: 1, Miss: 2 } as const;
let pathsRun = 0;

/** Says this run took `path` (CodePath): a chunk cache written without it is written again at exit. */
export function noteCodePath(path: number): void {
  pathsRun |= path;
}
/** Far above any chunk's cache (a few hundred KiB): a bigger file is not read. */
export const MAX_CODE_CACHE_BYTES = 32 << 20;
/** A temp file this old is a killed writer's. */
const TEMP_MAX_AGE_MS = 3600_000;
const FILE_MODE = 0o600;
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = constants.O_NONBLOCK ?? 0;
/** node:vm, loaded with the chunk cache, not by a step without one. */
const vm = (): typeof vmTypes => builtin('node:vm');

interface Compiled {
  script: vmTypes.Script;
  cacheFile: string;
  sourceCrc: number;
  /** The paths of the cache it was compiled with; undefined when there was none (or it was refused). */
  cachedPaths?: number;
  /** A good cache was there, but a miss had written it: not used (rewriteWith). */
  missMade?: boolean;
}

/** Loads the bundle's chunks through a code cache in `cacheDir`; returns a flush for the exit. */
export function installChunkCodeCache(
  runtime: BundleRuntime,
  bundleDir: string,
  cacheDir: string,
): () => void {
  const fallback = runtime.f.j;
  const crc32 = crc32Function();
  if (typeof fallback !== 'function' || crc32 === undefined) return () => undefined;
  const loaded = new Set<ChunkId>();
  const toWrite: Compiled[] = [];
  runtime.f.j = (chunkId, promises) => {
    if (loaded.has(chunkId)) return;
    const compiled = loadChunk(runtime, path.join(bundleDir, runtime.u(chunkId)), cacheDir, crc32);
    if (compiled === undefined) return fallback(chunkId, promises);
    loaded.add(chunkId);
    toWrite.push(compiled);
  };
  return () => {
    for (const c of toWrite.splice(0)) {
      // A miss's cache, not used: a hit replaces it; another miss leaves it as it is.
      if (c.missMade && pathsRun & CodePath.Miss) continue;
      const paths = rewriteWith(c.cachedPaths, pathsRun);
      if (paths !== undefined) writeCache(c, crc32, paths);
    }
  };
}

/**
 * The paths to write a chunk's cache with at exit, or undefined to leave it. None (or one not
 * used): written with this run's paths. A good one, again only when this run, a hit, took a path
 * its writer had not, so that path's functions are cached too.
 */
export function rewriteWith(cached: number | undefined, run: number): number | undefined {
  if (cached === undefined) return run;
  // A miss compiled functions no hit runs: it leaves a hit's cache as it is (a hit adds its paths).
  if (run & CodePath.Miss) return undefined;
  const fresh = run & ~cached;
  return fresh !== 0 ? cached | fresh : undefined;
}

/**
 * Compiles and installs one chunk: undefined when it is not one this loader handles (nothing
 * installed), else the compiled chunk (with the paths of the cache it used, if it used one).
 */
function loadChunk(
  runtime: BundleRuntime,
  file: string,
  cacheDir: string,
  crc32: Crc32,
): Compiled | undefined {
  try {
    // The bundle's own file (the action's directory, as trusted as this code): read as Node would.
    const bytes = readFileSync(file);
    // The build makes chunks ASCII (scripts/ascii.mjs): read as one byte a character, no decoding.
    const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
    // A chunk that uses `import.meta` can only run as a module.
    if (source.includes('import.meta') || !CHUNK_HEAD.test(source)) return undefined;
    const sourceCrc = crc32(bytes);
    // The bundle's name first: main's and post's chunks of one name differ (pruneCacheDir).
    const bundle = path.basename(path.dirname(file));
    const cacheFile = path.join(
      cacheDir,
      `${bundle}-${path.basename(file)}-${bytes.length}-${sourceCrc.toString(16)}.bin`,
    );
    const cacheBytes = readRegularFile(cacheFile, MAX_CODE_CACHE_BYTES);
    // A miss wrote it: it holds functions of this chunk that only a miss runs, which every hit
    // would deserialize. Compiled from the source instead; a hit writes the cache then.
    const unsealed = unseal(cacheBytes, sourceCrc, crc32);
    const missMade = unsealed !== undefined && (sealedPaths(cacheBytes!) & CodePath.Miss) !== 0;
    const cachedData = missMade ? undefined : unsealed;
    // Same lines as the file (the wrapper opens on line 1): stack traces keep their line numbers.
    // Strict, as the module `import()` would have made of it (the bundler leaves the directive out).
    // Pieces joined, not a replace: one copy of the chunk's text (V8 flattens it once), where a
    // replace and a template made two more — a warm step's young heap is small (docs/design.md).
    const head = CHUNK_HEAD.exec(source)!;
    const wrapped =
      `(function (__chunk) {"use strict";__chunk.id = ${head[1]};\n__chunk.ids = ${head[2]};\n__chunk.modules = {` +
      source.slice(head[0].length) +
      '\n})';
    const script = new (vm().Script)(wrapped, { filename: file, cachedData });
    const chunk: { modules?: Record<string, unknown> } = {};
    (script.runInThisContext() as (c: typeof chunk) => void)(chunk);
    for (const [id, factory] of Object.entries(chunk.modules ?? {})) runtime.m[id] = factory;
    const used = cachedData && cacheBytes && !script.cachedDataRejected;
    return {
      script,
      cacheFile,
      sourceCrc,
      ...(used && { cachedPaths: sealedPaths(cacheBytes) }),
      ...(missMade && { missMade }),
    };
  } catch {
    return undefined;
  }
}

/**
 * The bytes of `file` if it is a regular file of at most `cap` bytes: opened without following a
 * link and without blocking (a FIFO is not waited for), checked on the descriptor, read up to the
 * size it had then. Anything else — missing, a link, a FIFO, a directory, too big — is undefined.
 */
export function readRegularFile(file: string, cap: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > cap) return undefined;
    const buf = Buffer.allocUnsafe(st.size);
    let got = 0;
    for (let n = -1; got < st.size && n !== 0; got += n)
      n = readSync(fd, buf, got, st.size - got, got);
    return got === st.size ? buf : undefined; // shrunk meanwhile: not a whole file
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** V8's bytes in a cache file, when its header matches them and the chunk's source. */
export function unseal(
  file: Buffer | undefined,
  sourceCrc: number,
  crc32: Crc32,
): Buffer | undefined {
  if (!file || file.length < HEADER_BYTES || file.readUInt32LE(0) !== MAGIC) return undefined;
  const data = file.subarray(HEADER_BYTES);
  const ok =
    file.readUInt32LE(4) === sourceCrc &&
    file.readUInt32LE(12) === data.length &&
    file.readUInt32LE(8) === dataCheck(data, file.subarray(16, HEADER_BYTES), crc32);
  return ok ? data : undefined;
}

/** The code paths recorded in a cache file unseal accepted. */
export const sealedPaths = (file: Buffer): number => file.readUInt32LE(16);

/** The CRC-32 of V8's bytes xor that of the paths field: a flipped bit in either is refused. */
const dataCheck = (data: Uint8Array, paths: Uint8Array, crc32: Crc32): number =>
  (crc32(data) ^ crc32(paths)) >>> 0;

/** A cache file's content: the header for `data` compiled from a source of CRC `sourceCrc`. */
export function seal(data: Buffer, sourceCrc: number, crc32: Crc32, paths = 0): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(sourceCrc >>> 0, 4);
  header.writeUInt32LE(data.length, 12);
  header.writeUInt32LE(paths >>> 0, 16);
  header.writeUInt32LE(dataCheck(data, header.subarray(16, HEADER_BYTES), crc32), 8);
  return Buffer.concat([header, data]);
}

/**
 * Written at exit, so the cache holds every function the step compiled, not only the top level.
 * A new temp file (0600, exclusive, never through a link) and a rename over whatever was there —
 * a damaged file, a FIFO, a link, a directory: a process starting meanwhile reads a whole file or
 * none. Then the chunk's caches of other versions go (pruneCacheDir).
 */
function writeCache({ script, cacheFile, sourceCrc }: Compiled, crc32: Crc32, paths: number): void {
  const tmp = `${cacheFile}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    const content = seal(script.createCachedData(), sourceCrc, crc32, paths);
    const fd = openSync(
      tmp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW,
      FILE_MODE,
    );
    try {
      // Explicitly, not through the umask (which could also leave it unreadable to its user).
      if (process.platform !== 'win32') fchmodSync(fd, FILE_MODE);
      for (let at = 0; at < content.length;) at += writeSync(fd, content, at);
    } finally {
      closeSync(fd);
    }
    replace(tmp, cacheFile);
    pruneCacheDir(path.dirname(cacheFile), path.basename(cacheFile), Date.now());
  } catch {
    // Only an optimisation: never let it fail the step at its exit.
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* a temp file the next write of this chunk prunes */
    }
  }
}

/** Renames `tmp` to `file`; what is in the way (a directory, say) is removed first. */
function replace(tmp: string, file: string): void {
  try {
    renameSync(tmp, file);
  } catch {
    rmSync(file, { recursive: true, force: true });
    renameSync(tmp, file);
  }
}

/**
 * Keeps the directory from growing (GC does not see it): the caches of the same bundle and chunk
 * name but of another size or CRC (other versions of the action), files not rewritten for
 * CODE_CACHE_MAX_AGE_MS (a step still using one writes it again) and killed writers' temp files.
 * One readdir and one lstat per entry, at exit; a few dozen entries.
 */
export function pruneCacheDir(dir: string, kept: string, now: number): void {
  const chunkName = kept.replace(/-\d+-[0-9a-f]+\.bin$/, '-');
  for (const name of readdirSync(dir)) {
    if (name === kept) continue;
    try {
      const age = now - lstatSync(path.join(dir, name)).mtimeMs;
      const temp = name.includes('.tmp-');
      const stale = age > (temp ? TEMP_MAX_AGE_MS : CODE_CACHE_MAX_AGE_MS);
      const otherVersion = !temp && name.startsWith(chunkName);
      if (stale || otherVersion) rmSync(path.join(dir, name), { recursive: true, force: true });
    } catch {
      /* gone meanwhile, or left for the next write */
    }
  }
}
