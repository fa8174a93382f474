// Waits for `go` on stdin, then registers one entry (id <key>) in one registry transaction.
// Prints {event:'committed', waitedMs} or {event:'error', code}.
// Usage: update-once.ts <cacheRoot> <entryId> <key> <staleMs>
import {
  emit,
  errorEvent,
  fakeEntry,
  stopReading,
  waitForCommand,
  workerRegistry,
} from './common.js';

const [root, id, key, staleMs] = process.argv.slice(2);

try {
  const registry = await workerRegistry(root, key, staleMs);
  emit({ event: 'ready' });
  await waitForCommand('go');
  const started = Date.now();
  await registry.update((doc) => {
    if (!doc.entries[id]) throw new Error(`entry ${id} is missing`);
    doc.entries[key] = fakeEntry(key);
  });
  emit({ event: 'committed', waitedMs: Date.now() - started });
} catch (e) {
  emit(errorEvent(e));
}
stopReading();
