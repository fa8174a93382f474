// The cache root as the CLI finds and opens it, and its registry.
import { promises as fs } from 'node:fs';
import { InputError } from '../core/errors.js';
import { ensureDir } from '../core/fsx.js';
import { hostConfig, hostLockStaleMs, type HostConfig } from '../core/host-config.js';
import { CacheLayout, checkLayoutVersion, chooseCacheRoot, openCacheRoot } from '../core/layout.js';
import { Registry } from '../core/registry/store.js';
import { UsageError, type Context } from './context.js';

/**
 * The host configuration file's settings (read once), its warnings printed on stderr the first
 * time: the CLI applies the same host settings as the steps (README, "The host configuration file").
 */
export function cliHostConfig(ctx: Pick<Context, 'io'>): HostConfig {
  const read = hostConfig();
  if (!warned) for (const w of read.warnings) ctx.io.stderr(`toolchain-cache: warning: ${w}`);
  warned = true;
  return read.config;
}
let warned = false;

/** --root, else the host configuration file's cacheRoot, else the environment's root; none is a usage error. */
export function rootFrom(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  host: HostConfig = {},
): string {
  if (flag !== undefined && !flag.trim()) throw new UsageError('--root needs a directory');
  try {
    const fromFile = flag === undefined && host.cacheRoot ? host.cacheRoot : undefined;
    return chooseCacheRoot(fromFile ?? flag ?? '', env, {
      inputName: fromFile ? 'the host configuration file' : '--root',
    }).root;
  } catch (e) {
    if (e instanceof InputError) {
      throw new UsageError(
        'no cache root: pass --root DIR, set cacheRoot in the host configuration file, or set TOOLCHAIN_CACHE_ROOT (or RUNNER_TOOL_CACHE)',
      );
    }
    throw e;
  }
}

/** Read-only commands accept a root this user cannot write (they only read); it must exist. */
export async function openForReading(root: string): Promise<CacheLayout> {
  const st = await fs.stat(root).catch(() => undefined);
  if (!st) throw new InputError(`Cache root ${root} does not exist.`, 'root');
  if (!st.isDirectory()) throw new InputError(`Cache root ${root} is not a directory.`, 'root');
  const layout = new CacheLayout(await fs.realpath(root));
  await checkLayoutVersion(layout, false);
  return layout;
}

/** Mutating commands: the root must exist (never created by mistake); its subdirectories may not yet. */
export async function openForWriting(root: string): Promise<CacheLayout> {
  const layout = await openCacheRoot(root, { create: false });
  for (const dir of [layout.locksDir, layout.toolchainsDir, layout.trashDir]) await ensureDir(dir);
  return layout;
}

/** The registry, telling the operator on stderr when it heals itself. */
export function openRegistry(ctx: Context, layout: CacheLayout, command?: string): Registry {
  return new Registry(layout, {
    holder: command ? `toolchain-cache ${command} (pid ${process.pid})` : undefined,
    onWarning: (m) => ctx.io.stderr(`toolchain-cache: warning: ${m}`),
    staleMs: hostLockStaleMs(cliHostConfig(ctx), ctx.io.env),
  });
}
