// The toolchains list and the scalar inputs, parsed and validated before anything touches the disk.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InputError } from './errors.js';
import { ID_PATTERN } from './ids.js';

export interface ToolchainSpec {
  id: string;
  url: string;
  sha256: string;
  /** Directories (relative to the toolchain root) to add to PATH; undefined = `bin` if present, else the root. */
  bin?: string[];
  /** Leading path components to drop; undefined = auto (a single top-level directory becomes the root). */
  stripComponents?: number;
}

export { ID_PATTERN };
// Names Windows reserves whatever the extension; a toolchain directory must be creatable everywhere.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const KNOWN_KEYS = new Set(['id', 'url', 'sha256', 'bin', 'strip-components']);

const relativeDir = z
  .string()
  .min(1, 'must not be empty')
  .refine((p) => !/^([/\\]|[A-Za-z]:)/.test(p), 'must be relative to the toolchain root')
  .refine((p) => !p.split(/[/\\]/).includes('..'), "must not contain '..'");

const itemSchema = z.object({
  id: z
    .string({ error: 'is required (a string)' })
    .refine((s) => ID_PATTERN.test(s), {
      error:
        'must match [A-Za-z0-9][A-Za-z0-9._+-]{0,127} (ASCII letters, digits, . _ + -; no path separators; at most 128 characters)',
    })
    .refine((s) => !WINDOWS_RESERVED.test(s) && !s.endsWith('.'), {
      error: 'is a name Windows cannot use as a directory',
    }),
  url: z
    .string({ error: 'is required (a string)' })
    .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), {
      error: 'must be an http:// or https:// URL',
    }),
  sha256: z
    .string({ error: 'is required (a string of 64 hex characters)' })
    .transform((s) => s.trim().toLowerCase())
    .refine((s) => /^[0-9a-f]{64}$/.test(s), { error: 'must be 64 hexadecimal characters' }),
  bin: z
    .union([relativeDir, z.array(relativeDir).min(1, 'must list at least one directory')])
    .optional(),
  'strip-components': z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(64, 'must be at most 64')
    .optional(),
});

export interface ParsedToolchains {
  toolchains: ToolchainSpec[];
  warnings: string[];
}

/** Parses the `toolchains` input: a YAML (or JSON) list of items. */
export function parseToolchains(text: string): ParsedToolchains {
  if (!text.trim())
    throw new InputError(
      'Input "toolchains" is required: a YAML list of {id, url, sha256}.',
      'toolchains',
    );
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new InputError(
      `Input "toolchains" is not valid YAML: ${(e as Error).message}`,
      'toolchains',
    );
  }
  if (!Array.isArray(doc) || doc.length === 0) {
    throw new InputError(
      'Input "toolchains" must be a non-empty YAML list, e.g.\n- id: cmake-3.30.5\n  url: https://…\n  sha256: <64 hex>',
      'toolchains',
    );
  }
  const warnings: string[] = [];
  const seen = new Map<string, number>();
  const toolchains = doc.map((raw, index): ToolchainSpec => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new InputError(
        `toolchains[${index}]: must be a mapping with id, url and sha256.`,
        'toolchains',
      );
    }
    const label = itemLabel(index, (raw as Record<string, unknown>).id);
    for (const key of Object.keys(raw)) {
      if (!KNOWN_KEYS.has(key))
        warnings.push(
          `${label}: unknown key "${key}" ignored (known: ${[...KNOWN_KEYS].join(', ')}).`,
        );
    }
    const result = itemSchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = String(issue.path[0] ?? '');
      const got = describeValue((raw as Record<string, unknown>)[field]);
      throw new InputError(`${label}: field "${field}" ${issue.message}${got}.`, field);
    }
    const item = result.data;
    // Case-folded: on macOS and Windows `Foo` and `foo` would be one directory.
    const earlier = seen.get(item.id.toLowerCase());
    if (earlier !== undefined) {
      throw new InputError(
        `${label}: field "id" duplicates toolchains[${earlier}] (ids are compared ignoring letter case); each id may appear once.`,
        'id',
      );
    }
    seen.set(item.id.toLowerCase(), index);
    return {
      id: item.id,
      url: item.url,
      sha256: item.sha256,
      bin: item.bin === undefined ? undefined : [item.bin].flat(),
      stripComponents: item['strip-components'],
    };
  });
  return { toolchains, warnings };
}

function itemLabel(index: number, id: unknown): string {
  return typeof id === 'string' && id.length <= 128
    ? `toolchains[${index}] (id "${id}")`
    : `toolchains[${index}]`;
}

function describeValue(v: unknown): string {
  if (v === undefined) return '';
  const s =
    typeof v === 'string'
      ? JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v)
      : JSON.stringify(v);
  return typeof v === 'string' && /^[0-9a-fA-F]*$/.test(v) && v.length !== 64
    ? ` (got ${v.length} characters)`
    : ` (got ${s})`;
}

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1e3,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1e6,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1e9,
  gib: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1e12,
  tib: 1024 ** 4,
};

/** `20GB` (10^9), `512MiB` (2^20), `1.5T`, `1048576`; empty → undefined (no bound). */
export function parseSize(value: string, name: string): number | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(v);
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) {
    throw new InputError(
      `Input "${name}" must be a size such as 20GB, 512MiB or 1073741824 (got "${value}").`,
      name,
    );
  }
  return Math.floor(Number(m[1]) * unit);
}

/** A whole number ≥ min; empty → the default. */
export function parseWholeNumber(value: string, name: string, fallback: number, min = 0): number {
  const v = value.trim();
  if (!v) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) {
    throw new InputError(`Input "${name}" must be a whole number ≥ ${min} (got "${value}").`, name);
  }
  return Number(v);
}

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts. */
export function parseBoolean(value: string, name: string, fallback: boolean): boolean {
  const v = value.trim();
  if (!v) return fallback;
  if (/^(true|True|TRUE)$/.test(v)) return true;
  if (/^(false|False|FALSE)$/.test(v)) return false;
  throw new InputError(`Input "${name}" must be true or false (got "${value}").`, name);
}
