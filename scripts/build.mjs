// Compiles src/ with tsc into lib/ (ESM), then bundles each entry with ncc into dist/<name>/index.js.
// ncc is given the compiled ESM, not the .ts: over a .ts entry it resolves packages with the
// "require" condition, and the ESM-only @actions/* packages then fail or bundle wrongly.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const entries = { main: 'lib/main.js', post: 'lib/post.js', cli: 'lib/cli/index.js' };
const run = (script, args) =>
  execFileSync(process.execPath, [script, ...args], { stdio: 'inherit' });

rmSync('lib', { recursive: true, force: true });
run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
for (const [name, entry] of Object.entries(entries)) {
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  run('node_modules/@vercel/ncc/dist/ncc/cli.js', [
    'build',
    entry,
    '-o',
    out,
    '--quiet',
    '--license',
    'licenses.txt',
    '--target',
    'es2022',
  ]);
}
rmSync('lib', { recursive: true, force: true });
