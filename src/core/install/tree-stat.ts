// The hit check: an installed tree compared with what it was when sealed, by metadata only (type,
// size, mode, mtime and inode of every entry, the root included), so a job that changed, replaced,
// added or removed anything in a shared toolchain is caught before the next job runs it. Directory
// mtimes cover additions and removals without reading a single directory. The metadata lives in a
// compact text file beside the manifest (`tree-stat`): a hit reads one small file and lstat()s each
// entry, never the manifest with its hashes. The file is trusted only when its bytes are the ones
// the installer's receipt records (docs/design.md, "The hit check"). Loaded on the warm path.
import { lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import { errorMessage, isErrnoException } from '../errors.js';
import { atomicWriteFile } from '../fsx.js';
import { readRegularFileSync, recordDigest } from '../regular-file.js';

const HEADER = 'tree-stat 1';

/**
 * A line is ~60 bytes and the path; an archive has at most a few hundred thousand members. A
 * larger file was not written by an installer (and is never read whole).
 */
export const TREE_STAT_MAX_BYTES = 256 * 1024 ** 2;

const kind = (st: Stats): string =>
  st.isDirectory() ? 'd' : st.isFile() ? 'f' : st.isSymbolicLink() ? 'l' : '?';

/** One line per entry; the path last, JSON-quoted only when it could be misread (a newline, a leading quote). */
function line(rel: string, st: Stats): string {
  const name = rel.includes('\n') || rel.startsWith('"') ? JSON.stringify(rel) : rel;
  return `${kind(st)} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ino} ${name}`;
}

/**
 * Records the metadata of the tree at `root` and of every listed entry (paths relative to the
 * root, POSIX separators), after sealing: nothing changes them any more.
 */
export async function writeTreeStats(
  file: string,
  root: string,
  entries: Array<{ path: string }>,
): Promise<void> {
  const lines = [HEADER, line('', lstatSync(root))];
  for (const e of entries) lines.push(line(e.path, lstatSync(path.join(root, e.path))));
  await atomicWriteFile(file, lines.join('\n') + '\n');
}

/**
 * The first difference between the tree at `root` and its recorded metadata ("modified: bin/cc"),
 * or undefined when every entry is as sealed. `file` is read once (no link followed, a regular
 * file, bounded) and its bytes are trusted only when their sha256 is `recordedSha256`, the
 * receipt's: the tree is then checked against those very bytes. Synchronous, and one string
 * comparison per entry when nothing changed: a hit of a 50 000-file toolchain is one sha256 of a
 * file of a few MB, then 50 000 lstat calls and little else.
 */
export function treeStatProblem(
  file: string,
  root: string,
  recordedSha256: string,
): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(file, TREE_STAT_MAX_BYTES);
  } catch (e) {
    return isErrnoException(e) && e.code === 'ENOENT'
      ? 'its metadata file (tree-stat) is missing'
      : `its metadata file (tree-stat) is unreadable (${errorMessage(e)})`;
  }
  if (recordDigest(bytes) !== recordedSha256)
    return 'its metadata file (tree-stat) is not the one its installer recorded';
  return treeDifference(bytes.toString('utf8'), root);
}

/** The first entry of the tree at `root` that differs from its line in `text` (tree-stat's). */
function treeDifference(text: string, root: string): string | undefined {
  if (!text.startsWith(`${HEADER}\n`)) return 'its metadata file (tree-stat) is unreadable';
  for (let start = HEADER.length + 1; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const recorded = text.slice(start, end);
    start = end + 1;
    let nameAt = 0;
    for (let spaces = 0; spaces < 5 && nameAt >= 0; spaces++)
      nameAt = recorded.indexOf(' ', nameAt) + 1;
    if (nameAt <= 0) return 'its metadata file (tree-stat) is unreadable';
    const rel = recordedName(recorded.slice(nameAt));
    if (rel === undefined) return 'its metadata file (tree-stat) is unreadable';
    const st = lstatOrUndefined(rel ? `${root}/${rel}` : root);
    if (st && line(rel, st) === recorded) continue;
    return difference(rel || '(the toolchain root)', recorded.split(' ', 5), st);
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

/** What differs between a recorded line's fields and the entry now. */
function difference(shown: string, fields: string[], st: Stats | undefined): string {
  if (!st) return `missing: ${shown}`;
  const [type, size, mode, mtimeMs, ino] = fields;
  if (kind(st) !== type) return `type changed: ${shown}`;
  if (String(st.ino) !== ino) return `replaced: ${shown}`;
  if (type !== 'd' && String(st.size) !== size) return `modified: ${shown}`;
  if ((st.mode & 0o7777).toString(8) !== mode) return `mode changed: ${shown}`;
  if (type === 'd') return `entries added or removed: ${shown}`;
  return String(st.mtimeMs) !== mtimeMs ? `modified: ${shown}` : `changed: ${shown}`;
}
