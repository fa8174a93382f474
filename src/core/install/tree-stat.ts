// The hit check: an installed tree compared with what it was when sealed, by the metadata of its
// directories only (type, size, mode, mtime, ctime and inode of the root and of every directory),
// so a job of another user that added, removed, renamed or replaced anything in a shared toolchain
// is caught before the next job runs it. Installed files are read-only and owned by their
// installer: another user can change a tree only through its directories (2775), and every such
// change sets the directory's mtime and ctime (the ctime no user can put back). A file changed in
// place by its own installer's user (who may chmod it) is not seen here: `verify` hashes every
// file. The metadata lives in a compact text file beside the manifest (`tree-stat`): a hit reads
// one small file and lstat()s each directory, never the manifest with its hashes. The file is
// trusted only when its bytes are the ones the installer's receipt records (docs/design.md, "The
// hit check"). Loaded on the warm path.
import { lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import { errorMessage, isErrnoException } from '../errors.js';
import { atomicWriteFile } from '../fsx.js';
import { readRegularFileIdentitySync, recordDigest } from '../regular-file.js';

/**
 * The record's formats. Version 2 (written now) records the root and every directory, with its
 * ctime: the check grows with directories, not files. Version 1 (every entry, no ctime), written
 * by earlier releases and bound to their receipts, is still checked as it was.
 */
const FORMATS = {
  'tree-stat 1': { fields: 5, line: lineV1 },
  'tree-stat 2': { fields: 6, line: lineV2 },
} as const;
type Header = keyof typeof FORMATS;
const HEADER: Header = 'tree-stat 2';

/**
 * A line is ~70 bytes and the path; an archive has at most a few hundred thousand members. A
 * larger file was not written by an installer (and is never read whole).
 */
export const TREE_STAT_MAX_BYTES = 256 * 1024 ** 2;

const kind = (st: Stats): string =>
  st.isDirectory() ? 'd' : st.isFile() ? 'f' : st.isSymbolicLink() ? 'l' : '?';

/** The path last, JSON-quoted only when it could be misread (a newline, a leading quote). */
const shownName = (rel: string): string =>
  rel.includes('\n') || rel.startsWith('"') ? JSON.stringify(rel) : rel;

/** Version 1: one line per entry. */
function lineV1(rel: string, st: Stats): string {
  return `${kind(st)} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ino} ${shownName(rel)}`;
}

/** Version 2: one line per directory; the ctime, which no user can set, after the mtime. */
function lineV2(rel: string, st: Stats): string {
  return `${kind(st)} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ctimeMs} ${st.ino} ${shownName(rel)}`;
}

/**
 * Records the metadata of the tree at `root` and of every directory among the listed entries
 * (paths relative to the root, POSIX separators), after sealing: nothing changes them any more.
 * Files and links are not recorded: nobody but their installer can change one in place (they are
 * read-only and not theirs), and anything else another user can do to them (add, remove, rename,
 * replace) changes a directory (docs/design.md, "The hit check").
 */
export async function writeTreeStats(
  file: string,
  root: string,
  entries: Array<{ path: string }>,
): Promise<void> {
  const lines: string[] = [HEADER, lineV2('', lstatSync(root))];
  for (const e of entries) {
    const st = lstatSync(path.join(root, e.path));
    if (st.isDirectory()) lines.push(lineV2(e.path, st));
  }
  await atomicWriteFile(file, lines.join('\n') + '\n');
}

/**
 * The first difference between the tree at `root` and its recorded metadata ("modified: bin/cc"),
 * or undefined when every entry is as sealed. `file` is read once (no link followed, a regular
 * file, bounded) and its bytes are trusted only when its descriptor still has the identity the
 * receipt recorded when it was sealed (`recordedIdentity`), or else when their sha256 is
 * `recordedSha256`, the receipt's: the tree is then checked against those very bytes.
 * Synchronous, and one string comparison per recorded line when nothing changed: a hit of a
 * toolchain of 50 000 files in 500 directories is one read of a file of about 40 KB, then 500
 * lstat calls and little else.
 */
export function treeStatProblem(
  file: string,
  root: string,
  recordedSha256: string,
  recordedIdentity?: string,
): string | undefined {
  let bytes: Buffer;
  let identity: string;
  try {
    ({ bytes, identity } = readRegularFileIdentitySync(file, TREE_STAT_MAX_BYTES));
  } catch (e) {
    return isErrnoException(e) && e.code === 'ENOENT'
      ? 'its metadata file (tree-stat) is missing'
      : `its metadata file (tree-stat) is unreadable (${errorMessage(e)})`;
  }
  // The same file, unchanged since it was sealed, holds the bytes digested then; otherwise (a
  // receipt of an older release, a copied root) its bytes must have that digest.
  if (identity !== recordedIdentity && recordDigest(bytes) !== recordedSha256)
    return 'its metadata file (tree-stat) is not the one its installer recorded';
  return treeDifference(bytes.toString('utf8'), root);
}

/** The first entry of the tree at `root` that differs from its line in `text` (tree-stat's). */
function treeDifference(text: string, root: string): string | undefined {
  const header = text.slice(0, Math.max(0, text.indexOf('\n')));
  if (!Object.hasOwn(FORMATS, header)) return 'its metadata file (tree-stat) is unreadable';
  const { fields, line } = FORMATS[header as Header];
  for (let start = header.length + 1; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const recorded = text.slice(start, end);
    start = end + 1;
    let nameAt = 0;
    for (let spaces = 0; spaces < fields && nameAt >= 0; spaces++)
      nameAt = recorded.indexOf(' ', nameAt) + 1;
    if (nameAt <= 0) return 'its metadata file (tree-stat) is unreadable';
    const rel = recordedName(recorded.slice(nameAt));
    if (rel === undefined) return 'its metadata file (tree-stat) is unreadable';
    const st = lstatOrUndefined(rel ? `${root}/${rel}` : root);
    if (st && line(rel, st) === recorded) continue;
    return difference(rel || '(the toolchain root)', recorded.split(' ', fields), st);
  }
  return undefined;
}

function recordedName(name: string): string | undefined {
  if (!name.startsWith('"')) return name;
  try {
    return JSON.parse(name) as string;
  } catch {
    return undefined;
  }
}

/**
 * Forward slashes work on Windows too (path.join would cost more than the lstat). A directory
 * replaced by a file makes its entries ENOTDIR: missing, like any other lstat failure.
 */
function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** What differs between a recorded line's fields (either version) and the entry now. */
function difference(shown: string, fields: string[], st: Stats | undefined): string {
  if (!st) return `missing: ${shown}`;
  const [type, size, mode, mtimeMs] = fields;
  const ino = fields[fields.length - 1];
  if (kind(st) !== type) return `type changed: ${shown}`;
  if (String(st.ino) !== ino) return `replaced: ${shown}`;
  if (type !== 'd' && String(st.size) !== size) return `modified: ${shown}`;
  if ((st.mode & 0o7777).toString(8) !== mode) return `mode changed: ${shown}`;
  if (String(st.mtimeMs) !== mtimeMs)
    return type === 'd' ? `entries added or removed: ${shown}` : `modified: ${shown}`;
  // Same mtime: a directory's ctime (version 2) says its entries changed and its mtime was put back.
  return `changed: ${shown}`;
}
