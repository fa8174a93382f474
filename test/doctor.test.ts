// `toolchain-cache doctor` on real roots (in-process CLI): a healthy one, and each mistake an
// operator makes, each named with its fix. Also the CLI's root discovery through --runner-dir.
import { chmodSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ListedEntry } from '../src/cli/commands/list.js';
import type { CliIo } from '../src/cli/context.js';
import { main } from '../src/cli/main.js';
import { diagnose, type DoctorFacts, type DoctorReport } from '../src/core/doctor/checks.js';
import { mountTypeOf } from '../src/core/doctor/gather.js';
import type { GcReport } from '../src/core/gc.js';
import {
  daysAgo,
  deadPid,
  installFixture,
  makeTempRoot,
  type TempRoot,
} from './helpers/fixtures.js';
import { plantStaleLock } from './helpers/locks.js';

let t: TempRoot;
beforeEach(async () => {
  t = await makeTempRoot('tcache-doctor-');
});
afterEach(() => t.cleanup());

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => void (stdout += `${s}\n`),
    stderr: (s) => void (stderr += `${s}\n`),
    env,
  };
  return { code: await main(args, io), stdout, stderr };
}

async function doctor(
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<DoctorReport & Run> {
  const r = await cli(
    ['doctor', '--json', ...(args.includes('--root') ? [] : ['--root', t.root]), ...args],
    env,
  );
  return { ...(JSON.parse(r.stdout) as DoctorReport), ...r };
}

/** A runner directory with this .env text. */
async function runnerDir(name: string, env: string): Promise<string> {
  const dir = path.join(await t.tempDir(`tc-runner-${name}-`), 'actions-runner');
  await fs.mkdir(dir);
  await fs.writeFile(path.join(dir, '.env'), env);
  return dir;
}

describe('doctor', () => {
  it('a healthy root: exit 0, "healthy" and what was checked', async () => {
    await installFixture(t.layout, t.registry, { id: 'ok-1.0' });
    const r = await cli(['doctor', '--root', t.root]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^healthy: /);
    expect(r.stdout).toContain('1 toolchain(s) against their hit-check record');
    expect(r.stdout).toContain("host settings from this shell's environment");
  });

  it('a symlinked root: names the link, its target and where the root came from', async () => {
    const link = path.join(await t.tempDir(), 'link');
    await fs.symlink(t.root, link);
    const r = await doctor(['--root', link]);
    expect(r.code).toBe(1);
    const p = r.problems.find((x) => x.subject === link);
    expect(p?.problem).toContain(`symlink to ${t.root}`);
    expect(p?.fix).toContain(t.root);
    expect(r.stdout).not.toContain('"healthy": true');
  });

  it('wrong modes: a root without set-gid, a directory not group-writable, each with its chmod', async () => {
    chmodSync(t.root, 0o775);
    chmodSync(t.layout.toolchainsDir, 0o2755);
    const r = await doctor();
    expect(r.code).toBe(1);
    const root = r.problems.find((x) => x.subject === t.root);
    expect(root?.problem).toMatch(/mode 0775.*lacks set-gid/);
    expect(root?.fix).toContain(`chmod g+s ${t.root}`);
    const tc = r.problems.find((x) => x.subject === t.layout.toolchainsDir);
    expect(tc?.problem).toMatch(/mode 2755.*lacks group rwx/);
    expect(tc?.fix).toContain(`chmod g+rwx ${t.layout.toolchainsDir}`);
  });

  it('a file replaced in a toolchain: the hit check names the toolchain', async () => {
    await installFixture(t.layout, t.registry, { id: 'changed-1.0' });
    const bin = path.join(t.layout.toolchainRoot('changed-1.0'), 'bin');
    await fs.rm(path.join(bin, 'tool.mjs'));
    await fs.writeFile(path.join(bin, 'tool.mjs'), 'planted');
    const r = await doctor();
    expect(r.code).toBe(1);
    const p = r.problems.find((x) => x.subject === 'changed-1.0');
    expect(p?.problem).toMatch(/not as it was installed .*bin/);
    expect(p?.fix).toContain('toolchain-cache remove changed-1.0');
  });

  it('--deep: a file changed in place (no directory changed) is found by content only', async () => {
    await installFixture(t.layout, t.registry, { id: 'inplace-1.0' });
    const file = path.join(t.layout.toolchainRoot('inplace-1.0'), 'share', 'readme.txt');
    const text = await fs.readFile(file, 'utf8');
    chmodSync(file, 0o644);
    await fs.writeFile(file, text.replace('toolchain', 'TOOLCHAIN')); // same size, same directory
    chmodSync(file, 0o444);
    const shallow = await doctor();
    expect(shallow.code, JSON.stringify(shallow.problems)).toBe(0);
    const deep = await doctor(['--deep']);
    expect(deep.code).toBe(1);
    expect(deep.problems.find((x) => x.subject === 'inplace-1.0')?.problem).toContain(
      'modified: share/readme.txt',
    );
    expect(deep.checked.join('\n')).toContain('by content');
  });

  it('a stale lock of a dead pid: names the lock, its holder and what to do', async () => {
    const pid = await deadPid();
    await plantStaleLock(t.layout.lockPath('install-gone-1.0'), 60_000, pid);
    const r = await doctor();
    expect(r.code).toBe(1);
    const p = r.problems.find((x) => x.subject === 'locks/install-gone-1.0');
    expect(p?.problem).toContain(`pid ${pid}`);
    expect(p?.problem).toContain('no longer running');
    expect(p?.fix).toMatch(/takes it over/);
  });

  it('trash left by a crashed GC: named, gc cleans it', async () => {
    await fs.mkdir(path.join(t.layout.trashDir, 'old-1.0.abc'));
    const r = await doctor();
    expect(r.problems.map((p) => p.subject)).toContain(path.join(t.layout.trashDir, 'old-1.0.abc'));
    expect(r.problems[0].fix).toContain('toolchain-cache gc');
  });

  it('two runners whose settings differ: each named with its value', async () => {
    const a = await runnerDir(
      'a',
      `TOOLCHAIN_CACHE_ROOT=${t.root}\nTOOLCHAIN_CACHE_MAX_SIZE=10GB\n`,
    );
    const b = await runnerDir(
      'b',
      `TOOLCHAIN_CACHE_ROOT=${t.root}\nTOOLCHAIN_CACHE_MAX_SIZE=20GB\n`,
    );
    const r = await doctor(['--root', t.root, '--runner-dir', a, '--runner-dir', b]);
    expect(r.code).toBe(1);
    const p = r.problems.find((x) => x.subject === 'TOOLCHAIN_CACHE_MAX_SIZE');
    expect(p?.problem).toContain(`${a}/.env: 10GB`);
    expect(p?.problem).toContain(`${b}/.env: 20GB`);
    expect(r.checked).toBeDefined();
  });

  it("a runner whose user is not in the root's group: usermod -aG and a restart", async () => {
    const env = `TOOLCHAIN_CACHE_ROOT=${t.root}\n`;
    const mine = await runnerDir('mine', env); // root's: needs no group
    const other = await runnerDir('other', env);
    await fs.chown(other, 65534, 65534); // nobody, in no group of the root
    const ok = await doctor(['--runner-dir', mine]);
    expect(ok.code, JSON.stringify(ok.problems)).toBe(0);
    const r = await doctor(['--runner-dir', mine, '--runner-dir', other]);
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => p.subject)).toEqual([other]);
    expect(r.problems[0].problem).toMatch(/user nobody .* is not in the group root/);
    expect(r.problems[0].fix).toMatch(/usermod -aG root nobody, then restart that runner/);
  });

  it('a runner naming another root, and a runner with a bad value, are problems', async () => {
    const other = await runnerDir(
      'o',
      `TOOLCHAIN_CACHE_ROOT=/srv/elsewhere\nTOOLCHAIN_CACHE_LOCK_STALE=soon\n`,
    );
    const r = await doctor(['--root', t.root, '--runner-dir', other]);
    expect(r.code).toBe(1);
    const subjects = r.problems.filter((x) => x.subject === `${other}/.env`).map((x) => x.problem);
    expect(subjects.join('\n')).toContain('/srv/elsewhere');
    expect(subjects.join('\n')).toContain('TOOLCHAIN_CACHE_LOCK_STALE="soon"');
  });
});

