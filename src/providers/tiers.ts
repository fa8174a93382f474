// The tiers the `remote` input names, built: each provider's client code, loaded only on a miss
// or a save (registry.ts validates the input without it).
import { actionsCacheProvider } from './actions-cache.js';
import { fileProvider } from './file.js';
import type { TierConfig } from './registry.js';
import { s3Provider } from './s3.js';
import type { ProviderContext, ProviderDefinition, StorageTier } from './types.js';

const DEFINITIONS: readonly ProviderDefinition[] = [
  actionsCacheProvider,
  s3Provider as ProviderDefinition,
  fileProvider as ProviderDefinition,
];

export function createTiers(configs: TierConfig[], ctx: ProviderContext): StorageTier[] {
  return configs.map(({ provider, config }) => {
    const definition = DEFINITIONS.find((d) => d.name === provider.name);
    if (!definition) throw new Error(`no tier code for provider ${provider.name}`);
    return definition.create(config, ctx);
  });
}
