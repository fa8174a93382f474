// The post step: always runs (no post-if). Releases this job's uses, saves fetched archives to the
// remote tiers, records statistics, collects garbage and reports (docs/design.md, "Data flow").
// Nothing here fails the job: each phase is guarded, its problems become warnings, and one
// failing phase does not stop the others; src/action/post-guard.ts catches whatever escapes.
// A warm job's post loads little: the tiers load only to save what main fetched, the GC's planner
// and removal code only when the throttle lets a GC run (docs/design.md, "Start-up cost").
import * as core from './runner-commands.js';
import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import { DiskFullError, diskFullError, isDiskFull, type SizeBound } from '../core/disk-full.js';
import { postFault } from '../core/faults.js';
import { removeTreeInside } from '../core/fsx.js';
import type { GcOptions, GcReport } from '../core/gc.js';
import { gcReportModel, gcReportText } from '../core/gc-report.js';
import { throttledGc } from '../core/gc-throttle.js';
import { formatBytes } from '../core/format.js';
import type { ResolvedToolchain } from '../core/types.js';
import { openCacheRoot, type CacheLayout } from '../core/layout.js';
import { describeJob, jobProcess, type JobRef } from '../core/leases.js';
import { hostLockStaleMs as lockStaleOfHost } from '../core/host-config.js';
import { DEFAULT_LOCK_STALE_MS } from '../core/lock.js';
import { Registry } from '../core/registry/store.js';
import { cacheFigures, namespaceStats, readStats, recordJobStats } from '../core/stats.js';
import { releaseUses } from '../core/uses.js';
import { endAbandonedWork } from '../providers/bounded.js';
import { State } from './constants.js';
import { actionsLogger } from './log.js';
import { gcBounds, readHostSettings, readSettings } from './inputs.js';
import { jobRefFromEnv } from './job.js';
import { writeJobSummary, type SummaryInput } from './summary.js';

const warn = (what: string, e: unknown): void =>
  core.warning(
    // A full disk's message already says what failed ("statistics failed: no space left …").
    `toolchain-cache post step: ${e instanceof DiskFullError ? '' : `${what}: `}${errorMessage(e)}`,
  );

/** The cache root this post step opened: a full disk met in a phase is named like main names it. */
let openedRoot: string | undefined;

/** `e`, or for a full disk (a state file, the trash) the error naming the disk and the fix. */
async function explained(what: string, e: unknown, settings?: Settings): Promise<unknown> {
  if (openedRoot === undefined || !isDiskFull(e)) return e;
  return diskFullError(openedRoot, e, what, settings && sizeBoundOf(settings));
}

/** The size bound in force, for a full disk's message; undefined when it cannot be told. */
function sizeBoundOf(settings: Settings): SizeBound | undefined {
  try {
    const bounds = gcBounds(settings, readHostSettings(process.env, undefined, { gc: false }));
    return { bytes: bounds.maxSizeBytes, from: bounds.maxSizeFrom };
  } catch {
    return undefined;
  }
}

/**
 * Runs one phase of the post step: its failure becomes a warning naming `what` (and goes to
 * `onError`), never an exception, so the phases after it still run (docs/design.md, "Data flow").
 */
async function guarded(
  what: string,
  phase: () => Promise<void>,
  onError?: (e: unknown) => void,
): Promise<void> {
  try {
    await phase();
  } catch (caught) {
    const e = await explained(what, caught, currentSettings);
    warn(what, e);
    onError?.(e);
  }
}

type Settings = ReturnType<typeof readSettings>;
let currentSettings: Settings | undefined;

/** What every phase reads, and the summary the phases fill in. */
interface Post {
  settings: Settings;
  results: ResolvedToolchain[];
  job: JobRef;
  holder: string;
  summary: SummaryInput;
}

/** release → save → stats → GC → summary; each phase guarded, none able to fail the job. */
export async function runPost(): Promise<void> {
  let settings: Settings;
  try {
    settings = readSettings();
  } catch (e) {
    warn('inputs', e);
    return;
  }
  postFault('start');
  currentSettings = settings;
  const post = startPost(settings);
  const layout = await openLayout(settings);
  if (layout) {
    openedRoot = layout.root;
    // Which root this job used, and who chose it, in the log and the summary.
    const from = sameRoot(layout.root, settings.cacheRoot) ? settings.cacheRootFrom : undefined;
    core.info(`Cache root: ${layout.root}${from ? ` (from ${from})` : ''}`);
    post.summary.cacheRoot = { path: layout.root, ...(from && { from }) };
    await cachePhases(post, layout);
  }
  if (settings.summary) {
    await guarded('job summary', async () => {
      postFault('summary');
      await writeJobSummary(post.summary);
    });
  }
  postFault('unhandled');
  postFault('linger');
  endAbandonedWork();
}

function startPost(settings: Settings): Post {
  const results = parseStateArray(core.getState(State.Results)) as ResolvedToolchain[];
  const job = jobRefFromEnv();
  const summary: SummaryInput = {
    results,
    mainError: core.getState(State.MainError) || undefined,
    repository: job.repository,
    lockNotes: parseStateArray(core.getState(State.LockNotes)) as SummaryInput['lockNotes'],
  };
  return { settings, results, job, holder: describeJob(job), summary };
}

