// The bundled CLI run as a runner user of a shared host (a real second user: its own primary
// group, the shared group supplementary, as the README's `usermod -aG` makes it): another user's
// use record it cannot read is reported apart (doctor, list, gc), and a root behind a 0700
// directory is named as unreachable, never as missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ListedEntry } from '../../src/cli/commands/list.js';
import type { DoctorReport } from '../../src/core/doctor/checks.js';
import type { GcReport } from '../../src/core/gc.js';
import { writeUseRecord } from '../../src/core/uses.js';
import {
  daysAgo,
  fixtureUse,
  installFixture,
  makeTempRoot,
  type TempRoot,
} from '../helpers/fixtures.js';
import {
  removeOtherUserFiles,
  runAsUser,
  stageForOtherUsers,
  type OtherUserFiles,
} from '../helpers/other-user.js';
import { rootOnly } from '../helpers/root-only.js';

const SHARE = 'tcdoc-share';
const USERS = ['tcdoc-a', 'tcdoc-b'] as const;
const sh = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8' }).trim();
const why =
  process.platform === 'linux' ? rootOnly('real users and setpriv') : 'real users need Linux';

let ids: { share: number; users: Record<string, { uid: number; gid: number }> } | undefined;
let files: OtherUserFiles | undefined;

beforeAll(() => {
  if (why) return;
  sh('groupadd', ['-f', SHARE]);
  for (const u of USERS)
    if (spawnSync('id', [u]).status !== 0)
      sh('useradd', ['-U', '-G', SHARE, '-M', '-s', '/usr/sbin/nologin', u]);
  const idOf = (u: string) => ({
    uid: Number(sh('id', ['-u', u])),
    gid: Number(sh('id', ['-g', u])),
  });
  ids = {
    share: Number(sh('getent', ['group', SHARE]).split(':')[2]),
    users: Object.fromEntries(USERS.map((u) => [u, idOf(u)])),
  };
  files = stageForOtherUsers();
});

afterAll(() => {
  removeOtherUserFiles(files);
  if (!ids) return;
  for (const u of USERS) spawnSync('userdel', [u]);
  spawnSync('groupdel', [SHARE]);
});

let t: TempRoot;
beforeEach(async () => {
  t = await makeTempRoot('tcache-doctor-users-');
  // The README's set-up: the root given to the shared group, set-gid, reachable by every user.
  await fs.chmod(path.dirname(t.root), 0o755);
  sh('chgrp', ['-R', SHARE, t.root]);
  sh('find', [t.root, '-type', 'd', '-exec', 'chmod', '2775', '{}', '+']);
});
afterEach(() => t.cleanup());

/** The bundled CLI as `user`, with no environment. */
function cliAs(user: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = runAsUser(ids!.users[user], 'env', [
    '-i',
    files!.node,
    path.join(files!.actionDir, 'dist', 'cli', 'index.js'),
    ...args,
  ]);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(why)('the CLI as a runner user of a shared root', () => {
  it("another user's unreadable use record: doctor names it and its owner; list and gc count it apart", async () => {
    await installFixture(t.layout, t.registry, { id: 'pinned-1.0', lastUsedAt: daysAgo(9) });
    const record = await writeUseRecord(t.layout, 'pinned-1.0', fixtureUse('foreign'));
    await fs.chown(record, ids!.users['tcdoc-b'].uid, ids!.users['tcdoc-b'].gid);
    await fs.chmod(record, 0o600); // as an older release under umask 077 left it

    const d = cliAs('tcdoc-a', ['doctor', '--root', t.root, '--json']);
    expect(d.code, d.stderr).toBe(1);
    const problem = (JSON.parse(d.stdout) as DoctorReport).problems.find(
      (p) => p.subject === 'pinned-1.0',
    );
    expect(problem?.problem).toContain('1 use record(s) this user cannot read (owned by tcdoc-b)');
    expect(problem?.problem).toContain(record);
    expect(problem?.fix).toContain('as root');

    const l = cliAs('tcdoc-a', ['list', '--root', t.root, '--json']);
    const [entry] = JSON.parse(l.stdout) as ListedEntry[];
    expect([entry.uses, entry.unreadableUses]).toEqual([0, 1]);

    const g = cliAs('tcdoc-a', ['gc', '--root', t.root, '--json', '--max-unused-days', '0']);
    expect(g.code, g.stderr).toBe(0);
    const report = JSON.parse(g.stdout) as GcReport;
    expect(report.removed).toEqual([]);
    expect(report.unreadableUses).toEqual([{ id: 'pinned-1.0', records: 1, owners: ['tcdoc-b'] }]);
    const text = cliAs('tcdoc-a', ['gc', '--root', t.root, '--dry-run', '--max-unused-days', '0']);
    expect(text.stdout).toContain(
      'Skipped (unreadable use records): pinned-1.0 (1 record(s) of tcdoc-b)',
    );
  });

  it("from a shell with no environment: the root and the bounds from the runner's .env", async () => {
    await installFixture(t.layout, t.registry, { id: 'old-1.0', lastUsedAt: daysAgo(5) });
    const runner = path.join(path.dirname(t.root), 'actions-runner');
    await fs.mkdir(runner);
    await fs.writeFile(
      path.join(runner, '.env'),
      `LANG=C.UTF-8\nTOOLCHAIN_CACHE_ROOT=${t.root}\nTOOLCHAIN_CACHE_MAX_UNUSED_DAYS=3\n`,
    );
    const a = ids!.users['tcdoc-a'];
    sh('chown', ['-R', `${a.uid}:${a.gid}`, runner]);
    const r = cliAs('tcdoc-a', ['gc', '--dry-run', '--json', '--runner-dir', runner]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `cache root ${t.root} (from TOOLCHAIN_CACHE_ROOT in ${runner}/.env)`,
    );
    expect(r.stderr).toContain(`max-unused-days 3 (${runner}/.env)`);
    expect((JSON.parse(r.stdout) as GcReport).removed.map((e) => e.id)).toEqual(['old-1.0']);
  });

  it('a root behind a 0700 directory: "cannot be reached", naming the directory, not "does not exist"', async () => {
    const closed = path.join(path.dirname(t.root), 'private');
    await fs.mkdir(closed, { mode: 0o700 });
    const root = path.join(closed, 'root');
    await fs.mkdir(root);
    for (const command of ['list', 'stats', 'gc']) {
      const r = cliAs('tcdoc-a', [command, '--root', root]);
      expect(r.code, command).toBe(1);
      expect(r.stderr, command).toContain(`Cache root ${root} cannot be reached by this user`);
      expect(r.stderr, command).toContain(`${closed} (mode 0700, owner root`);
      expect(r.stderr, command).not.toContain('does not exist');
    }
    const d = cliAs('tcdoc-a', ['doctor', '--root', root]);
    expect(d.code).toBe(1);
    expect(d.stdout).toContain('cannot be reached by this user');
  });
});
