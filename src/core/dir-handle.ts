// Directory operations relative to an OPEN directory (docs/design.md, "Walks stay in the root"):
// what openat/unlinkat/fchmod give C, for Node, which has none of them. A directory is opened
// with O_DIRECTORY|O_NOFOLLOW and then acted on through its descriptor, so a name above it that
// another user renames or swaps for a symlink cannot redirect anything done below it.
//
// - Linux: a child is named `/proc/self/fd/<fd>/<name>`. The kernel resolves the magic link to the
//   open directory itself (not to a path), so every call on that name is an *at() call on the
//   descriptor; O_NOFOLLOW (open) and lstat/unlink/rmdir never follow `<name>` itself.
// - Elsewhere (macOS, BSD, a Linux without /proc): the directory's own path, then the object
//   opened is checked against what was listed (dev/ino) and the directory against its path (still
//   the same dev/ino). Between that check and the call there is a window of a few system calls.
// - Windows: directories cannot be opened; only the checks by path remain (symlinks there need a
//   privilege the runners' group does not have by default).
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  promises as fs,
  statSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError, isErrnoException } from './errors.js';
import { READ_FLAGS, assertOwnSingleName, readUpTo } from './regular-file.js';
import { randomHex } from './random.js';

type FileHandle = fs.FileHandle;

const isWindows = process.platform === 'win32';
const O_DIRECTORY = constants.O_DIRECTORY ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const OPEN_DIR = constants.O_RDONLY | O_DIRECTORY | O_NOFOLLOW;

/** Whether `/proc/self/fd/<fd>` names the open directory (probed once per process). */
let procWorks: boolean | undefined;

/** Synchronous: one stat, once per process. */
function probeProc(fd: number, st: Stats): boolean {
  if (procWorks !== undefined) return procWorks;
  if (process.platform !== 'linux' || process.env.TOOLCHAIN_CACHE_NO_PROC_FD === '1') {
    procWorks = false;
    return false;
  }
  const seen = statSync(`/proc/self/fd/${fd}`, { throwIfNoEntry: false });
  procWorks = seen !== undefined && seen.dev === st.dev && seen.ino === st.ino;
  return procWorks;
}

/**
 * How a child `name` of the directory `dir` (open as `fd`) is reached: through the descriptor on
 * Linux (`viaProc`), by path elsewhere. Only a plain name of a directory entry.
 */
function childOf(dir: string, fd: number | undefined, viaProc: boolean, name: string): string {
  const separator = name.includes('/') || (isWindows && name.includes('\\'));
  if (name === '' || name === '.' || name === '..' || separator)
    throw unsafe(path.join(dir, name), 'is not a plain name of a directory entry');
  return viaProc ? `/proc/self/fd/${fd}/${name}` : path.join(dir, name);
}

/** Elsewhere than Linux: the directory's path must still lead to the directory opened. */
function checkUnmovedSync(dir: string, opened: Stats): void {
  const now = lstatSync(dir, { throwIfNoEntry: false });
  if (!now || !now.isDirectory() || !sameObject(now, opened))
    throw unsafe(dir, 'was moved or replaced while it was walked');
}

/** True for the errors of an open that met a symlink (or a non-directory) where a directory was asked for. */
export const isNotDirectoryError = (e: unknown): boolean =>
  isErrnoException(e) && (e.code === 'ENOTDIR' || e.code === 'ELOOP');

const sameObject = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

function unsafe(p: string, what: string): ToolchainCacheError {
  return new ToolchainCacheError(
    'UNSAFE_PATH',
    `${p} ${what}; toolchain-cache never follows a link or acts on a name swapped under it. ` +
      'Check who can write the cache root.',
  );
}

/** How the object at a name looks: for messages. */
const kindOf = (st: Stats): string =>
  st.isSymbolicLink()
    ? 'is a symlink'
    : st.isDirectory()
      ? 'is a directory'
      : st.isFile()
        ? 'is a regular file'
        : 'is not a regular file or directory';

