// The walks of the operator's `gc` (the bundled CLI, run as root as an admin runs it) on a root
// other users write: a link planted at a name GC walks (`compile-cache`, inside it, `uses/<id>`,
// inside the trash) is never followed, a FIFO there never blocks it, and a directory of the trash
// swapped for a link between its type check and its chmod (the fault point `walk-chmod`, by a
// real second user) never gets the link's target chmod-ed. See docs/design.md, "Walks stay in the root".
import { spawn, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { adversarialFile, bundlesDir, type Sandbox } from '../helpers/adversarial-kit.js';
import { rootOnly } from '../helpers/root-only.js';
import { withFaultPoint } from '../helpers/fault-point.js';
import { item, toolFiles } from '../helpers/origin.js';

const { origin, sandboxCase } = adversarialFile('walks', { sandbox: true });

const MONTH_AGO = new Date(Date.now() - 40 * 24 * 3600_000);
const HOURS_AGO = new Date(Date.now() - 3 * 3600_000);

interface Run {
  code: number | null;
  out: string;
}

/** `toolchain-cache gc` on the sandbox's root, as root; killed after 60 s. */
function runGc(sb: Sandbox, env: Record<string, string> = {}): { done: Promise<Run> } {
  return runCli(sb, ['gc'], env);
}

/** A command of the bundled CLI on the sandbox's root, as root; killed after 60 s. */
function runCli(
  sb: Sandbox,
  args: string[],
  env: Record<string, string> = {},
): { done: Promise<Run> } {
  const cli = path.join(bundlesDir(), 'dist', 'cli', 'index.js');
  const child = spawn(process.execPath, [cli, ...args, '--root', sb.root], {
    env: { ...process.env, ...env },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const timer = setTimeout(() => {
    out += '\n[killed: still running after 60 s]';
    child.kill('SIGKILL');
  }, 60_000);
  return {
    done: new Promise((resolve) =>
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, out });
      }),
    ),
  };
}

/** A file or directory outside the root made old enough for GC's age rules, in the baseline. */
async function plantOld(sb: Sandbox, rel: string, content?: string, when = MONTH_AGO) {
  const p = await sb.plantOutside(rel, content);
  await fs.utimes(p, when, when);
  await sb.rebaseline();
  return p;
}

