// A vendor's per-job setup (VendorLayout.job: a global npm prefix in RUNNER_TEMP, GOPATH/bin on
// PATH) without loading the vendor module on a hit: the table keeps the setup made with
// placeholder directories, and each job fills in its own. The placeholders are relative names
// (`path.join` keeps them as they are); a setup that would depend on a variable the job sets
// (GOPATH) is made by the vendor module instead. Then the job's part: directories and links made,
// PATH and variables handed back for the runner.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isErrnoException } from '../errors.js';
import type {
  JobContext,
  JobSetup,
  Platform,
  Resolution,
  VendorLayout,
} from '../../vendors/types.js';
import type { TableUse } from './table.js';

const JOB_TEMP = '\u0000job-temp';
const JOB_HOME = '\u0000job-home';

/** The setup with placeholders, and the job variables it read. */
export function setupTemplate(
  job: NonNullable<VendorLayout['job']>,
  root: string,
  resolution: Resolution,
  platform: Platform,
): NonNullable<TableUse['job']> {
  const reads = new Set<string>();
  const env = new Proxy({} as Record<string, string | undefined>, {
    get: (_t, name) => {
      if (typeof name === 'string') reads.add(name);
      return undefined;
    },
  });
  const setup = job(root, resolution, platform, { tempDir: JOB_TEMP, homeDir: JOB_HOME, env });
  return { setup, reads: [...reads] };
}

/** The setup for this job, or undefined when the template cannot serve it (ask the vendor). */
export function fillTemplate(
  template: NonNullable<TableUse['job']>,
  job: JobContext,
): JobSetup | undefined {
  if (template.reads.some((name) => job.env[name] !== undefined)) return undefined;
  const fill = (s: string): string =>
    s.replaceAll(JOB_TEMP, job.tempDir).replaceAll(JOB_HOME, job.homeDir);
  const setup: JobSetup = {
    path: template.setup.path.map(fill),
    env: Object.fromEntries(Object.entries(template.setup.env).map(([k, v]) => [k, fill(v)])),
    dirs: template.setup.dirs.map(fill),
    links: template.setup.links.map((l) => ({
      path: fill(l.path),
      ...(l.target !== undefined && { target: fill(l.target) }),
      ...(l.content !== undefined && { content: fill(l.content) }),
    })),
  };
  // A placeholder the vendor moved (path.resolve of it, say) is left over: not a setup to use.
  return JSON.stringify(setup).includes('\\u0000') ? undefined : setup;
}

/**
 * Makes the setup's directories and links (what is there already is left alone: the job's own
 * directories, outside the cache root).
 */
export async function applyJobSetup(setup: JobSetup): Promise<void> {
  // Synchronous: a warm hit of a named toolchain does this, and fs.promises is not loaded on a hit
  // (docs/design.md, "Start-up cost"). The job's own directories, a few calls.
  for (const dir of setup.dirs) mkdirSync(dir, { recursive: true });
  for (const link of setup.links) {
    mkdirSync(path.dirname(link.path), { recursive: true });
    try {
      if (link.target !== undefined) symlinkSync(link.target, link.path);
      else writeFileSync(link.path, link.content ?? '', { flag: 'wx' });
    } catch (e) {
      if (!(isErrnoException(e) && e.code === 'EEXIST')) throw e;
    }
  }
  return Promise.resolve();
}
