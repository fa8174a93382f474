// The post step never fails or hangs a job: each of its phases made to throw (fault points), a
// rejection nobody handles, and a timer left behind that would keep the process alive. Every case
// ends with exit code 0 and a warning naming what went wrong; a phase that fails does not stop
// the ones after it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Origin, item, scriptFiles } from '../helpers/origin.js';
import { runJob } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const origin = Origin.forFile();
const tmp = scratchDirForFile('tc-e2e-post-');
let toolchains: string;

beforeAll(() => {
  toolchains = item('p-1', origin.serveTar('p.tar.gz', scriptFiles('p', 'p', 'p')));
});

/** What must still have happened after the fault, by phase (later phases ran). */
const cases: Array<[string, RegExp]> = [
  ['start', /post step: unexpected error: fault post-start/],
  ['release', /releasing uses: fault post-release/],
  ['save', /remote cache: fault post-save/],
  ['stats', /statistics: fault post-stats/],
  ['gc', /GC: fault post-gc/],
  ['summary', /job summary: fault post-summary/],
  ['unhandled', /unhandled rejection: fault post-unhandled/],
];

describe('the post step under faults', () => {
  for (const [phase, warning] of cases) {
    it(`${phase}: exit 0 and a warning naming it`, async () => {
      const root = path.join(tmp(), `root-${phase}`);
      const job = await runJob({
        inputs: {
          toolchains,
          'cache-root': root,
          remote: pathToFileURL(path.join(tmp(), `share-${phase}`)).href,
        },
        env: { TOOLCHAIN_CACHE_FAULT: `post-${phase}` },
      });
      expect(job.main.exitCode, job.main.stdout).toBe(0);
      expect(job.post?.exitCode, job.post?.stdout).toBe(0);
      expect(job.post?.signal).toBeNull();
      const warnings = (job.post?.stdout ?? '')
        .split('\n')
        .filter((l) => l.startsWith('::warning::'));
      expect(warnings.join('\n')).toMatch(warning);
      // The phases after a failed one still ran: the summary is written unless it is the one failing.
      if (phase !== 'start' && phase !== 'summary') expect(job.summary).toContain('p-1');
      if (phase !== 'start' && phase !== 'release') {
        expect(
          (await fs.readdir(path.join(root, 'uses', 'p-1'))).filter((n) => n.endsWith('.json')),
        ).toEqual([]);
      }
    });
  }

  it('linger: something left holding the event loop does not keep the job waiting', async () => {
    const started = Date.now();
    const job = await runJob({
      inputs: { toolchains, 'cache-root': path.join(tmp(), 'root-linger') },
      env: { TOOLCHAIN_CACHE_FAULT: 'post-linger' },
    });
    expect(job.post?.exitCode, job.post?.stdout).toBe(0);
    expect(job.summary).toContain('p-1');
    // The fault's timer would keep post alive for ever; the job ends (well under the test timeout).
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
