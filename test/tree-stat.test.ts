// The hit check's metadata: every change another runner user can make to a sealed tree (through
// its directories: add, remove, rename, replace) is caught by lstat of the directories alone, an
// untouched tree passes (including names that need quoting), and a record of the previous format
// is still checked; what it does not catch (a file changed in place by its owner) is stated. The
// metadata file itself is trusted only with the digest its receipt records, and read without
// following a link or blocking on a FIFO.
import { spawnSync } from 'node:child_process';
import { lstatSync, promises as fs, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanTree } from '../src/core/manifest.js';
import { treeStatProblem, writeTreeStats } from '../src/core/install/tree-stat.js';
import { recordDigest } from '../src/core/regular-file.js';

const POSIX = process.platform !== 'win32';
let tmp: string;
let root: string;
let stats: string;
/** tree-stat's digest as the receipt records it. */
let recorded: string;
/** The hit check, with the digest the receipt recorded. */
const problem = (): string | undefined => treeStatProblem(stats, root, recorded);

beforeEach(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-treestat-')));
  root = path.join(tmp, 'files');
  stats = path.join(tmp, 'tree-stat');
  await fs.mkdir(path.join(root, 'bin'), { recursive: true });
  await fs.writeFile(path.join(root, 'bin', 'cc'), '#!/bin/sh\necho cc\n', { mode: 0o755 });
  await fs.writeFile(path.join(root, 'a name with spaces'), 'x');
  if (POSIX) {
    await fs.writeFile(path.join(root, 'new\nline'), 'y');
    await fs.writeFile(path.join(root, '"quoted'), 'z');
    await fs.symlink('bin/cc', path.join(root, 'cc'));
  }
  await writeTreeStats(stats, root, await scanTree(root));
  recorded = recordDigest(await fs.readFile(stats));
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('tree-stat', () => {
  it('passes an untouched tree', () => {
    expect(problem()).toBeUndefined();
  });

  it('names a missing metadata file', async () => {
    await fs.rm(stats);
    expect(problem()).toMatch(/tree-stat\) is missing/);
  });

  it('records directories only: its size grows with directories, not files', async () => {
    const many = path.join(root, 'many');
    await fs.mkdir(many);
    for (let i = 0; i < 200; i++) await fs.writeFile(path.join(many, `f${i}`), `${i}`);
    await writeTreeStats(stats, root, await scanTree(root));
    const lines = (await fs.readFile(stats, 'utf8')).trimEnd().split('\n');
    expect(lines[0]).toBe('tree-stat 2');
    expect(lines.slice(1).map((l) => l.split(' ').slice(6).join(' '))).toEqual(['', 'bin', 'many']);
    expect(lines.slice(1).every((l) => l.startsWith('d '))).toBe(true);
  });

  it('does not catch a file its owner changed in place (read-only to everyone else; verify hashes it)', async () => {
    // Only the file's owner (its installer's user) or root can do this: chmod it, write, chmod back.
    await fs.appendFile(path.join(root, 'bin', 'cc'), 'echo more\n');
    expect(problem()).toBeUndefined();
  });

  it('catches a file replaced by another of the same size and times', async () => {
    const cc = path.join(root, 'bin', 'cc');
    const st = await fs.stat(cc);
    await fs.writeFile(`${cc}.x`, '#!/bin/sh\necho CC\n', { mode: 0o755 });
    await fs.chmod(`${cc}.x`, st.mode & 0o7777);
    await fs.rename(`${cc}.x`, cc);
    expect(problem()).toMatch(/^(replaced: bin\/cc|entries added or removed: bin)$/);
  });

  it('catches an added file through its directory', async () => {
    await fs.writeFile(path.join(root, 'bin', 'gcc'), 'planted');
    expect(problem()).toBe('entries added or removed: bin');
  });

  it('catches a removed file', async () => {
    await fs.rm(path.join(root, 'a name with spaces'));
    expect(problem()).toMatch(
      /entries added or removed: \(the toolchain root\)|missing: a name with spaces/,
    );
  });

  it('catches a directory replaced by a file (its entries cannot even be looked up)', async () => {
    await fs.mkdir(path.join(root, 'bin', 'sub'));
    await writeTreeStats(stats, root, await scanTree(root));
    recorded = recordDigest(await fs.readFile(stats));
    await fs.rm(path.join(root, 'bin'), { recursive: true });
    await fs.writeFile(path.join(root, 'bin'), 'not a directory');
    expect(problem()).toMatch(
      /^(type changed: bin|entries added or removed: \(the toolchain root\))$/,
    );
    // Even when the directory's own line is gone from the record, the lookup below it fails cleanly.
    const text = await fs.readFile(stats, 'utf8');
    await fs.writeFile(
      stats,
      text
        .split('\n')
        .filter((l) => !/ bin$/.test(l) && !/^d .* $/.test(l))
        .join('\n'),
    );
    recorded = recordDigest(await fs.readFile(stats));
    expect(problem()).toBe('missing: bin/sub');
  });

  it.skipIf(!POSIX)('catches a mode change of a directory', async () => {
    await fs.chmod(path.join(root, 'bin'), 0o777);
    expect(problem()).toBe('mode changed: bin');
  });

  it.skipIf(!POSIX)(
    'catches an entry added and removed again with the directory mtime put back (its ctime moved)',
    async () => {
      // As the directory's owner can (utimes with a time): its times, kept to the nanosecond.
      const bin = path.join(root, 'bin');
      const saved = path.join(tmp, 'times');
      await fs.writeFile(saved, '');
      expect(spawnSync('touch', ['-r', bin, saved]).status).toBe(0);
      const before = await fs.lstat(bin);
      await fs.writeFile(path.join(bin, 'planted'), 'x');
      await fs.rm(path.join(bin, 'planted'));
      expect(spawnSync('touch', ['-r', saved, bin]).status).toBe(0);
      expect((await fs.lstat(bin)).mtimeMs).toBe(before.mtimeMs);
      expect(problem()).toBe('changed: bin');
    },
  );

  it.skipIf(!POSIX)('catches a retargeted symlink', async () => {
    await fs.rm(path.join(root, 'cc'));
    await fs.symlink('/bin/sh', path.join(root, 'cc'));
    expect(problem()).toMatch(/: (cc|\(the toolchain root\))$/);
  });
});

