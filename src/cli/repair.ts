// `repair`: rebuilds the registry from the installed trees (their manifests) after corruption.
import { RegistryCorruptError } from '../core/errors.js';
import { rebuildEntriesFromTree } from '../core/install/manifest.js';
import type { CacheLayout } from '../core/layout.js';
import type { Registry } from '../core/registry/store.js';

export interface RepairReport {
  /** Where the corrupt registry was moved (it is kept for inspection). */
  movedAside?: string;
  /** True when the registry was rebuilt from scratch (corrupt or missing): every use was lost. */
  rebuilt: boolean;
  /** Entries now registered. */
  entries: number;
  /** Installed trees that were not registered and now are. */
  added: string[];
  /** Registered entries without a valid installed tree, now unregistered (their files are left). */
  dropped: string[];
}

/**
 * A corrupt registry is moved aside first (by the registry itself, under its lock), then the
 * registry is reconciled with the tree: a valid one keeps its uses and dates.
 */
export async function repairRegistry(
  layout: CacheLayout,
  registry: Registry,
): Promise<RepairReport> {
  let movedAside: string | undefined;
  try {
    await registry.read();
  } catch (e) {
    if (!(e instanceof RegistryCorruptError)) throw e; // e.g. a newer schema: never overwrite it
    try {
      // Re-read under the lock: a registry still corrupt there is moved aside by the store.
      await registry.update((_doc, tx) => tx.skipWrite());
    } catch (e2) {
      if (!(e2 instanceof RegistryCorruptError && e2.movedTo)) throw e2;
      movedAside = e2.movedTo;
    }
  }
  const fromTree = new Map((await rebuildEntriesFromTree(layout)).map((e) => [e.id, e]));
  return registry.update((doc, tx) => {
    // Generation 0: the file is missing and the store rebuilt the entries from the tree itself.
    const rebuilt = doc.generation === 0;
    const added: string[] = rebuilt ? Object.keys(doc.entries).sort() : [];
    const dropped: string[] = [];
    for (const [id, entry] of Object.entries(doc.entries)) {
      const onDisk = fromTree.get(id);
      if (!onDisk || onDisk.sha256 !== entry.sha256) {
        delete doc.entries[id];
        dropped.push(id);
      }
    }
    for (const [id, entry] of fromTree) {
      if (!Object.hasOwn(doc.entries, id)) {
        doc.entries[id] = entry;
        if (!rebuilt || dropped.includes(id)) added.push(id);
      }
    }
    if (!rebuilt && added.length === 0 && dropped.length === 0) tx.skipWrite();
    return {
      movedAside,
      rebuilt: rebuilt || movedAside !== undefined,
      entries: Object.keys(doc.entries).length,
      added: [...new Set(added)].sort(),
      dropped: dropped.sort(),
    };
  });
}
