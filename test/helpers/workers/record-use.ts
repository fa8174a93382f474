// The action's main step in miniature: records a use of <entryId> owned by the job's long-lived
// process (this process's parent, via jobProcess()), prints {event:'recorded', process}, exits.
// Usage: record-use.ts <cacheRoot> <entryId> <key>
import { openCacheRoot } from '../../../src/core/layout.js';
import { jobProcess } from '../../../src/core/leases.js';
import { recordUse } from '../../../src/core/uses.js';
import { emit, errorEvent, testJob } from './common.js';

const [root, id, key] = process.argv.slice(2);

try {
  const layout = await openCacheRoot(root, { create: false });
  const owner = { key, job: testJob('main'), process: await jobProcess() };
  if (!(await recordUse(layout, id, owner))) throw new Error(`entry ${id} is not installed`);
  emit({ event: 'recorded', process: owner.process, ppid: process.ppid });
} catch (e) {
  emit(errorEvent(e));
  process.exitCode = 1;
}