/** An open directory; every operation on a child is relative to it. Close it (or use `withDir`). */
export class DirHandle {
  private constructor(
    /** The path it was opened by: for messages and the fallback. */
    readonly path: string,
    /** Undefined on Windows (directories cannot be opened there). */
    private readonly handle: FileHandle | undefined,
    /** fstat of the descriptor (lstat of the path on Windows). */
    readonly stat: Stats,
    private readonly viaProc: boolean,
  ) {}

  /**
   * Opens `dir`, never following its last component (a symlink there is an UNSAFE_PATH error; an
   * absent one ENOENT). The components above it are the caller's to trust: see `openDirInside`.
   */
  static async open(dir: string): Promise<DirHandle> {
    if (isWindows) {
      const st = await fs.lstat(dir);
      if (!st.isDirectory()) throw unsafe(dir, `${kindOf(st)}, not a directory`);
      return new DirHandle(dir, undefined, st, false);
    }
    let handle: FileHandle;
    try {
      handle = await fs.open(dir, OPEN_DIR);
    } catch (e) {
      if (!isNotDirectoryError(e)) throw e;
      const st = await fs.lstat(dir).catch(() => undefined);
      throw unsafe(dir, `${st ? kindOf(st) : 'changed while it was opened'}, not a directory`);
    }
    try {
      const st = await handle.stat();
      // O_DIRECTORY is 0 where the platform lacks it: check the type on the descriptor.
      if (!st.isDirectory()) throw unsafe(dir, 'is not a directory');
      return new DirHandle(dir, handle, st, probeProc(handle.fd, st));
    } catch (e) {
      await handle.close();
      throw e;
    }
  }

  /** The name by which a child is reached: relative to the descriptor on Linux, a path elsewhere. */
  private at(name: string): string {
    return childOf(this.path, this.handle?.fd, this.viaProc, name);
  }

  /** Where a child is, for messages. */
  pathOf(name: string): string {
    return path.join(this.path, name);
  }

  /** Fallback only: the directory's path must still lead to this very directory. */
  private async checkUnmoved(): Promise<void> {
    if (this.viaProc) return;
    const now = await fs.lstat(this.path).catch(() => undefined);
    if (!now || !now.isDirectory() || !sameObject(now, this.stat))
      throw unsafe(this.path, 'was moved or replaced while it was walked');
  }

  /** Sync twin of checkUnmoved, for the callers that act in one synchronous block. */
  private checkUnmovedSync(): void {
    if (!this.viaProc) checkUnmovedSync(this.path, this.stat);
  }

  /** The child's name to pass to a synchronous call (renameSync) made right away; see `at`. */
  nameForSyncCall(name: string): string {
    this.checkUnmovedSync();
    return this.at(name);
  }

  async list(): Promise<string[]> {
    if (this.viaProc) return fs.readdir(`/proc/self/fd/${this.handle!.fd}`);
    const names = await fs.readdir(this.path);
    await this.checkUnmoved();
    return names;
  }

