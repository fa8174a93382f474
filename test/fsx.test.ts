import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  atomicWriteFile,
  atomicWriteFileSync,
  isInside,
  readFileIfExists,
  removeTreeInside,
  renameRetrying,
} from '../src/core/fsx.js';
import { execFileSync } from 'node:child_process';
import { readManifest } from '../src/core/manifest.js';

let tmp: string;
beforeEach(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-fsx-')));
});
afterEach(async () => {
  delete process.env.TOOLCHAIN_CACHE_FAULT;
  delete process.env.TOOLCHAIN_CACHE_FAULT_TIMES;
  await fs.rm(tmp, { recursive: true, force: true });
});

const injectEperm = (fault: 'rename-eperm' | 'remove-eperm', times: number) => {
  process.env.TOOLCHAIN_CACHE_FAULT = fault;
  process.env.TOOLCHAIN_CACHE_FAULT_TIMES = String(times);
};

describe('isInside', () => {
  const posix = (parent: string, child: string) => isInside(parent, child, path.posix);
  it('accepts the same path and anything below, including names that merely start with ..', () => {
    expect(posix('/r', '/r')).toBe(true);
    expect(posix('/r', '/r/')).toBe(true);
    expect(posix('/r', '/r/a/b')).toBe(true);
    expect(posix('/r', '/r/..foo')).toBe(true);
    expect(posix('/r', '/r/..foo/x')).toBe(true);
    expect(posix('/r', '/r/a/../..foo')).toBe(true);
  });
  it('refuses the parent, siblings and their children', () => {
    expect(posix('/r', '/')).toBe(false);
    expect(posix('/r/a', '/r')).toBe(false); // rel '..'
    expect(posix('/r/a', '/r/x')).toBe(false); // rel '../x'
    expect(posix('/r', '/r2')).toBe(false);
    expect(posix('/r', '/r/../x')).toBe(false);
  });
  it('follows Windows rules with path.win32: drive letters, case, both separators', () => {
    const win = (parent: string, child: string) => isInside(parent, child, path.win32);
    expect(win('C:\\cache', 'C:\\cache')).toBe(true);
    expect(win('C:\\cache', 'C:\\cache\\a\\b')).toBe(true);
    expect(win('C:\\cache', 'c:\\CACHE\\a')).toBe(true);
    expect(win('C:\\cache', 'C:/cache/..foo')).toBe(true);
    expect(win('C:\\cache', 'D:\\cache\\a')).toBe(false); // another drive: relative is absolute
    expect(win('C:\\cache\\a', 'C:\\cache')).toBe(false);
    expect(win('C:\\cache\\a', 'C:\\cache\\b')).toBe(false);
  });
  it('is the one definition the archive policy uses (a member named ..foo is fine)', async () => {
    const { checkMember } = await import('../src/core/install/archive-policy.js');
    expect(checkMember({ path: '..foo', type: 'file' }, tmp)).toBe(path.join(tmp, '..foo'));
    expect(checkMember({ path: 'a/l', type: 'symlink', linkTarget: '../..foo' }, tmp)).toBe(
      path.join(tmp, 'a', 'l'),
    );
  });
});

