// Host settings in the runner's environment reach the bundled steps: a lock stale time that is
// not a number fails main naming the variable (never a silent fallback that is too short for
// NFS), and post still exits 0.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJob } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const tmp = scratchDirForFile('tc-e2e-host-');

describe('TOOLCHAIN_CACHE_LOCK_STALE', () => {
  it('a bad value fails main naming the variable; post exits 0', async () => {
    const job = await runJob({
      inputs: {
        toolchains: `- id: t\n  url: http://127.0.0.1:9/t.tar.gz\n  sha256: ${'ab'.repeat(32)}\n`,
        'cache-root': path.join(tmp(), 'root'),
      },
      env: { TOOLCHAIN_CACHE_LOCK_STALE: 'ten seconds' },
    });
    expect(job.main.exitCode).toBe(1);
    expect(job.main.stdout).toMatch(
      /::error::TOOLCHAIN_CACHE_LOCK_STALE="ten seconds" is not a lock stale time/,
    );
    expect(job.post?.exitCode).toBe(0);
  });
});
