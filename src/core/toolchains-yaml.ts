// The `toolchains` input in the shape nearly everyone writes it — a block list of flat mappings
// with plain or quoted scalars and [flow, lists], and plain string items (`- node@24`, the named
// toolchains) — read without loading a YAML library, which costs
// a warm hit on Node 20 about a quarter of what a minimal action costs in all. Anything else
// (comments after values, block scalars, anchors, tags, nested blocks, numbers other than plain
// integers, booleans, nulls, JSON) is declined: the caller then parses the text with the full YAML
// library. The contract, checked by the tests: whatever this returns is exactly what the YAML
// library returns for the same text.

type Scalar = string | number;
type Item = Record<string, Scalar | Scalar[]>;

/**
 * A list of flat mappings and strings, or undefined when the text is not in the subset (parse it
 * fully).
 */
export function parseSimpleToolchainList(text: string): Array<Item | string> | undefined {
  const items: Array<Item | string> = [];
  let current: Item | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (/^\s*(#.*)?$/.test(line)) continue; // blank or a whole-line comment
    if (line.includes('\t')) return undefined;
    const m = /^(- | {2})([A-Za-z0-9_-]+):(?: (.*))?$/.exec(line);
    if (!m) {
      // A plain string item: `- node@24`. A mapping line after it would belong to nothing.
      const item = line.startsWith('- ') ? parseScalar(line.slice(2).trim()) : undefined;
      if (typeof item !== 'string') return undefined;
      items.push(item);
      current = undefined;
      continue;
    }
    if (m[1] === '- ') {
      current = {};
      items.push(current);
    } else if (!current) {
      return undefined;
    }
    const value = parseValue((m[3] ?? '').trim());
    if (value === undefined || Object.hasOwn(current, m[2])) return undefined;
    current[m[2]] = value;
  }
  return items.length ? items : undefined;
}

function parseValue(v: string): Scalar | Scalar[] | undefined {
  if (v.startsWith('[')) {
    if (!v.endsWith(']')) return undefined;
    const inner = v.slice(1, -1).trim();
    if (!inner) return [];
    const parts = inner.split(',').map((p) => parseScalar(p.trim()));
    if (parts.some((p) => p === undefined || typeof p !== 'string')) return undefined;
    return parts as string[];
  }
  return parseScalar(v);
}

// YAML 1.2 core schema: plain scalars that are nulls, booleans or numbers other than a plain
// decimal integer are declined rather than interpreted.
const NOT_A_PLAIN_STRING =
  /^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

function parseScalar(v: string): Scalar | undefined {
  if (!v) return undefined;
  if (v.startsWith('"')) {
    const body = v.slice(1, -1);
    return v.length >= 2 && v.endsWith('"') && !/["\\]/.test(body) ? body : undefined;
  }
  if (v.startsWith("'")) {
    const body = v.slice(1, -1);
    return v.length >= 2 && v.endsWith("'") && !body.includes("'") ? body : undefined;
  }
  if (/^[0-9]+$/.test(v)) {
    const n = Number(v);
    return Number.isSafeInteger(n) && !/^0[0-9]/.test(v) ? n : undefined;
  }
  // Indicators a plain scalar may not start with, and what would end it or make it a mapping.
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(v) || / #|: |:$|[,[\]{}]/.test(v)) return undefined;
  if (NOT_A_PLAIN_STRING.test(v)) return undefined;
  return v;
}
