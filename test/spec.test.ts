// Input validation (src/core/spec.ts): every bad input is an InputError naming the item and field.
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/core/errors.js';
import { parse as parseYaml } from 'yaml';
import {
  parseBoolean,
  parseSize,
  parseToolchains,
  parseWholeNumber,
  type ToolchainSpec,
} from '../src/core/spec.js';
import { parseSimpleToolchainList } from '../src/core/toolchains-yaml.js';

const SHA = 'a'.repeat(64);
const URL_OK = 'https://example.com/tool-1.0.tar.gz';

/** A YAML list from items given as objects (JSON is YAML). */
const yaml = (...items: unknown[]): string => JSON.stringify(items);

/** The InputError `fn` throws or rejects with (fails the test on anything else, or nothing). */
async function inputError(fn: () => unknown): Promise<InputError> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).code).toBe('INVALID_INPUT');
    return e as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

describe('parseToolchains: valid input', () => {
  it('parses a YAML list, normalizes an uppercase sha256, turns a bin string into a list', async () => {
    const text = [
      '- id: cmake-3.30.5',
      `  url: ${URL_OK}`,
      `  sha256: ${'AbC0'.repeat(16)}`,
      '  bin: bin',
      '  strip-components: 1',
      '- id: ninja_1.12+x',
      '  url: http://mirror.local/ninja.zip',
      `  sha256: "  ${SHA}  "`,
      '  bin: [bin, libexec/tools]',
    ].join('\n');
    const { toolchains, warnings } = await parseToolchains(text);
    expect(warnings).toEqual([]);
    expect(toolchains).toEqual([
      {
        id: 'cmake-3.30.5',
        url: URL_OK,
        sha256: 'abc0'.repeat(16),
        bin: ['bin'],
        stripComponents: 1,
      },
      {
        id: 'ninja_1.12+x',
        url: 'http://mirror.local/ninja.zip',
        sha256: SHA,
        bin: ['bin', 'libexec/tools'],
        stripComponents: undefined,
      },
    ]);
  });

  it('accepts JSON and leaves bin and strip-components undefined when absent', async () => {
    const { toolchains } = await parseToolchains(yaml({ id: 'go1.23', url: URL_OK, sha256: SHA }));
    expect(toolchains).toEqual([
      { id: 'go1.23', url: URL_OK, sha256: SHA, bin: undefined, stripComponents: undefined },
    ]);
  });

  it('an id of exactly 128 characters is fine', async () => {
    const id = `a${'b'.repeat(127)}`;
    expect(
      (
        (await parseToolchains(yaml({ id, url: URL_OK, sha256: SHA })))
          .toolchains[0] as ToolchainSpec
      ).id,
    ).toBe(id);
  });

  it('unknown keys are a warning naming the item and key, not an error', async () => {
    const { toolchains, warnings } = await parseToolchains(
      yaml({ id: 'x', url: URL_OK, sha256: SHA, version: '1.0', stripComponents: 1 }),
    );
    expect(toolchains).toHaveLength(1);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('toolchains[0] (id "x")');
    expect(warnings[0]).toContain('unknown key "version"');
    expect(warnings[1]).toContain('unknown key "stripComponents"');
  });
});

describe('parseToolchains: the list itself', () => {
  it.each([
    ['empty', ''],
    ['blank', '  \n '],
    ['a mapping, not a list', `id: x\nurl: ${URL_OK}\nsha256: ${SHA}`],
    ['a scalar', 'cmake'],
    ['an empty list', '[]'],
    ['not YAML', '- id: [unclosed\n  url: x'],
  ])('%s → error on "toolchains"', async (_name, text) => {
    const e = await inputError(() => parseToolchains(text));
    expect(e.field).toBe('toolchains');
    expect(e.message).toContain('"toolchains"');
  });

  it.each([
    ['null', '- null'],
    ['a nested list', '- [a, b]'],
    ['a number', '- 24'],
  ])('an item that is %s → error naming the item', async (_name, text) => {
    const e = await inputError(() => parseToolchains(text));
    expect(e.message).toContain('toolchains[0]');
    expect(e.message).toContain('NAME@VERSION (e.g. node@24) or a mapping with id, url and sha256');
  });
});

