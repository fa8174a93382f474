// Records one job's statistics from its own process (for the concurrency test).
// Usage: node --import tsx stats.ts <root> <namespace> '<JobResult[] as JSON>' <times>
import { openCacheRoot } from '../../../src/core/layout.js';
import { recordJobStats, type JobResult } from '../../../src/core/stats.js';

const [root, namespace, resultsJson, times] = process.argv.slice(2);
const layout = await openCacheRoot(root, { create: false });
for (let i = 0; i < Number(times); i++) {
  await recordJobStats(layout, namespace, JSON.parse(resultsJson) as JobResult[], {
    lockTimeoutMs: 60_000,
  });
}
process.stdout.write('done\n');
