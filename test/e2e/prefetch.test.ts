// `toolchain-cache prefetch` from the bundled CLI, as an operator runs it while jobs run: one
// download however many prefetches and jobs ask at once, a failure named without stopping the
// others, no use record left (a SIGTERM mid-download included), the last use stamped now.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PrefetchOutput } from '../../src/cli/commands/prefetch.js';
import type { GcReport } from '../../src/core/gc.js';
import { openCacheRoot, type CacheLayout } from '../../src/core/layout.js';
import { Registry } from '../../src/core/registry/store.js';
import { readUses, stampLastUse } from '../../src/core/uses.js';
import { daysAgo } from '../helpers/fixtures.js';
import { Origin, item, tarGz, toolFiles, type Served } from '../helpers/origin.js';
import { REPO_ROOT, sourcesOf, startJob } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
const origin = Origin.forFile();
const tmp = scratchDirForFile('tc-prefetch-');
let root: string;
let layout: CacheLayout;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(tmp(), 'root-'));
  layout = await openCacheRoot(root);
});

interface CliRun {
  pid: number;
  stderr(): string;
  /** Resolves once stderr has a line matching `pattern`; rejects if the process exits first. */
  logged(pattern: RegExp, timeoutMs?: number): Promise<void>;
  signal(sig: NodeJS.Signals): void;
  done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
}

/** The bundled CLI as a real process. */
function startCli(args: string[]): CliRun {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const l of listeners) l();
  });
  const done = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  ).then((exit) => ({ ...exit, stdout, stderr }));
  return {
    pid: child.pid!,
    stderr: () => stderr,
    logged: (pattern, timeoutMs = 60_000) =>
      new Promise<void>((resolve, reject) => {
        const check = (): void => {
          if (!pattern.test(stderr)) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`prefetch did not log ${String(pattern)}:\n${stderr}`));
        }, timeoutMs);
        void done.then(() => {
          clearTimeout(timer);
          if (!pattern.test(stderr))
            reject(new Error(`prefetch exited without logging ${String(pattern)}:\n${stderr}`));
        });
        listeners.add(check);
        check();
      }),
    signal: (sig) => child.kill(sig),
    done,
  };
}

const runCli = (args: string[]) => startCli(args).done;

/** The list file prefetch reads: `items` of the toolchains input. */
async function listFile(items: string[]): Promise<string> {
  const file = path.join(await fs.mkdtemp(path.join(tmp(), 'list-')), 'toolchains.yml');
  await fs.writeFile(file, items.join(''));
  return file;
}

/**
 * `id` served so that the first request sends half the archive and then waits for `open()`
 * (later requests are served whole): a download that stays in progress as long as the test needs.
 */
function gatedTool(name: string): { id: string; served: Served; open(): void } {
  const id = `${name}-1.0`;
  const body = tarGz(toolFiles(name, '1.0'));
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let requests = 0;
  const handler = (_req: http.IncomingMessage, res: http.ServerResponse): void => {
    res.writeHead(200, { 'content-length': String(body.length) });
    const half = Math.floor(body.length / 2);
    if (++requests > 1) return void res.end(body);
    res.write(body.subarray(0, half));
    void gate.then(() => res.end(body.subarray(half)));
  };
  return { id, served: origin.serve(`${id}.tar.gz`, body, { handler }), open };
}

const useRecords = async (id: string) => (await readUses(layout, id)).records;

