// Archive members whose names differ only in case (kernel headers: `xt_CONNMARK.h` and
// `xt_connmark.h`) are two files on Linux but one on the default file systems of macOS and Windows,
// where the second would silently replace the first. On such a file system they are refused,
// naming both, before the second is written.
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError, isErrnoException } from '../errors.js';
import { randomHex } from '../random.js';

/**
 * Whether `dir` ignores case: creates a lower-case file there and looks it up in upper case.
 * One probe per extraction (the staging directory is on the cache root's file system).
 */
export async function isCaseInsensitiveDir(dir: string): Promise<boolean> {
  const name = `.case-probe-${randomHex(6)}`;
  const probe = await fs.open(
    path.join(dir, name),
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    0o600,
  );
  // Its mode set on the descriptor, not left to the umask (it is gone a moment later anyway).
  await (process.platform === 'win32' ? Promise.resolve() : probe.chmod(0o600)).finally(() =>
    probe.close(),
  );
  try {
    await fs.lstat(path.join(dir, name.toUpperCase()));
    return true;
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return false;
    throw e;
  } finally {
    await fs.rm(path.join(dir, name), { force: true });
  }
}

/** Names as a case-insensitive, normalisation-insensitive file system (APFS, NTFS) compares them. */
const fold = (p: string) => p.normalize('NFC').toLowerCase();

/** Remembers every member path (and its parent directories) seen so far, by folded name. */
export class CaseCollisionCheck {
  private readonly seen = new Map<string, { spelling: string; member: string }>();

  constructor(private readonly where: string) {}

  /** `name`: the member's path inside the toolchain (after stripping), `/`-separated. */
  add(name: string, member: string): void {
    const parts = name.split('/').filter((s) => s !== '' && s !== '.');
    for (let i = 1; i <= parts.length; i++) {
      const spelling = parts.slice(0, i).join('/');
      const key = fold(spelling);
      const earlier = this.seen.get(key);
      if (!earlier) this.seen.set(key, { spelling, member });
      else if (earlier.spelling !== spelling) throw this.collision(earlier.member, member);
    }
  }

  private collision(first: string, second: string): ToolchainCacheError {
    return new ToolchainCacheError(
      'UNSUPPORTED_ARCHIVE',
      `Archive members "${first}" and "${second}" differ only in case (or Unicode normalisation), ` +
        `and the file system of the cache root (${this.where}) ignores case, so one would silently ` +
        'replace the other. This toolchain needs a case-sensitive file system: put the cache root on ' +
        'one (macOS: a case-sensitive APFS volume; Windows: a directory made case-sensitive with ' +
        '`fsutil file setCaseSensitiveInfo DIR enable` before anything is created in it).',
    );
  }
}
