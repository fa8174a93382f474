// The registry file: atomic CAS commits, corrupt files moved aside (never treated as empty),
// rebuild from manifests, shared modes, and the fast validator's agreement with the zod schema.
import { existsSync, promises as fs, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockLostError, RegistryCorruptError, ToolchainCacheError } from '../src/core/errors.js';
import { SHARED_DIR_MODE, atomicWriteFile } from '../src/core/fsx.js';
import { MANIFEST_SCHEMA_VERSION, writeManifest } from '../src/core/install/manifest.js';
import { openCacheRoot, type CacheLayout } from '../src/core/layout.js';
import {
  REGISTRY_SCHEMA_VERSION,
  isRegistryDoc,
  registrySchema,
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
import { fakeEntry, testJob } from './helpers/workers/common.js';

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
      schemaVersion: 1,
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
          JSON.stringify({ schemaVersion: 1, generation: 1, entries: {} }),
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
      doc.entries['tool-5000'].uses.push({
        key: 'k1',
        job: testJob('j'),
        host: 'h',
        pid: 1,
        createdAt: 'c',
        leaseExpiresAt: 'l',
      });
    });
    const doc = await registry.read();
    expect(doc.generation).toBe(2);
    expect(Object.keys(doc.entries)).toHaveLength(10_000);
    expect(doc.entries['tool-5000'].uses.map((u) => u.key)).toEqual(['k1']);
  });
});

describe('a missing registry', () => {
  it('is rebuilt from the installed toolchains on the next transaction', async () => {
    await installFake('cmake-3.30');
    await installFake('ninja-1.12');
    await fs.mkdir(layout.entryDir('half-installed'), { recursive: true }); // no manifest: not an install
    const ids = await registry.update((doc, tx) => {
      tx.skipWrite(); // a rebuild is written anyway
      return Object.keys(doc.entries).sort();
    });
    expect(ids).toEqual(['cmake-3.30', 'ninja-1.12']);
    const doc = await registry.read();
    expect(doc.generation).toBe(1);
    expect(doc.entries['cmake-3.30']).toMatchObject({
      sha256: 'cd'.repeat(32),
      path: layout.toolchainRoot('cmake-3.30'),
      uses: [],
    });
  });
});

