// The real Node 24 archive (test/helpers/node24-archive.ts): nodejs.org's layout, its sha256 in
// its SHASUMS256.txt line, the binary runnable from bin/, and published on the fake vendor origin
// it resolves through the node vendor like any release.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { node } from '../src/vendors/node.js';
import { NODE_BASE } from '../src/vendors/node.js';
import type { VendorFetch } from '../src/vendors/types.js';
import { node24Archive } from './helpers/node24-archive.js';
import { startVendorOrigin } from './helpers/vendor-origin.js';

const linuxX64 = process.platform === 'linux' && process.arch === 'x64';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'tc-node24-archive-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function unpack(file: string, into: string): string {
  execFileSync('mkdir', ['-p', into]);
  execFileSync('tar', ['-xJf', file, '-C', into]);
  const [top] = readdirSync(into);
  return path.join(into, top);
}

describe.runIf(linuxX64)('the real Node 24 archive', () => {
  it('is node-vX-linux-x64.tar.xz in nodejs.org’s layout, its sha256 on its SHASUMS line', async () => {
    const a = (await node24Archive())!;
    expect(a.name).toBe(`node-v${a.version}-linux-x64.tar.xz`);
    expect(a.version).toMatch(/^24\.\d+\.\d+$/);
    const bytes = readFileSync(a.file);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(a.sha256);
    expect(a.shasumsLine).toBe(`${a.sha256}  ${a.name}`);
    const top = unpack(a.file, path.join(scratch, 'plain'));
    expect(path.basename(top)).toBe(`node-v${a.version}-linux-x64`);
    expect(readdirSync(top).sort()).toEqual(
      ['CHANGELOG.md', 'LICENSE', 'README.md', 'bin', 'include', 'share'].sort(),
    );
    expect(readdirSync(path.join(top, 'bin'))).toEqual(['node']); // the package ships no npm
    expect(execFileSync(path.join(top, 'bin', 'node'), ['--version'], { encoding: 'utf8' })).toBe(
      `v${a.version}\n`,
    );
    expect((await node24Archive())!.sha256).toBe(a.sha256); // packed once, then read from the cache
  }, 300_000);

  it('withHostNpm: npm, npx and corepack where nodejs.org puts them, run by Node 24', async () => {
    const a = (await node24Archive({ withHostNpm: true }))!;
    const top = unpack(a.file, path.join(scratch, 'npm'));
    expect(readdirSync(path.join(top, 'bin')).sort()).toEqual(['corepack', 'node', 'npm', 'npx']);
    const env = { ...process.env, PATH: `${path.join(top, 'bin')}:${process.env.PATH}` };
    // `npm version` outside a package prints the versions of what runs it: npm under Node 24.
    const versions = JSON.parse(
      execFileSync('npm', ['version', '--json'], { encoding: 'utf8', env, cwd: scratch }),
    ) as Record<string, string>;
    expect(versions.node).toBe(a.version);
    expect(execFileSync('corepack', ['--version'], { encoding: 'utf8', env })).toMatch(/^\d+\./);
  }, 300_000);

  it('published on the fake origin, node@24 resolves to it with its sha256', async () => {
    const a = (await node24Archive())!;
    const origin = await startVendorOrigin();
    try {
      origin.publishNode('24.0.0', { platforms: ['linux-x64'] });
      origin.publishNode(a.version, {
        lts: 'Krypton',
        platforms: ['linux-x64'],
        archives: { 'linux-x64': { body: readFileSync(a.file) } },
      });
      const fetch: VendorFetch = {
        async document(url, parse) {
          return parse(
            await (await globalThis.fetch(origin.base.node + url.slice(NODE_BASE.length))).text(),
          );
        },
      };
      const r = await node.resolve(
        { spec: 'node@24', name: 'node', version: '24' },
        'linux-x64',
        fetch,
      );
      expect(r).toEqual({
        id: `node-${a.version}-linux-x64`,
        version: a.version,
        url: `https://nodejs.org/dist/v${a.version}/${a.name}`,
        sha256: a.sha256,
      });
    } finally {
      await origin.close();
    }
  }, 300_000);
});
