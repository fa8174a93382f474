// The main step's entry, kept tiny: it turns on the code cache, then loads the step itself (a
// separate chunk of the bundle, so it is compiled — or read from the cache — only after that).
// No top-level await: the build makes this entry a CommonJS script, which Node starts faster than
// a module (scripts/build.mjs, docs/design.md "Start-up cost"); runMain handles its own errors.
import { enableCompileCache } from './action/compile-cache.js';

enableCompileCache();
void import('./action/main-step.js').then(({ runMain }) => runMain());
