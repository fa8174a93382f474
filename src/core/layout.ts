// Where everything lives under a cache root. One place, so the CLI, GC and the installer agree.
// The layout is versioned (layout.json): a root written by another layout is refused, never mixed.
import {
  type Stats,
  accessSync,
  constants,
  existsSync,
  promises as fs,
  lstatSync,
  realpathSync,
} from 'node:fs';
import path from 'node:path';
import { COMPILE_CACHE_DIR } from './compile-cache-dir.js';
import { InputError, ToolchainCacheError, isErrnoException } from './errors.js';
import {
  STATE_FILE_MAX_BYTES,
  createFileSync,
  ensureDir,
  pathExists,
  sleep,
  writeFileReplacingSync,
} from './fsx.js';
import { groupName, userName } from './platform/names.js';
import { readRegularTextIfExistsSync } from './regular-file.js';
import { emptyRegistry } from './registry/schema.js';
import { mendStateFileModes } from './state-modes.js';

const isWindows = process.platform === 'win32';

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
  /** Named toolchains' caches (src/core/named/): `resolutions.json` and `docs/`, the vendors' indexes. */
  get namedDir(): string {
    return path.join(this.root, 'named');
  }
  /** The vendors' indexes, as last fetched (src/core/named/doc-cache.ts). */
  get namedDocsDir(): string {
    return path.join(this.namedDir, 'docs');
  }
  /** The directories every root has: openCacheRoot makes them. */
  get baseDirs(): string[] {
    return [
      this.locksDir,
      this.toolchainsDir,
      this.stagingDir,
      this.trashDir,
      this.usesDir,
      this.receiptsDir,
    ];
  }
  /** Every directory of the root's own: baseDirs, and those of named toolchains (made on demand). */
  get ownDirs(): string[] {
    return [...this.baseDirs, this.namedDir, this.namedDocsDir];
  }
}

/** A staging directory of an install of `id`: `<id>.<16 hex>`. */
export const stagingName = (id: string, token: string): string => `${id}.${token}`;

/** The id a staging directory belongs to (exactly: `go-1.22` never claims `go-1.22.5.<token>`). */
export function stagingId(name: string): string | undefined {
  const m = /^(.+)\.[0-9a-f]{16}$/.exec(name);
  return m ? m[1] : undefined;
}

/** Where the cache root can come from, besides the input and the environment. */
export interface RootSources {
  /** The host configuration file's `cacheRoot` (src/core/host-config.ts), and the file. */
  host?: { cacheRoot?: string; file: string };
  /** How messages name the input (default: the "cache-root" input). */
  inputName?: string;
}

/** The root chosen, where it came from, and the settings it overrode (for a warning). */
export interface ChosenRoot {
  root: string;
  from: string;
  overridden: Array<{ from: string; value: string }>;
}

/**
 * The host file's cacheRoot → the cache-root input → TOOLCHAIN_CACHE_ROOT →
 * $RUNNER_TOOL_CACHE/toolchain-cache. A relative path is refused, naming where it came from: it
 * would resolve against each job's working directory (its workspace), a root per job.
 */
