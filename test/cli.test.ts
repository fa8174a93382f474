// The operator CLI: every command's JSON (in-process through main), human tables, help, errors on
// stderr with a non-zero exit, and a few runs of the real process.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ListedEntry } from '../src/cli/commands/list.js';
import type { RemoveOutput } from '../src/cli/commands/remove.js';
import type { StatsOutput } from '../src/cli/commands/stats.js';
import type { CliIo } from '../src/cli/context.js';
import { main } from '../src/cli/main.js';
import type { RepairReport } from '../src/cli/repair.js';
import type { VerifyReport } from '../src/cli/verify.js';
import type { GcReport } from '../src/core/gc.js';
import { recordGcRun, recordJobStats } from '../src/core/stats.js';
import { readUses } from '../src/core/uses.js';
import {
  daysAgo,
  deadPid,
  fixtureUse,
  installFixture,
  makeTempRoot,
  repoRoot,
  type TempRoot,
} from './helpers/fixtures.js';

const execFileAsync = promisify(execFile);
let t: TempRoot;
beforeEach(async () => {
  t = await makeTempRoot('tcache-cli-');
});
afterEach(async () => {
  await t.cleanup();
});

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
  const code = await main(args, io);
  return { code, stdout, stderr };
}

async function json<T>(args: string[]): Promise<T> {
  const r = await cli([...args, '--root', t.root, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

const exists = (p: string): Promise<boolean> =>
  fs.lstat(p).then(
    () => true,
    () => false,
  );

describe('list', () => {
  it('JSON: id, path, sha256, sizeBytes, installedAt, lastUsedAt and live uses', async () => {
    const a = await installFixture(t.layout, t.registry, {
      id: 'a',
      uses: [fixtureUse('live'), fixtureUse('dead', { pid: await deadPid() })],
    });
    await installFixture(t.layout, t.registry, { id: 'b', lastUsedAt: daysAgo(3) });
    const list = await json<ListedEntry[]>(['list']);
    expect(list.map((e) => e.id)).toEqual(['a', 'b']);
    expect(list[0]).toEqual({
      id: 'a',
      path: t.layout.toolchainRoot('a'),
      sha256: a.sha256,
      sizeBytes: a.sizeBytes,
      installedAt: a.installedAt,
      lastUsedAt: a.lastUsedAt,
      uses: 1,
      unreadableUses: 0,
    });
    expect(list[1].uses).toBe(0);
  });

  it('human output is an aligned table; an empty root says so', async () => {
    expect((await cli(['list', '--root', t.root])).stdout).toMatch(/No toolchains/);
    await installFixture(t.layout, t.registry, { id: 'short' });
    await installFixture(t.layout, t.registry, { id: 'a-much-longer-id', padBytes: 5000 });
    const r = await cli(['list', '--root', t.root]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^ID\s+SIZE\s+USES\s+UNREADABLE\s+LAST USED\s+INSTALLED\s+SHA256\s+PATH$/,
    );
    expect(lines).toHaveLength(4);
    // Every column starts at the same offset on every row.
    const pathCol = lines[0].indexOf('PATH');
    for (const l of lines.slice(2)) expect(l.indexOf(t.root)).toBe(pathCol);
  });

  it('the root defaults to TOOLCHAIN_CACHE_ROOT, else $RUNNER_TOOL_CACHE/toolchain-cache', async () => {
    await installFixture(t.layout, t.registry, { id: 'a' });
    const viaEnv = await cli(['list', '--json'], { TOOLCHAIN_CACHE_ROOT: t.root });
    expect(JSON.parse(viaEnv.stdout)).toHaveLength(1);
    const viaRunner = await cli(['list', '--json'], { RUNNER_TOOL_CACHE: path.dirname(t.root) });
    expect(viaRunner.code).toBe(1); // <base>/toolchain-cache does not exist
    expect(viaRunner.stderr).toContain(path.join(path.dirname(t.root), 'toolchain-cache'));
    const none = await cli(['list']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--root/);
  });
});

describe('stats', () => {
  it('JSON: entries, totalBytes, inUse, unused, freeBytes and counters per namespace', async () => {
    await installFixture(t.layout, t.registry, { id: 'a', uses: [fixtureUse('live')] });
    await installFixture(t.layout, t.registry, { id: 'b' });
    await recordJobStats(t.layout, 'octo/a', [
      { source: 'local', waitMs: 0, downloadedBytes: 0, sizeBytes: 10 },
    ]);
    await recordJobStats(t.layout, 'octo/a', [
      { source: 'download', waitMs: 0, downloadedBytes: 99, sizeBytes: 10 },
    ]);
    const s = await json<StatsOutput>(['stats']);
    expect(s).toMatchObject({ entries: 2, inUse: 1, unused: 1 });
    expect(s.totalBytes).toBeGreaterThan(0);
    expect(typeof s.freeBytes).toBe('number');
    expect(s.namespaces['octo/a']).toMatchObject({
      localHits: 1,
      downloads: 1,
      hits: 1,
      misses: 1,
      hitRate: 0.5,
      bytesDownloaded: 99,
    });
    expect(s.total).toMatchObject({ jobs: 2, hitRate: 0.5 });
    const human = await cli(['stats', '--root', t.root]);
    expect(human.stdout).toMatch(/^entries:\s+2$/m);
    expect(human.stdout).toMatch(/^octo\/a\s+2\s+1\s+0\s+0\s+1\s.*50\.0%$/m);
  });

  it('every command copes with a bare directory as the root (no registry, no subdirectories)', async () => {
    const bare = await t.tempDir('tcache-bare-');
    const run = async (args: string[]) => {
      const r = await cli([...args, '--root', bare, '--json']);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      return JSON.parse(r.stdout) as unknown;
    };
    expect(await run(['list'])).toEqual([]);
    expect(await run(['stats'])).toMatchObject({ entries: 0, namespaces: {} });
    expect(await run(['gc', '--dry-run'])).toMatchObject({ removed: [] });
    expect(await run(['gc'])).toMatchObject({ removed: [], errors: [] });
    expect(await run(['verify'])).toEqual({ ok: true, entries: [], unregistered: [] });
    expect(await run(['repair'])).toMatchObject({ entries: 0, added: [], dropped: [] });
  });

  it('shows names from a planted stats.json escaped: no terminal escapes, no reordered text', async () => {
    await recordJobStats(t.layout, 'octo/a', [
      { source: 'local', waitMs: 0, downloadedBytes: 0, sizeBytes: 10 },
    ]);
    await recordGcRun(t.layout, 'host-1', { removed: [], freedBytes: 0 });
    // Another user of the root rewrites the file: names of its choosing, a "date" that is none.
    const doc = JSON.parse(await fs.readFile(t.layout.statsFile, 'utf8'));
    const evil = 'evil\u001b]0;pwned\u0007/re\u202eop\u009b2J';
    doc.namespaces[evil] = doc.namespaces['octo/a'];
    doc.gc.hosts[`h\r\n${evil}`] = { ...doc.gc.hosts['host-1'], lastRunAt: `x\u001b[2J` };
    await fs.writeFile(t.layout.statsFile, JSON.stringify(doc));
    const human = await cli(['stats', '--root', t.root]);
    expect(human.code, human.stderr).toBe(0);
    const unprintable = [...human.stdout].filter((c) => {
      const n = c.codePointAt(0)!;
      return (n < 0x20 && c !== '\n') || (n >= 0x7f && n <= 0x9f) || n === 0x202e;
    });
    expect(unprintable).toEqual([]);
    expect(human.stdout).toContain('evil\\u001b]0;pwned\\u0007/re\\u202eop\\u009b2J');
    expect(human.stdout).toContain('h\\u000d\\u000aevil');
    expect(human.stdout).toContain('x\\u001b[2J');
    // The JSON keeps the values as they are (JSON escapes them; its reader decides).
    const s = await json<StatsOutput>(['stats']);
    expect(Object.keys(s.namespaces)).toContain(evil);
  });

  it('works on a fresh root', async () => {
    const s = await json<Record<string, unknown>>(['stats']);
    expect(s).toMatchObject({ entries: 0, totalBytes: 0, inUse: 0, unused: 0, namespaces: {} });
  });
});

describe('gc', () => {
  it('JSON: removed, freedBytes, skipped; --dry-run removes nothing; in use is skipped', async () => {
    await installFixture(t.layout, t.registry, { id: 'old', lastUsedAt: daysAgo(40) });
    await installFixture(t.layout, t.registry, { id: 'new', lastUsedAt: daysAgo(1) });
    await installFixture(t.layout, t.registry, {
      id: 'busy',
      lastUsedAt: daysAgo(50),
      // A job that started 50 days ago and still runs (no start time: judged by its lease).
      uses: [fixtureUse('live', { now: daysAgo(50).getTime(), leaseMs: 60 * 24 * 3600_000 })],
    });
    const dry = await json<GcReport>(['gc', '--dry-run']);
    expect(dry.dryRun).toBe(true);
    expect(dry.removed.map((r) => r.id)).toEqual(['old']);
    expect(await exists(t.layout.toolchainRoot('old'))).toBe(true);

    const report = await json<GcReport>(['gc', '--max-unused-days', '30']);
    expect(report.removed).toEqual([
      expect.objectContaining({
        id: 'old',
        sizeBytes: expect.any(Number),
        lastUsedAt: expect.any(String),
      }),
    ]);
    expect(report.freedBytes).toBe(report.removed[0].sizeBytes);
    expect(report.skippedInUse).toEqual(['busy']);
    expect(report.skipped).toBeUndefined();
    expect(await exists(t.layout.toolchainRoot('old'))).toBe(false);

    // The operator's GC is never throttled; --max-size takes sizes like the action's input.
    const bySize = await json<GcReport>(['gc', '--max-size', '1B']);
    expect(bySize.removed.map((r) => r.id)).toEqual(['new']);
    expect(bySize.boundsUnmet).toMatch(/in use/);
    const human = await cli(['gc', '--root', t.root, '--max-unused-days', '0']);
    expect(human.stdout).toMatch(/GC: nothing removed\.\nSkipped \(in use\): busy/);
  });

  it('rejects bad bounds with a usage error', async () => {
    for (const args of [
      ['--max-unused-days', '-1'],
      ['--max-unused-days', 'x'],
      ['--max-size', 'lots'],
      ['--bogus'],
    ]) {
      const r = await cli(['gc', '--root', t.root, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/Usage: toolchain-cache gc/);
      expect(r.stdout).toBe('');
    }
  });
});

describe('verify', () => {
  it('JSON lists every entry; a modified file fails with its name', async () => {
    await installFixture(t.layout, t.registry, { id: 'good' });
    await installFixture(t.layout, t.registry, { id: 'bad' });
    const ok = await json<VerifyReport>(['verify']);
    expect(ok).toEqual({
      ok: true,
      entries: [
        { id: 'bad', ok: true, problems: [] },
        { id: 'good', ok: true, problems: [] },
      ],
      unregistered: [],
    });
    const file = path.join(t.layout.toolchainRoot('bad'), 'share', 'readme.txt');
    await fs.chmod(file, 0o644);
    await fs.writeFile(file, 'tampered\n');
    await fs.writeFile(path.join(t.layout.toolchainRoot('bad'), 'extra.txt'), 'x');
    const r = await cli(['verify', '--root', t.root, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as VerifyReport;
    expect(report.ok).toBe(false);
    expect(report.entries.find((e) => e.id === 'bad')!.problems.sort()).toEqual([
      'added: extra.txt',
      'modified: share/readme.txt',
    ]);
    expect(report.entries.find((e) => e.id === 'good')!.ok).toBe(true);
    expect(r.stderr).toContain('bad (');
    expect(r.stderr).toContain('modified: share/readme.txt');
  });

  it('reports a missing tree and unregistered trees', async () => {
    await installFixture(t.layout, t.registry, { id: 'gone' });
    await installFixture(t.layout, t.registry, { id: 'orphan', register: false });
    await fs.rm(t.layout.toolchainRoot('gone'), { recursive: true, force: true });
    const r = await cli(['verify', '--root', t.root, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as VerifyReport;
    expect(report.entries[0].problems.join()).toMatch(/missing/);
    expect(report.unregistered).toEqual(['orphan']);
  });
});

describe('verify: paths recorded in the registry', () => {
  it('reports a recorded path other than the layout one and says it is ignored', async () => {
    await installFixture(t.layout, t.registry, { id: 'redirected' });
    const doc = JSON.parse(await fs.readFile(t.layout.registryFile, 'utf8')) as {
      entries: Record<string, Record<string, unknown>>;
    };
    doc.entries.redirected.path = '/tmp/evil';
    await fs.writeFile(t.layout.registryFile, JSON.stringify(doc));
    const r = await cli(['verify', '--root', t.root, '--json']);
    expect(r.code, r.stderr).toBe(0); // the tree itself is intact
    const report = JSON.parse(r.stdout) as VerifyReport;
    expect(report.ignoredPaths).toEqual([
      { id: 'redirected', recorded: '/tmp/evil', used: t.layout.toolchainRoot('redirected') },
    ]);
    expect(r.stderr).toMatch(
      /redirected: the registry records the path \/tmp\/evil.*it is ignored/,
    );
  });
});

describe('remove', () => {
  it('refuses an entry in use unless --force; JSON names what went', async () => {
    const busy = await installFixture(t.layout, t.registry, {
      id: 'busy',
      uses: [fixtureUse('live')],
    });
    const refused = await cli(['remove', 'busy', '--root', t.root, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/in use.*--force.*\[IN_USE\]/s);
    expect(await exists(t.layout.toolchainRoot('busy'))).toBe(true);

    const forced = await json<RemoveOutput>(['remove', 'busy', '--force']);
    expect(forced).toEqual({
      removed: { id: 'busy', sizeBytes: busy.sizeBytes, lastUsedAt: busy.lastUsedAt },
      freedBytes: busy.sizeBytes,
      forced: true,
      liveUses: 1,
    });
    expect(await exists(t.layout.entryDir('busy'))).toBe(false);

    await installFixture(t.layout, t.registry, { id: 'idle' });
    expect(await json<RemoveOutput>(['remove', 'idle'])).toMatchObject({
      removed: { id: 'idle' },
      forced: false,
      liveUses: 0,
    });

    const missing = await cli(['remove', 'nope', '--root', t.root]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No toolchain "nope"/);
    const noId = await cli(['remove', '--root', t.root]);
    expect(noId.code).toBe(2);
  });
});

describe('repair', () => {
  it('moves a corrupt registry aside and rebuilds it from the tree', async () => {
    await installFixture(t.layout, t.registry, { id: 'a' });
    await installFixture(t.layout, t.registry, { id: 'b' });
    await fs.writeFile(
      t.layout.registryFile,
      '{"schemaVersion":2,"generation":3,"entries":{"a":{"id":',
    );
    const report = await json<RepairReport>(['repair']);
    expect(report.movedAside).toMatch(/registry\.json\.corrupt-/);
    expect(await fs.readFile(report.movedAside!, 'utf8')).toContain('"generation":3');
    expect(report).toMatchObject({ rebuilt: true, entries: 2, added: ['a', 'b'], dropped: [] });
    const list = await json<Array<{ id: string }>>(['list']);
    expect(list.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('any command heals a corrupt registry by itself, saying so on stderr', async () => {
    await installFixture(t.layout, t.registry, { id: 'a', uses: [fixtureUse('live')] });
    await fs.writeFile(t.layout.registryFile, 'not json');
    const healed = await cli(['list', '--root', t.root, '--json']);
    expect(healed.code).toBe(0);
    expect(healed.stderr).toMatch(/warning: .*unreadable.*moved aside/);
    const list = JSON.parse(healed.stdout) as Array<{ id: string; uses: number }>;
    expect(list).toMatchObject([{ id: 'a', uses: 1 }]);
  });

  it('reconciles a readable registry: keeps uses, drops entries without a tree, adds unregistered trees', async () => {
    await installFixture(t.layout, t.registry, { id: 'kept', uses: [fixtureUse('live')] });
    await installFixture(t.layout, t.registry, { id: 'lost' });
    await installFixture(t.layout, t.registry, { id: 'found', register: false });
    // Planted: a tree with a manifest of its own, but no receipt of an installer vouching for it.
    await installFixture(t.layout, t.registry, { id: 'planted', register: false });
    await fs.rm(t.layout.receiptFile('planted'));
    await fs.rm(t.layout.entryDir('lost'), { recursive: true, force: true });
    const report = await json<RepairReport>(['repair']);
    expect(report).toEqual({
      rebuilt: false,
      entries: 2,
      added: ['found'],
      dropped: ['lost'],
      leftOut: [{ id: 'planted', why: expect.stringMatching(/no install receipt/) as unknown }],
    });
    const doc = await t.registry.read();
    expect(Object.keys(doc.entries).sort()).toEqual(['found', 'kept']);
    expect((await readUses(t.layout, 'kept')).records).toHaveLength(1);
  });

  it('refuses to touch a registry written by a newer release', async () => {
    const newer = JSON.stringify({ schemaVersion: 99, generation: 1, entries: {} });
    await fs.writeFile(t.layout.registryFile, newer);
    const r = await cli(['repair', '--root', t.root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/schema version 99/);
    expect(await fs.readFile(t.layout.registryFile, 'utf8')).toBe(newer);
  });
});

describe('usage', () => {
  it('--help for the tool and for each command', async () => {
    const general = await cli(['--help']);
    expect(general.code).toBe(0);
    for (const c of ['list', 'stats', 'gc', 'verify', 'remove', 'repair', 'prefetch']) {
      expect(general.stdout).toContain(`  ${c}`);
      const h = await cli([c, '--help']);
      expect(h.code).toBe(0);
      expect(h.stdout).toContain(`Usage: toolchain-cache ${c}`);
      expect(h.stdout).toContain('--root DIR');
    }
    expect((await cli(['gc', '-h'])).stdout).toContain('--max-unused-days N');
  });

  it('unknown commands and missing commands are usage errors on stderr', async () => {
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    expect(unknown.stdout).toBe('');
    expect((await cli([])).code).toBe(2);
    expect((await cli(['list', 'extra', '--root', t.root])).code).toBe(2);
    const noList = await cli(['prefetch', '--root', t.root]);
    expect(noList.code).toBe(2);
    expect(noList.stderr).toMatch(/--file FILE is required/);
  });

  it('the real process: exit codes, stdout and stderr', async () => {
    await installFixture(t.layout, t.registry, { id: 'a' });
    const entry = path.join(repoRoot, 'src', 'cli', 'index.ts');
    const run = (args: string[]) =>
      execFileAsync(process.execPath, ['--import', 'tsx', entry, ...args], {
        cwd: repoRoot,
        env: { ...process.env, TOOLCHAIN_CACHE_ROOT: t.root },
      }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({
          code: e.code,
          stdout: e.stdout,
          stderr: e.stderr,
        }),
      );
    const [list, bad] = await Promise.all([run(['list', '--json']), run(['remove', 'nope'])]);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((e: { id: string }) => e.id)).toEqual(['a']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    // The root came from the environment: the CLI says so first.
    expect(bad.stderr).toMatch(
      /^toolchain-cache: cache root \S+ \(from TOOLCHAIN_CACHE_ROOT\)\ntoolchain-cache remove: No toolchain "nope"/,
    );
    const usage = await run(['nonsense']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/unknown command/);
  });
});
