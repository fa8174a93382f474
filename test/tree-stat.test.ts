// The hit check's metadata: every kind of change a job can make to a sealed tree is caught by
// lstat alone, and an untouched tree passes (including names that need quoting).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanTree } from '../src/core/manifest.js';
import { treeStatProblem, writeTreeStats } from '../src/core/install/tree-stat.js';

const POSIX = process.platform !== 'win32';
let tmp: string;
let root: string;
let stats: string;

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
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('tree-stat', () => {
  it('passes an untouched tree', () => {
    expect(treeStatProblem(stats, root)).toBeUndefined();
  });

  it('names a missing metadata file', async () => {
    await fs.rm(stats);
    expect(treeStatProblem(stats, root)).toMatch(/tree-stat\) is missing/);
  });

  it('catches a file changed in place', async () => {
    await fs.appendFile(path.join(root, 'bin', 'cc'), 'echo more\n');
    expect(treeStatProblem(stats, root)).toBe('modified: bin/cc');
  });

  it('catches a file replaced by another of the same size and times', async () => {
    const cc = path.join(root, 'bin', 'cc');
    const st = await fs.stat(cc);
    await fs.writeFile(`${cc}.x`, '#!/bin/sh\necho CC\n', { mode: 0o755 });
    await fs.chmod(`${cc}.x`, st.mode & 0o7777);
    await fs.rename(`${cc}.x`, cc);
    expect(treeStatProblem(stats, root)).toMatch(
      /^(replaced: bin\/cc|entries added or removed: bin)$/,
    );
  });

  it('catches an added file through its directory', async () => {
    await fs.writeFile(path.join(root, 'bin', 'gcc'), 'planted');
    expect(treeStatProblem(stats, root)).toBe('entries added or removed: bin');
  });

  it('catches a removed file', async () => {
    await fs.rm(path.join(root, 'a name with spaces'));
    expect(treeStatProblem(stats, root)).toMatch(
      /entries added or removed: \(the toolchain root\)|missing: a name with spaces/,
    );
  });

  it('catches a directory replaced by a file (its entries cannot even be looked up)', async () => {
    await fs.rm(path.join(root, 'bin'), { recursive: true });
    await fs.writeFile(path.join(root, 'bin'), 'not a directory');
    expect(treeStatProblem(stats, root)).toMatch(
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
    expect(treeStatProblem(stats, root)).toBe('missing: bin/cc');
  });

  it.skipIf(!POSIX)('catches a mode change', async () => {
    await fs.chmod(path.join(root, 'bin', 'cc'), 0o777);
    expect(treeStatProblem(stats, root)).toBe('mode changed: bin/cc');
  });

  it.skipIf(!POSIX)('catches a retargeted symlink', async () => {
    await fs.rm(path.join(root, 'cc'));
    await fs.symlink('/bin/sh', path.join(root, 'cc'));
    const problem = treeStatProblem(stats, root);
    expect(problem).toMatch(/: (cc|\(the toolchain root\))$/);
  });
});
