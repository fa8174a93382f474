// `verify`: every registered toolchain checked against its manifest (every file's type, size and
// hash) and its installer's receipt (docs/design.md, "Evidence"); trees nobody registered, and
// registry records naming a directory of their own, reported beside them.
import path from 'node:path';
import { type DirHandle, openDirInsideIfExists, withDir } from '../core/dir-handle.js';
import { errorMessage } from '../core/errors.js';
import { readManifestIn, verifyTree } from '../core/manifest.js';
import { evidenceProblem } from '../core/receipt.js';
import type { CacheLayout } from '../core/layout.js';
import type { RegistryDoc } from '../core/registry/schema.js';

/** A `path` a registry record carries (an older release's, or planted), and the one used instead. */
export interface IgnoredPath {
  id: string;
  recorded: string;
  used: string;
}

export interface VerifiedEntry {
  id: string;
  ok: boolean;
  /** One line per change ("modified: bin/cc"). */
  problems: string[];
}

export interface VerifyReport {
  ok: boolean;
  entries: VerifiedEntry[];
  /** Trees under toolchains/ that no registry entry names (not an error). */
  unregistered: string[];
  /**
   * Entries whose registry record carries a `path` (an older release's, or planted) other than
   * the layout's: ignored, a toolchain's directory always comes from the layout. Only when any.
   */
  ignoredPaths?: IgnoredPath[];
}

/** Checks every registered toolchain, in id order, and looks for what the registry leaves out. */
export async function verifyCache(layout: CacheLayout, doc: RegistryDoc): Promise<VerifyReport> {
  const entries: VerifiedEntry[] = [];
  for (const entry of Object.values(doc.entries).sort((a, b) => (a.id < b.id ? -1 : 1))) {
    entries.push({ id: entry.id, ...(await verifyEntry(layout, entry.id, entry.sha256)) });
  }
  const toolchains = await openDirInsideIfExists(layout.root, layout.toolchainsDir);
  const onDisk = toolchains ? await withDir(toolchains, (d) => d.list()) : [];
  const unregistered = onDisk.filter((n) => !Object.hasOwn(doc.entries, n)).sort();
  const report: VerifyReport = { ok: entries.every((e) => e.ok), entries, unregistered };
  const ignoredPaths = recordedPaths(layout, doc);
  if (ignoredPaths.length) report.ignoredPaths = ignoredPaths;
  return report;
}

/** Registry records naming a directory of their own: never used, but a sign of tampering (or of an older release). */
function recordedPaths(
  layout: CacheLayout,
  doc: { entries: Record<string, object> },
): IgnoredPath[] {
  const found: IgnoredPath[] = [];
  for (const [id, entry] of Object.entries(doc.entries)) {
    const recorded = (entry as { path?: unknown }).path;
    const used = layout.toolchainRoot(id);
    if (recorded === undefined || recorded === used) continue;
    found.push({
      id,
      recorded: typeof recorded === 'string' ? recorded : JSON.stringify(recorded),
      used,
    });
  }
  return found.sort((a, b) => (a.id < b.id ? -1 : 1));
}

export const ignoredPathNote = (p: IgnoredPath): string =>
  `${p.id}: the registry records the path ${p.recorded}, which is not the layout's ${p.used}; ` +
  "it is ignored (jobs always use the layout's directory). Someone who can write the registry changed it, or an older release wrote it: check who can write the cache root.";

/**
 * One entry, walked by descriptors from the root (dir-handle.ts): its directory, manifest and
 * files are opened no-follow, so a link planted anywhere is reported, never followed.
 */
async function verifyEntry(
  layout: CacheLayout,
  id: string,
  sha256: string,
): Promise<{ ok: boolean; problems: string[] }> {
  let entry;
  try {
    entry = await openDirInsideIfExists(layout.root, layout.entryDir(id));
  } catch (e) {
    return { ok: false, problems: [errorMessage(e)] };
  }
  if (!entry)
    return { ok: false, problems: [`missing: ${path.relative(layout.root, layout.entryDir(id))}`] };
  return withDir(entry, (d) => verifyEntryIn(layout, d, id, sha256));
}

async function verifyEntryIn(
  layout: CacheLayout,
  entry: DirHandle,
  id: string,
  sha256: string,
): Promise<{ ok: boolean; problems: string[] }> {
  const manifest = await readManifestIn(entry, path.basename(layout.manifestFile(id)));
  if (!manifest)
    return { ok: false, problems: [`manifest missing or unreadable: ${layout.manifestFile(id)}`] };
  const problems: string[] = [];
  if (manifest.id !== id) problems.push(`manifest names "${manifest.id}"`);
  if (manifest.sha256 !== sha256)
    problems.push(`manifest sha256 ${manifest.sha256} ≠ registry ${sha256}`);
  const unvouched = await evidenceProblem(layout, id, sha256);
  if (unvouched) problems.push(`not vouched for: ${unvouched}`);
  const root = layout.toolchainRoot(id);
  const files = await entry.openDir(path.basename(root)).catch(() => undefined);
  if (!files) {
    problems.push(`missing: ${path.relative(layout.root, root)}`);
  } else {
    problems.push(...(await withDir(files, (d) => verifyTree(d, manifest))));
  }
  return { ok: problems.length === 0, problems };
}