describe('parseToolchains: named items (NAME@VERSION)', () => {
  it('reads them mixed with mappings, in order, without the YAML library', async () => {
    const text = [
      '- node@24',
      `- id: cmake-3.30.5\n  url: ${URL_OK}\n  sha256: ${SHA}`,
      '- "go@^1.23"',
      '- python@>=3.11 <3.13',
      '- node@lts/iron',
    ].join('\n');
    // (Each a vendor's name: an unknown one is refused below.)
    expect(parseSimpleToolchainList(text)).toEqual(parseYaml(text));
    const { toolchains, warnings } = await parseToolchains(text);
    expect(warnings).toEqual([]);
    expect(toolchains).toEqual([
      { spec: 'node@24', name: 'node', version: '24', index: 0 },
      { id: 'cmake-3.30.5', url: URL_OK, sha256: SHA, bin: undefined, stripComponents: undefined },
      { spec: 'go@^1.23', name: 'go', version: '^1.23', index: 2 },
      { spec: 'python@>=3.11 <3.13', name: 'python', version: '>=3.11 <3.13', index: 3 },
      { spec: 'node@lts/iron', name: 'node', version: 'lts/iron', index: 4 },
    ]);
  });

  it.each([
    ['no version', 'node@', 'NAME@VERSION'],
    ['no name', '@24', 'NAME@VERSION'],
    ['no @', 'just-a-string', 'NAME@VERSION'],
    ['an upper-case name', 'Node@24', 'NAME@VERSION'],
    ['a name with a path', '../x@1', 'NAME@VERSION'],
    ['a version with a quote', "node@24'; rm", 'is not a version request'],
    ['a version with a newline', 'node@24\nx', 'is not a version request'],
    ['a version of 65 characters', `node@${'1'.repeat(65)}`, 'is not a version request'],
    [
      'an unknown name',
      'nodejs@24',
      'unknown toolchain name "nodejs". Known names: node, go, python',
    ],
  ])('%s → an InputError naming the item', async (_name, spec, message) => {
    const e = await inputError(() => parseToolchains(JSON.stringify(['node@22', spec])));
    expect(e.field).toBe('toolchains');
    expect(e.message).toContain('toolchains[1] (');
    expect(e.message).toContain(message);
  });

  it('the same spec twice is an error naming both items', async () => {
    const e = await inputError(() => parseToolchains('- node@24\n- go@1.23\n- node@24\n'));
    expect(e.message).toContain('toolchains[2] ("node@24"): duplicates toolchains[0]');
  });
});

