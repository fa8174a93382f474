// The steps' code cache (src/action/compile-cache.ts, docs/design.md "Start-up cost"), tried as a
// flipped byte on disk, a careless or hostile owner of its directory and a planted FIFO would: it
// lives in the job user's own cache directory ($XDG_CACHE_HOME, one per runner user here), never
// in the shared root; it is used only from a directory nobody else can write; and nothing in it
// can crash, block or change a step. The chunk cache of our own, on every Node (whose checksum
// this tries).
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, constants, openSync, promises as fs, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  adversarialFile,
  mainLog,
  type CaseContext,
  type Sandbox,
} from '../helpers/adversarial-kit.js';
import { item } from '../helpers/origin.js';
import { isRoot, rootOnly } from '../helpers/root-only.js';
import { stepNode, type JobResult } from '../helpers/runner.js';
import { HEADER_BYTES } from '../../src/action/chunk-code-cache.js';

const POSIX = process.platform !== 'win32';
const { origin, sandboxCase } = adversarialFile('code cache', { sandbox: true });

const version = execFileSync(stepNode(), ['--version'], { encoding: 'utf8' }).trim();
/**
 * Which byte to flip in a cache file (our header, then V8's bytes): byte 24 of V8's own header,
 * which V8 release builds trust — unchecked, it aborts the process (SIGTRAP on Node 20; most
 * payload bytes are accepted silently, a few crash it too).
 */
const flipAt = (): number => HEADER_BYTES + 24;
/** How long a warm main may take here even on a loaded machine; a blocked one takes forever. */
const PROMPT_MS = 60_000;

let homes: string;
let n = 0;
beforeAll(async () => {
  homes = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-adv-cache-homes-')));
});
afterAll(() => fs.rm(homes, { recursive: true, force: true }));

/** A runner user's own cache directory (XDG_CACHE_HOME), shared by the jobs a case runs. */
async function cacheHome(): Promise<{ env: { XDG_CACHE_HOME: string }; dir: string }> {
  const home = path.join(homes, `home-${++n}`);
  await fs.mkdir(home, { mode: 0o700 });
  return { env: { XDG_CACHE_HOME: home }, dir: path.join(home, 'toolchain-cache') };
}

/** A job on the sandbox's root asking for a new toolchain (a miss: every chunk a step loads). */
async function missJob(sb: Sandbox, env: Record<string, string>): Promise<JobResult> {
  const { id, served } = origin.serveTool(`cc-${++n}`);
  return sb.run(item(id, served), { env });
}

function expectExit0(job: JobResult): void {
  expect(job.main.exitCode, mainLog(job)).toBe(0);
  expect(job.post?.exitCode, `${job.post?.stdout}${job.post?.stderr}`).toBe(0);
}

/** This Node's cache files under `dir` (our chunk cache's, or Node's own): path → lstat. */
async function cacheFiles(dir: string): Promise<Map<string, Stats>> {
  const out = new Map<string, Stats>();
  for (const sub of await fs.readdir(dir)) {
    if (!sub.includes(version)) continue;
    for (const name of await fs.readdir(path.join(dir, sub))) {
      const p = path.join(dir, sub, name);
      out.set(p, await fs.lstat(p));
    }
  }
  return out;
}

/** The cache a first (missing) job leaves: at least the step chunks of main and post. */
async function warmCache(sb: Sandbox): Promise<Awaited<ReturnType<typeof cacheHome>>> {
  const home = await cacheHome();
  expectExit0(await missJob(sb, home.env));
  const files = await cacheFiles(home.dir);
  expect(files.size, `cache files of ${version} in ${home.dir}`).toBeGreaterThanOrEqual(2);
  return home;
}

describe('the code cache cannot crash, block or be fed to a step by someone else', () => {
  sandboxCase(
    'a byte flipped in a cache file: main and post exit 0, the file is compiled again, rewritten, then used',
    async (sb) => {
      const home = await warmCache(sb);
      const flipped = new Map<string, Buffer>();
      for (const file of (await cacheFiles(home.dir)).keys()) {
        const bytes = await fs.readFile(file);
        bytes[flipAt()] ^= 0x10;
        await fs.writeFile(file, bytes);
        flipped.set(file, bytes);
      }
      // Each job below loads the chunks the first one did: its post's GC runs too (post loads the
      // GC's chunk only when the throttle lets a GC run).
      const unthrottled = () => fs.rm(sb.layout.gcStateFile, { force: true });
      await unthrottled();
      expectExit0(await missJob(sb, home.env));
      const rewritten = await cacheFiles(home.dir);
      for (const [file, bytes] of flipped) {
        expect(rewritten.get(file)?.isFile(), file).toBe(true);
        expect(await fs.readFile(file), file).not.toEqual(bytes);
      }
      // What was written is good: the next job uses it and writes nothing.
      await unthrottled();
      expectExit0(await missJob(sb, home.env));
      for (const [file, st] of await cacheFiles(home.dir))
        if (flipped.has(file)) expect(st.mtimeMs, file).toBe(rewritten.get(file)?.mtimeMs);
    },
  );

  sandboxCase(
    'a FIFO in place of every cache file: main finishes promptly with exit 0, and regular files replace them',
    async (sb) => {
      if (!POSIX) throw new Error('FIFOs need POSIX'); // the suite runs on Linux
      const home = await warmCache(sb);
      const fifos = [...(await cacheFiles(home.dir)).keys()];
      for (const file of fifos) {
        await fs.rm(file);
        execFileSync('mkfifo', [file]);
      }
      const started = Date.now();
      const job = await boundedOrUnblocked(missJob(sb, home.env), fifos);
      expect(Date.now() - started).toBeLessThan(PROMPT_MS);
      expectExit0(job);
      for (const [file, st] of await cacheFiles(home.dir))
        expect(st.isFIFO() || st.isSymbolicLink(), file).toBe(false);
    },
    { timeoutMs: PROMPT_MS * 3 },
  );

  sandboxCase(
    'the shared root gets no code cache: nothing named compile-cache appears in it',
    async (sb) => {
      const home = await cacheHome();
      expectExit0(await missJob(sb, home.env));
      expectExit0(await missJob(sb, home.env));
      expect(await fs.readdir(sb.root)).not.toContain('compile-cache');
      // It is in the user's own directory instead.
      expect((await cacheFiles(home.dir)).size).toBeGreaterThan(0);
    },
  );
});

