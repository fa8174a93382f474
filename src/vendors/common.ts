// What the vendor modules share: reading their documents strictly (a document that does not
// parse throws, so the resolver never caches it) and the errors that name the spec, the
// platform and the newest version available.
import { ToolchainCacheError } from '../core/errors.js';
import type { NamedSpec, Platform } from './types.js';

/** A vendor document that is not what its format says: never cached, never used. */
export class VendorDocumentError extends ToolchainCacheError {
  constructor(
    readonly url: string,
    detail: string,
  ) {
    super(
      'DOWNLOAD_FAILED',
      `${url} is not a valid vendor document (${detail}). If a mirror serves it, check that the ` +
        'mirror copies the vendor byte for byte; otherwise retry later.',
    );
  }
}

/** JSON.parse that throws a VendorDocumentError naming the URL. */
export function parseJson(url: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new VendorDocumentError(url, `not JSON: ${(e as Error).message}`);
  }
}

export const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const SHA256 = /^[0-9a-f]{64}$/;

/** Lower-case hex sha256, or a VendorDocumentError naming what carried it. */
export function checkSha256(url: string, value: unknown, what: string): string {
  const sha = typeof value === 'string' ? value.toLowerCase() : '';
  if (!SHA256.test(sha)) throw new VendorDocumentError(url, `${what}: sha256 is not 64 hex digits`);
  return sha;
}

/**
 * A `sha256sum`-style checksum file (`<hex>  <name>` or `<hex> *<name>` per line) → name → sha256.
 * Node's SHASUMS256.txt and python-build-standalone's SHA256SUMS. A line of another shape throws.
 */
export function parseSha256Sums(url: string, text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    const m = /^([0-9a-fA-F]{64}) [ *](\S.*)$/.exec(line);
    if (!m) throw new VendorDocumentError(url, `unexpected line "${line.slice(0, 80)}"`);
    sums.set(m[2], m[1].toLowerCase());
  }
  if (sums.size === 0) throw new VendorDocumentError(url, 'no checksums');
  return sums;
}

/** Nothing the vendor lists for this platform matches: names the spec, the platform and the newest. */
export function noMatch(spec: NamedSpec, platform: Platform, newest: string | undefined): never {
  throw new ToolchainCacheError(
    'NOT_FOUND',
    `${spec.spec}: no ${spec.name} release matches "${spec.version}" for ${platform}; ` +
      (newest
        ? `the newest available for ${platform} is ${newest}.`
        : `${spec.name} lists no release for ${platform}.`) +
      ' Change the version, or pin one that exists.',
  );
}

/** The vendor does not build for this platform at all. */
export function unsupportedPlatform(
  spec: NamedSpec,
  platform: Platform,
  supported: readonly Platform[],
): never {
  throw new ToolchainCacheError(
    'NOT_FOUND',
    `${spec.spec}: ${spec.name} publishes no builds for ${platform} (it does for ` +
      `${supported.join(', ')}). Give this runner an {id, url, sha256} item instead.`,
  );
}
