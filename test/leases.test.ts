// Process start times that do not depend on who asks: real `ps` under different TZ and locale
// settings (forced on Linux through the method option), real processes, and the "unknown is never
// dead" rule where the platform cannot tell.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  hostId,
  jobProcess,
  livenessChecker,
  newUse,
  processStartTime,
} from '../src/core/leases.js';
import { canonicalLstart, parsePidTimes } from '../src/core/platform/start-time.js';
import { testJob } from './helpers/workers/common.js';

const POSIX = process.platform !== 'win32';
const HAS_PS =
  POSIX && spawnSync('ps', ['-p', String(process.pid)], { stdio: 'ignore' }).status === 0;
const LINUX = process.platform === 'linux';
if (!HAS_PS) console.warn('Skipping the ps start-time tests: no ps command here');

const children: ChildProcess[] = [];
// process.env.PATH is restored by the test that changes it.
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const k of ['TZ', 'LC_ALL', 'LANG']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});
const saved: Record<string, string | undefined> = {
  TZ: process.env.TZ,
  LC_ALL: process.env.LC_ALL,
  LANG: process.env.LANG,
};

function sleeper(): ChildProcess & { pid: number } {
  const child = spawn('sleep', ['30'], { stdio: 'ignore' });
  children.push(child);
  return child as ChildProcess & { pid: number };
}

/** What the job's workflow may have set: these reach `ps` through the environment. */
const SETTINGS: Array<Record<string, string>> = [
  { TZ: 'UTC', LC_ALL: 'C' },
  { TZ: 'Asia/Tokyo', LC_ALL: 'C.UTF-8' },
  { TZ: 'America/New_York', LC_ALL: 'de_DE.UTF-8', LANG: 'fr_FR.UTF-8' },
  { TZ: 'Australia/Lord_Howe', LC_ALL: 'POSIX' }, // a half-hour offset
];

async function fingerprintUnder(settings: Record<string, string>, pid: number) {
  Object.assign(process.env, settings);
  return processStartTime(pid, { method: 'ps' });
}

describe.skipIf(!HAS_PS)('start times read through ps', () => {
  it('are the same for one real process whatever the TZ and locale of the caller', async () => {
    const { pid } = sleeper();
    const seen = [];
    for (const s of SETTINGS) seen.push(await fingerprintUnder(s, pid));
    expect(seen[0]).toMatch(/^\d{10}$/); // epoch seconds: nothing left to parse later
    expect(new Set(seen).size).toBe(1);
  });

  it('do not depend on the PATH of the step (a workflow may set its own)', async () => {
    const { pid } = sleeper();
    const withPath = await processStartTime(pid, { method: 'ps' });
    const savedPath = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(await processStartTime(pid, { method: 'ps' })).toBe(withPath);
    } finally {
      process.env.PATH = savedPath;
    }
    expect(withPath).toBeDefined();
  });

  it.skipIf(!LINUX)('match the start time the kernel reports, in epoch seconds', async () => {
    const { pid } = sleeper();
    const ticks = Number(
      readFileSync(`/proc/${pid}/stat`, 'utf8')
        .slice(readFileSync(`/proc/${pid}/stat`, 'utf8').lastIndexOf(')') + 2)
        .split(' ')[19],
    );
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    const fromKernel = btime + ticks / 100; // USER_HZ is 100 on every Linux ps supports
    const fromPs = Number(await processStartTime(pid, { method: 'ps' }));
    expect(Math.abs(fromPs - fromKernel)).toBeLessThanOrEqual(1);
  });

  it('tell two processes apart and say nothing for a process that is gone', async () => {
    const a = sleeper();
    const startA = await processStartTime(a.pid, { method: 'ps' });
    a.kill('SIGKILL');
    await new Promise((r) => a.once('exit', r));
    expect(await processStartTime(a.pid, { method: 'ps' })).toBeUndefined();
    expect(startA).toBeDefined();
  });

  it('keep a use alive when the job and the GC run under different time zones', async () => {
    const job = sleeper();
    Object.assign(process.env, SETTINGS[1]);
    const recorded = await jobProcess(job.pid, { method: 'ps' });
    const use = newUse('k', testJob('j'), recorded);
    Object.assign(process.env, SETTINGS[2]);
    expect(await livenessChecker(Date.now(), hostId(), { method: 'ps' })(use)).toBe(true);
    // ...and a different start time (a reused pid) is still told apart.
    const reused = { ...use, pidStart: String(Number(recorded.pidStart) - 3600) };
    expect(await livenessChecker(Date.now(), hostId(), { method: 'ps' })(reused)).toBe(false);
  });

  it('see a zombie (exited, not yet reaped) as dead', async () => {
    // `sleep 0.1` exits; its parent, exec'd into `sleep 30`, never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 30'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    children.push(parent);
    const zombiePid = await new Promise<number>((resolve) =>
      parent.stdout?.once('data', (d: Buffer) => resolve(Number(String(d).trim()))),
    );
    const recorded = await jobProcess(zombiePid, { method: 'ps' });
    const use = newUse('k', testJob('j'), recorded);
    const deadline = Date.now() + 10_000;
    let alive = true;
    while (alive && Date.now() < deadline) {
      alive = await livenessChecker(Date.now(), hostId(), { method: 'ps' })(use);
      if (alive) await new Promise((r) => setTimeout(r, 50));
    }
    expect(alive).toBe(false);
  });
});

describe('canonicalLstart', () => {
  it('turns the C-locale UTC form of Linux and macOS ps into epoch seconds', () => {
    const epoch = String(Date.UTC(2026, 10, 9, 9, 28, 3) / 1000);
    expect(canonicalLstart('Mon Nov  9 09:28:03 2026')).toBe(epoch); // macOS pads the day
    expect(canonicalLstart('Mon Nov 9 09:28:03 2026\n')).toBe(epoch);
    expect(canonicalLstart('  Mon Nov 09 09:28:03 2026')).toBe(epoch);
  });
  it('keeps an unknown format as text, and nothing as nothing', () => {
    expect(canonicalLstart('2026-11-09T09:28:03')).toBe('ps:2026-11-09T09:28:03');
    expect(canonicalLstart('   ')).toBeUndefined();
  });
});

describe('Windows creation times', () => {
  it('are read from "<pid> <epoch ms>" lines, ignoring everything else', () => {
    const table = parsePidTimes('4 1764408483123\r\n\r\nWARNING: x\r\n  812 1764408490001  \r\n');
    expect([...table]).toEqual([
      [4, '1764408483123'],
      [812, '1764408490001'],
    ]);
  });

  it.skipIf(!POSIX)('that cannot be read mean "unknown", never "dead"', async () => {
    // Off Windows there is no powershell.exe: exactly the failure a hung or missing PowerShell gives.
    const job = sleeper();
    expect(await processStartTime(job.pid, { method: 'windows' })).toBeUndefined();
    const use = newUse('k', testJob('j'), { pid: job.pid, pidStart: '1764408483123' });
    expect(await livenessChecker(Date.now(), hostId(), { method: 'windows' })(use)).toBe(true);
    // A process that is gone is still dead: the pid check does not need the start time.
    job.kill('SIGKILL');
    await new Promise((r) => job.once('exit', r));
    expect(await livenessChecker(Date.now(), hostId(), { method: 'windows' })(use)).toBe(false);
  });
});
