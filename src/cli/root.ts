// The cache root as the CLI finds and opens it, and its registry.
import { promises as fs } from 'node:fs';
import { InputError, isErrnoException } from '../core/errors.js';
import { ensureDir } from '../core/fsx.js';
import {
  HOST_CONFIG_FILE,
  hostConfig,
  hostLockStaleMs,
  type HostConfig,
} from '../core/host-config.js';
import {
  CacheLayout,
  checkLayoutVersion,
  chooseCacheRoot,
  openCacheRoot,
  unreachableRoot,
} from '../core/layout.js';
import { Registry } from '../core/registry/store.js';
import {
  readRunnerEnv,
  runnerSettings,
  sourceOf,
  type RunnerSettings,
} from '../core/runner-env.js';
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

/** The root the CLI acts on, where it was found, and the runners' settings it read. */
export interface FoundRoot {
  root: string;
  /** "--root", "the host configuration file /etc/…", "TOOLCHAIN_CACHE_ROOT in /…/.env", … */
  from: string;
  /** One per --runner-dir, in the order given. */
  runners: RunnerSettings[];
}

/**
 * Where the runners find it (README, "How the CLI finds the root"): --root, else the host
 * configuration file's cacheRoot, else TOOLCHAIN_CACHE_ROOT, else the runners' `.env` files given
 * by --runner-dir (TOOLCHAIN_CACHE_ROOT, else $RUNNER_TOOL_CACHE/toolchain-cache: they must agree),
 * else RUNNER_TOOL_CACHE. None is a usage error.
 */
export function findRoot(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  host: HostConfig = {},
  runnerDirs: string[] = [],
  hostFile = HOST_CONFIG_FILE,
): FoundRoot {
  if (flag !== undefined && !flag.trim()) throw new UsageError('--root needs a directory');
  if (runnerDirs.some((d) => !d.trim())) throw new UsageError('--runner-dir needs a directory');
  const runners = runnerDirs.map((d) => runnerSettings(sourceOf(readRunnerEnv(d))));
  const fromFile = flag === undefined && host.cacheRoot ? host.cacheRoot : undefined;
  const named = fromFile ?? flag ?? env.TOOLCHAIN_CACHE_ROOT?.trim();
  if (!named && runners.length) return { ...rootOfRunners(runners), runners };
  try {
    const chosen = chooseCacheRoot(fromFile ?? flag ?? '', env, {
      inputName: fromFile ? `the host configuration file ${hostFile}` : '--root',
    });
    return { root: chosen.root, from: chosen.from, runners };
  } catch (e) {
    if (e instanceof InputError) {
      throw new UsageError(
        'no cache root: pass --root DIR or --runner-dir DIR (a runner whose .env sets TOOLCHAIN_CACHE_ROOT), set cacheRoot in the host configuration file, or set TOOLCHAIN_CACHE_ROOT',
      );
    }
    throw e;
  }
}

/** The one root every runner names; runners naming different roots (or none) are a usage error. */
function rootOfRunners(runners: RunnerSettings[]): { root: string; from: string } {
  for (const r of runners) if (!r.root && r.errors.length) throw new UsageError(r.errors.join(' '));
  const roots = new Set(runners.map((r) => r.root));
  const first = runners[0];
  if (roots.size === 1 && first.root !== undefined)
    return { root: first.root, from: `${first.rootFrom} in ${first.source}` };
  const each = runners
    .map(
      (r) =>
        `${r.source}: ${r.root ? `${r.root} (${r.rootFrom})` : "none (its jobs use their own $RUNNER_TOOL_CACHE/toolchain-cache, under the runner's work folder)"}`,
    )
    .join('; ');
  throw new UsageError(
    `the runners do not name one cache root (${each}); pass --root DIR for the one to act on, and give every runner the same TOOLCHAIN_CACHE_ROOT (or cacheRoot in the host configuration file)`,
  );
}

/** What the CLI says on stderr about the root it found (nothing when --root named it). */
export const rootNote = (found: Pick<FoundRoot, 'root' | 'from'>): string | undefined =>
  found.from === '--root'
    ? undefined
    : `toolchain-cache: cache root ${found.root} (from ${found.from})`;

/** Read-only commands accept a root this user cannot write (they only read); it must exist. */
export async function openForReading(root: string): Promise<CacheLayout> {
  const st = await fs.stat(root).catch((e: unknown) => {
    if (isErrnoException(e) && (e.code === 'EACCES' || e.code === 'EPERM'))
      throw unreachableRoot(root, e.code);
    return undefined;
  });
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
