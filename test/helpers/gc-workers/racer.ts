// Jobs racing GC, one after another in this process: each job picks a random toolchain, resolves
// it through the real installer (acquireToolchains; the archive comes from a "remote tier" that
// copies a local file, so nothing is downloaded), holds its use for a random while, checking again
// and again that the toolchain is still registered with its use and still complete on disk, runs
// it once, and releases. Random start delays and hold times give random interleavings with GC.
// Usage: node --import tsx racer.ts <root> <name> <jobs> '<{ id: { sha256, archive } } as JSON>' [maxHoldMs]
// Prints one JSON line per job: { key, id, source, checks, violations }.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { acquireToolchains } from '../../../src/core/installer.js';
import { openCacheRoot } from '../../../src/core/layout.js';
import { jobProcess } from '../../../src/core/leases.js';
import { Registry } from '../../../src/core/registry/store.js';
import { readUses, releaseUses } from '../../../src/core/uses.js';

const [root, name, jobs, archivesJson, maxHold] = process.argv.slice(2);
const maxHoldMs = Number(maxHold ?? 500);
const archives = JSON.parse(archivesJson) as Record<string, { sha256: string; archive: string }>;
const ids = Object.keys(archives);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const layout = await openCacheRoot(root, { create: false });
const registry = new Registry(layout, { holder: `racer ${name}` });
const proc = await jobProcess(process.pid);
const quiet = { info: () => undefined, warning: () => undefined, debug: () => undefined };
const runTool = promisify(execFile);

for (let j = 0; j < Number(jobs); j++) {
  await sleep(Math.random() * (maxHoldMs / 2));
  const key = `${name}-job${j}`;
  const id = ids[Math.floor(Math.random() * ids.length)];
  const owner = {
    key,
    job: {
      repository: 'octo/race',
      runId: '9',
      runAttempt: '1',
      job: key,
      action: 'toolchain-cache',
    },
    process: proc,
  };
  const [resolved] = await acquireToolchains(
    [{ id, url: `https://example.invalid/${id}.tar.gz`, sha256: archives[id].sha256 }],
    {
      layout,
      registry,
      owner,
      waitTimeoutMs: 60_000,
      log: quiet,
      remote: {
        restore: async (_spec, dest) => {
          await fs.copyFile(archives[id].archive, dest);
          return { tier: 'test' };
        },
      },
    },
  );
  const violations: string[] = [];
  const tool = path.join(resolved.path, 'bin', 'tool.mjs');
  let checks = 0;
  const check = async (): Promise<void> => {
    checks += 1;
    const doc = await registry.read();
    const entry = doc.entries[id];
    if (!entry) violations.push(`check ${checks}: ${id} unregistered while in use`);
    else if (!(await readUses(layout, id)).records.some((r) => r.use.key === key))
      violations.push(`check ${checks}: our use of ${id} is gone`);
    const text = await fs.readFile(tool, 'utf8').catch((e: Error) => `unreadable: ${e.message}`);
    if (!text.includes(`tool ${id} ok`))
      violations.push(`check ${checks}: ${tool}: ${text.slice(0, 80)}`);
  };
  const until = Date.now() + Math.random() * maxHoldMs;
  do {
    await check();
    await sleep(15);
  } while (Date.now() < until);
  try {
    const { stdout } = await runTool(process.execPath, [tool]);
    if (stdout.trim() !== `tool ${id} ok`) violations.push(`ran ${tool}: ${stdout}`);
  } catch (e) {
    violations.push(`could not run ${tool}: ${(e as Error).message}`);
  }
  await check();
  await releaseUses(layout, { key }, [id]);
  process.stdout.write(
    `${JSON.stringify({ key, id, source: resolved.source, checks, violations })}\n`,
  );
}
