// Who this job is, from the runner's environment.
import type { JobRef } from '../core/leases.js';

export function jobRefFromEnv(env: NodeJS.ProcessEnv = process.env): JobRef {
  return {
    repository: env.GITHUB_REPOSITORY ?? 'unknown/unknown',
    runId: env.GITHUB_RUN_ID ?? '0',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    job: env.GITHUB_JOB ?? 'unknown',
    action: env.GITHUB_ACTION ?? 'toolchain-cache',
  };
}
