// The runner's platform as ids name it (`linux-x64`, `darwin-arm64`, `linux-x64-musl`), from the
// OS, the architecture and the C library. Only called on a resolution miss: a hit finds its
// platform key in the lockfile or the resolution table without asking (docs/design.md, "Vendors").
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { ToolchainCacheError } from '../core/errors.js';
import { PLATFORMS, type Platform } from './types.js';

export interface HostFacts {
  platform: NodeJS.Platform;
  arch: string;
  /** Linux only: true when the C library is musl (Alpine), not glibc. */
  musl?: boolean;
}

const OS: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'win',
};
const ARCH: Record<string, string> = { x64: 'x64', arm64: 'arm64' };

/**
 * The platform of `facts` (default: this process's host). Throws naming the OS and architecture
 * when no id platform covers them (32-bit, ppc64, FreeBSD…).
 */
export function hostPlatform(facts: HostFacts = hostFacts()): Platform {
  const os = OS[facts.platform];
  const arch = ARCH[facts.arch];
  const name = os && arch ? `${os}-${arch}${os === 'linux' && facts.musl ? '-musl' : ''}` : '';
  if (!(PLATFORMS as readonly string[]).includes(name)) {
    throw new ToolchainCacheError(
      'INVALID_INPUT',
      `Named toolchains are not available on ${facts.platform}-${facts.arch}` +
        `${facts.musl ? ' (musl)' : ''}: ids name the platforms ${PLATFORMS.join(', ')}. ` +
        'Give this runner {id, url, sha256} items instead.',
    );
  }
  return name as Platform;
}

/** This process's OS and architecture, and on Linux its C library. */
export function hostFacts(): HostFacts {
  const facts: HostFacts = { platform: process.platform, arch: process.arch };
  if (process.platform === 'linux') facts.musl = isMusl();
  return facts;
}

let muslCache: boolean | undefined;

type Report = NodeJS.ProcessReport & { excludeNetwork?: boolean };

// The fast answer first (a hit asks too: its lockfile or table entry is per platform):
// /usr/bin/ldd is glibc's shell script or musl's loader; the report only when it says neither.
const isMusl = (): boolean =>
  (muslCache ??= lddSays() ?? detectMusl(process.report as Report | undefined));

/** What /usr/bin/ldd (its first 4 KiB: a script on glibc and on Alpine) says: musl → true, glibc → false, else undefined. */
function lddSays(): boolean | undefined {
  let fd: number | undefined;
  try {
    fd = openSync('/usr/bin/ldd', constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const buf = Buffer.alloc(4096);
    const text = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('latin1');
    if (text.includes('musl')) return true;
    if (text.includes('GNU C Library') || text.includes('GLIBC')) return false;
    return undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * musl when Node's own diagnostic report has no `glibcVersionRuntime` (Node fills it from
 * gnu_get_libc_version(), which musl lacks). Works without /proc or `ldd`; costs tens of ms, so
 * it is asked once per process and only on a miss. The report's network section is switched off
 * while it is made, and restored.
 */
export function detectMusl(report: Report | undefined): boolean {
  if (!report) return false;
  const excluded = report.excludeNetwork;
  try {
    report.excludeNetwork = true;
    const header = (report.getReport() as { header?: { glibcVersionRuntime?: string } }).header;
    return !header?.glibcVersionRuntime;
  } finally {
    report.excludeNetwork = excluded;
  }
}

/** `linux-x64-musl` → `linux-x64` (the same OS and architecture, any C library). */
export const withoutLibc = (p: Platform): Platform => p.replace(/-musl$/, '') as Platform;

/** The OS part of a platform: `linux`, `darwin` or `win`. */
export const osOf = (p: Platform): 'linux' | 'darwin' | 'win' =>
  p.split('-')[0] as 'linux' | 'darwin' | 'win';
