// What removed toolchains leave behind (their last-use stamp, their install lock) and old copies of
// a corrupt registry go with a full GC (src/core/gc-leftovers.ts); a live toolchain's uses, a use
// record of any id, a held lock, a lock used lately and an install in progress never do.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/core/gc.js';
import { DAY_MS } from '../src/core/gc-plan.js';
import { tryLock } from '../src/core/lock.js';
import { epochsDirOf } from '../src/core/lock/epochs.js';
import { readUses } from '../src/core/uses.js';
import { writeUseRecord } from '../src/core/uses.js';
import {
  daysAgo,
  fixtureUse,
  installFixture,
  makeTempRoot,
  type TempRoot,
} from './helpers/fixtures.js';

let t: TempRoot;
beforeEach(async () => {
  t = await makeTempRoot('tc-leftovers-');
});
afterEach(() => t.cleanup());

const lockDir = (id: string): string => epochsDirOf(t.layout.lockPath(`install-${id}`));

/** What an install and a release leave: the install lock's directory and the last-use stamp. */
async function usedOnce(id: string): Promise<void> {
  const lock = await tryLock(t.layout.lockPath(`install-${id}`), `install ${id}`, {
    staleMs: 10_000,
  });
  await lock!.release();
  await fs.mkdir(t.layout.usesOf(id), { recursive: true });
  await fs.writeFile(t.layout.lastUsedStamp(id), String(daysAgo(40).getTime()));
}

/** A GC as the post step runs one, `daysLater` days from now, removing every unused toolchain. */
const gcAt = (daysLater: number) =>
  collectGarbage(t.layout, t.registry, {
    maxUnusedDays: 0,
    force: true,
    now: Date.now() + daysLater * DAY_MS,
  });

describe('GC leftovers of removed toolchains', () => {
  it("removes a removed toolchain's last-use stamp and, once old, its install lock; a live one's stay", async () => {
    await installFixture(t.layout, t.registry, { id: 'gone', lastUsedAt: daysAgo(40) });
    await installFixture(t.layout, t.registry, {
      id: 'live',
      lastUsedAt: daysAgo(40),
      uses: [fixtureUse('job-live', { leaseMs: 10 * DAY_MS })],
    });
    await usedOnce('gone');
    await usedOnce('live');
    const first = await gcAt(0);
    expect(first.removed.map((r) => r.id)).toEqual(['gone']);
    // The next GC: the stamp and the empty directory go at once, the lock (released a moment
    // ago) stays until it has been silent for a day.
    await gcAt(0);
    expect(existsSync(t.layout.usesOf('gone'))).toBe(false);
    expect(existsSync(lockDir('gone'))).toBe(true);
    const later = await gcAt(2);
    expect(existsSync(lockDir('gone'))).toBe(false);
    expect(later.trashCleaned).toBeGreaterThanOrEqual(1);
    // The live toolchain: its stamp, its use record and its lock are untouched.
    expect(existsSync(t.layout.lastUsedStamp('live'))).toBe(true);
    expect((await readUses(t.layout, 'live')).records.map((r) => r.use.key)).toEqual(['job-live']);
    expect(existsSync(lockDir('live'))).toBe(true);
    // Nothing went to the trash and stayed there.
    expect(await fs.readdir(t.layout.trashDir)).toEqual([]);
  });

  it('never removes a held install lock, nor the uses directory of its toolchain', async () => {
    await usedOnce('busy');
    const held = await tryLock(t.layout.lockPath('install-busy'), 'install busy', {
      staleMs: 10_000,
    });
    expect(held).toBeDefined();
    try {
      // Even with the clock two days on (the heartbeat looks old), the holder's lock is taken by nobody.
      await gcAt(2);
      expect(held!.lost).toBe(false);
      await held!.assertHeld();
      expect(existsSync(lockDir('busy'))).toBe(true);
      expect(existsSync(t.layout.lastUsedStamp('busy'))).toBe(true);
    } finally {
      await held!.release();
    }
  });

  it('keeps a use record of an unregistered id, and an install in progress (a tree not yet registered)', async () => {
    await usedOnce('ghost');
    await writeUseRecord(t.layout, 'ghost', fixtureUse('job-ghost', { leaseMs: 10 * DAY_MS }));
    await usedOnce('installing');
    await installFixture(t.layout, t.registry, { id: 'installing', register: false });
    await gcAt(2);
    expect((await readUses(t.layout, 'ghost')).records.map((r) => r.use.key)).toEqual([
      'job-ghost',
    ]);
    expect(existsSync(t.layout.lastUsedStamp('installing'))).toBe(true);
    expect(existsSync(lockDir('installing'))).toBe(true);
  });

  it('removes copies of a corrupt registry older than 30 days, keeps newer ones', async () => {
    const old = path.join(t.root, 'registry.json.corrupt-2024-01-01T00-00-00-000Z');
    const recent = path.join(t.root, 'registry.json.corrupt-2024-03-01T00-00-00-000Z');
    for (const f of [old, recent]) await fs.writeFile(f, '{"broken"');
    await fs.utimes(old, daysAgo(31), daysAgo(31));
    await fs.utimes(recent, daysAgo(29), daysAgo(29));
    await gcAt(0);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });
});
