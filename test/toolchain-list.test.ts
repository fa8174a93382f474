// The list `prefetch --file` reads: the `toolchains` input's YAML, its explicit items checked as
// the input's are, and one function (toSpecs) that turns items into specs, named items
// (`- node@24`) resolved as the main step resolves them (here from a lockfile: no network).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseToolchainList, readToolchainList, toSpecs } from '../src/cli/toolchain-list.js';
import { formatLockfile } from '../src/core/named/lockfile.js';
import { hostPlatform } from '../src/vendors/platform.js';
import { makeTempRoot } from './helpers/fixtures.js';

const quiet = { info: () => undefined, warning: () => undefined, debug: () => undefined };

const SHA = 'a'.repeat(64);
const explicit = (id: string): string =>
  `- id: ${id}\n  url: https://example.com/${id}.tar.gz\n  sha256: ${SHA}\n`;

describe('the toolchains list of prefetch', () => {
  it('explicit items pass through toSpecs as the input parser reads them', async () => {
    const { items, warnings } = await parseToolchainList(
      explicit('a-1.0') + explicit('b-1.0') + '  extra: 1\n',
    );
    expect(warnings).toEqual([expect.stringContaining('unknown key "extra"')]);
    const t = await makeTempRoot('tc-list-');
    const specs = await toSpecs(items, { layout: t.layout, host: {}, log: quiet }).finally(() =>
      t.cleanup(),
    );
    expect(specs.map((s) => [s.id, s.sha256])).toEqual([
      ['a-1.0', SHA],
      ['b-1.0', SHA],
    ]);
  });

  it('named items are resolved in place, from the lockfile with no request at all', async () => {
    const { items } = await parseToolchainList(`- node@24\n${explicit('a-1.0')}- go@1.23\n`);
    expect(items).toMatchObject([
      { spec: 'node@24', index: 0 },
      { id: 'a-1.0' },
      { spec: 'go@1.23' },
    ]);
    const t = await makeTempRoot('tc-list-');
    try {
      const platform = hostPlatform();
      const entry = (name: string, version: string) => ({
        id: `${name}-${version}-${platform}`,
        version,
        // Nothing listens there: a request would fail the test.
        url: `http://127.0.0.1:9/${name}-${version}.tar.gz`,
        sha256: SHA,
      });
      const lockfile = path.join(await t.tempDir(), 'toolchains.lock.json');
      await fs.writeFile(
        lockfile,
        formatLockfile({
          lockfileVersion: 1,
          toolchains: {
            'node@24': { [platform]: entry('node', '24.11.1') },
            'go@1.23': { [platform]: entry('go', '1.23.4') },
          },
        }),
      );
      const specs = await toSpecs(items, { lockfile, layout: t.layout, host: {}, log: quiet });
      expect(specs.map((s) => s.id)).toEqual([
        `node-24.11.1-${platform}`,
        'a-1.0',
        `go-1.23.4-${platform}`,
      ]);
    } finally {
      await t.cleanup();
    }
  });

  it('a bad explicit item is refused as the input refuses it; the file is named', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-list-'));
    try {
      const file = path.join(dir, 'toolchains.yml');
      await fs.writeFile(file, '- id: a-1.0\n  url: ftp://example.com/a.tgz\n  sha256: x\n');
      await expect(readToolchainList(file)).rejects.toThrow(
        new RegExp(`^--file ${file}: toolchains\\[0\\] \\(id "a-1.0"\\): field "url"`),
      );
      await expect(readToolchainList(path.join(dir, 'missing.yml'))).rejects.toThrow(
        /--file .*missing\.yml: cannot read it/,
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
