// Descriptor-relative directory operations (src/core/dir-handle.ts), on real files, links and
// FIFOs: through /proc/self/fd on Linux, and by the fallback every other platform uses (paths
// checked against the open directory's dev/ino), forced here with TOOLCHAIN_CACHE_NO_PROC_FD=1.
import { spawnSync } from 'node:child_process';
import { constants, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type DirHandleModule = typeof import('../src/core/dir-handle.js');

let tmp: string;
let root: string;
let outside: string;

beforeEach(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-dirh-')));
  root = path.join(tmp, 'root');
  outside = path.join(tmp, 'outside');
  for (const d of [path.join(root, 'a', 'sub'), path.join(outside, 'sub')])
    await fs.mkdir(d, { recursive: true });
  for (const d of [path.join(root, 'a'), outside]) await fs.writeFile(path.join(d, 'f'), d);
});

afterEach(async () => {
  delete process.env.TOOLCHAIN_CACHE_NO_PROC_FD;
  await fs.rm(tmp, { recursive: true, force: true });
});

/** A fresh copy of the module (its /proc probe included) in the given mode. */
async function load(mode: 'proc' | 'paths'): Promise<DirHandleModule> {
  if (mode === 'paths') process.env.TOOLCHAIN_CACHE_NO_PROC_FD = '1';
  else delete process.env.TOOLCHAIN_CACHE_NO_PROC_FD;
  vi.resetModules();
  return import('../src/core/dir-handle.js');
}

const mkfifo = (p: string) => {
  const r = spawnSync('mkfifo', [p]);
  if (r.status !== 0) throw new Error(`mkfifo ${p} failed`);
};

/** What is outside: every name and its content or kind, to compare before and after. */
async function snapshot(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const name of (await fs.readdir(d)).sort()) {
      const p = path.join(d, name);
      const st = await fs.lstat(p);
      out.push(
        `${p} ${(st.mode & 0o7777).toString(8)} ${st.isFile() ? await fs.readFile(p, 'utf8') : ''}`,
      );
      if (st.isDirectory()) await walk(p);
    }
  };
  await walk(dir);
  return out;
}

describe.skipIf(process.platform === 'win32')(
  "Node's open with O_NOFOLLOW (there is no openat)",
  () => {
    it('refuses a symlink as the last component: ENOTDIR with O_DIRECTORY, ELOOP without', async () => {
      await fs.symlink(outside, path.join(root, 'link'));
      const flags = constants.O_RDONLY | constants.O_NOFOLLOW;
      await expect(
        fs.open(path.join(root, 'link'), flags | constants.O_DIRECTORY),
      ).rejects.toMatchObject({ code: expect.stringMatching(/^(ENOTDIR|ELOOP)$/) });
      await fs.symlink(path.join(outside, 'f'), path.join(root, 'flink'));
      await expect(fs.open(path.join(root, 'flink'), flags)).rejects.toMatchObject({
        code: 'ELOOP',
      });
    });

    it('follows a symlink above the last component: why every walk opens one component at a time', async () => {
      await fs.symlink(outside, path.join(root, 'link'));
      const h = await fs.open(
        path.join(root, 'link', 'sub'),
        constants.O_RDONLY | constants.O_NOFOLLOW,
      );
      expect((await h.stat()).ino).toBe((await fs.stat(path.join(outside, 'sub'))).ino);
      await h.close();
    });
  },
);

