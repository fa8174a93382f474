// Tiers and staging that never end, links planted in a tier directory, and credentials in URLs
// (issue 18, items 6 to 8): a FIFO where post hashes the staged archive, a FIFO fed slowly at
// DIR/sha256/<hex>, a DIR/sha256 link planted between main and post, and a URL carrying a user,
// a password and a token. Real FIFOs and writers, real links, real jobs.
import { spawn, spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect } from 'vitest';
import {
  adversarialFile,
  bundlesDir,
  expectInstalled,
  mainLog,
  type CaseContext,
} from '../helpers/adversarial-kit.js';
import { item } from '../helpers/origin.js';
import { sourcesOf, type JobResult } from '../helpers/runner.js';
import { withScratchDir } from '../helpers/scratch.js';

const { origin, testCase } = adversarialFile('tiers bounded');
const POSIX = process.platform !== 'win32';

const stepLogs = (job: JobResult): string =>
  [job.main.stdout, job.main.stderr, job.post?.stdout ?? '', job.post?.stderr ?? ''].join('\n');

/** The staging directory main left for post (its archive waits there for the remote tiers). */
async function stageOf(root: string, id: string): Promise<string> {
  const staging = path.join(root, 'staging');
  const [name] = (await fs.readdir(staging)).filter((n) => n.startsWith(`${id}.`));
  if (!name) throw new Error(`no staging directory of ${id}`);
  return path.join(staging, name);
}

/**
 * `remote` with `share` second: the first file tier holds the fleet lease and gets the archive in
 * main (docs/design.md, "Fleet lease"), so `share` is one that post saves to.
 */
const savedAtPost = async (share: string): Promise<string> => {
  const leased = path.join(share, 'leased');
  await fs.mkdir(leased);
  return `${pathToFileURL(leased).href}\n${pathToFileURL(share).href}`;
};

const requirePosix = (c: CaseContext): void => {
  if (!POSIX) c.skip('FIFOs and symlinks: POSIX only');
};

