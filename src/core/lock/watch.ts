// Change notifications for waiters, with polling as the fallback wherever they do not work.
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/**
 * fs.watch of a file or directory that others may delete, where the platform supports it; polling
 * covers the rest (and NFS, where events do not cross hosts). Windows cannot delete a directory that
 * is being watched, so there the parent is watched for that name (and every change inside counts).
 */
export function watchTarget(
  target: string,
  onChange: () => void,
  /** For a directory: the entries whose changes matter (the directory's own always do). */
  entries?: string[],
): FSWatcher | undefined {
  const name = path.basename(target);
  if (process.platform !== 'win32') {
    return watchPath(target, (filename) => {
      if (!entries || filename === null || filename === name || entries.includes(filename))
        onChange();
    });
  }
  return watchPath(path.dirname(target), (filename) => {
    if (filename === null || filename === name) onChange();
  });
}

function watchPath(
  target: string,
  onChange: (filename: string | null) => void,
): FSWatcher | undefined {
  try {
    const w = watch(target, { persistent: false }, (_event, filename) =>
      onChange(filename === null ? null : String(filename)),
    );
    w.on('error', () => w.close());
    return w;
  } catch {
    return undefined;
  }
}

/** Something a waiter sleeps on: a path, and for a directory the entries whose changes matter. */
export interface WakeTarget {
  path: string;
  entries?: string[];
  /**
   * Whether the waiter depends on this watch (the ticket ahead, the holder's epoch): when it cannot
   * be set up, the waiter polls at the short period. Optional targets only wake it sooner.
   */
  optional?: boolean;
}

export interface SleepTiming {
  /** The sleep while every required target is watched (a poll catches what watchers miss). */
  period: number;
  /** The sleep when a required target cannot be watched. */
  pollMs: number;
  deadline: number;
}

/** A cheap question asked every `everyMs` during the sleep; true ends it. */
export interface Probe {
  everyMs: number;
  ask: () => Promise<boolean>;
}

/** How a sleep ended: a watched change, the poll (the caller then scans the line), the probe. */
export type Wake = 'change' | 'poll' | 'probe';

/**
 * Sleeps until one of `targets` changes, a poll is due or the probe says yes. `changed` is asked
 * once the watchers are set up: what happened between the caller's look and the watch would
 * otherwise sleep until the next poll. Periods are jittered (0.5–1.5×) so pollers sharing a lock
 * do not wake in step. The watchers stay set up across the probes: a probe costs one question.
 */
export async function sleepUntilChange(
  targets: WakeTarget[],
  timing: SleepTiming,
  changed: () => boolean,
  probe?: Probe,
): Promise<Wake> {
  let wake: ((how: Wake) => void) | undefined;
  const watchers = targets.map((t) => ({
    t,
    w: watchTarget(t.path, () => wake?.('change'), t.entries),
  }));
  const timers: NodeJS.Timeout[] = [];
  let asking: Promise<boolean> | undefined;
  try {
    if (changed()) return 'change';
    const watched = watchers.every(({ t, w }) => w !== undefined || t.optional);
    const jitter = (ms: number): number => ms * (0.5 + Math.random());
    const delay = Math.min(
      jitter(watched ? timing.period : timing.pollMs),
      Math.max(0, timing.deadline - Date.now()),
    );
    const how = await new Promise<Wake>((resolve) => {
      // Once woken, nothing else starts: no new question, no second answer.
      wake = (w) => {
        wake = undefined;
        resolve(w);
      };
      timers.push(setTimeout(() => wake?.('poll'), delay));
      const ask = (): void => {
        if (!probe || wake === undefined) return;
        asking = probe.ask().catch(() => false);
        void asking.then((yes) => (yes ? wake?.('probe') : again()));
      };
      const again = (): void => {
        if (probe && wake !== undefined) timers.push(setTimeout(ask, jitter(probe.everyMs)));
      };
      again();
    });
    // A question in flight when something else woke us may have had its effect: take its answer.
    if (how !== 'probe' && asking && (await asking)) return 'probe';
    return how;
  } finally {
    wake = undefined;
    for (const t of timers) clearTimeout(t);
    for (const { w } of watchers) w?.close();
  }
}