describe('doctor checks on facts', () => {
  const facts = (over: Partial<DoctorFacts>): DoctorFacts => ({
    root: '/srv/tc',
    rootFrom: '--root',
    rootPath: { path: '/srv/tc', kind: 'directory', mode: 0o2775, gid: 1000 },
    dirs: [{ path: '/srv/tc', kind: 'directory', mode: 0o2775, gid: 1000 }],
    layoutVersion: 2,
    toolchains: 0,
    registeredBytes: 0,
    freeBytes: 1e12,
    fsTypeVia: 'mountinfo',
    fsType: 'ext4',
    host: { file: '/etc/toolchain-cache/config.json', config: {} },
    settings: [],
    settingsFromEnvironment: true,
    runnerUsers: [],
    locks: [],
    trash: [],
    staleStaging: [],
    unreadableUses: [],
    trees: [],
    unregistered: [],
    ...over,
  });

  it('NFS with the default lock stale time: set 120', () => {
    expect(diagnose(facts({})).healthy).toBe(true);
    const r = diagnose(facts({ fsType: 'nfs4' }));
    expect(r.problems[0].fix).toContain('TOOLCHAIN_CACHE_LOCK_STALE=120');
    expect(
      diagnose(facts({ fsType: 'nfs4', host: { file: 'f', config: { lockStaleMs: 120_000 } } }))
        .healthy,
    ).toBe(true);
  });

  it('a size bound the disk cannot hold', () => {
    const r = diagnose(
      facts({
        freeBytes: 1e9,
        registeredBytes: 1e9,
        host: { file: 'f', config: { maxSizeBytes: 5e9 } },
      }),
    );
    expect(r.problems[0].problem).toContain('cannot be reached before the disk is full');
  });

  it('mountinfo: the longest mount point above the root, escapes decoded', () => {
    const info = [
      '40 22 0:50 / /srv/nfs\\040share rw shared:2 - nfs4 host:/export rw',
      '41 22 0:51 / /srv/nfs rw shared:3 - tmpfs tmpfs rw',
      '22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw',
    ].join('\n');
    expect(mountTypeOf(info, '/srv/nfs share/tc')).toBe('nfs4');
    expect(mountTypeOf(info, '/srv/nfs/tc')).toBe('tmpfs');
    expect(mountTypeOf(info, '/srv/nfsx')).toBe('ext4');
  });
});

