// What the cache protects once a toolchain is installed. The runner here is an unprivileged user
// (nobody), as on a real host (root would write through any mode): the files of an installed
// toolchain are read-only to the jobs using it, `toolchain-cache verify` names every change made
// anyway, and no lock, registry, state or toolchain file is ever world-writable, even for a runner
// whose umask is 000 and an archive whose modes are 0777.
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import {
  adversarialFile,
  bundlesDir,
  type CaseContext,
  mainLog,
  NOBODY,
  otherUserNode,
  Sandbox,
} from '../helpers/adversarial-kit.js';
import { runAsUser } from '../helpers/other-user.js';
import { rootOnly } from '../helpers/root-only.js';
import { item, toolFiles } from '../helpers/origin.js';

const AS = { uid: NOBODY, gid: NOBODY };

const { origin, testCase } = adversarialFile('protection');

async function asNobody(c: CaseContext, umask?: number): Promise<Sandbox> {
  const notRoot = rootOnly('running the jobs as an unprivileged user (nobody)');
  if (notRoot) c.skip(notRoot);
  if (process.platform === 'win32') c.skip('file modes do not protect anything on Windows');
  return c.sandbox({ as: { ...AS, umask } });
}

/** Runs `code` in a node process as nobody; returns its exit status and stderr. */
function nodeAsNobody(code: string): { status: number | null; stderr: string } {
  const r = runAsUser(AS, otherUserNode(), ['-e', code]);
  return { status: r.status, stderr: r.stderr };
}

describe('installed toolchains are protected', () => {
  testCase(
    'a job cannot modify an installed toolchain by accident; verify names every change made anyway',
    async (c) => {
      const sb = await asNobody(c);
      const served = origin.serveTar('tamper.tar.gz', toolFiles('tamper', '1.0'));
      const job = await sb.run(item('tamper-1.0', served), { as: AS });
      expect(job.main.exitCode, mainLog(job)).toBe(0);
      const root = sb.toolchainRoot('tamper-1.0');
      const tool = path.join(root, 'bin', 'tamper');
      // The runner's own user, writing to a file of the toolchain: refused.
      for (const write of [
        `fs.appendFileSync(${JSON.stringify(tool)}, 'x')`,
        `fs.writeFileSync(${JSON.stringify(path.join(root, 'share', 'doc.txt'))}, '')`,
      ]) {
        const r = nodeAsNobody(`const fs = require('node:fs'); ${write}`);
        expect(r.status, write).not.toBe(0);
        expect(r.stderr).toMatch(/EACCES: permission denied/);
      }
      const cli = path.join(bundlesDir(), 'dist', 'cli', 'index.js');
      const verify = () =>
        spawnSync(process.execPath, [cli, 'verify', '--root', sb.root], { encoding: 'utf8' });
      expect(verify().status, verify().stdout + verify().stderr).toBe(0);
      // Someone who can (root, or a job that chmods first) changes it anyway: verify says exactly what.
      await fs.chmod(tool, 0o755);
      await fs.appendFile(tool, 'echo tampered\n');
      await fs.writeFile(path.join(root, 'bin', 'extra'), 'planted\n');
      await fs.rm(path.join(root, 'share', 'doc.txt'));
      const r = verify();
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/tamper-1\.0\s+CHANGED \(3\)/);
      expect(r.stdout).toMatch(/healthy-1\.0\s+ok/);
      expect(r.stdout).toContain('modified: bin/tamper');
      expect(r.stdout).toContain('added: bin/extra');
      expect(r.stdout).toContain('missing: share/doc.txt');
      expect(r.stderr).toMatch(/1 toolchain\(s\) differ from their manifest: tamper-1\.0/);
      await c.check(sb);
    },
  );

  testCase(
    'nothing in the root is world-writable, even with umask 000 and an archive of 0777 modes',
    async (c) => {
      const sb = await asNobody(c, 0o000);
      const served = origin.serveTar('open.tar.gz', [
        { path: 'open-1.0/', type: 'directory', mode: 0o777 },
        { path: 'open-1.0/bin/', type: 'directory', mode: 0o777 },
        { path: 'open-1.0/bin/open', content: '#!/bin/sh\necho "open 1.0"\n', mode: 0o777 },
        { path: 'open-1.0/data', content: 'data\n', mode: 0o666 },
      ]);
      // The post step's GC runs too (the first on this root is never throttled) and writes its state.
      const job = await sb.run(item('open-1.0', served), { as: { ...AS, umask: 0o000 } });
      expect(job.main.exitCode, mainLog(job)).toBe(0);
      const worldWritable: string[] = [];
      const writableTool: string[] = [];
      const seen: string[] = [];
      const walk = async (dir: string): Promise<void> => {
        for (const e of await fs.readdir(dir, { withFileTypes: true })) {
          const p = path.join(dir, e.name);
          if (e.isSymbolicLink()) continue; // a link's own mode means nothing
          const mode = (await fs.lstat(p)).mode & 0o7777;
          seen.push(path.relative(sb.root, p));
          if (mode & 0o002)
            worldWritable.push(`${path.relative(sb.root, p)} (${mode.toString(8)})`);
          if (e.isFile() && p.includes(`${path.sep}files${path.sep}`) && mode & 0o222)
            writableTool.push(path.relative(sb.root, p));
          if (e.isDirectory()) await walk(p);
        }
      };
      await walk(sb.root);
      // The walk saw what it is about: lock owners, the registry, manifests, the toolchain's 0777 dirs.
      for (const name of [
        'registry.json',
        'gc-state.json',
        'stats.json',
        'toolchains/open-1.0/manifest.json',
        'toolchains/open-1.0/files/bin',
      ]) {
        expect(seen, name).toContain(name);
      }
      for (const lock of ['registry', 'install-open-1.0']) {
        const released = new RegExp(`^locks/${lock}\\.lock/\\d+/released$`);
        expect(
          seen.filter((n) => released.test(n)),
          lock,
        ).toHaveLength(1);
      }
      expect(worldWritable).toEqual([]);
      expect(writableTool).toEqual([]);
      expect(
        execFileSync(path.join(sb.toolchainRoot('open-1.0'), 'bin', 'open'), { encoding: 'utf8' }),
      ).toBe('open 1.0\n');
      await c.check(sb);
    },
  );
});
