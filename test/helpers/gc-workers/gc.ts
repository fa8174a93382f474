// Runs one GC in its own process and prints the report as JSON on the last line.
// Usage: node --import tsx gc.ts <root> '<GcOptions as JSON>' [--pause-after-trash]
// With --pause-after-trash it prints "trashed <paths>" once the removal is committed and then
// waits (for the test to kill it before it deletes the trash).
import { collectGarbage } from '../../../src/core/gc.js';
import { openCacheRoot } from '../../../src/core/layout.js';
import { Registry } from '../../../src/core/registry/store.js';

const [root, optionsJson, flag] = process.argv.slice(2);
const layout = await openCacheRoot(root, { create: false });
const registry = new Registry(layout, { holder: `gc worker ${process.pid}` });
const report = await collectGarbage(layout, registry, {
  ...(JSON.parse(optionsJson) as { maxUnusedDays: number }),
  holder: `gc worker ${process.pid}`,
  afterTrash:
    flag === '--pause-after-trash'
      ? async (paths) => {
          process.stdout.write(`trashed ${JSON.stringify(paths)}\n`);
          await new Promise(() => setInterval(() => undefined, 1000));
        }
      : undefined,
});
process.stdout.write(`${JSON.stringify(report)}\n`);
