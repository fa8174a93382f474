// `verify`: every toolchain checked against its manifest and receipt (the checks are ../verify.ts).
import { EXIT_FAILURE, EXIT_OK, print, type Command, type Context } from '../context.js';
import { formatTable } from '../format.js';
import { openForReading, openRegistry } from '../root.js';
import { ignoredPathNote, verifyCache, type VerifyReport } from '../verify.js';

export const verify: Command = {
  summary: "Check every toolchain's files against its manifest",
  usage: 'toolchain-cache verify [--root DIR] [--json]',
  details: 'Exits 1 and names every change when a toolchain differs from its manifest.',
  options: {},
  positionals: 0,
  run: runVerify,
};

async function runVerify(ctx: Context): Promise<number> {
  const layout = await openForReading(ctx.root);
  const report = await verifyCache(layout, await openRegistry(ctx, layout).read());
  const ignoredPaths = report.ignoredPaths ?? [];
  print(ctx, report, () => formatVerifyReport(report, layout.root));
  for (const p of ignoredPaths) ctx.io.stderr(`toolchain-cache verify: ${ignoredPathNote(p)}`);
  const changed = report.entries.filter((e) => !e.ok);
  if (changed.length) {
    ctx.io.stderr(
      `toolchain-cache verify: ${changed.length} toolchain(s) differ from their manifest: ` +
        changed
          .map(
            (e) =>
              `${e.id} (${e.problems.slice(0, 3).join('; ')}${e.problems.length > 3 ? '; …' : ''})`,
          )
          .join(', '),
    );
    return EXIT_FAILURE;
  }
  return EXIT_OK;
}

function formatVerifyReport(report: VerifyReport, root: string): string {
  const { entries, unregistered } = report;
  const lines = entries.length
    ? [
        formatTable(
          ['ID', 'STATUS'],
          entries.map((e) => [e.id, e.ok ? 'ok' : `CHANGED (${e.problems.length})`]),
        ),
      ]
    : [`No toolchains in ${root}.`];
  for (const e of entries.filter((x) => !x.ok)) {
    lines.push('', `${e.id}:`, ...e.problems.map((p) => `  ${p}`));
  }
  if (unregistered.length)
    lines.push('', `Not registered (see \`repair\`): ${unregistered.join(', ')}`);
  for (const p of report.ignoredPaths ?? []) lines.push('', ignoredPathNote(p));
  return lines.join('\n');
}
