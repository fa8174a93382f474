// The steps' code cache, turned on before the step is loaded: after the first job of a runner user,
// the step's code is loaded from V8's code cache instead of being compiled again, which is most of
// what a warm hit costs (docs/design.md, "Start-up cost"). It lives in a directory of the user
// running the step (code-cache-home.ts), never in the shared cache root: a code cache is code the
// step runs. Node ≥ 22.8: Node's own compile cache there (module.enableCompileCache); older Node:
// a code cache of our own for the bundle's chunks (chunk-code-cache.ts). Purely an optimisation:
// with no private directory, or one Node cannot use, nothing happens and the step runs the same;
// nothing here throws. Imports only node builtins: it runs before the step is loaded.
import module from 'node:module';
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_CACHE_MAX_AGE_MS } from '../core/compile-cache-dir.js';
import {
  installChunkCodeCache,
  MAX_CODE_CACHE_BYTES,
  type BundleRuntime,
} from './chunk-code-cache.js';
import { codeCacheHome, isPrivateDir, PRIVATE_DIR_MODE, privateDir } from './code-cache-home.js';

interface NodeCompileCache {
  enableCompileCache?: (dir?: string) => { status?: number } | undefined;
  getCompileCacheDir?: () => string | undefined;
  constants?: { compileCacheStatus?: { ENABLED?: number } };
}

/** Turns the code cache on where it can be private; never throws. Returns the directory used. */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    const home = codeCacheHome(env);
    if (!home) return undefined;
    const node = module as unknown as NodeCompileCache;
    // Node's own needs its directory's name (22.8) to be tidied before it reads from it.
    if (
      typeof node.enableCompileCache === 'function' &&
      typeof node.getCompileCacheDir === 'function'
    )
      return enableNodeCompileCache(node, home);
    return enableChunkCodeCache(home);
  } catch {
    return undefined;
  }
}

/**
 * Node's compile cache in `home`. Node reads a cache file whatever it is (a FIFO there would hang
 * the step) and makes its directory with the umask's mode: before any module is compiled through
 * it, its directory is made 0700 and what is not a regular file of a sane size goes, with files
 * not rewritten for CODE_CACHE_MAX_AGE_MS (Node never prunes; a step still using one writes it
 * again). Node checksums the files itself. Only the step's own user can write there: these checks
 * keep its own mistakes from blocking a step, not an attacker out.
 */
function enableNodeCompileCache(node: NodeCompileCache, home: string): string | undefined {
  const enabled = node.constants?.compileCacheStatus?.ENABLED ?? 1;
  // Already enabled elsewhere (NODE_COMPILE_CACHE), disabled, or failed: left as it is.
  if (node.enableCompileCache?.(home)?.status !== enabled) return undefined;
  const dir = node.getCompileCacheDir?.();
  if (!dir) return undefined;
  let tidy = false;
  try {
    tidy = tidyNodeCacheDir(dir, Date.now());
  } catch {
    /* not tidy */
  }
  if (tidy) return dir;
  // Not a directory of this user (a link, say): nothing in it may be read. Node then finds no
  // files there, and its writes at exit fail quietly.
  rmSync(dir, { recursive: true, force: true });
  return undefined;
}

/** See enableNodeCompileCache; false when `dir` is not a directory of this user. */
function tidyNodeCacheDir(dir: string, now: number): boolean {
  const euid = process.geteuid?.();
  if (euid !== undefined) {
    const fd = openSync(
      dir,
      constants.O_RDONLY | (constants.O_DIRECTORY ?? 0) | (constants.O_NOFOLLOW ?? 0),
    );
    try {
      const st = fstatSync(fd);
      if (!st.isDirectory() || st.uid !== euid) return false;
      if (!isPrivateDir(st, euid)) fchmodSync(fd, PRIVATE_DIR_MODE);
    } finally {
      closeSync(fd);
    }
  }
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    const st = lstatSync(file);
    if (!st.isFile() || st.size > MAX_CODE_CACHE_BYTES || now - st.mtimeMs > CODE_CACHE_MAX_AGE_MS)
      rmSync(file, { recursive: true, force: true });
  }
  return true;
}

// The bundle's runtime, in the bundle only (`typeof` is resolved when bundling; tsx runs have none).
declare const __webpack_require__: BundleRuntime | undefined;

/** Node < 22.8: our own code cache for the bundle's chunks, written when the process exits. */
function enableChunkCodeCache(home: string): string | undefined {
  if (typeof __webpack_require__ === 'undefined') return undefined;
  const cacheDir = path.join(home, `chunks-${process.version}-${process.arch}`);
  if (!privateDir(cacheDir)) return undefined;
  const bundleDir = path.dirname(fileURLToPath(import.meta.url));
  const flush = installChunkCodeCache(__webpack_require__, bundleDir, cacheDir);
  process.once('exit', flush);
  return cacheDir;
}
