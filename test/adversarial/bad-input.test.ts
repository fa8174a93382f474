// Bad input, through the bundled main step: every input is validated before anything touches the
// disk, and the message names the item (index and id) and the field, or the input / environment
// variable. The cache root of these jobs is a path that must never come to exist; it sits in a
// sandbox whose healthy toolchain, in use by a held job, must come out untouched.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect } from 'vitest';
import { adversarialFile, mainLog, NOBODY, runCaseJob } from '../helpers/adversarial-kit.js';
import { rootOnly } from '../helpers/root-only.js';
import { HEALTHY_ID, item, type Served, toolFiles } from '../helpers/origin.js';

const { origin, sandbox, sandboxCase } = adversarialFile('bad input', { sandbox: true });
let served: Served;
const SHA = 'a'.repeat(64);

beforeAll(() => {
  served = origin.serveTar('good.tar.gz', toolFiles('good', '1.0'));
});

const neverCreated = (): string => path.join(sandbox().dir, 'never-created');
const url = (): string => served.url;

interface BadCase {
  name: string;
  toolchains?: () => string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  message: RegExp;
  /** Run the post step too (it must exit 0 after any bad input); always with bad inputs or env. */
  post?: boolean;
}

const one = (fields: string): string => `- ${fields.trim().replace(/\n/g, '\n  ')}\n`;

