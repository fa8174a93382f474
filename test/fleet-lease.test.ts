// The fleet lease of a file tier (src/providers/file-lease.ts; docs/design.md, "Fleet lease"),
// with real processes racing on one tier directory: a stale lease is taken over by exactly one.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leaseName } from '../src/providers/file-lease.js';
import { killAllWorkers, makeTempDir, removeTempDir, startWorker } from './helpers/procs.js';

const RACERS = 8;
const STALE_MS = 400;
let tmp: string;

beforeEach(async () => {
  tmp = await makeTempDir('tc-lease-');
});
afterEach(async () => {
  await killAllWorkers();
  await removeTempDir(tmp);
});

describe('the fleet lease of a file tier', () => {
  it(`a dead holder's lease: of ${RACERS} racing hosts exactly one takes it over, the others get its archive`, async () => {
    const archive = path.join(tmp, 'archive');
    const body = Buffer.from('the archive\n'.repeat(1000));
    await fs.writeFile(archive, body);
    const sha256 = createHash('sha256').update(body).digest('hex');
    const dir = path.join(tmp, 'share');
    const objects = path.join(dir, 'sha256');
    await fs.mkdir(objects, { recursive: true });
    // A holder that died: its lease never changes again.
    const dead = JSON.stringify({ host: 'gone/0123456789ab', pid: 1, token: 'x', beat: 7 });
    await fs.writeFile(path.join(objects, leaseName(sha256, 1)), dead.padEnd(512));

    // Each racer stops where it judged the lease stale, before it creates the next epoch; all go on
    // together, so their creates really race.
    const faults = path.join(tmp, 'faults');
    await fs.mkdir(faults);
    const env = { TOOLCHAIN_CACHE_FAULT: 'lease-take', TOOLCHAIN_CACHE_FAULT_DIR: faults };
    const racers = Array.from({ length: RACERS }, () =>
      startWorker('lease-racer.ts', [dir, sha256, archive, STALE_MS], { env }),
    );
    await Promise.all(racers.map((r) => r.waitForEvent('ready')));
    for (const r of racers) r.send('go');
    const markers = async (): Promise<string[]> =>
      (await fs.readdir(faults)).filter((n) => !n.endsWith('.resume'));
    while ((await markers()).length < RACERS) await new Promise((r) => setTimeout(r, 25));
    await Promise.all(
      (await markers()).map((m) => fs.writeFile(path.join(faults, `${m}.resume`), '')),
    );
    const kinds = await Promise.all(
      racers.map(async (r) => (await r.waitForEvent<{ kind: string }>('done', 1, 60_000)).kind),
    );
    expect(kinds.filter((k) => k === 'held')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'present')).toHaveLength(RACERS - 1);
    // The dead holder's lease went with the takeover, the taker's with its release.
    expect(await fs.readdir(objects)).toEqual([sha256]);
  });
});
