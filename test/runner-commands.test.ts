// Our runner commands (src/action/runner-commands.ts, step-summary.ts) against @actions/core:
// each case's calls run once through each, in separate child processes with their own runner
// files, and stdout, the exit code, what the calls returned or threw, the environment they left
// and every file must be equal byte for byte (the random heredoc delimiters numbered in order of
// appearance, the temp directory replaced by a placeholder).
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Call } from './helpers/runner-commands-table.js';

const TEST_DIR = path.dirname(fileURLToPath(import.meta.url));
const DRIVER = path.join(TEST_DIR, 'helpers/workers/runner-commands-calls.ts');
/** `--import tsx` resolves from the working directory. */
const REPO_ROOT = path.resolve(TEST_DIR, '..');

const FILE_VARS = [
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_PATH',
  'GITHUB_ENV',
  'GITHUB_STEP_SUMMARY',
] as const;
type FileVar = (typeof FILE_VARS)[number];

interface Case {
  name: string;
  calls: Call[];
  /** INPUT_*, STATE_*, RUNNER_DEBUG… for the step. */
  env?: Record<string, string>;
  /** `present` (default): empty files; `unset`: no GITHUB_* variables; `missing`: variables, no files. */
  files?: 'present' | 'unset' | 'missing';
  /** What a file holds before the step (earlier steps' lines). */
  seed?: Partial<Record<FileVar, string>>;
}

interface Run {
  exitCode: number | null;
  stdout: string;
  /** The driver's reports: returned values, thrown errors, env variables. */
  stderr: string;
  files: Record<FileVar, string>;
}

const U = { $undefined: true } as const;
const FULL_PROPS = {
  title: 'T: a, b % ::x\r\ny',
  file: 'C:\\src\\a,b%.ts',
  startLine: 3,
  endLine: 4,
  startColumn: 1,
  endColumn: 9,
};
const SUMMARY_TABLE: Call = [
  'summary.addTable',
  [
    [
      { data: 'Toolchain', header: true },
      { data: 'Span', header: true, colspan: '2' },
      { data: 'Rows', rowspan: '3' },
    ],
    ['go-1.22 &lt;x&gt;', '', '1.2 s'],
    [],
  ],
];

