// `toolchain-cache lock`: resolves named toolchains into a lockfile (no cache root needed, the
// mirror from the environment honoured, vendor URLs written), and `--check` exits 1 when a newer
// version matches a locked spec, 2 when the vendor's sha256 of a locked file changed.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/context.js';
import { startServer, type TestServer } from './helpers/http-server.js';
import { NodeDist, nodeArchive } from './helpers/node-dist.js';
import { sha256 } from './helpers/origin.js';

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startServer();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-cli-lock-'));
});
afterAll(async () => {
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function lock(dist: NodeDist, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += `${t}\n`),
    stderr: (t) => void (stderr += `${t}\n`),
    // No root anywhere: the command needs none.
    env: { PATH: process.env.PATH, TOOLCHAIN_CACHE_MIRROR_NODE: dist.base },
  };
  const code = await main(['lock', ...args], io);
  return { code, stdout, stderr };
}

it('writes the lockfile for each platform with the vendor URLs, keys sorted; --check reports 0, 1, 2', async () => {
  const a = nodeArchive('24.1.0');
  const dist = new NodeDist(server, '/d1');
  dist.serve([{ version: '24.1.0', archive: a }]);
  const out = path.join(dir, 'sub', 'toolchains.lock.json');
  const w = await lock(
    dist,
    'node@24',
    '--platform',
    'linux-x64',
    '--platform',
    'darwin-arm64',
    '--out',
    out,
  );
  expect(w.code, w.stderr).toBe(0);
  const text = await fs.readFile(out, 'utf8');
  expect(JSON.parse(text)).toEqual({
    lockfileVersion: 1,
    toolchains: {
      'node@24': {
        'darwin-arm64': {
          id: 'node-24.1.0-darwin-arm64',
          version: '24.1.0',
          url: 'https://nodejs.org/dist/v24.1.0/node-v24.1.0-darwin-arm64.tar.xz',
          sha256: sha256(a),
        },
        'linux-x64': {
          id: 'node-24.1.0-linux-x64',
          version: '24.1.0',
          url: 'https://nodejs.org/dist/v24.1.0/node-v24.1.0-linux-x64.tar.xz',
          sha256: sha256(a),
        },
      },
    },
  });
  expect(text.indexOf('darwin-arm64')).toBeLessThan(text.indexOf('linux-x64'));
  expect(text.endsWith('}\n')).toBe(true);
  // Adding a spec keeps the others.
  const w2 = await lock(dist, 'node@24.1', '--platform', 'linux-x64', '--out', out);
  expect(w2.code, w2.stderr).toBe(0);
  expect(Object.keys(JSON.parse(await fs.readFile(out, 'utf8')).toolchains)).toEqual([
    'node@24',
    'node@24.1',
  ]);

  expect((await lock(dist, '--check', '--out', out)).code).toBe(0);
  // The index moves on: an update (1).
  dist.serve([
    { version: '24.2.0', archive: nodeArchive('24.2.0') },
    { version: '24.1.0', archive: a },
  ]);
  const newer = await lock(dist, '--check', '--out', out);
  expect(newer.code).toBe(1);
  expect(newer.stdout).toContain('node@24 linux-x64: 24.2.0 matches it now');
  // The vendor's sha256 of the locked file changes: an alarm (2).
  dist.serve([{ version: '24.1.0', archive: a, claimed: 'f'.repeat(64) }]);
  const alarm = await lock(dist, 'node@24', '--check', '--out', out);
  expect(alarm.code).toBe(2);
  expect(alarm.stdout).toContain(
    `ALARM: the vendor's sha256 of https://nodejs.org/dist/v24.1.0/node-v24.1.0-linux-x64.tar.xz is now ${'f'.repeat(64)}`,
  );
  // --check changed nothing.
  expect(JSON.parse(await fs.readFile(out, 'utf8')).toolchains['node@24']['linux-x64'].sha256).toBe(
    sha256(a),
  );
});

it('usage errors: no spec, an unknown platform, an unknown name', async () => {
  const dist = new NodeDist(server, '/d2');
  expect((await lock(dist)).code).toBe(2);
  const p = await lock(dist, 'node@24', '--platform', 'linux-s390x');
  expect(p.code).toBe(2);
  expect(p.stderr).toContain('--platform linux-s390x is not a platform');
  const n = await lock(dist, 'nodejs@24');
  expect(n.code).toBe(1);
  expect(n.stderr).toContain('Known names: node, go');
});
