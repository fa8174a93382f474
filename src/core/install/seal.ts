// Sealing an extracted tree before it is published: the modes every runner user of the group
// needs, whatever the umask, and no symlink that leads outside the toolchain root; and sealing
// the records that vouch for it (manifest.json, tree-stat, the receipt) read-only.
import { constants, fchmodSync, fstatSync, promises as fs, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { ToolchainCacheError, UnsafeArchiveError, isErrnoException } from '../errors.js';
import type { ManifestFile } from '../manifest.js';
import {
  assertOwnSingleName,
  fileIdentity,
  readUpToSync,
  withRegularFileSync,
} from '../regular-file.js';

/** Directories of installed trees: the runners' group may delete them (GC by any runner user). */
export const TREE_DIR_MODE = 0o2775;

/** A file's sealed mode: read-only for everyone, executable for everyone where the owner may execute it. */
export const sealedFileMode = (mode: number): number => (mode & 0o100 ? 0o555 : 0o444);

/** manifest.json, tree-stat and the receipt: read-only for everyone, once written. */
export const SEALED_RECORD_MODE = 0o444;

/**
 * Makes the record `file` read-only (SEALED_RECORD_MODE, set on its descriptor: no path another
 * user can swap in between is chmod-ed) and returns its bytes, read through the same descriptor:
 * what the receipt's digest is taken of is exactly the sealed file. A link, a FIFO or anything but
 * a regular file of at most `maxBytes` is refused (regular-file.ts), and so is one with a second
 * name or another owner (the receipt is sealed by its name in `receipts/`, which the group can
 * write: a hard link put there meanwhile is not chmod-ed). On Windows the mode sets the read-only
 * attribute.
 */
export function sealRecordSync(file: string, maxBytes: number): Buffer {
  return sealRecordIdentitySync(file, maxBytes).bytes;
}

/** sealRecordSync, with the sealed file's identity (fileIdentity) taken after the chmod. */
export function sealRecordIdentitySync(
  file: string,
  maxBytes: number,
): { bytes: Buffer; identity: string } {
  return withRegularFileSync(file, maxBytes, (fd, size) => {
    assertOwnSingleName(file, fstatSync(fd));
    fchmodSync(fd, SEALED_RECORD_MODE);
    return { bytes: readUpToSync(fd, size), identity: fileIdentity(fstatSync(fd)) };
  });
}

/**
 * Jobs share these trees. Files become read-only (on Windows: the read-only attribute), so a
 * build cannot change them by accident (`pip install` into a cached Python); directories become
 * group-writable with setgid and never world-writable, set explicitly rather than through the
 * umask, so a GC run by any runner user of the group can delete a tree completely. See
 * docs/design.md, "Runner users in one group". Staging is writable by the group: each mode is
 * set on a descriptor opened no-follow that is still what was listed (sealListed).
 */
export async function sealTree(
  root: string,
  files: Array<{ path: string; type: string }>,
): Promise<void> {
  const isWindows = process.platform === 'win32';
  const listed: Array<{ p: string; st: Stats }> = [];
  const names = new Map<string, number>(); // dev:ino of a file → its names in the tree
  for (const f of [{ path: '', type: 'directory' }, ...files]) {
    if (f.type !== 'file' && f.type !== 'directory') continue;
    if (isWindows && f.type === 'directory') continue; // no modes; the attribute is for files
    const p = path.join(root, f.path);
    const st = await fs.lstat(p);
    if (st.isFile() !== (f.type === 'file') || st.isDirectory() !== (f.type === 'directory'))
      throw changedWhileSealed(p, 'is not what the extractor listed');
    listed.push({ p, st });
    if (st.isFile()) names.set(inode(st), (names.get(inode(st)) ?? 0) + 1);
  }
  for (const { p, st } of listed) {
    const mode = st.mode & 0o7777;
    const wanted = st.isFile() ? sealedFileMode(mode) : TREE_DIR_MODE;
    if (wanted === mode) continue;
    if (isWindows) await fs.chmod(p, wanted);
    else await sealListed(p, st, wanted, names.get(inode(st)) ?? 0);
  }
}

const inode = (st: Stats): string => `${st.dev}:${st.ino}`;

function changedWhileSealed(p: string, what: string): ToolchainCacheError {
  return new ToolchainCacheError(
    'UNSAFE_PATH',
    `${p} ${what}: it was changed while the tree was sealed, and no mode was set through it. ` +
      'Check who can write the cache root (its staging/ directory).',
  );
}

/**
 * fchmod of `p` to `wanted` on a descriptor opened without following a link (a symlink swapped
 * in meanwhile is ELOOP, never followed), when it is still the object listed, ours (the extractor
 * never chowns), and a file has exactly the names it has in the tree: a hard link a group member
 * put there to a file with a name elsewhere has more. Our own file unreadable to us (an archive's
 * mode 0200) cannot be opened: it is chmod-ed by its name after the same checks on lstat.
 */
async function sealListed(p: string, listed: Stats, wanted: number, names: number): Promise<void> {
  const me = process.geteuid?.();
  const check = (st: Stats): void => {
    if (st.dev !== listed.dev || st.ino !== listed.ino) throw changedWhileSealed(p, 'was replaced');
    if (me !== undefined && st.uid !== me) throw changedWhileSealed(p, `is owned by uid ${st.uid}`);
    if (st.isFile() && st.nlink !== names)
      throw changedWhileSealed(p, `has ${st.nlink} names, ${names} in the tree`);
  };
  const flags =
    constants.O_RDONLY |
    (constants.O_NOFOLLOW ?? 0) |
    (constants.O_NONBLOCK ?? 0) |
    (listed.isDirectory() ? (constants.O_DIRECTORY ?? 0) : 0);
  let handle: FileHandle;
  try {
    handle = await fs.open(p, flags);
  } catch (e) {
    if (isErrnoException(e) && (e.code === 'ELOOP' || e.code === 'ENOTDIR'))
      throw changedWhileSealed(p, 'was replaced by a link');
    if (!(isErrnoException(e) && e.code === 'EACCES' && listed.isFile())) throw e;
    check(await fs.lstat(p));
    await fs.chmod(p, wanted);
    return;
  }
  try {
    check(await handle.stat());
    await handle.chmod(wanted);
  } finally {
    await handle.close();
  }
}

/**
 * Resolves every symlink of a tree over its file list, the way the OS would (through nested links),
 * and throws when one leads outside the toolchain root.
 */
export function assertLinksInside(id: string, files: ManifestFile[]): void {
  const fold = process.platform === 'darwin' || process.platform === 'win32';
  const key = (segs: string[]): string => {
    const k = segs.join('/');
    return fold ? k.normalize('NFC').toLowerCase() : k;
  };
  const byPath = new Map(files.map((f) => [key(f.path.split('/')), f]));
  const resolve = (from: string[], target: string, budget: { hops: number }): string[] | null => {
    if (++budget.hops > 40 || /^([/\\]|[A-Za-z]:)/.test(target)) return null;
    let cur = [...from];
    for (const seg of target.split(process.platform === 'win32' ? /[\\/]/ : '/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        if (cur.length === 0) return null;
        cur.pop();
        continue;
      }
      cur.push(seg);
      const f = byPath.get(key(cur));
      if (f?.type === 'symlink') {
        const next = resolve(cur.slice(0, -1), f.target ?? '', budget);
        if (next === null) return null;
        cur = next;
      }
    }
    return cur;
  };
  for (const f of files) {
    if (f.type !== 'symlink') continue;
    const segs = f.path.split('/');
    if (resolve(segs.slice(0, -1), f.target ?? '', { hops: 0 }) === null) {
      throw new UnsafeArchiveError(
        `${id}: archive member "${f.path}" is a symlink to "${f.target ?? ''}", which leads outside the toolchain root; refusing to install.`,
        f.path,
      );
    }
  }
}
