// Lock states planted by tests: what a dead or stalled holder leaves on disk.
import { utimesSync } from 'node:fs';
import os from 'node:os';
import {
  claimEpochSync,
  epochDirOf,
  listEpochs,
  prepareEpochsDir,
  writeOwnerSync,
} from '../../src/core/lock/epochs.js';

/**
 * The newest epoch of `lockPath` held by a process that died `ageMs` ago (its heartbeat stopped
 * then): exactly what a holder killed with SIGKILL leaves behind. Returns the epoch number.
 */
export async function plantStaleLock(
  lockPath: string,
  ageMs = 60_000,
  pid = 999_999,
): Promise<number> {
  await prepareEpochsDir(lockPath);
  const epoch = (listEpochs(lockPath).at(-1) ?? 0) + 1;
  if (!claimEpochSync(lockPath, epoch)) throw new Error(`epoch ${epoch} of ${lockPath} exists`);
  writeOwnerSync(lockPath, epoch, {
    token: `dead-${epoch}`,
    pid,
    host: os.hostname(),
    holder: 'a dead holder',
    acquiredAt: new Date(Date.now() - ageMs).toISOString(),
    epoch,
  });
  const old = new Date(Date.now() - ageMs);
  utimesSync(epochDirOf(lockPath, epoch), old, old);
  return epoch;
}
