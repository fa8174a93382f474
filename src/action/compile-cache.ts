// Node's compile cache (module.enableCompileCache, Node ≥ 22.1) kept in the cache root, so every
// job on the host shares one copy: after the first job, the step's code is loaded from V8's code
// cache instead of being compiled again, which is most of what a warm hit costs. On an older Node,
// the bundle's chunks go through a code cache of our own in the same directory
// (chunk-code-cache.ts). Purely an optimisation: without a cache root yet, or with a directory Node
// cannot use, nothing happens and the step runs the same. Imports only node builtins: it runs
// before the step is loaded.
import module from 'node:module';
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILE_CACHE_DIR } from '../core/compile-cache-dir.js';
import { installChunkCodeCache, type BundleRuntime } from './chunk-code-cache.js';

type EnableCompileCache = (dir?: string) => { status?: number; message?: string } | undefined;

/**
 * The cache root as the steps resolve it (cache-root input, TOOLCHAIN_CACHE_ROOT,
 * $RUNNER_TOOL_CACHE/toolchain-cache), if it already exists as a real directory. The loader never
 * creates the root: the step does, with its checks.
 */
export function existingCacheRoot(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen =
    env['INPUT_CACHE-ROOT']?.trim() ||
    env.TOOLCHAIN_CACHE_ROOT?.trim() ||
    (env.RUNNER_TOOL_CACHE ? path.join(env.RUNNER_TOOL_CACHE, 'toolchain-cache') : '');
  if (!chosen) return undefined;
  try {
    return lstatSync(chosen).isDirectory() ? path.resolve(chosen) : undefined;
  } catch {
    return undefined;
  }
}

/** Turns the compile cache on where Node has it; never throws. Returns the directory used, if any. */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const enable = (module as unknown as { enableCompileCache?: EnableCompileCache })
    .enableCompileCache;
  const root = existingCacheRoot(env);
  if (!root) return undefined;
  const dir = path.join(root, COMPILE_CACHE_DIR);
  if (typeof enable !== 'function') return enableChunkCodeCache(dir);
  try {
    // A directory Node cannot create or write is reported in the result, not thrown: ignored.
    enable(dir);
    return dir;
  } catch {
    return undefined;
  }
}

// The bundle's runtime, in the bundle only (`typeof` is resolved when bundling; tsx runs have none).
declare const __webpack_require__: BundleRuntime | undefined;

/** Node < 22.1: our own code cache for the bundle's chunks, written when the process exits. */
function enableChunkCodeCache(dir: string): string | undefined {
  if (typeof __webpack_require__ === 'undefined') return undefined;
  const cacheDir = path.join(dir, `chunks-${process.version}-${process.arch}`);
  const bundleDir = path.dirname(fileURLToPath(import.meta.url));
  const flush = installChunkCodeCache(__webpack_require__, bundleDir, cacheDir);
  process.once('exit', flush);
  return cacheDir;
}