const CASES: BadCase[] = [
  // -------------------------------------------------------------------- missing fields
  {
    name: 'an item without id',
    toolchains: () => one(`url: ${url()}\nsha256: ${SHA}`),
    message: /toolchains\[0\]: field "id" is required/,
  },
  {
    name: 'an item without url',
    toolchains: () => one(`id: x\nsha256: ${SHA}`),
    message: /toolchains\[0\] \(id "x"\): field "url" is required/,
  },
  {
    name: 'an item without sha256',
    toolchains: () => one(`id: x\nurl: ${url()}`),
    message: /toolchains\[0\] \(id "x"\): field "sha256" is required/,
    post: true,
  },
  {
    name: 'the second item is the bad one (the index says so)',
    toolchains: () => item('fine', served) + one(`id: y\nurl: ${url()}`),
    message: /toolchains\[1\] \(id "y"\): field "sha256" is required/,
  },
  // -------------------------------------------------------------------- ids
  ...(
    [
      ['a "/" in the id', 'a/b'],
      ['a "\\" in the id', '"a\\\\b"'],
      ['the id ".."', '".."'],
      ['a leading dot', '.hidden'],
      ['a 129-character id', 'x'.repeat(129)],
      ['a Cyrillic "о" lookalike', 'nоde-20'],
      ['a fullwidth solidus lookalike', 'a／b'],
      ['a one-dot-leader lookalike of ".."', '\u2024\u2024'],
    ] as const
  ).map(([name, id]): BadCase => ({
    name,
    toolchains: () => one(`id: ${id}\nurl: ${url()}\nsha256: ${SHA}`),
    message: /toolchains\[0\]( \(id "[^"]*"\))?: field "id" (must match|is required)/,
  })),
  {
    name: 'a "../" climbing id',
    toolchains: () => one(`id: ../evil\nurl: ${url()}\nsha256: ${SHA}`),
    message: /toolchains\[0\] \(id "\.\.\/evil"\): field "id" must match/,
    post: true,
  },
  {
    name: 'a Windows device name as id',
    toolchains: () => one(`id: aux.tar\nurl: ${url()}\nsha256: ${SHA}`),
    message: /field "id" is a name Windows cannot use/,
  },
  // -------------------------------------------------------------------- urls
  ...(
    [
      'ftp://example.com/x.tgz',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'example.com/x.tgz',
    ] as const
  ).map((u): BadCase => ({
    name: `the url ${u}`,
    toolchains: () => one(`id: x\nurl: "${u}"\nsha256: ${SHA}`),
    message: /toolchains\[0\] \(id "x"\): field "url" must be an http:\/\/ or https:\/\/ URL/,
    post: u.startsWith('ftp:'),
  })),
  // -------------------------------------------------------------------- sha256
  {
    name: 'a 63-character sha256',
    toolchains: () => one(`id: x\nurl: ${url()}\nsha256: ${'a'.repeat(63)}`),
    message: /field "sha256" must be 64 hexadecimal characters \(got 63 characters\)/,
  },
  {
    name: 'a non-hex sha256',
    toolchains: () => one(`id: x\nurl: ${url()}\nsha256: ${'g'.repeat(64)}`),
    message: /field "sha256" must be 64 hexadecimal characters/,
  },
  // -------------------------------------------------------------------- lists
  {
    name: 'duplicate ids',
    toolchains: () => item('dup', served) + item('dup', served),
    message: /toolchains\[1\] \(id "dup"\): field "id" duplicates toolchains\[0\]/,
  },
  {
    name: 'ids that differ only in letter case',
    toolchains: () => item('Dup', served) + item('dup', served),
    message: /toolchains\[1\] \(id "dup"\): field "id" duplicates toolchains\[0\]/,
  },
  {
    name: 'a mapping instead of a list',
    toolchains: () => `id: x\nurl: ${url()}\nsha256: ${SHA}\n`,
    message: /Input "toolchains" must be a non-empty YAML list/,
    post: true,
  },
  {
    name: 'a scalar instead of a list',
    toolchains: () => 'cmake',
    message: /Input "toolchains" must be a non-empty YAML list/,
  },
  {
    name: 'an empty list',
    toolchains: () => '[]',
    message: /Input "toolchains" must be a non-empty YAML list/,
  },
  {
    name: 'YAML that does not parse',
    toolchains: () => '- id: [unclosed\n  url: x',
    message: /Input "toolchains" is not valid YAML/,
  },
  {
    name: 'a list item that is neither NAME@VERSION nor a mapping',
    toolchains: () => '- just-a-string\n',
    message: /toolchains\[0\] \("just-a-string"\): a named toolchain is NAME@VERSION/,
  },
  {
    name: 'a bin climbing out of the toolchain',
    toolchains: () => item('x', served, '  bin: ../../bin\n'),
    message: /toolchains\[0\] \(id "x"\): field "bin" must not contain '\.\.'/,
  },
  {
    name: 'an absolute bin',
    toolchains: () => item('x', served, '  bin: /usr/bin\n'),
    message: /field "bin" must be relative to the toolchain root/,
  },
  {
    name: 'a negative strip-components',
    toolchains: () => item('x', served, '  strip-components: -1\n'),
    message: /field "strip-components" must be 0 or more/,
  },
  // -------------------------------------------------------------------- scalar inputs
  {
    name: 'a negative max-unused-days',
    inputs: { 'max-unused-days': '-1' },
    message: /Input "max-unused-days" must be a whole number ≥ 0 \(got "-1"\)/,
  },
  {
    name: 'a non-numeric max-unused-days',
    inputs: { 'max-unused-days': 'thirty' },
    message: /Input "max-unused-days" must be a whole number/,
  },
  {
    name: 'a non-numeric wait-timeout',
    inputs: { 'wait-timeout': 'soon' },
    message: /Input "wait-timeout" must be a whole number/,
  },
  {
    name: 'a zero wait-timeout',
    inputs: { 'wait-timeout': '0' },
    message: /Input "wait-timeout" must be a whole number ≥ 1 \(got "0"\)/,
  },
  {
    name: 'an absurdly large wait-timeout',
    inputs: { 'wait-timeout': '99999999999999999999' },
    message: /Input "wait-timeout" must be a whole number/,
  },
  {
    name: 'an unparseable max-size',
    inputs: { 'max-size': 'lots' },
    message: /Input "max-size" must be a size such as 20GB/,
  },
  {
    name: 'a max-size of 0 (it would remove every unused toolchain, not mean "no bound")',
    inputs: { 'max-size': '0' },
    message:
      /Input "max-size" is "0": 0 would remove every unused toolchain; unset it for no bound/,
  },
  {
    name: 'a negative max-size',
    inputs: { 'max-size': '-1GB' },
    message: /Input "max-size" must be a size/,
  },
  {
    name: 'a boolean that is not one',
    inputs: { cleanup: 'maybe' },
    message: /Input "cleanup" must be true or false \(got "maybe"\)/,
  },
  // -------------------------------------------------------------------- host limits (runner environment)
  {
    name: 'a negative TOOLCHAIN_CACHE_MAX_MEMBERS',
    env: { TOOLCHAIN_CACHE_MAX_MEMBERS: '-3' },
    message:
      /Environment variable TOOLCHAIN_CACHE_MAX_MEMBERS must be a whole number ≥ 1 \(got "-3"\)/,
  },
  {
    name: 'an unparseable TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE',
    env: { TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE: 'huge' },
    message: /Environment variable TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE must be a size/,
  },
  {
    name: 'a zero TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE',
    env: { TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE: '0' },
    message: /TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE must be more than 0/,
  },
  {
    name: 'a zero TOOLCHAIN_CACHE_STALL_TIMEOUT',
    env: { TOOLCHAIN_CACHE_STALL_TIMEOUT: '0' },
    message: /Environment variable TOOLCHAIN_CACHE_STALL_TIMEOUT must be a whole number ≥ 1/,
  },
  {
    name: 'a non-numeric TOOLCHAIN_CACHE_DOWNLOAD_RETRIES',
    env: { TOOLCHAIN_CACHE_DOWNLOAD_RETRIES: 'few' },
    message: /Environment variable TOOLCHAIN_CACHE_DOWNLOAD_RETRIES must be a whole number ≥ 0/,
  },
];

describe('every bad input fails before touching the disk, naming the item and the field', () => {
  for (const b of CASES) {
    sandboxCase(
      b.name,
      async (sb) => {
        const generation = sb.registryDoc()?.generation;
        // The post step never reads the toolchains list: run it where a bad setting reaches it too.
        const withPost = b.post || b.inputs !== undefined || b.env !== undefined;
        const job = await runCaseJob({
          inputs: {
            toolchains: b.toolchains?.() ?? item('fine', served),
            'cache-root': neverCreated(),
            ...b.inputs,
          },
          env: b.env,
          skipPost: !withPost,
        });
        const log = mainLog(job);
        expect(job.main.exitCode, log).toBe(1);
        // setFailed's `::error::` line, on stdout where the runner reads it.
        expect(job.main.stdout, log).toMatch(b.message);
        if (withPost) {
          expect(job.post?.exitCode, job.post?.stdout).toBe(0);
          if (b.inputs)
            expect(job.post?.stdout).toMatch(/::warning::toolchain-cache post step: inputs: /);
        }
        // Nothing was created (the never-created root would show up outside the sandbox's root).
        await expect(fs.stat(neverCreated())).rejects.toThrow();
        expect(sb.registryDoc()?.generation).toBe(generation);
        expect(origin.hits(served)).toBe(0);
      },
      { concurrent: true },
    );
  }
});

describe('inputs that are valid but must be treated with care', () => {
  sandboxCase('an unknown key is warned about and ignored', async (sb) => {
    const job = await sb.run(item('good-1.0', served, '  sha512: deadbeef\n'));
    const log = mainLog(job);
    expect(job.main.exitCode, log).toBe(0);
    expect(log).toMatch(
      /::warning::toolchains\[0\] \(id "good-1\.0"\): unknown key "sha512" ignored/,
    );
    expect(sb.registered('good-1.0')).toBe(true);
  });

  sandboxCase(
    'an installed id asked for with another sha256 is refused, not replaced',
    async (sb) => {
      const healthy = origin.healthyArchive();
      const job = await sb.run(item(HEALTHY_ID, { url: healthy.url, sha: 'b'.repeat(64) }));
      expect(job.main.exitCode).toBe(1);
      expect(mainLog(job)).toMatch(
        /Toolchain "healthy-1\.0" is already installed with sha256 [0-9a-f]{64}, but this job asks for b{64}/,
      );
    },
  );

  sandboxCase(
    'an id differing only in letter case from an installed one is refused',
    async (sb) => {
      const healthy = origin.healthyArchive();
      const job = await sb.run(item('HEALTHY-1.0', healthy));
      expect(job.main.exitCode).toBe(1);
      expect(mainLog(job)).toMatch(
        /Toolchain "HEALTHY-1\.0" differs only in letter case from the installed "healthy-1\.0"/,
      );
      expect(sb.registered('HEALTHY-1.0')).toBe(false);
    },
  );
});

describe('a cache root that cannot be used', () => {
  sandboxCase('a cache root that is a file', async (sb) => {
    const file = await sb.plantOutside('a-file', 'not a directory\n');
    const job = await runCaseJob({
      inputs: { toolchains: item('fine', served), 'cache-root': file },
    });
    expect(job.main.exitCode).toBe(1);
    expect(mainLog(job)).toMatch(/Cache root .*a-file exists but is not a directory/);
  });

  // Nothing may be created in the directory it points to.
  sandboxCase('a cache root that is a symlink to elsewhere', async (sb) => {
    const link = path.join(sb.dir, 'link-root');
    await fs.symlink(sb.outside, link);
    await sb.rebaseline();
    const job = await runCaseJob({
      inputs: { toolchains: item('fine', served), 'cache-root': link },
    });
    expect(job.main.exitCode).toBe(1);
    expect(mainLog(job)).toMatch(
      new RegExp(
        // Names who chose the root, and the real directory to give it instead.
        `Cache root ${link} \\(from the "cache-root" input\\) is a symlink to ${sb.outside}; set the "cache-root" input to ${sb.outside} so every runner`,
      ),
    );
  });

  sandboxCase('a cache root this user cannot write', async (sb, c) => {
    const notRoot = rootOnly('running the job as another user (nobody)');
    if (notRoot) c.skip(notRoot);
    // The sandbox's root belongs to root (0755): the job runs as nobody.
    const job = await sb.run(item('fine', served), { as: { uid: NOBODY, gid: NOBODY } });
    expect(job.main.exitCode, mainLog(job)).toBe(1);
    expect(mainLog(job)).toMatch(
      new RegExp(
        `Cache root ${sb.root} \\(mode 0755\\) is not writable by this user; make it group-writable`,
      ),
    );
    expect(job.post?.exitCode, job.post?.stdout).toBe(0);
  });

  sandboxCase('a cache root this user cannot even reach', async (sb, c) => {
    const notRoot = rootOnly('running the job as another user (nobody)');
    if (notRoot) c.skip(notRoot);
    const hidden = await sb.plantOutside('private/cache');
    await fs.chmod(path.dirname(hidden), 0o700);
    await sb.rebaseline();
    const job = await runCaseJob({
      inputs: { toolchains: item('fine', served), 'cache-root': hidden },
      as: { uid: NOBODY, gid: NOBODY },
    });
    expect(job.main.exitCode, mainLog(job)).toBe(1);
    expect(mainLog(job)).toMatch(
      new RegExp(
        `Cache root ${hidden} cannot be reached by this user: ${path.dirname(hidden)} \\(mode 0700, owner root`,
      ),
    );
  });
});
