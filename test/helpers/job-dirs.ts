// A setup file of every test project (vitest.config.ts): the job directories a test file's jobs
// made (test/helpers/runner.ts, prepareJob) are removed once the file's tests are done — tests
// read them after a job ends (its logs, its workspace), so not earlier. Made writable first: a job
// run as another user, or a test, may leave read-only directories in them.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { afterAll } from 'vitest';
import { jobDirs } from './runner.js';

afterAll(async () => {
  for (const dir of jobDirs) {
    if (process.platform !== 'win32') {
      try {
        execFileSync('chmod', ['-R', 'u+w', dir], { stdio: 'ignore' });
      } catch {
        // gone already, or parts of it not ours: rm says what it cannot remove
      }
    }
    await fs.rm(dir, { recursive: true, force: true });
    jobDirs.delete(dir);
  }
});
