// node's job setup (src/vendors/node.ts `job`) with the real Node 24
// and real npm and corepack: `npm i -g` and `corepack enable` write into the per-job prefix, and
// the toolchain's tree is byte for byte what it was (else every later hit would reinstall it).
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { node } from '../src/vendors/node.js';
import { node24Archive } from './helpers/node24-archive.js';
import { scanTree } from '../src/core/manifest.js';
import type { JobSetup } from '../src/vendors/types.js';

/**
 * What the main step does with a JobSetup (the resolver's applyJobSetup, src/core/named/), here by
 * hand so this test needs only the vendor module: directories, then links, existing ones kept.
 */
function applySetup(setup: JobSetup): void {
  for (const dir of setup.dirs) mkdirSync(dir, { recursive: true });
  for (const link of setup.links) {
    if (link.target === undefined) throw new Error('unix setups make links');
    try {
      symlinkSync(link.target, link.path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

const linuxX64 = process.platform === 'linux' && process.arch === 'x64';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'tc-node-job-'));
afterAll(() => {
  execFileSync('chmod', ['-R', 'u+w', scratch]);
  rmSync(scratch, { recursive: true, force: true });
});

describe.runIf(linuxX64)('node: npm i -g and corepack enable leave the tree alone', () => {
  it('writes into NPM_CONFIG_PREFIX and the prefix bin; the tree is unchanged', async () => {
    const a = (await node24Archive({ withHostNpm: true }))!;
    execFileSync('tar', ['-xJf', a.file, '-C', scratch]);
    const root = path.join(scratch, `node-v${a.version}-linux-x64`);
    execFileSync('chmod', ['-R', 'a-w', root]); // as installed; root (the test user) could still write
    const before = JSON.stringify(await scanTree(root));

    const resolution = {
      id: `node-${a.version}-linux-x64`,
      version: a.version,
      url: 'u',
      sha256: 's',
    };
    const layout = node.layout('linux-x64');
    const temp = path.join(scratch, 'runner-temp');
    const setup = layout.job!(root, resolution, 'linux-x64', {
      tempDir: temp,
      homeDir: scratch,
      env: {},
    });
    applySetup(setup);
    applySetup(setup); // a second step of the job: already there, no error

    // A tiny package installed globally from a local tarball (no registry needed).
    const pkg = path.join(scratch, 'pkg');
    mkdirSync(pkg);
    writeFileSync(
      path.join(pkg, 'package.json'),
      '{"name":"tc-hello","version":"1.0.0","bin":{"tc-hello":"hi.js"}}',
    );
    writeFileSync(
      path.join(pkg, 'hi.js'),
      '#!/usr/bin/env node\nconsole.log("hello from", process.version)\n',
    );
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...layout.env(root, resolution, 'linux-x64'),
      ...setup.env,
      PATH: [...setup.path, ...layout.bin.map((b) => path.join(root, b)), process.env.PATH].join(
        ':',
      ),
      npm_config_cache: path.join(scratch, 'npm-cache'),
      npm_config_update_notifier: 'false',
      COREPACK_HOME: path.join(scratch, 'corepack-home'),
    };
    for (const k of Object.keys(env))
      if (k.startsWith('npm_') && !['npm_config_cache', 'npm_config_update_notifier'].includes(k))
        delete env[k];
    const sh = (cmd: string, args: string[], cwd = scratch) =>
      execFileSync(cmd, args, { env, cwd, encoding: 'utf8' });
    sh('npm', ['pack', '--silent'], pkg);
    sh('npm', ['install', '--global', path.join(pkg, 'tc-hello-1.0.0.tgz')]);
    expect(sh('tc-hello', [])).toBe(`hello from v${a.version}\n`);
    sh('corepack', ['enable']);

    const prefix = setup.env.NPM_CONFIG_PREFIX;
    const shims = readdirSync(path.join(prefix, 'bin')).sort();
    expect(shims).toEqual(expect.arrayContaining(['corepack', 'pnpm', 'tc-hello', 'yarn']));
    expect(lstatSync(path.join(prefix, 'lib', 'node_modules', 'tc-hello')).isDirectory()).toBe(
      true,
    );
    expect(sh('sh', ['-c', 'command -v pnpm']).trim()).toBe(path.join(prefix, 'bin', 'pnpm'));
    expect(JSON.stringify(await scanTree(root))).toBe(before);
  }, 300_000);
});
