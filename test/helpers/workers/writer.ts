// A tight loop of registry writes, to be killed with SIGKILL at a random moment. After each commit
// (update() resolved) it prints `committed <key>`; the key is an entry it registers.
// Usage: writer.ts <cacheRoot> <entryId> <name> <staleMs>
import { emit, errorEvent, fakeEntry, workerRegistry } from './common.js';

const [root, id, name, staleMs] = process.argv.slice(2);

try {
  const registry = await workerRegistry(root, name, staleMs);
  emit({ event: 'started' });
  for (let n = 0; ; n++) {
    const key = `${name}-${n}`;
    await registry.update((doc) => {
      if (!doc.entries[id]) throw new Error(`entry ${id} is missing`);
      doc.entries[key] = fakeEntry(key);
    });
    process.stdout.write(`committed ${key}\n`);
  }
} catch (e) {
  emit(errorEvent(e));
  process.exitCode = 1;
}
