// Install receipts: what they vouch for (the manifest, and the tree-stat every hit goes by), that
// they and what they vouch for are sealed read-only, and that they leave with their tree (GC,
// `remove`) and never outlive it to vouch for whatever is planted under the same id next.
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectGarbage, removeEntry } from '../src/core/gc.js';
import { SEALED_RECORD_MODE } from '../src/core/install/seal.js';
import { treeStatProblem } from '../src/core/install/tree-stat.js';
import { fileIdentity, recordDigest } from '../src/core/regular-file.js';
import { evidenceProblem, recordedTreeStat, writeReceipt } from '../src/core/receipt.js';
import { scanInstalled } from '../src/core/registry/rebuild.js';
import { daysAgo, installFixture, makeTempRoot, type TempRoot } from './helpers/fixtures.js';

let t: TempRoot;
beforeEach(async () => {
  t = await makeTempRoot('tcache-receipts-');
});
afterEach(async () => {
  await t.cleanup();
});

describe('evidence', () => {
  it("vouches for the installer's manifest and metadata, for the sha256 it names", async () => {
    const m = await installFixture(t.layout, t.registry, { id: 'tool' });
    expect(await evidenceProblem(t.layout, 'tool', m.sha256)).toBeUndefined();
    expect(await evidenceProblem(t.layout, 'tool', 'ab'.repeat(32))).toMatch(
      /receipt is for sha256/,
    );
  });

  it('refuses a manifest or metadata file other than the recorded ones', async () => {
    const m = await installFixture(t.layout, t.registry, { id: 'tool' });
    const manifest = await fs.readFile(t.layout.manifestFile('tool'), 'utf8');
    await fs.writeFile(t.layout.manifestFile('tool'), manifest.replace('"tool"', '"tool" '));
    expect(await evidenceProblem(t.layout, 'tool', m.sha256)).toMatch(/manifest is not the one/);
    await fs.writeFile(t.layout.manifestFile('tool'), manifest);
    await fs.appendFile(t.layout.treeStatsFile('tool'), '\n');
    expect(await evidenceProblem(t.layout, 'tool', m.sha256)).toMatch(/metadata file is not/);
  });

  it('names a missing receipt', async () => {
    const m = await installFixture(t.layout, t.registry, { id: 'tool' });
    await fs.rm(t.layout.receiptFile('tool'));
    expect(await evidenceProblem(t.layout, 'tool', m.sha256)).toMatch(/no install receipt/);
  });
});

const POSIX = process.platform !== 'win32';

