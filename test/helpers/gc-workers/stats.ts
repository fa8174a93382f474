// Records one job's statistics, or one GC run, from its own process (for the concurrency test).
// Usage: node --import tsx stats.ts <root> <namespace> '<JobResult[] as JSON>' <times> [gc]
// With `gc`: records <times> GC runs of host "<namespace>", each removing the results' count of
// toolchains and freeing 10 bytes each, instead.
import { openCacheRoot } from '../../../src/core/layout.js';
import { recordGcRun, recordJobStats, type JobResult } from '../../../src/core/stats.js';

const [root, namespace, resultsJson, times, kind] = process.argv.slice(2);
const layout = await openCacheRoot(root, { create: false });
const results = JSON.parse(resultsJson) as JobResult[];
for (let i = 0; i < Number(times); i++) {
  if (kind === 'gc') {
    const run = { removed: results, freedBytes: 10 * results.length };
    await recordGcRun(layout, namespace, run, { lockTimeoutMs: 60_000 });
  } else {
    await recordJobStats(layout, namespace, results, { lockTimeoutMs: 60_000 });
  }
}
process.stdout.write('done\n');
