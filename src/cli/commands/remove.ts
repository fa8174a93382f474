// `remove <id>`: removes one toolchain (refused while jobs use it, unless --force).
import { removeEntry } from '../../core/gc.js';
import { EXIT_OK, print, type Command, type Context } from '../context.js';
import { formatBytes } from '../format.js';
import { openForWriting, openRegistry } from '../root.js';

export interface RemoveOutput {
  removed: { id: string; sizeBytes: number; lastUsedAt: string };
  freedBytes: number;
  /** True when the entry had live uses and --force removed it anyway. */
  forced: boolean;
  liveUses: number;
}

export const remove: Command = {
  summary: 'Remove one toolchain',
  usage: 'toolchain-cache remove <id> [--force] [--root DIR] [--json]',
  details: '  --force  remove it even while jobs use it (they will break)',
  options: { force: { type: 'boolean' } },
  positionals: 1,
  run: runRemove,
};

async function runRemove(ctx: Context): Promise<number> {
  const id = ctx.positionals[0];
  const layout = await openForWriting(ctx.root);
  const registry = openRegistry(ctx, layout, 'remove');
  const force = ctx.values.force === true;
  const result = await removeEntry(layout, registry, id, { force });
  const data: RemoveOutput = {
    removed: { id: result.id, sizeBytes: result.sizeBytes, lastUsedAt: result.lastUsedAt },
    freedBytes: result.freedBytes,
    forced: force && result.liveUses > 0,
    liveUses: result.liveUses,
  };
  print(
    ctx,
    data,
    () =>
      `Removed ${id} (${formatBytes(result.freedBytes)} freed)` +
      (result.liveUses ? `; it had ${result.liveUses} live use(s): those jobs may fail.` : '.'),
  );
  return EXIT_OK;
}
