// The steps' entry points into the tiers: main builds the chain (on its first miss), post saves
// what the job fetched. Loaded only then: it brings every tier's client code (tiers.ts).
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/types.js';
import { emptyNotes, TierChain, type TierNotes } from './chain.js';
import { anyTier, type TierSettings } from './registry.js';
import { saveToTiers, type SavableArchive, type SaveOutcome } from './save.js';
import { createTiers } from './tiers.js';

export { endAbandonedWork } from './bounded.js';
export { keepArchivesFor, type TierSettings } from './registry.js';

/**
 * The chain for this job, or undefined when no tier is on. `notesText`: what main learnt;
 * `maxBytes`: the most bytes an archive may have on this host (maxArchiveBytes); `leaseStaleMs`:
 * the fleet leases' stale time (docs/design.md, "Fleet lease").
 */
export function tierChainFor(
  settings: TierSettings,
  log: Logger,
  notesText = '',
  maxBytes = Infinity,
  leaseStaleMs?: number,
): TierChain | undefined {
  if (!anyTier(settings)) return undefined;
  const tiers = createTiers(settings.remote, { log, leaseStaleMs });
  const timeoutMs = settings.remoteTimeoutSeconds * 1000;
  return new TierChain(tiers, log, timeoutMs, parseNotes(notesText), maxBytes);
}

/** Saves each fetched archive to the tiers that lack it; never throws. */
export async function saveFetchedArchives(
  archives: SavableArchive[],
  settings: TierSettings,
  notesText: string,
  log: Logger,
): Promise<SaveOutcome[]> {
  const chain = tierChainFor(settings, log, notesText);
  if (!chain || archives.length === 0) return [];
  try {
    return await saveToTiers(archives, chain, log);
  } catch (e) {
    log.warning(`remote tiers: saving failed: ${errorMessage(e)}`);
    return [];
  }
}

function parseNotes(text: string): TierNotes {
  if (!text) return emptyNotes();
  try {
    const parsed = JSON.parse(text) as Partial<TierNotes>;
    return { failed: parsed.failed ?? {}, needs: parsed.needs ?? {} };
  } catch {
    return emptyNotes();
  }
}
