// The cache root itself: an absolute path, not inside another root, not group-writable without the
// set-gid bit (nor writable by everyone), refused with the command that fixes it; and a new root
// made under umask 077 gets its documented modes (set on the descriptors, not by the umask).
import { execFileSync } from 'node:child_process';
import { promises as fs, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHARED_DIR_MODE } from '../src/core/fsx.js';
import { openCacheRoot } from '../src/core/layout.js';
import { mendStateFileModes } from '../src/core/state-modes.js';

const POSIX = process.platform !== 'win32';
const isRoot = process.getuid?.() === 0;
const mode = (p: string): number => statSync(p).mode & 0o7777;
let dir: string;

beforeEach(async () => {
  dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-rootchk-')));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.skipIf(!POSIX)('the cache root', () => {
  it('a new root under umask 077: every file and directory with its documented mode', async () => {
    const old = process.umask(0o077);
    let layout;
    try {
      layout = await openCacheRoot(path.join(dir, 'root'));
    } finally {
      process.umask(old);
    }
    for (const f of [layout.layoutFile, layout.registryFile]) expect(mode(f), f).toBe(0o664);
    for (const d of [layout.root, layout.locksDir, layout.usesDir, layout.toolchainsDir])
      expect(mode(d), d).toBe(SHARED_DIR_MODE);
  });

  it('a state file left 0600 by its owner is mended when its owner opens the root', async () => {
    const layout = await openCacheRoot(path.join(dir, 'root'));
    await fs.chmod(layout.registryFile, 0o600);
    await fs.writeFile(layout.statsFile, '{}', { mode: 0o600 });
    await openCacheRoot(layout.root);
    expect(mode(layout.registryFile)).toBe(0o664);
    expect(mode(layout.statsFile)).toBe(0o664);
    expect(mendStateFileModes(layout)).toEqual({ mended: [], notMine: [], refused: [] });
  });

  it.skipIf(!isRoot)(
    'group-writable without the set-gid bit (chgrp needs root): refused with the commands that fix it, which do',
    async () => {
      const root = path.join(dir, 'root');
      await fs.mkdir(root);
      await fs.chown(root, -1, 65534); // a runners' group (nogroup will do)
      await fs.chmod(root, 0o775);
      await expect(openCacheRoot(root)).rejects.toThrow(
        /group-writable without the set-gid bit.*Fix it as root: chgrp -R \S+ \S+ && find \S+ -type d -exec chmod g\+s \{\} \+/,
      );
      await expect(fs.readdir(root)).resolves.toEqual([]);
      const fix = /Fix it as root: (.*) \(see README/.exec(
        await openCacheRoot(root).then(
          () => '',
          (e: Error) => e.message,
        ),
      )![1];
      execFileSync('sh', ['-c', fix]);
      await openCacheRoot(root);
      await fs.chmod(root, 0o777);
      await expect(openCacheRoot(root)).rejects.toThrow(/writable by every user.*chmod -R o-w/);
    },
  );

  it('a root inside another root (its toolchains/, or deeper) is refused, created or not', async () => {
    const outer = await openCacheRoot(path.join(dir, 'outer'));
    const inner = path.join(outer.toolchainsDir, 'inner');
    await expect(openCacheRoot(inner)).rejects.toThrow(
      new RegExp(`lies inside another cache root, ${outer.root} \\(it has layout.json\\)`),
    );
    await expect(fs.readdir(outer.toolchainsDir)).resolves.toEqual([]);
    await fs.mkdir(path.join(inner, 'deeper'), { recursive: true });
    await expect(openCacheRoot(path.join(inner, 'deeper'))).rejects.toThrow(/inside another/);
  });

  it('a registry.json or layout.json of some other tool above the root is no cache root: the root is accepted', async () => {
    const home = path.join(dir, 'home');
    await fs.mkdir(home);
    await fs.writeFile(path.join(home, 'registry.json'), '{"registries":["https://npm.example"]}');
    await fs.writeFile(path.join(home, 'layout.json'), '{"layout":"qwerty"}');
    const layout = await openCacheRoot(path.join(home, 'cache'));
    expect(layout.root).toBe(path.join(home, 'cache'));
  });

  it('a FIFO at a layout.json above the root is not waited on (and is no cache root)', async () => {
    const home = path.join(dir, 'home');
    await fs.mkdir(home);
    execFileSync('mkfifo', [path.join(home, 'layout.json')]);
    const started = Date.now();
    await openCacheRoot(path.join(home, 'cache'));
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("a root inside another root's toolchains/ or uses/ is refused even while that root's layout.json is unreadable", async () => {
    const outer = await openCacheRoot(path.join(dir, 'outer'));
    await fs.writeFile(outer.layoutFile, 'half-writ'); // not JSON: not ours, for now
    for (const member of [outer.toolchainsDir, outer.usesDir]) {
      await expect(openCacheRoot(path.join(member, 'inner'))).rejects.toThrow(
        new RegExp(`lies inside another cache root, ${outer.root} \\(it has layout.json\\)`),
      );
    }
    await fs.rm(outer.layoutFile);
    await expect(openCacheRoot(path.join(outer.stagingDir, 'inner'))).rejects.toThrow(
      new RegExp(`lies inside another cache root, ${outer.root} \\(it has registry.json\\)`),
    );
  });

  it('an opened root that lost members gets them back; one where a member is a link is refused', async () => {
    const layout = await openCacheRoot(path.join(dir, 'root'));
    await fs.rm(layout.trashDir, { recursive: true });
    await fs.rm(layout.usesDir, { recursive: true });
    await openCacheRoot(layout.root);
    for (const d of [layout.trashDir, layout.usesDir]) {
      expect((await fs.lstat(d)).isDirectory(), d).toBe(true);
      expect(mode(d), d).toBe(SHARED_DIR_MODE);
    }
    // A warm root has them all: still refused when one is a link (to a directory: mkdir -p's yes).
    await fs.rm(layout.stagingDir, { recursive: true });
    await fs.symlink(dir, layout.stagingDir);
    await expect(openCacheRoot(layout.root)).rejects.toThrow(/staging is a symlink/);
  });

  it('a relative root is refused', async () => {
    await expect(openCacheRoot('relative/root')).rejects.toThrow(/relative path/);
  });
});
