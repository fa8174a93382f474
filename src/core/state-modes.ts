// The modes of the root's state files (layout.json, registry.json, stats.json, gc-state.json):
// 0664, so every runner user of the group can read them (docs/design.md, "Runner users in one
// group"). Files created with a narrower mode (by a release that let the umask decide) are mended
// here by their owner or root, on a descriptor opened without following a link.
import { closeSync, constants, fchmodSync, fstatSync, lstatSync, openSync } from 'node:fs';
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
  /** Files with another mode that this user may not change: their owner (or root) must. */
  notMine: Array<{ file: string; mode: string; owner: string }>;
}

const octal = (mode: number): string => (mode & 0o7777).toString(8).padStart(4, '0');

/**
 * Sets every state file of the root that is not 0664 to 0664 where this user may (its owner, or
 * root), and lists the others with their owner. Missing files and anything that is not a regular
 * file are left alone (checkRootMembers refuses the latter). Nothing to do on Windows.
 */
export function mendStateFileModes(layout: CacheLayout): StateModeReport {
  const report: StateModeReport = { mended: [], notMine: [] };
  if (process.platform === 'win32') return report;
  const me = process.geteuid?.() ?? -1;
  for (const file of stateFiles(layout)) {
    const st = lstatSync(file, { throwIfNoEntry: false });
    if (!st?.isFile() || (st.mode & 0o7777) === SHARED_FILE_MODE) continue;
    if (me !== 0 && me !== st.uid) {
      report.notMine.push({ file, mode: octal(st.mode), owner: userName(st.uid) });
      continue;
    }
    if (setModeNoFollow(file, st.ino)) report.mended.push(file);
  }
  return report;
}

/** fchmod of `file` if it is still the regular file `ino`; false when it changed meanwhile. */
function setModeNoFollow(file: string, ino: number): boolean {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch {
    return false; // replaced by a link, or gone: nothing of ours to mend
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.ino !== ino) return false;
    fchmodSync(fd, SHARED_FILE_MODE);
    return true;
  } finally {
    closeSync(fd);
  }
}
