// The modes of the root's state files (layout.json, registry.json, stats.json, gc-state.json):
// 0664, so every runner user of the group can read them (docs/design.md, "Runner users in one
// group"). Files created with a narrower mode (by a release that let the umask decide) are mended
// here by their owner, on a descriptor opened without following a link.
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { SHARED_FILE_MODE } from './fsx.js';
import type { CacheLayout } from './layout.js';
import { userName } from './platform/names.js';

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = constants.O_NONBLOCK ?? 0;

export const stateFiles = (layout: CacheLayout): string[] => [
  layout.layoutFile,
  layout.registryFile,
  layout.statsFile,
  layout.gcStateFile,
];

export interface StateModeReport {
  /** Files whose mode was set to 0664. */
  mended: string[];
  /** Files with another mode that this user may not change: their owner must. */
  notMine: Array<{ file: string; mode: string; owner: string }>;
  /** Files with another mode that nobody's job changes: not what toolchain-cache wrote there. */
  refused: Array<{ file: string; why: string }>;
}

const octal = (mode: number): string => (mode & 0o7777).toString(8).padStart(4, '0');

/**
 * Sets every state file of the root that is not 0664 to 0664 where it is this user's own
 * (root's included: root mends only its own too), and lists the others. Only a regular file of
 * the effective user with one name (nlink 1) that starts as a JSON object (`{`) is mended, checked
 * on the descriptor that is fchmod-ed: a hard link a group member planted at the name (to
 * /etc/shadow, or to a runner user's own 0600 file, on a host without fs.protected_hardlinks) has
 * two names or another owner, and a file whose other name was replaced meanwhile (a planted link
 * left as the only name of an old /etc/shadow) is not JSON. Those are `refused`: reported, never
 * changed. Missing files and anything that is not a regular file are left alone
 * (checkRootMembers refuses the latter). Nothing to do on Windows.
 */
export function mendStateFileModes(layout: CacheLayout): StateModeReport {
  const report: StateModeReport = { mended: [], notMine: [], refused: [] };
  if (process.platform === 'win32') return report;
  const me = process.geteuid?.() ?? -1;
  for (const file of stateFiles(layout)) {
    const st = lstatSync(file, { throwIfNoEntry: false });
    if (!st?.isFile() || (st.mode & 0o7777) === SHARED_FILE_MODE) continue;
    if (me !== st.uid) {
      report.notMine.push({ file, mode: octal(st.mode), owner: userName(st.uid) });
      continue;
    }
    const why = setModeNoFollow(file, st);
    if (why === undefined) report.mended.push(file);
    else if (why !== '') report.refused.push({ file, why });
  }
  return report;
}

/** Why a file of this user at a state file's name is not one to mend (undefined: it is). */
function notMendable(opened: Stats, listed: Stats, fd: number): string | undefined {
  if (!opened.isFile() || opened.ino !== listed.ino || opened.dev !== listed.dev) return '';
  if (opened.nlink !== 1) return `has ${opened.nlink} names (a hard link), not one`;
  if (opened.uid !== listed.uid) return 'changed owner while it was looked at';
  const first = Buffer.alloc(1);
  if (readSync(fd, first, 0, 1, 0) !== 1 || first[0] !== 0x7b) return 'is not a JSON object';
  return undefined;
}

/**
 * fchmod of `file` if it is still the regular file `listed` and mendable (see notMendable); the
 * reason when it is not ('' when it changed or vanished meanwhile: nothing of ours to mend).
 */
function setModeNoFollow(file: string, listed: Stats): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch {
    return ''; // replaced by a link, or gone
  }
  try {
    const why = notMendable(fstatSync(fd), listed, fd);
    if (why === undefined) fchmodSync(fd, SHARED_FILE_MODE);
    return why;
  } finally {
    closeSync(fd);
  }
}