describe('tree-stat bound to the receipt', () => {
  it('refuses a tree-stat regenerated after a file was swapped (its digest is not the recorded one)', async () => {
    const cc = path.join(root, 'bin', 'cc');
    await fs.writeFile(`${cc}.x`, '#!/bin/sh\necho evil\n', { mode: 0o755 });
    await fs.rename(`${cc}.x`, cc);
    await writeTreeStats(stats, root, await scanTree(root));
    // The regenerated file describes the changed tree exactly: only the digest tells them apart.
    expect(treeStatProblem(stats, root, recordDigest(await fs.readFile(stats)))).toBeUndefined();
    expect(problem()).toBe('its metadata file (tree-stat) is not the one its installer recorded');
  });

  it('refuses a tree-stat changed by a single byte', async () => {
    const text = await fs.readFile(stats, 'utf8');
    await fs.writeFile(stats, text.replace('tree-stat 2', 'tree-stat 2 '));
    expect(problem()).toMatch(/not the one its installer recorded/);
  });

  it.skipIf(!POSIX)(
    'never follows a link in place of tree-stat, even to the genuine bytes',
    async () => {
      await fs.rename(stats, `${stats}.genuine`);
      await fs.symlink(`${stats}.genuine`, stats);
      expect(problem()).toMatch(/^its metadata file \(tree-stat\) is unreadable \(.*is a symlink/);
    },
  );

  it.skipIf(!POSIX)('refuses a FIFO in place of tree-stat without blocking on it', async () => {
    await fs.rm(stats);
    expect(spawnSync('mkfifo', [stats]).status).toBe(0);
    expect(problem()).toMatch(
      /^its metadata file \(tree-stat\) is unreadable \(.*not a regular file/,
    );
  });

  it('refuses a directory in place of tree-stat', async () => {
    await fs.rm(stats);
    await fs.mkdir(stats);
    expect(problem()).toMatch(/is unreadable \(.*not a regular file/);
  });
});

/** A record as the previous release wrote it: every entry, no ctime (`tree-stat 1`). */
async function writeVersion1(): Promise<void> {
  const line = (rel: string, st: Stats): string => {
    const kind = st.isDirectory() ? 'd' : st.isFile() ? 'f' : st.isSymbolicLink() ? 'l' : '?';
    const name = rel.includes('\n') || rel.startsWith('"') ? JSON.stringify(rel) : rel;
    return `${kind} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ino} ${name}`;
  };
  const lines = ['tree-stat 1', line('', lstatSync(root))];
  for (const e of await scanTree(root))
    lines.push(line(e.path, lstatSync(path.join(root, e.path))));
  await fs.rm(stats);
  await fs.writeFile(stats, lines.join('\n') + '\n');
  recorded = recordDigest(await fs.readFile(stats));
}

describe('a record of the previous format (tree-stat 1), bound to an older receipt', () => {
  it('passes an untouched tree', async () => {
    await writeVersion1();
    expect(problem()).toBeUndefined();
  });

  it('is still checked entry by entry, as it was', async () => {
    await writeVersion1();
    await fs.appendFile(path.join(root, 'bin', 'cc'), 'echo more\n');
    expect(problem()).toBe('modified: bin/cc');
  });

  it('an unknown version is a changed tree (one reinstall), not a crash', async () => {
    const text = await fs.readFile(stats, 'utf8');
    await fs.writeFile(stats, text.replace('tree-stat 2', 'tree-stat 9'));
    recorded = recordDigest(await fs.readFile(stats));
    expect(problem()).toBe('its metadata file (tree-stat) is unreadable');
  });
});
