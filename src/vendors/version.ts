// Version requests of named toolchains (`node@24`, `go@^1.23`, `zig@0.14`) matched against the
// versions a vendor's index lists. A small semver matcher of our own rather than the `semver`
// package: the vendors' strings are not semver (`go1.24rc1`, `21.0.5+11`, `0.14.0`), so each
// family gives a normaliser anyway, and the action's bundle stays small (docs/design.md,
// "Vendors"). Grammar: `latest`; an exact version or a prefix (`24.11.1`, `24`, `24.11`); x-ranges
// (`1.x`, `1.*`); comparators `^ ~ >= <= > < =`, space-separated (and), `||` (or); hyphen ranges
// (`1.2 - 1.4`). Pre-releases match only when the request names one on the same
// major.minor.patch (semver's rule), so `go@1.24` never picks `go1.24rc1`.
import { InputError } from '../core/errors.js';

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers (`rc.1` → ['rc', 1]); empty for a release. */
  pre: (string | number)[];
  /** Build identifiers (`+11` → [11]): ignored by matching, the last tie-breaker when sorting. */
  build: (string | number)[];
}

/** One bound: `op` applied to `version`. */
interface Comparator {
  op: '<' | '<=' | '>' | '>=' | '=';
  version: Version;
  /** A bound the grammar made up (`^1.2` → `<2.0.0-0`), never "naming a pre-release". */
  implicit?: boolean;
}

/** A parsed request: `latest`, or alternatives (||) of comparator sets (all must hold). */
export type VersionRequest =
  { kind: 'latest'; text: string } | { kind: 'range'; text: string; sets: Comparator[][] };

const NUM = /^(0|[1-9]\d*)$/;
const VERSION = /^v?(\d+)(?:\.(\d+)(?:\.(\d+))?)?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;

const identifiers = (s: string | undefined): (string | number)[] =>
  s === undefined ? [] : s.split('.').map((p) => (NUM.test(p) ? Number(p) : p));

/** Parses `1.2.3`, `1.2.3-rc.1+build`, and the short forms `1`, `1.2` (missing parts 0); undefined otherwise. */
export function parseVersion(text: string): Version | undefined {
  const m = VERSION.exec(text.trim());
  if (!m) return undefined;
  const pre = identifiers(m[4]);
  if (pre.some((p) => p === '')) return undefined;
  return {
    major: Number(m[1]),
    minor: Number(m[2] ?? 0),
    patch: Number(m[3] ?? 0),
    pre,
    build: identifiers(m[5]),
  };
}

function compareIds(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i >= a.length) return -1;
    if (i >= b.length) return 1;
    const [x, y] = [a[i], b[i]];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1; // numeric identifiers sort before alphanumeric ones
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Semver precedence (a release after its pre-releases); `build` breaks ties only. */
export function compareVersions(a: Version, b: Version): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core) return core;
  if (a.pre.length === 0 || b.pre.length === 0) {
    const pre = (b.pre.length === 0 ? 0 : 1) - (a.pre.length === 0 ? 0 : 1);
    if (pre) return pre;
  } else {
    const pre = compareIds(a.pre, b.pre);
    if (pre) return pre;
  }
  return compareIds(a.build, b.build);
}

const sameCore = (a: Version, b: Version) =>
  a.major === b.major && a.minor === b.minor && a.patch === b.patch;

function holds(v: Version, c: Comparator): boolean {
  const d = compareVersionsIgnoringBuild(v, c.version);
  switch (c.op) {
    case '<':
      return d < 0;
    case '<=':
      return d <= 0;
    case '>':
      return d > 0;
    case '>=':
      return d >= 0;
    case '=':
      return d === 0;
  }
}

const compareVersionsIgnoringBuild = (a: Version, b: Version) =>
  compareVersions({ ...a, build: [] }, { ...b, build: [] });

const namedPre = (c: Comparator): boolean => !c.implicit && c.version.pre.length > 0;

function setMatches(v: Version, set: Comparator[]): boolean {
  if (!set.every((c) => holds(v, c))) return false;
  if (v.pre.length === 0) return true;
  // A pre-release only when a bound of this set names a pre-release of the same major.minor.patch.
  return set.some((c) => namedPre(c) && sameCore(c.version, v));
}

