// Install receipts: what they vouch for, and that they leave with their tree (GC, `remove`) and
// never outlive it to vouch for whatever is planted under the same id next.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectGarbage, removeEntry } from '../src/core/gc.js';
import { evidenceProblem } from '../src/core/receipt.js';
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
