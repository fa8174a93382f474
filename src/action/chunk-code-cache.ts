// A V8 code cache for the bundle's chunks where Node has no compile cache of its own (Node < 22.1;
// see compile-cache.ts and docs/design.md, "Start-up cost"). The bundle's runtime loads a chunk with
// `import()`, which Node 20 always compiles from scratch — ~20 ms of a warm hit. Instead, this
// loader reads the chunk, compiles it as a script with the bytes V8 cached the last time, and hands
// its modules to the bundle's runtime. Purely an optimisation: a chunk it does not recognise, a
// cache V8 rejects, a directory it cannot write — each falls back to the runtime's own loading.
// Imports only node builtins: it runs before the step is loaded.
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';

type ChunkId = string | number;

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

interface Compiled {
  script: vm.Script;
  cacheFile: string;
}

/** Loads the bundle's chunks through a code cache in `cacheDir`; returns a flush for the exit. */
export function installChunkCodeCache(
  runtime: BundleRuntime,
  bundleDir: string,
  cacheDir: string,
): () => void {
  const fallback = runtime.f.j;
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (typeof fallback !== 'function' || typeof crc32 !== 'function') return () => undefined;
  const loaded = new Set<ChunkId>();
  const toWrite: Compiled[] = [];
  runtime.f.j = (chunkId, promises) => {
    if (loaded.has(chunkId)) return;
    const compiled = loadChunk(runtime, path.join(bundleDir, runtime.u(chunkId)), cacheDir, crc32);
    if (compiled === undefined) return fallback(chunkId, promises);
    loaded.add(chunkId);
    if (compiled) toWrite.push(compiled);
  };
  return () => {
    for (const { script, cacheFile } of toWrite.splice(0)) writeCache(script, cacheFile);
  };
}

/**
 * Compiles and installs one chunk: undefined when it is not one this loader handles (nothing
 * installed), null when its cache was used, else what to write to the cache at exit.
 */
function loadChunk(
  runtime: BundleRuntime,
  file: string,
  cacheDir: string,
  crc32: (data: Uint8Array) => number,
): Compiled | null | undefined {
  try {
    const bytes = readFileSync(file);
    const source = bytes.toString('utf8');
    // A chunk that uses `import.meta` can only run as a module.
    if (source.includes('import.meta') || !CHUNK_HEAD.test(source)) return undefined;
    const cacheFile = path.join(
      cacheDir,
      `${path.basename(file)}-${bytes.length}-${crc32(bytes).toString(16)}.bin`,
    );
    const cachedData = readIfExists(cacheFile);
    // Same lines as the file (the wrapper opens on line 1): stack traces keep their line numbers.
    // Strict, as the module `import()` would have made of it (the bundler leaves the directive out).
    const wrapped = `(function (__chunk) {"use strict";${source.replace(
      CHUNK_HEAD,
      '__chunk.id = $1;\n__chunk.ids = $2;\n__chunk.modules = {',
    )}\n})`;
    const script = new vm.Script(wrapped, { filename: file, cachedData });
    const chunk: { modules?: Record<string, unknown> } = {};
    (script.runInThisContext() as (c: typeof chunk) => void)(chunk);
    for (const [id, factory] of Object.entries(chunk.modules ?? {})) runtime.m[id] = factory;
    return cachedData && !script.cachedDataRejected ? null : { script, cacheFile };
  } catch {
    return undefined;
  }
}

function readIfExists(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Written at exit, so the cache holds every function the step compiled, not only the top level.
 * A temp name and a rename: jobs starting meanwhile read a whole file or none.
 */
function writeCache(script: vm.Script, cacheFile: string): void {
  // Unique across hosts sharing the root (the same pid can run on two of them at once).
  const tmp = `${cacheFile}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    shareDirs(path.dirname(cacheFile));
    writeFileSync(tmp, script.createCachedData(), { mode: 0o664 });
    // Explicit modes, never the umask's: every runner user of the group reads and adds caches.
    if (process.platform !== 'win32') chmodSync(tmp, 0o664);
    renameSync(tmp, cacheFile);
  } catch {
    // Only an optimisation: never let it fail the step at its exit.
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* left for the next job to overwrite */
    }
  }
}

/** Creates `dir` (and missing parents) group-writable, as everything in the cache root. */
function shareDirs(dir: string): void {
  const created = mkdirSync(dir, { recursive: true });
  if (!created || process.platform === 'win32') return;
  for (let d = dir; d.length >= created.length; d = path.dirname(d)) chmodSync(d, 0o2775);
}