const CASES: Case[] = [
  {
    name: 'plain log lines and annotations',
    calls: [
      ['info', 'hello'],
      ['debug', 'dbg'],
      ['notice', 'n'],
      ['warning', 'w'],
      ['error', 'e'],
    ],
  },
  {
    name: 'unicode everywhere',
    calls: [
      ['info', 'héllo ✓ 日本 🙂'],
      ['warning', 'ünï ✓', { title: 'tïtle 🙂', file: 'dïr/f.ts' }],
      ['setOutput', 'ü', '日本'],
      ['saveState', 's', '🙂\n∀'],
      ['exportVariable', 'UNI', 'ä'],
      ['addPath', '/opt/ü/bin'],
    ],
  },
  {
    name: '% in messages, properties and values',
    calls: [
      ['warning', '100% done %25 %0A %%', { title: '50%', file: '%3A' }],
      ['debug', '%'],
      ['info', '%0A stays'],
      ['setOutput', 'p', '50% %0A'],
      ['startGroup', '%group'],
      ['endGroup'],
    ],
  },
  {
    name: 'CR and LF in messages and properties',
    calls: [
      ['warning', 'a\r\nb\rc\nd'],
      ['error', 'line1\nline2\n', { title: '\r\n', file: 'f\n.ts' }],
      ['notice', '\n'],
      ['debug', 'x\r\n'],
      ['info', 'raw\nlines\r\n'],
      ['startGroup', 'g\r\nh'],
      ['endGroup'],
    ],
  },
  {
    name: ':: and , in messages, properties and names',
    calls: [
      ['warning', 'a::b::c, d'],
      ['notice', '::error::injected', { title: '::warning::x', file: 'a,b:c' }],
      ['startGroup', 'g::1'],
      ['endGroup'],
      ['setOutput', 'name::x', 'v::w'],
      ['saveState', 'k', '::set-output name=x::y'],
    ],
  },
  {
    name: 'empty values and messages',
    calls: [
      ['info', ''],
      ['debug', ''],
      ['warning', ''],
      ['startGroup', ''],
      ['endGroup'],
      ['setOutput', '', ''],
      ['setOutput', 'e', ''],
      ['saveState', 'e', ''],
      ['exportVariable', 'EMPTY_VAR', ''],
      ['env', 'EMPTY_VAR'],
    ],
  },
  {
    name: 'annotation properties: all, some, none, empty, undefined, zero',
    calls: [
      ['warning', 'all', FULL_PROPS],
      ['error', 'all', FULL_PROPS],
      ['notice', 'all', FULL_PROPS],
      ['warning', 'some', { file: 'src/x.ts', startLine: 10 }],
      ['warning', 'columns only', { startColumn: 2, endColumn: 5 }],
      ['warning', 'none', {}],
      ['warning', 'empty title, line 0', { title: '', startLine: 0 }],
      ['warning', 'undefined title', { title: U }],
      ['error', 'string line', { startLine: '7', endLine: { $string: '8' } }],
      ['notice', 'reordered', { endColumn: 3, title: 't', file: 'f' }],
    ],
  },
  {
    name: 'errors as messages',
    calls: [
      ['warning', { $error: 'boom' }],
      ['notice', { $error: 'multi\nline %' }, { title: 't' }],
      ['error', { $error: '' }],
    ],
  },
  {
    name: 'setFailed with a string',
    calls: [
      ['info', 'before'],
      ['setFailed', 'it failed: 50%\nsee log'],
      ['info', 'after'],
    ],
  },
  {
    name: 'setFailed with an Error',
    calls: [['setFailed', { $error: 'failed: x\r\ny' }]],
  },
  {
    name: 'outputs of every kind',
    calls: [
      ['setOutput', 'undef', U],
      ['setOutput', 'null', null],
      ['setOutput', 'zero', 0],
      ['setOutput', 'false', false],
      ['setOutput', 'object', { a: [1, 'x', null], 'b c': { d: true } }],
      ['setOutput', 'array', ['x', 2]],
      ['setOutput', 'string object', { $string: 'boxed' }],
      ['setOutput', 'multi', 'a\nb\r\nc\n'],
      ['setOutput', 'delimiter-like', 'ghadelimiter_\nghadelimiter_x'],
      ['setOutput', 'key with spaces', 'v'],
    ],
    seed: { GITHUB_OUTPUT: 'earlier=1\n' },
  },
  {
    name: 'state saved and read back',
    calls: [
      ['saveState', 'obj', { results: [{ id: 'go', path: '/x' }] }],
      ['saveState', 'multi', 'l1\nl2'],
      ['getState', 'myKey'],
      ['getState', 'MYKEY'],
      ['getState', 'absent'],
      ['getState', 'spaced'],
    ],
    env: { STATE_myKey: 'mine', STATE_spaced: '  padded  ' },
  },
  {
    name: 'inputs: names, trimming, required',
    calls: [
      ['getInput', 'my input'],
      ['getInput', 'My Input', { trimWhitespace: false }],
      ['getInput', 'toolchains'],
      ['getInput', 'absent'],
      ['getInput', 'absent', { required: true }],
      ['getInput', 'blank', { required: true }],
      ['getInput', 'blank', { required: true, trimWhitespace: false }],
      ['getInput', 'my input', { required: true }],
      ['getInput', 'multi'],
    ],
    env: {
      INPUT_MY_INPUT: '  value with spaces \n',
      INPUT_TOOLCHAINS: 'go@1.22\nnode@20',
      INPUT_BLANK: '   ',
      INPUT_MULTI: '\n  a\n  b\n',
    },
  },
  {
    name: 'PATH: the file and the process',
    calls: [
      ['addPath', '/opt/a/bin'],
      ['addPath', '/opt/b bin'],
      ['env', 'PATH'],
    ],
    seed: { GITHUB_PATH: '/earlier\n' },
  },
  {
    name: 'exported variables: the file and the process',
    calls: [
      ['exportVariable', 'PLAIN', 'v'],
      ['exportVariable', 'MULTI', 'a\nb'],
      ['exportVariable', 'OBJ', { k: 1 }],
      ['exportVariable', 'NUM', 42],
      ['env', 'PLAIN'],
      ['env', 'MULTI'],
      ['env', 'OBJ'],
      ['env', 'NUM'],
    ],
  },
  {
    name: 'legacy commands without the file variables',
    files: 'unset',
    calls: [
      ['setOutput', 'a', 'x\ny%'],
      ['setOutput', 'o', { k: 'v' }],
      ['saveState', 's', 'p,q:r'],
      ['addPath', '/opt/c,d:e'],
      ['exportVariable', 'LEG', 'l\r\n'],
      ['env', 'PATH'],
      ['env', 'LEG'],
      ['summary.addRaw', 'x'],
      ['summary.write'],
    ],
  },
  {
    name: 'file variables naming missing files',
    files: 'missing',
    calls: [
      ['setOutput', 'a', 'x'],
      ['saveState', 's', 'y'],
      ['addPath', '/opt/missing/bin'],
      ['exportVariable', 'MISS', 'z'],
      ['env', 'PATH'],
      ['env', 'MISS'],
      ['summary.addRaw', 'x'],
      ['summary.write'],
      ['summary.stringify'],
    ],
  },
  {
    name: 'groups: async, nested, closed on a throw',
    calls: [
      [
        'group',
        'Toolchains from /cache',
        [
          ['info', 'inside'],
          ['warning', 'w'],
        ],
      ],
      ['startGroup', 'outer'],
      [
        'group',
        'inner',
        [
          ['getInput', 'absent', { required: true }],
          ['info', 'never'],
        ],
      ],
      ['endGroup'],
      ['info', 'after'],
    ],
  },
  {
    name: 'debug switched on',
    env: { RUNNER_DEBUG: '1' },
    calls: [['isDebug'], ['debug', 'shown']],
  },
  {
    name: 'debug switched off',
    env: { RUNNER_DEBUG: 'true' },
    calls: [['isDebug'], ['setenv', 'RUNNER_DEBUG', null], ['isDebug']],
  },
  {
    name: 'summary as src/action/summary.ts builds it',
    seed: { GITHUB_STEP_SUMMARY: 'an earlier step\n' },
    calls: [
      ['summary.addHeading', 'toolchain-cache', 3],
      ['summary.addRaw', '<p>The main step failed: a &amp; b</p>', true],
      SUMMARY_TABLE,
      ['summary.addRaw', '<p>ünï 🙂 100%</p>\n'],
      ['summary.isEmptyBuffer'],
      ['summary.stringify'],
      ['summary.write'],
      ['summary.isEmptyBuffer'],
      ['summary.addRaw', 'second write\r\n'],
      ['summary.write'],
    ],
  },
  {
    name: 'summary headings, overwrite, clear and emptyBuffer',
    calls: [
      ['summary.addHeading', 'seven', 7],
      ['summary.addHeading', 'none'],
      ['summary.addHeading', 'string level', '2'],
      ['summary.addEOL'],
      ['summary.addRaw', ''],
      ['summary.write'],
      ['summary.addRaw', 'replaced'],
      ['summary.write', { overwrite: true }],
      ['summary.addRaw', 'dropped'],
      ['summary.emptyBuffer'],
      ['summary.addRaw', 'kept'],
      ['summary.write', {}],
      ['summary.addRaw', 'cleared away'],
      ['summary.clear'],
    ],
  },
  {
    name: 'summary file kept after its first write, as core does',
    calls: [
      ['summary.addRaw', 'one', true],
      ['summary.write'],
      ['setenv', 'GITHUB_STEP_SUMMARY', null],
      ['summary.addRaw', 'two', true],
      ['summary.write'],
    ],
  },
  {
    name: 'summary variable unset, then set to an unwritable path',
    files: 'unset',
    calls: [
      ['summary.addRaw', 'x'],
      ['summary.write'],
      ['setenv', 'GITHUB_STEP_SUMMARY', '/nonexistent/dir/summary.md'],
      ['summary.write'],
    ],
  },
];