describe('renameRetrying', () => {
  it('retries a transient EPERM under Windows rules until the rename goes through', async () => {
    await fs.mkdir(path.join(tmp, 'staged'));
    await fs.writeFile(path.join(tmp, 'staged', 'f'), 'x');
    injectEperm('rename-eperm', 3);
    await renameRetrying(path.join(tmp, 'staged'), path.join(tmp, 'published'), {
      platform: 'win32',
    });
    expect(await fs.readFile(path.join(tmp, 'published', 'f'), 'utf8')).toBe('x');
    expect(process.env.TOOLCHAIN_CACHE_FAULT_TIMES).toBe('0'); // all three were raised and retried
  });

  it('tries once elsewhere: EPERM on Linux and macOS is a real permission problem', async () => {
    await fs.mkdir(path.join(tmp, 'staged'));
    injectEperm('rename-eperm', 1);
    await expect(
      renameRetrying(path.join(tmp, 'staged'), path.join(tmp, 'published'), { platform: 'linux' }),
    ).rejects.toMatchObject({ code: 'EPERM' });
    await expect(fs.stat(path.join(tmp, 'staged'))).resolves.toBeTruthy();
  });

  it('gives up after its budget with an error that says what to do', async () => {
    await fs.mkdir(path.join(tmp, 'staged'));
    injectEperm('rename-eperm', 1000);
    const err = await renameRetrying(path.join(tmp, 'staged'), path.join(tmp, 'published'), {
      platform: 'win32',
      budgetMs: 200,
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'EPERM' });
    expect((err as Error).message).toMatch(/virus scanner.*exclude the cache root/);
    expect(Number(process.env.TOOLCHAIN_CACHE_FAULT_TIMES)).toBeGreaterThan(990);
  });

  it('does not retry a directory renamed onto an existing directory', async () => {
    await fs.mkdir(path.join(tmp, 'staged'));
    await fs.mkdir(path.join(tmp, 'published'));
    injectEperm('rename-eperm', 1000);
    const started = Date.now();
    await expect(
      renameRetrying(path.join(tmp, 'staged'), path.join(tmp, 'published'), { platform: 'win32' }),
    ).rejects.toMatchObject({ code: 'EPERM' });
    expect(process.env.TOOLCHAIN_CACHE_FAULT_TIMES).toBe('999');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('removeTreeInside', () => {
  it('retries a transient EPERM under Windows rules and removes the whole tree', async () => {
    const tree = path.join(tmp, 'trash', 'tool');
    await fs.mkdir(path.join(tree, 'bin'), { recursive: true });
    await fs.writeFile(path.join(tree, 'bin', 'tool'), 'x');
    injectEperm('remove-eperm', 2);
    await removeTreeInside(tmp, tree, { platform: 'win32' });
    await expect(fs.lstat(tree)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(process.env.TOOLCHAIN_CACHE_FAULT_TIMES).toBe('0');
  });

  it('tries once elsewhere', async () => {
    const tree = path.join(tmp, 'tool');
    await fs.mkdir(tree);
    injectEperm('remove-eperm', 1);
    await expect(removeTreeInside(tmp, tree, { platform: 'darwin' })).rejects.toMatchObject({
      code: 'EPERM',
    });
    await expect(fs.lstat(tree)).resolves.toBeTruthy();
  });

  it.skipIf(process.platform === 'win32')(
    'walks by descriptors: links inside go as links, read-only directories are emptied, a link on the way is refused',
    async () => {
      const outside = path.join(tmp, 'outside');
      await fs.mkdir(path.join(outside, 'sub'), { recursive: true });
      await fs.writeFile(path.join(outside, 'suid'), '#!/bin/sh\n', { mode: 0o4755 });
      await fs.chmod(path.join(outside, 'suid'), 0o4755);
      const root = path.join(tmp, 'root');
      const tree = path.join(root, 'trash', 'tool');
      await fs.mkdir(path.join(tree, 'bin', 'deep'), { recursive: true });
      await fs.symlink(path.join(outside, 'sub'), path.join(tree, 'bin', 'dir-link'));
      await fs.symlink(path.join(outside, 'suid'), path.join(tree, 'bin', 'suid-link'));
      await fs.writeFile(path.join(tree, 'bin', 'deep', 'f'), 'x');
      await fs.chmod(path.join(tree, 'bin', 'deep'), 0o555);
      await fs.chmod(path.join(tree, 'bin'), 0o6555);
      await removeTreeInside(root, tree);
      await expect(fs.lstat(tree)).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await fs.readdir(path.join(outside, 'sub'))).toEqual([]);
      expect((await fs.stat(path.join(outside, 'suid'))).mode & 0o7777).toBe(0o4755);
      // trash/ swapped for a link: the walk refuses it rather than delete through it.
      await fs.mkdir(path.join(outside, 'victim'));
      await fs.rename(path.join(root, 'trash'), path.join(root, 'trash.aside'));
      await fs.symlink(outside, path.join(root, 'trash'));
      await expect(
        removeTreeInside(root, path.join(root, 'trash', 'victim')),
      ).rejects.toMatchObject({ code: 'UNSAFE_PATH' });
      expect((await fs.lstat(path.join(outside, 'victim'))).isDirectory()).toBe(true);
    },
  );

  it('still refuses a target outside the root', async () => {
    await expect(removeTreeInside(path.join(tmp, 'root'), path.join(tmp, 'x'))).rejects.toThrow(
      /outside the cache root/,
    );
  });
});

describe('atomic writes leave no temp file behind', () => {
  const leftovers = async () => (await fs.readdir(tmp)).filter((n) => n.includes('.tmp-'));

  it('when the write itself throws (async)', async () => {
    const file = path.join(tmp, 'state.json');
    // Not a string or a buffer: the write fails after the temp file was created.
    await expect(atomicWriteFile(file, 42 as unknown as string)).rejects.toThrow();
    expect(await leftovers()).toEqual([]);
    await expect(fs.lstat(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('when the write itself throws (sync)', async () => {
    const file = path.join(tmp, 'state.json');
    expect(() => atomicWriteFileSync(file, 42 as unknown as string)).toThrow();
    expect(await leftovers()).toEqual([]);
  });

  it('when the veto before the rename throws, and the old content stays', async () => {
    const file = path.join(tmp, 'state.json');
    await atomicWriteFile(file, 'old');
    await expect(
      atomicWriteFile(file, 'new', () => Promise.reject(new Error('vetoed'))),
    ).rejects.toThrow('vetoed');
    expect(await leftovers()).toEqual([]);
    expect(await fs.readFile(file, 'utf8')).toBe('old');
  });
});

describe.skipIf(process.platform === 'win32')(
  'readFileIfExists and readManifest: the files of the root, read no-follow, non-blocking, bounded',
  () => {
    it('undefined when missing; the text of a regular file', async () => {
      expect(await readFileIfExists(path.join(tmp, 'none.json'))).toBeUndefined();
      expect(await readManifest(path.join(tmp, 'none.json'))).toBeUndefined();
      await fs.writeFile(path.join(tmp, 'stats.json'), '{"a":1}');
      expect(await readFileIfExists(path.join(tmp, 'stats.json'))).toBe('{"a":1}');
    });

    it('a FIFO is refused at once, naming it (no writer needed)', async () => {
      for (const name of ['stats.json', 'manifest.json']) {
        const fifo = path.join(tmp, name);
        execFileSync('mkfifo', [fifo]);
        await expect(readFileIfExists(fifo)).rejects.toThrow(
          `${fifo} is a FIFO, not a regular file`,
        );
        await expect(readManifest(fifo)).rejects.toThrow(`${fifo} is a FIFO, not a regular file`);
      }
    }, 5000);

    it('a link (even to the genuine file) is refused, and a file past its bound is not read', async () => {
      await fs.writeFile(path.join(tmp, 'genuine'), '{}');
      await fs.symlink(path.join(tmp, 'genuine'), path.join(tmp, 'gc-state.json'));
      await expect(readFileIfExists(path.join(tmp, 'gc-state.json'))).rejects.toThrow(
        /gc-state\.json is a symlink, not a regular file/,
      );
      await fs.writeFile(path.join(tmp, 'big.json'), Buffer.alloc(2 * 1024 * 1024, 0x20));
      await expect(readFileIfExists(path.join(tmp, 'big.json'))).rejects.toThrow(
        /big\.json is 2097152 bytes, not at most 1048576 bytes/,
      );
      expect((await readFileIfExists(path.join(tmp, 'big.json'), 4 << 20))?.length).toBe(2 << 20);
    });
  },
);