describe('toolchain-cache prefetch', () => {
  it('two prefetches and 8 jobs asking for one toolchain at once: one download, all ok', async () => {
    const gated = gatedTool('fleet');
    const list = await listFile([item(gated.id, gated.served)]);
    const args = ['prefetch', '--root', root, '--file', list];
    const first = startCli(args);
    await first.logged(new RegExp(`${gated.id}: downloading`));
    const second = startCli(args);
    const jobs = await Promise.all(
      Array.from({ length: 8 }, () =>
        startJob({ inputs: { toolchains: item(gated.id, gated.served), 'cache-root': root } }),
      ),
    );
    // Everyone else is waiting on the first prefetch's install before its download may finish.
    await second.logged(/another job is installing it/);
    await Promise.all(jobs.map((j) => j.mainLogged(/another job is installing it/)));
    gated.open();

    const [a, b] = await Promise.all([first.done, second.done]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(a.stdout).toMatch(
      new RegExp(`^ID\\s+SOURCE\\s+SIZE\\s+TIME\\n.*\\n${gated.id}\\s+download\\s`),
    );
    expect(b.stdout).toMatch(new RegExp(`${gated.id}\\s+peer\\s`));
    expect(a.stderr).toMatch(new RegExp(`^${gated.id}: download, .+, .+$`, 'm'));
    for (const job of await Promise.all(jobs.map((j) => j.result))) {
      expect(job.main.exitCode, job.main.stdout + job.main.stderr).toBe(0);
      expect(job.post?.exitCode).toBe(0);
      expect(sourcesOf(job)).toEqual({ [gated.id]: 'peer' });
    }
    expect(origin.hits(gated.served)).toBe(1);
    expect(await useRecords(gated.id)).toEqual([]);
  }, 240_000);

  it('a bad item: exit 1 naming each failure; the other toolchains installed all the same', async () => {
    const good = origin.serveTool('good');
    const other = origin.serveTool('other');
    const missing = { url: origin.server.url('/nowhere/missing.tar.gz'), sha: 'e'.repeat(64) };
    const wrongSha = { url: good.served.url, sha: 'f'.repeat(64) };
    const list = await listFile([
      item(good.id, good.served),
      item('missing-1.0', missing),
      item('wrong-sha-1.0', wrongSha),
      item(other.id, other.served),
    ]);
    const r = await runCli(['prefetch', '--root', root, '--file', list]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/2 of 4 toolchain\(s\) failed: missing-1\.0, wrong-sha-1\.0\s*$/);
    expect(r.stderr).toMatch(/^missing-1\.0: FAILED: .*404/m);
    expect(r.stderr).toMatch(/^wrong-sha-1\.0: FAILED: .*sha256/im);
    expect(r.stdout).toMatch(/^missing-1\.0\s+FAILED/m);
    const listed = await runCli(['list', '--root', root, '--json']);
    expect((JSON.parse(listed.stdout) as Array<{ id: string }>).map((e) => e.id).sort()).toEqual(
      [good.id, other.id].sort(),
    );
    for (const id of [good.id, other.id, 'missing-1.0', 'wrong-sha-1.0'])
      expect(await useRecords(id)).toEqual([]);
  });

  it('SIGTERM mid-download: the uses it recorded are released, its install lock too', async () => {
    const warm = origin.serveTool('warm');
    const warmList = await listFile([item(warm.id, warm.served)]);
    expect((await runCli(['prefetch', '--root', root, '--file', warmList])).code).toBe(0);
    const gated = gatedTool('slow');
    const list = await listFile([item(warm.id, warm.served), item(gated.id, gated.served)]);
    const run = startCli(['prefetch', '--root', root, '--file', list]);
    await run.logged(new RegExp(`${gated.id}: downloading`));
    // The warm hit's use is recorded while the other toolchain downloads.
    expect(await useRecords(warm.id)).toHaveLength(1);
    run.signal('SIGTERM');
    const r = await run.done;
    expect({ code: r.code, signal: r.signal }, r.stderr).toEqual({ code: 1, signal: null });
    expect(r.stderr).toMatch(/Received SIGTERM/);
    expect(r.stderr).toMatch(new RegExp(`^${gated.id}: FAILED: .*cancelled`, 'm'));
    expect(await useRecords(warm.id)).toEqual([]);
    expect(await useRecords(gated.id)).toEqual([]);
    // No install lock left behind: the next prefetch downloads at once, waiting for nobody.
    const again = await runCli(['prefetch', '--root', root, '--file', list, '--wait-timeout', '5']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(/another job is installing it/);
    expect(again.stdout).toMatch(new RegExp(`${gated.id}\\s+download\\s`));
  });

  it('a prefetched toolchain counts as used now: GC keeps it for max-unused-days', async () => {
    const aged = origin.serveTool('aged');
    const list = await listFile([item(aged.id, aged.served)]);
    expect((await runCli(['prefetch', '--root', root, '--file', list])).code).toBe(0);
    // Last used 40 days ago, as far as the registry and the stamp tell.
    const old = daysAgo(40);
    await new Registry(layout).update((doc) => {
      doc.entries[aged.id].lastUsedAt = old.toISOString();
    });
    await stampLastUse(layout, aged.id, old.getTime());
    const gcDryRun = async (): Promise<string[]> => {
      const r = await runCli([
        'gc',
        '--root',
        root,
        '--dry-run',
        '--max-unused-days',
        '30',
        '--json',
      ]);
      return (JSON.parse(r.stdout) as GcReport).removed.map((e) => e.id);
    };
    expect(await gcDryRun()).toEqual([aged.id]);

    const before = Date.now();
    const r = await runCli(['prefetch', '--root', root, '--file', list, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as PrefetchOutput).toolchains).toMatchObject([
      { id: aged.id, ok: true, source: 'local' },
    ]);
    const { records, stampMs } = await readUses(layout, aged.id);
    expect(records).toEqual([]);
    expect(stampMs).toBeGreaterThanOrEqual(before);
    expect(await gcDryRun()).toEqual([]);
  });
});
