// `prefetch`: installs every toolchain of a list (the `toolchains` input's YAML) as a job would,
// through the same locks, pipeline and use records (src/core/installer.ts), to bake a machine image
// or warm a host before it takes jobs (README, "Operating a fleet"). Safe while jobs run: a
// toolchain a job is installing is waited for, not downloaded again. Each toolchain counts as
// used now; the command's use records are released before it exits, on a failure or a signal too.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { ToolchainCacheError, errorMessage } from '../../core/errors.js';
import { hostLockStaleMs } from '../../core/host-config.js';
import { startAcquiring, type InstallOptions } from '../../core/installer.js';
import type { CacheLayout } from '../../core/layout.js';
import { jobProcess, type JobRef } from '../../core/leases.js';
import type { ToolchainSpec } from '../../core/spec.js';
import type { Logger, ResolvedToolchain } from '../../core/types.js';
import { releaseUses, type UseOwner } from '../../core/uses.js';
import {
  EXIT_FAILURE,
  EXIT_OK,
  UsageError,
  print,
  type CliIo,
  type Command,
  type Context,
} from '../context.js';
import { formatBytes, formatDuration, formatTable } from '../format.js';
import { cliHostConfig, openForWriting, openRegistry } from '../root.js';
import { readToolchainList, toSpecs } from '../toolchain-list.js';

export const prefetch: Command = {
  summary: 'Install the toolchains of a list as a job would (bake an image, warm a host)',
  usage:
    'toolchain-cache prefetch --file FILE [--lockfile FILE] [--wait-timeout SECONDS] [--root DIR] [--json]',
  details: `  --file FILE             the toolchains, as the action's \`toolchains\` input takes them (a YAML list)
  --lockfile FILE         the lockfile pinning the list's named items (NAME@VERSION)
  --wait-timeout SECONDS  how long to wait for a job installing the same toolchain (default 600)

Safe while jobs run: a toolchain being installed is waited for, never downloaded twice. Progress
goes to stderr, a table of the toolchains to stdout. Exits 1 naming each toolchain that failed; the
others are installed all the same. Each toolchain counts as used now (GC keeps it for
max-unused-days); no use record outlives the command.`,
  options: {
    file: { type: 'string' },
    lockfile: { type: 'string' },
    'wait-timeout': { type: 'string' },
  },
  positionals: 0,
  run: runPrefetch,
};

/** After a signal, how long releasing the uses may take before the command exits anyway. */
const CANCEL_GRACE_MS = 5000;
const DEFAULT_WAIT_TIMEOUT_S = 600;

/** One toolchain of the list, as it ended. */
export type PrefetchOutcome =
  | {
      id: string;
      ok: true;
      source: ResolvedToolchain['source'];
      tier?: string;
      sizeBytes: number;
      timeMs: number;
      path: string;
    }
  | { id: string; ok: false; error: string };

export interface PrefetchOutput {
  root: string;
  toolchains: PrefetchOutcome[];
}

async function runPrefetch(ctx: Context): Promise<number> {
  const file = ctx.values.file as string | undefined;
  if (!file?.trim()) throw new UsageError('--file FILE is required (the toolchains, a YAML list)');
  const waitTimeoutMs = waitTimeoutFrom(ctx.values['wait-timeout'] as string | undefined) * 1000;
  const { items, warnings } = await readToolchainList(file);
  for (const w of warnings) ctx.io.stderr(`toolchain-cache prefetch: warning: ${w}`);
  const layout = await openForWriting(ctx.root);
  const specs = await toSpecs(items, {
    lockfile: ctx.values.lockfile as string | undefined,
    layout,
    host: cliHostConfig(ctx),
    log: stderrLogger(ctx.io),
  });
  ctx.io.stderr(`Prefetching ${specs.length} toolchain(s) into ${layout.root}`);
  const cancel = cancelOnSignals(ctx.io);
  let outcomes: PrefetchOutcome[];
  try {
    outcomes = await installAll(ctx, layout, specs, { waitTimeoutMs, signal: cancel.signal });
  } finally {
    cancel.dispose();
  }
  print(ctx, { root: layout.root, toolchains: outcomes } satisfies PrefetchOutput, () =>
    formatOutcomes(outcomes),
  );
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length === 0) return EXIT_OK;
  ctx.io.stderr(
    `toolchain-cache prefetch: ${failed.length} of ${outcomes.length} toolchain(s) failed: ` +
      failed.map((f) => f.id).join(', '),
  );
  return EXIT_FAILURE;
}

function waitTimeoutFrom(value: string | undefined): number {
  if (value === undefined) return DEFAULT_WAIT_TIMEOUT_S;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
    throw new UsageError(`--wait-timeout must be a whole number of seconds ≥ 1 (got "${value}")`);
  return Number(value.trim());
}

/**
 * Every spec installed (or found) in parallel, each reported as it settles; a failure does not
 * stop the others. The uses recorded for them are released at the end whatever happened: the
 * release stamps each toolchain's last use, which is what keeps it from GC (docs/design.md,
 * "Uses and GC").
 */
