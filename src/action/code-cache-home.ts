// Where the steps' code cache lives: a directory of the user running the step, never the shared
// cache root (docs/design.md, "Start-up cost"). A code cache is code the step runs: whoever can
// write it runs code inside every later step that reads it, with that step's token and env. So it
// is used only from a directory nobody else can write, or swap:
//   POSIX    $XDG_CACHE_HOME/toolchain-cache (if absolute), else $HOME/.cache/toolchain-cache;
//            the directories the step creates there are 0700 (set on the descriptor, whatever the
//            umask); the cache directory must be owned by the effective user and not group- or
//            world-writable, and every directory above it owned by root or the effective user
//            (the owner of a directory can rename its entries) and not group- or world-writable
//            unless sticky (as /tmp): so nobody else can rename a directory of the path away and
//            put theirs (ssh's StrictModes rule).
//   Windows  %LOCALAPPDATA%\toolchain-cache: per-user by its ACL; no ownership check.
// Anything else (no such variable, a link, another owner, loose modes): no cache at all. Never
// throws. Imports only node builtins: it runs before the step is loaded.
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';

/** The directory's name under the user's cache directory. */
export const CODE_CACHE_HOME_NAME = 'toolchain-cache';

/** The mode of every directory the code cache creates: its user's alone. */
export const PRIVATE_DIR_MODE = 0o700;

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const DIRECTORY = constants.O_DIRECTORY ?? 0;
const STICKY = 0o1000;
const OTHERS_WRITE = 0o022;

/** The user's cache directory for this platform, or undefined when the environment names none. */
export function userCacheBase(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const absolute = (p: string | undefined): string | undefined =>
    p && paths.isAbsolute(p) ? paths.normalize(p) : undefined;
  if (platform === 'win32') return absolute(env.LOCALAPPDATA);
  const xdg = absolute(env.XDG_CACHE_HOME);
  if (xdg) return xdg;
  const home = absolute(env.HOME);
  return home && paths.join(home, '.cache');
}

/** A directory only `euid` can write: its own, not group- or world-writable, not a link. */
export const isPrivateDir = (st: Stats, euid: number): boolean =>
  st.isDirectory() && st.uid === euid && (st.mode & OTHERS_WRITE) === 0;

/**
 * A directory above the cache that nobody else can rename entries in: owned by root or `euid`
 * (an owner can always rename entries), and not writable by others unless sticky (as /tmp).
 */
const isSafeAncestor = (st: Stats, euid: number): boolean =>
  st.isDirectory() &&
  (st.uid === 0 || st.uid === euid) &&
  ((st.mode & OTHERS_WRITE) === 0 || (st.mode & STICKY) !== 0);

/**
 * The code cache's directory (`toolchain-cache` in the user's cache directory), created if
 * missing, when it is private (see the top of this file); undefined when there can be none.
 */
export function codeCacheHome(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  try {
    const base = userCacheBase(env, platform);
    if (!base) return undefined;
    if (platform === 'win32') {
      const home = path.win32.join(base, CODE_CACHE_HOME_NAME);
      return windowsDir(base) && windowsDir(home) ? home : undefined;
    }
    const real = realBase(base);
    if (!ancestorsSafe(real)) return undefined;
    const home = path.join(real, CODE_CACHE_HOME_NAME);
    return privateDir(home, platform) ? home : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `dir`, created if missing (0700), when it is private to the effective user: the checks of the
 * top of this file (Windows: a real directory).
 */
export function privateDir(dir: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32') return windowsDir(dir);
  try {
    const euid = process.geteuid?.();
    if (euid === undefined) return false;
    const fd = openOrCreateDir(dir);
    try {
      return isPrivateDir(fstatSync(fd), euid);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * The real path of the user's cache directory (the checks are of the directories the cache is
 * really in; the variables may name it through a link), created if missing.
 */
function realBase(base: string): string {
  try {
    return realpathSync.native(base);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  closeSync(openOrCreateDir(base));
  return realpathSync.native(base);
}

const openDir = (dir: string): number => openSync(dir, constants.O_RDONLY | DIRECTORY | NO_FOLLOW);

/**
 * A descriptor of directory `dir` (never through a link), created if missing (its parent must
 * exist) with mode 0700 set on the descriptor, not left to the umask. An existing directory's
 * mode is never changed: one that is not private is not used.
 */
function openOrCreateDir(dir: string): number {
  try {
    return openDir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  mkdirSync(dir, { mode: PRIVATE_DIR_MODE });
  const fd = openDir(dir);
  fchmodSync(fd, PRIVATE_DIR_MODE);
  return fd;
}

/** Windows: `dir`, created if missing, is a real directory (LOCALAPPDATA's ACL makes it private). */
function windowsDir(dir: string): boolean {
  try {
    mkdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return false;
  }
  return lstatSync(dir).isDirectory();
}

/** No directory from `dir` up to `/` lets anyone else rename its entries (sticky ones aside). */
function ancestorsSafe(dir: string): boolean {
  const euid = process.geteuid?.();
  if (euid === undefined) return false;
  for (let d = dir; ; d = path.dirname(d)) {
    if (!isSafeAncestor(lstatSync(d), euid)) return false;
    if (path.dirname(d) === d) return true;
  }
}
