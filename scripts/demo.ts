// `npm run demo`: the action on a real archive, as a runner would run it. Builds a toolchain
// archive, serves it on 127.0.0.1, runs the committed bundles' main and post steps for two jobs
// sharing one cache root (a download, then a cache hit), and prints what each step produced.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { makeTar } from '../test/helpers/archives.js';
import { startServer } from '../test/helpers/http-server.js';
import { REPO_ROOT, removeJobDir, startJob, type JobResult } from '../test/helpers/runner.js';

const demoDir = path.join(REPO_ROOT, '.demo');
const cacheRoot = path.join(demoDir, 'cache');
const isWindows = process.platform === 'win32';

function show(title: string, job: JobResult): void {
  const strip = (s: string): string => s.replace(/^::(group|endgroup)::/gm, '').trimEnd();
  console.log(`\n=== ${title}`);
  console.log(`--- main (exit ${job.main.exitCode})\n${strip(job.main.stdout + job.main.stderr)}`);
  console.log(
    `--- post (exit ${job.post?.exitCode})\n${strip((job.post?.stdout ?? '') + (job.post?.stderr ?? ''))}`,
  );
  console.log('--- outputs');
  for (const [k, v] of Object.entries(job.outputs)) console.log(`${k} = ${v}`);
  console.log(`--- added to PATH\n${job.paths.join('\n')}`);
  console.log(`--- job summary (markdown)\n${job.summary.trim()}`);
}

await fs.rm(demoDir, { recursive: true, force: true });
await fs.mkdir(demoDir, { recursive: true });
const archive = path.join(demoDir, 'hello-1.0.tar.gz');
await makeTar(
  archive,
  [
    {
      path: 'hello-1.0/bin/hello',
      content: '#!/bin/sh\necho "hello 1.0, from the toolchain cache"\n',
      mode: 0o755,
    },
    { path: 'hello-1.0/bin/hello.cmd', content: '@echo hello 1.0, from the toolchain cache\r\n' },
    { path: 'hello-1.0/share/README', content: 'A tiny toolchain made by the demo.\n' },
  ],
  'gz',
);
const body = await fs.readFile(archive);
const server = await startServer();
server.route('/hello-1.0.tar.gz', { body });
const toolchains = `- id: hello-1.0\n  url: ${server.url('/hello-1.0.tar.gz')}\n  sha256: ${createHash('sha256').update(body).digest('hex')}\n`;
console.log(`Serving ${archive} at ${server.url('/hello-1.0.tar.gz')}; cache root ${cacheRoot}`);

try {
  for (const title of ['job 1: cold cache', 'job 2: same host, later']) {
    const job = await startJob({
      inputs: { toolchains, 'cache-root': cacheRoot, 'remote-cache': 'false' },
    });
    const result = await job.result;
    show(title, result);
    const tool = isWindows ? 'hello.cmd' : 'hello';
    console.log(
      `--- next step runs \`${tool}\` from PATH\n${execFileSync(tool, { env: { ...process.env, PATH: result.nextStepPath }, encoding: 'utf8', shell: isWindows }).trim()}`,
    );
    await removeJobDir(job);
    if (result.main.exitCode !== 0) process.exitCode = 1;
  }
  console.log(
    `\nDownloads served: ${server.hits('/hello-1.0.tar.gz')} (the second job used the cache).`,
  );
  console.log(
    `Inspect the cache: node dist/cli/index.js list --root ${path.relative(process.cwd(), cacheRoot)}`,
  );
} finally {
  await server.close();
}
