// The remote tier: archives kept in the GitHub Actions cache service, through @actions/cache.
// A host that has never seen a toolchain restores the archive from there instead of the
// internet; the post step saves archives this job downloaded. The sha256 is checked again after
// a restore (the installer does it), so the tier is trusted no more than the URL.
import type * as ActionsCache from '@actions/cache';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import type { Logger, RemoteTier } from '../core/types.js';
import type { ToolchainSpec } from '../core/spec.js';

/** One cache entry per exact archive. */
export const remoteCacheKey = (spec: Pick<ToolchainSpec, 'id' | 'sha256'>): string =>
  `toolchain-cache-v1-${spec.id}-${spec.sha256}`;

/**
 * The cache service keys entries by the paths too, so the archive always travels under the same
 * workspace-relative path, whatever the cache root or staging directory of the host.
 */
const transitPath = (id: string): string => path.join('.toolchain-cache', `${id}.archive`);
const workspace = (): string => process.env.GITHUB_WORKSPACE ?? process.cwd();

// Loaded on first use: most jobs hit the host cache and never need the cache client.
let client: Promise<typeof ActionsCache> | undefined;
const loadClient = (): Promise<typeof ActionsCache> => (client ??= import('@actions/cache'));

/**
 * The tier. The client is loaded on the first miss only: a job whose toolchains are all on the
 * host pays nothing for it. Without a cache service (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL,
 * e.g. an older self-hosted runner) every restore is simply a miss.
 */
export function actionsCacheTier(log: Logger): RemoteTier {
  return {
    async restore(spec, destFile) {
      const cache = await loadClient();
      if (!cache.isFeatureAvailable()) {
        log.debug('remote-cache: no GitHub Actions cache service for this runner; downloading');
        return undefined;
      }
      const rel = transitPath(spec.id);
      const abs = path.join(workspace(), rel);
      try {
        if (!(await cache.restoreCache([rel], remoteCacheKey(spec)))) return undefined;
        await moveFile(abs, destFile);
        log.info(`${spec.id}: restored the archive from the GitHub Actions cache`);
        return { tier: 'actions-cache' };
      } finally {
        await fs.rm(abs, { force: true });
      }
    },
  };
}

export interface SaveOutcome {
  id: string;
  saved: boolean;
  reason?: string;
}

/** Saves each downloaded archive; never throws (the post step reports, it does not fail). */
export async function saveArchives(
  archives: Array<{ id: string; sha256: string; archivePath: string }>,
  log: Logger,
): Promise<SaveOutcome[]> {
  if (archives.length === 0) return [];
  const cache = await loadClient();
  if (!cache.isFeatureAvailable())
    return archives.map((a) => ({ id: a.id, saved: false, reason: 'no cache service' }));
  const outcomes: SaveOutcome[] = [];
  for (const a of archives) {
    const rel = transitPath(a.id);
    const abs = path.join(workspace(), rel);
    try {
      await fs.mkdir(path.dirname(abs), { recursive: true });
      await linkOrCopy(a.archivePath, abs);
      // saveCache logs and swallows its own failures (e.g. another job saving the same key
      // first) and answers -1 for them.
      const saved = (await cache.saveCache([rel], remoteCacheKey(a))) !== -1;
      outcomes.push({ id: a.id, saved, reason: saved ? undefined : 'see the message above' });
      if (saved) log.info(`${a.id}: saved the archive to the GitHub Actions cache`);
    } catch (e) {
      const reason = errorMessage(e);
      outcomes.push({ id: a.id, saved: false, reason });
      log.info(`${a.id}: not saved to the GitHub Actions cache (${reason})`);
    } finally {
      await fs.rm(abs, { force: true });
    }
  }
  await fs.rmdir(path.join(workspace(), '.toolchain-cache')).catch(() => undefined);
  return outcomes;
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
