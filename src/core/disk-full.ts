// A full disk (ENOSPC) or an exhausted quota (EDQUOT), wherever it strikes — a download, an
// extraction, a use record, a state file — is one error that names the cache root's file system,
// its free space, the host's size bound and where that came from, and what to do
// (docs/design.md, "Errors name their fix"). Loaded on the warm path: only `isDiskFull` is cheap;
// the message is built on the failure path.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError, errorMessage, isErrnoException } from './errors.js';
import { formatBytesExact } from './format.js';

const FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

/** The errno error (ENOSPC or EDQUOT) behind `e`, following `cause`; undefined when there is none. */
export function diskFullCause(e: unknown): Error | undefined {
  for (let c: unknown = e, depth = 0; c instanceof Error && depth < 8; depth++) {
    if (isErrnoException(c) && FULL_CODES.has(c.code ?? '')) return c;
    if (/\b(ENOSPC|EDQUOT)\b/.test(c.message) && !(c as { cause?: unknown }).cause) return c;
    c = (c as { cause?: unknown }).cause;
  }
  return undefined;
}

export const isDiskFull = (e: unknown): boolean =>
  !(e instanceof DiskFullError) && diskFullCause(e) !== undefined;

/** The GC's size bound in force, and who set it ("/etc/toolchain-cache/config.json", a variable, an input). */
export interface SizeBound {
  bytes?: number;
  from?: string;
}

export class DiskFullError extends ToolchainCacheError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('DISK_FULL', message, options);
  }
}

/**
 * The directory `dir`'s file system is mounted at: the highest ancestor on the same device (cheap:
 * one lstat per level). `dir` itself where that cannot be told.
 */
export async function mountPointOf(dir: string): Promise<string> {
  try {
    let at = path.resolve(dir);
    const dev = (await fsp.lstat(at)).dev;
    for (let up = path.dirname(at); up !== at; at = up, up = path.dirname(up)) {
      if ((await fsp.lstat(up)).dev !== dev) return at;
    }
    return at;
  } catch {
    return dir;
  }
}

/**
 * The error for a full disk under the cache root `root`. `what` says what could not be done
 * ("id: installing", "recording this job's use of id"); `consequence` an extra sentence; `bound`
 * the size bound in force (`{}`: none is set; undefined: not known here, not mentioned).
 */
export async function diskFullError(
  root: string,
  e: unknown,
  what: string,
  bound?: SizeBound,
  consequence = '',
): Promise<DiskFullError> {
  const cause = diskFullCause(e) ?? e;
  const quota = isErrnoException(cause) && cause.code === 'EDQUOT';
  const { freeDiskBytes } = await import('./stats.js');
  const free = await freeDiskBytes(root);
  const mount = await mountPointOf(root);
  const where = mount === root ? `the cache root ${root}` : `${mount} (the cache root ${root})`;
  const boundText =
    bound === undefined
      ? ''
      : bound.bytes !== undefined
        ? `The GC's size bound is ${formatBytesExact(bound.bytes)}, from ${bound.from ?? 'max-size'}: lower it if the disk cannot hold that much. `
        : 'No size bound is set (maxSize in the host configuration file): set one the disk can hold. ';
  return new DiskFullError(
    `${what} failed: ${quota ? "the user's disk quota is exhausted" : 'no space left'} on ${where}, ` +
      `${free === null ? 'free space unknown' : `${formatBytesExact(free)} free`} (${errorMessage(cause)}). ` +
      consequence +
      `Free space on ${mount}, or run \`toolchain-cache gc --root ${root}\` to remove unused toolchains now. ` +
      boundText,
    { cause: e },
  );
}