describe('links planted at the names GC walks are never followed', () => {
  sandboxCase(
    'compile-cache planted as a link to a directory of old files and empty directories: refused, nothing deleted',
    async (sb) => {
      const target = await sb.plantOutside('cc-target');
      await plantOld(sb, 'cc-target/chunks-v20/368.index.js-1-ab.bin', 'old cache bytes');
      await plantOld(sb, 'cc-target/v22.1.0-x64/empty');
      const link = path.join(sb.root, 'compile-cache');
      await fs.rm(link, { recursive: true, force: true });
      await fs.symlink(target, link);
      try {
        const gc = await runGc(sb).done;
        expect(gc.code, gc.out).not.toBe(0);
        expect(gc.out).toMatch(
          /compile-cache is a symlink \(to .*cc-target\); toolchain-cache never follows a link planted in its cache root/,
        );
      } finally {
        await fs.unlink(link);
      }
    },
  );

  sandboxCase(
    'a link inside compile-cache to a directory of old files: the legacy cache goes, the link with it, not its target',
    async (sb) => {
      const target = await sb.plantOutside('cc-inner');
      await plantOld(sb, 'cc-inner/1234abcd', 'old cache bytes');
      await plantOld(sb, 'cc-inner/368.index.js-1-ab.bin.tmp-1-x', 'old temp', HOURS_AGO);
      const cache = path.join(sb.root, 'compile-cache');
      await fs.mkdir(cache, { recursive: true });
      await fs.symlink(target, path.join(cache, 'v22.1.0-x64-abc-0'));
      const gc = await runGc(sb).done;
      expect(gc.code, gc.out).toBe(0);
      await expect(fs.lstat(cache)).rejects.toMatchObject({ code: 'ENOENT' });
    },
  );

  sandboxCase(
    'uses/<id> planted as a link to a directory holding a temp-looking file: nothing in it is deleted',
    async (sb) => {
      const target = await sb.plantOutside('uses-target');
      await plantOld(sb, 'uses-target/k.json.tmp-1-0123456789abcdef', 'not a temp file', HOURS_AGO);
      await plantOld(sb, 'uses-target/k.json', '{"not":"a use"}', HOURS_AGO);
      const link = path.join(sb.layout.usesDir, 'ghost-1.0');
      await fs.symlink(target, link);
      try {
        const gc = await runGc(sb).done;
        expect(gc.code, gc.out).toBe(0);
      } finally {
        await fs.unlink(link);
      }
    },
  );

  sandboxCase(
    'a FIFO in place of a use record: GC reads around it, never waits on it',
    async (sb) => {
      const dir = path.join(sb.layout.usesDir, 'fifo-1.0');
      await fs.mkdir(dir, { recursive: true });
      const fifo = path.join(dir, 'k.json');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      try {
        const gc = await runGc(sb).done;
        expect(gc.out).not.toMatch(/killed/);
        expect(gc.code, gc.out).toBe(0);
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  );

  sandboxCase(
    'a trashed tree holding links to directories, files and a set-uid file outside: the links go, every target keeps its mode',
    async (sb) => {
      const sub = path.join(sb.outside, 'sub');
      const suid = await sb.plantOutside('suid-tool', '#!/bin/sh\n');
      await fs.chmod(suid, 0o4755);
      await sb.rebaseline();
      const tree = path.join(sb.layout.trashDir, 'planted-tree');
      await fs.mkdir(path.join(tree, 'bin'), { recursive: true });
      await fs.symlink(sub, path.join(tree, 'dir-link'));
      await fs.symlink(path.join(sb.outside, 'secret'), path.join(tree, 'bin', 'file-link'));
      await fs.symlink(suid, path.join(tree, 'bin', 'suid-link'));
      await fs.chmod(path.join(tree, 'bin'), 0o6555); // read-only, set-id: GC must still empty it
      const gc = await runGc(sb).done;
      expect(gc.code, gc.out).toBe(0);
      expect(await fs.readdir(sb.layout.trashDir)).toEqual([]);
      expect((await fs.stat(suid)).mode & 0o7777).toBe(0o4755);
    },
  );
});

describe('a FIFO in place of a state file of the root never hangs the CLI', () => {
  for (const name of ['registry.json', 'stats.json', 'gc-state.json'] as const) {
    sandboxCase(`${name} replaced by a FIFO: \`list\` and \`stats\` answer at once`, async (sb) => {
      const file = path.join(sb.root, name);
      const aside = `${file}.aside`;
      const had = await fs.rename(file, aside).then(
        () => true,
        () => false,
      );
      expect(spawnSync('mkfifo', [file]).status).toBe(0);
      try {
        for (const command of ['list', 'stats']) {
          const run = await runCli(sb, [command]).done;
          expect(run.out).not.toMatch(/killed/);
          if (run.code !== 0) expect(run.out).toContain(`${file} is a FIFO, not a regular file`);
        }
      } finally {
        await fs.rm(file);
        if (had) await fs.rename(aside, file);
      }
    });
  }
});

let n = 0;

/** Installs a fresh toolchain in the sandbox (a real job); its id. */
async function installFresh(sb: Sandbox): Promise<string> {
  const id = `walk-${++n}`;
  const served = origin.serveTar(`${id}.tar.gz`, toolFiles('walk', '1.0'));
  const job = await sb.run(item(id, served));
  expect(job.main.exitCode, job.main.stdout).toBe(0);
  return id;
}

/** Replaces `file` (in a read-only installed tree) by a FIFO nobody writes. */
async function fifoAt(file: string): Promise<void> {
  await fs.chmod(path.dirname(file), 0o755);
  await fs.rm(file, { force: true });
  expect(spawnSync('mkfifo', [file]).status).toBe(0);
}

describe('verify and repair read the root no-follow and never wait on a FIFO', () => {
  for (const command of ['verify', 'repair'] as const) {
    sandboxCase(
      `${command} with a FIFO in place of a manifest.json: reported, not waited on`,
      async (sb) => {
        const id = await installFresh(sb);
        await fifoAt(sb.layout.manifestFile(id));
        const run = await runCli(sb, [command]).done;
        expect(run.out).not.toMatch(/killed/);
        if (command === 'verify') {
          expect(run.code, run.out).not.toBe(0);
          expect(run.out).toMatch(/manifest missing or unreadable/);
        } else expect(run.code, run.out).toBe(0);
        const removed = await runCli(sb, ['remove', id, '--force']).done;
        expect(removed.out).not.toMatch(/killed/);
      },
    );
  }

  sandboxCase(
    'verify with toolchains/<id> swapped for a link to a fake tree whose manifest is a FIFO: refused, never followed',
    async (sb) => {
      const id = await installFresh(sb);
      const fake = await sb.plantOutside(`fake-${id}/files/bin`);
      expect(
        spawnSync('mkfifo', [path.join(path.dirname(path.dirname(fake)), 'manifest.json')]).status,
      ).toBe(0);
      await sb.rebaseline();
      const entry = sb.layout.entryDir(id);
      await fs.rename(entry, `${entry}.aside`);
      await fs.symlink(path.dirname(path.dirname(fake)), entry);
      try {
        const run = await runCli(sb, ['verify']).done;
        expect(run.out).not.toMatch(/killed/);
        expect(run.code, run.out).not.toBe(0);
        expect(run.out).toMatch(new RegExp(`${id}.*is a symlink, not a directory`));
      } finally {
        await fs.unlink(entry);
        await fs.rename(`${entry}.aside`, entry);
      }
      const removed = await runCli(sb, ['remove', id, '--force']).done;
      expect(removed.code, removed.out).toBe(0);
    },
  );
});

// ------------------------------------------------------------------ the chmod race, deterministic

const ATTACKER = `tcwalk${process.pid}`;
let attacker: { uid: number; gid: number } | undefined;

function createAttacker(): { uid: number; gid: number } {
  if (attacker) return attacker;
  const r = spawnSync(
    'useradd',
    ['--no-create-home', '--user-group', '--shell', '/usr/sbin/nologin', ATTACKER],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`useradd ${ATTACKER}: ${r.stderr}`);
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, ATTACKER], { encoding: 'utf8' }).stdout.trim());
  attacker = { uid: id('-u'), gid: id('-g') };
  return attacker;
}

