// Makes what a vendor's `VendorLayout.job` asks for (types.ts, JobSetup): the job's own
// directories and links, all under JobContext's per-job directory (RUNNER_TEMP), never in the
// shared tree. Idempotent: a second step of the same job finds them made.
import { promises as fs } from 'node:fs';
import { isErrnoException } from '../core/errors.js';
import type { JobSetup } from './types.js';

export async function applyJobSetup(setup: JobSetup): Promise<void> {
  for (const dir of setup.dirs) await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  for (const link of setup.links) {
    try {
      if (link.target !== undefined) await fs.symlink(link.target, link.path);
      else await fs.writeFile(link.path, link.content ?? '', { flag: 'wx', mode: 0o755 });
    } catch (e) {
      if (!(isErrnoException(e) && e.code === 'EEXIST')) throw e; // made by an earlier step
    }
  }
}