describe.concurrent('tiers bounded: nothing a tier or staging holds blocks a step or leaks', () => {
  testCase(
    'a FIFO in place of the staged archive: post warns naming it, saves nothing and exits 0 at once',
    async (c) => {
      requirePosix(c);
      const sb = await c.sandbox();
      const { id, served } = origin.serveTool('stagedfifo');
      await withScratchDir('tc-adv-fifo-tier-', async (share) => {
        const job = await sb.start(item(id, served), {
          inputs: { remote: await savedAtPost(share) },
          holdBeforePost: true,
        });
        await job.mainDone();
        const archive = path.join(await stageOf(sb.root, id), 'archive');
        await fs.rm(archive);
        expect(spawnSync('mkfifo', [archive]).status).toBe(0);
        const started = Date.now();
        await job.continuePost();
        const result = await job.result;
        expect(result.post?.exitCode, result.post?.stdout).toBe(0);
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(result.post?.stdout).toContain(
          `${id}: not saved to any remote tier: the staged archive cannot be read: ${archive} is a FIFO`,
        );
        expect(await fs.readdir(path.join(share, 'sha256')).catch(() => [])).toEqual([]);
        await expectInstalled(sb, id, 'stagedfifo');
        await c.check(sb);
      });
    },
    { timeoutMs: 60_000 },
  );

  testCase(
    'a FIFO fed slowly at DIR/sha256/<hex>: refused at open, main falls back to the origin within remote-timeout',
    async (c) => {
      requirePosix(c);
      const sb = await c.sandbox();
      const { id, served } = origin.serveTool('tierfifo');
      await withScratchDir('tc-adv-fifo-tier-', async (share) => {
        const object = path.join(share, 'sha256', served.sha);
        await fs.mkdir(path.dirname(object));
        expect(spawnSync('mkfifo', [object]).status).toBe(0);
        // A byte every 100 ms for as long as anyone reads: progress forever, were it counted.
        const writer = spawn(
          'sh',
          ['-c', 'while :; do printf x; sleep 0.1; done > "$1"', 'sh', object],
          {
            stdio: 'ignore',
          },
        );
        try {
          const started = Date.now();
          const job = await sb.run(item(id, served), {
            inputs: { remote: pathToFileURL(share).href, 'remote-timeout': '5' },
          });
          const log = mainLog(job);
          expect(job.main.exitCode, log).toBe(0);
          expect(Date.now() - started).toBeLessThan(30_000);
          expect(sourcesOf(job)).toEqual({ [id]: 'download' });
          expect(log).toContain(`${object} is a FIFO, not a regular file`);
          expect(job.post?.exitCode, job.post?.stdout).toBe(0);
          await expectInstalled(sb, id, 'tierfifo'); // no leftovers in staging
        } finally {
          if (writer.exitCode === null && writer.signalCode === null) writer.kill('SIGKILL');
        }
        await c.check(sb);
      });
    },
    { timeoutMs: 90_000 },
  );

  testCase(
    'a DIR/sha256 link planted between main and post: post writes nothing through it, deletes nothing in its target',
    async (c) => {
      requirePosix(c);
      const sb = await c.sandbox();
      const { id, served } = origin.serveTool('tierlinkdir');
      const target = await sb.plantOutside('tier-target');
      const stale = path.join(target, `${served.sha}.tmp-0123456789abcdef`);
      await fs.writeFile(stale, "a temp-looking file that is not the tier's\n");
      const old = new Date(Date.now() - 2 * 3600_000);
      await fs.utimes(stale, old, old);
      await sb.rebaseline();
      await withScratchDir('tc-adv-link-tier-', async (share) => {
        const job = await sb.start(item(id, served), {
          inputs: { remote: await savedAtPost(share) },
          holdBeforePost: true,
        });
        await job.mainDone();
        await fs.symlink(target, path.join(share, 'sha256'));
        await job.continuePost();
        const result = await job.result;
        expect(result.main.exitCode, mainLog(result)).toBe(0);
        expect(result.post?.exitCode, result.post?.stdout).toBe(0);
        expect(await fs.readdir(target)).toEqual([path.basename(stale)]);
        await c.check(sb); // the target and its stale-looking file unchanged
        expect(result.post?.stdout).toContain(
          `${path.join(share, 'sha256')} is a symlink, not a directory`,
        );
      });
    },
    { timeoutMs: 60_000 },
  );

  testCase(
    'credentials in a URL: neither the password nor the token appears in logs, summary, outputs, the root or the CLI',
    async (c) => {
      const sb = await c.sandbox();
      const { id, served } = origin.serveTool('creds');
      // Distinctive stand-ins for "pass" and "secret": no log line says them by chance.
      const [password, token] = ['pass-7f3a1c', 'secret-9c1d42'];
      const url = `${served.url.replace('://', `://user:${password}@`)}?token=${token}`;
      const shown = `${served.url.replace('://', '://***@')}?***`;
      const job = await sb.run(item(id, { url, sha: served.sha }));
      expect(job.main.exitCode, mainLog(job)).toBe(0);
      // A wrong sha256: the checksum error names the URL too.
      const mismatch = await sb.run(item('creds-bad-1.0', { url, sha: 'f'.repeat(64) }));

      const cli = path.join(bundlesDir(), 'dist', 'cli', 'index.js');
      const cliOut = ['list', 'stats', 'verify'].map((command) => {
        const r = spawnSync(process.execPath, [cli, command, '--root', sb.root, '--json'], {
          encoding: 'utf8',
        });
        return r.stdout + r.stderr;
      });
      const seen: Record<string, string> = {
        'step logs': stepLogs(job) + stepLogs(mismatch),
        'step summary': job.summary + mismatch.summary,
        outputs: JSON.stringify([job.outputs, mismatch.outputs]),
        'registry.json': readFileSync(sb.layout.registryFile, 'utf8'),
        'manifest.json': readFileSync(sb.layout.manifestFile(id), 'utf8'),
        'stats.json': readFileSync(sb.layout.statsFile, 'utf8'),
        cli: cliOut.join('\n'),
      };
      for (const [where, text] of Object.entries(seen)) {
        expect(text, where).not.toContain(password);
        expect(text, where).not.toContain(token);
      }
      expect(seen['step logs']).toContain(`${id}: downloading ${shown}`);
      expect(mainLog(mismatch)).toContain(`sha256 mismatch for ${shown}`);
      expect(seen['manifest.json']).toContain(shown);
      await c.check(sb);
    },
    { timeoutMs: 60_000 },
  );
});
