// What changed in a tree that failed the hit check, named as `verify` names it ("modified:
// bin/cc"). The hit check (tree-stat.ts) records directories only, so it knows which directory
// changed, not which entry: on this failure path only, that directory's listing is compared with
// the manifest (names, types, sizes; no hashing), through descriptors opened no-follow from the
// root. Where that says nothing more, the directory is named once, pointing at `verify`.
import path from 'node:path';
import { openDirInsideIfExists, withDir } from '../dir-handle.js';
import type { CacheLayout } from '../layout.js';
import { readManifest, type ManifestFile } from '../manifest.js';

const MAX_NAMED = 5;
const DIRECTORY_CHANGE = /^(?:entries added or removed|changed): (.+)$/;
const ROOT_SHOWN = '(the toolchain root)';

const kindOf = (st: {
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFile(): boolean;
}): ManifestFile['type'] | 'other' =>
  st.isDirectory() ? 'directory' : st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : 'other';

/** `changed` (treeStatProblem's), with a changed directory resolved to its changed entries. */
export async function namedTreeChange(
  layout: CacheLayout,
  id: string,
  changed: string,
): Promise<string> {
  const m = DIRECTORY_CHANGE.exec(changed);
  if (!m) return changed;
  const shown = m[1];
  const rel = shown === ROOT_SHOWN ? '' : shown;
  const found = await entriesChanged(layout, id, rel).catch(() => []);
  if (found.length === 0) return `${shown} changed (run toolchain-cache verify for details)`;
  const more = found.length > MAX_NAMED ? `, and ${found.length - MAX_NAMED} more` : '';
  return found.slice(0, MAX_NAMED).join(', ') + more;
}

/** The entries of directory `rel` of the tree that differ from the manifest, verify's way. */
async function entriesChanged(layout: CacheLayout, id: string, rel: string): Promise<string[]> {
  const manifest = await readManifest(layout.manifestFile(id));
  if (!manifest) return [];
  const parent = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
  const recorded = new Map(
    manifest.files
      .filter((f) => parent(f.path) === rel)
      .map((f) => [path.posix.basename(f.path), f]),
  );
  const root = layout.toolchainRoot(id);
  const dir = await openDirInsideIfExists(layout.root, rel ? path.join(root, rel) : root);
  if (!dir) return [];
  return withDir(dir, async (d) => {
    const found: string[] = [];
    const shown = (name: string): string => (rel ? `${rel}/${name}` : name);
    for (const name of (await d.list()).sort()) {
      const want = recorded.get(name);
      recorded.delete(name);
      const st = await d.lstat(name);
      if (!want) found.push(`added: ${shown(name)}`);
      else if (!st) found.push(`missing: ${shown(name)}`);
      else if (kindOf(st) !== want.type) found.push(`type changed: ${shown(name)}`);
      else if (want.type === 'file' && st.size !== want.size)
        found.push(`modified: ${shown(name)}`);
    }
    for (const name of recorded.keys()) found.push(`missing: ${shown(name)}`);
    return found;
  });
}