describe('parseToolchains: each bad field names the item and the field', () => {
  const good = { id: 'tool', url: URL_OK, sha256: SHA };
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['missing id', { url: URL_OK, sha256: SHA }, 'id'],
    ['missing url', { id: 'tool', sha256: SHA }, 'url'],
    ['missing sha256', { id: 'tool', url: URL_OK }, 'sha256'],
    ['id with a slash', { ...good, id: 'tools/cmake' }, 'id'],
    ['id with a backslash', { ...good, id: 'tools\\cmake' }, 'id'],
    ['id ..', { ...good, id: '..' }, 'id'],
    ['id with .. inside a path', { ...good, id: 'a/../b' }, 'id'],
    ['id with a leading dot', { ...good, id: '.hidden' }, 'id'],
    ['id over 128 characters', { ...good, id: 'a'.repeat(129) }, 'id'],
    ['id with a Cyrillic а lookalike', { ...good, id: 'j\u0430va-21' }, 'id'],
    ['id with a space', { ...good, id: 'my tool' }, 'id'],
    ['id empty', { ...good, id: '' }, 'id'],
    ['id a number', { ...good, id: 42 }, 'id'],
    ['id a Windows device name', { ...good, id: 'con' }, 'id'],
    ['id ending in a dot', { ...good, id: 'tool.' }, 'id'],
    ['url ftp:', { ...good, url: 'ftp://example.com/tool.tgz' }, 'url'],
    ['url file:', { ...good, url: 'file:///etc/passwd' }, 'url'],
    ['url not a url', { ...good, url: 'example.com/tool.tgz' }, 'url'],
    ['sha256 short', { ...good, sha256: 'abc123' }, 'sha256'],
    ['sha256 63 characters', { ...good, sha256: 'a'.repeat(63) }, 'sha256'],
    ['sha256 not hex', { ...good, sha256: 'g'.repeat(64) }, 'sha256'],
    ['sha256 a number', { ...good, sha256: 12345 }, 'sha256'],
    ['bin absolute', { ...good, bin: '/usr/bin' }, 'bin'],
    ['bin escaping', { ...good, bin: ['bin', '../../etc'] }, 'bin'],
    ['bin empty list', { ...good, bin: [] }, 'bin'],
    ['bin empty string', { ...good, bin: '' }, 'bin'],
    ['bin a number', { ...good, bin: 5 }, 'bin'],
    ['bin a list holding a number', { ...good, bin: ['bin', 5] }, 'bin'],
    ['strip-components over 64', { ...good, 'strip-components': 65 }, 'strip-components'],
    ['strip-components negative', { ...good, 'strip-components': -1 }, 'strip-components'],
    ['strip-components not a number', { ...good, 'strip-components': 'one' }, 'strip-components'],
    ['strip-components fractional', { ...good, 'strip-components': 1.5 }, 'strip-components'],
  ];
  it.each(cases)('%s', async (_name, item, field) => {
    // As the second item, so the message must point at the right one.
    const e = await inputError(() => parseToolchains(yaml(good, item)));
    expect(e.field).toBe(field);
    expect(e.message).toMatch(/^toolchains\[1\]/);
    expect(e.message).toContain(`field "${field}"`);
  });

  it('a short sha256 says how long it was', async () => {
    expect(
      (await inputError(() => parseToolchains(yaml({ ...good, sha256: 'abc123' })))).message,
    ).toContain('got 6 characters');
  });

  it('a bin that is neither a string nor a list of strings says what it must be', async () => {
    expect(
      (await inputError(() => parseToolchains(yaml({ ...good, bin: { dir: 'x' } })))).message,
    ).toBe(
      'toolchains[0] (id "tool"): field "bin" must be a directory or a list of directories (strings) (got {"dir":"x"}).',
    );
  });

  it('the first bad field in README order is the one reported', async () => {
    const e = await inputError(() =>
      parseToolchains(yaml({ id: 'ok', url: 'ftp://x/y', sha256: 'no' })),
    );
    expect(e.field).toBe('url');
  });

  it('a duplicate id names both items', async () => {
    const e = await inputError(() =>
      parseToolchains(
        yaml(
          good,
          { id: 'other', url: URL_OK, sha256: SHA },
          { ...good, url: 'https://elsewhere/x.tgz' },
        ),
      ),
    );
    expect(e.field).toBe('id');
    expect(e.message).toContain('toolchains[2] (id "tool")');
    expect(e.message).toContain('duplicates toolchains[0]');
  });
});

describe('scalar inputs', () => {
  it('parseWholeNumber: digits, the default when empty, an error naming the input otherwise', async () => {
    expect(parseWholeNumber('600', 'wait-timeout', 900)).toBe(600);
    expect(parseWholeNumber(' 0 ', 'wait-timeout', 900)).toBe(0);
    expect(parseWholeNumber('', 'wait-timeout', 900)).toBe(900);
    for (const bad of ['-1', 'abc', '1.5', '10s', '1e3']) {
      const e = await inputError(() => parseWholeNumber(bad, 'wait-timeout', 900));
      expect(e.field).toBe('wait-timeout');
      expect(e.message).toContain('"wait-timeout"');
      expect(e.message).toContain(bad);
    }
    expect((await inputError(() => parseWholeNumber('0', 'max-jobs', 4, 1))).message).toContain(
      '≥ 1',
    );
  });

  it('parseSize: decimal and binary units, plain bytes, empty = no bound; errors name the input', async () => {
    expect(parseSize('20GB', 'max-size')).toBe(20e9);
    expect(parseSize('512MiB', 'max-size')).toBe(512 * 2 ** 20);
    expect(parseSize('1.5T', 'max-size')).toBe(1.5 * 2 ** 40);
    expect(parseSize('1048576', 'max-size')).toBe(1048576);
    expect(parseSize('10 kb', 'max-size')).toBe(10_000);
    expect(parseSize('', 'max-size')).toBeUndefined();
    for (const bad of ['20 parsecs', 'GB', '-5GB', '1e9', 'lots']) {
      const e = await inputError(() => parseSize(bad, 'max-size'));
      expect(e.field).toBe('max-size');
      expect(e.message).toContain(`"${bad}"`);
    }
  });

  it('parseBoolean: YAML 1.2 core booleans only', async () => {
    expect(parseBoolean('true', 'summary', false)).toBe(true);
    expect(parseBoolean('False', 'summary', true)).toBe(false);
    expect(parseBoolean('', 'summary', true)).toBe(true);
    expect((await inputError(() => parseBoolean('yes', 'summary', true))).field).toBe('summary');
  });
});

