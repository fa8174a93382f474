// The runner's platform as ids name it (`linux-x64`, `darwin-arm64`, `linux-x64-musl`), from the
// OS, the architecture and the C library. Called on every named job, hits too, so it finds the
// platform key cheaply: the C library is read from the Node executable's ELF interpreter (one
// small read), the costly diagnostic report only as a fallback (docs/design.md, "Vendors").
import { closeSync, openSync, readSync } from 'node:fs';
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

/**
 * The C library of the running Node: first from the ELF interpreter its executable names
 * (`/lib64/ld-linux-x86-64.so.2` vs `/lib/ld-musl-x86_64.so.1`: one small read, tens of µs, so a
 * hit may ask), else (a static or unreadable executable) from Node's diagnostic report.
 */
const isMusl = (): boolean =>
  (muslCache ??=
    muslFromInterpreter(elfInterpreter(process.execPath)) ??
    detectMusl(process.report as Report | undefined));

/** `ld-musl-*` → true, `ld-linux-*` → false, anything else (none, unknown) → undefined. */
export function muslFromInterpreter(interpreter: string | undefined): boolean | undefined {
  const name = interpreter?.split('/').pop() ?? '';
  if (name.startsWith('ld-musl-')) return true;
  if (name.startsWith('ld-linux')) return false;
  return undefined;
}

const PT_INTERP = 3;

/**
 * The program interpreter (PT_INTERP) an ELF executable names, read from its headers; undefined
 * for a file that is not ELF, has none (static), or cannot be read. Bounded reads of one file.
 */
export function elfInterpreter(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(64);
    if (readSync(fd, head, 0, 64, 0) < 52 || head.readUInt32BE(0) !== 0x7f454c46) return undefined;
    const wide = head[4] === 2;
    const le = head[5] === 1;
    const u16 = (b: Buffer, o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b: Buffer, o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const word = (b: Buffer, o: number) =>
      wide ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
    const phoff = word(head, wide ? 32 : 28);
    const phentsize = u16(head, wide ? 54 : 42);
    const phnum = Math.min(u16(head, wide ? 56 : 44), 64);
    const table = Buffer.alloc(phentsize * phnum);
    readSync(fd, table, 0, table.length, phoff);
    for (let i = 0; i < phnum; i++) {
      const ph = i * phentsize;
      if (u32(table, ph) !== PT_INTERP) continue;
      const offset = word(table, ph + (wide ? 8 : 4));
      const size = Math.min(word(table, ph + (wide ? 32 : 16)), 4096);
      const name = Buffer.alloc(size);
      readSync(fd, name, 0, size, offset);
      return name.toString('latin1').replace(/\0.*$/s, '');
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * musl when Node's own diagnostic report has no `glibcVersionRuntime` (Node fills it from
 * gnu_get_libc_version(), which musl lacks). Works without /proc or `ldd`, but costs tens of ms:
 * only when the executable names no known interpreter. The report's network section is switched
 * off while it is made, and restored.
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
