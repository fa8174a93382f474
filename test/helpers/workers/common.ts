// Shared by the worker scripts (each run as `node --import tsx <script>.ts …`).
import { createInterface } from 'node:readline';
import type { JobRef } from '../../../src/core/leases.js';
import { openCacheRoot } from '../../../src/core/layout.js';
import type { RegistryEntry } from '../../../src/core/registry/schema.js';
import { Registry } from '../../../src/core/registry/store.js';

/** The registry of an existing cache root, as the worker `holder`, with a stale time in ms. */
export async function workerRegistry(
  root: string,
  holder: string,
  staleMs: string,
): Promise<Registry> {
  return new Registry(await openCacheRoot(root, { create: false }), {
    holder,
    staleMs: Number(staleMs),
  });
}

export const testJob = (name: string): JobRef => ({
  repository: 'octo/repo',
  runId: '4242',
  runAttempt: '1',
  job: name,
  action: '__self',
});

/** One JSON object per line on stdout: the test process reads these. */
export function emit(event: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

export function errorEvent(e: unknown): Record<string, unknown> {
  const err = e as { code?: unknown; name?: unknown; message?: unknown };
  return { event: 'error', code: err?.code, name: err?.name, message: String(err?.message ?? e) };
}

const queued: string[] = [];
const waiters: Array<(line: string) => void> = [];
let reader: ReturnType<typeof createInterface> | undefined;

/** The next line on stdin (commands from the test process). */
export function nextCommand(): Promise<string> {
  reader ??= createInterface({ input: process.stdin }).on('line', (line) => {
    const w = waiters.shift();
    if (w) w(line.trim());
    else queued.push(line.trim());
  });
  const q = queued.shift();
  if (q !== undefined) return Promise.resolve(q);
  return new Promise((resolve) => waiters.push(resolve));
}

/** Waits for the command `want` on stdin, ignoring others. */
export async function waitForCommand(want: string): Promise<void> {
  while ((await nextCommand()) !== want) {
    // keep waiting
  }
}

/** Lets the process exit even while stdin is open. */
export function stopReading(): void {
  reader?.close();
  process.stdin.destroy();
}

/** A registry entry for a toolchain that is not really installed (the registry tests need no tree). */
export function fakeEntry(id: string): RegistryEntry {
  const now = new Date().toISOString();
  return {
    id,
    sha256: 'ab'.repeat(32),
    url: `https://example.invalid/${id}.tar.gz`,
    sizeBytes: 1234,
    fileCount: 3,
    installedAt: now,
    lastUsedAt: now,
  };
}