for (const mode of ['proc', 'paths'] as const) {
  describe.skipIf(
    process.platform === 'win32' || (mode === 'proc' && process.platform !== 'linux'),
  )(`DirHandle (${mode === 'proc' ? 'via /proc/self/fd' : 'the path fallback'})`, () => {
    it('opens only a real directory: a link or a file is UNSAFE_PATH, a missing one ENOENT', async () => {
      const { DirHandle } = await load(mode);
      await fs.symlink(outside, path.join(root, 'link'));
      await expect(DirHandle.open(path.join(root, 'link'))).rejects.toMatchObject({
        code: 'UNSAFE_PATH',
        message: expect.stringMatching(/is a symlink, not a directory/),
      });
      await expect(DirHandle.open(path.join(root, 'a', 'f'))).rejects.toMatchObject({
        code: 'UNSAFE_PATH',
      });
      await expect(DirHandle.open(path.join(root, 'none'))).rejects.toMatchObject({
        code: 'ENOENT',
      });
      const h = await DirHandle.open(path.join(root, 'a'));
      expect((await h.list()).sort()).toEqual(['f', 'sub']);
      await expect(h.openDir('f')).rejects.toMatchObject({ code: 'UNSAFE_PATH' });
      await expect(h.openDir('..')).rejects.toMatchObject({ code: 'UNSAFE_PATH' });
      await h.close();
    });

    it('never follows a child link: openDir refuses it, lstat and unlink see the link itself', async () => {
      const { DirHandle } = await load(mode);
      const before = await snapshot(outside);
      await fs.symlink(outside, path.join(root, 'a', 'link'));
      const h = await DirHandle.open(path.join(root, 'a'));
      await expect(h.openDir('link')).rejects.toMatchObject({
        code: 'UNSAFE_PATH',
        message: expect.stringMatching(/link is a symlink, not a directory/),
      });
      expect((await h.lstat('link'))?.isSymbolicLink()).toBe(true);
      await expect(h.openFile('link')).rejects.toMatchObject({ code: 'UNSAFE_PATH' });
      // Replaced by a new file (renamed over the link itself), never written through.
      await h.writeFile('link', 'x', 0o664);
      expect((await h.lstat('link'))?.isFile()).toBe(true);
      await h.unlink('link');
      await h.close();
      expect(await snapshot(outside)).toEqual(before);
    });

    it('reads only regular files, never blocking on a FIFO, never past their size or a bound', async () => {
      const { DirHandle } = await load(mode);
      mkfifo(path.join(root, 'a', 'fifo'));
      await fs.writeFile(path.join(root, 'a', 'big'), Buffer.alloc(2048, 1));
      const h = await DirHandle.open(path.join(root, 'a'));
      // Nobody writes the FIFO: a blocking open would hang this test until its timeout.
      await expect(h.openFile('fifo')).rejects.toMatchObject({ code: 'UNSAFE_PATH' });
      await expect(h.readFile('sub', 100)).rejects.toMatchObject({ code: 'UNSAFE_PATH' });
      await expect(h.readFile('big', 1024)).rejects.toThrow(/more than the 1024 expected/);
      expect((await h.readFile('big', 4096)).length).toBe(2048);
      expect((await h.readFile('f', 4096)).toString()).toBe(path.join(root, 'a'));
      await h.close();
    });

    it('writes a child with its mode whatever the umask, and renames between open directories', async () => {
      const { DirHandle } = await load(mode);
      const old = process.umask(0o077);
      const h = await DirHandle.open(path.join(root, 'a'));
      const sub = await h.openDir('sub');
      try {
        await h.writeFile('mark', 'holder', 0o664);
        expect((await fs.lstat(path.join(root, 'a', 'mark'))).mode & 0o777).toBe(0o664);
        await h.rename('mark', sub, 'moved');
        expect(await fs.readFile(path.join(root, 'a', 'sub', 'moved'), 'utf8')).toBe('holder');
      } finally {
        process.umask(old);
        await sub.close();
        await h.close();
      }
    });

    it('a directory renamed and replaced by a link after it was opened: nothing reaches the link target', async () => {
      const { DirHandle } = await load(mode);
      const before = await snapshot(outside);
      const h = await DirHandle.open(path.join(root, 'a'));
      await fs.rename(path.join(root, 'a'), path.join(root, 'a.moved'));
      await fs.symlink(outside, path.join(root, 'a'));
      const ops = {
        list: () => h.list(),
        unlink: () => h.unlink('f'),
        rmdir: () => h.rmdir('sub'),
        write: () => h.writeFile('new', 'x', 0o664),
        read: () => h.readFile('f', 4096),
        openDir: () => h.openDir('sub'),
      };
      if (mode === 'proc') {
        // Relative to the descriptor: the calls act on the directory that was opened, wherever it is now.
        expect((await ops.list()).sort()).toEqual(['f', 'sub']);
        expect((await ops.read()).toString()).toBe(path.join(root, 'a'));
        await (await ops.openDir()).close();
        await ops.unlink();
        await ops.rmdir();
        await ops.write();
        expect(await fs.readdir(path.join(root, 'a.moved'))).toEqual(['new']);
      } else {
        // By path: the swap is seen (dev/ino of the path ≠ the open directory's) and refused.
        for (const [name, op] of Object.entries(ops))
          await expect(
            op().then(() => `${name} resolved`),
            name,
          ).rejects.toMatchObject({
            code: 'UNSAFE_PATH',
            message: expect.stringMatching(/was moved or replaced while it was walked/),
          });
        expect((await fs.readdir(path.join(root, 'a.moved'))).sort()).toEqual(['f', 'sub']);
      }
      // fchmod: on the descriptor in both modes (every platform but Windows has it).
      await h.chmod(0o700);
      expect((await fs.lstat(path.join(root, 'a.moved'))).mode & 0o777).toBe(0o700);
      await h.close();
      expect(await snapshot(outside)).toEqual(before);
    });

    it('openDirInside opens one component at a time: a link anywhere on the way is refused', async () => {
      const { openDirInside } = await load(mode);
      const h = await openDirInside(root, path.join(root, 'a', 'sub'));
      expect(h.stat.ino).toBe((await fs.stat(path.join(root, 'a', 'sub'))).ino);
      await h.close();
      await fs.symlink(outside, path.join(root, 'link'));
      await expect(openDirInside(root, path.join(root, 'link', 'sub'))).rejects.toMatchObject({
        code: 'UNSAFE_PATH',
      });
      await expect(openDirInside(root, path.join(tmp, 'outside'))).rejects.toMatchObject({
        code: 'UNSAFE_PATH',
        message: expect.stringMatching(/outside the cache root/),
      });
    });
  });
}