/** The cache root main used; undefined (with a warning) when it cannot be opened. */
async function openLayout(settings: Settings): Promise<CacheLayout | undefined> {
  try {
    return await openCacheRoot(core.getState(State.CacheRoot) || settings.cacheRoot, {
      create: false,
    });
  } catch (e) {
    warn('cache root', e);
    return undefined;
  }
}

/** The phases that need the cache root, in order. */
async function cachePhases(post: Post, layout: CacheLayout): Promise<void> {
  const registry = new Registry(layout, {
    holder: post.holder,
    onWarning: core.warning,
    staleMs: hostLockStaleMs(),
  });
  await guarded('releasing uses', () => releaseJobUses(post, layout));
  await saveAndDropArchives(layout, post.results, post.settings);
  if (post.results.length) {
    await guarded('statistics', async () => {
      postFault('stats');
      await recordJobStats(layout, post.job.repository, post.results, { holder: post.holder });
    });
  }
  if (post.settings.cleanup) {
    await guarded(
      'GC',
      () => collectAndLog(post, layout, registry),
      (e) => (post.summary.gcError = errorMessage(e)),
    );
  } else {
    post.summary.gcDisabled = true;
  }
  if (post.settings.summary)
    await guarded('cache figures', () => addCacheFigures(post, layout, registry));
}

/** Releases the uses main recorded (by its use key) and any of this job's toolchains. */
async function releaseJobUses(post: Post, layout: CacheLayout): Promise<void> {
  postFault('release');
  const useIds = parseStateArray(core.getState(State.UseIds)).filter(
    (x): x is string => typeof x === 'string',
  );
  const released = await releaseUses(
    layout,
    { key: core.getState(State.UseKey) || undefined, job: post.job, process: await jobProcess() },
    [...useIds, ...post.results.map((r) => r.id)],
  );
  core.info(
    released.length ? `Released this job's use of: ${released.join(', ')}` : 'No uses to release.',
  );
}

/** GC within the bounds (the host's override the workflow's), reported to the log and the summary. */
async function collectAndLog(post: Post, layout: CacheLayout, registry: Registry): Promise<void> {
  postFault('gc');
  const bounds = gcBounds(post.settings, readHostSettings());
  for (const notice of bounds.notices) core.notice(notice);
  const options: GcOptions = {
    maxUnusedDays: bounds.maxUnusedDays,
    maxSizeBytes: bounds.maxSizeBytes,
    maxSizeFrom: bounds.maxSizeFrom,
    sizeBoundSkipsThrottle: bounds.hostSizeBound,
    holder: post.holder,
  };
  const report =
    (await throttledGc(layout, registry, options)) ??
    (await (await import('../core/gc.js')).collectGarbage(layout, registry, options));
  logGcReport(report);
  post.summary.gc = report;
}

/** The cache's totals after GC and this repository's counters, for the summary. */
async function addCacheFigures(post: Post, layout: CacheLayout, registry: Registry): Promise<void> {
  post.summary.cache = await cacheFigures(layout, await registry.read());
  const { doc } = await readStats(layout);
  if (Object.hasOwn(doc.namespaces, post.job.repository)) {
    post.summary.repositoryStats = namespaceStats(doc.namespaces[post.job.repository]);
  }
}

/**
 * Archives this job fetched wait in staging for the remote tiers: save them to every writable
 * tier that lacks them (when enabled), then remove them either way.
 */
async function saveAndDropArchives(
  layout: CacheLayout,
  results: ResolvedToolchain[],
  settings: Settings,
): Promise<void> {
  const archives = results.flatMap((r) =>
    r.archivePath ? [{ id: r.id, sha256: r.sha256, archivePath: r.archivePath, tier: r.tier }] : [],
  );
  if (archives.length === 0) return;
  await guarded('remote cache', async () => {
    postFault('save');
    const { saveFetchedArchives } = await import('../providers/job.js');
    await saveFetchedArchives(archives, settings, core.getState(State.TierNotes), actionsLogger);
  });
  for (const a of archives) {
    const stage = path.dirname(a.archivePath);
    if (path.dirname(stage) !== layout.stagingDir) continue; // not one of ours: leave it
    await removeTreeInside(layout.root, stage).catch((e: unknown) =>
      warn('removing a saved archive', e),
    );
  }
}

/** The full report goes to the log (the summary cuts long lists). */
function logGcReport(r: GcReport): void {
  const { lines, errors } = gcReportText(gcReportModel(r), (removed) =>
    removed.map((e) => `  ${e.id} (${formatBytes(e.sizeBytes)}, last used ${e.lastUsedAt})`),
  );
  for (const line of lines) core.info(line);
  for (const e of errors) core.warning(`toolchain-cache GC: ${e}`);
}

/** The host's lock stale time; a bad value was reported by main already: warn and use the default. */
function hostLockStaleMs(): number {
  try {
    return lockStaleOfHost();
  } catch (e) {
    warn('host settings', e);
    return DEFAULT_LOCK_STALE_MS;
  }
}

/** Whether the root main used (its real path) is the one the settings name. */
const sameRoot = (real: string, chosen: string): boolean => path.resolve(chosen) === real;

/** A JSON array main left in the step state; anything else (nothing, a truncated value) is []. */
function parseStateArray(text: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(text || '[]');
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}