/** Numbers each distinct delimiter in order of appearance, and hides the temp directory. */
function normaliser(dir: string): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) =>
    text
      .split(dir)
      .join('<dir>')
      .replace(
        /ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
        (d) => {
          if (!seen.has(d)) seen.set(d, seen.size + 1);
          return `ghadelimiter_<${seen.get(d)}>`;
        },
      );
}

async function startStep(
  impl: 'core' | 'ours',
  c: Case,
  dir: string,
): Promise<{ exitCode: number | null; stdout: Buffer; stderr: Buffer }> {
  const files = c.files ?? 'present';
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', ...c.env };
  if (process.env.SystemRoot) env.SystemRoot = process.env.SystemRoot;
  for (const name of FILE_VARS) {
    const file = path.join(dir, name.toLowerCase());
    if (files !== 'unset') env[name] = file;
    if (files === 'present') await fs.writeFile(file, c.seed?.[name] ?? '');
  }
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', DRIVER, impl, JSON.stringify(c.calls)],
    { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => stdout.push(b));
  child.stderr.on('data', (b: Buffer) => stderr.push(b));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  return { exitCode, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr) };
}

/** One case through one implementation, in a directory of its own. */
async function runStep(impl: 'core' | 'ours', c: Case): Promise<Run> {
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), `tcache-cmds-${impl}-`)));
  try {
    const step = await startStep(impl, c, dir);
    // latin1 maps every byte to one character: comparing these strings compares the bytes.
    const normalise = normaliser(dir);
    const stdout = normalise(step.stdout.toString('latin1'));
    const files = {} as Record<FileVar, string>;
    for (const name of FILE_VARS) {
      const file = path.join(dir, name.toLowerCase());
      files[name] = await fs.readFile(file).then(
        (b) => normalise(b.toString('latin1')),
        () => '<absent>',
      );
    }
    return {
      exitCode: step.exitCode,
      stdout,
      stderr: normalise(step.stderr.toString('latin1')),
      files,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe('runner commands: byte for byte as @actions/core', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const [core, ours] = await Promise.all([runStep('core', c), runStep('ours', c)]);
    // Both implementations really ran every call (a driver that failed to load would be "equal").
    expect(core.stderr).not.toMatch(/no function|Cannot find|ERR_|unknown implementation/);
    expect(core.stdout + Object.values(core.files).join('') + core.stderr).not.toBe('');
    expect(ours).toEqual(core);
  });

  it('writes what the runner expects (a few lines spelled out)', async () => {
    const c: Case = {
      name: 'golden',
      calls: [
        ['warning', 'a%b\r\nc::d', FULL_PROPS],
        ['setOutput', 'k', 'v1\nv2'],
        ['setFailed', 'x'],
      ],
    };
    const ours = await runStep('ours', c);
    const { EOL } = os;
    expect(ours.stdout).toBe(
      '::warning title=T%3A a%2C b %25 %3A%3Ax%0D%0Ay,file=C%3A\\src\\a%2Cb%25.ts,line=3,endLine=4,col=1,endColumn=9::a%25b%0D%0Ac::d' +
        `${EOL}::error::x${EOL}`,
    );
    expect(ours.files.GITHUB_OUTPUT).toBe(
      `k<<ghadelimiter_<1>${EOL}v1\nv2${EOL}ghadelimiter_<1>${EOL}`,
    );
    expect(ours.exitCode).toBe(1);
  });
});
