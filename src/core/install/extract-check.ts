// The extracted tree as it really is on disk, checked once more and listed for the manifest: a
// walk that never follows a link, re-applies the member policy (no special files, no setuid or
// setgid, every symlink resolving inside, the limits), and gives each regular file the sha256 it
// was written with (extract-members.ts), hashing from the disk only a file that has no such record.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UnsafeArchiveError } from '../errors.js';
import { isInside } from '../fsx.js';
import { hashFile, type ManifestFile } from '../manifest.js';
import { MemberBudget, checkMember, type ExtractLimits } from './archive-policy.js';
import type { WrittenHashes } from './extract-members.js';

export interface CheckedTree {
  members: number;
  bytes: number;
  /** Every entry below the root, sorted by path: what scanTree (manifest.ts) would list. */
  files: ManifestFile[];
}

export async function checkExtractedTree(
  destDir: string,
  limits: ExtractLimits,
  hashes: WrittenHashes,
  signal?: AbortSignal,
): Promise<CheckedTree> {
  const root = await fs.realpath(destDir);
  const budget = new MemberBudget(limits);
  const inodes = new Set<string>();
  const files: ManifestFile[] = [];
  const unhashed: Array<{ record: ManifestFile; abs: string }> = [];
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    signal?.throwIfAborted();
    const names = await fs.readdir(dir);
    const stats = await Promise.all(names.map((n) => fs.lstat(path.join(dir, n))));
    for (const [i, st] of stats.entries()) {
      const abs = path.join(dir, names[i]);
      const rel = path.relative(root, abs);
      const type = st.isFile()
        ? 'file'
        : st.isDirectory()
          ? 'directory'
          : st.isSymbolicLink()
            ? 'symlink'
            : 'other';
      // A setgid parent makes new directories setgid on Linux: only the archive's own bits count.
      const mode = st.mode & (type === 'directory' ? 0o5777 : 0o7777);
      const linkTarget = type === 'symlink' ? await fs.readlink(abs) : undefined;
      checkMember({ path: rel, type, mode, linkTarget }, root);
      if (linkTarget !== undefined) await assertResolvesInside(root, dir, rel, linkTarget);
      // Hard links share their bytes: count each inode once.
      const key = `${st.dev}:${st.ino}`;
      const fresh = type === 'file' && (st.nlink < 2 || !inodes.has(key));
      if (fresh && st.nlink > 1) inodes.add(key);
      budget.add(fresh ? st.size : 0, rel);
      if (type === 'directory') pending.push(abs);
      const posix = rel.split(path.sep).join('/');
      const record = listed(posix, type, st, linkTarget);
      files.push(record);
      if (record.type !== 'file') continue;
      // A hard link's bytes may have been written under another name: hash those from the disk.
      record.sha256 = st.nlink === 1 ? hashes.lookup(posix, st.size) : undefined;
      if (record.sha256 === undefined) unhashed.push({ record, abs });
    }
  }
  await hashFromDisk(unhashed);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { members: budget.members, bytes: budget.bytes, files };
}

/** The entry as the manifest lists it, with the same fields in the same order as scanTree. */
function listed(
  rel: string,
  type: string,
  st: { size: number; mode: number },
  target?: string,
): ManifestFile {
  if (type === 'directory') return { path: rel, type };
  if (type === 'symlink') return { path: rel, type, target };
  return {
    path: rel,
    type: 'file',
    size: st.size,
    executable: process.platform === 'win32' ? undefined : (st.mode & 0o111) !== 0,
  };
}

/** Files with no digest from their writing (hard links, Windows's copies of links), a few at a time. */
async function hashFromDisk(todo: Array<{ record: ManifestFile; abs: string }>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const { record, abs } = todo[next++];
      record.sha256 = await hashFile(abs);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

async function assertResolvesInside(
  root: string,
  dir: string,
  rel: string,
  linkTarget: string,
): Promise<void> {
  if ((await resolveInside(root, dir, linkTarget, { hops: 0 })) !== null) return;
  throw new UnsafeArchiveError(
    `Archive member "${rel}" is a symlink to "${linkTarget}", which leads outside the toolchain directory; refusing to extract.`,
    rel,
  );
}

/**
 * Follows `target` from the real directory `from` the way the OS does, through nested symlinks,
 * and returns where it lands, or null once it leaves `root`. A missing tail is resolved lexically.
 */
async function resolveInside(
  root: string,
  from: string,
  target: string,
  budget: { hops: number },
): Promise<string | null> {
  if (++budget.hops > 40 || path.isAbsolute(target)) return null; // 40: Linux's own ELOOP limit
  const segs = target.split(process.platform === 'win32' ? /[\\/]/ : '/');
  let cur = from;
  for (const [i, seg] of segs.entries()) {
    if (seg === '' || seg === '.') continue;
    cur = seg === '..' ? path.dirname(cur) : path.join(cur, seg);
    if (!isInside(root, cur)) return null;
    const st = await fs.lstat(cur).catch(() => undefined);
    if (!st) return isInside(root, path.resolve(cur, ...segs.slice(i + 1))) ? cur : null;
    if (st.isSymbolicLink()) {
      const next = await resolveInside(root, path.dirname(cur), await fs.readlink(cur), budget);
      if (next === null) return null;
      cur = next;
    }
  }
  return cur;
}