  /** lstat of a child; undefined when there is none. */
  async lstat(name: string): Promise<Stats | undefined> {
    try {
      const st = await fs.lstat(this.at(name));
      await this.checkUnmoved();
      return st;
    } catch (e) {
      if (isErrnoException(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return undefined;
      throw e;
    }
  }

  /** The target of a child symlink (the link is read, never followed). */
  async readlink(name: string): Promise<string> {
    const target = await fs.readlink(this.at(name));
    await this.checkUnmoved();
    return target;
  }

  /** Opens a child directory, never following a link there (UNSAFE_PATH) ; ENOENT when absent. */
  async openDir(name: string): Promise<DirHandle> {
    if (this.viaProc) {
      let handle: FileHandle;
      try {
        handle = await fs.open(this.at(name), OPEN_DIR);
      } catch (e) {
        if (!isNotDirectoryError(e)) throw e;
        const st = await this.lstat(name);
        throw unsafe(this.pathOf(name), `${st ? kindOf(st) : 'vanished'}, not a directory`);
      }
      try {
        return new DirHandle(this.pathOf(name), handle, await handle.stat(), true);
      } catch (e) {
        await handle.close();
        throw e;
      }
    }
    const listed = await this.lstat(name);
    if (!listed)
      throw Object.assign(new Error(`ENOENT: no such directory, open '${this.pathOf(name)}'`), {
        code: 'ENOENT',
      });
    if (!listed.isDirectory())
      throw unsafe(this.pathOf(name), `${kindOf(listed)}, not a directory`);
    const child = await DirHandle.open(this.pathOf(name));
    if (!sameObject(child.stat, listed)) {
      await child.close();
      throw unsafe(this.pathOf(name), 'was replaced while it was opened');
    }
    try {
      await this.checkUnmoved();
    } catch (e) {
      await child.close();
      throw e;
    }
    return child;
  }

  /**
   * Unlinks a child that is not a directory (a file, a link: the link itself). With `expected`
   * (what was lstat-ed), elsewhere than Linux the name must still be that object.
   */
  async unlink(name: string, expected?: Stats): Promise<void> {
    if (!this.viaProc) {
      const now = await this.lstat(name);
      if (now && expected && !sameObject(now, expected))
        throw unsafe(this.pathOf(name), 'was replaced while it was removed');
    }
    await fs.unlink(this.at(name));
  }

  /** Removes an empty child directory. */
  async rmdir(name: string): Promise<void> {
    await this.checkUnmoved();
    await fs.rmdir(this.at(name));
  }

  /** chmod on the descriptor (fchmod): whatever happened to the path, this directory gets it. */
  async chmod(mode: number): Promise<void> {
    if (this.handle) return this.handle.chmod(mode);
    await this.checkUnmoved();
    await fs.chmod(this.path, mode);
  }

  /**
   * Opens a child for reading: never through a link, never blocking (a FIFO), and only a regular
   * file (else UNSAFE_PATH); ENOENT when absent. The caller closes the handle.
   */
  async openFile(name: string): Promise<{ handle: FileHandle; stat: Stats }> {
    const listed = this.viaProc ? undefined : await this.lstat(name);
    let handle: FileHandle;
    try {
      handle = await fs.open(this.at(name), READ_FLAGS);
    } catch (e) {
      if (!(isErrnoException(e) && e.code === 'ELOOP')) throw e;
      throw unsafe(this.pathOf(name), 'is a symlink, not a regular file');
    }
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) throw unsafe(this.pathOf(name), `${kindOf(stat)}`);
      if (listed && !sameObject(listed, stat))
        throw unsafe(this.pathOf(name), 'was replaced while it was opened');
      await this.checkUnmoved();
      return { handle, stat };
    } catch (e) {
      await handle.close();
      throw e;
    }
  }

  /**
   * A child regular file's bytes, at most its size when opened and never more than `maxBytes`
   * (a larger file is an error: nobody reads an unbounded file of the root).
   */
  async readFile(name: string, maxBytes: number): Promise<Buffer> {
    const { handle, stat } = await this.openFile(name);
    try {
      if (stat.size > maxBytes)
        throw unsafe(
          this.pathOf(name),
          `is ${stat.size} bytes, more than the ${maxBytes} expected`,
        );
      return await readUpTo(handle, stat.size);
    } finally {
      await handle.close();
    }
  }

  /**
   * Replaces a child with a new regular file holding `data`, its `mode` set on the descriptor
   * (whatever the umask): written to a temp name created exclusively (O_EXCL|O_NOFOLLOW), then
   * renamed over `name`. Nothing already at `name` is ever opened, truncated or chmod-ed: a hard
   * link another user put there to a file they cannot write (/etc/sudoers, on a host without
   * fs.protected_hardlinks) is replaced, not written through (docs/design.md, "Walks stay in the root").
   */
  async writeFile(name: string, data: string, mode: number): Promise<void> {
    const tmp = `${name}.tmp-${process.pid}-${randomHex(8)}`;
    await this.checkUnmoved();
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW;
    const handle = await fs.open(this.at(tmp), flags | O_NONBLOCK, mode);
    try {
      try {
        assertOwnSingleName(this.pathOf(tmp), await handle.stat());
        if (!isWindows) await handle.chmod(mode);
        await handle.writeFile(data);
      } finally {
        await handle.close();
      }
      await this.rename(tmp, this, name);
    } catch (e) {
      await this.unlink(tmp).catch(() => undefined);
      throw e;
    }
  }

