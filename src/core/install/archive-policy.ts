// The one member policy every archive format goes through: what a member may be called, what it may be,
// where it may point, and how much an archive may unpack to. Pure path logic, no I/O.
import path from 'node:path';
import { UnsafeArchiveError } from '../errors.js';
import { isInside } from '../fsx.js';

export interface ExtractLimits {
  maxMembers: number;
  maxBytes: number;
}

/** Generous defaults; the host may set its own (TOOLCHAIN_CACHE_MAX_MEMBERS, …_MAX_UNPACKED_SIZE). */
export const DEFAULT_LIMITS: ExtractLimits = { maxMembers: 200_000, maxBytes: 32 * 1024 ** 3 };

/**
 * The most bytes an archive may have under `limits`: it unpacks to at least its members' bytes;
 * each member adds a header and padding (under 1.5 KiB in a tar), and compressing incompressible
 * bytes adds under 1 %. A remote tier's object larger than this is refused unread.
 */
export const maxArchiveBytes = ({ maxBytes, maxMembers }: ExtractLimits): number =>
  Math.ceil(maxBytes * 1.01) + maxMembers * 1536 + 1024 * 1024;

export interface MemberInfo {
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  mode?: number;
  size?: number;
  linkTarget?: string;
}

const refuse = (member: string, why: string): never => {
  throw new UnsafeArchiveError(`Archive member "${member}" ${why}; refusing to extract.`, member);
};

const ABSOLUTE = /^[\\/]/;
const DRIVE = /^[a-zA-Z]:/;
// `..`, and `...` / `.. ` which Windows trims to `..`.
const hasDotDot = (p: string) => p.split(/[\\/]/).some((s) => /^\.\.[. ]*$/.test(s));

/** Throws unless `name` is a relative path without `..`, checking both `/` and `\` as separators. */
export function checkMemberName(name: string, member = name): void {
  if (name.includes('\0')) refuse(member, 'contains a NUL byte');
  if (ABSOLUTE.test(name)) refuse(member, 'has an absolute path');
  if (DRIVE.test(name)) refuse(member, 'has a Windows drive letter');
  if (hasDotDot(name)) {
    refuse(member, "escapes the toolchain directory ('..' segment)");
  }
}

/**
 * Drops the first `n` `/`-separated components, like `tar --strip-components` (and node-tar's `strip`).
 * The unstripped name is checked first: a hostile name is refused even if stripping would hide it.
 * Returns null when nothing is left, i.e. the member is skipped.
 */
export function stripComponents(name: string, n: number): string | null {
  checkMemberName(name);
  if (n === 0) return name;
  const parts = name.split('/');
  if (parts.length < n) return null;
  const rest = parts.slice(n).join('/');
  return rest.split('/').some((s) => s !== '' && s !== '.') ? rest : null;
}

/**
 * Checks one member (path already stripped) against the policy and returns its absolute destination
 * under `root`. A result equal to `root` means a `.` entry, which callers skip.
 */
export function checkMember(member: MemberInfo, root: string): string {
  const name = member.path;
  checkMemberName(name);
  const base = path.resolve(root);
  // Native path semantics: this is where the OS will put it.
  const dest = path.resolve(base, name);
  if (!isInside(base, dest)) refuse(name, 'resolves outside the toolchain directory');
  if (member.type === 'other')
    refuse(name, 'is a special file (device, FIFO, socket or unknown type)');
  if (member.mode !== undefined && (member.mode & 0o6000) !== 0) {
    refuse(name, `has the setuid/setgid bit set (mode ${(member.mode & 0o7777).toString(8)})`);
  }
  if (member.type === 'symlink' || member.type === 'hardlink') {
    const kind = member.type === 'symlink' ? 'symlink' : 'hard link';
    const target = member.linkTarget ?? '';
    if (target === '' || target.includes('\0')) refuse(name, `is a ${kind} with an invalid target`);
    if (ABSOLUTE.test(target) || DRIVE.test(target)) {
      refuse(name, `is a ${kind} to the absolute path "${target}"`);
    }
    // Symlinks resolve from their own directory, hard link targets from the archive root.
    const from = member.type === 'symlink' ? path.dirname(dest) : base;
    const escapes =
      !isInside(base, path.resolve(from, target)) ||
      (member.type === 'hardlink' && hasDotDot(target));
    if (escapes) refuse(name, `is a ${kind} to "${target}", outside the toolchain directory`);
  }
  return dest;
}

/** Counts members and unpacked bytes; throws once an archive exceeds the limits (an archive bomb). */
export class MemberBudget {
  members = 0;
  bytes = 0;

  constructor(private readonly limits: ExtractLimits) {}

  add(size: number, member: string): void {
    this.members += 1;
    this.bytes += size;
    if (this.members > this.limits.maxMembers) {
      throw new UnsafeArchiveError(
        `Archive has more than ${this.limits.maxMembers} members (at "${member}"); ` +
          'refusing to extract a possible archive bomb.',
        member,
      );
    }
    if (this.bytes > this.limits.maxBytes) {
      throw new UnsafeArchiveError(
        `Archive unpacks to more than ${this.limits.maxBytes} bytes (at "${member}"); ` +
          'refusing to extract a possible archive bomb.',
        member,
      );
    }
  }
}
