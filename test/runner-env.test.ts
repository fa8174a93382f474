// A runner's .env, read as actions/runner's listener reads it (LoadAndSetEnv), and safely.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RUNNER_ENV_MAX_BYTES,
  parseRunnerEnv,
  readRunnerEnv,
  runnerSettings,
} from '../src/core/runner-env.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-runner-env-'));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

describe("parseRunnerEnv: the runner's format", () => {
  it('KEY=VALUE lines split at the first =, verbatim: no trimming, no quotes, no comments', () => {
    const vars = parseRunnerEnv(
      '\uFEFFA=1\r\n# C=commented\n=nokey\nnoequals\nB= spaced \nQ="quoted"\nU=x=y # not a comment\r\n\nK =v\n',
    );
    expect(vars).toEqual({
      A: '1',
      '# C': 'commented',
      B: ' spaced ',
      Q: '"quoted"',
      U: 'x=y # not a comment',
      'K ': 'v',
    });
  });

  it('a later line wins; an empty value unsets', () => {
    expect(parseRunnerEnv('A=1\nA=2\nB=3\nB=\n')).toEqual({ A: '2' });
  });

  it('lines end at \\r alone too (File.ReadAllLines)', () => {
    expect(parseRunnerEnv('A=1\rB=2')).toEqual({ A: '1', B: '2' });
  });
});

describe('readRunnerEnv: no link followed, a regular file, bounded', () => {
  it('reads the file; a runner without one has none', async () => {
    await fs.writeFile(path.join(dir, '.env'), 'TOOLCHAIN_CACHE_ROOT=/srv/tc\n');
    expect(readRunnerEnv(dir).vars).toEqual({ TOOLCHAIN_CACHE_ROOT: '/srv/tc' });
    const bare = path.join(dir, 'bare');
    await fs.mkdir(bare);
    expect(readRunnerEnv(bare)).toMatchObject({ exists: false, vars: {} });
  });

  it('a symlink, a FIFO, a directory, a huge file: refused, naming the file', async () => {
    const target = path.join(dir, 'secret');
    await fs.writeFile(target, 'TOOLCHAIN_CACHE_ROOT=/x\n');
    const cases: Array<[string, (f: string) => Promise<void>, RegExp]> = [
      ['link', (f) => fs.symlink(target, f), /symlink/],
      ['fifo', async (f) => void execFileSync('mkfifo', [f]), /FIFO/],
      ['dir', (f) => fs.mkdir(f), /directory/],
      ['huge', (f) => fs.writeFile(f, Buffer.alloc(RUNNER_ENV_MAX_BYTES + 1, 65)), /bytes/],
    ];
    for (const [name, make, why] of cases) {
      const runner = path.join(dir, name);
      await fs.mkdir(runner);
      await make(path.join(runner, '.env'));
      expect(() => readRunnerEnv(runner), name).toThrow(why);
      expect(() => readRunnerEnv(runner), name).toThrow(path.join(runner, '.env'));
    }
  });

  it('a missing runner directory is named', () => {
    expect(() => readRunnerEnv(path.join(dir, 'nope'))).toThrow(/--runner-dir .*no such directory/);
  });
});

describe('runnerSettings', () => {
  it('root from TOOLCHAIN_CACHE_ROOT, else RUNNER_TOOL_CACHE/toolchain-cache; bounds parsed', () => {
    const s = runnerSettings({
      name: 'r/.env',
      vars: {
        RUNNER_TOOL_CACHE: '/opt/tool',
        TOOLCHAIN_CACHE_MAX_SIZE: '2GB',
        TOOLCHAIN_CACHE_LOCK_STALE: '120',
      },
    });
    expect(s).toMatchObject({
      root: '/opt/tool/toolchain-cache',
      rootFrom: 'RUNNER_TOOL_CACHE',
      maxSizeBytes: 2e9,
      lockStaleMs: 120_000,
      errors: [],
    });
  });

  it('bad values are named with the file, not thrown', () => {
    const s = runnerSettings({
      name: 'r/.env',
      vars: { TOOLCHAIN_CACHE_ROOT: 'relative', TOOLCHAIN_CACHE_MAX_UNUSED_DAYS: 'ten' },
    });
    expect(s.root).toBeUndefined();
    expect(s.errors.join('\n')).toContain('TOOLCHAIN_CACHE_MAX_UNUSED_DAYS="ten" in r/.env');
    expect(s.errors.join('\n')).toContain('relative path');
  });
});
