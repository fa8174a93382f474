// The main step: resolve every toolchain, record this job's uses, put them on PATH, set outputs.
// A hit loads only what a hit uses: the runner's commands are ours (./runner-commands.ts), the
// tiers and the install pipeline load on a miss (docs/design.md, "Start-up cost").
import * as core from './runner-commands.js';
import { ToolchainCacheError, errorMessage } from '../core/errors.js';
import { randomUuid } from '../core/random.js';
import { diskFullError, isDiskFull, type SizeBound } from '../core/disk-full.js';
import { describeSource, formatBytes } from '../core/format.js';
import { acquireToolchains } from '../core/installer.js';
import { DEFAULT_LIMITS, maxArchiveBytes } from '../core/install/archive-policy.js';
import type { ResolvedToolchain } from '../core/types.js';
import { hostConfig } from '../core/host-config.js';
import { openCacheRoot } from '../core/layout.js';
import { describeJob, jobProcess } from '../core/leases.js';
import { Registry } from '../core/registry/store.js';
import { endAbandonedWork } from '../providers/bounded.js';
import { keepArchivesFor } from '../providers/registry.js';
import { Outputs, State } from './constants.js';
import { actionsLogger } from './log.js';
import { readHostSettings, readInputs, sizeBoundFrom } from './inputs.js';
import { jobRefFromEnv } from './job.js';
import { addJobPaths, resolveNamedItems } from './named-items.js';
import { lazyTiers } from './remote-tiers.js';
import { CodePath, noteCodePath } from './chunk-code-cache.js';

/** After a cancellation signal, how long cleanup may take before the step exits anyway. */
const CANCEL_GRACE_MS = 5000;

/**
 * A cancelled job gets SIGINT, then SIGTERM ~7.5 s later: abort downloads and extractions so the
 * staging directory is removed and the install lock released, rather than dying mid-write. Set up
 * when a miss first asks for the signal: a hit has nothing to clean up (its use record is released
 * by post, which runs after a cancellation too), and the handlers and AbortController cost it a
 * millisecond (docs/design.md, "Start-up cost").
 */
function cancelOnSignals(): AbortSignal {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) return;
    core.warning(`Received ${signal}: cancelling; nothing half-installed is left behind.`);
    controller.abort(new ToolchainCacheError('CANCELLED', `The step was cancelled (${signal}).`));
    setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return controller.signal;
}

