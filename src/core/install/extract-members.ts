// What the tar and zip extractors share while they write members: the checks every member goes
// through (see extract.ts), the symlinks an archive asked for, and each file's sha256 computed on
// its way to disk, so the manifest needs no second read of the tree (docs/design.md, "Staging").
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { UnsafeArchiveError, isErrnoException } from '../errors.js';
import type { MemberBudget } from './archive-policy.js';
import type { CaseCollisionCheck } from './case-collisions.js';

/** What every member of one extraction is checked against and recorded in. */
export interface MemberContext {
  root: string;
  strip: number;
  budget: MemberBudget;
  links: LinkTracker;
  /** Only on file systems that ignore case. */
  cases?: CaseCollisionCheck;
  hashes: WrittenHashes;
  signal?: AbortSignal;
}

/**
 * Remembers the symlinks an archive creates so later members cannot be written through them
 * (`a -> .` then `a/b -> ..` then `a/b/x`). Keys are case-folded and NFC-normalised for
 * case- and normalisation-insensitive file systems (macOS, Windows).
 */
export class LinkTracker {
  readonly links = new Map<string, { dest: string; target: string; member: string }>();
  constructor(private readonly root: string) {}

  private key = (p: string) => p.normalize('NFC').toLowerCase();

  /** Throws if `dest` (or, with `self`, `dest` itself) lies under a symlink from this archive. */
  check(dest: string, member: string, self = false): void {
    for (
      let d = self ? dest : path.dirname(dest);
      d.length > this.root.length;
      d = path.dirname(d)
    ) {
      if (this.links.has(this.key(d))) {
        throw new UnsafeArchiveError(
          `Archive member "${member}" goes through the symlink "${path.relative(this.root, d)}"; refusing to extract.`,
          member,
        );
      }
    }
  }

  /** The target of the archive's symlink at `dest`, if it has one there. */
  targetOf(dest: string): string | undefined {
    return this.links.get(this.key(dest))?.target;
  }

  /** A symlink (with its target) or anything else, which replaces an earlier symlink of that name. */
  record(dest: string, member: string, target?: string): void {
    const key = this.key(dest);
    this.links.delete(key); // re-insert: creation order follows archive order
    if (target !== undefined) this.links.set(key, { dest, target, member });
  }
}

/**
 * The sha256 and length of the bytes each regular file was written with, by its path relative to
 * the extraction root. Only a hint for the final listing (extract-check.ts): an entry is used for
 * a file whose size matches and that has a single link; any other file is hashed from the disk.
 */
export class WrittenHashes {
  private readonly byPath = new Map<string, { sha256: string; size: number }>();
  /** Paths whose recorded digest may be stale, whenever it was recorded: hashed from the disk. */
  private readonly forgotten = new Set<string>();
  constructor(private readonly root: string) {}

  /** A pass-through that records the digest of what flows to `dest` once it has all flowed. */
  hashing(dest: string): Transform {
    const hash = createHash('sha256');
    let size = 0;
    return new Transform({
      transform: (chunk: Buffer, _enc, cb) => {
        hash.update(chunk);
        size += chunk.length;
        cb(null, chunk);
      },
      flush: (cb) => {
        this.byPath.set(this.key(dest), { sha256: hash.digest('hex'), size });
        cb();
      },
    });
  }

  /** Whatever `dest` was written with no longer describes it (replaced by a copy, a link…). */
  forget(dest: string): void {
    this.forgotten.add(this.key(dest));
  }

  /** The digest recorded for `rel` (POSIX separators) when it is still `size` bytes long. */
  lookup(rel: string, size: number): string | undefined {
    if (this.forgotten.has(rel)) return undefined;
    const got = this.byPath.get(rel);
    return got && got.size === size ? got.sha256 : undefined;
  }

  private key(dest: string): string {
    return path.relative(this.root, path.resolve(dest)).split(path.sep).join('/');
  }
}

/** Creates `dir` and its parents, refusing to go through anything that is not a real directory. */
export async function ensureDir(
  dir: string,
  known: Set<string>,
  member: string,
  mode?: number,
): Promise<void> {
  if (known.has(dir)) return;
  await ensureDir(path.dirname(dir), known, member);
  try {
    await fs.mkdir(dir, { mode });
  } catch (e) {
    if (!isErrnoException(e) || e.code !== 'EEXIST') throw e;
    if (!(await fs.lstat(dir)).isDirectory()) {
      throw new UnsafeArchiveError(
        `Archive member "${member}" goes through "${path.basename(dir)}", which is not a directory; refusing to extract.`,
        member,
      );
    }
  }
  known.add(dir);
}

/** A later member replaces an earlier file or symlink of the same name, never a directory. */
export async function makeRoom(dest: string, member: string): Promise<void> {
  const st = await fs.lstat(dest).catch(() => undefined);
  if (!st) return;
  if (st.isDirectory()) {
    throw new UnsafeArchiveError(
      `Archive member "${member}" would replace a directory; refusing to extract.`,
      member,
    );
  }
  await fs.unlink(dest);
}
