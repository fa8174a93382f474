// Symlinks planted in the cache root by someone else who can write it (`uses/<id>` included). toolchain-cache never follows
// one: a planted link in place of one of its own directories or files stops the job with a message
// naming it (nothing is written where it points); a planted link where an install, a leftover or
// the trash would be is moved or removed as a link, never through it.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { adversarialFile, expectInstalled, mainLog } from '../helpers/adversarial-kit.js';
import { HEALTHY_ID, item, type Served, sha256, toolFiles } from '../helpers/origin.js';

const { origin, sandbox, sandboxCase } = adversarialFile('planted links', {
  sandbox: true,
});
let n = 0;

async function fresh(): Promise<{ id: string; served: Served }> {
  const id = `plant-${++n}`;
  return { id, served: origin.serveTar(`${id}.tar.gz`, toolFiles('plant', '1.0')) };
}

/**
 * Replaces `rel` (a directory or file of the root) by a symlink to `target` for the duration of
 * `fn`, then puts the original back (what an operator does after the job named the link).
 */
async function withPlanted(rel: string, target: string, fn: () => Promise<void>): Promise<void> {
  const p = path.join(sandbox().root, rel);
  const aside = `${p}.aside`;
  const had = existsSync(p);
  if (had) await fs.rename(p, aside);
  await fs.symlink(target, p);
  try {
    await fn();
  } finally {
    await fs.unlink(p);
    if (had) await fs.rename(aside, p);
  }
}

describe('a link planted in place of one of the root own names stops the job; nothing is written through it', () => {
  for (const [rel, isDir] of [
    ['locks', true],
    ['toolchains', true],
    ['staging', true],
    ['trash', true],
    ['registry.json', false],
    ['stats.json', false],
  ] as const) {
    sandboxCase(`${rel} is a symlink into the sentinel`, async (sb) => {
      const target = isDir
        ? await sb.plantOutside(`planted-${rel}`)
        : await sb.plantOutside(
            `planted-${rel}`,
            '{"schemaVersion":1,"generation":1,"entries":{}}',
          );
      const { id, served } = await fresh();
      await withPlanted(rel, target, async () => {
        const job = await sb.run(item(id, served));
        const log = mainLog(job);
        expect(job.main.exitCode, log).toBe(1);
        expect(log).toMatch(
          new RegExp(
            `${sb.root}/${rel.replace('.', '\\.')} is a symlink \\(to ${target}\\); toolchain-cache never follows a link planted in its cache root`,
          ),
        );
        // The post step refuses the root as well (a warning), rather than collecting garbage through it.
        expect(job.post?.exitCode, job.post?.stdout).toBe(0);
        expect(job.post?.stdout).toMatch(
          /::warning::toolchain-cache post step: cache root: .* is a symlink/,
        );
        expect(origin.hits(served)).toBe(0);
      });
    });
  }
});

describe("a link planted at uses/<id>: a job's use record is never written through it", () => {
  sandboxCase(
    'uses/<id> of an installed toolchain is a link to a directory elsewhere: the job fails naming it and its fix, nothing is written there',
    async (sb) => {
      const healthy = origin.healthyArchive();
      const target = await sb.plantOutside('uses-target');
      await withPlanted(`uses/${HEALTHY_ID}`, target, async () => {
        const job = await sb.run(item(HEALTHY_ID, healthy));
        const log = mainLog(job);
        expect(job.main.exitCode, log).toBe(1);
        const uses = path.join(sb.layout.usesDir, HEALTHY_ID);
        expect(log).toContain(
          `${uses} is a symlink, not the directory of use records toolchain-cache made: no use record is written or removed through it.`,
        );
        expect(log).toContain(`\`rm ${uses}\``);
        expect(job.paths).toEqual([]);
        expect(await fs.readdir(target)).toEqual([]);
      });
    },
  );
});