  /** Renames a child into `to` (another open directory of the same filesystem, or this one). */
  async rename(name: string, to: DirHandle, toName: string): Promise<void> {
    await this.checkUnmoved();
    await to.checkUnmoved();
    await fs.rename(this.at(name), to.at(toName));
  }

  async close(): Promise<void> {
    await this.handle?.close();
  }
}

/**
 * DirHandle's synchronous little sibling, for the warm path's few calls in one directory (a use
 * record's write and release in `uses/<id>`): the same no-follow open and the same names bound to
 * the descriptor, without a thread-pool round trip per call. Close it (or use `withDirSync`).
 */
export class SyncDirHandle {
  private constructor(
    readonly path: string,
    /** Undefined on Windows (directories cannot be opened there). */
    private readonly fd: number | undefined,
    private readonly stat: Stats,
    private readonly viaProc: boolean,
  ) {}

  /** Opens `dir` never following its last component (UNSAFE_PATH); ENOENT when absent. */
  static open(dir: string): SyncDirHandle {
    if (isWindows) {
      const st = lstatSync(dir);
      if (!st.isDirectory()) throw unsafe(dir, `${kindOf(st)}, not a directory`);
      return new SyncDirHandle(dir, undefined, st, false);
    }
    let fd: number;
    try {
      fd = openSync(dir, OPEN_DIR);
    } catch (e) {
      if (!isNotDirectoryError(e)) throw e;
      const st = lstatSync(dir, { throwIfNoEntry: false });
      throw unsafe(dir, `${st ? kindOf(st) : 'changed while it was opened'}, not a directory`);
    }
    try {
      const st = fstatSync(fd);
      if (!st.isDirectory()) throw unsafe(dir, 'is not a directory');
      return new SyncDirHandle(dir, fd, st, probeProc(fd, st));
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  /** The child's name for a synchronous call made right away (see DirHandle.nameForSyncCall). */
  nameOf(name: string): string {
    if (!this.viaProc) checkUnmovedSync(this.path, this.stat);
    return childOf(this.path, this.fd, this.viaProc, name);
  }

  /** The directory's entries (DirHandle.list, synchronously). */
  list(): string[] {
    if (this.viaProc) return readdirSync(`/proc/self/fd/${this.fd}`);
    const names = readdirSync(this.path);
    checkUnmovedSync(this.path, this.stat);
    return names;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }
}

/** Runs `fn` with `dir` open, closing it after. */
export async function withDir<T>(dir: DirHandle, fn: (d: DirHandle) => Promise<T>): Promise<T> {
  try {
    return await fn(dir);
  } finally {
    await dir.close();
  }
}

/**
 * Opens `target`, a directory at or below `root` (a real path, opened no-follow), one component
 * at a time, each opened no-follow relative to the one above: a link anywhere on the way is an
 * UNSAFE_PATH error, never followed, so nothing this returns lies outside the root.
 */
export async function openDirInside(root: string, target: string): Promise<DirHandle> {
  const rel = path.relative(root, target);
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel))
    throw unsafe(target, `is outside the cache root ${root}`);
  let dir = await DirHandle.open(root);
  for (const name of rel.split(path.sep).filter((n) => n !== '')) {
    try {
      const next = await dir.openDir(name);
      await dir.close();
      dir = next;
    } catch (e) {
      await dir.close();
      throw e;
    }
  }
  return dir;
}

/** `openDirInside`, or undefined when the directory (or one above it) does not exist. */
export async function openDirInsideIfExists(
  root: string,
  target: string,
): Promise<DirHandle | undefined> {
  try {
    return await openDirInside(root, target);
  } catch (e) {
    if (isErrnoException(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return undefined;
    throw e;
  }
}