/** True when `v` satisfies `request`; `latest` is any release (never a pre-release). */
export function satisfies(v: Version, request: VersionRequest): boolean {
  if (request.kind === 'latest') return v.pre.length === 0;
  return request.sets.some((set) => setMatches(v, set));
}

/** True when the request names a pre-release somewhere (vendors then include unstable builds). */
export const namesPreRelease = (request: VersionRequest): boolean =>
  request.kind === 'range' && request.sets.some((set) => set.some(namedPre));

// ------------------------------------------------------------------------------------ parsing

const v = (major: number, minor = 0, patch = 0, pre: (string | number)[] = []): Version => ({
  major,
  minor,
  patch,
  pre,
  build: [],
});

/** The lowest version above every version of the given prefix: `<` bound of an x-range. */
const above = (p: Partial3): Version =>
  p.minor === undefined ? v(p.major + 1, 0, 0, [0]) : v(p.major, p.minor + 1, 0, [0]);

interface Partial3 {
  major: number;
  minor?: number;
  patch?: number;
  pre: (string | number)[];
}

const PARTIAL =
  /^v?(\d+|[xX*])(?:\.(\d+|[xX*])(?:\.(\d+|[xX*]))?)?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** `1`, `1.2`, `1.x`, `1.2.*`, `1.2.3-rc.1`; undefined for a wildcard major (`*`) or a non-version. */
function parsePartial(text: string): Partial3 | 'any' | undefined {
  const m = PARTIAL.exec(text);
  if (!m) return undefined;
  const num = (s: string | undefined) =>
    s === undefined || /^[xX*]$/.test(s) ? undefined : Number(s);
  const [major, minor, patch] = [num(m[1]), num(m[2]), num(m[3])];
  if (major === undefined) return 'any';
  if (minor === undefined && m[3] !== undefined && patch !== undefined) return undefined; // 1.x.3
  return {
    major,
    minor,
    patch: minor === undefined ? undefined : patch,
    pre: patch === undefined ? [] : identifiers(m[4]),
  };
}

const full = (p: Partial3): Version => v(p.major, p.minor ?? 0, p.patch ?? 0, p.pre);

/** The comparators of one x-range, caret, tilde or plain comparator term. */
function term(text: string): Comparator[] | undefined {
  const m = /^(\^|~>?|>=|<=|>|<|=)?(.+)$/.exec(text);
  if (!m) return undefined;
  const [op, rest] = [m[1] ?? '', m[2]];
  const p = parsePartial(rest);
  if (p === undefined) return undefined;
  if (p === 'any') return op === '<' || op === '>' ? undefined : [];
  const low = full(p);
  const exact = p.patch !== undefined;
  const from: Comparator = { op: '>=', version: low };
  switch (op) {
    case '':
    case '=':
      return exact ? [{ op: '=', version: low }] : [from, below(above(p))];
    case '^':
      return [from, below(caretUpper(p))];
    case '~':
    case '~>':
      return [from, below(above(p))];
    case '>':
      return exact
        ? [{ op: '>', version: low }]
        : [{ op: '>=', version: above(p), implicit: true }];
    case '<=':
      return exact ? [{ op: '<=', version: low }] : [below(above(p))];
    default:
      return [{ op: op as '<' | '>=', version: low }];
  }
}

/** `<` a synthesized `X.Y.Z-0` bound: not a pre-release the user named. */
const below = (version: Version): Comparator => ({ op: '<', version, implicit: true });

/** `^1.2.3` → `<2`, `^0.2.3` → `<0.3`, `^0.0.3` → `<0.0.4` (the first non-zero part is fixed). */
function caretUpper(p: Partial3): Version {
  if (p.major > 0 || p.minor === undefined) return v(p.major + 1, 0, 0, [0]);
  if (p.minor > 0 || p.patch === undefined) return v(0, p.minor + 1, 0, [0]);
  return v(0, 0, p.patch + 1, [0]);
}

