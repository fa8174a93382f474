// The provider registry, the file tier and the tier chain (order, verification, what post saves),
// against real directories and a real killed writer.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DirHandle, withDir } from '../src/core/dir-handle.js';
import { InputError } from '../src/core/errors.js';
import type { ToolchainSpec } from '../src/core/spec.js';
import { TierChain } from '../src/providers/chain.js';
import { fileTier, removeStaleTemps, STALE_TEMP_MS } from '../src/providers/file.js';
import { keepArchivesFor } from '../src/providers/job.js';
import { parseRemoteInput } from '../src/providers/registry.js';
import { saveToTiers } from '../src/providers/save.js';
import type { StorageTier } from '../src/providers/types.js';
import { withFaultPoint, type FaultPoint } from './helpers/fault-point.js';
import { killHard, makeTempDir, removeTempDir, startWorker } from './helpers/procs.js';

const POSIX = process.platform !== 'win32';
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function recordingLog() {
  const lines: string[] = [];
  return {
    lines,
    warnings: () => lines.filter((l) => l.startsWith('warning: ')),
    info: (m: string) => void lines.push(`info: ${m}`),
    warning: (m: string) => void lines.push(`warning: ${m}`),
    debug: (m: string) => void lines.push(`debug: ${m}`),
  };
}

