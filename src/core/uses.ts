// Registry operations on uses: record, release, and reclaim the uses of dead jobs.
import type { JobProcess, JobRef, UseRecord } from './leases.js';
import { hostId, livenessChecker, newUse } from './leases.js';
import type { Registry } from './registry/store.js';
import type { RegistryEntry } from './registry/schema.js';

/** Who is using a toolchain: this step invocation of this job. */
export interface UseOwner {
  key: string;
  job: JobRef;
  process: JobProcess;
}

/** Adds (or refreshes) this step's use of an entry and bumps its last use. */
export function recordUse(entry: RegistryEntry, owner: UseOwner, now = Date.now()): void {
  entry.uses = entry.uses.filter((u) => u.key !== owner.key);
  entry.uses.push(newUse(owner.key, owner.job, owner.process, now));
  entry.lastUsedAt = new Date(now).toISOString();
}

/** A use belongs to this step when it has the step's key, or (the key being lost with a crashed
 * main) the same job process and the same action step. */
function ownedBy(use: UseRecord, owner: Partial<UseOwner>, host: string): boolean {
  if (owner.key && use.key === owner.key) return true;
  return (
    owner.process !== undefined &&
    owner.job !== undefined &&
    use.host === host &&
    use.pid === owner.process.pid &&
    use.pidStart === owner.process.pidStart &&
    use.job.runId === owner.job.runId &&
    use.job.job === owner.job.job &&
    use.job.action === owner.job.action
  );
}

/** Releases this step's uses; idempotent. Returns the ids released. */
export async function releaseUses(registry: Registry, owner: Partial<UseOwner>): Promise<string[]> {
  const host = hostId();
  return registry.update((doc, tx) => {
    const released: string[] = [];
    for (const entry of Object.values(doc.entries)) {
      const kept = entry.uses.filter((u) => !ownedBy(u, owner, host));
      if (kept.length !== entry.uses.length) {
        entry.uses = kept;
        released.push(entry.id);
      }
    }
    if (released.length === 0) tx.skipWrite();
    return released;
  });
}

export interface ReclaimedUse {
  id: string;
  use: UseRecord;
}

/**
 * Drops uses whose job is gone. Liveness is judged outside the lock (it may run `ps`); a dead use
 * cannot come back to life, so removing that very record afterwards is safe.
 */
export async function reclaimDeadUses(
  registry: Registry,
  now = Date.now(),
): Promise<ReclaimedUse[]> {
  const snapshot = await registry.read();
  const alive = livenessChecker(now);
  const dead = new Set<string>();
  const found: ReclaimedUse[] = [];
  for (const entry of Object.values(snapshot.entries)) {
    for (const use of entry.uses) {
      if (!(await alive(use))) {
        dead.add(useIdentity(entry.id, use));
        found.push({ id: entry.id, use });
      }
    }
  }
  if (dead.size === 0) return [];
  return registry.update((doc, tx) => {
    // Only the very records judged dead: one refreshed meanwhile (recordUse with the same key
    // writes a new record) is judged again next time.
    const reclaimed = found.filter(({ id, use }) =>
      doc.entries[id]?.uses.some((u) => useIdentity(id, u) === useIdentity(id, use)),
    );
    if (reclaimed.length === 0) tx.skipWrite();
    for (const entry of Object.values(doc.entries)) {
      entry.uses = entry.uses.filter((u) => !dead.has(useIdentity(entry.id, u)));
    }
    return reclaimed;
  });
}

const useIdentity = (id: string, u: UseRecord): string =>
  [id, u.key, u.host, u.pid, u.pidStart ?? '', u.createdAt].join('\0');

export const liveUseCount = (entry: RegistryEntry): number => entry.uses.length;
