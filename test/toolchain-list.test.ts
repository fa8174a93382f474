// The list `prefetch --file` reads: the `toolchains` input's YAML, its explicit items checked as
// the input's are, and one function (toSpecs) that turns items into specs, where named items
// (`- node@24`) are refused until the vendors' resolver is wired in.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseToolchainList, readToolchainList, toSpecs } from '../src/cli/toolchain-list.js';

const SHA = 'a'.repeat(64);
const explicit = (id: string): string =>
  `- id: ${id}\n  url: https://example.com/${id}.tar.gz\n  sha256: ${SHA}\n`;

describe('the toolchains list of prefetch', () => {
  it('explicit items pass through toSpecs as the input parser reads them', async () => {
    const { items, warnings } = await parseToolchainList(
      explicit('a-1.0') + explicit('b-1.0') + '  extra: 1\n',
    );
    expect(warnings).toEqual([expect.stringContaining('unknown key "extra"')]);
    const specs = await toSpecs(items, {});
    expect(specs.map((s) => [s.id, s.sha256])).toEqual([
      ['a-1.0', SHA],
      ['b-1.0', SHA],
    ]);
  });

  it('named items are kept in place, and toSpecs says what they need (naming each)', async () => {
    const { items } = await parseToolchainList(`- node@24\n${explicit('a-1.0')}- go@1.23\n`);
    expect(items).toMatchObject([
      { named: 'node@24', index: 0 },
      { id: 'a-1.0' },
      { named: 'go@1.23', index: 2 },
    ]);
    await expect(toSpecs(items, { lockfile: 'toolchains.lock.json' })).rejects.toThrow(
      /toolchains\[0\] "node@24", toolchains\[2\] "go@1\.23": named toolchains need .*--lockfile toolchains\.lock\.json.*id, url and sha256/,
    );
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
