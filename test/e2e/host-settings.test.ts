// Host settings in the runner's environment reach the bundled steps: a lock stale time that is
// not a number fails main naming the variable (never a silent fallback that is too short for
// NFS), and post still exits 0.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_CONFIG_FILE } from '../../src/core/host-config.js';
import { item, Origin, toolFiles } from '../helpers/origin.js';
import { runJob } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const tmp = scratchDirForFile('tc-e2e-host-');
const origin = Origin.forFile();

describe('TOOLCHAIN_CACHE_LOCK_STALE', () => {
  it('a bad value fails main naming the variable; post exits 0', async () => {
    const job = await runJob({
      inputs: {
        toolchains: `- id: t\n  url: http://127.0.0.1:9/t.tar.gz\n  sha256: ${'ab'.repeat(32)}\n`,
        'cache-root': path.join(tmp(), 'root'),
      },
      env: { TOOLCHAIN_CACHE_LOCK_STALE: 'ten seconds' },
    });
    expect(job.main.exitCode).toBe(1);
    expect(job.main.stdout).toMatch(
      /::error::TOOLCHAIN_CACHE_LOCK_STALE="ten seconds" is not a lock stale time/,
    );
    // Whose value it is: the runner's (its .env), not the workflow author's.
    expect(job.main.stdout).toMatch(/It comes from this runner's environment \(its \.env file/);
    expect(job.post?.exitCode).toBe(0);
  });

  it('with cleanup: false, a bad GC bound of the runner only warns: main goes on', async () => {
    const inputs = {
      toolchains: `- id: t\n  url: http://127.0.0.1:9/t.tar.gz\n  sha256: ${'ab'.repeat(32)}\n`,
      'cache-root': path.join(tmp(), 'root-nocleanup'),
    };
    const env = { TOOLCHAIN_CACHE_MAX_SIZE: 'lots' };
    const quiet = await runJob({ inputs: { ...inputs, cleanup: 'false' }, env });
    expect(quiet.main.stdout).toMatch(
      /::warning::Environment variable TOOLCHAIN_CACHE_MAX_SIZE must be a size .*"lots".*\.env file.*\(Ignored here: this job does not clean up\.\)/,
    );
    expect(quiet.main.stdout).toMatch(/::error::.*127\.0\.0\.1:9/); // it got as far as the download
    // With cleanup, the same value fails main, naming where it comes from.
    const strict = await runJob({ inputs, env });
    expect(strict.main.exitCode).toBe(1);
    expect(strict.main.stdout).toMatch(
      /::error::Environment variable TOOLCHAIN_CACHE_MAX_SIZE must be a size .*It comes from this runner's environment/,
    );
    expect(strict.main.stdout).not.toMatch(/127\.0\.0\.1:9/);
  });
});

describe('the host configuration file (a mount namespace per job: the real path is never written)', () => {
  const toolchains = `- id: t\n  url: http://127.0.0.1:9/t.tar.gz\n  sha256: ${'ab'.repeat(32)}\n`;
  const linuxRoot = process.platform === 'linux' && process.getuid?.() === 0;

  it.skipIf(!linuxRoot)(
    "its lockStale beats the variable (a workflow's bad value is not even read); a bad value of its own fails main naming the file and key",
    async () => {
      const inputs = { toolchains, 'cache-root': path.join(tmp(), 'root-file') };
      const env = { TOOLCHAIN_CACHE_LOCK_STALE: 'ten seconds' };
      const beaten = await runJob({ inputs, env, hostConfig: { lockStale: 120 } });
      expect(beaten.main.stdout).not.toMatch(/not a lock stale time/);
      expect(beaten.main.stdout).toMatch(/::error::.*127\.0\.0\.1:9/); // it got as far as the download
      const bad = await runJob({ inputs, hostConfig: { lockStale: 'ten' } });
      expect(bad.main.exitCode).toBe(1);
      expect(bad.main.stdout).toMatch(
        new RegExp(
          `::error::The host configuration file ${HOST_CONFIG_FILE}: "lockStale" is wrong`,
        ),
      );
      expect(bad.post?.exitCode).toBe(0);
    },
  );

  it.skipIf(!linuxRoot)(
    "its maxMembers beats a workflow's larger TOOLCHAIN_CACHE_MAX_MEMBERS: an archive with more members is refused",
    async () => {
      const served = origin.serveTar('wide-1.0.tar.gz', toolFiles('wide')); // 4 members
      const job = await runJob({
        inputs: {
          toolchains: item('wide-1.0', served),
          'cache-root': path.join(tmp(), 'root-caps'),
        },
        env: { TOOLCHAIN_CACHE_MAX_MEMBERS: '1000' },
        hostConfig: { maxMembers: 3 },
      });
      expect(job.main.exitCode).toBe(1);
      expect(job.main.stdout).toMatch(/::error::.*Archive has more than 3 members/);
      expect(job.post?.exitCode).toBe(0);
    },
  );
});
