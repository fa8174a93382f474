// The runner's platform (src/vendors/platform.ts): OS × architecture × C library → the ids'
// platform names, and musl detected from Node's own diagnostic report.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ToolchainCacheError } from '../src/core/errors.js';
import {
  detectMusl,
  elfInterpreter,
  hostFacts,
  hostPlatform,
  muslFromInterpreter,
} from '../src/vendors/platform.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'tc-vendors-platform-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A minimal ELF executable header with one PT_INTERP naming `interp` (or none: static). */
function elf(bits: 32 | 64, interp: string | undefined): Buffer {
  const wide = bits === 64;
  const ehsize = wide ? 64 : 52;
  const phentsize = wide ? 56 : 32;
  const phnum = 2; // a PT_LOAD first, so the interpreter is not simply the first entry
  const strOff = ehsize + phentsize * phnum;
  const text = Buffer.from(`${interp ?? ''}\0`, 'latin1');
  const b = Buffer.alloc(strOff + text.length);
  b.writeUInt32BE(0x7f454c46, 0);
  b[4] = wide ? 2 : 1; // class
  b[5] = 1; // little-endian
  b[6] = 1;
  b.writeUInt16LE(2, 16); // ET_EXEC
  if (wide) {
    b.writeBigUInt64LE(BigInt(ehsize), 32);
    b.writeUInt16LE(phentsize, 54);
    b.writeUInt16LE(phnum, 56);
  } else {
    b.writeUInt32LE(ehsize, 28);
    b.writeUInt16LE(phentsize, 42);
    b.writeUInt16LE(phnum, 44);
  }
  const ph = (i: number, type: number, offset: number, size: number) => {
    const o = ehsize + i * phentsize;
    b.writeUInt32LE(type, o);
    if (wide) {
      b.writeBigUInt64LE(BigInt(offset), o + 8);
      b.writeBigUInt64LE(BigInt(size), o + 32);
    } else {
      b.writeUInt32LE(offset, o + 4);
      b.writeUInt32LE(size, o + 16);
    }
  };
  ph(0, 1, 0, b.length); // PT_LOAD
  if (interp !== undefined)
    ph(1, 3, strOff, text.length); // PT_INTERP
  else ph(1, 1, 0, 0);
  text.copy(b, strOff);
  return b;
}

function file(name: string, bytes: Buffer): string {
  const p = path.join(scratch, name);
  writeFileSync(p, bytes);
  return p;
}

describe('hostPlatform', () => {
  it.each([
    ['linux', 'x64', false, 'linux-x64'],
    ['linux', 'arm64', false, 'linux-arm64'],
    ['linux', 'x64', true, 'linux-x64-musl'],
    ['linux', 'arm64', true, 'linux-arm64-musl'],
    ['darwin', 'x64', undefined, 'darwin-x64'],
    ['darwin', 'arm64', undefined, 'darwin-arm64'],
    ['win32', 'x64', undefined, 'win-x64'],
    ['win32', 'arm64', undefined, 'win-arm64'],
  ] as const)('%s %s musl=%s → %s', (platform, arch, musl, expected) => {
    expect(hostPlatform({ platform, arch, musl })).toBe(expected);
  });

  it.each([
    ['linux', 'ia32'],
    ['linux', 'ppc64'],
    ['freebsd', 'x64'],
    ['aix', 'ppc64'],
  ] as const)(
    '%s-%s has no platform name: an error naming it and the known ones',
    (platform, arch) => {
      let error: unknown;
      try {
        hostPlatform({ platform, arch });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ToolchainCacheError);
      expect((error as Error).message).toContain(`not available on ${platform}-${arch}`);
      expect((error as Error).message).toContain('linux-x64, linux-arm64, linux-x64-musl');
    },
  );

  it('this host: its own OS and architecture, glibc here', () => {
    const facts = hostFacts();
    expect(facts.platform).toBe(process.platform);
    expect(facts.arch).toBe(process.arch);
    if (process.platform === 'linux') expect(facts.musl).toBe(false); // the CI images are glibc
    expect(hostPlatform()).toBe(hostPlatform(facts));
  });
});

describe('detectMusl', () => {
  const fakeReport = (header: Record<string, unknown>) => {
    const seen: (boolean | undefined)[] = [];
    const report = {
      excludeNetwork: false as boolean | undefined,
      getReport() {
        seen.push(report.excludeNetwork);
        return { header };
      },
    };
    return { report: report as unknown as NodeJS.ProcessReport, seen, get: () => report };
  };

  it('glibc: the report names glibcVersionRuntime', () => {
    const f = fakeReport({ glibcVersionRuntime: '2.36' });
    expect(detectMusl(f.report)).toBe(false);
  });

  it('musl: the report has no glibcVersionRuntime', () => {
    const f = fakeReport({ osName: 'Linux' });
    expect(detectMusl(f.report)).toBe(true);
  });

  it('makes the report without its network section, then restores the setting', () => {
    const f = fakeReport({ glibcVersionRuntime: '2.36' });
    detectMusl(f.report);
    expect(f.seen).toEqual([true]);
    expect(f.get().excludeNetwork).toBe(false);
  });

  it("Node's real report on this host agrees with the C library the process runs on", () => {
    const header = (process.report.getReport() as { header: { glibcVersionRuntime?: string } })
      .header;
    expect(detectMusl(process.report)).toBe(header.glibcVersionRuntime === undefined);
  });

  it('no report facility → glibc assumed', () => {
    expect(detectMusl(undefined)).toBe(false);
  });
});

describe('the C library from the executable’s ELF interpreter (cheap enough for a hit)', () => {
  it.each([
    [64, '/lib/ld-musl-x86_64.so.1', true],
    [64, '/lib/ld-musl-aarch64.so.1', true],
    [64, '/lib64/ld-linux-x86-64.so.2', false],
    [64, '/lib/ld-linux-aarch64.so.1', false],
    [32, '/lib/ld-musl-armhf.so.1', true],
    [32, '/lib/ld-linux.so.2', false],
  ] as const)('%i-bit ELF naming %s → musl %s', (bits, interp, musl) => {
    const exe = file(`elf-${bits}-${path.basename(interp)}`, elf(bits, interp));
    expect(elfInterpreter(exe)).toBe(interp);
    expect(muslFromInterpreter(elfInterpreter(exe))).toBe(musl);
  });

  it('a static executable, a non-ELF file or a missing one names none: the report decides', () => {
    expect(elfInterpreter(file('static', elf(64, undefined)))).toBeUndefined();
    expect(elfInterpreter(file('script', Buffer.from('#!/bin/sh\necho hi\n')))).toBeUndefined();
    expect(elfInterpreter(path.join(scratch, 'missing'))).toBeUndefined();
    expect(muslFromInterpreter(undefined)).toBeUndefined();
    expect(muslFromInterpreter('/usr/libexec/ld.so')).toBeUndefined();
  });

  it.runIf(process.platform === 'linux')(
    'this host: Node’s own executable answers, the diagnostic report is never made',
    async () => {
      expect(muslFromInterpreter(elfInterpreter(process.execPath))).toBe(false);
      const getReport = vi.spyOn(process.report, 'getReport');
      try {
        vi.resetModules();
        const fresh = await import('../src/vendors/platform.js');
        expect(fresh.hostFacts().musl).toBe(false);
        expect(getReport).not.toHaveBeenCalled();
      } finally {
        getReport.mockRestore();
      }
    },
  );
});
