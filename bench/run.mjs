// npm run bench: the action's steps on Node 20 (this node) and Node 24 against same-run baselines
// (bare node and the @actions/core floor, both bundled here),
// as one table (bench/action.ts). `npm run bench:coordination` runs the lock and registry
// throughput benches and the cost of the hit check. Figures only: nothing here passes or fails on speed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../scripts/build.mjs';
import { node24Binary } from '../scripts/node24.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.dirname(here);

function runTs(file) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, file)], {
    stdio: 'inherit',
    cwd: repo,
    env: process.env,
  });
  if (r.status !== 0) console.error(`${file} failed (exit ${r.status ?? r.signal})`);
  return r.status === 0;
}

if (process.argv.includes('--profile')) {
  // Where one warm main's milliseconds go, on this node and on Node 24 (bench/profile.ts).
  const bareDir = 'node_modules/.cache/bench/bare';
  bundle('bench/bare/step.js', bareDir);
  process.env.BENCH_BARE_BUNDLE = path.join(repo, bareDir, 'index.js');
  let ok = runTs('profile.ts');
  const n24 = process.env.BENCH_NODE24 || node24Binary();
  if (n24) {
    process.env.PROFILE_NODE = n24;
    ok = runTs('profile.ts') && ok;
  }
  process.exitCode = ok ? 0 : 1;
} else if (process.argv.includes('--coordination')) {
  let ok = true;
  for (const bench of ['lock-throughput.ts', 'registry-throughput.ts', 'hit-check.ts']) {
    ok = runTs(bench) && ok;
    console.log('');
  }
  process.exitCode = ok ? 0 : 1;
} else {
  // The baselines, bundled exactly as the action's entries are: bare node and the floor.
  const bareDir = 'node_modules/.cache/bench/bare';
  bundle('bench/bare/step.js', bareDir);
  const floorDir = 'node_modules/.cache/bench/floor';
  bundle('bench/floor/step.js', floorDir);
  const nodes = [{ label: `node ${process.version}`, bin: process.execPath }];
  const n24 = process.env.BENCH_NODE24 || node24Binary();
  if (n24) {
    const version = spawnSync(n24, ['--version'], { encoding: 'utf8' }).stdout.trim();
    nodes.push({ label: `node ${version}`, bin: n24 });
  } else {
    console.error(`No Node 24 binary for ${process.platform}-${process.arch}: Node 24 is skipped.`);
  }
  process.env.BENCH_BARE_BUNDLE = path.join(repo, bareDir, 'index.js');
  process.env.BENCH_FLOOR_BUNDLE = path.join(repo, floorDir, 'index.js');
  process.env.BENCH_NODES = JSON.stringify(nodes);
  process.exitCode = runTs('action.ts') ? 0 : 1;
}
