// The provider registry: which items the `remote` input may name, and how each becomes a tier.
import { actionsCacheProvider } from './actions-cache.js';
import { fileProvider } from './file.js';
import { s3Provider } from './s3.js';
import { invalidItem } from './spec-errors.js';
import type { ProviderContext, ProviderDefinition, StorageTier } from './types.js';

export const PROVIDERS: readonly ProviderDefinition[] = [
  actionsCacheProvider,
  s3Provider as ProviderDefinition,
  fileProvider as ProviderDefinition,
];

/** One validated item of the `remote` input. */
export interface TierConfig {
  provider: ProviderDefinition;
  config: unknown;
  /** As written (for messages). */
  item: string;
}

/** Splits the input into items: one per line or comma-separated; blank items and `#` comments ignored. */
export function splitRemoteInput(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, ''))
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Validates every item; the first bad one fails with an error naming the input and the item. */
export function parseRemoteInput(text: string): TierConfig[] {
  const seen = new Set<string>();
  return splitRemoteInput(text).map((item) => {
    const provider = PROVIDERS.find((p) => p.claims(item));
    if (!provider)
      throw invalidItem(
        item,
        'not a known provider (use actions-cache, s3://BUCKET[/PREFIX] or file:///ABSOLUTE/DIR)',
      );
    const config = provider.parse(item);
    const name = (config as { name?: string }).name ?? item;
    if (seen.has(name)) throw invalidItem(item, `${name} is listed twice`);
    seen.add(name);
    return { provider, config, item };
  });
}

export function createTiers(configs: TierConfig[], ctx: ProviderContext): StorageTier[] {
  return configs.map(({ provider, config }) => provider.create(config, ctx));
}

export const anyWritable = (configs: TierConfig[]): boolean =>
  configs.some((c) => c.provider.capabilities.write);
