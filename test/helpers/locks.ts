// Lock states planted by tests: what another holder, dead or alive, leaves on disk.
import { utimesSync } from 'node:fs';
import os from 'node:os';
import {
  claimEpochSync,
  epochDirOf,
  listEpochs,
  prepareEpochsDir,
  writeOwnerSync,
} from '../../src/core/lock/epochs.js';

/** A newer epoch of `lockPath` held by another process, its last heartbeat `ageMs` ago. */
async function plantEpoch(lockPath: string, ageMs: number, pid: number): Promise<number> {
  await prepareEpochsDir(lockPath);
  const epoch = (listEpochs(lockPath).at(-1) ?? 0) + 1;
  if (!claimEpochSync(lockPath, epoch)) throw new Error(`epoch ${epoch} of ${lockPath} exists`);
  writeOwnerSync(lockPath, epoch, {
    token: `planted-${epoch}`,
    pid,
    host: os.hostname(),
    holder: 'a planted holder',
    acquiredAt: new Date(Date.now() - ageMs).toISOString(),
    epoch,
  });
  const then = new Date(Date.now() - ageMs);
  utimesSync(epochDirOf(lockPath, epoch), then, then);
  return epoch;
}

/**
 * The lock of a holder that died `ageMs` ago (its heartbeat stopped then), as a holder killed with
 * SIGKILL leaves it. Returns its epoch.
 */
export const plantStaleLock = (lockPath: string, ageMs = 60_000, pid = 999_999): Promise<number> =>
  plantEpoch(lockPath, ageMs, pid);

/** What a process that took the lock over (as stale) leaves: a newer epoch, fresh. */
export const plantTakeover = (lockPath: string, pid = 999_999): Promise<number> =>
  plantEpoch(lockPath, 0, pid);
