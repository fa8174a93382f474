// Waits for `go` on stdin, then records one use (key <key>) in one registry transaction.
// Prints {event:'committed', waitedMs} or {event:'error', code}.
// Usage: update-once.ts <cacheRoot> <entryId> <key> <staleMs>
import { openCacheRoot } from '../../../src/core/layout.js';
import { Registry } from '../../../src/core/registry/store.js';
import { recordUse } from '../../../src/core/uses.js';
import { emit, errorEvent, stopReading, testJob, waitForCommand } from './common.js';

const [root, id, key, staleMs] = process.argv.slice(2);

try {
  const registry = new Registry(await openCacheRoot(root, { create: false }), {
    holder: key,
    staleMs: Number(staleMs),
  });
  emit({ event: 'ready' });
  await waitForCommand('go');
  const started = Date.now();
  await registry.update((doc) => {
    const entry = doc.entries[id];
    if (!entry) throw new Error(`entry ${id} is missing`);
    recordUse(entry, { key, job: testJob(key), process: { pid: process.pid } });
  });
  emit({ event: 'committed', waitedMs: Date.now() - started });
} catch (e) {
  emit(errorEvent(e));
}
stopReading();
