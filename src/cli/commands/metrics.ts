// `metrics`: the figures and counters of `stats` in the Prometheus text format, on stdout or
// written atomically for node_exporter's textfile collector (README, "The operator CLI").
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError } from '../../core/errors.js';
import { atomicWriteFile } from '../../core/fsx.js';
import { renderMetrics } from '../../core/metrics.js';
import { fileKind } from '../../core/regular-file.js';
import { EXIT_OK, UsageError, type Command, type Context } from '../context.js';
import { gatherStats } from './stats.js';

/** What the textfile collector (another user) must be able to read. */
export const METRICS_FILE_MODE = 0o644;

export const metrics: Command = {
  summary: 'Figures and counters in the Prometheus text format (for node_exporter)',
  usage: 'toolchain-cache metrics [--out FILE] [--root DIR]',
  details: `  --out FILE  write them to FILE instead of stdout, atomically (a temp file in the same
              directory, then renamed over FILE; mode 0644), for node_exporter's textfile
              collector: name it *.prom in its --collector.textfile.directory. A symlink
              at FILE is refused.`,
  options: { out: { type: 'string' } },
  positionals: 0,
  run: runMetrics,
};

async function runMetrics(ctx: Context): Promise<number> {
  if (ctx.json)
    throw new UsageError(
      'prints the Prometheus text format; `stats --json` gives the same as JSON',
    );
  const out = ctx.values.out as string | undefined;
  if (out !== undefined && !out.trim()) throw new UsageError('--out needs a file');
  const text = renderMetrics(await gatherStats(ctx, 'metrics'));
  if (out === undefined) ctx.io.stdout(text);
  else await writeMetricsFile(path.resolve(out), text);
  return EXIT_OK;
}

/**
 * Replaces `file` atomically (the collector never reads half a file), refusing whatever is not a
 * regular file there: a symlink would be replaced, not followed, but an operator who put one there
 * meant something else, and should be told.
 */
export async function writeMetricsFile(file: string, text: string): Promise<void> {
  const refuseOther = async (): Promise<void> => {
    const st = await fs.lstat(file).catch(() => undefined);
    if (st && !st.isFile())
      throw new ToolchainCacheError(
        'UNSAFE_PATH',
        `${file} is ${fileKind(st)}, not a regular file: nothing was written. Remove it, or ` +
          'pass --out the real path of the file to write.',
      );
  };
  await refuseOther();
  await atomicWriteFile(file, text, refuseOther, METRICS_FILE_MODE);
}
