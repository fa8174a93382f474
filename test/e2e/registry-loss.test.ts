// Losing registry.json while a job holds a toolchain: the committed bundles under the simulated
// runner, and the bundled CLI. The held toolchain must stay runnable through every GC that follows
// (post steps with max-unused-days 0 and a size bound no cache meets, and the operator's `gc`),
// `list` must show its live use, and once released a GC collects it.
import { execFile, execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { Origin, item, scriptFiles } from '../helpers/origin.js';
import { REPO_ROOT, runJob, startJob, type JobResult } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const execFileAsync = promisify(execFile);
const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');

const origin = Origin.forFile();
const tmp = scratchDirForFile('tc-e2e-loss-');
const items: Record<string, string> = {};

beforeAll(() => {
  for (const name of ['held', 'other'])
    items[name] = item(
      name,
      origin.serveTar(`${name}.tar.gz`, scriptFiles(name, name, `"${name} ok"`)),
    );
});

const cli = async (root: string, ...args: string[]) =>
  JSON.parse(
    (await execFileAsync(process.execPath, [CLI, ...args, '--root', root, '--json'])).stdout,
  ) as unknown;

function expectOk(job: JobResult): void {
  expect(job.main.exitCode, job.main.stdout + job.main.stderr).toBe(0);
  expect(job.post?.exitCode, job.post?.stdout).toBe(0);
}

const runsHeld = (root: string): string =>
  execFileSync(path.join(root, 'toolchains/held/files/bin/held'), { encoding: 'utf8' }).trim();

describe.skipIf(process.platform === 'win32')(
  'registry.json lost while a job holds a toolchain',
  () => {
    for (const loss of ['corrupted', 'deleted'] as const) {
      it(`${loss}: the next jobs heal it with a warning; no GC removes the held toolchain until it is released`, async () => {
        const root = path.join(tmp(), `root-${loss}`);
        const holder = await startJob({
          inputs: { toolchains: items.held, 'cache-root': root },
          holdBeforePost: true,
        });
        await holder.mainDone();
        expect(runsHeld(root)).toBe('held ok');

        const registry = path.join(root, 'registry.json');
        if (loss === 'corrupted') await fs.writeFile(registry, '{"schemaVersion":2,"generation":');
        else await fs.rm(registry);

        // Job B: another toolchain, and a post-step GC with every bound at its tightest.
        const b = await runJob({
          inputs: {
            toolchains: items.other,
            'cache-root': root,
            'max-unused-days': '0',
          },
          hostConfig: { maxSize: '1B' }, // the host file's bound: skips the GC throttle
        });
        expectOk(b);
        expect(b.main.stdout).toMatch(
          loss === 'corrupted'
            ? /::warning::The registry \S+registry\.json was unreadable .*moved aside to \S+registry\.json\.corrupt-/
            : /::warning::The registry \S+registry\.json was missing; rebuilt it/,
        );
        expect(b.post?.stdout).toMatch(/GC: removed 1 toolchain\(s\)/); // "other": nobody holds it
        expect(runsHeld(root)).toBe('held ok');

        // The operator's GC, as tight, and what `list` says.
        const gc = (await cli(root, 'gc', '--max-unused-days', '0', '--max-size', '1B')) as {
          removed: unknown[];
          skippedInUse: string[];
        };
        expect(gc.removed).toEqual([]);
        expect(gc.skippedInUse).toEqual(['held']);
        expect(runsHeld(root)).toBe('held ok');
        const list = (await cli(root, 'list')) as Array<{ id: string; uses: number }>;
        expect(list).toMatchObject([{ id: 'held', uses: 1 }]);

        // Released: the next GC collects it.
        await holder.continuePost();
        expectOk(await holder.result);
        const after = (await cli(root, 'gc', '--max-unused-days', '0')) as {
          removed: Array<{ id: string }>;
        };
        expect(after.removed.map((r) => r.id)).toEqual(['held']);
        expect(await fs.readdir(path.join(root, 'toolchains'))).toEqual([]);
      });
    }
  },
);
