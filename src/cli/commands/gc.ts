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
import { cliHostConfig, openForReading, openForWriting, openRegistry } from '../root.js';

export const gc: Command = {
  summary: 'Remove unused toolchains (never one in use)',
  usage:
    'toolchain-cache gc [--dry-run] [--max-unused-days N] [--max-size SIZE] [--root DIR] [--json]',
  details: `  --dry-run            report what would be removed; change nothing
  --max-unused-days N  remove toolchains unused for more than N days; 0 = every unused one (default:
                       the host configuration file's maxUnusedDays, else 30)
  --max-size SIZE      then remove unused toolchains, least recently used first, while the cache
                       is larger than SIZE (e.g. 20GB, 512MiB, 1073741824; default: the host
                       configuration file's maxSize, else no bound)`,
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

async function runGc(ctx: Context): Promise<number> {
  // The host's bounds unless the operator gives others: the same ones the post step applies.
  const host = cliHostConfig(ctx);
  const maxUnusedDays = wholeNumber(
    ctx.values['max-unused-days'] as string | undefined,
    '--max-unused-days',
    host.maxUnusedDays ?? 30,
  );
  const maxSizeBytes =
    maxSizeFrom(ctx.values['max-size'] as string | undefined) ?? host.maxSizeBytes;
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
