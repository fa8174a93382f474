// `lock SPEC… [--platform P]… [--out FILE] [--check]`: resolves named toolchains for the given
// platforms (default this host's) and writes them to the lockfile, or checks the lockfile against
// the vendors (docs/design.md, "Named toolchains"). Mirrors from the environment (and the host
// file) are honoured; no cache root is needed (with one, its index cache is used).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../../core/errors.js';
import { atomicWriteFile } from '../../core/fsx.js';
import { openCacheRoot, type CacheLayout } from '../../core/layout.js';
import {
  DEFAULT_LOCKFILE,
  emptyLockfile,
  formatLockfile,
  lockEntry,
  readLockfile,
  type Lockfile,
} from '../../core/named/lockfile.js';
import type { ResolveOptions } from '../../core/named/resolve.js';
import { namedSettings } from '../../core/named/settings.js';
import { resolveWithVendor } from '../../core/named/vendor-step.js';
import { checkToolchains, type NamedItem } from '../../core/spec.js';
import type { Logger } from '../../core/types.js';
import { hostPlatform } from '../../vendors/platform.js';
import { PLATFORMS, type Platform } from '../../vendors/types.js';
import { EXIT_OK, UsageError, print, type Command, type Context } from '../context.js';
import { cliHostConfig } from '../root.js';

/** `--check`: a newer version matches a locked spec (an update), or a locked file's sha256 changed (an alarm). */
export const EXIT_NEWER = 1;
export const EXIT_CHECKSUM_CHANGED = 2;

export const lock: Command = {
  summary: 'Resolve named toolchains into a lockfile, or check one',
  usage: 'toolchain-cache lock SPEC… [--platform P]… [--out FILE] [--check] [--root DIR] [--json]',
  details: [
    `  SPEC            NAME@VERSION, as in the toolchains input (node@24, go@1.23)`,
    `  --platform P    resolve for P (repeatable; default this host's): ${PLATFORMS.join(', ')}`,
    `  --out FILE      the lockfile (default ${DEFAULT_LOCKFILE}); written atomically, keys sorted`,
    '  --check         change nothing; exit 1 when a newer version matches a locked spec,',
    "                  2 when the vendor's sha256 of a locked file changed (with no SPEC: every locked spec)",
  ].join('\n'),
  options: {
    platform: { type: 'string', multiple: true },
    out: { type: 'string' },
    check: { type: 'boolean' },
  },
  positionals: 'any',
  rootOptional: true,
  run: runLock,
};

interface LockRun {
  ctx: Context;
  options: Omit<ResolveOptions, 'platform'>;
  file: string;
  lock: Lockfile;
}

async function runLock(ctx: Context): Promise<number> {
  const check = ctx.values.check === true;
  if (ctx.positionals.length === 0 && !check) throw new UsageError('needs one or more SPEC');
  const file = path.resolve(String(ctx.values.out ?? DEFAULT_LOCKFILE));
  const host = cliHostConfig(ctx);
  const log: Logger = {
    info: () => undefined,
    debug: () => undefined,
    warning: (m) => ctx.io.stderr(`toolchain-cache lock: warning: ${m}`),
  };
  const run: LockRun = {
    ctx,
    file,
    lock: readLockfile(file, true) ?? emptyLockfile(),
    options: {
      layout: await rootIfAny(ctx),
      settings: namedSettings(host, ctx.io.env),
      log,
      holder: `toolchain-cache lock (pid ${process.pid})`,
      session: {},
    },
  };
  const specs = specsOf(
    ctx.positionals.length ? ctx.positionals : Object.keys(run.lock.toolchains),
  );
  return check ? checkLock(run, specs) : writeLock(run, specs);
}

/** The cache root's index cache when a root is given or found and can be opened; else none. */
async function rootIfAny(ctx: Context): Promise<CacheLayout | undefined> {
  if (!ctx.root) return undefined;
  return openCacheRoot(ctx.root, { create: false }).catch((e: unknown) => {
    ctx.io.stderr(
      `toolchain-cache lock: warning: not using the cache root's index cache: ${errorMessage(e)}`,
    );
    return undefined;
  });
}

