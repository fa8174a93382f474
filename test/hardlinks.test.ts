// Hard links planted in the root to files their planter cannot write (/etc/sudoers, /etc/shadow):
// on a host without fs.protected_hardlinks (macOS, FreeBSD) any group member can make them. Root's
// `remove`/`gc` and every writing open of the root must neither write through them nor chmod them.
// This host protects hard links, so the test (root) makes them, standing in for that attacker.
import { promises as fs, linkSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DirHandle, withDir } from '../src/core/dir-handle.js';
import { removeEntry } from '../src/core/gc.js';
import { sealRecordSync, sealTree } from '../src/core/install/seal.js';
import { openForWriting } from '../src/core/regular-file.js';
import { mendStateFileModes } from '../src/core/state-modes.js';
import { installFixture, makeTempRoot, type TempRoot } from './helpers/fixtures.js';

const isRoot = process.getuid?.() === 0;
const mode = (p: string): number => statSync(p).mode & 0o7777;
let t: TempRoot;
let outside: string;
let victim: string;

beforeEach(async () => {
  t = await makeTempRoot('tc-hardlinks-');
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-hardlinks-victim-'));
  victim = path.join(outside, 'secret');
  await fs.writeFile(victim, 'root:secret\n', { mode: 0o600 });
  await fs.chmod(victim, 0o600);
});
afterEach(async () => {
  await t.cleanup();
  await fs.rm(outside, { recursive: true, force: true });
});

const victimUntouched = async (): Promise<void> => {
  expect(await fs.readFile(victim, 'utf8')).toBe('root:secret\n');
  expect(mode(victim)).toBe(0o600);
};

describe.skipIf(!isRoot)('hard links planted in the root', () => {
  it('DirHandle.writeFile replaces a hard-linked name, never writes through it', async () => {
    linkSync(victim, path.join(t.root, 'mark'));
    await withDir(await DirHandle.open(t.root), (d) => d.writeFile('mark', 'pid 1', 0o664));
    await victimUntouched();
    expect(await fs.readFile(path.join(t.root, 'mark'), 'utf8')).toBe('pid 1');
    expect(statSync(path.join(t.root, 'mark')).nlink).toBe(1);
    expect(mode(path.join(t.root, 'mark'))).toBe(0o664);
    expect((await fs.readdir(t.root)).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it("root's remove: a hard link at toolchains/<id>/removing is not truncated, rewritten or chmod-ed", async () => {
    await installFixture(t.layout, t.registry, { id: 't1' });
    linkSync(victim, t.layout.removalMark('t1'));
    await removeEntry(t.layout, t.registry, 't1');
    await victimUntouched();
    expect(Object.keys((await t.registry.read()).entries)).toEqual([]);
  });

  it('mendStateFileModes leaves a hard-linked state file (and one of another owner) alone and reports it', async () => {
    linkSync(victim, t.layout.statsFile);
    await fs.writeFile(t.layout.gcStateFile, '{}', { mode: 0o600 });
    await fs.chmod(t.layout.gcStateFile, 0o600);
    await fs.chown(t.layout.gcStateFile, 54321, -1); // a runner user's own file
    const report = mendStateFileModes(t.layout);
    await victimUntouched();
    expect(mode(t.layout.gcStateFile)).toBe(0o600);
    expect(report.mended).toEqual([]);
    expect(report.refused).toEqual([
      { file: t.layout.statsFile, why: expect.stringMatching(/2 names/) as string },
    ]);
    expect(report.notMine).toEqual([
      { file: t.layout.gcStateFile, mode: '0600', owner: expect.any(String) as string },
    ]);
  });

  it('mendStateFileModes leaves alone a planted link whose other name was replaced (an old /etc/shadow)', async () => {
    linkSync(victim, t.layout.statsFile);
    await fs.rm(victim); // passwd renames a new /etc/shadow over the old one
    const report = mendStateFileModes(t.layout);
    expect(mode(t.layout.statsFile)).toBe(0o600);
    expect(report.refused).toEqual([{ file: t.layout.statsFile, why: 'is not a JSON object' }]);
  });

  it("mendStateFileModes still mends the user's own single-named state file", async () => {
    await fs.writeFile(t.layout.statsFile, '{}', { mode: 0o600 });
    await fs.chmod(t.layout.statsFile, 0o600);
    expect(mendStateFileModes(t.layout).mended).toEqual([t.layout.statsFile]);
    expect(mode(t.layout.statsFile)).toBe(0o664);
  });

  it("a tier's part file swapped for a hard link: openForWriting refuses it before truncating", async () => {
    const part = path.join(t.layout.stagingDir, 't1.tier-0');
    await fs.mkdir(t.layout.stagingDir, { recursive: true });
    linkSync(victim, part);
    await expect(openForWriting(part)).rejects.toThrow(
      /a hard link \(2 names\), not a file of this user with one name/,
    );
    await victimUntouched();
    await fs.rm(part);
    await fs.writeFile(part, 'old bytes');
    await fs.chown(part, 54321, -1); // another user's file at the name
    await expect(openForWriting(part)).rejects.toThrow(/a file of uid 54321/);
    expect(await fs.readFile(part, 'utf8')).toBe('old bytes');
  });

  it('a record swapped for a hard link before it is sealed: not chmod-ed', () => {
    const receipt = path.join(t.root, 'receipt.json');
    linkSync(victim, receipt);
    expect(() => sealRecordSync(receipt, 1024)).toThrow(/a hard link/);
    expect(mode(victim)).toBe(0o600);
  });

  it('a staged tree: a file swapped for a hard link or a symlink is not chmod-ed, hard links of the archive are', async () => {
    const tree = path.join(t.layout.stagingDir, 'x', 'files');
    await fs.mkdir(path.join(tree, 'bin'), { recursive: true });
    await fs.writeFile(path.join(tree, 'bin', 'tool'), 'x', { mode: 0o755 });
    linkSync(path.join(tree, 'bin', 'tool'), path.join(tree, 'bin', 'tool-alias'));
    const listing = [
      { path: 'bin', type: 'directory' },
      { path: 'bin/tool', type: 'file' },
      { path: 'bin/tool-alias', type: 'file' },
    ];
    await sealTree(tree, listing);
    expect(mode(path.join(tree, 'bin', 'tool'))).toBe(0o555);
    for (const plant of [linkSync, symlinkSync]) {
      await fs.rm(path.join(tree, 'lib'), { force: true });
      plant(victim, path.join(tree, 'lib'));
      await expect(sealTree(tree, [...listing, { path: 'lib', type: 'file' }])).rejects.toThrow(
        /lib (has 2 names, 1 in the tree|is not what the extractor listed)/,
      );
      await victimUntouched();
    }
  });
});
