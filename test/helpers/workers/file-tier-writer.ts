// Saves an archive to a file tier and freezes part-way through (a writer about to be killed).
// Usage: file-tier-writer.ts TIER_DIR SHA256 FILE
import { fileTier } from '../../../src/providers/file.js';
import { emit } from './common.js';

const [dir, sha256, file] = process.argv.slice(2);
const tier = fileTier({ dir, name: `file://${dir}` });
let chunks = 0;
await tier.put({ id: 'tool', sha256 }, file, {
  signal: new AbortController().signal,
  timeoutMs: 60_000,
  maxBytes: Infinity,
  progress() {
    if (++chunks < 3) return;
    emit({ event: 'writing' });
    // Frozen with the temp file half-written: the test kills this process now.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
  },
});
emit({ event: 'done' });
