// Where the steps' code cache lives (src/action/code-cache-home.ts): the user's own cache directory,
// created 0700 whatever the umask, and used only while nobody else can write or swap it. Real
// directories, links and (as root) another owner.
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  codeCacheHome,
  isPrivateDir,
  privateDir,
  userCacheBase,
} from '../src/action/code-cache-home.js';
import { rootOnly } from './helpers/root-only.js';

const POSIX = process.platform !== 'win32';
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

let dir: string;
beforeEach(async () => {
  dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-code-cache-home-')));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

const modeOf = async (p: string): Promise<number> => (await fs.lstat(p)).mode & 0o7777;

describe('the user cache directory', () => {
  it('is XDG_CACHE_HOME when absolute, else ~/.cache; LOCALAPPDATA on Windows; else none', () => {
    expect(userCacheBase({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' }, 'linux')).toBe(
      '/x/cache',
    );
    expect(userCacheBase({ XDG_CACHE_HOME: 'rel/cache', HOME: '/home/u' }, 'linux')).toBe(
      '/home/u/.cache',
    );
    expect(userCacheBase({ HOME: '/Users/u' }, 'darwin')).toBe('/Users/u/.cache');
    expect(userCacheBase({ HOME: 'relative' }, 'linux')).toBeUndefined();
    expect(userCacheBase({}, 'linux')).toBeUndefined();
    expect(
      userCacheBase(
        { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local', XDG_CACHE_HOME: 'C:\\shared' },
        'win32',
      ),
    ).toBe('C:\\Users\\u\\AppData\\Local');
    expect(userCacheBase({ HOME: 'C:\\Users\\u' }, 'win32')).toBeUndefined();
  });
});

describe.skipIf(!POSIX)('the code cache directory (POSIX)', () => {
  it('is created 0700, its missing base too, whatever the umask', async () => {
    for (const umask of [0o000, 0o002, 0o277]) {
      const base = path.join(dir, `cache-${umask}`);
      const old = process.umask(umask);
      let home: string | undefined;
      try {
        home = codeCacheHome({ XDG_CACHE_HOME: base });
      } finally {
        process.umask(old);
      }
      expect(home).toBe(path.join(base, 'toolchain-cache'));
      expect(await modeOf(base)).toBe(0o700);
      expect(await modeOf(home!)).toBe(0o700);
      expect(privateDir(path.join(home!, 'chunks'))).toBe(true);
      expect(await modeOf(path.join(home!, 'chunks'))).toBe(0o700);
    }
  });

  it('under ~/.cache when XDG_CACHE_HOME is not absolute; never creates HOME', async () => {
    expect(codeCacheHome({ HOME: dir, XDG_CACHE_HOME: 'relative' })).toBe(
      path.join(dir, '.cache', 'toolchain-cache'),
    );
    expect(codeCacheHome({ HOME: path.join(dir, 'no-such-home') })).toBeUndefined();
    await expect(fs.lstat(path.join(dir, 'no-such-home'))).rejects.toThrow();
    expect(codeCacheHome({})).toBeUndefined();
  });

  it('keeps an existing private directory and its mode', async () => {
    await fs.mkdir(path.join(dir, 'toolchain-cache'), { mode: 0o755 });
    await fs.chmod(path.join(dir, 'toolchain-cache'), 0o755);
    expect(codeCacheHome({ XDG_CACHE_HOME: dir })).toBe(path.join(dir, 'toolchain-cache'));
    expect(await modeOf(path.join(dir, 'toolchain-cache'))).toBe(0o755);
  });

  it('is not used when group- or world-writable, and is left as it is', async () => {
    for (const mode of [0o770, 0o707, 0o777]) {
      const home = path.join(dir, 'toolchain-cache');
      await fs.mkdir(home, { recursive: true });
      await fs.chmod(home, mode);
      expect(codeCacheHome({ XDG_CACHE_HOME: dir }), mode.toString(8)).toBeUndefined();
      expect(await modeOf(home)).toBe(mode);
      // The same for a subdirectory of a private one (the chunk cache's).
      await fs.chmod(home, 0o700);
      await fs.mkdir(path.join(home, 'chunks'), { recursive: true });
      await fs.chmod(path.join(home, 'chunks'), mode);
      expect(privateDir(path.join(home, 'chunks'))).toBe(false);
      await fs.rm(home, { recursive: true });
    }
  });

  it('is not used through a link, nor when something else is in its place', async () => {
    const real = path.join(dir, 'elsewhere');
    await fs.mkdir(real, { mode: 0o700 });
    const base = path.join(dir, 'base');
    await fs.mkdir(base, { mode: 0o700 });
    await fs.symlink(real, path.join(base, 'toolchain-cache'));
    expect(codeCacheHome({ XDG_CACHE_HOME: base })).toBeUndefined();
    await fs.rm(path.join(base, 'toolchain-cache'));
    await fs.writeFile(path.join(base, 'toolchain-cache'), 'a file');
    expect(codeCacheHome({ XDG_CACHE_HOME: base })).toBeUndefined();
  });

  it('is in the real directory a linked base points to', async () => {
    const real = path.join(dir, 'real');
    await fs.mkdir(real, { mode: 0o700 });
    await fs.symlink(real, path.join(dir, 'link'));
    expect(codeCacheHome({ XDG_CACHE_HOME: path.join(dir, 'link') })).toBe(
      path.join(real, 'toolchain-cache'),
    );
  });

  it('is not used when a directory above it lets others rename its entries (unless sticky)', async () => {
    const shared = path.join(dir, 'shared');
    const base = path.join(shared, 'me');
    await fs.mkdir(base, { recursive: true, mode: 0o700 });
    await fs.chmod(shared, 0o775);
    expect(codeCacheHome({ XDG_CACHE_HOME: base })).toBeUndefined();
    await fs.chmod(shared, 0o1777); // as /tmp
    expect(codeCacheHome({ XDG_CACHE_HOME: base })).toBe(path.join(base, 'toolchain-cache'));
    await fs.chmod(base, 0o770); // the base itself
    expect(codeCacheHome({ XDG_CACHE_HOME: base })).toBeUndefined();
  });

  it('is private only to its owner', async () => {
    const st = await fs.stat(dir);
    expect(isPrivateDir(st, st.uid)).toBe(true);
    expect(isPrivateDir(st, st.uid + 1)).toBe(false);
  });

  it.skipIf(!isRoot)('is not used when another user owns it', async () => {
    const home = path.join(dir, 'toolchain-cache');
    await fs.mkdir(home, { mode: 0o700 });
    await fs.chown(home, NOBODY, NOBODY);
    expect(codeCacheHome({ XDG_CACHE_HOME: dir })).toBeUndefined();
    await fs.chown(home, 0, 0);
    expect(codeCacheHome({ XDG_CACHE_HOME: dir })).toBe(home);
  });

  describe('with a directory above it owned by a second real user', () => {
    // Its owner can rename entries in it whatever its mode: swap the cache directory for theirs.
    const user = 'tcfix2above';
    let uid = -1;
    beforeAll(() => {
      if (rootOnly('a second user (useradd) owning a directory above the cache')) return;
      spawnSync('userdel', [user]);
      execFileSync('useradd', ['--no-create-home', '--shell', '/usr/sbin/nologin', user]);
      uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
    });
    afterAll(() => {
      if (uid >= 0) spawnSync('userdel', [user]);
    });

    it('is not used, however closed that directory is (ssh StrictModes)', async (c) => {
      const why = rootOnly('a second user (useradd) owning a directory above the cache');
      if (why) c.skip(why);
      const theirs = path.join(dir, 'x');
      const base = path.join(theirs, 'cache');
      await fs.mkdir(base, { recursive: true, mode: 0o700 });
      await fs.chmod(theirs, 0o755);
      await fs.chown(theirs, uid, uid);
      expect(codeCacheHome({ XDG_CACHE_HOME: base })).toBeUndefined();
      expect(codeCacheHome({ HOME: theirs })).toBeUndefined();
      await fs.chown(theirs, 0, 0); // root's (the effective user's here): used
      expect(codeCacheHome({ XDG_CACHE_HOME: base })).toBe(path.join(base, 'toolchain-cache'));
    });
  });
});
