// Change notifications for waiters, with polling as the fallback wherever they do not work.
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/**
 * fs.watch of a file or directory that others may delete, where the platform supports it; polling
 * covers the rest (and NFS, where events do not cross hosts). Windows cannot delete a directory that
 * is being watched, so there the parent is watched for that name (and every change inside counts).
 */
export function watchTarget(
  target: string,
  onChange: () => void,
  /** For a directory: the entries whose changes matter (the directory's own always do). */
  entries?: string[],
): FSWatcher | undefined {
  const name = path.basename(target);
  if (process.platform !== 'win32') {
    return watchPath(target, (filename) => {
      if (!entries || filename === null || filename === name || entries.includes(filename))
        onChange();
    });
  }
  return watchPath(path.dirname(target), (filename) => {
    if (filename === null || filename === name) onChange();
  });
}

function watchPath(
  target: string,
  onChange: (filename: string | null) => void,
): FSWatcher | undefined {
  try {
    const w = watch(target, { persistent: false }, (_event, filename) =>
      onChange(filename === null ? null : String(filename)),
    );
    w.on('error', () => w.close());
    return w;
  } catch {
    return undefined;
  }
}
