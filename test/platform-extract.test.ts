// Archives on file systems and systems unlike Linux's: members that differ only in case (refused
// where the file system ignores case), and symlinks that Windows refuses to create.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseCollisionCheck, isCaseInsensitiveDir } from '../src/core/install/case-collisions.js';
import { extractArchive } from '../src/core/install/extract.js';
import { linkedFileInside, symlinkFallback } from '../src/core/install/symlink-fallback.js';
import { makeTar, makeZip, type FileSpec } from './helpers/archives.js';

let tmp: string;
let stage: string;
beforeEach(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-platform-')));
  stage = path.join(tmp, 'stage');
  await fs.mkdir(stage);
});
afterEach(async () => {
  delete process.env.TOOLCHAIN_CACHE_FAULT;
  delete process.env.TOOLCHAIN_CACHE_FAULT_TIMES;
  await fs.rm(tmp, { recursive: true, force: true });
});

const HEADERS: FileSpec[] = [
  { path: 'sysroot/usr/include/linux/netfilter/xt_CONNMARK.h', content: '/* target */' },
  { path: 'sysroot/usr/include/linux/netfilter/xt_connmark.h', content: '/* match */' },
];

describe('members that differ only in case', () => {
  it.each(['tar.gz', 'zip'] as const)(
    '%s: refused before the second is written where the file system ignores case',
    async (kind) => {
      const file = path.join(tmp, `sysroot.${kind}`);
      if (kind === 'zip') await makeZip(file, HEADERS);
      else await makeTar(file, HEADERS, 'gz');
      const err = await extractArchive(file, stage, { caseInsensitive: true }).catch(
        (e: unknown) => e,
      );
      expect(err).toMatchObject({ code: 'UNSUPPORTED_ARCHIVE' });
      const message = (err as Error).message;
      expect(message).toContain(
        `"${HEADERS[0].path}" and "${HEADERS[1].path}" differ only in case`,
      );
      expect(message).toMatch(/needs a case-sensitive file system/);
      const dir = path.join(stage, 'sysroot/usr/include/linux/netfilter');
      expect(await fs.readdir(dir).catch(() => [])).not.toContain('xt_connmark.h');
    },
  );

  it('directories that differ only in case collide too', () => {
    const check = new CaseCollisionCheck('/cache');
    check.add('tool/Include/a.h', 'tool/Include/a.h');
    expect(() => check.add('tool/include/b.h', 'tool/include/b.h')).toThrow(
      /"tool\/Include\/a.h" and "tool\/include\/b.h" differ only in case/,
    );
  });

  it('the same name twice, `./` prefixes and Unicode normalisation', () => {
    const check = new CaseCollisionCheck('/cache');
    check.add('tool/bin/x', 'tool/bin/x');
    check.add('tool/bin/x', 'tool/bin/x'); // a later member replacing an earlier one: allowed
    check.add('./tool/bin/y', './tool/bin/y');
    check.add('tool/caf\u00e9', 'nfc');
    expect(() => check.add('tool/cafe\u0301', 'nfd')).toThrow(/"nfc" and "nfd"/);
  });

  it('are both extracted where the file system tells case apart', async () => {
    const file = path.join(tmp, 'sysroot.tar.gz');
    await makeTar(file, HEADERS, 'gz');
    await extractArchive(file, stage, { caseInsensitive: false });
    const dir = path.join(stage, 'sysroot/usr/include/linux/netfilter');
    expect((await fs.readdir(dir)).sort()).toEqual(['xt_CONNMARK.h', 'xt_connmark.h']);
  });

  it.skipIf(process.platform !== 'linux')(
    'the probe finds this Linux file system case-sensitive and leaves nothing behind',
    async () => {
      // This machine cannot mount a case-insensitive file system (no vfat, no casefold in the
      // kernel); macOS and Windows runners exercise the other answer in the self-test workflow.
      expect(await isCaseInsensitiveDir(stage)).toBe(false);
      expect(await fs.readdir(stage)).toEqual([]);
      const file = path.join(tmp, 'sysroot.tar.gz');
      await makeTar(file, HEADERS, 'gz');
      await extractArchive(file, stage);
      const dir = path.join(stage, 'sysroot/usr/include/linux/netfilter');
      expect((await fs.readdir(dir)).sort()).toEqual(['xt_CONNMARK.h', 'xt_connmark.h']);
    },
  );
});

