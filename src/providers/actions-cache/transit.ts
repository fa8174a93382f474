// The transit path of a save: @actions/cache's saveCache tars files of the workspace, so the
// archive is copied there first. The workspace is the workflow's: `.toolchain-cache/` there may be
// a link it planted. The directory must be a real one (a link is refused, never followed), the
// file is created exclusively and holds exactly the verified bytes; both are gone afterwards.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError, isErrnoException } from '../../core/errors.js';
import { writeAll } from '../../core/install/download.js';
import { PinnedArchive, createExclusive } from '../../core/install/staged-file.js';
import type { ArchiveRef, TierCall } from '../types.js';

const workspace = (): string => process.env.GITHUB_WORKSPACE ?? process.cwd();

/** Runs `use` with the archive `file` copied to `rel` (workspace-relative: `<dir>/<name>`). */
export async function inTransit<T>(
  ref: ArchiveRef,
  file: string,
  rel: string,
  call: TierCall,
  use: () => Promise<T>,
): Promise<T> {
  const dir = path.join(workspace(), path.dirname(rel));
  const { made, ino } = await transitDir(dir);
  const abs = path.join(dir, path.basename(rel));
  try {
    await copyVerified(file, abs, ref.sha256, call);
    return await use();
  } finally {
    // Only while the directory is still the one checked: never through a link swapped in since.
    const now = await fs.lstat(dir).catch(() => undefined);
    if (now?.isDirectory() && now.ino === ino) {
      await fs.rm(abs, { force: true });
      if (made) await fs.rmdir(dir).catch(() => undefined); // other jobs' files: kept
    }
  }
}

/** The transit directory: made by us, or a real directory already there; a link is refused. */
async function transitDir(dir: string): Promise<{ made: boolean; ino: number }> {
  let made = false;
  try {
    await fs.mkdir(dir, { mode: 0o700 });
    made = true;
  } catch (e) {
    if (!isErrnoException(e) || e.code !== 'EEXIST') throw e;
  }
  const st = await fs.lstat(dir);
  if (!st.isDirectory())
    throw new ToolchainCacheError(
      'UNSAFE_PATH',
      `${dir} is ${st.isSymbolicLink() ? 'a symlink' : 'not a directory'}; the archive is not saved through it. Remove it (a step of the workflow made it).`,
    );
  return { made, ino: st.ino };
}

/** Copies `from` (a regular file, no link followed) to a new `to`, checking the bytes' sha256. */
async function copyVerified(from: string, to: string, sha256: string, call: TierCall) {
  const source = await PinnedArchive.open(from);
  try {
    const out = await createExclusive(to);
    const hash = createHash('sha256');
    try {
      for await (const chunk of source.stream() as AsyncIterable<Buffer>) {
        if (call.signal.aborted) throw call.signal.reason;
        hash.update(chunk);
        await writeAll(out, chunk);
        call.progress();
      }
    } finally {
      await out.close();
    }
    const digest = hash.digest('hex');
    if (digest !== sha256)
      throw new Error(`the staged archive's sha256 is ${digest}, expected ${sha256}: not saved`);
  } finally {
    await source.close();
  }
}
