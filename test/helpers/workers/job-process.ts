// Plays the job's long-lived process (the runner worker): runs record-use.ts as its child (the
// "main step"), relays the child's result line, then stays alive until killed; no post step.
// Usage: job-process.ts <cacheRoot> <entryId> <key>
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emit } from './common.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const child = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(here, 'record-use.ts'), ...process.argv.slice(2)],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d: string) => (out += d));
child.on('exit', (code) => {
  for (const line of out.split('\n').filter(Boolean)) process.stdout.write(`${line}\n`);
  emit({ event: 'main-exited', code, jobPid: process.pid, mainPid: child.pid });
  // The job goes on (its later steps) until the test kills it with SIGKILL.
  setInterval(() => undefined, 60_000);
});
