// The post step: always runs (no post-if). Releases this job's uses and reports. Nothing here
// fails the job: a cleanup hiccup becomes a warning.
import * as core from '@actions/core';
import { errorMessage } from '../core/errors.js';
import type { ResolvedToolchain } from '../core/installer.js';
import { openCacheRoot } from '../core/layout.js';
import { describeJob, jobProcess } from '../core/leases.js';
import { Registry } from '../core/registry/store.js';
import { releaseUses } from '../core/uses.js';
import { State } from './constants.js';
import { readSettings } from './inputs.js';
import { jobRefFromEnv } from './job.js';
import { writeJobSummary } from './summary.js';

export async function runPost(): Promise<void> {
  try {
    const settings = readSettings();
    const root = core.getState(State.CacheRoot) || settings.cacheRoot;
    const results = parseResults(core.getState(State.Results));
    const layout = await openCacheRoot(root, { create: false });
    const job = jobRefFromEnv();
    const registry = new Registry(layout, { holder: describeJob(job) });
    const released = await releaseUses(registry, {
      key: core.getState(State.UseKey) || undefined,
      job,
      process: await jobProcess(),
    });
    core.info(released.length ? `Released this job's use of: ${released.join(', ')}` : 'No uses to release.');
    if (settings.summary) await writeJobSummary({ results, mainError: core.getState(State.MainError) || undefined });
  } catch (e) {
    core.warning(`toolchain-cache post step: ${errorMessage(e)}`);
  }
}

function parseResults(text: string): ResolvedToolchain[] {
  if (!text) return [];
  try {
    return JSON.parse(text) as ResolvedToolchain[];
  } catch {
    return [];
  }
}