describe('symlinks Windows refuses to create', () => {
  const eperm = Object.assign(new Error('EPERM: operation not permitted, symlink'), {
    code: 'EPERM',
  });
  const attempt = { member: 'py/bin/python', target: 'python3.12', platform: 'win32' as const };

  it('become a copy when the link leads to a file inside the toolchain', () => {
    expect(
      symlinkFallback(eperm, { ...attempt, fileInside: 'C:\\stage\\py\\bin\\python3.12' }),
    ).toEqual({ copyFrom: 'C:\\stage\\py\\bin\\python3.12' });
  });

  it('fail naming the member and the privilege otherwise', () => {
    expect(() => symlinkFallback(eperm, attempt)).toThrow(
      /"py\/bin\/python" is a symlink to "python3.12", and Windows refused.*Developer Mode.*SeCreateSymbolicLinkPrivilege/,
    );
  });

  it('other errors, and EPERM off Windows, are not a privilege problem', () => {
    const eexist = Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
    expect(() => symlinkFallback(eexist, { ...attempt, fileInside: 'x' })).toThrow(eexist);
    expect(() =>
      symlinkFallback(eperm, { ...attempt, platform: 'linux', fileInside: 'x' }),
    ).toThrow(eperm);
  });

  it('chains of links are followed to the file they end at, never outside', async () => {
    const root = path.join(stage, 'py');
    await fs.mkdir(path.join(root, 'bin'), { recursive: true });
    await fs.mkdir(path.join(root, 'lib'));
    await fs.writeFile(path.join(root, 'bin/python3.12'), 'py');
    // Links as the archive has them (none exists on disk: Windows refused them all).
    const links = new Map([
      [path.join(root, 'bin/python'), 'python3'],
      [path.join(root, 'bin/python3'), 'python3.12'],
      [path.join(root, 'bin/loop'), 'loop'],
      [path.join(root, 'bin/up'), '../../../etc/passwd'],
    ]);
    const resolve = (name: string) =>
      linkedFileInside(root, path.join(root, name), links.get(path.join(root, name))!, (d) =>
        links.get(d),
      );
    expect(await resolve('bin/python')).toBe(path.join(root, 'bin/python3.12'));
    expect(await resolve('bin/loop')).toBeUndefined();
    expect(await resolve('bin/up')).toBeUndefined();
    links.set(path.join(root, 'bin/libdir'), '../lib');
    expect(await resolve('bin/libdir')).toBeUndefined(); // a directory cannot be copied as a file
  });

  describe('in a real extraction, with Windows refusing every symlink (fault point)', () => {
    const PY: FileSpec[] = [
      { path: 'py/bin/python3.12', content: 'interpreter', mode: 0o755 },
      { path: 'py/bin/python', type: 'symlink', linkTarget: 'python3' }, // before its target link
      { path: 'py/bin/python3', type: 'symlink', linkTarget: 'python3.12' },
    ];
    const refuseSymlinks = () => {
      process.env.TOOLCHAIN_CACHE_FAULT = 'symlink-eperm';
      process.env.TOOLCHAIN_CACHE_FAULT_TIMES = '100';
    };

    it.each(['tar.gz', 'zip'] as const)(
      '%s: links to files become copies, and the log says so',
      async (kind) => {
        const file = path.join(tmp, `py.${kind}`);
        if (kind === 'zip') await makeZip(file, PY);
        else await makeTar(file, PY, 'gz');
        refuseSymlinks();
        const log: string[] = [];
        await extractArchive(file, stage, { platform: 'win32', log: (m) => log.push(m) });
        for (const name of ['python', 'python3']) {
          const st = await fs.lstat(path.join(stage, 'py/bin', name));
          expect(st.isFile()).toBe(true);
          expect(await fs.readFile(path.join(stage, 'py/bin', name), 'utf8')).toBe('interpreter');
        }
        expect(log).toHaveLength(2);
        expect(log.join('\n')).toMatch(
          /py\/bin\/python: Windows refused to create a symlink.*copy of py[\\/]bin[\\/]python3\.12/,
        );
      },
    );

    it('a link to a directory fails naming the member and the privilege', async () => {
      const file = path.join(tmp, 'dirlink.tar.gz');
      await makeTar(
        file,
        [
          { path: 'sdk/lib/x.so', content: 'x' },
          { path: 'sdk/lib64', type: 'symlink', linkTarget: 'lib' },
        ],
        'gz',
      );
      refuseSymlinks();
      await expect(extractArchive(file, stage, { platform: 'win32' })).rejects.toThrow(
        /"sdk\/lib64" is a symlink to "lib", and Windows refused.*SeCreateSymbolicLinkPrivilege/,
      );
    });

    it('off Windows the same refusal is an error, not a copy', async () => {
      const file = path.join(tmp, 'py.tar.gz');
      await makeTar(file, PY, 'gz');
      refuseSymlinks();
      await expect(extractArchive(file, stage, { platform: 'linux' })).rejects.toMatchObject({
        code: 'EXTRACT_FAILED',
        message: expect.stringContaining('EPERM'),
      });
    });
  });
});
