// The remote tiers of main, built on the job's first miss: a hit loads no tier code, no HTTP
// client (docs/design.md, "Start-up cost"). The `remote` input was validated already (syntax only,
// src/providers/registry.ts), so a bad item still fails every job, a hit included.
import type { OriginTurn, RemoteTier, RestoredArchive } from '../core/types.js';
import type { ToolchainSpec } from '../core/spec.js';
import type { Logger } from '../core/types.js';
import { anyTier, type TierSettings } from '../providers/registry.js';
import type { TierChain } from '../providers/chain.js';

export interface LazyTiers extends RemoteTier {
  /** What the chain learnt, for post (State.TierNotes); undefined when no miss built it. */
  notesText(): string | undefined;
}

/** The tiers of `settings`, built on the first restore; undefined when no tier is on. */
export function lazyTiers(
  settings: TierSettings,
  log: Logger,
  maxBytes: number,
  /** The fleet leases' stale time (readHostSettings, tierLeaseStaleMs). */
  leaseStaleMs?: number,
): LazyTiers | undefined {
  if (!anyTier(settings)) return undefined;
  let chain: Promise<TierChain | undefined> | undefined;
  let built: TierChain | undefined;
  const load = async (): Promise<TierChain | undefined> => {
    const { tierChainFor } = await import('../providers/job.js');
    built = tierChainFor(settings, log, '', maxBytes, leaseStaleMs);
    return built;
  };
  return {
    async restore(spec: ToolchainSpec, destFile: string): Promise<RestoredArchive | undefined> {
      const tiers = await (chain ??= load());
      return tiers?.restore(spec, destFile);
    },
    async originTurn(spec, destFile, wait): Promise<OriginTurn | undefined> {
      const tiers = await (chain ??= load());
      return tiers?.originTurn(spec, destFile, wait);
    },
    notesText: () => (built ? JSON.stringify(built.notes) : undefined),
  };
}
