// Refcount storm: `iterations` × (record a use with a unique key; release it by key) on one entry,
// the warm-hit path: no lock, one use record each. Prints {event:'done', uses, maxMs, ms, cpuMs}.
// Usage: storm.ts <cacheRoot> <entryId> <iterations> <name>
import { openCacheRoot } from '../../../src/core/layout.js';
import { jobProcess } from '../../../src/core/leases.js';
import { recordUse, releaseUses } from '../../../src/core/uses.js';
import { emit, errorEvent, testJob } from './common.js';

const [root, id, iterationsArg, name] = process.argv.slice(2);
const iterations = Number(iterationsArg);

try {
  const layout = await openCacheRoot(root, { create: false });
  const job = testJob(name);
  const proc = await jobProcess(process.pid);
  let uses = 0;
  // The longest single record or release.
  let maxMs = 0;
  const started = Date.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const key = `${name}-${i}`;
    let t = Date.now();
    if (!(await recordUse(layout, id, { key, job, process: proc })))
      throw new Error(`the use ${key} of ${id} was refused`);
    uses += 1;
    maxMs = Math.max(maxMs, Date.now() - t);
    t = Date.now();
    const released = await releaseUses(layout, { key }, [id]);
    if (released.length !== 1 || released[0] !== id)
      throw new Error(`release of ${key} released ${JSON.stringify(released)}`);
    maxMs = Math.max(maxMs, Date.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  emit({
    event: 'done',
    name,
    uses,
    maxMs,
    ms: Date.now() - started,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  });
} catch (e) {
  emit(errorEvent(e));
  process.exitCode = 1;
}
