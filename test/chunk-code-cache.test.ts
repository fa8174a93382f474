// The Node < 22.1 code cache of the bundle's chunks (src/action/chunk-code-cache.ts), against chunk
// files written here in the shape the bundler emits, and a stand-in for the bundle's runtime.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installChunkCodeCache, type BundleRuntime } from '../src/action/chunk-code-cache.js';

let dir: string;
let bundleDir: string;
let cacheDir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-chunk-cache-'));
  bundleDir = path.join(dir, 'dist');
  cacheDir = path.join(dir, 'root', 'compile-cache', 'chunks');
  await fs.mkdir(bundleDir, { recursive: true });
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

/** A chunk as the bundler writes it: three exports, then module factories. */
const chunkSource = (id: number, moduleId: number, body: string): string =>
  `export const id = ${id};\nexport const ids = [${id}];\nexport const modules = {\n\n/***/ ${moduleId}:\n/***/ ((module) => {\n${body}\n/***/ })\n\n};\n`;

function runtime(): BundleRuntime & { fallbacks: Array<string | number> } {
  const fallbacks: Array<string | number> = [];
  return {
    fallbacks,
    f: { j: (chunkId) => void fallbacks.push(chunkId) },
    m: {},
    u: (chunkId) => `${chunkId}.index.js`,
  };
}

/** Runs module `moduleId`'s factory the way the bundle's runtime would; returns its exports. */
function load(rt: BundleRuntime, moduleId: number): unknown {
  const module = { exports: {} as unknown };
  (rt.m[moduleId] as (m: typeof module) => void)(module);
  return module.exports;
}

const cacheFiles = async (): Promise<string[]> =>
  (await fs.readdir(cacheDir).catch(() => [] as string[])).sort();

