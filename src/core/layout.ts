// Where everything lives under a cache root. One place, so the CLI, GC and the installer agree.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError, isErrnoException } from './errors.js';
import { ensureDir } from './fsx.js';

export class CacheLayout {
  /** `root` must be the real path of the cache root (see openCacheRoot). */
  constructor(readonly root: string) {}

  get registryFile(): string {
    return path.join(this.root, 'registry.json');
  }
  get locksDir(): string {
    return path.join(this.root, 'locks');
  }
  get toolchainsDir(): string {
    return path.join(this.root, 'toolchains');
  }
  get stagingDir(): string {
    return path.join(this.root, 'staging');
  }
  get trashDir(): string {
    return path.join(this.root, 'trash');
  }
  get statsFile(): string {
    return path.join(this.root, 'stats.json');
  }
  /** An installed toolchain: `manifest.json` and `files/` (the toolchain root). */
  entryDir(id: string): string {
    return path.join(this.toolchainsDir, id);
  }
  toolchainRoot(id: string): string {
    return path.join(this.entryDir(id), 'files');
  }
  manifestFile(id: string): string {
    return path.join(this.entryDir(id), 'manifest.json');
  }
  lockPath(name: string): string {
    return path.join(this.locksDir, name);
  }
}

/** cache-root input → TOOLCHAIN_CACHE_ROOT → $RUNNER_TOOL_CACHE/toolchain-cache. */
export function resolveCacheRoot(input: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = input.trim() || env.TOOLCHAIN_CACHE_ROOT?.trim() || (env.RUNNER_TOOL_CACHE ? path.join(env.RUNNER_TOOL_CACHE, 'toolchain-cache') : '');
  if (!chosen) {
    throw new InputError(
      'No cache root: set the "cache-root" input, or TOOLCHAIN_CACHE_ROOT (or RUNNER_TOOL_CACHE) in the runner environment.',
      'cache-root',
    );
  }
  return path.resolve(chosen);
}

/** Creates the root if needed and checks it is a writable directory, not a symlink to elsewhere. */
export async function openCacheRoot(root: string, options: { create?: boolean } = {}): Promise<CacheLayout> {
  const create = options.create ?? true;
  let st = await fs.lstat(root).catch((e: unknown) => {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (!st) {
    if (!create) throw new InputError(`Cache root ${root} does not exist.`, 'cache-root');
    await ensureDir(root);
    st = await fs.lstat(root);
  }
  if (st.isSymbolicLink()) {
    const target = await fs.realpath(root).catch(() => '(a missing target)');
    throw new InputError(
      `Cache root ${root} is a symlink to ${target}; set cache-root to the real directory so every runner resolves the same path.`,
      'cache-root',
    );
  }
  if (!st.isDirectory()) throw new InputError(`Cache root ${root} exists but is not a directory.`, 'cache-root');
  try {
    await fs.access(root, fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    throw new InputError(
      `Cache root ${root} is not writable by this user; make it group-writable for the runners' group (see README).`,
      'cache-root',
    );
  }
  const layout = new CacheLayout(await fs.realpath(root));
  if (create) {
    for (const dir of [layout.locksDir, layout.toolchainsDir, layout.stagingDir, layout.trashDir]) await ensureDir(dir);
  }
  return layout;
}
