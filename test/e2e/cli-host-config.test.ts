// The bundled CLI from an operator's shell on a host with a configuration file: it finds the root
// and the GC bounds there (README, "The host configuration file"), as the steps do. The file is
// never written at its real path: the CLI runs in a mount namespace of its own with a temporary
// directory bind-mounted over /etc/toolchain-cache (runner.ts).
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ListedEntry } from '../../src/cli/commands/list.js';
import type { GcReport } from '../../src/core/gc.js';
import { daysAgo, installFixture, makeTempRoot, type TempRoot } from '../helpers/fixtures.js';
import { rootOnly } from '../helpers/root-only.js';
import { REPO_ROOT, inHostConfigNamespace } from '../helpers/runner.js';

const run = promisify(execFile);
const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
const why = process.platform === 'linux' ? rootOnly('a mount namespace') : 'needs Linux';

let t: TempRoot;
let work: string;
beforeEach(async () => {
  t = await makeTempRoot();
  work = await t.tempDir('tc-cli-host-');
});
afterEach(() => t.cleanup());

/** The CLI with no environment but PATH (an operator's `sudo toolchain-cache …`), under `config`. */
async function cli(config: object, args: string[]): Promise<{ stdout: string; stderr: string }> {
  await fs.rm(path.join(work, 'host-config'), { recursive: true, force: true });
  const [command, argv] = await inHostConfigNamespace(work, config, [
    process.execPath,
    CLI,
    ...args,
  ]);
  return run(command, argv, { env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } }).catch(
    (e: { stdout: string; stderr: string; code: number }) => {
      throw new Error(`exit ${e.code}: ${e.stderr}${e.stdout}`);
    },
  );
}

describe.skipIf(why)('the CLI under a host configuration file', () => {
  it('takes the root from the file when no --root is given, says so, and nothing else', async () => {
    await installFixture(t.layout, t.registry, { id: 'from-file-1.0' });
    const { stdout, stderr } = await cli({ cacheRoot: t.root }, ['list', '--json']);
    expect((JSON.parse(stdout) as ListedEntry[]).map((e) => e.id)).toEqual(['from-file-1.0']);
    expect(stderr).toBe(
      `toolchain-cache: cache root ${t.root} (from the host configuration file /etc/toolchain-cache/config.json)\n`,
    );
  });

  it('doctor from a shell with no environment but the host file: healthy, bound from the file', async () => {
    await installFixture(t.layout, t.registry, { id: 'doc-1.0' });
    const { stdout, stderr } = await cli({ cacheRoot: t.root, maxSize: '1GB' }, ['doctor']);
    expect(stderr).toContain('from the host configuration file');
    expect(stdout).toMatch(/^healthy: /);
    expect(stdout).toContain('for a size bound of 953.7 MiB');
    expect(stdout).toContain("host settings from this shell's environment");
  });

  it("gc applies the file's bounds when no flag overrides them", async () => {
    await installFixture(t.layout, t.registry, { id: 'old-1.0', lastUsedAt: daysAgo(5) });
    await installFixture(t.layout, t.registry, { id: 'new-1.0', lastUsedAt: daysAgo(1) });
    const config = { cacheRoot: t.root, maxUnusedDays: 3 };
    const kept = JSON.parse(
      (await cli(config, ['gc', '--json', '--max-unused-days', '10'])).stdout,
    ) as GcReport;
    expect(kept.removed).toEqual([]);
    const report = JSON.parse((await cli(config, ['gc', '--json'])).stdout) as GcReport;
    expect(report.removed.map((e) => e.id)).toEqual(['old-1.0']);
  });

  it('prints why an untrusted file is ignored', async () => {
    const { stderr } = await cli({ cacheRoot: t.root, bogus: 1 }, ['list', '--root', t.root]);
    expect(stderr).toMatch(/warning: .*bogus/);
  });
});