describe('links planted where the installer works are handled as links', () => {
  // The fake tree is untouched, and nothing is written into it.
  sandboxCase(
    'toolchains/<id> planted as a link to a fake tree with a matching manifest: moved aside, installed for real',
    async (sb) => {
      const { id, served } = await fresh();
      // A fake install in the sentinel, manifest and all, claiming the real id and sha256.
      const fake = await sb.plantOutside(`fake-${id}/files/bin/plant`, '#!/bin/sh\necho fake\n');
      const manifest = {
        schemaVersion: 1,
        id,
        sha256: served.sha,
        url: served.url,
        installedAt: new Date().toISOString(),
        sizeBytes: 21,
        fileCount: 1,
        files: [],
      };
      await sb.plantOutside(`fake-${id}/manifest.json`, JSON.stringify(manifest));
      await fs.symlink(path.dirname(path.dirname(path.dirname(fake))), sb.layout.entryDir(id));
      const job = await sb.run(item(id, served));
      const log = mainLog(job);
      expect(job.main.exitCode, log).toBe(0);
      expect(log).toMatch(
        new RegExp(`${id}: moving an unusable tree aside to .* \\(it is a symlink\\)`),
      );
      expect(JSON.parse(job.outputs.sources)).toEqual({ [id]: 'download' });
      expect((await fs.lstat(sb.layout.entryDir(id))).isDirectory()).toBe(true);
      await expectInstalled(sb, id, 'plant');
    },
  );

  sandboxCase(
    'an installed toolchain in use replaced by a link: refused, not handed to the job',
    async (sb) => {
      const healthy = origin.healthyArchive();
      const target = await sb.plantOutside('fake-healthy');
      const entry = sb.layout.entryDir(HEALTHY_ID);
      await fs.rename(entry, `${entry}.aside`);
      await fs.symlink(target, entry);
      try {
        const job = await sb.run(item(HEALTHY_ID, healthy));
        const log = mainLog(job);
        expect(job.main.exitCode, log).toBe(1);
        expect(log).toMatch(
          /Toolchain "healthy-1\.0": .* is no longer the directory that was installed \(a symlink\); refusing to use it/,
        );
        expect(job.paths).toEqual([]); // nothing through the link was put on PATH
      } finally {
        await fs.unlink(entry);
        await fs.rename(`${entry}.aside`, entry);
      }
    },
  );

  sandboxCase(
    'a staging leftover planted as a link to the sentinel: the link is removed, not what it points to',
    async (sb) => {
      const { id, served } = await fresh();
      const target = await sb.plantOutside(`leftover-${id}/data`, 'keep me\n');
      await fs.symlink(
        path.dirname(target),
        path.join(sb.layout.stagingDir, `${id}.0123456789abcdef`),
      );
      const job = await sb.run(item(id, served));
      expect(job.main.exitCode, mainLog(job)).toBe(0);
      expect(mainLog(job)).toMatch(
        new RegExp(
          `${id}: removing the leftovers of an interrupted install \\(${id}\\.0123456789abcdef\\)`,
        ),
      );
      expect(existsSync(path.join(sb.layout.stagingDir, `${id}.0123456789abcdef`))).toBe(false);
      await expectInstalled(sb, id, 'plant');
    },
  );

  sandboxCase(
    'a link planted in the trash: GC deletes the link, not the directory it points to',
    async (sb) => {
      const target = await sb.plantOutside('trash-target/data', 'keep me\n');
      await fs.symlink(path.dirname(target), path.join(sb.layout.trashDir, 'planted'));
      const healthy = origin.healthyArchive();
      // A host size bound of 1 byte is exceeded, so this post step's GC runs whatever the throttle says.
      const job = await sb.run(item(HEALTHY_ID, healthy), { hostConfig: { maxSize: '1' } });
      expect(job.main.exitCode, mainLog(job)).toBe(0);
      // At least the link (earlier cases of this sandbox may have left leftovers of their own).
      expect(job.post?.stdout).toMatch(
        /deleted [1-9]\d* leftover\(s\) of interrupted installs and removals/,
      );
      expect(await fs.readdir(sb.layout.trashDir)).toEqual([]);
      expect(await fs.readFile(target, 'utf8')).toBe('keep me\n');
    },
  );

  sandboxCase(
    "an install lock planted as a link to a directory in the sentinel: the job fails, the link's target is kept",
    async (sb) => {
      const { id, served } = await fresh();
      const target = await sb.plantOutside(`lock-target-${id}`);
      await fs.writeFile(path.join(target, 'data'), 'keep me\n');
      // Old enough to look like a dead holder's lock: the job tries to take it over.
      await fs.utimes(target, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
      await sb.rebaseline();
      const lock = sb.layout.lockPath(`install-${id}.lock`);
      await fs.symlink(target, lock);
      try {
        const job = await sb.run(item(id, served), { inputs: { 'wait-timeout': '5' } });
        const log = mainLog(job);
        expect(job.main.exitCode, log).toBe(1);
        // A link at a lock path is refused (UNSAFE_PATH, naming it), never followed.
        expect(log).toMatch(new RegExp(`${id}: .*install-${id}\\.lock`));
        expect(origin.hits(served)).toBe(0);
        expect(sha256(await fs.readFile(path.join(target, 'data')))).toBe(sha256('keep me\n'));
      } finally {
        await fs.unlink(lock);
      }
    },
  );
});
