// Rebuilding the registry's entries from the installed trees: each complete install carries a
// manifest and a receipt, both written before it was published (see docs/design.md, "The registry"
// and "Evidence").
import path from 'node:path';
import { openDirInsideIfExists, withDir } from '../dir-handle.js';
import { readManifestIn, type Manifest } from '../manifest.js';
import { evidenceProblem } from '../receipt.js';
import { redactUrl } from '../redact.js';
import type { CacheLayout } from '../layout.js';
import type { RegistryEntry } from './schema.js';
import { isoTime } from '../format.js';

/** The entry a manifest describes; its last use is `registeredAt` until a use says otherwise. */
export function entryFromManifest(m: Manifest, registeredAt: Date): RegistryEntry {
  return {
    id: m.id,
    sha256: m.sha256,
    url: redactUrl(m.url),
    sizeBytes: m.sizeBytes,
    fileCount: m.fileCount,
    installedAt: m.installedAt,
    lastUsedAt: isoTime(registeredAt.getTime()),
  };
}

export interface InstalledScan {
  entries: RegistryEntry[];
  /** Trees under toolchains/ left out, and why (no receipt vouches for them, no valid manifest). */
  rejected: Array<{ id: string; why: string }>;
}

/**
 * Entries for every complete install under toolchains/: a valid manifest for its own id, vouched
 * for by its installer's receipt (a planted tree carries a manifest, never a receipt matching it).
 * The rebuild counts as a use: age-based GC then waits a full period before removing any.
 */
export async function scanInstalled(layout: CacheLayout, now = new Date()): Promise<InstalledScan> {
  const scan: InstalledScan = { entries: [], rejected: [] };
  const toolchains = await openDirInsideIfExists(layout.root, layout.toolchainsDir);
  if (!toolchains) return scan;
  await withDir(toolchains, async (dir) => {
    for (const name of await dir.list()) {
      // Never read through a link planted in place of a tree: opened no-follow, read through it.
      const entry = await dir.openDir(name).catch(() => undefined);
      if (!entry) {
        scan.rejected.push({ id: name, why: 'it is not a directory (a planted link?)' });
        continue;
      }
      const manifest = await withDir(entry, (d) =>
        readManifestIn(d, path.basename(layout.manifestFile(name))),
      );
      if (!manifest || manifest.id !== name) {
        scan.rejected.push({ id: name, why: 'it has no valid manifest of its own' });
        continue;
      }
      const why = await evidenceProblem(layout, name, manifest.sha256);
      if (why) scan.rejected.push({ id: name, why });
      else scan.entries.push(entryFromManifest(manifest, now));
    }
  });
  return scan;
}

/** The entries scanInstalled accepts. */
export async function rebuildEntries(
  layout: CacheLayout,
  now = new Date(),
): Promise<RegistryEntry[]> {
  return (await scanInstalled(layout, now)).entries;
}
