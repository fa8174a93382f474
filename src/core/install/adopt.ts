// Adoption: a tree renamed into place whose registration never happened (the installer died in
// between) is adopted only when its installer's receipt vouches for its manifest and it is exactly
// what that manifest says; anything else (a tree planted with a manifest of its own) goes to the
// trash. Runs with the toolchain's install lock held.
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError, isErrnoException } from '../errors.js';
import { randomToken, renameRetrying } from '../fsx.js';
import type { CacheLayout } from '../layout.js';
import type { ToolchainSpec } from '../spec.js';
import type { Logger } from '../types.js';
import { readManifest, verifyTree } from '../manifest.js';
import { evidenceProblem } from '../receipt.js';
import { assertLinksInside } from './seal.js';

async function lstatIfExists(p: string): Promise<Stats | undefined> {
  try {
    return await fs.lstat(p);
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * A tree renamed into place whose registration never happened (a crash in between): adopt it
 * when its receipt and manifest match, else move it to the trash. Never trust a tree on its own word.
 */
export async function adoptOrphan(
  layout: CacheLayout,
  spec: ToolchainSpec,
  log: Logger,
): Promise<boolean> {
  const dir = layout.entryDir(spec.id);
  const st = await lstatIfExists(dir);
  if (!st) return false;
  const why = await orphanProblem(layout, spec, st);
  if (!why) {
    log.info(`${spec.id}: adopting a complete install whose registration was interrupted`);
    // A removal mark in it was left by a GC that died before moving it: no GC is running now.
    await fs.rm(layout.removalMark(spec.id), { force: true });
    return true;
  }
  const trash = path.join(layout.trashDir, `${spec.id}.${randomToken()}`);
  log.warning(`${spec.id}: moving an unusable tree aside to ${trash} (${why})`);
  // rename moves a planted symlink itself, never what it points to.
  await renameRetrying(dir, trash);
  return false;
}

/** Why the tree at toolchains/<id> cannot be adopted, or undefined when it is exactly what its manifest says. */
async function orphanProblem(
  layout: CacheLayout,
  spec: ToolchainSpec,
  st: Stats,
): Promise<string | undefined> {
  if (st.isSymbolicLink()) return 'it is a symlink';
  if (!st.isDirectory()) return 'it is not a directory';
  const root = await lstatIfExists(layout.toolchainRoot(spec.id));
  if (!root?.isDirectory()) return 'it has no files/ directory';
  const manifestStat = await lstatIfExists(layout.manifestFile(spec.id));
  if (!manifestStat?.isFile()) return 'it has no manifest';
  const manifest = await readManifest(layout.manifestFile(spec.id));
  if (!manifest) return 'its manifest is unreadable';
  if (manifest.id.toLowerCase() === spec.id.toLowerCase() && manifest.id !== spec.id) {
    // The same directory on a case-insensitive file system: it is someone else's toolchain.
    throw new ToolchainCacheError(
      'CONFLICT',
      `Toolchain "${spec.id}" differs only in letter case from the installed "${manifest.id}" (${layout.entryDir(spec.id)}); use the same spelling, or another id.`,
    );
  }
  if (manifest.id !== spec.id || manifest.sha256 !== spec.sha256)
    return `its manifest is for ${manifest.id} with sha256 ${manifest.sha256}`;
  // A manifest says whatever its writer wanted: only the installer's receipt vouches for it.
  const unvouched = await evidenceProblem(layout, spec.id, spec.sha256);
  if (unvouched) return unvouched;
  // Never trust a manifest without checking the tree against it: the crash may have come mid-way.
  const problems = await verifyTree(layout.toolchainRoot(spec.id), manifest);
  if (problems.length) return `it differs from its manifest: ${problems.slice(0, 3).join('; ')}`;
  try {
    assertLinksInside(spec.id, manifest.files);
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
}
