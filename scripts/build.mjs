// Compiles src/ with tsc into lib/ (ESM), then bundles each entry with ncc into dist/<name>/ (the steps: index.cjs).
// ncc is given the compiled ESM, not the .ts: over a .ts entry it resolves packages with the
// "require" condition, and the ESM-only @actions/* packages then fail or bundle wrongly.
// The steps' entries then become CommonJS scripts (./cjs-entry.mjs): Node starts one faster than
// a module. The bench imports `bundle` to build its floor bundle with exactly these settings.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii.mjs';
import { commonJsEntry } from './cjs-entry.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = { main: 'lib/main.js', post: 'lib/post.js', cli: 'lib/cli/index.js' };
/** The bundles the runner starts (action.yml's `runs.main` and `runs.post`). */
const STEPS = ['main', 'post'];
const run = (script, args) =>
  execFileSync(process.execPath, [path.join(repo, script), ...args], {
    stdio: 'inherit',
    cwd: repo,
  });

/** Bundles one ESM entry (relative to the repository) into `out` with the project's ncc settings. */
export function bundle(entry, out) {
  rmSync(path.resolve(repo, out), { recursive: true, force: true });
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
  asciiBundle(path.resolve(repo, out));
}

/** Every .js file of a bundle as ASCII (scripts/ascii.mjs: what a start costs). */
function asciiBundle(dir) {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js')) continue;
    const file = path.join(dir, name);
    const { text, kept } = asciiOnly(readFileSync(file, 'utf8'));
    writeFileSync(file, text);
    if (kept)
      console.log(
        `${path.relative(repo, file)}: ${kept} non-ASCII characters left in tagged templates`,
      );
  }
}

function build() {
  rmSync(path.join(repo, 'lib'), { recursive: true, force: true });
  run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
  for (const [name, entry] of Object.entries(entries)) {
    bundle(entry, `dist/${name}`);
    if (STEPS.includes(name)) {
      const dir = path.join(repo, 'dist', name);
      const esm = path.join(dir, 'index.js');
      writeFileSync(path.join(dir, 'index.cjs'), commonJsEntry(readFileSync(esm, 'utf8')));
      rmSync(esm);
    }
  }
  rmSync(path.join(repo, 'lib'), { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) build();
