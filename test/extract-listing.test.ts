// The listing the extractor hands the manifest (each file hashed while it was written) must be
// exactly what a scan of the finished tree gives (scanTree reads every file back): same entries,
// same fields in the same order, same digests, also when a later member replaced an earlier one.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractAndList } from '../src/core/install/extract.js';
import { scanTree } from '../src/core/manifest.js';
import { makeTar, makeZip, type FileSpec } from './helpers/archives.js';

const POSIX = process.platform !== 'win32';
let tmp: string;
let stage: string;

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-listing-'));
  stage = path.join(tmp, 'stage');
});
afterEach(async () => {
  delete process.env.TOOLCHAIN_CACHE_FAULT;
  delete process.env.TOOLCHAIN_CACHE_FAULT_TIMES;
  await fs.rm(tmp, { recursive: true, force: true });
});

async function expectListedAsScanned(
  kind: 'tar.gz' | 'zip',
  entries: FileSpec[],
  opts: Parameters<typeof extractAndList>[2] = {},
): Promise<void> {
  const file = path.join(tmp, `a.${kind}`);
  if (kind === 'zip') await makeZip(file, entries);
  else await makeTar(file, entries, 'gz');
  const { files } = await extractAndList(file, stage, opts);
  const scanned = await scanTree(stage);
  expect(files).toEqual(scanned);
  // The manifest is written as JSON and its bytes are digested into the receipt: key order too.
  expect(JSON.stringify(files)).toBe(JSON.stringify(scanned));
}

const TOOL: FileSpec[] = [
  { path: 'tool-1.0/', type: 'directory' },
  { path: 'tool-1.0/bin/tool', content: '#!/bin/sh\necho tool\n', mode: 0o755 },
  { path: 'tool-1.0/lib/libtool.so.1', content: 'x'.repeat(300_000) },
  { path: 'tool-1.0/lib/libtool.so', type: 'symlink', linkTarget: 'libtool.so.1' },
  { path: 'tool-1.0/lib/deep/er/empty', content: '' }, // parents never listed as members
  { path: 'tool-1.0/README', content: 'readme' },
  { path: 'tool-1.0/bin/group-runs', content: 'x', mode: 0o654 }, // executable, not by its owner
];

describe('the extractor lists the tree as scanTree would', () => {
  it.each(['tar.gz', 'zip'] as const)('%s: files, modes, links, implicit directories', (kind) =>
    expectListedAsScanned(kind, TOOL),
  );

  it('with strip-components', () => expectListedAsScanned('tar.gz', TOOL, { stripComponents: 1 }));

  it.each(['tar.gz', 'zip'] as const)(
    '%s: a later member of the same name and size replaces the earlier one',
    (kind) =>
      expectListedAsScanned(kind, [
        { path: 'd/a', content: 'first' },
        { path: 'd/a', content: 'SECND' },
      ]),
  );

  it.skipIf(!POSIX)('a hard link replacing a file of the same size is hashed as the link', () =>
    expectListedAsScanned('tar.gz', [
      { path: 'd/a', content: 'AAAA' },
      { path: 'd/b', content: 'BBBB' },
      { path: 'd/a', type: 'hardlink', linkTarget: 'd/b' },
    ]),
  );

  it.each(['tar.gz', 'zip'] as const)(
    '%s: a copy made for a link Windows refused is hashed as the copy',
    (kind) => {
      process.env.TOOLCHAIN_CACHE_FAULT = 'symlink-eperm';
      process.env.TOOLCHAIN_CACHE_FAULT_TIMES = '100';
      return expectListedAsScanned(
        kind,
        [
          { path: 'py/bin/python', content: 'old!' }, // replaced by the link below
          { path: 'py/bin/python3', content: 'real' },
          { path: 'py/bin/python', type: 'symlink', linkTarget: 'python3' },
        ],
        { platform: 'win32', log: () => undefined },
      );
    },
  );
});

describe('the listing after a hard link replaced a file', () => {
  it('X, Y, X linked to Y, then Y rewritten: X is listed with the bytes it has, not its first ones', () =>
    expectListedAsScanned('tar.gz', [
      { path: 'd/', type: 'directory' },
      { path: 'd/x', content: 'c1-bytes' },
      { path: 'd/y', content: 'c2-bytes' },
      { path: 'd/x', type: 'hardlink', linkTarget: 'd/y' },
      { path: 'd/y', content: 'c3-bytes' },
    ]));
});
