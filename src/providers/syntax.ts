// What each provider accepts in the `remote` input, and what its tiers can do: syntax only, no tier
// code, so that a step can validate the input on a hit without loading any client (docs/design.md,
// "Start-up cost"). Each provider's module (actions-cache.ts, s3.ts, file.ts) adds how its tiers
// are made; tiers.ts maps these to them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { invalidItem } from './spec-errors.js';
import type { Capabilities } from './types.js';

/** A provider's part of the `remote` input: recognises its items and validates them. */
export interface ProviderSyntax<Config = unknown> {
  name: string;
  capabilities: Capabilities;
  /** Whether `item` is this provider's (by scheme or name); validation comes after. */
  claims(item: string): boolean;
  /** Validates the item; throws an InputError naming the input and the item. */
  parse(item: string): Config;
}

export const ACTIONS_CACHE = 'actions-cache';

export const actionsCacheSyntax: ProviderSyntax<{ name: string }> = {
  name: ACTIONS_CACHE,
  capabilities: { read: true, write: true, streaming: false },
  claims: (item) => item.toLowerCase() === ACTIONS_CACHE,
  parse: () => ({ name: ACTIONS_CACHE }),
};

export interface S3TierConfig {
  bucket: string;
  /** Without leading or trailing slashes; '' for the bucket's root. */
  prefix: string;
  name: string;
}

// AWS's rules for bucket names (dots allowed: older buckets and other stores use them).
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export const s3Syntax: ProviderSyntax<S3TierConfig> = {
  name: 's3',
  capabilities: { read: true, write: true, streaming: true },
  claims: (item) => /^s3:/i.test(item),
  parse(item) {
    const m = /^s3:\/\/([^/?#]*)((?:\/[^?#]*)?)$/.exec(item);
    if (!m) throw invalidItem(item, 'expected s3://BUCKET or s3://BUCKET/PREFIX');
    const [, bucket, rawPrefix] = m;
    if (!BUCKET.test(bucket))
      throw invalidItem(
        item,
        `"${bucket}" is not a bucket name (3 to 63 lower-case letters, digits, dots and hyphens)`,
      );
    const prefix = rawPrefix.replace(/^\/+|\/+$/g, '');
    if (prefix && prefix.split('/').some((part) => part === '' || part === '.' || part === '..'))
      throw invalidItem(item, `the prefix "${rawPrefix}" has an empty, "." or ".." segment`);
    return { bucket, prefix, name: `s3://${bucket}${prefix ? `/${prefix}` : ''}` };
  },
};

export interface FileTierConfig {
  dir: string;
  name: string;
}

export const fileSyntax: ProviderSyntax<FileTierConfig> = {
  name: 'file',
  capabilities: { read: true, write: true, streaming: true },
  claims: (item) => /^file:/i.test(item),
  parse(item) {
    if (!/^file:\/\//i.test(item))
      throw invalidItem(item, 'expected file:///ABSOLUTE/DIR (three slashes before the path)');
    let dir: string;
    try {
      dir = fileURLToPath(new URL(item));
    } catch (e) {
      throw invalidItem(item, `not a file URL of an absolute directory (${(e as Error).message})`);
    }
    if (!path.isAbsolute(dir))
      throw invalidItem(item, 'the directory must be absolute, e.g. file:///mnt/toolchains');
    return { dir: path.resolve(dir), name: item };
  },
};