describe('unreadable use records, counted apart', () => {
  /** A record nobody can parse (what another user's 0600 record is to this one). */
  async function unreadableRecord(id: string): Promise<string> {
    const file = t.layout.useFile(id, 'foreign');
    await fs.writeFile(file, 'not json');
    return file;
  }

  it('list: USES live only, UNREADABLE apart; --json unreadableUses', async () => {
    await installFixture(t.layout, t.registry, { id: 'pinned-1.0' });
    await fs.mkdir(t.layout.usesOf('pinned-1.0'), { recursive: true });
    await unreadableRecord('pinned-1.0');
    const r = await cli(['list', '--root', t.root, '--json']);
    const [e] = JSON.parse(r.stdout) as ListedEntry[];
    expect([e.uses, e.unreadableUses]).toEqual([0, 1]);
    const text = (await cli(['list', '--root', t.root])).stdout.split('\n');
    expect(text[0]).toMatch(/^ID\s+SIZE\s+USES\s+UNREADABLE\s+LAST USED/);
    expect(text[2]).toMatch(/^pinned-1\.0\s+\S+ \S+\s+0\s+1\s/);
  });

  it('the GC report: kept apart from "in use", with whose and a hint', async () => {
    await installFixture(t.layout, t.registry, { id: 'pinned-1.0', lastUsedAt: daysAgo(9) });
    await fs.mkdir(t.layout.usesOf('pinned-1.0'), { recursive: true });
    await unreadableRecord('pinned-1.0');
    const r = await cli(['gc', '--root', t.root, '--max-unused-days', '0', '--json']);
    const report = JSON.parse(r.stdout) as GcReport;
    expect(report.unreadableUses).toEqual([{ id: 'pinned-1.0', records: 1, owners: ['root'] }]);
    const text = (await cli(['gc', '--root', t.root, '--max-unused-days', '0'])).stdout;
    expect(text).toContain('Skipped (unreadable use records): pinned-1.0 (1 record(s) of root)');
    expect(text).not.toContain('Skipped (in use)');
    expect(text).toMatch(/counts as a live use.*toolchain-cache doctor/);
    const d = await doctor();
    expect(d.problems.find((p) => p.subject === 'pinned-1.0')?.problem).toContain(
      '1 use record(s) this user cannot read',
    );
  });
});

