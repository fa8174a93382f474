// The provider registry: which items the `remote` input may name. Syntax only (syntax.ts): both
// steps validate the input here on every job, a hit included, without loading any tier's code;
// tiers.ts builds the tiers on a miss or a save (docs/design.md, "Start-up cost").
import { invalidItem } from './spec-errors.js';
import { actionsCacheSyntax, fileSyntax, s3Syntax, type ProviderSyntax } from './syntax.js';

export const PROVIDERS: readonly ProviderSyntax[] = [
  actionsCacheSyntax,
  s3Syntax as ProviderSyntax,
  fileSyntax as ProviderSyntax,
];

/** One validated item of the `remote` input. */
export interface TierConfig {
  provider: ProviderSyntax;
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

export const anyWritable = (configs: TierConfig[]): boolean =>
  configs.some((c) => c.provider.capabilities.write);

export interface TierSettings {
  /** `remote-cache: false` turns every tier off. */
  remoteCache: boolean;
  remote: TierConfig[];
  remoteTimeoutSeconds: number;
}

/** Whether any tier is on for this job. */
export const anyTier = (settings: TierSettings): boolean =>
  settings.remoteCache && settings.remote.length > 0;

/** Archives are kept in staging for post only when some tier could take them. */
export const keepArchivesFor = (settings: TierSettings): boolean =>
  settings.remoteCache && anyWritable(settings.remote);
