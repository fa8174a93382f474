// Warm-hit throughput: one op = acquire one installed toolchain (lock-free registry read, one use
// record) and release it, the way a job's main and post do.
//  1. 1 process at 10 vs. 10 000 registered entries (goal: ≤ 5 ms per acquire + release at 10 000);
//  2. 1, 4 and 16 processes on one entry (no lock: they should scale with the cores);
//  3. the cost of registering an entry (a registry commit) at 10 and 10 000 entries.
// Baseline, measured in the same run: creating and removing one small file in the same directory
// (the floor of any on-disk record).
// Usage: node --import tsx bench/registry-throughput.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTreeStats } from '../src/core/install/tree-stat.js';
import { acquireToolchains } from '../src/core/installer.js';
import { openCacheRoot, type CacheLayout } from '../src/core/layout.js';
import type { RegistryEntry } from '../src/core/registry/schema.js';
import { Registry } from '../src/core/registry/store.js';
import { releaseUses } from '../src/core/uses.js';
import { machine, runWorkers, table, tempDir, workerLoop, type RunResult } from './lib.js';

const self = fileURLToPath(import.meta.url);
const SHA = 'ab'.repeat(32);
const job = { repository: 'octo/repo', runId: '1', runAttempt: '1', job: 'bench', action: 'a' };
const quiet = { info: () => undefined, warning: () => undefined, debug: () => undefined };

function entry(id: string): RegistryEntry {
  const now = new Date().toISOString();
  return {
    id,
    sha256: SHA,
    url: `https://example.invalid/${id}.tar.gz`,
    sizeBytes: 123_456_789,
    fileCount: 4321,
    installedAt: now,
    lastUsedAt: now,
  };
}

/** A root with `entries` registered; tool-1's tree exists (the one the workers acquire). */
async function seed(root: string, entries: number): Promise<void> {
  const layout = await openCacheRoot(root);
  await new Registry(layout).update((doc) => {
    for (let i = 0; i < entries; i++) doc.entries[`tool-${i}`] = entry(`tool-${i}`);
  });
  mkdirSync(path.join(layout.toolchainRoot('tool-1'), 'bin'), { recursive: true });
  // The hit check compares the tree with this (install/tree-stat.ts): written as the installer does.
  await writeTreeStats(layout.treeStatsFile('tool-1'), layout.toolchainRoot('tool-1'), [
    { path: 'bin' },
  ]);
}

async function acquireAndRelease(layout: CacheLayout, registry: Registry, n: number) {
  const key = `${process.pid}-${n}`;
  const owner = { key, job, process: { pid: process.pid } };
  const spec = { id: 'tool-1', url: 'https://example.invalid/t', sha256: SHA };
  const [r] = await acquireToolchains([spec], {
    layout,
    registry,
    owner,
    waitTimeoutMs: 60_000,
    log: quiet,
  });
  if (r.source !== 'local') throw new Error(`expected a hit, got ${r.source}`);
  await releaseUses(layout, { key }, ['tool-1']);
}

if (process.argv[2] === 'worker') {
  const [, , , root, mode] = process.argv;
  let n = 0;
  if (mode === 'file') {
    const file = path.join(root, `floor-${process.pid}`);
    await workerLoop(async () => {
      writeFileSync(file, '{}');
      rmSync(file);
    });
  } else {
    const layout = await openCacheRoot(root, { create: false });
    const registry = new Registry(layout);
    if (mode === 'register') {
      await workerLoop(async () => {
        await registry.update((doc) => {
          const id = `extra-${process.pid}-${n++ % 8}`;
          doc.entries[id] = entry(id);
        });
      });
    } else {
      await workerLoop(() => acquireAndRelease(layout, registry, n++));
    }
  }
} else {
  console.log(`warm hits: acquire + release — ${machine()}`);
  const { dir, remove } = tempDir('uses');
  try {
    const small = path.join(dir, 'small');
    const big = path.join(dir, 'big');
    await seed(small, 10);
    await seed(big, 10_000);
    const floor = {
      ...(await runWorkers(self, [small, 'file'], 1)),
      label: 'baseline: file create+remove',
    };
    const rows: Array<RunResult & { label: string }> = [floor];
    rows.push({
      ...(await runWorkers(self, [small, 'acquire'], 1)),
      label: 'acquire+release, 10 entries',
    });
    rows.push({
      ...(await runWorkers(self, [big, 'acquire'], 1)),
      label: 'acquire+release, 10 000',
    });
    for (const n of [4, 16]) {
      rows.push({
        ...(await runWorkers(self, [small, 'acquire'], n)),
        label: `acquire+release, ${n} procs`,
      });
    }
    rows.push({
      ...(await runWorkers(self, [small, 'register'], 1)),
      label: 'register, 10 entries',
    });
    rows.push({
      ...(await runWorkers(self, [big, 'register'], 1)),
      label: 'register, 10 000 entries',
    });
    table(
      'ratio: ops/s vs. the baseline (goal: p50 ≤ 5 ms per acquire+release at 10 000)',
      rows,
      floor,
    );
  } finally {
    remove();
  }
}
