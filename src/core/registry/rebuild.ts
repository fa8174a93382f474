// Rebuilding the registry's entries from the installed trees: each complete install carries a
// manifest written before it was published (see docs/design.md, "The registry").
import { promises as fs } from 'node:fs';
import { readManifest, type Manifest } from '../install/manifest.js';
import type { CacheLayout } from '../layout.js';
import type { RegistryEntry } from './schema.js';

/** The entry a manifest describes; its last use is `registeredAt` until a use says otherwise. */
export function entryFromManifest(m: Manifest, registeredAt: Date): RegistryEntry {
  return {
    id: m.id,
    sha256: m.sha256,
    url: m.url,
    sizeBytes: m.sizeBytes,
    fileCount: m.fileCount,
    installedAt: m.installedAt,
    lastUsedAt: registeredAt.toISOString(),
  };
}

/**
 * Entries for every complete install under toolchains/ (each with a valid manifest for its own
 * id). The rebuild counts as a use: age-based GC then waits a full period before removing any.
 */
export async function rebuildEntries(
  layout: CacheLayout,
  now = new Date(),
): Promise<RegistryEntry[]> {
  const names = await fs.readdir(layout.toolchainsDir).catch(() => [] as string[]);
  const entries: RegistryEntry[] = [];
  for (const name of names) {
    const manifest = await readManifest(layout.manifestFile(name));
    if (!manifest || manifest.id !== name) continue;
    entries.push(entryFromManifest(manifest, now));
  }
  return entries;
}
