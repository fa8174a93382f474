// Registry throughput:
//  1. 1, 4 and 16 processes each committing transactions (record a use, then release it) on one
//     entry of a 10-entry registry — contended vs. uncontended.
//  2. one process, 10 vs. 10 000 entries: update (read, validate, change one entry, write, fsync)
//     and lock-free read — the cost of a big registry.
// Usage: node --import tsx bench/registry-throughput.ts
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { openCacheRoot } from '../src/core/layout.js';
import { Registry } from '../src/core/registry/store.js';
import type { RegistryEntry } from '../src/core/registry/schema.js';
import { recordUse, releaseUses } from '../src/core/uses.js';
import { machine, runWorkers, table, tempDir, workerLoop, type RunResult } from './lib.js';

const self = fileURLToPath(import.meta.url);
const job = {
  repository: 'octo/repo',
  runId: '1',
  runAttempt: '1',
  job: 'bench',
  action: '__self',
};

function entry(id: string): RegistryEntry {
  const now = new Date().toISOString();
  return {
    id,
    sha256: 'ab'.repeat(32),
    url: `https://example.invalid/${id}.tar.gz`,
    path: `/cache/toolchains/${id}/files`,
    sizeBytes: 123_456_789,
    fileCount: 4321,
    installedAt: now,
    lastUsedAt: now,
    uses: [],
  };
}

async function seed(root: string, entries: number): Promise<void> {
  const registry = new Registry(await openCacheRoot(root));
  await registry.update((doc) => {
    for (let i = 0; i < entries; i++) doc.entries[`tool-${i}`] = entry(`tool-${i}`);
    // Every tenth entry in use, as on a busy host.
    for (let i = 0; i < entries; i += 10) {
      recordUse(doc.entries[`tool-${i}`], {
        key: `seed-${i}`,
        job,
        process: { pid: 1, pidStart: '1' },
      });
    }
  });
}

if (process.argv[2] === 'worker') {
  const [, , , root, mode] = process.argv;
  const registry = new Registry(await openCacheRoot(root, { create: false }));
  const proc = { pid: process.pid };
  let n = 0;
  if (mode === 'read') {
    await workerLoop(async () => {
      await registry.read();
    });
  } else {
    // One op = one transaction; alternately record a use and release it.
    await workerLoop(async () => {
      const key = `${process.pid}-${n >> 1}`;
      if (n++ % 2 === 0) {
        await registry.update((doc) =>
          recordUse(doc.entries['tool-1'], { key, job, process: proc }),
        );
      } else {
        await releaseUses(registry, { key });
      }
    });
  }
} else {
  console.log(`registry throughput — ${machine()}`);
  const { dir, remove } = tempDir('registry');
  try {
    const small = path.join(dir, 'small');
    await seed(small, 10);
    const contended: Array<RunResult & { label: string }> = [];
    for (const n of [1, 4, 16]) {
      contended.push({
        ...(await runWorkers(self, [small, 'update'], n)),
        label: `${n} process${n > 1 ? 'es' : ''}, 10 entries`,
      });
    }
    table(
      'ratio: contended vs. 1 process (transactions/s across processes)',
      contended,
      contended[0],
    );

    const big = path.join(dir, 'big');
    await seed(big, 10_000);
    const sizes: Array<RunResult & { label: string }> = [];
    sizes.push({ ...contended[0], label: 'update, 10 entries' });
    sizes.push({
      ...(await runWorkers(self, [big, 'update'], 1)),
      label: 'update, 10 000 entries',
    });
    const read10 = await runWorkers(self, [small, 'read'], 1);
    sizes.push({ ...read10, label: 'read, 10 entries' });
    sizes.push({ ...(await runWorkers(self, [big, 'read'], 1)), label: 'read, 10 000 entries' });
    sizes.push({
      ...(await runWorkers(self, [big, 'update'], 4)),
      label: 'update, 10 000 entries, 4 procs',
    });
    table('ratio: vs. update of a 10-entry registry, 1 process', sizes, contended[0]);
    console.log(
      `read, 10 000 vs. 10 entries: × ${(sizes[3].opsPerSec / read10.opsPerSec).toFixed(3)}`,
    );
  } finally {
    remove();
  }
}
