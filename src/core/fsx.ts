// File-system primitives shared by the registry, the installer and GC.
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  mkdirSync,
  promises as fs,
  openSync,
  renameSync,
  rmSync,
  type Stats,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError, isErrnoException } from './errors.js';
import { DirHandle, isNotDirectoryError, openDirInsideIfExists, withDir } from './dir-handle.js';
import { faultErrno, faultPoint } from './faults.js';
import { readRegularFile } from './regular-file.js';
import { randomHex } from './random.js';
import { isoTime } from './format.js';

/** Directories: group-writable with setgid so runners of one group share them, whatever the umask. */
export const SHARED_DIR_MODE = 0o2775;
/** State files (registry, stats, owners): group-writable, never world-writable. */
export const SHARED_FILE_MODE = 0o664;

const isWindows = process.platform === 'win32';

export const randomToken = (): string => randomHex(8);

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const DIRECTORY = constants.O_DIRECTORY ?? 0;

/**
 * mkdir -p, then force the shared mode on every directory it created (mkdir's mode is masked by
 * the umask). Set on a descriptor opened without following a link: a name swapped for a link
 * after the mkdir is refused, never chmod-ed through (docs/design.md, "Runner users in one group").
 */
export async function ensureDir(dir: string): Promise<void> {
  // mkdirSync: a directory that is there (every hit's case) costs one call and no fs.promises.
  const created = mkdirSync(dir, { recursive: true, mode: SHARED_DIR_MODE });
  if (created === undefined || isWindows) return;
  for (let d = dir; d.length >= created.length; d = path.dirname(d)) {
    await chmodDirNoFollow(d, SHARED_DIR_MODE).catch(() => undefined);
    if (d === created) break;
  }
}

/** Sets a directory's mode through a descriptor (O_DIRECTORY|O_NOFOLLOW): never through a link. */
export async function chmodDirNoFollow(dir: string, mode: number): Promise<void> {
  if (isWindows) return;
  const handle = await fs.open(dir, constants.O_RDONLY | DIRECTORY | NO_FOLLOW);
  try {
    await handle.chmod(mode);
  } finally {
    await handle.close();
  }
}