describe('a corrupt registry', () => {
  it('unparseable: a clear error naming the file, moved aside under the lock, nothing deleted', async () => {
    await installFake('cmake-3.30');
    const garbage = '{"schemaVersion":1,"generation":7,"entries":{"cmake-3.30":{"id":"cma';
    await fs.writeFile(layout.registryFile, garbage);

    // A lock-free read reports it and leaves it where it is.
    const readError = await registry.read().catch((e: unknown) => e);
    expect(readError).toBeInstanceOf(RegistryCorruptError);
    expect((readError as Error).message).toContain(layout.registryFile);
    expect((readError as Error).message).toContain('not valid JSON');
    expect(await raw()).toBe(garbage);

    // A transaction moves it aside (never treats it as empty) and fails.
    const error = (await registry
      .update(() => undefined)
      .catch((e: unknown) => e)) as RegistryCorruptError;
    expect(error).toBeInstanceOf(RegistryCorruptError);
    expect(error.code).toBe('REGISTRY_CORRUPT');
    expect(error.file).toBe(layout.registryFile);
    expect(error.movedTo).toMatch(/registry\.json\.corrupt-/);
    expect(error.message).toContain(`moved aside to ${error.movedTo}`);
    expect(await fs.readFile(error.movedTo as string, 'utf8')).toBe(garbage);
    expect(existsSync(layout.registryFile)).toBe(false);
    // The toolchains are all still there.
    expect(existsSync(path.join(layout.toolchainRoot('cmake-3.30'), 'tool'))).toBe(true);
    expect(existsSync(layout.manifestFile('cmake-3.30'))).toBe(true);
    expect(await readLockOwner(layout.lockPath('registry'))).toBeUndefined();

    // The next transaction rebuilds from the installed tree.
    const ids = await registry.update((doc) => Object.keys(doc.entries));
    expect(ids).toEqual(['cmake-3.30']);
  });

  it('valid JSON that fails validation: says where', async () => {
    const doc = {
      schemaVersion: 1,
      generation: 3,
      entries: { a: { ...fakeEntry('a'), sha256: 'not-a-sha' } },
    };
    await fs.writeFile(layout.registryFile, JSON.stringify(doc));
    const error = (await registry
      .update(() => undefined)
      .catch((e: unknown) => e)) as RegistryCorruptError;
    expect(error).toBeInstanceOf(RegistryCorruptError);
    expect(error.message).toContain('invalid at entries.a.sha256');
    expect(error.message).toContain(layout.registryFile);
    expect(JSON.parse(await fs.readFile(error.movedTo as string, 'utf8'))).toEqual(doc);
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
    const until = Date.now() + 2000;
    while (Date.now() < until) {
      const doc = await registry.read(); // throws RegistryCorruptError on a partial file
      expect(doc.generation).toBeGreaterThanOrEqual(last);
      expect(Object.keys(doc.entries)).toHaveLength(2000);
      last = doc.generation;
      reads += 1;
    }
    await killHard(writer);
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

describe('isRegistryDoc (the fast check) agrees with registrySchema', () => {
  const use = {
    key: 'k',
    job: testJob('j'),
    host: 'h',
    pid: 1,
    pidStart: '9',
    createdAt: 'c',
    leaseExpiresAt: 'l',
  };
  const valid = (): Record<string, unknown> =>
    JSON.parse(
      JSON.stringify({
        schemaVersion: 1,
        generation: 5,
        entries: { a: { ...fakeEntry('a'), uses: [use] }, b: fakeEntry('b') },
      }),
    );
  type Mutation = [string, (d: any) => void]; // eslint-disable-line @typescript-eslint/no-explicit-any
  const mutations: Mutation[] = [
    ['unchanged', () => undefined],
    ['no entries', (d) => (d.entries = {})],
    ['extra top-level key', (d) => (d.extra = 1)],
    ['extra entry key', (d) => (d.entries.a.extra = 1)],
    ['pidStart absent', (d) => delete d.entries.a.uses[0].pidStart],
    ['fractional sizeBytes', (d) => (d.entries.a.sizeBytes = 1.5)],
    ['schemaVersion 2', (d) => (d.schemaVersion = 2)],
    ['schemaVersion string', (d) => (d.schemaVersion = '1')],
    ['generation negative', (d) => (d.generation = -1)],
    ['generation fractional', (d) => (d.generation = 1.5)],
    ['generation missing', (d) => delete d.generation],
    ['entries an array', (d) => (d.entries = [])],
    ['entries null', (d) => (d.entries = null)],
    ['entry null', (d) => (d.entries.a = null)],
    ['entry an array', (d) => (d.entries.a = [])],
    ['id empty', (d) => (d.entries.a.id = '')],
    ['id number', (d) => (d.entries.a.id = 1)],
    ['sha256 uppercase', (d) => (d.entries.a.sha256 = 'AB'.repeat(32))],
    ['sha256 short', (d) => (d.entries.a.sha256 = 'ab')],
    ['url missing', (d) => delete d.entries.a.url],
    ['path number', (d) => (d.entries.a.path = 1)],
    ['sizeBytes negative', (d) => (d.entries.a.sizeBytes = -1)],
    ['sizeBytes string', (d) => (d.entries.a.sizeBytes = '1')],
    ['fileCount fractional', (d) => (d.entries.a.fileCount = 1.5)],
    ['fileCount negative', (d) => (d.entries.a.fileCount = -1)],
    ['installedAt missing', (d) => delete d.entries.a.installedAt],
    ['lastUsedAt null', (d) => (d.entries.a.lastUsedAt = null)],
    ['uses missing', (d) => delete d.entries.a.uses],
    ['uses an object', (d) => (d.entries.a.uses = {})],
    ['use null', (d) => (d.entries.a.uses[0] = null)],
    ['use key empty', (d) => (d.entries.a.uses[0].key = '')],
    ['use job missing', (d) => delete d.entries.a.uses[0].job],
    ['use job.action missing', (d) => delete d.entries.a.uses[0].job.action],
    ['use job.runId number', (d) => (d.entries.a.uses[0].job.runId = 1)],
    ['use host missing', (d) => delete d.entries.a.uses[0].host],
    ['use pid fractional', (d) => (d.entries.a.uses[0].pid = 1.5)],
    ['use pid string', (d) => (d.entries.a.uses[0].pid = '1')],
    ['use pidStart null', (d) => (d.entries.a.uses[0].pidStart = null)],
    ['use pidStart number', (d) => (d.entries.a.uses[0].pidStart = 9)],
    ['use createdAt missing', (d) => delete d.entries.a.uses[0].createdAt],
    ['use leaseExpiresAt number', (d) => (d.entries.a.uses[0].leaseExpiresAt = 1)],
  ];
  it.each(mutations)('%s', (_name, mutate) => {
    const doc = valid();
    mutate(doc);
    expect(isRegistryDoc(doc)).toBe(registrySchema.safeParse(doc).success);
  });
  it('both accept the valid document and reject a top-level non-object', () => {
    expect(isRegistryDoc(valid())).toBe(true);
    for (const v of [null, [], 'x', 1]) {
      expect(isRegistryDoc(v)).toBe(false);
      expect(registrySchema.safeParse(v).success).toBe(false);
    }
  });
});
