// The build's ASCII pass (scripts/ascii.mjs): what it writes means what the bundler wrote, and the
// committed bundles are ASCII (one byte a character in V8: docs/design.md, "Start-up cost").
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build, without types
import { asciiOnly } from '../scripts/ascii.mjs';
import { REPO_ROOT } from './helpers/runner.js';

const run = (code: string): unknown => vm.runInNewContext(code);
const ascii = (code: string): { text: string; kept: number } =>
  asciiOnly(code) as { text: string; kept: number };

describe('asciiOnly', () => {
  it('escapes strings, comments, regular expressions, identifiers and templates to the same values', () => {
    const code = [
      '// a comment — with → arrows',
      'const s = "→ é \\é 😀";',
      "const q = '\\\\é';", // an escaped backslash, then é: stays two characters
      'const r = /é+|😀/u.test("éé😀");',
      'const t = `x—${s}—y`;',
      'const été = 1;',
      '[s, q, r, t, été, s.length]',
    ].join('\n');
    const out = ascii(code);
    expect(out.text).toMatch(/^\p{ASCII}*$/u);
    expect(out.kept).toBe(0);
    expect(run(out.text)).toEqual(run(code));
  });

  it('leaves the raw text of tagged templates as it is', () => {
    const code = 'const raw = String.raw`a—b\\é`; const plain = `a—b`; [raw, plain]';
    const out = ascii(code);
    expect(out.kept).toBe(2);
    expect(out.text).toContain('String.raw`a—b\\é`');
    expect(out.text).toContain('`a\\u2014b`');
    expect(run(out.text)).toEqual(run(code));
  });
});

describe('the committed bundles', () => {
  it('are ASCII, so V8 keeps their source one byte a character', () => {
    for (const bundle of ['main', 'post', 'cli']) {
      const dir = path.join(REPO_ROOT, 'dist', bundle);
      for (const name of readdirSync(dir).filter((n) => /\.c?js$/.test(n))) {
        const bytes = readFileSync(path.join(dir, name));
        const at = bytes.findIndex((b) => b > 0x7f);
        expect(at, `${bundle}/${name}: a non-ASCII byte at ${at}`).toBe(-1);
      }
    }
  });
});
