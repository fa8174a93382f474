// `actions-cache`: archives kept in the GitHub Actions cache service, through @actions/cache.
// Its entries are scoped to a repository and branch (and evicted after 7 days unused), so it helps
// one repository's jobs on new hosts, not a fleet. The client has no timeout on its API calls and
// takes no signal: the chain bounds its calls from outside, and `watch` lets an abandoned call's
// sockets go so that they cannot keep the step alive.
import type * as ActionsCache from '@actions/cache';
import type { ClientRequest } from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { watchRequests, type RequestWatch } from './http-watch.js';
import type { ArchiveRef, ProviderDefinition, StorageTier, TierCall } from './types.js';

export const ACTIONS_CACHE = 'actions-cache';

/** One cache entry per exact archive. */
export const remoteCacheKey = (spec: ArchiveRef): string =>
  `toolchain-cache-v1-${spec.id}-${spec.sha256}`;

export const actionsCacheProvider: ProviderDefinition<{ name: string }> = {
  name: ACTIONS_CACHE,
  capabilities: { read: true, write: true, streaming: false },
  claims: (item) => item.toLowerCase() === ACTIONS_CACHE,
  parse: () => ({ name: ACTIONS_CACHE }),
  create: () => actionsCacheTier(),
};

/**
 * The cache service keys entries by the paths too, so the archive always travels under the same
 * workspace-relative path, whatever the cache root or staging directory of the host.
 */
const transitPath = (id: string): string => path.join('.toolchain-cache', `${id}.archive`);
const workspace = (): string => process.env.GITHUB_WORKSPACE ?? process.cwd();

/** Runs `use` with the archive's transit path; the file is gone afterwards, whatever happened. */
async function inTransit<T>(
  ref: ArchiveRef,
  use: (rel: string, abs: string) => Promise<T>,
): Promise<T> {
  const rel = transitPath(ref.id);
  const abs = path.join(workspace(), rel);
  try {
    return await use(rel, abs);
  } finally {
    await fs.rm(abs, { force: true });
    await fs.rmdir(path.dirname(abs)).catch(() => undefined); // other jobs' files: kept
  }
}

// Loaded on first use: most jobs hit the host cache and never need the cache client.
let client: Promise<typeof ActionsCache> | undefined;
const loadClient = (): Promise<typeof ActionsCache> => (client ??= import('@actions/cache'));

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

/** The client packs and unpacks in a new directory of RUNNER_TEMP: the files in such directories. */
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
 * Reports progress while bytes move over the client's transfers or its files grow on disk (it
 * packs and unpacks with tar); API calls that hang or fail over and over are no progress.
 */
async function withProgress<T>(call: TierCall, files: string[], run: () => Promise<T>) {
  const w = requestWatch();
  const newTempFiles = tempFilesSince(await tempEntries());
  const sizeOf = (f: string): Promise<number> =>
    fs.stat(f).then(
      (s) => s.size,
      () => -1,
    );
  const sample = async (): Promise<string> => {
    const sizes = await Promise.all([...files, ...(await newTempFiles())].map(sizeOf));
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

export function actionsCacheTier(): StorageTier {
  return {
    name: ACTIONS_CACHE,
    capabilities: actionsCacheProvider.capabilities,
    async unavailable() {
      const cache = await loadClient();
      return cache.isFeatureAvailable()
        ? undefined
        : 'no GitHub Actions cache service for this runner';
    },
    async get(ref, destFile, call) {
      const cache = await loadClient();
      return inTransit(ref, async (rel, abs) => {
        const hit = await withProgress(call, [abs], () =>
          cache.restoreCache([rel], remoteCacheKey(ref)),
        );
        if (!hit) return false;
        await moveFile(abs, destFile);
        return true;
      });
    },
    async has(ref, call) {
      const cache = await loadClient();
      const rel = transitPath(ref.id);
      return withProgress(call, [], async () =>
        Boolean(await cache.restoreCache([rel], remoteCacheKey(ref), [], { lookupOnly: true })),
      );
    },
    async put(ref, file, call) {
      const cache = await loadClient();
      await inTransit(ref, async (rel, abs) => {
        await fs.mkdir(path.dirname(abs), { recursive: true });
        await linkOrCopy(file, abs);
        // saveCache logs and swallows its own failures (e.g. another job saving the same key
        // first) and answers -1 for them.
        const id = await withProgress(call, [], () => cache.saveCache([rel], remoteCacheKey(ref)));
        if (id === -1) throw new Error('the cache service did not take it (see the message above)');
      });
    },
  };
}

async function moveFile(from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch {
    await fs.copyFile(from, to); // another file system (the workspace is often not on the cache's)
  }
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  await fs.rm(to, { force: true });
  try {
    await fs.link(from, to);
  } catch {
    await fs.copyFile(from, to);
  }
}
