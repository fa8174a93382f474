// The post step's entry, kept tiny: it turns on the compile cache, then loads the step itself
// (a separate chunk of the bundle, so it is compiled — or read from the cache — only after that).
import { enableCompileCache } from './action/compile-cache.js';

enableCompileCache();
const { runPost } = await import('./action/post-step.js');
await runPost();
