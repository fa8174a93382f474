// Uses: record, release (idempotent), and liveness — real processes for dead, live, reused and
// zombie pids; other hosts judged by their lease alone.
import { execFileSync, spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCacheRoot, type CacheLayout } from '../src/core/layout.js';
import {
  CLOCK_SKEW_MARGIN_MS,
  hostId,
  jobProcess,
  livenessChecker,
  newUse,
  processStartTime,
  type JobProcess,
  type UseRecord,
} from '../src/core/leases.js';
import { Registry } from '../src/core/registry/store.js';
import {
  entryState,
  readUses,
  reclaimDeadUses,
  recordUse,
  releaseUses,
  usageOfAll,
  writeUseRecord,
} from '../src/core/uses.js';
import {
  killAllWorkers,
  killHard,
  makeTempDir,
  removeTempDir,
  startWorker,
  waitUntil,
} from './helpers/procs.js';
import { fakeEntry, testJob } from './helpers/workers/common.js';

const LINUX = process.platform === 'linux';
const POSIX = process.platform !== 'win32';
const HOUR = 3600_000;

let dir: string;
let layout: CacheLayout;
let registry: Registry;
let me: JobProcess;

beforeEach(async () => {
  dir = await makeTempDir('uses');
  layout = await openCacheRoot(path.join(dir, 'cache'));
  registry = new Registry(layout);
  await registry.update((doc) => {
    doc.entries.a = fakeEntry('a');
    doc.entries.b = fakeEntry('b');
  });
  for (const id of ['a', 'b']) await fs.mkdir(layout.toolchainRoot(id), { recursive: true });
  me = await jobProcess(process.pid);
});

afterEach(async () => {
  await killAllWorkers();
  await removeTempDir(dir);
});

/** A process that existed and is gone (killed and reaped): its pid and start time. */
async function deadProcess(): Promise<JobProcess> {
  const w = startWorker('update-once.ts', [layout.root, 'a', 'never', 2000]);
  await w.waitForEvent('ready');
  const proc = await jobProcess(w.pid);
  await killHard(w);
  return proc;
}

const otherHostUse = (key: string, leaseExpiresAt: number, pid = process.pid): UseRecord => ({
  ...newUse(key, testJob('far'), { pid, pidStart: 'whatever' }),
  host: 'some-other-runner/0123456789ab',
  leaseExpiresAt: new Date(leaseExpiresAt).toISOString(),
});

const keysOf = async (id: string): Promise<string[]> =>
  (await readUses(layout, id)).records.map((r) => r.use.key).sort();

describe('recordUse and releaseUses', () => {
  it('records one file per use (a second record with the same key replaces it); the registry is untouched', async () => {
    const generation = (await registry.read()).generation;
    const owner = { key: 'k1', job: testJob('build'), process: me };
    expect(await recordUse(layout, 'a', owner, Date.parse('2030-01-01T00:00:00Z'))).toBe(true);
    expect(await recordUse(layout, 'a', owner, Date.parse('2030-01-02T00:00:00Z'))).toBe(true);
    expect(await recordUse(layout, 'a', { ...owner, key: 'k2' })).toBe(true);
    expect(await keysOf('a')).toEqual(['k1', 'k2']);
    const k1 = (await readUses(layout, 'a')).records.find((r) => r.use.key === 'k1');
    expect(k1?.file).toBe(layout.useFile('a', 'k1'));
    expect(k1?.use).toMatchObject({
      host: hostId(),
      pid: process.pid,
      pidStart: me.pidStart,
      createdAt: '2030-01-02T00:00:00.000Z',
    });
    expect((await registry.read()).generation).toBe(generation);
  });

  it('refuses (and leaves no record) when the tree is gone or a removal mark is there', async () => {
    const owner = { key: 'k', job: testJob('build'), process: me };
    await fs.writeFile(layout.removalMark('a'), 'gc');
    expect(await entryState(layout, 'a')).toBe('removing');
    expect(await recordUse(layout, 'a', owner)).toBe(false);
    await fs.rm(layout.entryDir('b'), { recursive: true });
    expect(await entryState(layout, 'b')).toBe('missing');
    expect(await recordUse(layout, 'b', owner)).toBe(false);
    expect(await keysOf('a')).toEqual([]);
    expect(await keysOf('b')).toEqual([]);
  });

  it('release by key is idempotent and stamps the last use', async () => {
    for (const [id, key] of [
      ['a', 'k1'],
      ['b', 'k1'],
      ['b', 'k2'],
    ]) {
      await recordUse(layout, id, { key, job: testJob('build'), process: me });
    }
    const at = Date.parse('2031-05-05T00:00:00Z');
    expect((await releaseUses(layout, { key: 'k1' }, ['a', 'b'], at)).sort()).toEqual(['a', 'b']);
    expect(await releaseUses(layout, { key: 'k1' }, ['a', 'b'])).toEqual([]);
    expect(await keysOf('a')).toEqual([]);
    expect(await keysOf('b')).toEqual(['k2']);
    expect((await readUses(layout, 'a')).stampMs).toBe(at);
  });

  it('without the key (main crashed before saving it), the same job process and step release it; others stay', async () => {
    const job = testJob('build');
    await recordUse(layout, 'a', { key: 'lost-key', job, process: me });
    await recordUse(layout, 'a', {
      key: 'other-step',
      job: { ...job, action: 'second-use' },
      process: me,
    });
    await recordUse(layout, 'a', { key: 'other-job', job: { ...job, job: 'test' }, process: me });
    await recordUse(layout, 'a', {
      key: 'other-process',
      job,
      process: { pid: me.pid, pidStart: 'not-me' },
    });
    expect(await releaseUses(layout, { job, process: me }, ['a', 'b'])).toEqual(['a']);
    expect(await keysOf('a')).toEqual(['other-job', 'other-process', 'other-step']);
  });

  it('an unreadable record counts as a use (never delete on doubt)', async () => {
    await fs.mkdir(layout.usesOf('a'), { recursive: true });
    await fs.writeFile(layout.useFile('a', 'torn'), '{"key":');
    const uses = await readUses(layout, 'a');
    expect(uses.records).toEqual([]);
    expect(uses.unreadable).toEqual([layout.useFile('a', 'torn')]);
  });
});

