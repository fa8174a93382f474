// `actions-cache`: archives kept in the GitHub Actions cache service. Its entries are scoped to a
// repository and branch (and evicted after 7 days unused), so it helps one repository's jobs on
// new hosts, not a fleet. Any workflow of the repository can write entries under our keys, so an
// entry is never extracted: reads go through our own client (actions-cache/client.ts), which
// pulls the one archive out of the entry into staging, where the chain checks its sha256. Saves
// go through @actions/cache's saveCache, which takes no signal: the chain bounds its calls from
// outside, and `watch` lets an abandoned call's sockets go so that they cannot keep the step alive.
import type * as ActionsCache from '@actions/cache';
import type { ClientRequest } from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cacheReadable, unavailableReason } from './actions-cache/service.js';
import { watchRequests, type RequestWatch } from './http-watch.js';
import { ACTIONS_CACHE, actionsCacheSyntax } from './syntax.js';
import type { ArchiveRef, ProviderDefinition, StorageTier, TierCall } from './types.js';

export { ACTIONS_CACHE } from './syntax.js';

/**
 * The most an entry's blob, or the tar stream it unpacks to, may hold: the service's own limit
 * (10 GiB per repository, the library's CacheFileSizeLimit).
 */
export const MAX_ENTRY_BYTES = 10 * 1024 ** 3;

/** One cache entry per exact archive. */
export const remoteCacheKey = (spec: ArchiveRef): string =>
  `toolchain-cache-v1-${spec.id}-${spec.sha256}`;

export const actionsCacheProvider: ProviderDefinition<{ name: string }> = {
  ...actionsCacheSyntax,
  create: () => actionsCacheTier(),
};

const TRANSIT_DIR = '.toolchain-cache';

/**
 * The cache service keys entries by the paths too, so the archive always travels under the same
 * workspace-relative path, whatever the cache root or staging directory of the host. This is
 * the path given to saveCache (and so part of the entry's version)...
 */
export const transitPath = (id: string): string => path.join(TRANSIT_DIR, `${id}.archive`);
/** ...and this is the name of its member in the entry's tar (saveCache writes `/` everywhere). */
export const transitMember = (id: string): string => `${TRANSIT_DIR}/${id}.archive`;

// Loaded on first use (they and what they import): most jobs hit the host cache and never need a
// client, and a warm hit's start-up cost is the code it loads (docs/design.md, "Start-up cost").
// Ours reads...
let reader: Promise<typeof import('./actions-cache/client.js')> | undefined;
const loadReader = () => (reader ??= import('./actions-cache/client.js'));
// ...and the library saves, from the transit path.
let library: Promise<typeof ActionsCache> | undefined;
const loadLibrary = (): Promise<typeof ActionsCache> => (library ??= import('@actions/cache'));
let transit: Promise<typeof import('./actions-cache/transit.js')> | undefined;
const loadTransit = () => (transit ??= import('./actions-cache/transit.js'));

let watch: RequestWatch | undefined;
const userAgent = (req: ClientRequest): string => String(req.getHeader('user-agent') ?? '');
/** The client's requests (API and blob) and the Azure SDK's (its uploads); blobs carry data. */
export const cacheClientRequests = {
  matches: (req: ClientRequest): boolean => /actions\/cache|azsdk-js/.test(userAgent(req)),
  carriesData: (req: ClientRequest): boolean => !req.path.includes('/twirp/'),
};
const requestWatch = (): RequestWatch => (watch ??= watchRequests(cacheClientRequests));

const tempEntries = async (): Promise<string[]> =>
  process.env.RUNNER_TEMP ? await fs.readdir(process.env.RUNNER_TEMP).catch(() => []) : [];

/** The library packs in a new directory of RUNNER_TEMP: the files in such directories. */
function tempFilesSince(before: string[]): () => Promise<string[]> {
  const old = new Set(before);
  return async () => {
    const temp = process.env.RUNNER_TEMP;
    if (!temp) return [];
    const lists = await Promise.all(
      (await tempEntries())
        .filter((d) => !old.has(d))
        .map((d) =>
          fs.readdir(path.join(temp, d)).then(
            (names) => names.map((n) => path.join(temp, d, n)),
            () => [],
          ),
        ),
    );
    return lists.flat();
  };
}

/**
 * Reports progress while bytes move over the library's transfers or its archive grows on disk (it
 * packs with tar); API calls that hang or fail over and over are no progress.
 */
async function withProgress<T>(call: TierCall, run: () => Promise<T>) {
  const w = requestWatch();
  const newTempFiles = tempFilesSince(await tempEntries());
  const sizeOf = (f: string): Promise<number> =>
    fs.stat(f).then(
      (s) => s.size,
      () => -1,
    );
  const sample = async (): Promise<string> => {
    const sizes = await Promise.all((await newTempFiles()).map(sizeOf));
    return [w.transferredBytes(), ...sizes].join(',');
  };
  let last = await sample();
  const timer = setInterval(() => {
    void sample().then((now) => {
      if (now !== last) call.progress();
      last = now;
    });
  }, 500);
  // An abandoned call never settles: stop watching it then, or the timer keeps the step alive.
  const onAbort = (): void => {
    clearInterval(timer);
    w.abandon();
  };
  call.signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await run();
  } finally {
    clearInterval(timer);
    call.signal.removeEventListener('abort', onAbort);
  }
}

/** What an entry may hold beyond its archive: tar headers and padding. */
const ENTRY_OVERHEAD_BYTES = 1 << 20;

export interface ActionsCacheOptions {
  /** The most an entry's blob, or its tar stream, may hold (tests make it small). */
  maxEntryBytes?: number;
}

export function actionsCacheTier(options: ActionsCacheOptions = {}): StorageTier {
  const maxBytes = options.maxEntryBytes ?? MAX_ENTRY_BYTES;
  const entryOf = (ref: ArchiveRef) => ({ key: remoteCacheKey(ref), paths: [transitPath(ref.id)] });
  return {
    name: ACTIONS_CACHE,
    capabilities: actionsCacheProvider.capabilities,
    unavailable: () => Promise.resolve(unavailableReason()),
    async get(ref, destFile, call) {
      // As the library's restoreCache: a cache mode that does not permit reads is a miss.
      if (!cacheReadable()) return false;
      const { restoreEntry } = await loadReader();
      const member = transitMember(ref.id);
      // The entry holds one archive and a tar header or two: the host's archive bound applies too.
      const cap = Math.min(maxBytes, call.maxBytes + ENTRY_OVERHEAD_BYTES);
      return restoreEntry({ ...entryOf(ref), member, destFile, call, maxBytes: cap });
    },
    async has(ref, call) {
      if (!cacheReadable()) return false;
      return (await loadReader()).hasEntry(entryOf(ref), call);
    },
    async put(ref, file, call) {
      const [cache, { inTransit }] = await Promise.all([loadLibrary(), loadTransit()]);
      const rel = transitPath(ref.id);
      await inTransit(ref, file, rel, call, async () => {
        // saveCache logs and swallows its own failures (e.g. another job saving the same key
        // first) and answers -1 for them.
        const id = await withProgress(call, () => cache.saveCache([rel], remoteCacheKey(ref)));
        if (id === -1) throw new Error('the cache service did not take it (see the message above)');
      });
    },
  };
}