describe('the remote input', () => {
  it('takes tiers one per line or comma-separated, in order', () => {
    const tiers = parseRemoteInput(
      's3://fleet-cache/toolchains/\nfile:///mnt/share, actions-cache\n\n# a comment\n',
    );
    expect(tiers.map((t) => [t.provider.name, t.config])).toEqual([
      ['s3', { bucket: 'fleet-cache', prefix: 'toolchains', name: 's3://fleet-cache/toolchains' }],
      ['file', { dir: path.resolve('/mnt/share'), name: 'file:///mnt/share' }],
      ['actions-cache', { name: 'actions-cache' }],
    ]);
    expect(parseRemoteInput('s3://fleet')[0].config).toEqual({
      bucket: 'fleet',
      prefix: '',
      name: 's3://fleet',
    });
    expect(keepArchivesFor({ remoteCache: true, remote: tiers, remoteTimeoutSeconds: 1 })).toBe(
      true,
    );
    expect(keepArchivesFor({ remoteCache: false, remote: tiers, remoteTimeoutSeconds: 1 })).toBe(
      false,
    );
  });

  it.each([
    ['gs://bucket', 'not a known provider'],
    ['s3://Bad_Bucket', 'is not a bucket name'],
    ['s3://bucket/a/../b', 'has an empty, "." or ".." segment'],
    ['s3:bucket', 'expected s3://BUCKET'],
    ['file:relative/dir', 'expected file:///ABSOLUTE/DIR'],
    ['file://server/share', 'not a file URL of an absolute directory'],
  ])('refuses %s, naming the input and the item', (item, why) => {
    if (process.platform === 'win32' && item.startsWith('file://server')) return; // a UNC path there
    const error = (() => {
      try {
        parseRemoteInput(`actions-cache\n${item}`);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).field).toBe('remote');
    expect((error as Error).message).toContain(`Input "remote": tier "${item}" is invalid`);
    expect((error as Error).message).toContain(why);
  });

  it('refuses a tier listed twice', () => {
    expect(() => parseRemoteInput('actions-cache, actions-cache')).toThrow(/listed twice/);
    expect(() => parseRemoteInput('s3://fleet/tc\ns3://fleet/tc/')).toThrow(
      'tier "s3://fleet/tc/" is invalid: s3://fleet/tc is listed twice',
    );
  });
});

describe('file tiers and the chain', () => {
  let tmp: string;
  const body = Buffer.from('an archive, in truth: any bytes with a known sha256\n'.repeat(5000));
  const spec = { id: 'tool-1', sha256: sha(body) } as ToolchainSpec;
  let archive: string;
  const tierAt = (name: string): StorageTier => {
    const dir = path.join(tmp, name);
    return fileTier({ dir, name: pathToFileURL(dir).href });
  };
  const objectOf = (tier: string): string => path.join(tmp, tier, 'sha256', spec.sha256);

  beforeEach(async () => {
    tmp = await makeTempDir('tc-providers-');
    archive = path.join(tmp, 'archive');
    await fs.writeFile(archive, body);
  });
  afterEach(() => removeTempDir(tmp));

  it('tries the tiers in order, and post saves to the ones that missed, not to the one that served it', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map(tierAt);
    await fs.mkdir(path.dirname(objectOf('b')), { recursive: true });
    await fs.writeFile(objectOf('b'), body);
    await fs.mkdir(path.dirname(objectOf('c')), { recursive: true });
    await fs.writeFile(objectOf('c'), body);
    const log = recordingLog();
    const chain = new TierChain([a, b, c], log, 5000);
    const dest = path.join(tmp, 'restored');
    expect(await chain.restore(spec, dest)).toEqual({ tier: b.name });
    expect(await fs.readFile(dest)).toEqual(body);
    expect(chain.notes.needs[spec.sha256]).toEqual([a.name]);

    const saved = await saveToTiers([{ ...spec, archivePath: dest, tier: b.name }], chain, log);
    expect(saved).toEqual([{ id: 'tool-1', tier: a.name, saved: true }]);
    expect(await fs.readFile(objectOf('a'))).toEqual(body);
    expect(log.warnings()).toEqual([]);
  });

  it('refuses bad bytes from a tier, naming it, takes the next, and post writes the good archive back', async () => {
    const [a, b] = ['a', 'b'].map(tierAt);
    for (const [t, bytes] of [
      ['a', Buffer.from('tampered')],
      ['b', body],
    ] as const) {
      await fs.mkdir(path.dirname(objectOf(t)), { recursive: true });
      await fs.writeFile(objectOf(t), bytes);
    }
    const log = recordingLog();
    const chain = new TierChain([a, b], log, 5000);
    const dest = path.join(tmp, 'restored');
    expect(await chain.restore(spec, dest)).toEqual({ tier: b.name });
    expect(log.warnings()).toEqual([
      expect.stringContaining(
        `the archive from remote tier ${a.name} has sha256 ${sha(Buffer.from('tampered'))}`,
      ),
    ]);
    await saveToTiers([{ ...spec, archivePath: dest, tier: b.name }], chain, log);
    expect(await fs.readFile(objectOf('a'))).toEqual(body);
  });

  it('a call abandoned after its timeout that finishes later cannot overwrite the archive', async () => {
    const b = tierAt('b');
    await fs.mkdir(path.dirname(objectOf('b')), { recursive: true });
    await fs.writeFile(objectOf('b'), body);
    let late: Promise<void> | undefined;
    // A client that ignores the abort and writes its file long after it was given up on.
    const zombie: StorageTier = {
      name: 'zombie',
      capabilities: { read: true, write: false, streaming: false },
      get: (_ref, file, call) =>
        new Promise<boolean>((resolve) => {
          call.signal.addEventListener('abort', () => {
            late = new Promise((done) =>
              setTimeout(() => void fs.writeFile(file, 'garbage').then(done, done), 300),
            );
          });
          void resolve; // never answers
        }),
      has: async () => false,
      put: async () => undefined,
    };
    const log = recordingLog();
    const chain = new TierChain([zombie, b], log, 200);
    const dest = path.join(tmp, 'restored');
    expect(await chain.restore(spec, dest)).toEqual({ tier: b.name });
    await late;
    expect(await fs.readFile(dest)).toEqual(body);
  });

  it('hashes the archive again before saving: a changed archive is saved nowhere, with a warning', async () => {
    const [a, b] = ['a', 'b'].map(tierAt);
    const log = recordingLog();
    const chain = new TierChain([a, b], log, 5000);
    await fs.writeFile(archive, Buffer.from('swapped after verification'));
    const saved = await saveToTiers([{ ...spec, archivePath: archive }], chain, log);
    expect(saved).toEqual([
      expect.objectContaining({
        tier: a.name,
        saved: false,
        reason: expect.stringMatching(/^the staged archive .* has sha256 /),
      }),
    ]);
    expect(log.warnings()).toEqual([
      expect.stringContaining('tool-1: not saved to any remote tier: the staged archive'),
    ]);
    await expect(fs.stat(objectOf('a'))).rejects.toThrow();
    await expect(fs.stat(objectOf('b'))).rejects.toThrow();
  });

  it('never reads the half-written temp file of a killed writer, and a later writer cleans it', async () => {
    const big = Buffer.alloc(8 * 1024 * 1024, 7);
    const bigSpec = { id: 'tool', sha256: sha(big) } as ToolchainSpec;
    await fs.writeFile(archive, big);
    const dir = path.join(tmp, 'share');
    const writer = startWorker('file-tier-writer.ts', [dir, bigSpec.sha256, archive]);
    await writer.waitForEvent('writing');
    const objects = path.join(dir, 'sha256');
    const [temp] = await fs.readdir(objects);
    expect(temp).toContain(`${bigSpec.sha256}.tmp-`);
    await killHard(writer);
    expect((await fs.stat(path.join(objects, temp))).size).toBeLessThan(big.length);

    const log = recordingLog();
    const tier = fileTier({ dir, name: 'share' });
    const chain = new TierChain([tier], log, 5000);
    expect(await chain.restore(bigSpec, path.join(tmp, 'restored'))).toBeUndefined();
    expect(log.warnings()).toEqual([]);

    // A fresh temp file may be a live writer's: left alone. An old one is a dead writer's.
    expect(await withDir(await DirHandle.open(objects), (d) => removeStaleTemps(d))).toEqual([]);
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    await fs.utimes(path.join(objects, temp), old, old);
    await saveToTiers([{ ...bigSpec, archivePath: archive }], chain, log);
    expect(await fs.readdir(objects)).toEqual([bigSpec.sha256]);
    expect(await chain.restore(bigSpec, path.join(tmp, 'restored'))).toEqual({ tier: 'share' });
  });

  it.skipIf(!POSIX)(
    'a linked DIR/sha256: post writes nothing through it and deletes nothing in its target; restore refuses it',
    async () => {
      const elsewhere = path.join(tmp, 'elsewhere');
      await fs.mkdir(elsewhere);
      const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
      const victim = path.join(elsewhere, `precious${'.tmp-'}1`);
      await fs.writeFile(victim, 'precious');
      await fs.utimes(victim, old, old);
      await fs.writeFile(path.join(elsewhere, spec.sha256), body);
      await fs.mkdir(path.join(tmp, 'a'));
      await fs.symlink(elsewhere, path.join(tmp, 'a', 'sha256'));
      const objects = path.join(tmp, 'a', 'sha256');
      const log = recordingLog();
      const chain = new TierChain([tierAt('a')], log, 5000);
      expect(await chain.restore(spec, path.join(tmp, 'restored'))).toBeUndefined();
      expect(log.warnings()).toEqual([
        expect.stringContaining(`${objects} is a symlink, not a directory`),
      ]);
      const post = new TierChain([tierAt('a')], recordingLog(), 5000);
      post.notes.needs[spec.sha256] = ['never asked: save at once'];
      await fs.rm(path.join(elsewhere, spec.sha256));
      await saveToTiers([{ ...spec, archivePath: archive }], post, log);
      expect((await fs.readdir(elsewhere)).sort()).toEqual([path.basename(victim)]);
      expect(readFileSync(victim, 'utf8')).toBe('precious');
    },
  );

  it.skipIf(!POSIX)(
    'DIR/sha256 swapped for a link after a writer checked it: nothing outside the tier is deleted or written',
    async () => {
      // The reviewer's renameat2(RENAME_EXCHANGE) race, made deterministic: the writer stops right
      // after it checked (opened) DIR/sha256, and the test swaps it for a link to another directory.
      const elsewhere = path.join(tmp, 'elsewhere');
      await fs.mkdir(elsewhere);
      const victim = path.join(elsewhere, `precious${'.tmp-'}1`);
      await fs.writeFile(victim, 'precious');
      const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
      await fs.utimes(victim, old, old);
      const objects = path.join(tmp, 'a', 'sha256');
      await fs.mkdir(objects, { recursive: true });
      const moved = path.join(tmp, 'a', 'moved');
      await withFaultPoint('file-tier-opened', async (point: FaultPoint) => {
        Object.assign(process.env, point.env);
        try {
          const put = tierAt('a').put(spec, archive, {
            signal: new AbortController().signal,
            timeoutMs: 60_000,
            maxBytes: Infinity,
            progress: () => undefined,
          });
          const outcome = put.then(
            () => undefined,
            (e: unknown) => e,
          );
          await point.reached();
          await fs.rename(objects, moved);
          await fs.symlink(elsewhere, objects);
          await point.resume();
          // Through the descriptor (Linux): saved into the directory it had opened, wherever that
          // is now. By path (the fallback elsewhere): the swap is seen and nothing is saved.
          const error = await outcome;
          const viaProc =
            process.platform === 'linux' && process.env.TOOLCHAIN_CACHE_NO_PROC_FD !== '1';
          if (viaProc || !error) {
            expect(error).toBeUndefined();
            expect(await fs.readdir(moved)).toEqual([spec.sha256]);
            expect(await fs.readFile(path.join(moved, spec.sha256))).toEqual(body);
          } else expect(error).toMatchObject({ code: 'UNSAFE_PATH' });
        } finally {
          for (const key of Object.keys(point.env)) delete process.env[key];
        }
      });
      expect(await fs.readdir(elsewhere)).toEqual([path.basename(victim)]);
      expect(readFileSync(victim, 'utf8')).toBe('precious');
    },
  );

  it.skipIf(!POSIX)(
    'an object that is a FIFO, a link, or larger than the host allows is refused at open, naming it',
    async () => {
      const objects = path.join(tmp, 'a', 'sha256');
      await fs.mkdir(objects, { recursive: true });
      execFileSync('mkfifo', [objectOf('a')]);
      const log = recordingLog();
      const started = Date.now();
      expect(
        await new TierChain([tierAt('a')], log, 60_000).restore(spec, path.join(tmp, 'r')),
      ).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(5000);
      expect(log.warnings()).toEqual([
        expect.stringContaining(`${objectOf('a')} is a FIFO, not a regular file`),
      ]);

      await fs.rm(objectOf('a'));
      await fs.writeFile(path.join(tmp, 'real'), body);
      await fs.symlink(path.join(tmp, 'real'), objectOf('a'));
      const linked = recordingLog();
      expect(
        await new TierChain([tierAt('a')], linked, 5000).restore(spec, path.join(tmp, 'r')),
      ).toBeUndefined();
      expect(linked.warnings()).toEqual([expect.stringContaining(`${objectOf('a')} is a symlink`)]);

      await fs.rm(objectOf('a'));
      await fs.writeFile(objectOf('a'), body);
      const capped = recordingLog();
      const chain = new TierChain([tierAt('a')], capped, 5000, undefined, body.length - 1);
      expect(await chain.restore(spec, path.join(tmp, 'r'))).toBeUndefined();
      expect(capped.warnings()).toEqual([
        expect.stringContaining(`${objectOf('a')} is longer than ${body.length - 1} bytes`),
      ]);
      expect(
        await new TierChain([tierAt('a')], capped, 5000).restore(spec, path.join(tmp, 'r')),
      ).toEqual({ tier: tierAt('a').name });
    },
  );
});

describe('an abandoned call', () => {
  it('does not keep the step running once its work is done', async () => {
    const worker = startWorker('abandoned-call.ts', [300, 'end']);
    expect(await worker.waitForEvent('abandoned')).toMatchObject({
      message: 'no progress for 0.3 s (remote-timeout)',
    });
    expect(await worker.waitExit(20_000)).toEqual({ code: 0, signal: null });
  });
});