export function chooseCacheRoot(
  input: string,
  env: NodeJS.ProcessEnv = process.env,
  sources: RootSources = {},
): ChosenRoot {
  const inputName = sources.inputName ?? 'the "cache-root" input';
  const candidates: Array<{ from: string; value: string }> = [
    { from: sources.host ? sources.host.file : '', value: sources.host?.cacheRoot?.trim() ?? '' },
    { from: inputName, value: input.trim() },
    { from: 'TOOLCHAIN_CACHE_ROOT', value: env.TOOLCHAIN_CACHE_ROOT?.trim() ?? '' },
    {
      from: 'RUNNER_TOOL_CACHE',
      value: env.RUNNER_TOOL_CACHE ? path.join(env.RUNNER_TOOL_CACHE, 'toolchain-cache') : '',
    },
  ].filter((c) => c.value);
  const chosen = candidates[0];
  if (!chosen) {
    throw new InputError(
      'No cache root: set the "cache-root" input, or TOOLCHAIN_CACHE_ROOT (or RUNNER_TOOL_CACHE) in the runner environment.',
      'cache-root',
    );
  }
  if (!path.isAbsolute(chosen.value)) {
    // Not an InputError: the CLI reads an InputError here as "no root given".
    throw new ToolchainCacheError(
      'INVALID_INPUT',
      `The cache root from ${chosen.from} is a relative path ("${chosen.value}"): it would resolve ` +
        "against each job's working directory. Give an absolute path.",
    );
  }
  const root = path.resolve(chosen.value);
  const overridden =
    chosen === candidates.find((c) => c.from === sources.host?.file)
      ? candidates
          .slice(1, 3)
          .filter((c) => c.from !== 'RUNNER_TOOL_CACHE' && path.resolve(c.value) !== root)
      : [];
  return { root, from: chosen.from, overridden };
}

/** The cache root's path (see chooseCacheRoot). */
export const resolveCacheRoot = (
  input: string,
  env: NodeJS.ProcessEnv = process.env,
  sources: RootSources = {},
): string => chooseCacheRoot(input, env, sources).root;

/**
 * Creates the root if needed and checks it: an absolute path to a real directory (not a symlink),
 * writable, not inside another cache root, and, when its group can write it, carrying the set-gid
 * bit (docs/design.md, "Runner users in one group"). Then its members and their modes.
 */
export async function openCacheRoot(
  root: string,
  options: { create?: boolean; from?: string } = {},
): Promise<CacheLayout> {
  const create = options.create ?? true;
  if (!path.isAbsolute(root)) {
    throw new InputError(
      `Cache root ${root} is a relative path; give an absolute one.`,
      'cache-root',
    );
  }
  const st = await statOrCreateRoot(path.resolve(root), create);
  if (st.isSymbolicLink()) {
    const target = await fs.realpath(root).catch(() => undefined);
    throw new InputError(
      `Cache root ${root}${options.from ? ` (from ${options.from})` : ''} is a symlink to ${target ?? 'a missing target'}; ` +
        `${howToSetRoot(options.from, target ?? 'the real directory')} so every runner resolves the same path.`,
      'cache-root',
    );
  }
  if (!st.isDirectory())
    throw new InputError(`Cache root ${root} exists but is not a directory.`, 'cache-root');
  checkRootMode(root, await settledRootStat(root, st));
  try {
    accessSync(root, constants.W_OK | constants.X_OK);
  } catch {
    throw new InputError(notWritableMessage(root, st), 'cache-root');
  }
  const layout = new CacheLayout(realpathSync.native(root));
  checkNotInsideAnotherRoot(layout.root);
  const dirs = layout.baseDirs;
  // Checked before and after creating: mkdir -p is satisfied by a symlink to a directory elsewhere.
  // A root with all of them (every warm step's) creates nothing, so needs no second look.
  const absent = await checkRootMembers(layout);
  checkStateFilesReadable(layout);
  await checkLayoutVersion(layout, create);
  const toCreate = create ? dirs.filter((dir) => absent.has(dir)) : [];
  if (toCreate.length > 0) {
    for (const dir of toCreate) await ensureDir(dir);
    await checkRootMembers(layout);
  }
  return layout;
}

/** lstatSync, or what `failed` makes of its error. */
function lstatOrThrown(p: string, failed: (e: unknown) => undefined): Stats | undefined {
  try {
    return lstatSync(p);
  } catch (e) {
    return failed(e);
  }
}

/**
 * Where to set the root, by who chose it (chooseCacheRoot's `from`): the host file's cacheRoot,
 * the input, TOOLCHAIN_CACHE_ROOT (the runner's `.env`), or RUNNER_TOOL_CACHE's default.
 */
