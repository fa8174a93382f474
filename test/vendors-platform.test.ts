// The runner's platform (src/vendors/platform.ts): OS × architecture × C library → the ids'
// platform names, and musl detected from Node's own diagnostic report.
import { describe, expect, it } from 'vitest';
import { ToolchainCacheError } from '../src/core/errors.js';
import { detectMusl, hostFacts, hostPlatform } from '../src/vendors/platform.js';

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
