// The post step's entry, kept tiny: it turns on the code cache, then loads the step itself
// (a separate chunk of the bundle, so it is compiled — or read from the cache — only after that),
// under the safety net that keeps post from ever failing or hanging the job. No top-level await:
// the build makes this entry a CommonJS script (see main.ts).
import { enableCompileCache } from './action/compile-cache.js';
import { guardPost } from './action/post-guard.js';

enableCompileCache();
void guardPost(async () => {
  const { runPost } = await import('./action/post-step.js');
  await runPost();
});
