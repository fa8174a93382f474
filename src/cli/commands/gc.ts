// `gc`: removes unused toolchains by age and by the cache's size (never one in use).
import { errorMessage } from '../../core/errors.js';
import { collectGarbage, type GcReport } from '../../core/gc.js';
import { gcReportModel, gcReportText } from '../../core/gc-report.js';
import { parseSize } from '../../core/spec.js';
import {
  EXIT_FAILURE,
  EXIT_OK,
  UsageError,
  print,
  type Command,
  type Context,
} from '../context.js';
import { formatBytes, formatTable, formatTime } from '../format.js';
import { hostConfig } from '../../core/host-config.js';
import { assertSettingsValid, runnerSettings, type RunnerSettings } from '../../core/runner-env.js';
import { cliHostConfig, openForReading, openForWriting, openRegistry } from '../root.js';

export const gc: Command = {
  summary: 'Remove unused toolchains (never one in use)',
  usage:
    'toolchain-cache gc [--dry-run] [--max-unused-days N] [--max-size SIZE] [--root DIR] [--runner-dir DIR]… [--json]',
  details: `  --dry-run            report what would be removed; change nothing
  --max-unused-days N  remove toolchains unused for more than N days; 0 = every unused one (default:
                       the host configuration file's maxUnusedDays, else TOOLCHAIN_CACHE_MAX_UNUSED_DAYS
                       of this shell, else of the runners' .env (--runner-dir), else 30)
  --max-size SIZE      then remove unused toolchains, least recently used first, while the cache
                       is larger than SIZE (e.g. 20GB, 512MiB, 1073741824; default: the host
                       configuration file's maxSize, else TOOLCHAIN_CACHE_MAX_SIZE of this shell,
                       else of the runners' .env (--runner-dir), else no bound)`,
  options: {
    'dry-run': { type: 'boolean' },
    'max-unused-days': { type: 'string' },
    'max-size': { type: 'string' },
  },
  positionals: 0,
  run: runGc,
};

function wholeNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()))
    throw new UsageError(`${flag} must be a whole number ≥ 0 (got "${value}")`);
  return Number(value.trim());
}

function maxSizeFrom(sizeFlag: string | undefined): number | undefined {
  if (sizeFlag === undefined) return undefined;
  let maxSizeBytes: number | undefined;
  try {
    maxSizeBytes = parseSize(sizeFlag, 'max-size');
  } catch (e) {
    throw new UsageError(`--max-size: ${errorMessage(e)}`);
  }
  if (maxSizeBytes === undefined) throw new UsageError('--max-size needs a size such as 20GB');
  return maxSizeBytes;
}

/** A GC bound and where it came from. */
interface Bound<T> {
  value: T;
  from: string;
}

/**
 * The host's bounds as the post step applies them, unless the operator gives others: the flag,
 * else the host configuration file, else TOOLCHAIN_CACHE_MAX_SIZE / …_MAX_UNUSED_DAYS in this
 * shell's environment, else in the runners' .env (--runner-dir; they must agree), else the default.
 */
function gcBounds(ctx: Context): {
  maxUnusedDays: Bound<number>;
  maxSize: Bound<number | undefined>;
} {
  const host = cliHostConfig(ctx);
  const file = `the host configuration file ${hostConfig().file}`;
  const shell = runnerSettings({ name: 'the environment', vars: ctx.io.env });
  for (const r of [shell, ...ctx.runners]) assertSettingsValid(r);
  const fromRunners = <T>(
    pick: (r: RunnerSettings) => T | undefined,
    flag: string,
  ): Bound<T> | undefined => {
    const set = ctx.runners.filter((r) => pick(r) !== undefined);
    if (set.length === 0) return undefined;
    const values = new Set(ctx.runners.map(pick));
    if (values.size > 1)
      throw new UsageError(
        `the runners' .env files set different GC bounds (${ctx.runners.map((r) => `${r.source}: ${pick(r) ?? 'unset'}`).join('; ')}); pass ${flag}, and give every runner the same value (or set it in the host configuration file)`,
      );
    return { value: pick(set[0])!, from: set[0].source };
  };
  const daysFlag = ctx.values['max-unused-days'] as string | undefined;
  const sizeFlag = ctx.values['max-size'] as string | undefined;
  const maxUnusedDays: Bound<number> =
    daysFlag !== undefined
      ? { value: wholeNumber(daysFlag, '--max-unused-days', 30), from: '--max-unused-days' }
      : host.maxUnusedDays !== undefined
        ? { value: host.maxUnusedDays, from: file }
        : shell.maxUnusedDays !== undefined
          ? { value: shell.maxUnusedDays, from: 'TOOLCHAIN_CACHE_MAX_UNUSED_DAYS' }
          : (fromRunners((r) => r.maxUnusedDays, '--max-unused-days') ?? {
              value: 30,
              from: 'the default',
            });
  const maxSize: Bound<number | undefined> =
    sizeFlag !== undefined
      ? { value: maxSizeFrom(sizeFlag), from: '--max-size' }
      : host.maxSizeBytes !== undefined
        ? { value: host.maxSizeBytes, from: file }
        : shell.maxSizeBytes !== undefined
          ? { value: shell.maxSizeBytes, from: 'TOOLCHAIN_CACHE_MAX_SIZE' }
          : (fromRunners((r) => r.maxSizeBytes, '--max-size') ?? {
              value: undefined,
              from: 'the default',
            });
  return { maxUnusedDays, maxSize };
}

async function runGc(ctx: Context): Promise<number> {
  const { maxUnusedDays: days, maxSize } = gcBounds(ctx);
  ctx.io.stderr(
    `toolchain-cache gc: max-unused-days ${days.value} (${days.from}), max-size ${maxSize.value === undefined ? 'none' : formatBytes(maxSize.value)} (${maxSize.from})`,
  );
  const maxUnusedDays = days.value;
  const maxSizeBytes = maxSize.value;
  const dryRun = ctx.values['dry-run'] === true;
  const layout = dryRun ? await openForReading(ctx.root) : await openForWriting(ctx.root);
  const registry = openRegistry(ctx, layout, 'gc');
  const report = await collectGarbage(layout, registry, {
    maxUnusedDays,
    maxSizeBytes,
    dryRun,
    force: true,
    holder: `toolchain-cache gc (pid ${process.pid})`,
  });
  print(ctx, report, () => formatGcReport(report));
  return report.errors.length ? EXIT_FAILURE : EXIT_OK;
}

export function formatGcReport(r: GcReport): string {
  const { lines, errors } = gcReportText(gcReportModel(r), (removed) => [
    formatTable(
      ['ID', 'SIZE', 'LAST USED'],
      removed.map((e) => [e.id, formatBytes(e.sizeBytes), formatTime(e.lastUsedAt)]),
      ['left', 'right'],
    ),
  ]);
  return [...lines, ...errors.map((e) => `error: ${e}`)].join('\n');
}
