// GC over and over (maxUnusedDays 0: every unused toolchain goes) until stdin closes or says
// "stop"; then prints one JSON line with how many GCs ran, were skipped, and what they removed.
// Usage: node --import tsx gc-loop.ts <root>
import { createInterface } from 'node:readline';
import { collectGarbage } from '../../../src/core/gc.js';
import { openCacheRoot } from '../../../src/core/layout.js';
import { Registry } from '../../../src/core/registry/store.js';

const [root] = process.argv.slice(2);
const layout = await openCacheRoot(root, { create: false });
const registry = new Registry(layout, { holder: `gc loop ${process.pid}` });
let stop = false;
const rl = createInterface({ input: process.stdin });
rl.on('line', (l) => {
  if (l.trim() === 'stop') stop = true;
});
rl.on('close', () => (stop = true));
const totals = { runs: 0, skipped: 0, removed: 0, errors: [] as string[] };
process.stdout.write('ready\n');
while (!stop) {
  const report = await collectGarbage(layout, registry, {
    maxUnusedDays: 0,
    force: true,
    holder: `gc loop ${process.pid}`,
  });
  totals.runs += 1;
  if (report.skipped) totals.skipped += 1;
  totals.removed += report.removed.length;
  totals.errors.push(...report.errors);
  await new Promise((r) => setTimeout(r, 10 + Math.random() * 50));
}
rl.close();
process.stdout.write(`${JSON.stringify(totals)}\n`);
