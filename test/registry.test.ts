// The registry file: atomic CAS commits, corrupt files moved aside and rebuilt (never treated as
// empty), rebuild from manifests, shared modes, and the validator naming what is wrong.
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockLostError, ToolchainCacheError } from '../src/core/errors.js';
import { SHARED_DIR_MODE, atomicWriteFile } from '../src/core/fsx.js';
import { MANIFEST_SCHEMA_VERSION, writeManifest } from '../src/core/manifest.js';
import { writeReceipt } from '../src/core/receipt.js';
import { openCacheRoot, type CacheLayout } from '../src/core/layout.js';
import {
  REGISTRY_SCHEMA_VERSION,
  isRegistryDoc,
  registryProblem,
  type RegistryDoc,
} from '../src/core/registry/schema.js';
import { Registry, readGenerationSync } from '../src/core/registry/store.js';
import { readLockOwner } from '../src/core/lock.js';
import { epochDirOf, listEpochs } from '../src/core/lock/epochs.js';
import { plantTakeover } from './helpers/locks.js';
import {
  killAllWorkers,
  killHard,
  makeTempDir,
  removeTempDir,
  startWorker,
} from './helpers/procs.js';
import { fakeEntry } from './helpers/workers/common.js';

const POSIX = process.platform !== 'win32';

let dir: string;
let layout: CacheLayout;
let registry: Registry;

beforeEach(async () => {
  dir = await makeTempDir('registry');
  layout = await openCacheRoot(path.join(dir, 'cache'));
  registry = new Registry(layout, { staleMs: 2000, lockTimeoutMs: 10_000 });
});

afterEach(async () => {
  await killAllWorkers();
  await removeTempDir(dir);
});

const raw = async (): Promise<string> => fs.readFile(layout.registryFile, 'utf8');

/** An installed toolchain as far as the rebuild cares: its directory with a manifest. */
async function installFake(id: string): Promise<void> {
  await fs.mkdir(layout.toolchainRoot(id), { recursive: true });
  await fs.writeFile(path.join(layout.toolchainRoot(id), 'tool'), 'binary');
  await writeManifest(layout.manifestFile(id), {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    id,
    sha256: 'cd'.repeat(32),
    url: `https://example.invalid/${id}.tgz`,
    installedAt: '2024-01-01T00:00:00.000Z',
    sizeBytes: 6,
    fileCount: 1,
    files: [{ path: 'tool', type: 'file', size: 6, sha256: 'ef'.repeat(32) }],
  });
  await writeReceipt(layout, id, 'cd'.repeat(32), { manifest: layout.manifestFile(id) });
}

