// Runs every benchmark in turn (npm run bench). Figures only: nothing here passes or fails on speed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const benches = ['lock-throughput.ts', 'registry-throughput.ts', 'hit-check.ts'];
let failed = 0;
for (const bench of benches) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, bench)], {
    stdio: 'inherit',
    cwd: path.dirname(here),
  });
  if (r.status !== 0) {
    failed += 1;
    console.error(`${bench} failed (exit ${r.status ?? r.signal})`);
  }
  console.log('');
}
process.exitCode = failed ? 1 : 0;
