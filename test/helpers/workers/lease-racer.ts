// One host of a fleet asking a file tier's lease (src/providers/file-lease.ts) for one archive:
// waits for "go" on stdin, then takeOrWait. Holding it: beats for a while, saves the archive
// (FILE, whose sha256 is SHA256) to the tier and releases. Prints what it got.
// Usage: lease-racer.ts TIER_DIR SHA256 FILE STALE_MS
import { fileTier } from '../../../src/providers/file.js';
import { emit, waitForCommand } from './common.js';

const [dir, sha256, file, staleMs] = process.argv.slice(2);
const tier = fileTier({ dir, name: `file://${dir}` }, Number(staleMs));
const ref = { id: 'tool', sha256 };
const call = {
  signal: new AbortController().signal,
  timeoutMs: 60_000,
  maxBytes: Infinity,
  progress: () => undefined,
};
emit({ event: 'ready' });
await waitForCommand('go');
const outcome = await tier.leases!.takeOrWait(ref, call, {
  deadline: Date.now() + 60_000,
  onWait: () => emit({ event: 'waiting' }),
});
if (outcome.kind === 'held') {
  emit({ event: 'held' });
  await new Promise((r) => setTimeout(r, 2 * Number(staleMs)));
  await tier.put(ref, file, call);
  await outcome.lease.release();
}
emit({ event: 'done', kind: outcome.kind });
process.exit(0);