function specsOf(texts: string[]): NamedItem[] {
  return checkToolchains(texts).toolchains as NamedItem[];
}

function platformsOf(ctx: Context): Platform[] {
  const given = (ctx.values.platform as unknown as string[] | undefined) ?? [];
  for (const p of given)
    if (!(PLATFORMS as readonly string[]).includes(p))
      throw new UsageError(`--platform ${p} is not a platform (${PLATFORMS.join(', ')})`);
  return given.length ? [...new Set(given as Platform[])] : [hostPlatform()];
}

async function writeLock(run: LockRun, specs: NamedItem[]): Promise<number> {
  const written: Array<{ spec: string; platform: Platform; id: string }> = [];
  for (const item of specs) {
    for (const platform of platformsOf(run.ctx)) {
      const r = await resolveWithVendor(item, { ...run.options, platform });
      const entries = Object.hasOwn(run.lock.toolchains, item.spec)
        ? run.lock.toolchains[item.spec]
        : {};
      entries[platform] = r;
      Object.defineProperty(run.lock.toolchains, item.spec, {
        value: entries,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      written.push({ spec: item.spec, platform, id: r.id });
    }
  }
  await fs.mkdir(path.dirname(run.file), { recursive: true });
  await atomicWriteFile(run.file, formatLockfile(run.lock));
  print(run.ctx, { file: run.file, written }, () =>
    [...written.map((w) => `${w.spec} ${w.platform}: ${w.id}`), `Wrote ${run.file}.`].join('\n'),
  );
  return EXIT_OK;
}

interface Finding {
  spec: string;
  platform: Platform;
  locked: string;
  problem: 'newer' | 'checksum-changed';
  detail: string;
}

async function checkLock(run: LockRun, specs: NamedItem[]): Promise<number> {
  const findings: Finding[] = [];
  const wanted = run.ctx.values.platform ? platformsOf(run.ctx) : undefined;
  for (const item of specs) {
    const locked = Object.hasOwn(run.lock.toolchains, item.spec)
      ? run.lock.toolchains[item.spec]
      : {};
    const platforms = wanted ?? (Object.keys(locked) as Platform[]);
    if (platforms.length === 0)
      run.ctx.io.stderr(`toolchain-cache lock: warning: ${item.spec} is not in ${run.file}`);
    for (const platform of platforms) {
      const entry = lockEntry(run.lock, item.spec, platform);
      if (!entry) {
        run.ctx.io.stderr(
          `toolchain-cache lock: warning: ${item.spec} ${platform} is not in ${run.file}`,
        );
        continue;
      }
      const options = { ...run.options, platform };
      // The locked file itself, by its exact version: the vendor's sha256 of it must not change.
      const exact = { ...item, spec: `${item.name}@${entry.version}`, version: entry.version };
      const same = await resolveWithVendor(exact, options);
      if (same.url === entry.url && same.sha256 !== entry.sha256)
        findings.push({
          spec: item.spec,
          platform,
          locked: entry.id,
          problem: 'checksum-changed',
          detail: `the vendor's sha256 of ${entry.url} is now ${same.sha256}; the lockfile has ${entry.sha256}`,
        });
      const now = await resolveWithVendor(item, options);
      if (now.version !== entry.version)
        findings.push({
          spec: item.spec,
          platform,
          locked: entry.id,
          problem: 'newer',
          detail: `${now.version} matches it now (${now.id}); the lockfile has ${entry.version}`,
        });
    }
  }
  print(run.ctx, { file: run.file, findings }, () =>
    findings.length
      ? findings
          .map(
            (f) =>
              `${f.spec} ${f.platform}: ${f.problem === 'checksum-changed' ? 'ALARM: ' : ''}${f.detail}`,
          )
          .join('\n')
      : `${run.file} is up to date.`,
  );
  if (findings.some((f) => f.problem === 'checksum-changed')) return EXIT_CHECKSUM_CHANGED;
  return findings.length ? EXIT_NEWER : EXIT_OK;
}