/** One `||` alternative: hyphen range or whitespace-separated terms. */
function comparatorSet(text: string): Comparator[] | undefined {
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
  if (hyphen) {
    const [from, to] = [parsePartial(hyphen[1]), parsePartial(hyphen[2])];
    if (!from || !to) return undefined;
    const set: Comparator[] = [];
    if (from !== 'any') set.push({ op: '>=', version: full(from) });
    if (to !== 'any')
      set.push(to.patch !== undefined ? { op: '<=', version: full(to) } : below(above(to)));
    return set;
  }
  // `>= 22` is one term: glue operators to what follows them.
  const words = text.replace(/(\^|~>?|>=|<=|>|<|=)\s+/g, '$1').split(/\s+/);
  const set: Comparator[] = [];
  for (const w of words) {
    const cs = term(w);
    if (!cs) return undefined;
    set.push(...cs);
  }
  return set;
}

/**
 * Parses the version part of a spec. `normalise` maps a vendor's own spelling to semver first
 * (go's `1.24rc1`). Throws an InputError naming the spec when the request is not a version.
 */
export function parseRequest(
  spec: string,
  version: string,
  normalise: (text: string) => string = (t) => t,
): VersionRequest {
  const text = version.trim();
  if (text === 'latest' || text === '*' || text === 'x') return { kind: 'latest', text };
  const sets = text.length > 0 && text.length <= 256 ? parseSets(text, normalise) : undefined;
  if (!sets) {
    throw new InputError(
      `${spec}: "${version}" is not a version. Write an exact version (24.11.1), a prefix (24, ` +
        '24.11), `latest`, or a semver range (^1.23, ~3.12.1, >=22 <24, 1.x).',
      'toolchains',
    );
  }
  return { kind: 'range', text, sets };
}

function parseSets(text: string, normalise: (t: string) => string): Comparator[][] | undefined {
  const sets: Comparator[][] = [];
  for (const alt of text.split('||')) {
    const words = alt.trim();
    if (!words) return undefined;
    const set = comparatorSet(
      words
        .split(/\s+/)
        .map((w) => {
          const m = /^(\^|~>?|>=|<=|>|<|=)?(.*)$/.exec(w);
          return m && m[2] ? (m[1] ?? '') + normalise(m[2]) : w;
        })
        .join(' '),
    );
    if (!set) return undefined;
    sets.push(set);
  }
  return sets;
}

/** The newest candidate whose version satisfies the request, or undefined. */
export function pickNewest<T>(
  candidates: readonly T[],
  versionOf: (c: T) => Version | undefined,
  request: VersionRequest,
): T | undefined {
  let best: { c: T; v: Version } | undefined;
  for (const c of candidates) {
    const ver = versionOf(c);
    if (!ver || !satisfies(ver, request)) continue;
    if (!best || compareVersions(ver, best.v) > 0) best = { c, v: ver };
  }
  return best?.c;
}

/** The newest release (no pre-release) among the candidates, for "newest available" in errors. */
export function newestRelease<T>(
  candidates: readonly T[],
  versionOf: (c: T) => Version | undefined,
): T | undefined {
  return pickNewest(candidates, versionOf, { kind: 'latest', text: 'latest' });
}

// ------------------------------------------------------------------- vendors' own spellings

/** Per-family normalisers: a vendor's version string → semver text (undefined: not a version). */
export const families = {
  /** node: `v24.11.1` → `24.11.1`. */
  node: (s: string): string => s.replace(/^v(?=\d)/, ''),
  /** go: `go1.23.4` → `1.23.4`, `go1.24rc1` → `1.24.0-rc.1`, `go1.21` → `1.21.0`. */
  go: (s: string): string => {
    const m = /^(?:go)?(\d+(?:\.\d+){0,2})(?:(rc|beta|alpha)(\d+))?$/.exec(s);
    if (!m) return s;
    return m[2] ? `${m[1].split('.').length < 3 ? `${m[1]}.0` : m[1]}-${m[2]}.${m[3]}` : m[1];
  },
  /** zig, python, temurin: semver already (`0.14.0`, `0.15.0-dev.1+abc`, `21.0.5+11`). */
  plain: (s: string): string => s,
};
