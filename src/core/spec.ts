// The toolchains list and the scalar inputs, parsed and validated before anything touches the disk.
import { InputError } from './errors.js';
import { ID_PATTERN } from './ids.js';
import { redactUrl } from './redact.js';
import { parseSimpleToolchainList } from './toolchains-yaml.js';
import { checkVendorName } from '../vendors/registry.js';
import type { NamedSpec } from '../vendors/types.js';

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

/** Why a field is invalid: the message, completed by the caller with the item, field and value. */
class FieldError {
  constructor(
    readonly field: string,
    readonly message: string,
  ) {}
}

type Fields = Record<string, unknown>;

// A hand-written check of each field rather than a schema library: the main step validates its
// input on every job, and a schema library costs more to load than the whole check does to run.
function requiredString(item: Fields, field: string, missing: string): string {
  const v = item[field];
  if (typeof v !== 'string') throw new FieldError(field, missing);
  return v;
}

function checkId(item: Fields): string {
  const id = requiredString(item, 'id', 'is required (a string)');
  if (!ID_PATTERN.test(id)) {
    throw new FieldError(
      'id',
      'must match [A-Za-z0-9][A-Za-z0-9._+-]{0,127} (ASCII letters, digits, . _ + -; no path separators; at most 128 characters)',
    );
  }
  if (WINDOWS_RESERVED.test(id) || id.endsWith('.'))
    throw new FieldError('id', 'is a name Windows cannot use as a directory');
  return id;
}

function checkUrl(item: Fields): string {
  const url = requiredString(item, 'url', 'is required (a string)');
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    throw new FieldError('url', 'must be an http:// or https:// URL');
  return url;
}

function checkSha256(item: Fields): string {
  const sha = requiredString(item, 'sha256', 'is required (a string of 64 hex characters)')
    .trim()
    .toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(sha))
    throw new FieldError('sha256', 'must be 64 hexadecimal characters');
  return sha;
}

function checkRelativeDir(p: unknown): string {
  if (typeof p !== 'string')
    throw new FieldError('bin', 'must be a directory or a list of directories (strings)');
  if (p.length === 0) throw new FieldError('bin', 'must not be empty');
  if (/^([/\\]|[A-Za-z]:)/.test(p))
    throw new FieldError('bin', 'must be relative to the toolchain root');
  if (p.split(/[/\\]/).includes('..')) throw new FieldError('bin', "must not contain '..'");
  return p;
}

function checkBin(item: Fields): string[] | undefined {
  const bin = item.bin;
  if (bin === undefined) return undefined;
  if (!Array.isArray(bin)) return [checkRelativeDir(bin)];
  if (bin.length === 0) throw new FieldError('bin', 'must list at least one directory');
  return bin.map(checkRelativeDir);
}

function checkStripComponents(item: Fields): number | undefined {
  const n = item['strip-components'];
  if (n === undefined) return undefined;
  if (typeof n !== 'number' || !Number.isInteger(n))
    throw new FieldError('strip-components', 'must be a whole number');
  if (n < 0) throw new FieldError('strip-components', 'must be 0 or more');
  if (n > 64) throw new FieldError('strip-components', 'must be at most 64');
  return n;
}

/** One item, its fields checked in the order the README lists them; the first problem is thrown. */
function checkItem(item: Fields, label: string): ToolchainSpec {
  try {
    return {
      id: checkId(item),
      url: checkUrl(item),
      sha256: checkSha256(item),
      bin: checkBin(item),
      stripComponents: checkStripComponents(item),
    };
  } catch (e) {
    if (!(e instanceof FieldError)) throw e;
    throw new InputError(
      `${label}: field "${e.field}" ${e.message}${describeValue(shownValue(item, e.field))}.`,
      e.field,
    );
  }
}

/** A `NAME@VERSION` item (`- node@24`), resolved to a ToolchainSpec by src/core/named/. */
export interface NamedItem extends NamedSpec {
  /** Its position in the list, for messages (`toolchains[2] ("node@24")`). */
  index: number;
}

export type ToolchainItem = ToolchainSpec | NamedItem;

export const isNamedItem = (item: ToolchainItem): item is NamedItem => 'spec' in item;

export interface ParsedToolchains {
  /** In the order written: the first listed wins a name clash on PATH. */
  toolchains: ToolchainItem[];
  warnings: string[];
}

/** A vendor's name: what `src/vendors/registry.ts` knows is checked when it resolves. */
const NAME_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
/** A version request's characters: digits, letters, `.`, ranges (`^~<>=| `), `*`, `+`, `/` (`lts/iron`), `-`. */
const VERSION_PATTERN = /^[0-9A-Za-z^~<>=*][0-9A-Za-z.^~<>=|*+/ -]{0,63}$/;

