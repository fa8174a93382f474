// The registry's on-disk shape, validated on every read: a registry that fails validation is never
// treated as empty (an empty registry would let GC delete every toolchain).
import { z } from 'zod';

export const REGISTRY_SCHEMA_VERSION = 1;

const jobRef = z.object({
  repository: z.string(),
  runId: z.string(),
  runAttempt: z.string(),
  job: z.string(),
  action: z.string(),
});

export const useRecordSchema = z.object({
  key: z.string().min(1),
  job: jobRef,
  host: z.string(),
  pid: z.number().int(),
  pidStart: z.string().optional(),
  createdAt: z.string(),
  leaseExpiresAt: z.string(),
});

export const entrySchema = z.object({
  id: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  url: z.string(),
  path: z.string(),
  sizeBytes: z.number().nonnegative(),
  fileCount: z.number().int().nonnegative(),
  installedAt: z.string(),
  lastUsedAt: z.string(),
  uses: z.array(useRecordSchema),
});

export const registrySchema = z.object({
  schemaVersion: z.literal(REGISTRY_SCHEMA_VERSION),
  generation: z.number().int().nonnegative(),
  entries: z.record(z.string(), entrySchema),
});

export type RegistryEntry = z.infer<typeof entrySchema>;
export type RegistryDoc = z.infer<typeof registrySchema>;

export const emptyRegistry = (): RegistryDoc => ({
  schemaVersion: REGISTRY_SCHEMA_VERSION,
  generation: 0,
  entries: {},
});

// registrySchema checks every transaction's read of the whole registry; with 10 000 entries a cold
// zod parse costs ~100 ms per process. This hand-written check accepts exactly what registrySchema
// accepts (test/registry.test.ts holds them to that) at a fraction of the cost; when it says no,
// the caller runs registrySchema for the precise error.
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isWhole = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v);
const SHA256 = /^[0-9a-f]{64}$/;

function isUseRecord(u: unknown): boolean {
  if (!isObject(u)) return false;
  const j = u.job;
  return (
    isString(u.key) &&
    u.key.length > 0 &&
    isObject(j) &&
    isString(j.repository) &&
    isString(j.runId) &&
    isString(j.runAttempt) &&
    isString(j.job) &&
    isString(j.action) &&
    isString(u.host) &&
    isWhole(u.pid) &&
    (u.pidStart === undefined || isString(u.pidStart)) &&
    isString(u.createdAt) &&
    isString(u.leaseExpiresAt)
  );
}

function isEntry(e: unknown): boolean {
  if (!isObject(e)) return false;
  return (
    isString(e.id) &&
    e.id.length > 0 &&
    isString(e.sha256) &&
    SHA256.test(e.sha256) &&
    isString(e.url) &&
    isString(e.path) &&
    typeof e.sizeBytes === 'number' &&
    Number.isFinite(e.sizeBytes) &&
    e.sizeBytes >= 0 &&
    isWhole(e.fileCount) &&
    (e.fileCount as number) >= 0 &&
    isString(e.installedAt) &&
    isString(e.lastUsedAt) &&
    Array.isArray(e.uses) &&
    e.uses.every(isUseRecord)
  );
}

/** True when `raw` satisfies registrySchema (unknown keys are kept, where zod would strip them). */
export function isRegistryDoc(raw: unknown): raw is RegistryDoc {
  if (!isObject(raw) || raw.schemaVersion !== REGISTRY_SCHEMA_VERSION) return false;
  if (!isWhole(raw.generation) || (raw.generation as number) < 0 || !isObject(raw.entries))
    return false;
  for (const key in raw.entries) {
    if (Object.prototype.hasOwnProperty.call(raw.entries, key) && !isEntry(raw.entries[key]))
      return false;
  }
  return true;
}
