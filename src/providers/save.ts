// The post step's half of the tiers: each archive this job fetched goes to every writable tier
// that does not have it (after a download: all of them; after a restore: those tried before the
// tier that served it), hashed again right before each save (it sat in staging for the whole
// job). Never throws, every call bounded: a tier can cost the post step a warning, not the job.
import { errorMessage } from '../core/errors.js';
import { hashFile } from '../core/manifest.js';
import type { Logger } from '../core/types.js';
import type { TierChain } from './chain.js';
import type { ArchiveRef, StorageTier } from './types.js';

const STAGED = 'the staged archive';

/**
 * Why the staged archive must not be saved, or undefined when it still has its sha256. It is read
 * as a regular file only, bounded by its size: whatever was put at its name (a FIFO, a link, a
 * file that keeps growing) costs a warning, never a hung post step.
 */
async function stagedArchiveProblem(archive: SavableArchive): Promise<string | undefined> {
  let digest: string;
  try {
    digest = await hashFile(archive.archivePath);
  } catch (e) {
    return `${STAGED} cannot be read: ${errorMessage(e)}`;
  }
  if (digest === archive.sha256) return undefined;
  return `${STAGED} ${archive.archivePath} has sha256 ${digest}, expected ${archive.sha256} (changed since it was verified)`;
}

export interface SavableArchive extends ArchiveRef {
  archivePath: string;
  /** The tier that served it (it has it already). */
  tier?: string;
}

export interface SaveOutcome {
  id: string;
  tier: string;
  saved: boolean;
  reason?: string;
}

export async function saveToTiers(
  archives: SavableArchive[],
  chain: TierChain,
  log: Logger,
): Promise<SaveOutcome[]> {
  const outcomes: SaveOutcome[] = [];
  for (const archive of archives) {
    for (const tier of chain.tiers) {
      // Tiers after the one that served it were never asked: leave them be.
      if (tier.name === archive.tier) break;
      if (!tier.capabilities.write) continue;
      if (!(await chain.usable(tier))) continue;
      const outcome = await saveOne(archive, tier, chain, log);
      if (outcome) outcomes.push(outcome);
      if (outcome?.reason?.startsWith(STAGED)) break; // the archive changed: save it nowhere
    }
  }
  return outcomes;
}

async function saveOne(
  archive: SavableArchive,
  tier: StorageTier,
  chain: TierChain,
  log: Logger,
): Promise<SaveOutcome | undefined> {
  const base = { id: archive.id, tier: tier.name };
  // A tier known to lack it (or to hold bad bytes) gets it without asking again.
  if (!(chain.notes.needs[archive.sha256] ?? []).includes(tier.name)) {
    const has = await chain.call(tier, `looking up ${archive.id}`, (c) => tier.has(archive, c));
    if (!has.ok) return { ...base, saved: false, reason: chain.notes.failed[tier.name] };
    if (has.value) return undefined;
  }
  const problem = await stagedArchiveProblem(archive);
  if (problem) {
    log.warning(`${archive.id}: not saved to any remote tier: ${problem}`);
    return { ...base, saved: false, reason: problem };
  }
  const put = await chain.call(tier, `saving ${archive.id}`, (c) =>
    tier.put(archive, archive.archivePath, c),
  );
  if (!put.ok) return { ...base, saved: false, reason: chain.notes.failed[tier.name] };
  log.info(`${archive.id}: saved the archive to ${tier.name}`);
  return { ...base, saved: true };
}