async function installAll(
  ctx: Context,
  layout: CacheLayout,
  specs: ToolchainSpec[],
  options: { waitTimeoutMs: number; signal: AbortSignal },
): Promise<PrefetchOutcome[]> {
  const owner: UseOwner = {
    key: randomUUID(),
    job: prefetchJob(),
    // This very process: were it killed outright, its uses are dead at once (GC reclaims them).
    process: await jobProcess(process.pid),
  };
  const started = Date.now();
  try {
    const pending = await startAcquiring(specs, installOptions(ctx, layout, owner, options));
    return await Promise.all(
      pending.map(async (p, i) => {
        const outcome = await p.then(
          (r) => succeeded(r, Date.now() - started),
          (e: unknown) => failed(specs[i].id, e, options.signal),
        );
        ctx.io.stderr(progressLine(outcome));
        return outcome;
      }),
    );
  } finally {
    await releaseUses(
      layout,
      { key: owner.key },
      specs.map((s) => s.id),
    );
  }
}

const succeeded = (r: ResolvedToolchain, timeMs: number): PrefetchOutcome => ({
  id: r.id,
  ok: true,
  source: r.source,
  ...(r.tier !== undefined && { tier: r.tier }),
  sizeBytes: r.sizeBytes,
  timeMs,
  path: r.path,
});

/**
 * A failed toolchain; its error without the id it already starts with. After a signal, whatever
 * surfaced (an aborted download) is fallout: the cancellation is said first.
 */
function failed(id: string, e: unknown, signal: AbortSignal): PrefetchOutcome {
  const message = errorMessage(e);
  let error = message.startsWith(`${id}: `) ? message.slice(id.length + 2) : message;
  if (signal.aborted && e !== signal.reason) error = `${errorMessage(signal.reason)} ${error}`;
  return { id, ok: false, error };
}

/** The installer's options: the host file's limits, as the steps apply them. */
function installOptions(
  ctx: Context,
  layout: CacheLayout,
  owner: UseOwner,
  options: { waitTimeoutMs: number; signal: AbortSignal },
): InstallOptions {
  const host = cliHostConfig(ctx);
  return {
    layout,
    registry: openRegistry(ctx, layout, 'prefetch'),
    owner,
    waitTimeoutMs: options.waitTimeoutMs,
    installStaleMs: hostLockStaleMs(host, ctx.io.env),
    log: stderrLogger(ctx.io),
    signal: options.signal,
    extractLimits: {
      ...(host.maxMembers !== undefined && { maxMembers: host.maxMembers }),
      ...(host.maxUnpackedBytes !== undefined && { maxBytes: host.maxUnpackedBytes }),
    },
    download: {
      ...(host.stallTimeoutSeconds !== undefined && {
        stallTimeoutMs: host.stallTimeoutSeconds * 1000,
      }),
      ...(host.downloadRetries !== undefined && { retries: host.downloadRetries }),
    },
  };
}

/** Who the use records and lock files name: this command on this host. */
const prefetchJob = (): JobRef => ({
  repository: 'toolchain-cache prefetch',
  runId: String(process.pid),
  runAttempt: '1',
  job: os.hostname(),
  action: 'prefetch',
});

/** The installer's messages (downloading, waiting for a job, …) as progress on stderr. */
const stderrLogger = (io: CliIo): Logger => ({
  info: (m) => io.stderr(m),
  warning: (m) => io.stderr(`warning: ${m}`),
  debug: () => undefined,
});

function progressLine(o: PrefetchOutcome): string {
  if (!o.ok) return `${o.id}: FAILED: ${o.error}`;
  return `${o.id}: ${sourceOf(o)}, ${formatBytes(o.sizeBytes)}, ${formatDuration(o.timeMs)}`;
}

const sourceOf = (o: PrefetchOutcome & { ok: true }): string =>
  o.tier ? `${o.source} (${o.tier})` : o.source;

function formatOutcomes(outcomes: PrefetchOutcome[]): string {
  const rows = outcomes.map((o) =>
    o.ok
      ? [o.id, sourceOf(o), formatBytes(o.sizeBytes), formatDuration(o.timeMs)]
      : [o.id, 'FAILED', '-', '-'],
  );
  const table = formatTable(['ID', 'SOURCE', 'SIZE', 'TIME'], rows, [
    'left',
    'left',
    'right',
    'right',
  ]);
  const errors = outcomes.flatMap((o) => (o.ok ? [] : [`error: ${o.error}`]));
  return [table, ...(errors.length ? ['', ...errors] : [])].join('\n');
}

/**
 * SIGINT/SIGTERM (an operator's Ctrl-C, a provisioning timeout) abort the downloads and
 * extractions, so the install locks and staging are cleaned up and the uses released, as the main
 * step does on a cancelled job (src/action/main-step.ts).
 */
function cancelOnSignals(io: CliIo): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) return;
    io.stderr(`Received ${signal}: cancelling; releasing this command's uses.`);
    controller.abort(new ToolchainCacheError('CANCELLED', `prefetch was cancelled (${signal}).`));
    setTimeout(() => process.exit(EXIT_FAILURE), CANCEL_GRACE_MS).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
