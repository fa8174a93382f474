// The post step: always runs (no post-if). Releases this job's uses, records statistics, collects
// garbage and reports. Nothing here fails the job: every problem becomes a warning, and one
// failing part does not stop the others.
import * as core from '@actions/core';
import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import { postFault } from '../core/faults.js';
import { removeTreeInside } from '../core/fsx.js';
import { collectGarbage, type GcReport } from '../core/gc.js';
import { describeGcReport } from '../core/gc-report.js';
import { formatBytes } from '../core/format.js';
import type { ResolvedToolchain } from '../core/types.js';
import { openCacheRoot, type CacheLayout } from '../core/layout.js';
import { describeJob, jobProcess } from '../core/leases.js';
import { DEFAULT_LOCK_STALE_MS, lockStaleMs } from '../core/lock.js';
import { Registry } from '../core/registry/store.js';
import { cacheFigures, namespaceStats, readStats, recordJobStats } from '../core/stats.js';
import { releaseUses } from '../core/uses.js';
import { endAbandonedWork, saveFetchedArchives } from '../providers/job.js';
import { State } from './constants.js';
import { actionsLogger } from './log.js';
import { gcBounds, readHostSettings, readSettings } from './inputs.js';
import { jobRefFromEnv } from './job.js';
import { writeJobSummary, type SummaryInput } from './summary.js';

const warn = (what: string, e: unknown): void =>
  core.warning(`toolchain-cache post step: ${what}: ${errorMessage(e)}`);

export async function runPost(): Promise<void> {
  let settings: ReturnType<typeof readSettings>;
  try {
    settings = readSettings();
  } catch (e) {
    warn('inputs', e);
    return;
  }
  postFault('start');
  const results = parseResults(core.getState(State.Results));
  const job = jobRefFromEnv();
  const holder = describeJob(job);
  const summary: SummaryInput = {
    results,
    mainError: core.getState(State.MainError) || undefined,
    repository: job.repository,
  };
  let layout: CacheLayout | undefined;
  try {
    layout = await openCacheRoot(core.getState(State.CacheRoot) || settings.cacheRoot, {
      create: false,
    });
  } catch (e) {
    warn('cache root', e);
  }
  if (layout) {
    const registry = new Registry(layout, {
      holder,
      onWarning: core.warning,
      staleMs: hostLockStaleMs(),
    });
    try {
      postFault('release');
      const released = await releaseUses(
        layout,
        { key: core.getState(State.UseKey) || undefined, job, process: await jobProcess() },
        [...parseIds(core.getState(State.UseIds)), ...results.map((r) => r.id)],
      );
      core.info(
        released.length
          ? `Released this job's use of: ${released.join(', ')}`
          : 'No uses to release.',
      );
    } catch (e) {
      warn('releasing uses', e);
    }
    await saveAndDropArchives(layout, results, settings);
    if (results.length) {
      try {
        postFault('stats');
        await recordJobStats(layout, job.repository, results, { holder });
      } catch (e) {
        warn('statistics', e);
      }
    }
    if (settings.cleanup) {
      try {
        postFault('gc');
        const bounds = gcBounds(settings, readHostSettings());
        for (const notice of bounds.notices) core.notice(notice);
        const report = await collectGarbage(layout, registry, {
          maxUnusedDays: bounds.maxUnusedDays,
          maxSizeBytes: bounds.maxSizeBytes,
          sizeBoundSkipsThrottle: bounds.hostSizeBound,
          holder,
        });
        logGcReport(report);
        summary.gc = report;
      } catch (e) {
        warn('GC', e);
        summary.gcError = errorMessage(e);
      }
    } else {
      summary.gcDisabled = true;
    }
    if (settings.summary) {
      try {
        summary.cache = await cacheFigures(layout, await registry.read());
        const { doc } = await readStats(layout);
        if (Object.hasOwn(doc.namespaces, job.repository)) {
          summary.repositoryStats = namespaceStats(doc.namespaces[job.repository]);
        }
      } catch (e) {
        warn('cache figures', e);
      }
    }
  }
  if (settings.summary) {
    try {
      postFault('summary');
      await writeJobSummary(summary);
    } catch (e) {
      warn('job summary', e);
    }
  }
  postFault('unhandled');
  postFault('linger');
  endAbandonedWork();
}

/**
 * Archives this job fetched wait in staging for the remote tiers: save them to every writable
 * tier that lacks them (when enabled), then remove them either way.
 */
async function saveAndDropArchives(
  layout: CacheLayout,
  results: ResolvedToolchain[],
  settings: ReturnType<typeof readSettings>,
): Promise<void> {
  const archives = results.flatMap((r) =>
    r.archivePath ? [{ id: r.id, sha256: r.sha256, archivePath: r.archivePath, tier: r.tier }] : [],
  );
  if (archives.length === 0) return;
  try {
    postFault('save');
    await saveFetchedArchives(archives, settings, core.getState(State.TierNotes), actionsLogger);
  } catch (e) {
    warn('remote cache', e);
  } finally {
    for (const a of archives) {
      const stage = path.dirname(a.archivePath);
      if (path.dirname(stage) !== layout.stagingDir) continue; // not one of ours: leave it
      await removeTreeInside(layout.root, stage).catch((e: unknown) =>
        warn('removing a saved archive', e),
      );
    }
  }
}

/** The full report goes to the log (the summary cuts long lists). */
function logGcReport(r: GcReport): void {
  const { lines, errors } = describeGcReport(r, (removed) =>
    removed.map((e) => `  ${e.id} (${formatBytes(e.sizeBytes)}, last used ${e.lastUsedAt})`),
  );
  for (const line of lines) core.info(line);
  for (const e of errors) core.warning(`toolchain-cache GC: ${e}`);
}

/** The host's lock stale time; a bad value was reported by main already: warn and use the default. */
function hostLockStaleMs(): number {
  try {
    return lockStaleMs();
  } catch (e) {
    warn('host settings', e);
    return DEFAULT_LOCK_STALE_MS;
  }
}

function parseIds(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text || '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function parseResults(text: string): ResolvedToolchain[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as ResolvedToolchain[]) : [];
  } catch {
    return [];
  }
}
