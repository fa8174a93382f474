// The lockfile (docs/design.md, "Named toolchains"): a JSON file committed to the repository,
// `{"lockfileVersion": 1, "toolchains": {"node@24": {"linux-x64": {id, version, url, sha256,
// size}}}}`, keys in a stable order. A spec found there is installed with no index request; `url`
// is always the vendor's own (a mirror is applied when installing, never written here).
import path from 'node:path';
import { InputError, isErrnoException } from '../errors.js';
import { ID_PATTERN } from '../ids.js';
import { readRegularFileSync } from '../regular-file.js';
import { PLATFORMS, type Platform, type Resolution } from '../../vendors/types.js';

export const LOCKFILE_VERSION = 1;
export const DEFAULT_LOCKFILE = 'toolchains.lock.json';
/** Hundreds of specs × eight platforms fit; a lockfile is never megabytes. */
export const MAX_LOCKFILE_BYTES = 4 * 1024 * 1024;

export type LockEntries = Record<string, Partial<Record<Platform, Resolution>>>;

export interface Lockfile {
  lockfileVersion: 1;
  toolchains: LockEntries;
}

export const emptyLockfile = (): Lockfile => ({ lockfileVersion: 1, toolchains: {} });

/** The lockfile's path: relative to the workspace (GITHUB_WORKSPACE, else the working directory), or absolute. */
export function lockfilePath(
  input: string,
  workspace = process.env.GITHUB_WORKSPACE || process.cwd(),
): string {
  return path.resolve(workspace, input.trim());
}

/**
 * Reads and checks a lockfile (no link followed, a regular file, bounded). Missing: undefined when
 * `missingOk` (the `lock` command creates it), else an InputError naming it.
 */
export function readLockfile(file: string, missingOk = false): Lockfile | undefined {
  let text: string;
  try {
    text = readRegularFileSync(file, MAX_LOCKFILE_BYTES).toString('utf8');
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') {
      if (missingOk) return undefined;
      throw new InputError(
        `The lockfile ${file} does not exist: create it with \`toolchain-cache lock SPEC… --out ${file}\`, or fix the "lockfile" input.`,
        'lockfile',
      );
    }
    throw e;
  }
  return parseLockfile(text, file);
}

export function parseLockfile(text: string, file: string): Lockfile {
  const bad = (why: string): InputError =>
    new InputError(
      `The lockfile ${file} ${why}. Regenerate it with \`toolchain-cache lock\`.`,
      'lockfile',
    );
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw bad(`is not valid JSON (${(e as Error).message})`);
  }
  const obj = doc as { lockfileVersion?: unknown; toolchains?: unknown } | null;
  if (!isRecord(obj)) throw bad('must hold a JSON object');
  if (obj.lockfileVersion !== LOCKFILE_VERSION)
    throw bad(`has lockfileVersion ${JSON.stringify(obj.lockfileVersion)}; this release reads 1`);
  if (!isRecord(obj.toolchains)) throw bad('has no "toolchains" object');
  const toolchains: LockEntries = {};
  for (const [spec, platforms] of Object.entries(obj.toolchains)) {
    if (!isRecord(platforms)) throw bad(`: "${spec}" must map platforms to entries`);
    const entries: Partial<Record<Platform, Resolution>> = {};
    for (const [platform, entry] of Object.entries(platforms)) {
      if (!(PLATFORMS as readonly string[]).includes(platform))
        throw bad(
          `: "${spec}" names an unknown platform "${platform}" (known: ${PLATFORMS.join(', ')})`,
        );
      const why = entryProblem(entry);
      if (why) throw bad(`: "${spec}" "${platform}" ${why}`);
      entries[platform as Platform] = pick(entry as Resolution);
    }
    Object.defineProperty(toolchains, spec, { value: entries, enumerable: true, writable: true });
  }
  return { lockfileVersion: 1, toolchains };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function entryProblem(entry: unknown): string | undefined {
  if (!isRecord(entry)) return 'must be an object with id, version, url, sha256';
  if (typeof entry.id !== 'string' || !ID_PATTERN.test(entry.id)) return 'has no valid "id"';
  if (typeof entry.version !== 'string' || !entry.version) return 'has no "version"';
  if (
    typeof entry.url !== 'string' ||
    !URL.canParse(entry.url) ||
    !/^https?:$/.test(new URL(entry.url).protocol)
  )
    return 'has no http(s) "url"';
  if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256))
    return 'has no "sha256" of 64 lower-case hex characters';
  if (
    entry.size !== undefined &&
    !(Number.isSafeInteger(entry.size) && (entry.size as number) >= 0)
  )
    return 'has a "size" that is not a whole number';
  return undefined;
}

/** An entry's fields in the lockfile's order. */
export const pick = (r: Resolution): Resolution => ({
  id: r.id,
  version: r.version,
  url: r.url,
  sha256: r.sha256,
  ...(r.size !== undefined && { size: r.size }),
});

export function lockEntry(
  lock: Lockfile | undefined,
  spec: string,
  platform: Platform,
): Resolution | undefined {
  if (!lock || !Object.hasOwn(lock.toolchains, spec)) return undefined;
  const platforms = lock.toolchains[spec];
  return Object.hasOwn(platforms, platform) ? platforms[platform] : undefined;
}

/** The lockfile's text: specs and platforms sorted, fields in a fixed order, two-space indent, a final newline. */
export function formatLockfile(lock: Lockfile): string {
  // fromEntries: a spec is data, never an object's prototype slot (`__proto__`).
  const toolchains = Object.fromEntries(
    Object.keys(lock.toolchains)
      .sort()
      .map((spec) => {
        const platforms = lock.toolchains[spec];
        const sorted = Object.keys(platforms)
          .sort()
          .map((p) => [p, pick(platforms[p as Platform]!)]);
        return [spec, Object.fromEntries(sorted)];
      }),
  );
  return `${JSON.stringify({ lockfileVersion: LOCKFILE_VERSION, toolchains }, null, 2)}\n`;
}

/** The entry to add, as a line of JSON to paste under `"toolchains"` (for the warning and the summary). */
export const lockEntryText = (spec: string, platform: Platform, r: Resolution): string =>
  `${JSON.stringify(spec)}: { ${JSON.stringify(platform)}: ${JSON.stringify(pick(r))} }`;