/**
 * A plain string item: `NAME@VERSION`. Its name must be a vendor's (the registry lists them
 * without loading any vendor module) and its version a version request's shape; what the version
 * means is the vendor module's to say, when it resolves (never on a hit).
 */
function checkNamed(text: string, index: number): NamedItem {
  const label = `toolchains[${index}] (${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)})`;
  const at = text.indexOf('@');
  const name = at > 0 ? text.slice(0, at) : '';
  const version = at > 0 ? text.slice(at + 1) : '';
  if (!NAME_PATTERN.test(name) || !version) {
    throw new InputError(
      `${label}: a named toolchain is NAME@VERSION, e.g. node@24, go@1.23, python@3.12 (a lower-case name, "@", a version); ` +
        'or give a mapping with id, url and sha256.',
      'toolchains',
    );
  }
  checkVendorName(label, name);
  if (!VERSION_PATTERN.test(version) || version.trim() !== version) {
    throw new InputError(
      `${label}: "${version}" is not a version request: use an exact version (24.11.1), a prefix (24, 24.11), ` +
        'latest, lts, lts/<codename>, or a semver range (^1.23, ~3.12.1, ">=22 <24").',
      'toolchains',
    );
  }
  return { spec: text, name, version, index };
}

/**
 * Parses the `toolchains` input: a YAML (or JSON) list of items. The usual shape is read directly;
 * anything else loads the YAML library (a separate chunk of the bundle: most jobs never load it).
 */
export async function parseToolchains(text: string): Promise<ParsedToolchains> {
  if (!text.trim())
    throw new InputError(
      'Input "toolchains" is required: a YAML list of NAME@VERSION (e.g. - node@24) or {id, url, sha256} items.',
      'toolchains',
    );
  let doc: unknown = parseSimpleToolchainList(text);
  if (doc === undefined) {
    const { parse } = await import('yaml');
    try {
      doc = parse(text);
    } catch (e) {
      throw new InputError(
        `Input "toolchains" is not valid YAML: ${(e as Error).message}`,
        'toolchains',
      );
    }
  }
  return checkToolchains(doc);
}

/** Validates a parsed `toolchains` document. */
export function checkToolchains(doc: unknown): ParsedToolchains {
  if (!Array.isArray(doc) || doc.length === 0) {
    throw new InputError(
      'Input "toolchains" must be a non-empty YAML list, e.g.\n- node@24\n- id: cmake-3.30.5\n  url: https://…\n  sha256: <64 hex>',
      'toolchains',
    );
  }
  const warnings: string[] = [];
  const seen = new Map<string, number>();
  const toolchains = doc.map((raw, index): ToolchainItem => {
    if (typeof raw === 'string') {
      const named = checkNamed(raw, index);
      // The same spec twice; two specs resolving to one id are merged when resolved (src/core/named/).
      const earlier = seen.get(`@${named.spec}`);
      if (earlier !== undefined)
        throw new InputError(
          `toolchains[${index}] ("${named.spec}"): duplicates toolchains[${earlier}]; each item may appear once.`,
          'toolchains',
        );
      seen.set(`@${named.spec}`, index);
      return named;
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new InputError(
        `toolchains[${index}]: must be NAME@VERSION (e.g. node@24) or a mapping with id, url and sha256.`,
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
    const item = checkItem(raw as Fields, label);
    // Case-folded: on macOS and Windows `Foo` and `foo` would be one directory.
    const earlier = seen.get(item.id.toLowerCase());
    if (earlier !== undefined) {
      throw new InputError(
        `${label}: field "id" duplicates toolchains[${earlier}] (ids are compared ignoring letter case); each id may appear once.`,
        'id',
      );
    }
    seen.set(item.id.toLowerCase(), index);
    return item;
  });
  return { toolchains, warnings };
}

function itemLabel(index: number, id: unknown): string {
  return typeof id === 'string' && id.length <= 128
    ? `toolchains[${index}] (id "${id}")`
    : `toolchains[${index}]`;
}

/** A field's value for a message: a URL without its credentials (redactUrl). */
const shownValue = (item: Fields, field: string): unknown =>
  field === 'url' && typeof item.url === 'string' ? redactUrl(item.url) : item[field];

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

/** Why a GC size bound of 0 is refused (one wording for the input, the variable and the host file). */
export const ZERO_SIZE_BOUND =
  '0 would remove every unused toolchain; unset it for no bound, or give the most the cache may hold';

/**
 * A GC size bound (`max-size`, TOOLCHAIN_CACHE_MAX_SIZE): a size, never 0 (an administrator may
 * read 0 as "no limit"; it would empty the cache of everything unused). Empty → no bound.
 */
export function parseSizeBound(value: string, name: string): number | undefined {
  const bytes = parseSize(value, name);
  if (bytes === 0)
    throw new InputError(`Input "${name}" is "${value.trim()}": ${ZERO_SIZE_BOUND}.`, name);
  return bytes;
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
