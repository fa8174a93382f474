// The code cache of the bundle's chunks (src/action/chunk-code-cache.ts), against chunk
// files written here in the shape the bundler emits, and a stand-in for the bundle's runtime.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CodePath,
  HEADER_BYTES,
  installChunkCodeCache,
  noteCodePath,
  rewriteWith,
  sealedPaths,
  MAX_CODE_CACHE_BYTES,
  pruneCacheDir,
  readRegularFile,
  seal,
  unseal,
  type BundleRuntime,
} from '../src/action/chunk-code-cache.js';
import { CODE_CACHE_MAX_AGE_MS } from '../src/core/compile-cache-dir.js';

const crc32 = (zlib as unknown as { crc32: (b: Uint8Array) => number }).crc32;
const POSIX = process.platform !== 'win32';

let dir: string;
let bundleDir: string;
let cacheDir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-chunk-cache-'));
  bundleDir = path.join(dir, 'dist');
  // The loader makes it (code-cache-home.ts); the chunk cache only writes files in it.
  cacheDir = path.join(dir, 'cache-home', 'toolchain-cache', 'chunks');
  await fs.mkdir(bundleDir, { recursive: true });
  await fs.mkdir(cacheDir, { recursive: true });
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

describe('chunk code cache', () => {
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
    expect(written[0]).toMatch(/^dist-7\.index\.js-\d+-[0-9a-f]+\.bin$/);
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

  it('reads an ASCII chunk (as the build writes them) and a UTF-8 one as their text', async () => {
    const text = 'em dash \u2014, arrow \u2192, astral \ud83d\ude00';
    // The build's form: escapes only. And a chunk with the characters themselves (UTF-8 on disk).
    await fs.writeFile(
      path.join(bundleDir, '7.index.js'),
      chunkSource(7, 1, `module.exports = "${text}";`),
    );
    await fs.writeFile(
      path.join(bundleDir, '8.index.js'),
      chunkSource(8, 2, `module.exports = ${JSON.stringify(JSON.parse(`"${text}"`))};`),
    );
    const rt = runtime();
    installChunkCodeCache(rt, bundleDir, cacheDir);
    rt.f.j(7, []);
    rt.f.j(8, []);
    expect(rt.fallbacks).toEqual([]);
    const expected = 'em dash \u2014, arrow \u2192, astral \u{1f600}';
    expect(load(rt, 1)).toBe(expected);
    expect(load(rt, 2)).toBe(expected);
  });

  it("a changed chunk gets a cache of its own, which replaces the old version's", async () => {
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
    const before = await cacheFiles();
    flush2();
    const after = await cacheFiles();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
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
    await fs.rm(cacheDir, { recursive: true });
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

/** Writes chunk 7 (module 1 exports `value`); returns its cache file's path, not yet written. */
async function chunkSeven(value: number): Promise<string> {
  const source = Buffer.from(chunkSource(7, 1, `module.exports = ${value};`));
  await fs.writeFile(path.join(bundleDir, '7.index.js'), source);
  return path.join(cacheDir, `dist-7.index.js-${source.length}-${crc32(source).toString(16)}.bin`);
}

/** One step's run: chunk 7 loaded through the cache (never the runtime's loader), then the flush. */
function stepRun(expected: number): void {
  const rt = runtime();
  const flush = installChunkCodeCache(rt, bundleDir, cacheDir);
  rt.f.j(7, []);
  expect(rt.fallbacks).toEqual([]);
  expect(load(rt, 1)).toBe(expected);
  flush();
}

/** The cache file holds V8's bytes sealed for the chunk's source: what the next step would use. */
async function expectSealedFor(cacheFile: string): Promise<void> {
  const st = await fs.lstat(cacheFile);
  expect(st.isFile()).toBe(true);
  if (POSIX) expect(st.mode & 0o777).toBe(0o600);
  const source = await fs.readFile(path.join(bundleDir, '7.index.js'));
  expect(unseal(await fs.readFile(cacheFile), crc32(source), crc32)).toBeInstanceOf(Buffer);
}

describe('chunk code cache: checked before V8 sees it', () => {
  it('refuses a flipped byte anywhere, another source, a short or long file', () => {
    const data = Buffer.from('bytes V8 cached '.repeat(8));
    const sealed = seal(data, 0x1234abcd, crc32);
    expect(unseal(sealed, 0x1234abcd, crc32)).toEqual(data);
    for (let at = 0; at < sealed.length; at++) {
      const flipped = Buffer.from(sealed);
      flipped[at] ^= 0x01;
      expect(unseal(flipped, 0x1234abcd, crc32), `byte ${at} flipped`).toBeUndefined();
    }
    expect(unseal(sealed, 0x1234abce, crc32)).toBeUndefined();
    expect(unseal(sealed.subarray(0, sealed.length - 1), 0x1234abcd, crc32)).toBeUndefined();
    expect(unseal(Buffer.concat([sealed, Buffer.of(0)]), 0x1234abcd, crc32)).toBeUndefined();
    expect(unseal(sealed.subarray(0, 10), 0x1234abcd, crc32)).toBeUndefined();
    expect(unseal(undefined, 0x1234abcd, crc32)).toBeUndefined();
  });

  it('a damaged cache file is compiled again and rewritten', async () => {
    const cacheFile = await chunkSeven(11);
    stepRun(11);
    await expectSealedFor(cacheFile);
    const damaged = await fs.readFile(cacheFile);
    damaged[damaged.length - 5] ^= 0x40; // in V8's bytes
    await fs.writeFile(cacheFile, damaged);
    stepRun(11);
    await expectSealedFor(cacheFile);
    expect(await fs.readFile(cacheFile)).not.toEqual(damaged);
  });

  it.skipIf(!POSIX)('writes its files 0600 whatever the umask', async () => {
    for (const umask of [0o000, 0o277]) {
      const cacheFile = await chunkSeven(umask);
      const old = process.umask(umask);
      try {
        stepRun(umask);
      } finally {
        process.umask(old);
      }
      await expectSealedFor(cacheFile);
    }
  });
});

describe('chunk code cache: only regular files are read', () => {
  it.skipIf(!POSIX)(
    'a FIFO, a link, a directory in place of the cache file: no cache, then a fresh file',
    async () => {
      const outside = path.join(dir, 'outside.bin');
      const plants: Array<[string, (cacheFile: string) => Promise<void>]> = [
        // Opened blocking, a FIFO with no writer would hang this test (and a step) for good.
        ['FIFO', async (f) => void execFileSync('mkfifo', [f])],
        // A good cache of the same chunk, elsewhere: a link to it is not followed.
        ['link', (f) => fs.symlink(outside, f)],
        ['directory', async (f) => void (await fs.mkdir(path.join(f, 'in'), { recursive: true }))],
      ];
      for (const [i, [what, plant]] of plants.entries()) {
        const cacheFile = await chunkSeven(i);
        stepRun(i);
        await fs.copyFile(cacheFile, outside);
        const good = await fs.readFile(outside);
        await fs.rm(cacheFile);
        await plant(cacheFile);
        stepRun(i);
        await expectSealedFor(cacheFile); // replaced by a regular file
        expect(await fs.readFile(outside), what).toEqual(good);
      }
    },
  );

  it('reads at most its size and never a file above the cap', async () => {
    const big = path.join(dir, 'big.bin');
    await fs.writeFile(big, '');
    await fs.truncate(big, MAX_CODE_CACHE_BYTES + 1); // sparse: nothing is really written
    expect(readRegularFile(big, MAX_CODE_CACHE_BYTES)).toBeUndefined();
    await fs.truncate(big, 1000);
    expect(readRegularFile(big, MAX_CODE_CACHE_BYTES)).toHaveLength(1000);
    expect(readRegularFile(path.join(dir, 'missing.bin'), MAX_CODE_CACHE_BYTES)).toBeUndefined();
  });
});

describe('chunk code cache: pruning', () => {
  it("keeps main's and post's caches of chunks of the same name apart", async () => {
    const bundles = ['main', 'post'].map((b) => path.join(dir, 'dist', b));
    for (const [i, b] of bundles.entries()) {
      await fs.mkdir(b, { recursive: true });
      await fs.writeFile(path.join(b, '7.index.js'), chunkSource(7, 1, `module.exports = ${i};`));
    }
    for (let round = 0; round < 2; round++) {
      for (const [i, b] of bundles.entries()) {
        const rt = runtime();
        const flush = installChunkCodeCache(rt, b, cacheDir);
        rt.f.j(7, []);
        expect(load(rt, 1)).toBe(i);
        flush();
      }
    }
    const files = await cacheFiles();
    expect(files.map((f) => f.split('-')[0])).toEqual(['main', 'post']);
    // Each written once: the second round used them (both still there, never rewritten).
    const [main] = files;
    const { mtimeMs } = await fs.stat(path.join(cacheDir, main));
    const rt = runtime();
    const flush = installChunkCodeCache(rt, bundles[0], cacheDir);
    rt.f.j(7, []);
    flush();
    expect((await fs.stat(path.join(cacheDir, main))).mtimeMs).toBe(mtimeMs);
  });

  it("removes the chunk's other versions, stale files and killed writers' temp files", async () => {
    const now = Date.now();
    const kept = '7.index.js-100-abc.bin';
    const old = (ms: number) => new Date(now - ms);
    const files: Record<string, { age: number; dir?: boolean }> = {
      [kept]: { age: 0 },
      '7.index.js-90-def.bin': { age: 0 }, // another version of chunk 7: goes
      '7.index.js-80-123.bin': { age: 0, dir: true }, // whatever it is
      '17.index.js-100-abc.bin': { age: 0 }, // another chunk: stays
      '8.index.js-100-abc.bin': { age: CODE_CACHE_MAX_AGE_MS + 60_000 }, // not rewritten: goes
      '7.index.js-100-abc.bin.tmp-1-a': { age: 60_000 }, // a writer at work: stays
      '7.index.js-90-def.bin.tmp-2-b': { age: 60_000 }, // another version's writer: stays
      '8.index.js-100-abc.bin.tmp-3-c': { age: 2 * 3600_000 }, // a killed writer's: goes
    };
    for (const [name, { age, dir: isDir }] of Object.entries(files)) {
      const p = path.join(cacheDir, name);
      if (isDir) await fs.mkdir(p);
      else await fs.writeFile(p, 'x');
      await fs.utimes(p, old(age), old(age));
    }
    pruneCacheDir(cacheDir, kept, now);
    expect(await cacheFiles()).toEqual(
      [
        kept,
        '17.index.js-100-abc.bin',
        '7.index.js-100-abc.bin.tmp-1-a',
        '7.index.js-90-def.bin.tmp-2-b',
      ].sort(),
    );
  });
});

describe('chunk code cache: when a good cache is written again (rewriteWith)', () => {
  const { Named, Miss } = CodePath;
  it("none or refused: written with this run's paths", () => {
    expect(rewriteWith(undefined, 0)).toBe(0);
    expect(rewriteWith(undefined, Miss | Named)).toBe(Miss | Named);
  });
  it('a path its writer had not taken: written again with both; the same paths: left', () => {
    expect(rewriteWith(0, Named)).toBe(Named);
    expect(rewriteWith(Named, Named)).toBeUndefined();
    expect(rewriteWith(Named, 0)).toBeUndefined();
  });
  it("a miss never rewrites a hit's cache (its install functions stay out of it)", () => {
    expect(rewriteWith(0, Miss)).toBeUndefined();
    expect(rewriteWith(Named, Miss)).toBeUndefined();
    expect(rewriteWith(0, Miss | Named)).toBeUndefined();
  });
});

// Last in this file: a code path noted stays noted for the process (as in a step).
describe('chunk code cache: code paths', () => {
  it('a cache written before a path was taken is written again once by the first run taking it', async () => {
    await fs.writeFile(
      path.join(bundleDir, '7.index.js'),
      chunkSource(7, 1, 'module.exports = { plain: () => 1, named: () => 2 };'),
    );
    const run = async (): Promise<{ file: string; mtimeMs: number; paths: number }> => {
      const rt = runtime();
      const flush = installChunkCodeCache(rt, bundleDir, cacheDir);
      rt.f.j(7, []);
      (load(rt, 1) as { plain: () => number }).plain();
      flush();
      const [name] = await cacheFiles();
      const file = path.join(cacheDir, name);
      const bytes = await fs.readFile(file);
      return { file, mtimeMs: (await fs.stat(file)).mtimeMs, paths: sealedPaths(bytes) };
    };
    const first = await run();
    expect(first.paths).toBe(0);
    expect((await run()).mtimeMs).toBe(first.mtimeMs); // nothing new: not written again
    noteCodePath(CodePath.Named);
    await new Promise((resolve) => setTimeout(resolve, 20)); // a later mtime for the rewrite
    const rewritten = await run();
    expect(rewritten.paths).toBe(CodePath.Named);
    expect(rewritten.mtimeMs).toBeGreaterThan(first.mtimeMs);
    expect((await run()).mtimeMs).toBe(rewritten.mtimeMs); // the path is in it now
    // The paths field is checked with V8's bytes: a flipped bit there is refused, then rewritten.
    const bytes = await fs.readFile(rewritten.file);
    bytes[16] ^= 0x02;
    expect(unseal(bytes, bytes.readUInt32LE(4), crc32)).toBeUndefined();
    expect(HEADER_BYTES).toBe(20);
  });
});

describe('chunk code cache: a cache a miss wrote', () => {
  it('is not used: the chunk is compiled from its source and the cache written again', async () => {
    const file = path.join(bundleDir, '7.index.js');
    await fs.writeFile(file, chunkSource(7, 1, 'module.exports = 7;'));
    // A cache as a miss left it, good in every other way.
    let rt = runtime();
    let flush = installChunkCodeCache(rt, bundleDir, cacheDir);
    rt.f.j(7, []);
    flush();
    const [name] = await cacheFiles();
    const cacheFile = path.join(cacheDir, name);
    const good = await fs.readFile(cacheFile);
    const data = unseal(good, good.readUInt32LE(4), crc32)!;
    await fs.writeFile(cacheFile, seal(data, good.readUInt32LE(4), crc32, CodePath.Miss));
    const before = (await fs.stat(cacheFile)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    rt = runtime();
    flush = installChunkCodeCache(rt, bundleDir, cacheDir);
    rt.f.j(7, []);
    expect(load(rt, 1)).toBe(7);
    flush();
    const after = await fs.readFile(cacheFile);
    expect((await fs.stat(cacheFile)).mtimeMs).toBeGreaterThan(before);
    expect(sealedPaths(after) & CodePath.Miss).toBe(0);
  });
});
