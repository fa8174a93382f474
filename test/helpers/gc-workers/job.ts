// A job using fixture toolchains, as a real process: records a use of each id (tied to this
// process, like the runner worker in a real job), prints "ready", then either releases at once
// (a job that finished with its post step), holds until stdin says "release" (a running job), or
// exits without releasing (a job killed before its post step).
// Usage: node --import tsx job.ts <root> <key> <release|hold|die> <id>...
import path from 'node:path';
import { createInterface } from 'node:readline';
import { openCacheRoot } from '../../../src/core/layout.js';
import { jobProcess } from '../../../src/core/leases.js';
import { Registry } from '../../../src/core/registry/store.js';
import { recordUse, releaseUses } from '../../../src/core/uses.js';
import { pathExists } from '../../../src/core/fsx.js';

const [root, key, mode, ...ids] = process.argv.slice(2);
const layout = await openCacheRoot(root, { create: false });
const registry = new Registry(layout);
const owner = {
  key,
  job: {
    repository: 'octo/repo',
    runId: '7',
    runAttempt: '1',
    job: key,
    action: 'toolchain-cache',
  },
  process: await jobProcess(process.pid),
};
const doc = await registry.read();
const paths: Record<string, string> = {};
for (const id of ids) {
  const root = layout.toolchainRoot(id);
  if (!doc.entries[id] || !(await pathExists(path.join(root, 'bin'))))
    throw new Error(`${id} is not installed`);
  if (!(await recordUse(layout, id, owner))) throw new Error(`${id} is being removed`);
  paths[id] = root;
}
process.stdout.write(`ready ${JSON.stringify(paths)}\n`);
if (mode === 'hold') {
  const rl = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => {
    rl.on('line', (l) => l.trim() === 'release' && resolve());
    rl.on('close', resolve);
  });
  rl.close();
}
if (mode !== 'die') {
  await releaseUses(layout, { key }, ids);
  process.stdout.write('released\n');
}
