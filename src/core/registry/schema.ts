// The registry's on-disk shape, validated on every read: a registry that fails validation is never
// treated as empty. Entries only: uses live in their own records (uses.ts), and a toolchain's
// directory always comes from the layout, never from this file.
// Hand-written rather than a schema library: the check runs on the warm path of every job.
import { redactUrl } from '../redact.js';

export const REGISTRY_SCHEMA_VERSION = 2;

export interface RegistryEntry {
  id: string;
  sha256: string;
  url: string;
  sizeBytes: number;
  fileCount: number;
  installedAt: string;
  /** When the entry was registered; later uses are in the use records and the last-use stamp. */
  lastUsedAt: string;
}

export interface RegistryDoc {
  schemaVersion: typeof REGISTRY_SCHEMA_VERSION;
  generation: number;
  entries: Record<string, RegistryEntry>;
}

export const emptyRegistry = (): RegistryDoc => ({
  schemaVersion: REGISTRY_SCHEMA_VERSION,
  generation: 0,
  entries: {},
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const SHA256 = /^[0-9a-f]{64}$/;

const ENTRY_FIELDS: Array<[keyof RegistryEntry, (v: unknown) => boolean, string]> = [
  ['id', (v) => typeof v === 'string' && v.length > 0, 'a non-empty string'],
  ['sha256', (v) => typeof v === 'string' && SHA256.test(v), '64 lowercase hex digits'],
  ['url', (v) => typeof v === 'string', 'a string'],
  [
    'sizeBytes',
    (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
    'a non-negative number',
  ],
  ['fileCount', (v) => isWhole(v) && v >= 0, 'a non-negative integer'],
  ['installedAt', (v) => typeof v === 'string', 'a string'],
  ['lastUsedAt', (v) => typeof v === 'string', 'a string'],
];

/** Why `e` is not a registry entry, as "field: expected …", or undefined when it is one. */
function entryProblem(e: unknown): string | undefined {
  if (!isObject(e)) return 'expected an object';
  for (const [field, ok, expected] of ENTRY_FIELDS) {
    if (!ok(e[field])) return `${field}: expected ${expected}`;
  }
  return undefined;
}

/**
 * Why `raw` is not a registry document ("entries.cmake.sha256: expected …"), or undefined when it
 * is one. Unknown keys are kept.
 */
export function registryProblem(raw: unknown): string | undefined {
  if (!isObject(raw)) return '(top level): expected an object';
  if (raw.schemaVersion !== REGISTRY_SCHEMA_VERSION)
    return `schemaVersion: expected ${REGISTRY_SCHEMA_VERSION}`;
  if (!isWhole(raw.generation) || raw.generation < 0)
    return 'generation: expected a non-negative integer';
  if (!isObject(raw.entries)) return 'entries: expected an object';
  for (const key in raw.entries) {
    if (!Object.prototype.hasOwnProperty.call(raw.entries, key)) continue;
    const problem = entryProblem(raw.entries[key]);
    if (problem) return `entries.${key}.${problem}`;
    if ((raw.entries[key] as RegistryEntry).id !== key)
      return `entries.${key}.id: expected "${key}"`;
  }
  return undefined;
}

/**
 * Entries written before URLs were stored redacted lose their credentials as they are read (the
 * next write stores them without): only redacted URLs live in the root (src/core/redact.ts).
 */
export function redactStoredUrls(doc: RegistryDoc): RegistryDoc {
  for (const entry of Object.values(doc.entries)) {
    if (/[@?#]/.test(entry.url)) entry.url = redactUrl(entry.url);
  }
  return doc;
}

export const isRegistryDoc = (raw: unknown): raw is RegistryDoc =>
  registryProblem(raw) === undefined;
