// Files in staging: exclusive no-follow creation, and extraction through the descriptor that was
// hashed, whatever is renamed over the archive's name in between (every archive format, with and
// without the decompressor binaries).
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractArchive } from '../src/core/install/extract.js';
import { PinnedArchive, createExclusive, createFreshDir } from '../src/core/install/staged-file.js';
import { withFaultPoint } from './helpers/fault-point.js';
import { hasCommand, makeTar, makeZip, type FileSpec } from './helpers/archives.js';

const POSIX = process.platform !== 'win32';
let tmp: string;

beforeEach(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-staged-')));
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const tool = (version: string): FileSpec[] => [
  { path: 'bin/', type: 'directory' },
  { path: 'bin/tool', content: `#!/bin/sh\necho tool ${version}\n`, mode: 0o755 },
];

describe('createExclusive', () => {
  it.skipIf(!POSIX)('removes a planted symlink as a name and never writes through it', async () => {
    const target = path.join(tmp, 'target');
    await fs.writeFile(target, 'precious', { mode: 0o644 });
    const file = path.join(tmp, 'archive');
    await fs.symlink(target, file);
    const handle = await createExclusive(file);
    await handle.writeFile('archive bytes');
    await handle.close();
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o644);
    expect((await fs.lstat(file)).isFile()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('archive bytes');
  });

  it('refuses a directory in place of the file, naming it', async () => {
    const file = path.join(tmp, 'archive');
    await fs.mkdir(file);
    await expect(createExclusive(file)).rejects.toThrow(/archive is a directory/);
  });
});

describe('createFreshDir', () => {
  it.skipIf(!POSIX)('its mode is set whatever the umask', async () => {
    const umask = process.umask(0o077);
    try {
      await createFreshDir(path.join(tmp, 'extract'), 0o2775);
    } finally {
      process.umask(umask);
    }
    expect((await fs.lstat(path.join(tmp, 'extract'))).mode & 0o7777).toBe(0o2775);
  });

  it.skipIf(!POSIX)(
    'a link swapped in between the mkdir and the chmod is refused; its target keeps its mode',
    async () => {
      const target = path.join(tmp, 'target');
      await fs.mkdir(target, { mode: 0o700 });
      await fs.chmod(target, 0o700);
      const dir = path.join(tmp, 'extract');
      await withFaultPoint('fresh-dir-chmod', async (point) => {
        Object.assign(process.env, point.env);
        try {
          const made = createFreshDir(dir, 0o2775).then(
            () => undefined,
            (e: unknown) => e,
          );
          await point.reached();
          await fs.rename(dir, `${dir}.aside`);
          await fs.symlink(target, dir);
          await point.resume();
          expect(String(await made)).toMatch(/ELOOP|ENOTDIR/);
        } finally {
          delete process.env.TOOLCHAIN_CACHE_FAULT;
          delete process.env.TOOLCHAIN_CACHE_FAULT_DIR;
        }
      });
      expect((await fs.stat(target)).mode & 0o7777).toBe(0o700);
    },
  );
});

describe('PinnedArchive', () => {
  it.skipIf(!POSIX)('refuses to open a symlink', async () => {
    await fs.writeFile(path.join(tmp, 'real'), 'x');
    await fs.symlink(path.join(tmp, 'real'), path.join(tmp, 'archive'));
    await expect(PinnedArchive.open(path.join(tmp, 'archive'))).rejects.toThrow(
      /is a symlink, not a regular file/,
    );
  });

  const formats: Array<{
    name: string;
    make: (f: string, s: FileSpec[]) => Promise<void>;
    skip?: string | false;
    noBinaries?: boolean;
  }> = [
    { name: 'tar.gz', make: (f, s) => makeTar(f, s, 'gz') },
    { name: 'tar', make: (f, s) => makeTar(f, s, 'none') },
    { name: 'zip', make: (f, s) => makeZip(f, s) },
    {
      name: 'tar.xz (binary)',
      make: (f, s) => makeTar(f, s, 'xz'),
      skip: !hasCommand('xz') && 'no xz',
    },
    {
      name: 'tar.xz (built-in decoder)',
      make: (f, s) => makeTar(f, s, 'xz'),
      skip: !hasCommand('xz') && 'no xz',
      noBinaries: true,
    },
    {
      name: 'tar.zst (binary)',
      make: (f, s) => makeTar(f, s, 'zst'),
      skip: !hasCommand('zstd') && 'no zstd',
    },
  ];
  for (const f of formats) {
    it.skipIf(Boolean(f.skip))(
      `${f.name}: extracts the hashed bytes after another archive is renamed over the name`,
      async () => {
        const archive = path.join(tmp, 'archive');
        const evil = path.join(tmp, 'evil');
        await f.make(archive, tool('1.0'));
        await f.make(evil, tool('6.6.6'));
        const good = createHash('sha256').update(readFileSync(archive)).digest('hex');
        const pinned = await PinnedArchive.open(archive);
        try {
          expect(await pinned.sha256()).toBe(good);
          await fs.rename(evil, archive); // the swap, between the hash and the extraction
          const out = path.join(tmp, 'out');
          await extractArchive(archive, out, {
            pinned: pinned.handle,
            env: f.noBinaries ? { PATH: path.join(tmp, 'no-bin') } : process.env,
          });
          expect(readFileSync(path.join(out, 'bin', 'tool'), 'utf8')).toBe(
            '#!/bin/sh\necho tool 1.0\n',
          );
          // The descriptor stays usable: hashing again still reads the pinned bytes.
          expect(await pinned.sha256()).toBe(good);
        } finally {
          await pinned.close();
        }
        expect(existsSync(archive)).toBe(true);
      },
    );
  }
});
