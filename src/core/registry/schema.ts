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