describe('the CLI finds the root through the runners', () => {
  it("--runner-dir: the runner's TOOLCHAIN_CACHE_ROOT, and says so", async () => {
    await installFixture(t.layout, t.registry, { id: 'found-1.0' });
    const dir = await runnerDir(
      'r',
      `# a comment\r\nLANG=C.UTF-8\r\nTOOLCHAIN_CACHE_ROOT=${t.root}\r\n`,
    );
    const r = await cli(['list', '--json', '--runner-dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as ListedEntry[]).map((e) => e.id)).toEqual(['found-1.0']);
    expect(r.stderr).toContain(`cache root ${t.root} (from TOOLCHAIN_CACHE_ROOT in ${dir}/.env)`);
  });

  it('--runner-dir: RUNNER_TOOL_CACHE gives <it>/toolchain-cache', async () => {
    const toolCache = path.dirname(t.root);
    await fs.symlink(t.root, path.join(toolCache, 'toolchain-cache'));
    const dir = await runnerDir('r', `RUNNER_TOOL_CACHE=${toolCache}\n`);
    const r = await cli(['doctor', '--runner-dir', dir]);
    expect(r.stderr).toContain(
      `cache root ${path.join(toolCache, 'toolchain-cache')} (from RUNNER_TOOL_CACHE in ${dir}/.env)`,
    );
  });

  it('runners naming different roots: a usage error naming each, asking for --root', async () => {
    const a = await runnerDir('a', `TOOLCHAIN_CACHE_ROOT=${t.root}\n`);
    const b = await runnerDir('b', 'TOOLCHAIN_CACHE_ROOT=/srv/other\n');
    const r = await cli(['stats', '--runner-dir', a, '--runner-dir', b]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${a}/.env: ${t.root}`);
    expect(r.stderr).toContain(`${b}/.env: /srv/other`);
    expect(r.stderr).toContain('pass --root');
  });

  it('the environment beats --runner-dir; --root beats both (and says nothing)', async () => {
    const dir = await runnerDir('r', 'TOOLCHAIN_CACHE_ROOT=/srv/not-this\n');
    const fromEnv = await cli(['list', '--runner-dir', dir], { TOOLCHAIN_CACHE_ROOT: t.root });
    expect(fromEnv.code, fromEnv.stderr).toBe(0);
    expect(fromEnv.stderr).toContain(`(from TOOLCHAIN_CACHE_ROOT)`);
    const flag = await cli(['list', '--root', t.root, '--runner-dir', dir]);
    expect(flag.stderr).toBe('');
  });

  it("gc applies the runners' TOOLCHAIN_CACHE_MAX_UNUSED_DAYS unless a flag is given", async () => {
    await installFixture(t.layout, t.registry, { id: 'old-1.0', lastUsedAt: daysAgo(5) });
    await installFixture(t.layout, t.registry, { id: 'new-1.0', lastUsedAt: daysAgo(1) });
    const dir = await runnerDir(
      'r',
      `TOOLCHAIN_CACHE_ROOT=${t.root}\nTOOLCHAIN_CACHE_MAX_UNUSED_DAYS=3\n`,
    );
    const dry = await cli([
      'gc',
      '--json',
      '--dry-run',
      '--runner-dir',
      dir,
      '--max-unused-days',
      '10',
    ]);
    expect((JSON.parse(dry.stdout) as GcReport).removed).toEqual([]);
    const r = await cli(['gc', '--json', '--runner-dir', dir]);
    expect((JSON.parse(r.stdout) as GcReport).removed.map((e) => e.id)).toEqual(['old-1.0']);
    expect(r.stderr).toContain(`max-unused-days 3 (${dir}/.env)`);
  });

  it('gc: runners with different bounds are a usage error naming each', async () => {
    const a = await runnerDir(
      'a',
      `TOOLCHAIN_CACHE_ROOT=${t.root}\nTOOLCHAIN_CACHE_MAX_SIZE=1GB\n`,
    );
    const b = await runnerDir(
      'b',
      `TOOLCHAIN_CACHE_ROOT=${t.root}\nTOOLCHAIN_CACHE_MAX_SIZE=2GB\n`,
    );
    const r = await cli(['gc', '--dry-run', '--runner-dir', a, '--runner-dir', b]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/different GC bounds .*pass --max-size/);
  });
});
