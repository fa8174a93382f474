// The steps' code cache (docs/design.md, "Start-up cost"). It lives in each runner user's own
// cache directory (src/action/code-cache-home.ts); earlier releases kept it in the cache root,
// under COMPILE_CACHE_DIR, which GC now removes whole. Imports nothing: the loaders import it
// before any step code.

/** `<cache-root>/compile-cache`: where earlier releases kept the code cache (removed by GC). */
export const COMPILE_CACHE_DIR = 'compile-cache';

/** Code-cache files not rewritten for this long are pruned by the loaders (a step still using one writes it again). */
export const CODE_CACHE_MAX_AGE_MS = 30 * 24 * 3600_000;
