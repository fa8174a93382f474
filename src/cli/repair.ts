// `repair`: reconciles the registry with the installed trees. A corrupt or missing registry heals
// itself on any access (moved aside, rebuilt from the manifests); repair also registers installed
// trees it does not list (only those their installer's receipt vouches for) and unregisters
// entries whose tree is gone or unvouched.
import type { CacheLayout } from '../core/layout.js';
import { scanInstalled } from '../core/registry/rebuild.js';
import type { Registry } from '../core/registry/store.js';

export interface RepairReport {
  /** Where the corrupt registry was moved (it is kept for inspection). */
  movedAside?: string;
  /** True when the registry was rebuilt from scratch (corrupt or missing). */
  rebuilt: boolean;
  /** Entries now registered. */
  entries: number;
  /** Installed trees that were not registered and now are. */
  added: string[];
  /**
   * Registered entries without a valid installed tree, or whose tree no receipt vouches for, now
   * unregistered (their files are left).
   */
  dropped: string[];
  /** Trees under toolchains/ that were not registered: no receipt vouches for them, or no manifest. */
  leftOut: Array<{ id: string; why: string }>;
}

export async function repairRegistry(
  layout: CacheLayout,
  registry: Registry,
): Promise<RepairReport> {
  const scan = await scanInstalled(layout);
  const fromTree = new Map(scan.entries.map((e) => [e.id, e]));
  return registry.update((doc, tx) => {
    const added: string[] = tx.rebuilt ? Object.keys(doc.entries) : [];
    const dropped: string[] = [];
    for (const [id, entry] of Object.entries(doc.entries)) {
      const onDisk = fromTree.get(id);
      if (!onDisk || onDisk.sha256 !== entry.sha256) {
        delete doc.entries[id];
        dropped.push(id);
      }
    }
    for (const [id, entry] of fromTree) {
      if (Object.hasOwn(doc.entries, id)) continue;
      doc.entries[id] = entry;
      added.push(id);
    }
    if (added.length === 0 && dropped.length === 0) tx.skipWrite();
    return {
      movedAside: tx.movedAside,
      rebuilt: tx.rebuilt || tx.movedAside !== undefined,
      entries: Object.keys(doc.entries).length,
      added: [...new Set(added)].sort(),
      dropped: dropped.sort(),
      leftOut: scan.rejected,
    };
  });
}
