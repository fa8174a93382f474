// The layout version of a cache root: a new root records it; a root of another layout (an older
// release's, or a newer one's) is refused with both versions named, and nothing in it is changed.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/context.js';
import { main } from '../src/cli/main.js';
import { LAYOUT_VERSION, openCacheRoot } from '../src/core/layout.js';
import { killAllWorkers, makeTempDir, removeTempDir, startWorker } from './helpers/procs.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('layout');
});
afterEach(async () => {
  await killAllWorkers();
  await removeTempDir(dir);
});

/** Every file below `root` with its content: "nothing changed" means this stays the same. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await fs.readdir(root, { withFileTypes: true, recursive: true })) {
    const p = path.join(e.parentPath, e.name);
    out[path.relative(root, p)] = e.isFile() ? await fs.readFile(p, 'utf8') : '<dir>';
  }
  return out;
}

async function cliList(root: string): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: CliIo = { stdout: () => undefined, stderr: (s) => void (stderr += s), env: {} };
  return { code: await main(['list', '--root', root], io), stderr };
}

describe('layout version', () => {
  it('a new root records the current layout version', async () => {
    const layout = await openCacheRoot(path.join(dir, 'new'));
    expect(JSON.parse(await fs.readFile(layout.layoutFile, 'utf8'))).toEqual({
      layoutVersion: LAYOUT_VERSION,
    });
    await openCacheRoot(layout.root); // and opens again
  });

  it('jobs creating a new root at the same moment all open it (none mistakes it for an old layout)', async () => {
    for (let round = 0; round < 5; round++) {
      const root = path.join(dir, `race-${round}`);
      const workers = Array.from({ length: 8 }, () => startWorker('open-root.ts', [root]));
      const lines = await Promise.all(
        workers.map((w) => w.waitForLine(/"event":"(opened|error)"/)),
      );
      expect(
        lines.filter((l) => !l.includes('"opened"')),
        `round ${round}`,
      ).toEqual([]);
    }
  });

  const roots: Array<[string, number, (root: string) => Promise<void>]> = [
    [
      'a root of the first layout (uses inside registry.json, no layout.json)',
      1,
      async (root) => {
        await fs.mkdir(path.join(root, 'toolchains', 'cmake'), { recursive: true });
        await fs.writeFile(
          path.join(root, 'registry.json'),
          '{"schemaVersion":1,"generation":4,"entries":{}}',
        );
      },
    ],
    [
      'a root of a newer layout',
      LAYOUT_VERSION + 1,
      async (root) => {
        await fs.mkdir(root, { recursive: true });
        await fs.writeFile(
          path.join(root, 'layout.json'),
          JSON.stringify({ layoutVersion: LAYOUT_VERSION + 1 }),
        );
      },
    ],
  ];
  for (const [what, version, make] of roots) {
    it(`${what}: the step and the CLI refuse it, naming both versions; nothing changes`, async () => {
      const root = path.join(dir, `v${version}`);
      await make(root);
      const before = await snapshot(root);
      const error = await openCacheRoot(root).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'LAYOUT_VERSION' });
      expect((error as Error).message).toContain(`has layout version ${version}`);
      expect((error as Error).message).toContain(`uses layout version ${LAYOUT_VERSION}`);
      const list = await cliList(root);
      expect(list.code).toBe(1);
      expect(list.stderr).toContain(`has layout version ${version}`);
      expect(await snapshot(root)).toEqual(before);
    });
  }
});
