// Where everything lives under a cache root. One place, so the CLI, GC and the installer agree.
// The layout is versioned (layout.json): a root written by another layout is refused, never mixed.
import { promises as fs, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COMPILE_CACHE_DIR } from './compile-cache-dir.js';
import { InputError, ToolchainCacheError, isErrnoException } from './errors.js';
import { SHARED_FILE_MODE, ensureDir, readFileIfExists, writeFileReplacingSync } from './fsx.js';
import { emptyRegistry } from './registry/schema.js';

/** Version of the on-disk layout below a cache root (see docs/design.md, "On disk"). */
export const LAYOUT_VERSION = 2;

export class CacheLayout {
  /** `root` must be the real path of the cache root (see openCacheRoot). */
  constructor(readonly root: string) {}

  get registryFile(): string {
    return path.join(this.root, 'registry.json');
  }
  get locksDir(): string {
    return path.join(this.root, 'locks');
  }
  get toolchainsDir(): string {
    return path.join(this.root, 'toolchains');
  }
  get stagingDir(): string {
    return path.join(this.root, 'staging');
  }
  get trashDir(): string {
    return path.join(this.root, 'trash');
  }
  get statsFile(): string {
    return path.join(this.root, 'stats.json');
  }
  get layoutFile(): string {
    return path.join(this.root, 'layout.json');
  }
  get gcStateFile(): string {
    return path.join(this.root, 'gc-state.json');
  }
  /** Use records (GC roots): `uses/<id>/<key>.json`, one file per live use of a toolchain. */
  get usesDir(): string {
    return path.join(this.root, 'uses');
  }
  usesOf(id: string): string {
    return path.join(this.usesDir, id);
  }
  useFile(id: string, key: string): string {
    return path.join(this.usesOf(id), `${key}.json`);
  }
  /** When the toolchain was last released: refreshed without touching the registry. */
  lastUsedStamp(id: string): string {
    return path.join(this.usesOf(id), 'last-used');
  }
  /** Present while a GC or `remove` is taking the entry away; an acquire that sees it backs off. */
  removalMark(id: string): string {
    return path.join(this.entryDir(id), 'removing');
  }
  /** An installed toolchain: `manifest.json` and `files/` (the toolchain root). */
  entryDir(id: string): string {
    return path.join(this.toolchainsDir, id);
  }
  toolchainRoot(id: string): string {
    return path.join(this.entryDir(id), 'files');
  }
  manifestFile(id: string): string {
    return path.join(this.entryDir(id), 'manifest.json');
  }
  /** Install receipts: `receipts/<id>.json`, the installer's evidence, outside the tree. */
  get receiptsDir(): string {
    return path.join(this.root, 'receipts');
  }
  receiptFile(id: string): string {
    return path.join(this.receiptsDir, `${id}.json`);
  }
  /** The hit check's metadata of every entry of the tree (size, mode, mtime, inode). */
  treeStatsFile(id: string): string {
    return path.join(this.entryDir(id), 'tree-stat');
  }
  lockPath(name: string): string {
    return path.join(this.locksDir, name);
  }
}

/** A staging directory of an install of `id`: `<id>.<16 hex>`. */
export const stagingName = (id: string, token: string): string => `${id}.${token}`;

/** The id a staging directory belongs to (exactly: `go-1.22` never claims `go-1.22.5.<token>`). */
export function stagingId(name: string): string | undefined {
  const m = /^(.+)\.[0-9a-f]{16}$/.exec(name);
  return m ? m[1] : undefined;
}

/** cache-root input → TOOLCHAIN_CACHE_ROOT → $RUNNER_TOOL_CACHE/toolchain-cache. */
export function resolveCacheRoot(input: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen =
    input.trim() ||
    env.TOOLCHAIN_CACHE_ROOT?.trim() ||
    (env.RUNNER_TOOL_CACHE ? path.join(env.RUNNER_TOOL_CACHE, 'toolchain-cache') : '');
  if (!chosen) {
    throw new InputError(
      'No cache root: set the "cache-root" input, or TOOLCHAIN_CACHE_ROOT (or RUNNER_TOOL_CACHE) in the runner environment.',
      'cache-root',
    );
  }
  return path.resolve(chosen);
}

