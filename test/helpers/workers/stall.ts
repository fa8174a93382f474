// One registry transaction that stops in the middle: prints {event:'in-critical'} once it holds the
// registry lock, waits for `go` on stdin, then registers an entry <key> and commits.
// Prints {event:'committed'} or {event:'error', code}; exits 0 either way (a crash is a failure).
// Usage: stall.ts <cacheRoot> <entryId> <key> <staleMs>
import { openCacheRoot } from '../../../src/core/layout.js';
import { Registry } from '../../../src/core/registry/store.js';
import { emit, errorEvent, fakeEntry, stopReading, waitForCommand } from './common.js';

const [root, id, key, staleMs] = process.argv.slice(2);

try {
  const registry = new Registry(await openCacheRoot(root, { create: false }), {
    holder: key,
    staleMs: Number(staleMs),
  });
  await registry.update(async (doc, tx) => {
    emit({ event: 'in-critical', generation: doc.generation });
    tx.lock.signal.addEventListener('abort', () => emit({ event: 'lost' }));
    await waitForCommand('go');
    if (!doc.entries[id]) throw new Error(`entry ${id} is missing`);
    doc.entries[key] = fakeEntry(key);
  });
  emit({ event: 'committed' });
} catch (e) {
  emit(errorEvent(e));
}
stopReading();