describe('the digest a hit goes by', () => {
  it("is tree-stat's sha256 and sealed identity as the receipt for the id and the archive records them", async () => {
    const m = await installFixture(t.layout, t.registry, { id: 'tool' });
    const stats = await fs.readFile(t.layout.treeStatsFile('tool'));
    expect(recordedTreeStat(t.layout, 'tool', m.sha256)).toEqual({
      sha256: recordDigest(stats),
      identity: fileIdentity(await fs.lstat(t.layout.treeStatsFile('tool'))),
    });
  });

  it('a tree-stat that lost its sealed identity is trusted by its digest alone', async () => {
    const m = await installFixture(t.layout, t.registry, { id: 'tool' });
    const file = t.layout.treeStatsFile('tool');
    const recorded = recordedTreeStat(t.layout, 'tool', m.sha256);
    if ('problem' in recorded) throw new Error(recorded.problem);
    const root = t.layout.toolchainRoot('tool');
    expect(treeStatProblem(file, root, recorded.sha256, recorded.identity)).toBeUndefined();
    // The same bytes under a new inode (a copied root): the identity differs, the digest vouches.
    const bytes = await fs.readFile(file);
    await fs.rm(file, { force: true });
    await fs.writeFile(file, bytes);
    expect(treeStatProblem(file, root, recorded.sha256, recorded.identity)).toBeUndefined();
    // Other bytes: neither vouches.
    await fs.appendFile(file, 'f 1 644 0 0 1 planted\n');
    expect(treeStatProblem(file, root, recorded.sha256, recorded.identity)).toMatch(
      /not the one its installer recorded/,
    );
  });

  it('is none for another archive, a missing receipt, or one another id wrote', async () => {
    const m = await installFixture(t.layout, t.registry, { id: 'tool' });
    await installFixture(t.layout, t.registry, { id: 'other' });
    expect(recordedTreeStat(t.layout, 'tool', 'ab'.repeat(32))).toEqual({
      problem: expect.stringMatching(/receipt is for sha256/) as unknown,
    });
    await fs.rm(t.layout.receiptFile('tool'));
    await fs.copyFile(t.layout.receiptFile('other'), t.layout.receiptFile('tool'));
    expect(recordedTreeStat(t.layout, 'tool', m.sha256)).toEqual({
      problem: 'its install receipt is for other',
    });
    await fs.rm(t.layout.receiptFile('tool'));
    expect(recordedTreeStat(t.layout, 'tool', m.sha256)).toEqual({
      problem: expect.stringMatching(/no install receipt/) as unknown,
    });
  });

  it('is none for a receipt without one (an install that recorded no tree-stat)', async () => {
    const m = await installFixture(t.layout, t.registry, { id: 'tool' });
    await fs.rm(t.layout.receiptFile('tool'));
    await writeReceipt(t.layout, 'tool', m.sha256, { manifest: t.layout.manifestFile('tool') });
    expect(recordedTreeStat(t.layout, 'tool', m.sha256)).toEqual({
      problem: expect.stringMatching(/records no metadata file/) as unknown,
    });
  });

  it.skipIf(!POSIX)(
    'is none when the receipt is a link (even to a genuine one) or a FIFO: never followed, never blocking',
    async () => {
      const m = await installFixture(t.layout, t.registry, { id: 'tool' });
      const receipt = t.layout.receiptFile('tool');
      await fs.rename(receipt, `${receipt}.genuine`);
      await fs.symlink(`${receipt}.genuine`, receipt);
      expect(recordedTreeStat(t.layout, 'tool', m.sha256)).toEqual({
        problem: expect.stringMatching(/receipt is unreadable \(.*is a symlink/) as unknown,
      });
      await fs.rm(receipt);
      expect(spawnSync('mkfifo', [receipt]).status).toBe(0);
      expect(recordedTreeStat(t.layout, 'tool', m.sha256)).toEqual({
        problem: expect.stringMatching(/receipt is unreadable \(.*not a regular file/) as unknown,
      });
      expect(await evidenceProblem(t.layout, 'tool', m.sha256)).toMatch(/not a regular file/);
    },
  );
});

describe('sealing', () => {
  it.skipIf(!POSIX)(
    'manifest.json, tree-stat and the receipt are read-only (0444), whatever the umask',
    async () => {
      const umask = process.umask(0);
      try {
        await installFixture(t.layout, t.registry, { id: 'tool' });
      } finally {
        process.umask(umask);
      }
      for (const f of [
        t.layout.manifestFile('tool'),
        t.layout.treeStatsFile('tool'),
        t.layout.receiptFile('tool'),
      ]) {
        expect(((await fs.lstat(f)).mode & 0o7777).toString(8), f).toBe(
          SEALED_RECORD_MODE.toString(8),
        );
      }
    },
  );

  it.skipIf(!POSIX)(
    'a link in place of a record is refused, and its target is not chmod-ed',
    async () => {
      const m = await installFixture(t.layout, t.registry, { id: 'tool' });
      const outside = path.join(await t.tempDir('tcache-outside-'), 'target');
      await fs.writeFile(outside, 'not ours', { mode: 0o664 });
      await fs.chmod(outside, 0o664);
      await fs.rm(t.layout.treeStatsFile('tool'));
      await fs.symlink(outside, t.layout.treeStatsFile('tool'));
      await expect(
        writeReceipt(t.layout, 'tool', m.sha256, {
          manifest: t.layout.manifestFile('tool'),
          stats: t.layout.treeStatsFile('tool'),
        }),
      ).rejects.toThrow(/is a symlink/);
      expect((await fs.stat(outside)).mode & 0o7777).toBe(0o664);
    },
  );
});

describe('receipts leave with their tree', () => {
  it('GC removal takes the receipt with the tree into the trash', async () => {
    await installFixture(t.layout, t.registry, { id: 'old', lastUsedAt: daysAgo(99) });
    await installFixture(t.layout, t.registry, { id: 'kept' });
    let trashed: string[] = [];
    const report = await collectGarbage(t.layout, t.registry, {
      maxUnusedDays: 30,
      afterTrash: async (paths) => {
        trashed = paths;
        for (const p of paths) expect(existsSync(path.join(p, 'receipt.json'))).toBe(true);
      },
    });
    expect(report.removed.map((r) => r.id)).toEqual(['old']);
    expect(trashed).toHaveLength(1);
    expect(existsSync(t.layout.receiptFile('old'))).toBe(false);
    expect(existsSync(t.layout.receiptFile('kept'))).toBe(true);
  });

  it('`remove` takes the receipt too', async () => {
    await installFixture(t.layout, t.registry, { id: 'gone' });
    await removeEntry(t.layout, t.registry, 'gone');
    expect(existsSync(t.layout.receiptFile('gone'))).toBe(false);
    expect(existsSync(t.layout.entryDir('gone'))).toBe(false);
  });
});

describe('the registry rebuild', () => {
  it('takes back vouched trees only; never reads through a link planted in place of a tree', async () => {
    await installFixture(t.layout, t.registry, { id: 'real' });
    await installFixture(t.layout, t.registry, { id: 'unvouched', register: false });
    await fs.rm(t.layout.receiptFile('unvouched'));
    // A link to a genuine tree elsewhere, with a receipt copied for it: still not a tree of the root.
    const elsewhere = await t.tempDir('tcache-elsewhere-');
    await fs.rename(t.layout.entryDir('real'), path.join(elsewhere, 'real'));
    await fs.symlink(path.join(elsewhere, 'real'), t.layout.entryDir('real'));
    const scan = await scanInstalled(t.layout);
    expect(scan.entries).toEqual([]);
    expect(scan.rejected.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([
      { id: 'real', why: expect.stringMatching(/not a directory/) as unknown },
      { id: 'unvouched', why: expect.stringMatching(/no install receipt/) as unknown },
    ]);
  });
});