describe('the toolchains list read without the YAML library', () => {
  const sha = 'ab'.repeat(32);
  // The shapes the README and users write: these must not need the YAML library.
  const common = [
    `- id: cmake-3.30.5-linux-x86_64\n  url: https://github.com/Kitware/CMake/releases/download/v3.30.5/cmake-3.30.5-linux-x86_64.tar.gz\n  sha256: ${sha}\n- id: ninja-1.12.1-linux\n  url: https://github.com/ninja-build/ninja/releases/download/v1.12.1/ninja-linux.zip\n  sha256: ${sha}\n  bin: .\n`,
    `# tools\n- id: go1.23\n  url: "https://go.dev/dl/go1.23.linux-amd64.tar.gz"\n  sha256: '${sha}'\n  strip-components: 1\n  bin: [bin, libexec/tools]\n\n`,
    `- id: a\r\n  url: http://mirror.local/a.tgz\r\n  sha256: ${sha.toUpperCase()}\r\n  bin: []\r\n`,
    `- id: x\n  url: https://h/x.tgz#frag\n  sha256: ${sha}\n  strip-components: 0\n  version: 1.0-rc\n`,
  ];
  // Everything here must either be declined or read exactly as the YAML library reads it.
  const tricky = [
    `- id: 0123\n  url: u\n  sha256: ${'1'.repeat(64)}\n`,
    `- id: 1e5\n  url: .inf\n  sha256: 0x1F\n  bin: [true, null, 1.5]\n`,
    `- id: x # comment\n  url: 'it''s'\n  sha256: "a\\tb"\n`,
    `- id: ~\n  url: yes\n  sha256: no\n  strip-components: -1\n`,
    `- id: x\n  bin:\n    - a\n    - b\n`,
    `- id: x\n  id: y\n`,
    `-\n  id: x\n`,
    `- id: &a x\n  url: *a\n`,
    `- id: x\n  url: |\n    text\n`,
    `- id: x\n   url: y\n`,
    `--- \n- id: x\n`,
    `- id: x\n\turl: y\n`,
    `- id: [a, [b]]\n`,
    `- id: {a: b}\n`,
    `- id: a: b\n`,
    `- id: x\n  url: a, b\n`,
    `- id: x\n  url: "unclosed\n`,
    `- id: x\n  strip-components: 99999999999999999999\n`,
    `- id: x\n  strip-components: 007\n`,
    `- id: "x" # c\n`,
    `[{"id": "x", "url": "u", "sha256": "s"}]`,
    `- just-a-string\n`,
    `- node@24\n  url: x\n`,
    `- node@24 # latest\n`,
    `- - node@24\n`,
    `- 24\n`,
    `- "node@24\n`,
    `- node@24: x\n`,
    `- node@>=22 <24\n- go@~1.23\n`,
    `# nothing\n`,
    `- id: .hidden\n  url: ..\n  sha256: '-'\n  bin: [., a/../b]\n`,
  ];
  it.each(common)('reads the usual shape itself, as the YAML library does (%#)', (text) => {
    const fast = parseSimpleToolchainList(text);
    expect(fast).toBeDefined();
    expect(fast).toEqual(parseYaml(text));
  });

  it.each(tricky)('declines, or agrees with the YAML library on, %j', (text) => {
    const fast = parseSimpleToolchainList(text);
    if (fast === undefined) return;
    expect(fast).toEqual(parseYaml(text));
  });

  it('declines each tricky case that it could not read exactly as YAML does', () => {
    const disagree = tricky.filter((text) => {
      const fast = parseSimpleToolchainList(text);
      let full: unknown;
      try {
        full = parseYaml(text);
      } catch {
        return fast !== undefined;
      }
      return fast !== undefined && JSON.stringify(fast) !== JSON.stringify(full);
    });
    expect(disagree).toEqual([]);
  });

  it('the same errors either way: a list the fast path declines still gets the YAML error', async () => {
    const e = await inputError(() => parseToolchains('- id: [unclosed\n  url: x'));
    expect(e.message).toContain('is not valid YAML');
  });
});
