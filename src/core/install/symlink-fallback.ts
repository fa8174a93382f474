// Creating a symlink on Windows needs Developer Mode or the SeCreateSymbolicLinkPrivilege right,
// which the default runner service account lacks. When Windows refuses one (EPERM), a link to a
// regular file inside the toolchain becomes a copy of that file (said in the log); anything else
// fails with an error naming the member and the privilege.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError, isErrnoException } from '../errors.js';
import { isInside } from '../fsx.js';

export interface SymlinkAttempt {
  /** The archive member, for messages. */
  member: string;
  /** The link's target as stored in the archive. */
  target: string;
  platform: NodeJS.Platform;
  /** Where the link chain ends: a regular file inside the toolchain, or undefined. */
  fileInside?: string;
}

/**
 * What to do after `symlink()` failed with `error`: `{ copyFrom }` to copy a file instead, or a
 * throw (the error itself unless it is Windows refusing the privilege).
 */
export function symlinkFallback(error: unknown, attempt: SymlinkAttempt): { copyFrom: string } {
  const refused = attempt.platform === 'win32' && isErrnoException(error) && error.code === 'EPERM';
  if (!refused) throw error;
  if (attempt.fileInside !== undefined) return { copyFrom: attempt.fileInside };
  throw new ToolchainCacheError(
    'EXTRACT_FAILED',
    `Archive member "${attempt.member}" is a symlink to "${attempt.target}", and Windows refused to ` +
      "create it: symlinks need Developer Mode (Settings > For developers) or the runner's account " +
      'holding SeCreateSymbolicLinkPrivilege ("Create symbolic links" in Local Security Policy > ' +
      'User Rights Assignment). Only a link to a file inside the toolchain can be replaced by a copy; ' +
      'this one leads to a directory or to nothing.',
    { cause: error },
  );
}

/**
 * Follows `target` from the link at `dest` through the archive's other links (`links`: folded
 * destination -> target) to a regular file inside `root`, or undefined. Lexical: the links in the
 * chain may not exist on disk (they could not be created either).
 */
export async function linkedFileInside(
  root: string,
  dest: string,
  target: string,
  linkTargetOf: (dest: string) => string | undefined,
): Promise<string | undefined> {
  let from = dest;
  let to = target;
  for (let hops = 0; hops < 40; hops++) {
    const next = path.resolve(path.dirname(from), to);
    if (!isInside(root, next)) return undefined;
    const further = linkTargetOf(next);
    if (further === undefined) {
      const st = await fs.lstat(next).catch(() => undefined);
      return st?.isFile() ? next : undefined;
    }
    from = next;
    to = further;
  }
  return undefined;
}
