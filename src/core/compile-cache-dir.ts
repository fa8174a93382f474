// The name of the steps' code cache under the cache root (docs/design.md, "Start-up cost"): the
// loaders write it, GC prunes it. Imports nothing: the loaders import it before any step code.

/** `<cache-root>/compile-cache`: Node's compile cache (one subdirectory per Node) and ours. */
export const COMPILE_CACHE_DIR = 'compile-cache';

/** Cache files not rewritten for this long are pruned by GC (the next step writes them again). */
export const CODE_CACHE_MAX_AGE_MS = 30 * 24 * 3600_000;
