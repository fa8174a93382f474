// `repair`: reconciles the registry with the installed toolchains (the work is ../repair.ts).
import { EXIT_OK, print, type Command, type Context } from '../context.js';
import type { CacheLayout } from '../../core/layout.js';
import { repairRegistry, type RepairReport } from '../repair.js';
import { openForWriting, openRegistry } from '../root.js';

export const repair: Command = {
  summary: 'Rebuild the registry from the installed toolchains',
  usage: 'toolchain-cache repair [--root DIR] [--json]',
  details:
    'A corrupt registry is moved aside first (registry.json.corrupt-<time>); uses recorded in it are lost.',
  options: {},
  positionals: 0,
  run: runRepair,
};

async function runRepair(ctx: Context): Promise<number> {
  const layout = await openForWriting(ctx.root);
  const registry = openRegistry(ctx, layout, 'repair');
  const report = await repairRegistry(layout, registry);
  print(ctx, report, () => formatRepairReport(report, layout));
  return EXIT_OK;
}

function formatRepairReport(report: RepairReport, layout: CacheLayout): string {
  const lines: string[] = [];
  if (report.movedAside) lines.push(`Moved the corrupt registry aside to ${report.movedAside}.`);
  const entries = `${report.entries} entr${report.entries === 1 ? 'y' : 'ies'}`;
  lines.push(
    report.rebuilt
      ? `Rebuilt the registry from the installed toolchains: ${entries}.`
      : `The registry is readable; reconciled it with the installed toolchains: ${entries}.`,
  );
  if (report.added.length) lines.push(`Registered: ${report.added.join(', ')}`);
  if (report.dropped.length)
    lines.push(
      `Unregistered (no valid installed tree, or none its receipt vouches for): ${report.dropped.join(', ')}`,
    );
  for (const { id, why } of report.leftOut)
    lines.push(`Not registered: ${layout.entryDir(id)}: ${why}.`);
  return lines.join('\n');
}