export function howToSetRoot(from: string | undefined, value: string): string {
  if (from === undefined) return `point the cache root at ${value}`;
  if (from === 'TOOLCHAIN_CACHE_ROOT')
    return `set TOOLCHAIN_CACHE_ROOT=${value} (in the runner's .env, then restart the runner)`;
  if (from === 'RUNNER_TOOL_CACHE')
    return `set TOOLCHAIN_CACHE_ROOT=${value} in the runner's .env (the default, $RUNNER_TOOL_CACHE/toolchain-cache, is the link), then restart the runner`;
  if (from.includes('"cache-root"') || from.includes('--root')) return `set ${from} to ${value}`;
  return `set "cacheRoot" in ${from} to ${value}`;
}

/**
 * Why this user cannot write the root, with the fix: a group-writable root whose group this
 * process is not in needs the user added to the group, and the runner restarted (a process keeps
 * the groups it started with). POSIX only; elsewhere, the general advice.
 */
function notWritableMessage(root: string, st: Pick<Stats, 'mode' | 'gid' | 'uid'>): string {
  const groups = process.getgroups?.();
  const uid = process.getuid?.();
  const groupWritable = (st.mode & 0o020) !== 0;
  if (groups && uid !== undefined && uid !== st.uid && groupWritable && !groups.includes(st.gid)) {
    const user = shellWord(userName(uid));
    const group = shellWord(groupName(st.gid));
    return (
      `Cache root ${root} belongs to group ${group}, and this runner's user ${user} is not in it (its groups: ${groups.map(groupName).join(', ')}). ` +
      `As root, add ${user} to group ${group} (\`usermod -aG ${group} ${user}\`) and restart the runner: a running process keeps the groups it started with.`
    );
  }
  return `Cache root ${root} (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}) is not writable by this user; make it group-writable for the runners' group, with this user in that group (see README).`;
}

/** lstat of the root; a missing one is created (when `create`) after checking where it would go. */
async function statOrCreateRoot(root: string, create: boolean): Promise<Stats> {
  // Synchronous calls on the way of every hit: nothing there loads fs.promises (docs/design.md,
  // "Start-up cost").
  const st = lstatOrThrown(root, (e: unknown) => {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    if (isErrnoException(e) && (e.code === 'EACCES' || e.code === 'EPERM'))
      throw unreachableRoot(root, e.code);
    if (isErrnoException(e) && e.code === 'ENOTDIR') {
      throw new InputError(`Cache root ${root} lies below a file, not a directory.`, 'cache-root');
    }
    throw e;
  });
  if (st) return st;
  if (!create) throw new InputError(`Cache root ${root} does not exist.`, 'cache-root');
  checkNotInsideAnotherRoot(root);
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
  return fs.lstat(root);
}

/**
 * A root this user cannot reach (EACCES on the way to it): the message names the first directory
 * above it that this user cannot search, with its mode and owner, never "does not exist".
 */
export function unreachableRoot(root: string, code: string): InputError {
  const blocked = firstUnsearchable(path.dirname(root));
  const where = blocked
    ? `${blocked.dir} (mode ${(blocked.mode & 0o7777).toString(8).padStart(4, '0')}, owner ${userName(blocked.uid)}, group ${groupName(blocked.gid)}) is not searchable by this user`
    : `${code} on the way to it`;
  return new InputError(
    `Cache root ${root} cannot be reached by this user: ${where}. Every directory above the root must be searchable by the runners' group ` +
      `(e.g. chmod o+x or chgrp the runners' group and chmod g+x ${blocked ? shellWord(blocked.dir) : 'each directory above it'}; see README).`,
    'cache-root',
  );
}