/** chmodDirNoFollow without yielding (the lock's epoch directories). */
export function chmodDirNoFollowSync(dir: string, mode: number): void {
  if (isWindows) return;
  const fd = openSync(dir, constants.O_RDONLY | DIRECTORY | NO_FOLLOW);
  try {
    fchmodSync(fd, mode);
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates `file` exclusively (never through a link, never over anything) with `data`, its mode set
 * on the descriptor: the umask of whoever creates it first must not decide who can read it.
 * Throws EEXIST when something is already there.
 */
export function createFileSync(file: string, data: string, mode = SHARED_FILE_MODE): void {
  const fd = openSync(
    file,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW,
    mode,
  );
  try {
    if (!isWindows) fchmodSync(fd, mode);
    writeFileSync(fd, data);
  } finally {
    closeSync(fd);
  }
}

/**
 * Durable, atomic replace: temp file in the same directory (created exclusively: never through a
 * link), `mode`, fsync, rename over, fsync the directory. `beforeRename` may veto (throw).
 */
export async function atomicWriteFile(
  file: string,
  data: string | Uint8Array,
  beforeRename?: () => Promise<void>,
  mode = SHARED_FILE_MODE,
): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
  const handle = await fs.open(tmp, 'wx', mode);
  try {
    try {
      // On the descriptor, not by name: the umask masked open's mode.
      if (!isWindows) await handle.chmod(mode);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await beforeRename?.();
    await fs.rename(tmp, file);
  } catch (e) {
    // Whatever failed (the write itself on a full disk, the veto, the rename), leave no temp file.
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  await fsyncDir(path.dirname(file));
}

/**
 * atomicWriteFile without yielding to the event loop, for short critical sections (the registry
 * commit). `checkSync` may veto the rename (throw); it runs right before the rename with nothing
 * of this process in between, so a check of "still ours, still unchanged" holds at the rename.
 */
export function atomicWriteFileSync(
  file: string,
  data: string | Uint8Array,
  checkSync?: () => void,
): void {
  const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
  const fd = openSync(tmp, 'wx', SHARED_FILE_MODE);
  try {
    try {
      if (!isWindows) fchmodSync(fd, SHARED_FILE_MODE);
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameOverSync(tmp, file, checkSync);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  fsyncDirSync(path.dirname(file));
}

/**
 * Atomic but not durable (no fsync), and synchronous: for small advisory files such as a lock's
 * owner record or the statistics, where a few system calls beat thread-pool round trips and
 * losing the last write to a power cut costs nothing. `check` runs right before the rename.
 */
export function writeFileReplacingSync(file: string, data: string, check?: () => void): void {
  const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
  try {
    createFileSync(tmp, data);
    renameOverSync(tmp, file, check);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** renameSync over `file`, with `check` right before; Windows gets a few retries (see below). */
function renameOverSync(tmp: string, file: string, check?: () => void): void {
  for (let attempt = 1; ; attempt++) {
    check?.();
    try {
      renameSync(tmp, file);
      return;
    } catch (e) {
      // Windows: a scanner, an indexer or a reader holding the target open refuses the replace for a moment.
      const busy =
        isErrnoException(e) && (e.code === 'EPERM' || e.code === 'EACCES' || e.code === 'EBUSY');
      if (!(isWindows && busy && attempt < 5)) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * attempt);
    }
  }
}

export function fsyncDirSync(dir: string): void {
  if (isWindows) return;
  const fd = openSync(dir, constants.O_RDONLY);
  try {
    fsyncSync(fd);
  } catch (e) {
    if (!(isErrnoException(e) && (e.code === 'EINVAL' || e.code === 'EBADF'))) throw e;
  } finally {
    closeSync(fd);
  }
}

export async function fsyncDir(dir: string): Promise<void> {
  if (isWindows) return; // directories cannot be opened for fsync there; NTFS journals the rename
  const handle = await fs.open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } catch (e) {
    if (!(isErrnoException(e) && (e.code === 'EINVAL' || e.code === 'EBADF'))) throw e;
  } finally {
    await handle.close();
  }
}

/** The small state files of the root (stats.json, gc-state.json, layout.json, lock owners): a few KB. */
export const STATE_FILE_MAX_BYTES = 1024 * 1024;

/**
 * The text of `file`, a file of the root, or undefined when there is none. Read as every file of
 * the root is (regular-file.ts): no link followed, no blocking on a FIFO, a regular file of at
 * most `maxBytes`, else an UNSAFE_PATH error naming it.
 */
export async function readFileIfExists(
  file: string,
  maxBytes = STATE_FILE_MAX_BYTES,
): Promise<string | undefined> {
  try {
    return (await readRegularFile(file, maxBytes)).toString('utf8');
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

export async function pathExists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return false;
    throw e;
  }
}

/**
 * True when `child` is `parent` or lies below it (both absolute, already resolved). A child named
 * `..foo` is inside; only a first segment of exactly `..` leaves. `paths` is injectable so Windows
 * semantics (drive letters, case-insensitive names) can be checked anywhere.
 */
export function isInside(parent: string, child: string, paths: path.PlatformPath = path): boolean {
  const rel = paths.relative(parent, child);
  if (rel === '') return true;
  const escapes = rel === '..' || rel.startsWith(`..${paths.sep}`) || rel.startsWith('../');
  return !escapes && !paths.isAbsolute(rel);
}

// ----------------------------------------------------------------- Windows-safe rename and removal

export interface RetryOptions {
  /** Whose rules apply (tests pass 'win32' to run the retry loop anywhere). */
  platform?: NodeJS.Platform;
  /** How long to keep retrying a transient refusal before giving up. */
  budgetMs?: number;
}

/** Virus scanners and indexers open new files for a moment; Windows then refuses to move or delete them. */
export const WINDOWS_RETRY_MS = 10_000;
const RENAME_TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
const REMOVE_TRANSIENT = new Set([...RENAME_TRANSIENT, 'ENOTEMPTY']);

/**
 * Runs `op`, retrying with backoff for ~10 s while Windows refuses it with one of `codes`. Elsewhere
 * one attempt: EACCES or EPERM on Linux and macOS means a real permission problem, not a scanner.
 */
async function retryTransient<T>(
  op: () => Promise<T>,
  codes: ReadonlySet<string>,
  what: string,
  { platform = process.platform, budgetMs = WINDOWS_RETRY_MS }: RetryOptions,
  worthRetrying: () => Promise<boolean> = async () => true,
): Promise<T> {
  const started = Date.now();
  for (let delay = 10; ; delay = Math.min(delay * 2, 500)) {
    try {
      return await op();
    } catch (e) {
      const transient = platform === 'win32' && isErrnoException(e) && codes.has(e.code ?? '');
      if (!transient || !(await worthRetrying())) throw e;
      if (Date.now() - started + delay > budgetMs) {
        e.message +=
          ` (${what}: still refused after retrying for ${Math.round(budgetMs / 1000)} s; another ` +
          'program, often a virus scanner or an indexer, holds a file open there: exclude the cache root from scanning)';
        throw e;
      }
      await sleep(delay);
    }
  }
}

/**
 * fs.rename that survives Windows scanners (see retryTransient). A directory renamed onto an existing
 * directory also fails with EPERM on Windows: that is not retried, so callers see it at once.
 */
export async function renameRetrying(
  from: string,
  to: string,
  options: RetryOptions = {},
): Promise<void> {
  const notOntoDirectory = async () =>
    !(await fs.lstat(to).then(
      (st) => st.isDirectory(),
      () => false,
    ));
  await retryTransient(
    async () => {
      faultErrno('rename-eperm', 'rename', from);
      await fs.rename(from, to);
    },
    RENAME_TRANSIENT,
    `renaming ${from} to ${to}`,
    options,
    notOntoDirectory,
  );
}

/**
 * Runs a rename of one's own (e.g. a check and a renameSync in one synchronous block) with the
 * same Windows retries as renameRetrying; every attempt runs the whole block again.
 */
export function renameBlockRetrying<T>(block: () => T, what: string): Promise<T> {
  return retryTransient(async () => block(), RENAME_TRANSIENT, what, {});
}

/**
 * Removes a tree that must lie inside `root` (a real path), walking it by descriptors (dir-handle.ts,
 * docs/design.md "Walks stay in the root"): every directory on the way and inside is opened
 * no-follow relative to its parent, a link is unlinked as a link, and nothing is deleted or
 * chmod-ed by a path another user could swap. A link on the way to `target` is refused.
 */
export async function removeTreeInside(
  root: string,
  target: string,
  options: RetryOptions = {},
): Promise<void> {
  const resolved = path.resolve(target);
  if (!isInside(root, resolved) || resolved === root) {
    throw new ToolchainCacheError(
      'UNSAFE_PATH',
      `Refusing to delete ${target}: it is outside the cache root ${root} (or the root itself).`,
    );
  }
  const parent = await openDirInsideIfExists(root, path.dirname(resolved));
  if (!parent) return;
  await withDir(parent, () =>
    retryTransient(
      async () => {
        faultErrno('remove-eperm', 'rm', resolved);
        await removeChild(parent, path.basename(resolved));
      },
      REMOVE_TRANSIENT,
      `removing ${resolved}`,
      options,
    ),
  );
}

const REMOVE_BATCH = 8;

/** Removes the entry `name` of `parent` and, a real directory, everything below it. */
async function removeChild(parent: DirHandle, name: string): Promise<void> {
  const st = await parent.lstat(name);
  if (!st) return;
  if (!st.isDirectory()) return removeNonDirectory(parent, name, st);
  // The window a path-based walk leaves between its type check and its chmod (a test swaps the
  // directory for a link here): the open below never follows a link, whatever is there now.
  await faultPoint('walk-chmod');
  let dir: DirHandle;
  try {
    dir = await parent.openDir(name);
  } catch (e) {
    const now = await parent.lstat(name);
    if (!now) return;
    if (now.isDirectory()) throw e;
    await unlinkIfThere(parent, name, now); // swapped for a link (or a file) meanwhile: that goes
    return;
  }
  await withDir(dir, async () => {
    await makeWritable(dir);
    // Files a few at a time (thousands go in a fraction of a second), subdirectories one after
    // the other: a walk holds one descriptor per level, whatever the tree.
    const subdirs: string[] = [];
    const names = await dir.list();
    for (let i = 0; i < names.length; i += REMOVE_BATCH) {
      await Promise.all(
        names.slice(i, i + REMOVE_BATCH).map(async (name) => {
          const st = await dir.lstat(name);
          if (st?.isDirectory()) subdirs.push(name);
          else if (st) await removeNonDirectory(dir, name, st);
        }),
      );
    }
    for (const name of subdirs) await removeChild(dir, name);
  });
  await parent.rmdir(name).catch((e: unknown) => {
    if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
  });
}

/** A file, a link (the link itself), a FIFO…: unlinked; Windows' read-only attribute cleared first. */
async function removeNonDirectory(parent: DirHandle, name: string, st: Stats): Promise<void> {
  if (isWindows && st.isFile()) await fs.chmod(parent.pathOf(name), 0o666).catch(() => undefined);
  await unlinkIfThere(parent, name, st);
}

async function unlinkIfThere(parent: DirHandle, name: string, st: Stats): Promise<void> {
  await parent.unlink(name, st).catch((e: unknown) => {
    if (!(isErrnoException(e) && e.code === 'ENOENT')) throw e;
  });
}

/**
 * Installed toolchains are read-only: a directory needs its write and search bits back before its
 * entries can go (where we own it; the group's write bit serves the others). Set on the open
 * descriptor (fchmod), never by path; a set-uid bit is dropped, the set-gid bit of our
 * directories (2775) kept. Files are never chmod-ed (unlinking needs only the directory's write
 * bit), except for Windows' read-only attribute, which stops their deletion.
 */
async function makeWritable(dir: DirHandle): Promise<void> {
  const mode = dir.stat.mode & 0o7777;
  const wanted = (mode & 0o2777) | 0o700;
  if (wanted !== mode) await dir.chmod(wanted).catch(() => undefined);
}

export interface TreeSize {
  bytes: number;
  files: number;
}

/**
 * Sums the sizes of regular files below `dir` (opened no-follow), walking by descriptors: a link
 * is never followed, nothing is opened but directories (a FIFO cannot block it).
 */
export async function treeSize(dir: string): Promise<TreeSize> {
  const total: TreeSize = { bytes: 0, files: 0 };
  const walk = async (d: DirHandle): Promise<void> => {
    for (const name of await d.list()) {
      const st = await d.lstat(name);
      if (st?.isFile()) {
        total.bytes += st.size;
        total.files += 1;
      } else if (st?.isDirectory()) {
        const child = await d.openDir(name).catch((e: unknown) => {
          if (isNotDirectoryError(e) || e instanceof ToolchainCacheError) return undefined;
          throw e;
        });
        if (child) await withDir(child, walk);
      }
    }
  };
  await withDir(await DirHandle.open(dir), walk);
  return total;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Where a corrupt file is moved aside: kept for inspection beside it (a GC deletes a registry's copy after 30 days: gc-leftovers.ts). */
export function corruptAsideName(file: string, now = new Date()): string {
  return `${file}.corrupt-${isoTime(now.getTime()).replace(/[:.]/g, '-')}`;
}