export async function runMain(): Promise<void> {
  let cancellation: AbortSignal | undefined;
  const cancelSignal = (): AbortSignal => (cancellation ??= cancelOnSignals());
  let root: string | undefined;
  let sizeBound: SizeBound = {};
  try {
    const hostFile = hostConfig();
    const inputs = await readInputs(hostFile);
    // Without cleanup nothing of this job uses the GC's bounds: a bad one only warns.
    const host = readHostSettings(process.env, hostFile, { gc: inputs.cleanup });
    for (const warning of [...inputs.warnings, ...host.warnings]) core.warning(warning);
    root = inputs.cacheRoot;
    sizeBound = {
      bytes: host.maxSizeBytes ?? inputs.maxSizeBytes,
      from: sizeBoundFrom(inputs, host),
    };
    // Saved first: whatever happens next, post can find and release this step's uses.
    const key = randomUuid();
    core.saveState(State.UseKey, key);
    core.saveState(State.CacheRoot, inputs.cacheRoot);

    const layout = await openCacheRoot(inputs.cacheRoot, { from: inputs.cacheRootFrom });
    core.info(`Cache root: ${layout.root} (from ${inputs.cacheRootFrom})`);
    const job = jobRefFromEnv();
    // Named items become {id, url, sha256} items here: the lockfile, the host's table, or the vendor.
    const named = await resolveNamedItems(inputs, layout, hostFile, {
      staleMs: host.lockStaleMs,
      holder: describeJob(job),
    });
    // Before any use is recorded: whatever happens next, post can find and release this step's uses.
    core.saveState(State.UseIds, JSON.stringify(named.toolchains.map((t) => t.id)));
    const registry = new Registry(layout, {
      holder: describeJob(job),
      onWarning: core.warning,
      staleMs: host.lockStaleMs,
    });
    const owner = { key, job, process: await jobProcess() };
    const extractLimits = {
      ...(host.maxMembers !== undefined && { maxMembers: host.maxMembers }),
      ...(host.maxUnpackedBytes !== undefined && { maxBytes: host.maxUnpackedBytes }),
    };
    const maxBytes = maxArchiveBytes({ ...DEFAULT_LIMITS, ...extractLimits });
    // Built on the first miss: a hit loads no tier code (docs/design.md, "Start-up cost").
    const tiers = lazyTiers(inputs, actionsLogger, maxBytes, host.tierLeaseStaleMs);
    const results = await core.group(`Toolchains from ${layout.root}`, async () => {
      const resolved = await acquireToolchains(named.toolchains, {
        layout,
        registry,
        owner,
        waitTimeoutMs: inputs.waitTimeoutSeconds * 1000,
        installStaleMs: host.lockStaleMs,
        log: actionsLogger,
        get signal() {
          return cancelSignal();
        },
        extractLimits,
        download: {
          ...(host.stallTimeoutSeconds !== undefined && {
            stallTimeoutMs: host.stallTimeoutSeconds * 1000,
          }),
          ...(host.downloadRetries !== undefined && { retries: host.downloadRetries }),
        },
        remote: tiers,
        sizeBound,
        // Kept in staging until post has saved them to the remote tiers (post removes them).
        keepArchives: keepArchivesFor(inputs),
      });
      for (const r of resolved) core.info(describeResult(r));
      // A miss's code cache is replaced by the next hit's (chunk-code-cache.ts, rewriteWith).
      if (resolved.some((r) => r.source !== 'local')) noteCodePath(CodePath.Miss);
      return resolved;
    });
    const notes = tiers?.notesText();
    if (notes !== undefined) core.saveState(State.TierNotes, notes);
    core.saveState(State.Results, JSON.stringify(results));
    // addPath prepends: add in reverse so the first toolchain listed wins a name clash.
    for (const dir of results.flatMap((r) => r.binDirs).reverse()) core.addPath(dir);
    addJobPaths(named);
    setOutputs(results);
    core.setOutput(Outputs.Versions, JSON.stringify(named.result?.versions ?? {}));
  } catch (caught) {
    // Not a plain hit (a failed install, say): its functions stay out of the hits' code cache.
    noteCodePath(CodePath.Miss);
    // A full disk met outside an install (the root's own files): named like one met inside.
    const e =
      root !== undefined && isDiskFull(caught)
        ? await diskFullError(root, caught, 'The main step', sizeBound)
        : caught;
    // After a cancellation, whatever surfaced (an aborted download, an extraction stopped midway)
    // is fallout: say first that the step was cancelled, and by what.
    const signal = cancellation;
    const message =
      signal?.aborted && e !== signal.reason
        ? `${errorMessage(signal.reason)} ${errorMessage(e)}`
        : errorMessage(e);
    core.saveState(State.MainError, message);
    core.setFailed(message);
  }
  endAbandonedWork();
}

function setOutputs(results: ResolvedToolchain[]): void {
  core.setOutput(
    Outputs.CacheHit,
    results.every((r) => r.source === 'local' && r.waitMs === 0),
  );
  core.setOutput(
    Outputs.Paths,
    JSON.stringify(Object.fromEntries(results.map((r) => [r.id, r.path]))),
  );
  core.setOutput(Outputs.Path, results[0]?.path ?? '');
  core.setOutput(
    Outputs.Sources,
    JSON.stringify(Object.fromEntries(results.map((r) => [r.id, r.source]))),
  );
}

function describeResult(r: ResolvedToolchain): string {
  const parts = [`${r.id}: ${describeSource(r)}`, formatBytes(r.sizeBytes)];
  if (r.waitMs) parts.push(`waited ${(r.waitMs / 1000).toFixed(1)}s`);
  if (r.source !== 'local' && r.source !== 'peer')
    parts.push(`installed in ${(r.installMs / 1000).toFixed(1)}s`);
  return `${parts.join(', ')} → ${r.path}`;
}