describe.skipIf(!POSIX)('a cache directory others can write is not used', () => {
  const user = `tccc${process.pid}`;
  let uid = -1;
  beforeAll(() => {
    if (!isRoot()) return;
    spawnSync('userdel', [user]);
    execFileSync('useradd', ['--no-create-home', '--shell', '/usr/sbin/nologin', user]);
    uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
  });
  afterAll(() => {
    if (uid >= 0) spawnSync('userdel', [user]);
  });

  const notUsed = async (c: CaseContext, sb: Sandbox, spoil: (dir: string) => Promise<void>) => {
    const home = await warmCache(sb);
    await spoil(home.dir);
    const entries = await listTree(home.dir);
    await expectAtimesWork(c, path.dirname(home.dir));
    for (const p of entries) await ageAtime(p);
    const before = await statsOf(entries);
    expectExit0(await missJob(sb, home.env));
    // Nothing read (no atime moved), nothing written (same inodes, sizes, mtimes, ctimes, names).
    expect(await statsOf(entries)).toEqual(before);
    expect(await listTree(home.dir)).toEqual(entries);
  };

  sandboxCase('group-writable: nothing in it is read or written', (sb, c) =>
    notUsed(c, sb, (dir) => fs.chmod(dir, 0o770)),
  );

  sandboxCase('owned by another user: nothing in it is read or written', async (sb, c) => {
    if (uid < 0) {
      const why = rootOnly('a second user to hand the directory to');
      if (why) c.skip(why);
    }
    await notUsed(c, sb, (dir) => chownTree(dir, uid));
  });
});

/**
 * `job`, or — when it has not ended within PROMPT_MS because a step blocks on a FIFO — a failure,
 * once every blocked reader was let go: the FIFOs are opened for writing and closed (the reader
 * gets end-of-file), again each time a step blocks on the next one, until the job has ended.
 */
async function boundedOrUnblocked(job: Promise<JobResult>, fifos: string[]): Promise<JobResult> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), PROMPT_MS);
  });
  const first = await Promise.race([job, late]);
  clearTimeout(timer);
  if (first !== 'late') return first;
  let ended = false;
  void job.finally(() => (ended = true)).catch(() => undefined);
  while (!ended) {
    for (const fifo of fifos) {
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        /* nobody reading this one (ENXIO), or no FIFO any more */
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`a step was still running after ${PROMPT_MS} ms: blocked on a FIFO`);
}

async function chownTree(dir: string, uid: number): Promise<void> {
  await fs.lchown(dir, uid, uid);
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await chownTree(p, uid);
    else await fs.lchown(p, uid, uid);
  }
}

/** `dir` and every path under it, sorted. */
async function listTree(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir, { recursive: true });
  return [dir, ...names.map((name) => path.join(dir, name))].sort();
}

/** What a read (atime) or a write (inode, size, mtime, ctime, mode, owner) would change; lstat only. */
async function statsOf(paths: string[]): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  for (const p of paths) {
    const st = await fs.lstat(p);
    out[p] = [st.ino, st.mode, st.uid, st.size, st.mtimeMs, st.ctimeMs, st.atimeMs];
  }
  return out;
}

/** Sets `p`'s atime a minute before its mtime: any read or listing moves it (even under relatime). */
async function ageAtime(p: string): Promise<void> {
  const st = await fs.lstat(p);
  await fs.utimes(p, new Date(st.mtimeMs - 60_000), new Date(st.mtimeMs));
}

/** A file system that does not update atimes (noatime) cannot show a read: the case says so. */
async function expectAtimesWork(c: CaseContext, dir: string): Promise<void> {
  const probe = path.join(dir, 'atime-probe');
  await fs.writeFile(probe, 'probe');
  await ageAtime(probe);
  const { atimeMs } = await fs.lstat(probe);
  await fs.readFile(probe);
  const moved = (await fs.lstat(probe)).atimeMs !== atimeMs;
  await fs.rm(probe);
  if (!moved) c.skip(`reading a file does not update its atime in ${dir} (noatime?)`);
}