describe('chunk code cache (Node < 22.1)', () => {
  it('loads a chunk without the runtime, writes its cache at flush, then loads from it', async () => {
    await fs.writeFile(
      path.join(bundleDir, '7.index.js'),
      chunkSource(7, 4242, 'module.exports = { answer: () => 6 * 7 };'),
    );
    const first = runtime();
    const flush = installChunkCodeCache(first, bundleDir, cacheDir);
    first.f.j(7, []);
    expect(first.fallbacks).toEqual([]);
    expect((load(first, 4242) as { answer: () => number }).answer()).toBe(42);
    expect(await cacheFiles()).toEqual([]); // written at exit, not before
    flush();
    const written = await cacheFiles();
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^7\.index\.js-\d+-[0-9a-f]+\.bin$/);
    const { mtimeMs } = await fs.stat(path.join(cacheDir, written[0]));

    // The next process: the cache is accepted, nothing is written again.
    const second = runtime();
    const flush2 = installChunkCodeCache(second, bundleDir, cacheDir);
    second.f.j(7, []);
    second.f.j(7, []); // a chunk asked for twice is loaded once
    expect(second.fallbacks).toEqual([]);
    expect((load(second, 4242) as { answer: () => number }).answer()).toBe(42);
    flush2();
    expect((await fs.stat(path.join(cacheDir, written[0]))).mtimeMs).toBe(mtimeMs);
  });

  it('a changed chunk gets a cache of its own', async () => {
    const file = path.join(bundleDir, '7.index.js');
    await fs.writeFile(file, chunkSource(7, 1, 'module.exports = 1;'));
    let rt = runtime();
    installChunkCodeCache(rt, bundleDir, cacheDir)();
    rt.f.j(7, []);
    // (nothing compiled before the flush above: nothing written)
    expect(await cacheFiles()).toEqual([]);
    const flush = installChunkCodeCache((rt = runtime()), bundleDir, cacheDir);
    rt.f.j(7, []);
    flush();
    await fs.writeFile(file, chunkSource(7, 1, 'module.exports = 2;'));
    const flush2 = installChunkCodeCache((rt = runtime()), bundleDir, cacheDir);
    rt.f.j(7, []);
    expect(load(rt, 1)).toBe(2);
    flush2();
    const both = await cacheFiles();
    expect(both).toHaveLength(2);
    // (A cache V8 rejects is replaced: test/e2e, across real processes — within one, V8 reuses
    // what it compiled before and never looks at the bytes.)
  });

  it("leaves to the runtime what it does not recognise, and never fails for the cache's sake", async () => {
    await fs.writeFile(
      path.join(bundleDir, '8.index.js'),
      chunkSource(8, 2, 'module.exports = import.meta.url;'),
    );
    await fs.writeFile(path.join(bundleDir, '9.index.js'), 'export default 1;\n');
    const rt = runtime();
    installChunkCodeCache(rt, bundleDir, cacheDir);
    rt.f.j(8, []);
    rt.f.j(9, []);
    rt.f.j(10, []); // no such file
    expect(rt.fallbacks).toEqual([8, 9, 10]);
    expect(rt.m).toEqual({});

    // A file where the cache directory should be: loading works, the flush writes nothing.
    await fs.mkdir(path.dirname(cacheDir), { recursive: true });
    await fs.writeFile(cacheDir, 'not a directory');
    await fs.writeFile(
      path.join(bundleDir, '7.index.js'),
      chunkSource(7, 3, 'module.exports = 3;'),
    );
    const rt2 = runtime();
    const flush = installChunkCodeCache(rt2, bundleDir, cacheDir);
    rt2.f.j(7, []);
    expect(load(rt2, 3)).toBe(3);
    expect(() => flush()).not.toThrow();
    expect((await fs.stat(cacheDir)).isFile()).toBe(true);
  });

  it('keeps line numbers: an error thrown in a chunk names the line of the file', async () => {
    await fs.writeFile(
      path.join(bundleDir, '7.index.js'),
      chunkSource(7, 5, 'module.exports = () => {\n  throw new Error("boom");\n};'),
    );
    const rt = runtime();
    installChunkCodeCache(rt, bundleDir, cacheDir);
    rt.f.j(7, []);
    const thrower = load(rt, 5) as () => void;
    let stack = '';
    try {
      thrower();
    } catch (e) {
      stack = (e as Error).stack ?? '';
    }
    // Line 1-3: exports; 4: blank; 5-6: module header; 7: `module.exports = () => {`; 8: throw.
    expect(stack).toContain(`${path.join(bundleDir, '7.index.js')}:8:`);
  });
});

describe('chunk code cache: module semantics', () => {
  it('runs a chunk strict, as import() runs a module', async () => {
    await fs.writeFile(
      path.join(bundleDir, '7.index.js'),
      chunkSource(
        7,
        6,
        'module.exports = () => { const frozen = Object.freeze({ a: 1 }); frozen.a = 2; return this; };',
      ),
    );
    const rt = runtime();
    installChunkCodeCache(rt, bundleDir, cacheDir);
    rt.f.j(7, []);
    expect(rt.fallbacks).toEqual([]);
    // Sloppy mode would ignore the write to a frozen object silently.
    expect(load(rt, 6) as () => unknown).toThrow(TypeError);
  });
});

describe('chunk code cache: sharing', () => {
  it.skipIf(process.platform === 'win32')(
    'creates its directories and files group-writable whatever the umask',
    async () => {
      await fs.writeFile(
        path.join(bundleDir, '7.index.js'),
        chunkSource(7, 1, 'module.exports = 1;'),
      );
      const old = process.umask(0o077);
      try {
        const rt = runtime();
        const flush = installChunkCodeCache(rt, bundleDir, cacheDir);
        rt.f.j(7, []);
        flush();
      } finally {
        process.umask(old);
      }
      const [file] = await cacheFiles();
      expect((await fs.stat(path.join(cacheDir, file))).mode & 0o777).toBe(0o664);
      expect((await fs.stat(cacheDir)).mode & 0o7777).toBe(0o2775);
      expect((await fs.stat(path.dirname(cacheDir))).mode & 0o7777).toBe(0o2775);
    },
  );
});