describe('transactions', () => {
  it('each commit writes generation + 1, readable without the lock', async () => {
    expect(await registry.read()).toEqual({
      schemaVersion: REGISTRY_SCHEMA_VERSION,
      generation: 0,
      entries: {},
    });
    const result = await registry.update((doc) => {
      doc.entries.a = fakeEntry('a');
      return 'value';
    });
    expect(result).toBe('value');
    expect((await registry.read()).generation).toBe(1);
    await registry.update((doc) => {
      doc.entries.b = fakeEntry('b');
    });
    const doc = await registry.read();
    expect(doc.generation).toBe(2);
    expect(Object.keys(doc.entries).sort()).toEqual(['a', 'b']);
    expect(readGenerationSync(layout.registryFile)).toBe(2);
    // No temp files or lock left behind.
    expect(readdirSync(layout.root).filter((n) => n.startsWith('registry.json'))).toEqual([
      'registry.json',
    ]);
    expect(await readLockOwner(layout.lockPath('registry'))).toBeUndefined();
  });

  it('skipWrite leaves the file untouched; a throwing transaction commits nothing', async () => {
    await registry.update((doc) => {
      doc.entries.a = fakeEntry('a');
    });
    const before = await raw();
    const st = statSync(layout.registryFile);
    await registry.update((doc, tx) => {
      doc.entries.b = fakeEntry('b');
      tx.skipWrite();
    });
    expect(await raw()).toBe(before);
    expect(statSync(layout.registryFile).ino).toBe(st.ino);
    await expect(
      registry.update((doc) => {
        doc.entries.c = fakeEntry('c');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await raw()).toBe(before);
    // The lock was released both times.
    await registry.update(() => undefined);
    expect((await registry.read()).generation).toBe(2);
  });

  it('a commit whose lock was taken over fails with LockLostError and writes nothing', async () => {
    await registry.update((doc) => {
      doc.entries.a = fakeEntry('a');
    });
    const before = await raw();
    const error = await registry
      .update(async (doc) => {
        doc.entries.b = fakeEntry('b');
        // What a process that took the lock over as stale leaves behind: a newer epoch.
        await plantTakeover(layout.lockPath('registry'));
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockLostError);
    expect(await raw()).toBe(before);
  });

  it('compare-and-swap: a registry that changed under the lock is not overwritten', async () => {
    await registry.update((doc) => {
      doc.entries.a = fakeEntry('a');
    });
    const intruder: RegistryDoc = {
      schemaVersion: REGISTRY_SCHEMA_VERSION,
      generation: 2,
      entries: { x: fakeEntry('x') },
    };
    const error = await registry
      .update(async (doc) => {
        doc.entries.b = fakeEntry('b');
        // A writer that did not respect the lock commits meanwhile.
        await atomicWriteFile(layout.registryFile, JSON.stringify(intruder));
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolchainCacheError);
    expect((error as ToolchainCacheError).code).toBe('LOCK_LOST');
    expect((error as Error).message).toContain('generation 1 → 2');
    expect(await registry.read()).toEqual(intruder);
  });

  it('compare-and-swap also holds when the file was missing and someone created it', async () => {
    const error = await registry
      .update(async (doc) => {
        doc.entries.b = fakeEntry('b');
        await atomicWriteFile(
          layout.registryFile,
          JSON.stringify({ schemaVersion: REGISTRY_SCHEMA_VERSION, generation: 1, entries: {} }),
        );
      })
      .catch((e: unknown) => e);
    expect((error as ToolchainCacheError).code).toBe('LOCK_LOST');
    expect((await registry.read()).entries).toEqual({});
  });

  it('readGenerationSync reads our header cheaply and any other layout in full', async () => {
    const file = path.join(dir, 'r.json');
    expect(readGenerationSync(file)).toBeUndefined();
    await fs.writeFile(file, JSON.stringify({ schemaVersion: 1, generation: 41, entries: {} }));
    expect(readGenerationSync(file)).toBe(41);
    await fs.writeFile(
      file,
      JSON.stringify({ entries: {}, generation: 42, schemaVersion: 1 }, null, 2),
    );
    expect(readGenerationSync(file)).toBe(42);
    await fs.writeFile(file, '{"generation": ');
    expect(readGenerationSync(file)).toBeNaN();
  });

  it('keeps 10 000 entries intact across commits', async () => {
    await registry.update((doc) => {
      for (let i = 0; i < 10_000; i++) doc.entries[`tool-${i}`] = fakeEntry(`tool-${i}`);
    });
    await registry.update((doc) => {
      doc.entries['tool-5000'].lastUsedAt = 'changed';
    });
    const doc = await registry.read();
    expect(doc.generation).toBe(2);
    expect(Object.keys(doc.entries)).toHaveLength(10_000);
    expect(doc.entries['tool-5000'].lastUsedAt).toBe('changed');
    expect(doc.entries['tool-4999']).toEqual({
      ...fakeEntry('tool-4999'),
      installedAt: doc.entries['tool-4999'].installedAt,
      lastUsedAt: doc.entries['tool-4999'].lastUsedAt,
    });
  });
});

describe('a missing registry', () => {
  it('is rebuilt from the installed toolchains on the next transaction', async () => {
    await installFake('cmake-3.30');
    await installFake('ninja-1.12');
    await fs.mkdir(layout.entryDir('half-installed'), { recursive: true }); // no manifest: not an install
    await fs.rm(layout.registryFile); // lost (a new root starts with an empty one)
    const ids = await registry.update((doc, tx) => {
      tx.skipWrite(); // a rebuild is written anyway
      return Object.keys(doc.entries).sort();
    });
    expect(ids).toEqual(['cmake-3.30', 'ninja-1.12']);
    const doc = await registry.read();
    expect(doc.generation).toBe(1);
    expect(doc.entries['cmake-3.30']).toMatchObject({
      id: 'cmake-3.30',
      sha256: 'cd'.repeat(32),
      installedAt: '2024-01-01T00:00:00.000Z',
    });
  });
});

describe('a corrupt registry', () => {
  it('unparseable: moved aside (never deleted) and rebuilt from the installed trees, with a warning', async () => {
    await installFake('cmake-3.30');
    const garbage = '{"schemaVersion":2,"generation":7,"entries":{"cmake-3.30":{"id":"cma';
    await fs.writeFile(layout.registryFile, garbage);
    const warnings: string[] = [];
    const healing = new Registry(layout, { staleMs: 2000, onWarning: (m) => warnings.push(m) });

    // A lock-free read heals it: the job carries on with the rebuilt entries.
    const doc = await healing.read();
    expect(Object.keys(doc.entries)).toEqual(['cmake-3.30']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(layout.registryFile);
    expect(warnings[0]).toContain('moved aside to');
    const movedTo = /moved aside to (\S+?)\)/.exec(warnings[0])?.[1] as string;
    expect(movedTo).toMatch(/registry\.json\.corrupt-/);
    expect(await fs.readFile(movedTo, 'utf8')).toBe(garbage);
    // The new file is valid and written once; the toolchains are all still there.
    expect(isRegistryDoc(JSON.parse(await raw()))).toBe(true);
    expect(existsSync(path.join(layout.toolchainRoot('cmake-3.30'), 'tool'))).toBe(true);
    expect(existsSync(layout.manifestFile('cmake-3.30'))).toBe(true);
    expect(await readLockOwner(layout.lockPath('registry'))).toBeUndefined();
    expect((await healing.read()).generation).toBe(1);
    expect(warnings).toHaveLength(1);
  });

  it('valid JSON that fails validation: the warning says where, and the transaction goes on', async () => {
    const bad = {
      schemaVersion: REGISTRY_SCHEMA_VERSION,
      generation: 3,
      entries: { a: { ...fakeEntry('a'), sha256: 'not-a-sha' } },
    };
    await fs.writeFile(layout.registryFile, JSON.stringify(bad));
    const warnings: string[] = [];
    const healing = new Registry(layout, { staleMs: 2000, onWarning: (m) => warnings.push(m) });
    const tx = await healing.update((doc, t) => {
      doc.entries.b = fakeEntry('b');
      return { rebuilt: t.rebuilt, movedAside: t.movedAside };
    });
    expect(tx.rebuilt).toBe(true);
    expect(warnings.join(' ')).toContain('invalid at entries.a.sha256');
    expect(JSON.parse(await fs.readFile(tx.movedAside as string, 'utf8'))).toEqual(bad);
    expect(Object.keys((await healing.read()).entries)).toEqual(['b']);
  });

  it('a newer schema version is an error and is left in place', async () => {
    const text = JSON.stringify({
      schemaVersion: REGISTRY_SCHEMA_VERSION + 1,
      generation: 1,
      entries: {},
    });
    await fs.writeFile(layout.registryFile, text);
    const error = (await registry
      .update(() => undefined)
      .catch((e: unknown) => e)) as ToolchainCacheError;
    expect(error.code).toBe('REGISTRY_CORRUPT');
    expect(error.message).toContain('newer than this toolchain-cache understands');
    expect(await raw()).toBe(text);
  });
});

describe('readers and writers in different processes', () => {
  it('a reader never sees a partial file while another process commits in a loop', async () => {
    await registry.update((doc) => {
      // Big enough that a non-atomic write would be caught half-way.
      for (let i = 0; i < 2000; i++) doc.entries[`t${i}`] = fakeEntry(`t${i}`);
    });
    const writer = startWorker('writer.ts', [layout.root, 't0', 'w', 2000]);
    await writer.waitForLine(/^committed w-2$/);
    let reads = 0;
    let last = 0;
    // A partial file would be "healed" (moved aside, rebuilt): that warning must never come.
    const warnings: string[] = [];
    const reader = new Registry(layout, { onWarning: (m) => warnings.push(m) });
    const until = Date.now() + 2000;
    while (Date.now() < until) {
      const doc = await reader.read();
      expect(doc.generation).toBeGreaterThanOrEqual(last);
      // Each commit of the writer adds one entry to the 2000.
      expect(Object.keys(doc.entries).length - 2000).toBe(doc.generation - 1);
      last = doc.generation;
      reads += 1;
    }
    await killHard(writer);
    expect(warnings).toEqual([]);
    expect(reads).toBeGreaterThan(10);
    expect(last).toBeGreaterThan(3);
  });
});

describe.skipIf(!POSIX)('shared modes whatever the umask', () => {
  it('directories group-writable with setgid, files group-readable (umask 077)', async () => {
    const old = process.umask(0o077);
    try {
      const root = path.join(dir, 'strict');
      const strict = await openCacheRoot(root);
      const reg = new Registry(strict);
      await reg.update((doc) => {
        doc.entries.a = fakeEntry('a');
      });
      for (const d of [strict.root, strict.locksDir, strict.toolchainsDir]) {
        expect(statSync(d).mode & 0o7777, d).toBe(SHARED_DIR_MODE);
      }
      expect(statSync(strict.registryFile).mode & 0o777).toBe(0o664);
      // The lock's owner record (read by other users' jobs for "held by …"), released now.
      const epochDir = epochDirOf(
        strict.lockPath('registry'),
        listEpochs(strict.lockPath('registry'))[0],
      );
      expect(statSync(epochDir).mode & 0o7777).toBe(SHARED_DIR_MODE);
      expect(statSync(path.join(epochDir, 'released')).mode & 0o777).toBe(0o664);
    } finally {
      process.umask(old);
    }
  });
});

describe('registryProblem names the field that is wrong', () => {
  const valid = (): Record<string, unknown> =>
    JSON.parse(
      JSON.stringify({
        schemaVersion: REGISTRY_SCHEMA_VERSION,
        generation: 5,
        entries: { a: fakeEntry('a'), b: fakeEntry('b') },
      }),
    );
  type Mutation = [string, (d: any) => void, string | undefined]; // eslint-disable-line @typescript-eslint/no-explicit-any
  const mutations: Mutation[] = [
    ['unchanged', () => undefined, undefined],
    ['no entries', (d) => (d.entries = {}), undefined],
    ['extra top-level key', (d) => (d.extra = 1), undefined],
    ['extra entry key (an old path field)', (d) => (d.entries.a.path = '/elsewhere'), undefined],
    ['fractional sizeBytes', (d) => (d.entries.a.sizeBytes = 1.5), undefined],
    ['schemaVersion 1', (d) => (d.schemaVersion = 1), 'schemaVersion'],
    ['schemaVersion string', (d) => (d.schemaVersion = '2'), 'schemaVersion'],
    ['generation negative', (d) => (d.generation = -1), 'generation'],
    ['generation fractional', (d) => (d.generation = 1.5), 'generation'],
    ['generation missing', (d) => delete d.generation, 'generation'],
    ['entries an array', (d) => (d.entries = []), 'entries'],
    ['entries null', (d) => (d.entries = null), 'entries'],
    ['entry null', (d) => (d.entries.a = null), 'entries.a'],
    ['entry an array', (d) => (d.entries.a = []), 'entries.a'],
    ['id empty', (d) => (d.entries.a.id = ''), 'entries.a.id'],
    ['id number', (d) => (d.entries.a.id = 1), 'entries.a.id'],
    ['id of another key', (d) => (d.entries.a.id = 'b'), 'entries.a.id'],
    ['sha256 uppercase', (d) => (d.entries.a.sha256 = 'AB'.repeat(32)), 'entries.a.sha256'],
    ['sha256 short', (d) => (d.entries.a.sha256 = 'ab'), 'entries.a.sha256'],
    ['url missing', (d) => delete d.entries.a.url, 'entries.a.url'],
    ['sizeBytes negative', (d) => (d.entries.a.sizeBytes = -1), 'entries.a.sizeBytes'],
    ['sizeBytes string', (d) => (d.entries.a.sizeBytes = '1'), 'entries.a.sizeBytes'],
    ['fileCount fractional', (d) => (d.entries.a.fileCount = 1.5), 'entries.a.fileCount'],
    ['fileCount negative', (d) => (d.entries.a.fileCount = -1), 'entries.a.fileCount'],
    ['installedAt missing', (d) => delete d.entries.a.installedAt, 'entries.a.installedAt'],
    ['lastUsedAt null', (d) => (d.entries.a.lastUsedAt = null), 'entries.a.lastUsedAt'],
  ];
  it.each(mutations)('%s', (_name, mutate, field) => {
    const doc = valid();
    mutate(doc);
    const problem = registryProblem(doc);
    if (field === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(new RegExp(`^${field.replace('.', '\\.')}[.:]`));
  });
  it('rejects a top-level non-object', () => {
    for (const v of [null, [], 'x', 1]) expect(isRegistryDoc(v)).toBe(false);
  });
});

describe.skipIf(!POSIX)('registry.json replaced by something else than a regular file', () => {
  it('a FIFO is refused at once, naming it, by a read and by the generation check', async () => {
    await fs.rm(layout.registryFile);
    execFileSync('mkfifo', [layout.registryFile]);
    await expect(registry.read()).rejects.toThrow(
      `${layout.registryFile} is a FIFO, not a regular file`,
    );
    expect(() => readGenerationSync(layout.registryFile)).toThrow(/is a FIFO/);
  }, 5000);

  it('a link to a genuine registry is refused, never read through', async () => {
    await fs.rename(layout.registryFile, `${layout.registryFile}.genuine`);
    await fs.symlink(`${layout.registryFile}.genuine`, layout.registryFile);
    await expect(new Registry(layout).read()).rejects.toThrow(/registry\.json is a symlink/);
  });
});
