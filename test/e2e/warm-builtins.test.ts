// What a warm main loads of Node's own library (docs/design.md, "Start-up cost"): on Node 24 each
// builtin outside the start-up snapshot is compiled on first use and costs a hit more than its own
// work. A warm hit must load no crypto, no streams (a piped stdout's included), no zlib and no
// fs.promises beyond what a bare ESM step (bench/bare/step.js) loads: read from each process's
// own process.moduleLoadList, through a preload that writes it at exit.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { Origin, item } from '../helpers/origin.js';
import { execFileSync } from 'node:child_process';
import { REPO_ROOT, runJob, stepNode } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const origin = Origin.forFile();
const tmp = scratchDirForFile('tc-builtins-');

const FORBIDDEN = [
  /^NativeModule (crypto|internal\/crypto\/.*)$/,
  /^NativeModule (stream|internal\/streams\/.*|stream\/promises)$/,
  /^NativeModule (net|zlib|fs\/promises|internal\/fs\/promises|child_process|http|https)$/,
  // The host name comes from /proc on Linux.
  ...(process.platform === 'linux' ? [/^NativeModule os$/] : []),
];

it('a warm main loads no crypto, streams, zlib, net, fs.promises or os', async () => {
  const dir = tmp();
  const preload = path.join(dir, 'modules.cjs');
  const list = path.join(dir, 'modules.txt');
  await fs.writeFile(
    preload,
    // Only a main step writes it (the job helper and post are node processes too).
    "if (process.env.TC_PROBE_ANY || /main[\\\\/]index\\.c?js$/.test(process.argv[1] ?? '')) process.on('exit', () => require('fs').writeFileSync(process.env.TC_MODULES_FILE, process.moduleLoadList.join('\\n')));\n",
  );
  const served = origin.serveTar('builtins.tar.gz', [
    { path: 'builtins/bin/builtins', content: '#!/bin/sh\n', mode: 0o755 },
  ]);
  const inputs = { toolchains: item('builtins-1', served), 'cache-root': path.join(dir, 'root') };
  const env = { NODE_OPTIONS: `--require ${preload}`, TC_MODULES_FILE: list };
  const cold = await runJob({ inputs, env });
  expect(cold.main.exitCode, cold.main.stdout).toBe(0);
  // The cold job did load them (an install hashes, streams and unpacks): the probe sees them.
  const coldList = (await fs.readFile(list, 'utf8')).split('\n');
  expect(coldList).toContain('NativeModule crypto');

  const warm = await runJob({ inputs, env });
  expect(warm.main.exitCode, warm.main.stdout).toBe(0);
  expect(warm.outputs['cache-hit']).toBe('true');
  const loaded = (await fs.readFile(list, 'utf8')).split('\n');
  expect(loaded.length).toBeGreaterThan(20);
  // Bare node: an ESM step that appends one line to a file, run by the same Node.
  const bareList = path.join(dir, 'bare.txt');
  execFileSync(stepNode(), ['-r', preload, path.join(REPO_ROOT, 'bench/bare/step.js')], {
    env: {
      ...process.env,
      GITHUB_PATH: path.join(dir, 'bare-path'),
      TC_MODULES_FILE: bareList,
      TC_PROBE_ANY: '1',
    },
  });
  const bare = new Set((await fs.readFile(bareList, 'utf8')).split('\n'));
  expect(bare.size).toBeGreaterThan(20);
  const bad = loaded.filter((m) => !bare.has(m) && FORBIDDEN.some((re) => re.test(m)));
  expect(bad, 'builtins a warm main loaded').toEqual([]);
});
