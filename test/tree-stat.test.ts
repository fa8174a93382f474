// The hit check's metadata: every kind of change a job can make to a sealed tree is caught by
// lstat alone, and an untouched tree passes (including names that need quoting); the metadata
// file itself is trusted only with the digest its receipt records, and read without following a
// link or blocking on a FIFO.
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
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

  it('catches a file changed in place', async () => {
    await fs.appendFile(path.join(root, 'bin', 'cc'), 'echo more\n');
    expect(problem()).toBe('modified: bin/cc');
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
    expect(problem()).toBe('missing: bin/cc');
  });

  it.skipIf(!POSIX)('catches a mode change', async () => {
    await fs.chmod(path.join(root, 'bin', 'cc'), 0o777);
    expect(problem()).toBe('mode changed: bin/cc');
  });

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
    await fs.writeFile(stats, text.replace('tree-stat 1', 'tree-stat 1 '));
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
