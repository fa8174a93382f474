// A tight loop of registry writes, to be killed with SIGKILL at a random moment. After each commit
// (update() resolved) it prints `committed <key>`; the key is a use recorded on the entry.
// Usage: writer.ts <cacheRoot> <entryId> <name> <staleMs>
import { openCacheRoot } from '../../../src/core/layout.js';
import { Registry } from '../../../src/core/registry/store.js';
import { recordUse } from '../../../src/core/uses.js';
import { emit, errorEvent, testJob } from './common.js';

const [root, id, name, staleMs] = process.argv.slice(2);

try {
  const registry = new Registry(await openCacheRoot(root, { create: false }), {
    holder: name,
    staleMs: Number(staleMs),
  });
  const job = testJob(name);
  emit({ event: 'started' });
  for (let n = 0; ; n++) {
    const key = `${name}-${n}`;
    await registry.update((doc) => {
      const entry = doc.entries[id];
      if (!entry) throw new Error(`entry ${id} is missing`);
      recordUse(entry, { key, job, process: { pid: process.pid } });
    });
    process.stdout.write(`committed ${key}\n`);
  }
} catch (e) {
  emit(errorEvent(e));
  process.exitCode = 1;
}