describe('usageOfAll (every entry read at once, synchronously)', () => {
  it('gives what readUses gives: live records, the stamp, temp files', async () => {
    await recordUse(layout, 'a', { key: 'k1', job: testJob('build'), process: me });
    await fs.writeFile(path.join(layout.usesOf('a'), 'k9.json.tmp-1-x'), '{');
    const usage = await usageOfAll(layout, ['a', 'b']);
    const a = usage.get('a')!;
    expect(a.live.map((u) => u.key)).toEqual(['k1']);
    expect(a.unreadable).toEqual([]);
    expect(a.temps).toEqual(['k9.json.tmp-1-x']);
    const read = await readUses(layout, 'a');
    expect(a.live).toEqual(read.records.map((r) => r.use));
    expect(usage.get('b')).toEqual({
      live: [],
      dead: [],
      unreadable: [],
      lastUsedMs: undefined,
      temps: [],
    });
  });

  it.skipIf(!POSIX)(
    'a link at uses/<id>, a link or FIFO for a record, a link at uses/: unreadable (in use), never followed',
    async () => {
      const elsewhere = path.join(dir, 'elsewhere');
      await fs.mkdir(elsewhere);
      await fs.writeFile(
        path.join(elsewhere, 'x.json'),
        JSON.stringify(newUse('x', testJob('j'), me)),
      );
      // uses/a: a link to a directory of records elsewhere.
      await fs.symlink(elsewhere, layout.usesOf('a'));
      // uses/b: a real directory whose record is a link, and a FIFO.
      await fs.mkdir(layout.usesOf('b'));
      await fs.symlink(path.join(elsewhere, 'x.json'), path.join(layout.usesOf('b'), 'l.json'));
      execFileSync('mkfifo', [path.join(layout.usesOf('b'), 'f.json')]);
      let usage = await usageOfAll(layout, ['a', 'b']);
      expect(usage.get('a')).toMatchObject({ live: [], unreadable: [layout.usesOf('a')] });
      expect(usage.get('b')?.live).toEqual([]);
      expect(usage.get('b')?.unreadable.sort()).toEqual(
        [path.join(layout.usesOf('b'), 'f.json'), path.join(layout.usesOf('b'), 'l.json')].sort(),
      );
      // uses/ itself a link (to a directory holding an empty a/): every entry unreadable.
      const fake = path.join(dir, 'fake-uses');
      await fs.mkdir(path.join(fake, 'a'), { recursive: true });
      await fs.rm(layout.usesDir, { recursive: true });
      await fs.symlink(fake, layout.usesDir);
      usage = await usageOfAll(layout, ['a', 'b']);
      expect(usage.get('a')?.unreadable).toEqual([layout.usesOf('a')]);
      expect(usage.get('b')?.unreadable).toEqual([layout.usesOf('b')]);
    },
  );
});