/** The highest directory on the way to `dir` (inclusive) that this user cannot search, if any. */
function firstUnsearchable(
  dir: string,
): { dir: string; mode: number; uid: number; gid: number } | undefined {
  const chain: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    chain.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of chain) {
    try {
      accessSync(d, fs.constants.X_OK);
    } catch {
      try {
        const st = lstatSync(d);
        return { dir: d, mode: st.mode, uid: st.uid, gid: st.gid };
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * A root another job is creating this very moment is `0775` (mkdir's mode, less the umask) until
 * its fchmod to `2775` right after: one changed in the last 2 s is looked at again before it is
 * refused. A long-standing root is refused at once.
 */
async function settledRootStat(root: string, st: Stats): Promise<Stats> {
  for (let i = 0; i < 20 && !rootModeOk(st) && Date.now() - st.ctimeMs < 2000; i++) {
    await sleep(50);
    st = await fs.lstat(root);
  }
  return st;
}

const rootModeOk = (st: Pick<Stats, 'mode'>): boolean =>
  isWindows || ((st.mode & 0o002) === 0 && ((st.mode & 0o020) === 0 || (st.mode & 0o2000) !== 0));

/** A word for the shell: quoted unless it is made of safe characters only. */
const shellWord = (s: string): string =>
  /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;

/**
 * A root its group can write needs the set-gid bit: without it, every directory a runner user
 * creates there (locks/, uses/<id>/, …) gets that user's own primary group, and the other users
 * fail with EACCES. A root every user can write is refused too. POSIX only (Windows has ACLs).
 */
export function checkRootMode(root: string, st: Pick<Stats, 'mode' | 'gid'>): void {
  if (rootModeOk(st)) return;
  const worldWritable = (st.mode & 0o002) !== 0;
  const r = shellWord(root);
  const group = st.gid === 0 ? "<the runners' group>" : shellWord(groupName(st.gid));
  const fix = [
    `chgrp -R ${group} ${r}`,
    ...(worldWritable ? [`chmod -R o-w ${r}`] : []),
    `find ${r} -type d -exec chmod g+s {} +`,
  ].join(' && ');
  const what = worldWritable
    ? 'writable by every user of the host'
    : "group-writable without the set-gid bit: what each runner user creates in it would get that user's own group, locking the others out";
  throw new InputError(
    `Cache root ${root} (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}, group ${groupName(st.gid)}) is ${what}. ` +
      `Fix it as root: ${fix} (see README, "Pointing several runners at one cache").`,
    'cache-root',
  );
}

/**
 * A root inside another root would be walked by that root's GC, repair and verify (its trees in
 * toolchains/ or staging/ taken for foreign ones). Checked on every directory above `root`: one
 * whose layout.json is ours is a cache root; one whose own directory (toolchains/, uses/…) the
 * path goes through is one too when it holds a layout.json or registry.json of any kind (ours,
 * momentarily unreadable, or of the first layout). A `registry.json` of some other tool in a
 * home directory is no cache root.
 */
export function checkNotInsideAnotherRoot(root: string): void {
  for (let child = root, dir = path.dirname(root); ; child = dir, dir = path.dirname(dir)) {
    const other = new CacheLayout(dir);
    const marker = hasOurLayoutFile(other)
      ? other.layoutFile
      : isRootMemberDir(child)
        ? [other.layoutFile, other.registryFile].find(isFileSync)
        : undefined;
    if (marker) {
      throw new InputError(
        `Cache root ${root} lies inside another cache root, ${dir} (it has ${path.basename(marker)}); that root's GC and repair would walk it. Choose a directory outside ${dir}.`,
        'cache-root',
      );
    }
    if (path.dirname(dir) === dir) return;
  }
}

/** The directories a root's walks go into (its own, at its top). */
const rootMemberDirs = (l: CacheLayout): string[] => [...l.baseDirs, l.namedDir];
let rootMemberNames: string[] | undefined;
/** Whether `dir` is named as one of rootMemberDirs (the names are every root's). */
const isRootMemberDir = (dir: string): boolean =>
  (rootMemberNames ??= rootMemberDirs(new CacheLayout(path.sep)).map((d) =>
    path.basename(d),
  )).includes(path.basename(dir));

/** Whether `file` is a regular file; false where it is not, or cannot be looked at. */
function isFileSync(file: string): boolean {
  try {
    return lstatSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false; // a directory we cannot search: not one we could share a root with
  }
}

/** Whether `l.layoutFile` is ours: a regular file (read no-follow, bounded) of JSON with a numeric layoutVersion. */
function hasOurLayoutFile(l: CacheLayout): boolean {
  // Most directories above a root have none: no failed open (and its error) for each of them.
  if (!existsSync(l.layoutFile)) return false;
  try {
    const text = readRegularTextIfExistsSync(l.layoutFile, STATE_FILE_MAX_BYTES);
    const version = text && (JSON.parse(text) as { layoutVersion?: unknown } | null)?.layoutVersion;
    return typeof version === 'number';
  } catch {
    return false;
  }
}

/**
 * State files of this root another user left unreadable (made under umask 077 by an older
 * release, say) stop every other job with a bare EACCES: our own are mended here, anyone else's
 * named with who must run `repair` (root mends only its own: see mendStateFileModes).
 */
function checkStateFilesReadable(layout: CacheLayout): void {
  const { notMine, refused } = mendStateFileModes(layout);
  const unreadable = notMine.filter((f) => !canRead(f.file));
  const planted = refused.filter((f) => !canRead(f.file));
  if (planted.length > 0)
    throw new InputError(
      `${planted.map((f) => `${f.file} ${f.why}`).join(', ')}: not a state file toolchain-cache wrote, and this user cannot read it; ` +
        `its mode was left alone. Check who can write ${layout.root}, then move it aside.`,
      'cache-root',
    );
  if (unreadable.length === 0) return;
  const owners = [...new Set(unreadable.map((f) => f.owner))];
  throw new InputError(
    `${unreadable.map((f) => `${f.file} (mode ${f.mode}, owned by ${f.owner})`).join(', ')} cannot be read by this user. ` +
      `Run \`toolchain-cache repair --root ${shellWord(layout.root)}\` as ${owners.join(' and ')}: it sets the documented mode (0664).`,
    'cache-root',
  );
}

function canRead(file: string): boolean {
  try {
    accessSync(file, fs.constants.R_OK);
    return true;
  } catch {
    return false;
  }
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
  // Synchronous (a few bytes): no thread-pool round trip for a warm step ("Start-up cost").
  const text = readRegularTextIfExistsSync(layout.layoutFile, STATE_FILE_MAX_BYTES);
  if (text !== undefined) return checkRecordedVersion(layout, text);
  const legacy =
    (await pathExists(layout.registryFile)) ||
    (await fs.readdir(layout.toolchainsDir).catch(() => [])).length > 0;
  if (legacy) {
    // Another job may have created this root since we looked: it writes layout.json before
    // anything else, so whoever sees its registry finds layout.json on a second look.
    const again = readRegularTextIfExistsSync(layout.layoutFile, STATE_FILE_MAX_BYTES);
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
    createFileSync(file, content);
  } catch (e) {
    if (!(isErrnoException(e) && e.code === 'EEXIST')) throw e;
  }
}

/**
 * Whoever can write the root could plant a symlink in it: `locks/ -> /etc` would send our lock
 * files there, `registry.json -> /somewhere` would be read through. Refuse to act on a root where
 * any of our own names is a symlink or of the wrong type, naming what to remove. Returns the
 * names that are absent.
 */
export async function checkRootMembers(layout: CacheLayout): Promise<Set<string>> {
  const absent = new Set<string>();
  const expected: Array<[string, 'directory' | 'file']> = [
    ...layout.ownDirs.map((dir): [string, 'directory'] => [dir, 'directory']),
    // Earlier releases' code cache: GC removes it, and must never walk a link planted there.
    [path.join(layout.root, COMPILE_CACHE_DIR), 'directory'],
    [layout.registryFile, 'file'],
    [layout.statsFile, 'file'],
    [layout.gcStateFile, 'file'],
    [layout.layoutFile, 'file'],
  ];
  for (const [p, type] of expected) {
    const st = lstatSync(p, { throwIfNoEntry: false });
    if (!st) {
      absent.add(p);
      continue;
    }
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
  return absent;
}
