// The main step's part for named items (`node@24`): resolve them (src/core/named/), say which
// lockfile entries are missing, export the vendors' variables. A list without named items reads
// nothing here (docs/design.md, "Named toolchains").
import * as core from './runner-commands.js';
import type { HostConfigRead } from '../core/host-config.js';
import type { CacheLayout } from '../core/layout.js';
import { lockfilePath, readLockfile } from '../core/named/lockfile.js';
import { resolveToolchainItems, type NamedResult } from '../core/named/resolve.js';
import { applyJobSetup } from '../core/named/job-setup.js';
import { namedSettings } from '../core/named/settings.js';
import { isNamedItem } from '../core/spec.js';
import type { ToolchainSpec } from '../core/spec.js';
import { hostPlatform } from '../vendors/platform.js';
import { os } from '../core/platform/builtins.js';
import type { ActionInputs } from './inputs.js';
import { State } from './constants.js';
import { actionsLogger } from './log.js';
import { CodePath, noteCodePath } from './chunk-code-cache.js';

export interface NamedStep {
  toolchains: ToolchainSpec[];
  result?: NamedResult;
}

export async function resolveNamedItems(
  inputs: Pick<ActionInputs, 'toolchains' | 'lockfile'>,
  layout: CacheLayout,
  host: HostConfigRead,
  lock: { staleMs: number; holder: string },
): Promise<NamedStep> {
  if (!inputs.toolchains.some(isNamedItem))
    return { toolchains: inputs.toolchains as ToolchainSpec[] };
  // The named path's functions go into the code cache too (written again once if need be).
  noteCodePath(CodePath.Named);
  const platform = hostPlatform();
  const file = inputs.lockfile ? lockfilePath(inputs.lockfile) : undefined;
  const result = await resolveToolchainItems(inputs.toolchains, {
    layout,
    platform,
    settings: namedSettings(host.config),
    lockfile: file ? { file, lock: readLockfile(file)! } : undefined,
    log: actionsLogger,
    job: {
      tempDir: process.env.RUNNER_TEMP || os().tmpdir(),
      // os.homedir() is $HOME where set (POSIX): node:os only without it (a hit does not load it).
      homeDir: (process.platform !== 'win32' && process.env.HOME) || os().homedir(),
      env: process.env,
    },
    holder: lock.holder,
    staleMs: lock.staleMs,
  });
  for (const m of result.missingFromLock)
    core.warning(
      `${m.spec} on ${platform} is not in the lockfile ${inputs.lockfile}: resolved to ${m.entry.id}. ` +
        `Add ${m.text} under "toolchains" (or run: toolchain-cache lock '${m.spec}' --platform ${platform} --out ${inputs.lockfile}).`,
    );
  if (result.missingFromLock.length)
    core.saveState(
      State.LockNotes,
      JSON.stringify(
        result.missingFromLock.map((m) => ({ spec: m.spec, platform: m.platform, text: m.text })),
      ),
    );
  for (const [name, value] of Object.entries(result.env)) core.exportVariable(name, value);
  for (const setup of result.jobSetups) await applyJobSetup(setup);
  return { toolchains: result.toolchains, result };
}

/**
 * The vendors' per-job PATH directories (a global npm prefix's bin, GOPATH/bin), ahead of every
 * toolchain's own: called after the toolchains' directories were added (addPath prepends).
 */
export function addJobPaths(step: NamedStep): void {
  const dirs = step.result?.jobSetups.flatMap((s) => s.path) ?? [];
  for (const dir of dirs.reverse()) core.addPath(dir);
}