describe('liveness', () => {
  it('this host: a live job process with its start time counts', async () => {
    const alive = livenessChecker();
    if (POSIX) expect(me.pidStart).toBeDefined();
    expect(await alive(newUse('k', testJob('j'), me))).toBe(true);
  });

  it('this host: a job process that is gone is dead, whatever its lease says', async () => {
    const gone = await deadProcess();
    expect(await processStartTime(gone.pid)).toBeUndefined();
    const use = newUse('k', testJob('j'), gone, Date.now(), 365 * 24 * HOUR);
    expect(await livenessChecker()(use)).toBe(false);
  });

  it.skipIf(!POSIX)(
    'this host: a live pid with another start time is a reused pid, so dead',
    async () => {
      const reused = newUse('k', testJob('j'), { pid: process.pid, pidStart: `${me.pidStart}0` });
      expect(await livenessChecker()(reused)).toBe(false);
    },
  );

  it('this host: without a recorded start time, a live pid counts until its lease expires', async () => {
    const use = newUse('k', testJob('j'), { pid: process.pid }, Date.now(), HOUR);
    expect(await livenessChecker()(use)).toBe(true);
    expect(await livenessChecker(Date.now() + 2 * HOUR)(use)).toBe(false);
  });

  it.skipIf(!LINUX)('this host: a zombie (exited, not reaped by its parent) is dead', async () => {
    // `sleep 0.1` exits; its parent, exec'd into `sleep 30`, never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 30'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
      const zombiePid = await new Promise<number>((resolve) =>
        parent.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim()))),
      );
      const start = await processStartTime(zombiePid);
      expect(start).toBeDefined();
      await waitUntil(
        () => / Z /.test(readFileSync(`/proc/${zombiePid}/stat`, 'utf8')),
        'the child to become a zombie',
        10_000,
      );
      const use = newUse('k', testJob('j'), { pid: zombiePid, pidStart: start });
      expect(await livenessChecker()(use)).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('another host: judged by its lease (plus the clock-skew margin) alone, never by pid', async () => {
    const now = Date.now();
    const alive = livenessChecker(now);
    // A pid that means nothing here (no such process), lease valid: alive.
    expect(await alive(otherHostUse('k1', now + HOUR, 2 ** 22 + 12345))).toBe(true);
    // A pid that is alive here (ours), lease long expired: dead.
    expect(await alive(otherHostUse('k2', now - CLOCK_SKEW_MARGIN_MS - 60_000))).toBe(false);
    // Expired, but by less than the margin its clock may be off by: still alive.
    expect(await alive(otherHostUse('k3', now - CLOCK_SKEW_MARGIN_MS + 60_000))).toBe(true);
  });
});

describe('reclaimDeadUses', () => {
  it('drops exactly the dead uses, reports them, and is a no-op the second time', async () => {
    const gone = await deadProcess();
    const now = Date.now();
    await recordUse(layout, 'a', { key: 'live', job: testJob('j'), process: me });
    await recordUse(layout, 'a', { key: 'dead', job: testJob('j'), process: gone });
    await recordUse(layout, 'b', {
      key: 'reused-pid',
      job: testJob('j'),
      process: { pid: process.pid, pidStart: 'not-me' },
    });
    await writeUseRecord(layout, 'b', otherHostUse('far-live', now + HOUR));
    await writeUseRecord(layout, 'b', otherHostUse('far-expired', now - 2 * CLOCK_SKEW_MARGIN_MS));
    const { reclaimed } = await reclaimDeadUses(layout);
    expect(reclaimed.map((r) => `${r.id}/${r.use.key}`).sort()).toEqual([
      'a/dead',
      'b/far-expired',
      'b/reused-pid',
    ]);
    expect(await keysOf('a')).toEqual(['live']);
    expect(await keysOf('b')).toEqual(['far-live']);
    expect((await reclaimDeadUses(layout)).reclaimed).toEqual([]);
  });

  it('a use reclaimed by two GCs at once is reported once', async () => {
    const gone = await deadProcess();
    await recordUse(layout, 'a', { key: 'dead', job: testJob('j'), process: gone });
    const [first, second] = await Promise.all([reclaimDeadUses(layout), reclaimDeadUses(layout)]);
    expect(first.reclaimed.length + second.reclaimed.length).toBe(1);
    expect(await keysOf('a')).toEqual([]);
  });
});

describe.skipIf(!POSIX)('uses/<id> planted as a link by another user', () => {
  it('a job neither writes its record nor releases one through it, and the error names the link and its fix', async () => {
    const outside = path.join(dir, 'outside');
    await fs.mkdir(outside);
    const owner = { key: 'k1', job: testJob('planted'), process: me };
    await fs.writeFile(path.join(outside, 'k1.json'), 'kept');
    await fs.symlink(outside, layout.usesOf('a'));
    const named = new RegExp(
      `${layout.usesOf('a')} is a symlink, not the directory of use records .*remove it \\(\`rm ${layout.usesOf('a')}\`\\)`,
    );
    await expect(recordUse(layout, 'a', owner)).rejects.toThrow(named);
    await expect(
      writeUseRecord(layout, 'a', newUse('k2', testJob('planted'), me, Date.now())),
    ).rejects.toThrow(named);
    await expect(releaseUses(layout, { key: 'k1' }, ['a'])).rejects.toThrow(named);
    expect((await fs.readdir(outside)).sort()).toEqual(['k1.json']);
    expect(readFileSync(path.join(outside, 'k1.json'), 'utf8')).toBe('kept');
    // Removed as the message says: the next job makes the directory again.
    await fs.unlink(layout.usesOf('a'));
    expect(await recordUse(layout, 'a', owner)).toBe(true);
    expect((await fs.lstat(layout.usesOf('a'))).isDirectory()).toBe(true);
    expect(await releaseUses(layout, { key: 'k1' }, ['a'])).toEqual(['a']);
  });

  it('a dangling link is refused too, never created through', async () => {
    const gone = path.join(dir, 'not-there');
    await fs.symlink(gone, layout.usesOf('b'));
    await expect(
      recordUse(layout, 'b', { key: 'k', job: testJob('planted'), process: me }),
    ).rejects.toThrow(/is a symlink, not the directory of use records/);
    await expect(fs.lstat(gone)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
