// Our own client of the GitHub Actions cache service, for reads: it finds an entry as
// @actions/cache 6.x does (v2: twirp GetCacheEntryDownloadURL under ACTIONS_RESULTS_URL; v1, which
// GHES still serves: GET _apis/artifactcache/cache under ACTIONS_CACHE_URL), downloads its blob
// into staging and pulls our one member out of it (entry.ts) — where the library's restoreCache
// would run `tar -P` in the workspace. Loaded on a miss or a save only.
import { promises as fs } from 'node:fs';
import { findExecutable } from '../../core/install/decompress.js';
import type { TierCall } from '../types.js';
import { pullMember } from './entry.js';
import { callApi, downloadBlob, shownUrl } from './http.js';
import { cacheVersion, serviceUrl, serviceVersion, type Compression } from './service.js';

const TWIRP_SERVICE = 'github.actions.results.api.v1.CacheService';

/** One entry: its key and the paths saveCache was given (they are part of its version). */
export interface EntryName {
  key: string;
  paths: string[];
}

export interface EntryRestore extends EntryName {
  /** The member to pull out: the transit path as the tar stores it. */
  member: string;
  /** Where the member goes (staging); the blob is downloaded next to it. */
  destFile: string;
  call: TierCall;
  /** The most the blob and its tar stream may hold. */
  maxBytes: number;
}

/**
 * The compressions to look up, the one this host's saveCache uses first (zstd when there is a
 * `zstd` command, else gzip): an entry saved by a host with the other one is read just the same.
 */
async function compressions(): Promise<Compression[]> {
  return (await findExecutable('zstd'))
    ? ['zstd-without-long', 'gzip']
    : ['gzip', 'zstd-without-long'];
}

/** The blob's URL of the entry, or undefined when the service has none under this name. */
export async function locateEntry(entry: EntryName, signal: AbortSignal): Promise<URL | undefined> {
  const base = serviceUrl();
  if (!base) throw new Error('the runner gives no URL of the cache service');
  const lookup = serviceVersion() === 'v2' ? lookupV2 : lookupV1;
  for (const compression of await compressions()) {
    const url = await lookup(base, entry.key, cacheVersion(entry.paths, compression), signal);
    if (url) return url;
  }
  return undefined;
}

const bearer = (): string => `Bearer ${process.env.ACTIONS_RUNTIME_TOKEN ?? ''}`;

/** A string field of an answer, by its proto name or its JSON name. */
function field(json: unknown, ...names: string[]): unknown {
  if (typeof json !== 'object' || json === null) return undefined;
  for (const name of names) if (name in json) return (json as Record<string, unknown>)[name];
  return undefined;
}

function blobUrl(value: unknown, what: string): URL {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new Error(`${what}: the cache service gave no http(s) download URL`);
  return url;
}

/** Cache service v2: twirp, JSON. */
async function lookupV2(base: string, key: string, version: string, signal: AbortSignal) {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) throw new Error('ACTIONS_RUNTIME_TOKEN is not set');
  const what = 'GetCacheEntryDownloadURL';
  const url = new URL(`/twirp/${TWIRP_SERVICE}/${what}`, base);
  const answer = await callApi(
    what,
    url,
    { authorization: bearer(), accept: 'application/json' },
    signal,
    {
      key,
      version,
    },
  );
  if (answer.status < 200 || answer.status > 299) {
    const msg = field(answer.json, 'msg');
    throw new Error(`${what}: HTTP ${answer.status}${typeof msg === 'string' ? `: ${msg}` : ''}`);
  }
  if (field(answer.json, 'ok') !== true) return undefined;
  // The service matches keys by prefix too: an entry under a longer key is not ours.
  if (field(answer.json, 'matched_key', 'matchedKey') !== key) return undefined;
  return blobUrl(field(answer.json, 'signed_download_url', 'signedDownloadUrl'), what);
}

/** Cache service v1 (GHES): REST. */
async function lookupV1(base: string, key: string, version: string, signal: AbortSignal) {
  const what = 'the cache lookup';
  const url = new URL(
    `${base}_apis/artifactcache/cache?keys=${encodeURIComponent(key)}&version=${version}`,
  );
  const accept = 'application/json;api-version=6.0-preview.1';
  const answer = await callApi(what, url, { authorization: bearer(), accept }, signal);
  if (answer.status === 204) return undefined;
  if (answer.status < 200 || answer.status > 299) {
    const message = field(answer.json, 'message');
    throw new Error(
      `${what}: HTTP ${answer.status}${typeof message === 'string' ? `: ${message}` : ''} (${shownUrl(url)})`,
    );
  }
  const location = field(answer.json, 'archiveLocation');
  if (!location || field(answer.json, 'cacheKey') !== key) return undefined;
  return blobUrl(location, what);
}

/** Whether the service has the entry. */
export async function hasEntry(entry: EntryName, call: TierCall): Promise<boolean> {
  return (await locateEntry(entry, call.signal)) !== undefined;
}

/**
 * Writes the entry's member to `destFile` and answers true, or false when the service has no
 * such entry. Nothing but `destFile` and the blob next to it (removed after) is ever written.
 */
export async function restoreEntry(r: EntryRestore): Promise<boolean> {
  const url = await locateEntry(r, r.call.signal);
  if (!url) return false;
  const blob = `${r.destFile}.entry`;
  try {
    const written = await downloadBlob(url, blob, r.call, r.maxBytes);
    const what = `the cache entry ${r.key}`;
    await pullMember({ ...r, blob, written, dest: r.destFile, what });
    return true;
  } finally {
    await fs.rm(blob, { force: true });
  }
}
