// The steps' code cache, turned on before the step is loaded: after the first job of a runner user,
// the step's code is loaded from V8's code cache instead of being compiled again, which is most of
// what a warm hit costs (docs/design.md, "Start-up cost"). It lives in a directory of the user
// running the step (code-cache-home.ts), never in the shared cache root: a code cache is code the
// step runs. On every Node: a code cache of our own for the bundle's chunks (chunk-code-cache.ts),
// written at exit so it holds the functions the step ran (Node's own compile cache, 22.8+, holds
// only what was compiled when a module loaded: a hit's functions were compiled again each run).
// Purely an optimisation: with no private directory nothing happens and the step runs the same;
// nothing here throws. Imports only node builtins: it runs before the step is loaded.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installChunkCodeCache, type BundleRuntime } from './chunk-code-cache.js';
import { codeCacheHome, privateDir } from './code-cache-home.js';

/** Turns the code cache on where it can be private; never throws. Returns the directory used. */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    const home = codeCacheHome(env);
    return home ? enableChunkCodeCache(home) : undefined;
  } catch {
    return undefined;
  }
}

// The bundle's runtime, in the bundle only (`typeof` is resolved when bundling; tsx runs have none).
declare const __webpack_require__: BundleRuntime | undefined;

/** Our own code cache for the bundle's chunks, written when the process exits. */
function enableChunkCodeCache(home: string): string | undefined {
  if (typeof __webpack_require__ === 'undefined') return undefined;
  const cacheDir = path.join(home, `chunks-${process.version}-${process.arch}`);
  if (!privateDir(cacheDir)) return undefined;
  const bundleDir = path.dirname(fileURLToPath(import.meta.url));
  const flush = installChunkCodeCache(__webpack_require__, bundleDir, cacheDir);
  process.once('exit', flush);
  return cacheDir;
}
