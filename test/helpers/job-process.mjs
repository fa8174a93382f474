// Plays a runner worker: the long-lived process of one job. Runs the action's main step and then
// its post step as child processes (as a runner does), passing GITHUB_STATE on as STATE_* to post.
// Usage: node job-process.mjs <config.json>. Writes its result to config.resultFile.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFileCommands } from './file-commands.mjs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// A runner whose service has this umask (the multi-user tests set it).
if (process.env.TC_TEST_UMASK) process.umask(Number(process.env.TC_TEST_UMASK));

function runStep(name, entry, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(config.actionDir, entry)], {
      cwd: env.GITHUB_WORKSPACE,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      // As it comes, so a test can wait for what a running step has logged.
      if (config.logDir) appendFileSync(path.join(config.logDir, `${name}.log`), d);
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => resolve({ exitCode: code, signal, stdout, stderr }));
  });
}

const waitForFile = async (file) => {
  while (!existsSync(file)) await new Promise((r) => setTimeout(r, 50));
};

const result = { pid: process.pid };
const main = await runStep('main', config.mainEntry, config.env);
result.main = main;
if (config.holdFile) {
  writeFileSync(`${config.holdFile}.reached`, '');
  await waitForFile(config.holdFile);
}
if (!config.skipPost) {
  const state = parseFileCommands(readFileSync(config.env.GITHUB_STATE, 'utf8'));
  const postEnv = { ...config.env };
  for (const [k, v] of Object.entries(state)) postEnv[`STATE_${k}`] = v;
  result.post = await runStep('post', config.postEntry, postEnv);
}
writeFileSync(config.resultFile, JSON.stringify(result));