afterAll(() => {
  if (!attacker) return;
  spawnSync('userdel', [ATTACKER]);
  spawnSync('groupdel', [ATTACKER]); // when the system keeps the user's group
});

/** Runs `script` (JavaScript, given `a` = its JSON arguments) as the attacker. */
function asAttacker(script: string, args: unknown): void {
  const { uid, gid } = attacker!;
  const r = spawnSync(
    process.execPath,
    ['-e', `const fs = require('node:fs'); const a = ${JSON.stringify(args)}; ${script}`],
    { uid, gid, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`as ${ATTACKER}: ${r.stderr}`);
}

describe('a directory of the trash swapped for a link between its type check and its chmod', () => {
  sandboxCase(
    "another runner user's swap at that very moment: the link's target (a set-uid file outside) keeps its mode",
    async (sb, c) => {
      const skip =
        process.platform === 'linux'
          ? rootOnly('a second user (useradd) racing gc run as root')
          : 'needs Linux: the race is set up with a fault point and a second user';
      if (skip) c.skip(skip);
      const { gid } = createAttacker();
      // The runners' group owns the trash, as on a shared host; the attacker is one of them.
      await fs.chown(sb.layout.trashDir, 0, gid);
      await fs.chmod(sb.layout.trashDir, 0o2775);
      const suid = await sb.plantOutside('suid-root-tool', '#!/bin/sh\nid\n');
      await fs.chmod(suid, 0o4755);
      await sb.rebaseline();
      const evil = path.join(sb.layout.trashDir, 'evil');
      asAttacker(`fs.mkdirSync(a.evil); fs.chmodSync(a.evil, 0o6777);`, { evil });
      await withFaultPoint('walk-chmod', async (point) => {
        const gc = runGc(sb, point.env);
        await point.reached();
        // What renameat2(RENAME_EXCHANGE) wins now and then, made certain: the checked directory
        // is moved aside and a link to the set-uid file takes its name.
        asAttacker(`fs.renameSync(a.evil, a.evil + '.aside'); fs.symlinkSync(a.suid, a.evil);`, {
          evil,
          suid,
        });
        await point.resume();
        const run = await gc.done;
        expect(run.code, run.out).toBe(0);
      });
      expect((await fs.stat(suid)).mode & 0o7777).toBe(0o4755);
      await expect(fs.lstat(evil)).rejects.toMatchObject({ code: 'ENOENT' }); // the link went
      await fs.rm(`${evil}.aside`, { recursive: true, force: true });
    },
  );
});
