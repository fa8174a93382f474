// Lock throughput: 1, 4 and 16 processes each acquiring and releasing one lock in a loop
// (empty critical section). Ratios are against the single-process run of the same invocation.
// Usage: node --import tsx bench/lock-throughput.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCK_STALE_MS, acquireLock } from '../src/core/lock.js';
import { machine, runWorkers, table, tempDir, workerLoop, type RunResult } from './lib.js';

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === 'worker') {
  const lockPath = process.argv[3];
  await workerLoop(async () => {
    const lock = await acquireLock(lockPath, 'bench', {
      staleMs: DEFAULT_LOCK_STALE_MS,
      timeoutMs: 30_000,
      pollMs: 25,
    });
    await lock.release();
  });
} else {
  console.log(`lock throughput (acquire + release of one lock) — ${machine()}`);
  const { dir, remove } = tempDir('lock');
  try {
    const rows: Array<RunResult & { label: string }> = [];
    for (const n of [1, 4, 16]) {
      const r = await runWorkers(self, [path.join(dir, `lock-${n}`)], n);
      rows.push({ ...r, label: `${n} process${n > 1 ? 'es' : ''}` });
    }
    table('ratio: contended vs. 1 process (total ops/s across processes)', rows, rows[0]);
  } finally {
    remove();
  }
}
