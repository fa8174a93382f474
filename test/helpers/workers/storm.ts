// Refcount storm: `iterations` × (record a use with a unique key; release it by key) on one entry.
// Prints {event:'done', commits} where commits counts the transactions that wrote the registry.
// Usage: storm.ts <cacheRoot> <entryId> <iterations> <name>
import { openCacheRoot } from '../../../src/core/layout.js';
import { jobProcess } from '../../../src/core/leases.js';
import { Registry } from '../../../src/core/registry/store.js';
import { recordUse, releaseUses } from '../../../src/core/uses.js';
import { emit, errorEvent, testJob } from './common.js';

const [root, id, iterationsArg, name] = process.argv.slice(2);
const iterations = Number(iterationsArg);

try {
  const registry = new Registry(await openCacheRoot(root, { create: false }), { holder: name });
  const job = testJob(name);
  const proc = await jobProcess(process.pid);
  let commits = 0;
  // The longest single transaction (waiting for the lock included).
  let maxMs = 0;
  const started = Date.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const key = `${name}-${i}`;
    let t = Date.now();
    await registry.update((doc) => {
      const entry = doc.entries[id];
      if (!entry) throw new Error(`entry ${id} is missing`);
      recordUse(entry, { key, job, process: proc });
    });
    commits += 1;
    maxMs = Math.max(maxMs, Date.now() - t);
    t = Date.now();
    const released = await releaseUses(registry, { key });
    if (released.length !== 1 || released[0] !== id)
      throw new Error(`release of ${key} released ${JSON.stringify(released)}`);
    commits += 1;
    maxMs = Math.max(maxMs, Date.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  emit({
    event: 'done',
    name,
    commits,
    maxMs,
    ms: Date.now() - started,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  });
} catch (e) {
  emit(errorEvent(e));
  process.exitCode = 1;
}