/** Creates the root if needed and checks it is a writable directory, not a symlink to elsewhere. */
export async function openCacheRoot(
  root: string,
  options: { create?: boolean } = {},
): Promise<CacheLayout> {
  const create = options.create ?? true;
  let st = await fs.lstat(root).catch((e: unknown) => {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    if (isErrnoException(e) && (e.code === 'EACCES' || e.code === 'EPERM')) {
      throw new InputError(
        `Cache root ${root} cannot be reached by this user (${e.code} on the way to it); every directory above it must be searchable by the runners' group (see README).`,
        'cache-root',
      );
    }
    if (isErrnoException(e) && e.code === 'ENOTDIR') {
      throw new InputError(`Cache root ${root} lies below a file, not a directory.`, 'cache-root');
    }
    throw e;
  });
  if (!st) {
    if (!create) throw new InputError(`Cache root ${root} does not exist.`, 'cache-root');
    await ensureDir(root).catch((e: unknown) => {
      if (
        isErrnoException(e) &&
        (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS' || e.code === 'ENOTDIR')
      ) {
        throw new InputError(
          `Cache root ${root} does not exist and cannot be created by this user (${e.code}); create it (see README).`,
          'cache-root',
        );
      }
      throw e;
    });
    st = await fs.lstat(root);
  }
  if (st.isSymbolicLink()) {
    const target = await fs.realpath(root).catch(() => '(a missing target)');
    throw new InputError(
      `Cache root ${root} is a symlink to ${target}; set cache-root to the real directory so every runner resolves the same path.`,
      'cache-root',
    );
  }
  if (!st.isDirectory())
    throw new InputError(`Cache root ${root} exists but is not a directory.`, 'cache-root');
  try {
    await fs.access(root, fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    throw new InputError(
      `Cache root ${root} is not writable by this user; make it group-writable for the runners' group (see README).`,
      'cache-root',
    );
  }
  const layout = new CacheLayout(await fs.realpath(root));
  const dirs = [
    layout.locksDir,
    layout.toolchainsDir,
    layout.stagingDir,
    layout.trashDir,
    layout.usesDir,
    layout.receiptsDir,
  ];
  // Checked before and after creating: mkdir -p is satisfied by a symlink to a directory elsewhere.
  await checkRootMembers(layout);
  await checkLayoutVersion(layout, create);
  if (create) {
    for (const dir of dirs) await ensureDir(dir);
    await checkRootMembers(layout);
  }
  return layout;
}

/** Thrown for a root written by another layout version: acting on it could lose uses or trees. */
export class LayoutVersionError extends ToolchainCacheError {
  constructor(
    readonly root: string,
    readonly found: number | string,
  ) {
    super(
      'LAYOUT_VERSION',
      `The cache root ${root} has layout version ${found}, but this toolchain-cache uses layout version ${LAYOUT_VERSION}. ` +
        'Nothing was changed. Use the same release of toolchain-cache in every workflow on this host, or give this release its own cache-root.',
    );
  }
}

/**
 * Reads layout.json; a new root gets one. A root without it that already holds a registry or
 * toolchains was written by the first layout (version 1: uses inside registry.json).
 */
export async function checkLayoutVersion(layout: CacheLayout, create: boolean): Promise<void> {
  const text = await readFileIfExists(layout.layoutFile);
  if (text !== undefined) return checkRecordedVersion(layout, text);
  const legacy =
    (await readFileIfExists(layout.registryFile)) !== undefined ||
    (await fs.readdir(layout.toolchainsDir).catch(() => [])).length > 0;
  if (legacy) {
    // Another job may have created this root since we looked: it writes layout.json before
    // anything else, so whoever sees its registry finds layout.json on a second look.
    const again = await readFileIfExists(layout.layoutFile);
    if (again !== undefined) return checkRecordedVersion(layout, again);
    throw new LayoutVersionError(layout.root, 1);
  }
  if (create) {
    // layout.json first: a job opening the root meanwhile must never see our registry without it
    // (that is what a root of the first layout looks like).
    writeFileReplacingSync(layout.layoutFile, JSON.stringify({ layoutVersion: LAYOUT_VERSION }));
    // An empty registry from the start: a registry.json missing later was lost (and is rebuilt,
    // with a warning), never merely not yet written when the first install registers.
    createIfMissing(layout.registryFile, JSON.stringify(emptyRegistry()));
  }
}

function checkRecordedVersion(layout: CacheLayout, text: string): void {
  let found: unknown;
  try {
    found = (JSON.parse(text) as { layoutVersion?: unknown } | null)?.layoutVersion;
  } catch {
    found = undefined;
  }
  if (found === LAYOUT_VERSION) return;
  throw new LayoutVersionError(
    layout.root,
    typeof found === 'number' ? found : `unknown (${layout.layoutFile} is unreadable)`,
  );
}

function createIfMissing(file: string, content: string): void {
  try {
    writeFileSync(file, content, { flag: 'wx', mode: SHARED_FILE_MODE });
  } catch (e) {
    if (!(isErrnoException(e) && e.code === 'EEXIST')) throw e;
  }
}

/**
 * Whoever can write the root could plant a symlink in it: `locks/ -> /etc` would send our lock
 * files there, `registry.json -> /somewhere` would be read through. Refuse to act on a root where
 * any of our own names is a symlink or of the wrong type, naming what to remove.
 */
export async function checkRootMembers(layout: CacheLayout): Promise<void> {
  const expected: Array<[string, 'directory' | 'file']> = [
    [layout.locksDir, 'directory'],
    [layout.toolchainsDir, 'directory'],
    [layout.stagingDir, 'directory'],
    [layout.trashDir, 'directory'],
    [layout.usesDir, 'directory'],
    [layout.receiptsDir, 'directory'],
    // Earlier releases' code cache: GC removes it, and must never walk a link planted there.
    [path.join(layout.root, COMPILE_CACHE_DIR), 'directory'],
    [layout.registryFile, 'file'],
    [layout.statsFile, 'file'],
    [layout.gcStateFile, 'file'],
    [layout.layoutFile, 'file'],
  ];
  for (const [p, type] of expected) {
    const st = await fs.lstat(p).catch((e: unknown) => {
      if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (!st) continue;
    const ok = type === 'directory' ? st.isDirectory() : st.isFile();
    if (ok) continue;
    const what = st.isSymbolicLink()
      ? `a symlink (to ${await fs.readlink(p).catch(() => '?')})`
      : 'not a regular ' + type;
    throw new ToolchainCacheError(
      'UNSAFE_PATH',
      `${p} is ${what}; toolchain-cache never follows a link planted in its cache root. ` +
        `Remove it (toolchain-cache recreates it as needed) and check who can write ${layout.root}.`,
    );
  }
}
