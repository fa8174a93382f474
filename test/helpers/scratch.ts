// Temporary directories of the e2e and adversarial suites: one per test file (made before its
// first test, removed after its last) or one around a piece of a test.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A directory for the test file; the returned function gives its (real) path once it exists. */
export function scratchDirForFile(prefix: string, mode?: number): () => string {
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), prefix)));
    if (mode !== undefined) await fs.chmod(dir, mode);
  });
  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });
  return () => {
    if (!dir) throw new Error(`the ${prefix} directory is made before the file's first test`);
    return dir;
  };
}

/** `fn` with a fresh directory, removed afterwards. */
export async function withScratchDir<T>(
  prefix: string,
  fn: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  try {
    return await fn(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
