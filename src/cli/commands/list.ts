// `list`: the installed toolchains with their size, live uses and times.
import { withLastUse } from '../../core/gc-plan.js';
import { usageOfAll } from '../../core/uses.js';
import { EXIT_OK, print, type Command, type Context } from '../context.js';
import { formatBytes, formatTable, formatTime } from '../format.js';
import { openForReading, openRegistry } from '../root.js';

export interface ListedEntry {
  id: string;
  path: string;
  sha256: string;
  sizeBytes: number;
  installedAt: string;
  lastUsedAt: string;
  /** Live uses (dead jobs' uses are not counted). */
  uses: number;
  /**
   * Use records this user cannot read: not in `uses`, but kept as live all the same (GC never
   * removes the toolchain on doubt); see `toolchain-cache doctor`.
   */
  unreadableUses: number;
}

export const list: Command = {
  summary: 'List the installed toolchains',
  usage: 'toolchain-cache list [--root DIR] [--json]',
  details:
    'Columns: id, size, live uses, use records this user cannot read (kept as live: see `doctor`), last use, install time, sha256, path.',
  options: {},
  positionals: 0,
  run: runList,
};

async function runList(ctx: Context): Promise<number> {
  const layout = await openForReading(ctx.root);
  const doc = await openRegistry(ctx, layout).read();
  const usage = await usageOfAll(layout, Object.keys(doc.entries));
  const entries: ListedEntry[] = withLastUse(doc, usage)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => ({
      id: e.id,
      path: layout.toolchainRoot(e.id),
      sha256: e.sha256,
      sizeBytes: e.sizeBytes,
      installedAt: e.installedAt,
      lastUsedAt: e.lastUsedAt,
      uses: usage.get(e.id)?.live.length ?? 0,
      unreadableUses: usage.get(e.id)?.unreadable.length ?? 0,
    }));
  print(ctx, entries, () =>
    entries.length === 0
      ? `No toolchains in ${layout.root}.`
      : formatTable(
          ['ID', 'SIZE', 'USES', 'UNREADABLE', 'LAST USED', 'INSTALLED', 'SHA256', 'PATH'],
          entries.map((e) => [
            e.id,
            formatBytes(e.sizeBytes),
            String(e.uses),
            String(e.unreadableUses),
            formatTime(e.lastUsedAt),
            formatTime(e.installedAt),
            e.sha256.slice(0, 12),
            e.path,
          ]),
          ['left', 'right', 'right', 'right'],
        ),
  );
  return EXIT_OK;
}
