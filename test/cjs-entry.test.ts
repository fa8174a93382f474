// The steps' entries as CommonJS scripts (scripts/cjs-entry.mjs, docs/design.md "Start-up cost"):
// a real ncc bundle, turned, runs as the module it was (its chunks still ES modules, import.meta.url
// still its own file); module syntax the turn cannot keep fails the build; the committed entries
// are the ones action.yml names.
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build, without types
import { bundle } from '../scripts/build.mjs';
// @ts-expect-error: a plain ES module of the build, without types
import { commonJsEntry } from '../scripts/cjs-entry.mjs';
import { REPO_ROOT, stepEntries } from './helpers/runner.js';
import { scratchDirForFile } from './helpers/scratch.js';

const turn = commonJsEntry as (source: string) => string;
const tmp = scratchDirForFile('tc-cjs-entry-');

/** ncc's bundle of `entry` (an ES module of the fixture package), in `<dir>/out`. */
async function nccBundle(dir: string, entry: string): Promise<string> {
  await fs.writeFile(path.join(dir, 'package.json'), '{"type":"module"}\n');
  await fs.writeFile(
    path.join(dir, 'chunk.js'),
    "import { readFileSync } from 'node:fs';\nexport const size = (f) => readFileSync(f).length;\n",
  );
  await fs.writeFile(path.join(dir, 'entry.js'), entry);
  const out = path.join(dir, 'out');
  (bundle as (entry: string, out: string) => void)(path.join(dir, 'entry.js'), out);
  return out;
}

describe('an ncc entry turned into a CommonJS script', () => {
  let out: string;
  beforeAll(async () => {
    out = await nccBundle(
      tmp(),
      [
        "import path from 'node:path';",
        "import { fileURLToPath } from 'node:url';",
        'const here = fileURLToPath(import.meta.url);',
        "void import('./chunk.js').then(({ size }) => {",
        '  console.log(JSON.stringify({ dir: path.dirname(here), size: size(here), self: typeof this }));',
        '});',
        '',
      ].join('\n'),
    );
  }, 60_000);

  it('runs as the module did: its chunk loaded, import.meta.url its own file, strict', async () => {
    const esm = path.join(out, 'index.js');
    const cjs = path.join(out, 'index.cjs');
    await fs.writeFile(cjs, turn(await fs.readFile(esm, 'utf8')));
    expect((await fs.readdir(out)).filter((n) => /^\d+\.index\.js$/.test(n))).toHaveLength(1);
    const asModule = JSON.parse(execFileSync(process.execPath, [esm], { encoding: 'utf8' }));
    const asScript = JSON.parse(execFileSync(process.execPath, [cjs], { encoding: 'utf8' }));
    expect(asModule).toEqual({ dir: out, size: (await fs.stat(esm)).size, self: 'undefined' });
    expect(asScript).toEqual({ dir: out, size: (await fs.stat(cjs)).size, self: 'undefined' });
    // Same line numbers: the prelude takes the import's line.
    const lines = (t: string) => t.split('\n').length;
    expect(lines(await fs.readFile(cjs, 'utf8'))).toBe(lines(await fs.readFile(esm, 'utf8')));
  });

  it('refuses what it cannot keep: a top-level await, an export, an entry not of ncc', async () => {
    const tla = await nccBundle(
      tmp(),
      "const { size } = await import('./chunk.js');\nconsole.log(size('x'));\n",
    );
    const source = await fs.readFile(path.join(tla, 'index.js'), 'utf8');
    expect(() => turn(source)).toThrow(/not a CommonJS script once turned/);
    const head = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";\n';
    expect(() => turn(`${head}export const x = 1;\n`)).toThrow(/not a CommonJS script/);
    expect(() => turn(`${head}console.log(import.meta.dirname);\n`)).toThrow(/not a CommonJS/);
    expect(() => turn('console.log(1);\n')).toThrow(/does not start with ncc's import/);
    expect(turn(`${head}module.exports = 1;\n`)).toMatch(/^"use strict";/);
  }, 60_000);
});

describe('the committed step entries', () => {
  it("are action.yml's runs.main and runs.post: CommonJS scripts, no module entry beside them", () => {
    for (const entry of Object.values(stepEntries())) {
      expect(entry).toMatch(/^dist\/(main|post)\/index\.cjs$/);
      const text = readFileSync(path.join(REPO_ROOT, entry), 'utf8');
      expect(text.startsWith('"use strict";')).toBe(true);
      expect(() => new vm.Script(Module.wrap(text))).not.toThrow();
      expect(existsSync(path.join(REPO_ROOT, path.dirname(entry), 'index.js'))).toBe(false);
    }
  });
});
