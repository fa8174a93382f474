// A toolchain stays unchanged when used the way setup-* users use it, or every later hit
// reinstalls it (issue 20). Trees shaped like python-build-standalone's and Temurin's archives are
// installed through the committed bundles as ordinary {id, url, sha256} items; a later step of
// the same job runs the toolchain's usual commands with the environment the vendor's layout
// gives (src/vendors/python.ts, src/vendors/temurin.ts); the next job must be a hit.
// Each environment is also shown to be needed: without it the commands change the tree (python)
// or fail (temurin).
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { python } from '../../src/vendors/python.js';
import { temurin } from '../../src/vendors/temurin.js';
import type { Platform, Resolution, VendorLayout } from '../../src/vendors/types.js';
import type { FileSpec } from '../helpers/archives.js';
import { parseFileCommands } from '../helpers/file-commands.mjs';
import { Origin, item, type Served } from '../helpers/origin.js';
import { runJob, sourcesOf, startJob, type JobResult } from '../helpers/runner.js';
import { scratchDirForFile } from '../helpers/scratch.js';

const origin = Origin.forFile();
const tmp = scratchDirForFile('tc-vendor-usage-');
let root: string;

/** The host's real Python (python3 on PATH, through any shim), or undefined. */
const hostPython = (() => {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
})();
const hostPythonTag = hostPython
  ? execFileSync(hostPython, ['-c', 'import sys; print(sys.implementation.cache_tag)'], {
      encoding: 'utf8',
    }).trim()
  : '';

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(tmp(), 'root-'));
});

function expectSuccess(job: JobResult): void {
  expect(job.main.exitCode, job.main.stdout + job.main.stderr).toBe(0);
  if (job.post) expect(job.post.exitCode, job.post.stdout + job.post.stderr).toBe(0);
}

interface Usage {
  id: string;
  served: Served;
  layout: VendorLayout;
  platform: Platform;
  resolution: Resolution;
  /** The later step: runs with the job's PATH and the environment given (throws on failure). */
  step(env: NodeJS.ProcessEnv, toolchainRoot: string): void;
}

/**
 * Job 1 installs the item and, between its main and post steps, runs `usage.step` with the PATH
 * the main step added and (when `withVendorEnv`) the variables of the vendor's layout. Job 2 asks
 * for the same item: its source and log say whether the tree was left as installed.
 */
async function useThenAskAgain(usage: Usage, withVendorEnv: boolean) {
  const bin = usage.layout.bin.map((b) => `    - ${b}\n`).join('');
  const inputs = {
    toolchains: item(usage.id, usage.served, `  bin:\n${bin}`),
    'cache-root': root,
  };
  const first = await startJob({ inputs, holdBeforePost: true });
  await first.mainDone();
  const outputs = parseFileCommands(await fs.readFile(path.join(first.workDir, 'output'), 'utf8'));
  const toolchainRoot = (JSON.parse(outputs.paths) as Record<string, string>)[usage.id];
  const added = (await fs.readFile(path.join(first.workDir, 'path'), 'utf8')).split('\n');
  const jobEnv = {
    XDG_CACHE_HOME: path.join(first.workDir, 'cache-home'),
    HOME: process.env.HOME ?? first.workDir,
  };
  const ctx = { tempDir: path.join(first.workDir, 'temp'), homeDir: jobEnv.HOME, env: jobEnv };
  const vendorEnv = withVendorEnv
    ? {
        ...usage.layout.env(toolchainRoot, usage.resolution, usage.platform),
        ...usage.layout.job?.(toolchainRoot, usage.resolution, usage.platform, ctx).env,
      }
    : {};
  let stepError: unknown;
  try {
    usage.step(
      {
        ...process.env,
        ...jobEnv,
        PATH: [...added.filter(Boolean).reverse(), process.env.PATH].join(path.delimiter),
        ...vendorEnv,
      },
      toolchainRoot,
    );
  } catch (e) {
    stepError = e;
  }
  await first.continuePost();
  expectSuccess(await first.result);
  const second = await runJob({ inputs });
  expectSuccess(second);
  return { stepError, source: sourcesOf(second)[usage.id], log: second.main.stdout, vendorEnv };
}

// ---------------------------------------------------------------------------------------- python

const PY_ID = 'python-3.12.13+20260414-linux-x64';
const PY_LIB = 'python/lib/python3.12';
const BUILT_AT = new Date('2026-04-14T00:00:00Z');

/**
 * Shaped like a python-build-standalone install_only archive: `python/bin/python3` (here a
 * launcher of the host's interpreter), the standard library's sources under lib/python3.12 with
 * the `__pycache__` the archive ships (its bytecode records the sources' build-time mtimes, which
 * extraction does not keep: stale, as in the real archive), and lib/pkgconfig.
 */
async function pythonTree(): Promise<FileSpec[]> {
  const src = {
    'greeting.py': 'VALUE = "hello from the toolchain"\n',
    'pkg/__init__.py': 'from .inner import X\n',
    'pkg/inner.py': 'X = 42\n',
  };
  const build = await fs.mkdtemp(path.join(tmp(), 'pybuild-'));
  for (const [name, text] of Object.entries(src)) {
    await fs.mkdir(path.dirname(path.join(build, name)), { recursive: true });
    await fs.writeFile(path.join(build, name), text);
    // Built long before it is installed, as the real archive is: the bytecode records this mtime,
    // which extraction does not keep (else a compile in the second of the install looks current).
    await fs.utimes(path.join(build, name), BUILT_AT, BUILT_AT);
  }
  execFileSync(hostPython!, ['-m', 'compileall', '-q', build]);
  const pyc = async (dir: string) =>
    (await fs.readdir(path.join(build, dir, '__pycache__'))).map(async (f): Promise<FileSpec> => ({
      path: `${PY_LIB}/${dir ? `${dir}/` : ''}__pycache__/${f}`,
      content: await fs.readFile(path.join(build, dir, '__pycache__', f)),
    }));
  return [
    { path: 'python/', type: 'directory' },
    { path: 'python/bin/python3', content: `#!/bin/sh\nexec "${hostPython}" "$@"\n`, mode: 0o755 },
    { path: 'python/lib/pkgconfig/python3.pc', content: 'Name: Python\nVersion: 3.12\n' },
    ...Object.entries(src).map(([name, content]) => ({ path: `${PY_LIB}/${name}`, content })),
    ...(await Promise.all([...(await pyc('')), ...(await pyc('pkg'))])),
  ];
}

/** What setup-python users run: imports, a byte-compile of the tree, `pip install`. */
function pythonStep(env: NodeJS.ProcessEnv, toolchainRoot: string): void {
  const lib = path.join(toolchainRoot, 'lib', 'python3.12');
  const run = (args: string[]) =>
    execFileSync('python3', args, { env: { ...env, PYTHONPATH: lib }, encoding: 'utf8' });
  expect(run(['-c', 'import greeting, pkg; print(greeting.VALUE, pkg.X)'])).toBe(
    'hello from the toolchain 42\n',
  );
  run(['-m', 'compileall', '-q', lib]);
}

describe.skipIf(!hostPython || process.platform === 'win32')('python: bytecode', () => {
  let usage: Usage;
  beforeAll(async () => {
    usage = {
      id: PY_ID,
      served: origin.serveTar(`${PY_ID}.tar.gz`, await pythonTree()),
      layout: python.layout('linux-x64'),
      platform: 'linux-x64',
      resolution: { id: PY_ID, version: '3.12.13+20260414', url: 'u', sha256: 's' },
      step: pythonStep,
    };
  });

  it("with the layout's environment, imports and compileall leave the tree alone: the next job is a hit", async () => {
    const r = await useThenAskAgain(usage, true);
    expect(r.stepError).toBeUndefined();
    expect(r.source).toBe('local');
    expect(r.log).not.toContain('not as it was installed');
    // The bytecode went to the user's cache, mirroring the tree's path.
    const prefix = r.vendorEnv.PYTHONPYCACHEPREFIX!;
    const written = await fs.readdir(prefix, { recursive: true });
    expect(written.some((f) => f.endsWith(`greeting.${hostPythonTag}.pyc`))).toBe(true);
  });

  it('without it, the same commands write __pycache__ into the tree and the next job reinstalls', async () => {
    const r = await useThenAskAgain(usage, false);
    expect(r.stepError).toBeUndefined();
    expect(r.source).toBe('download');
    expect(r.log).toContain(`${PY_ID}: the installed tree is not as it was installed`);
  });

  it('`pip install` outside a virtual environment is refused, not written into the tree', () => {
    const env = {
      ...process.env,
      ...python.layout('linux-x64').job!('/r', usage.resolution, 'linux-x64', {
        tempDir: tmp(),
        homeDir: tmp(),
        env: {},
      }).env,
    };
    const r = spawnSync(hostPython!, ['-m', 'pip', 'install', '--no-index', 'tc-no-such-package'], {
      env,
      encoding: 'utf8',
    });
    if (/No module named pip/.test(r.stderr)) return; // an interpreter without pip: nothing to refuse
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Could not find an activated virtualenv');
  });
});

// --------------------------------------------------------------------------------------- temurin

const JAVA_SCRIPT = [
  '#!/bin/sh',
  '# Reads what a JDK launcher reads, from JAVA_HOME, and must be that JDK; writes nothing.',
  'set -e',
  'home="${JAVA_HOME:?JAVA_HOME is not set}"',
  'self="$(cd "$(dirname "$0")/.." && pwd -P)"',
  '[ "$self" = "$(cd "$home" && pwd -P)" ] || { echo "JAVA_HOME is not this JDK" >&2; exit 3; }',
  '. "$home/release"',
  'cat "$home/lib/modules" "$home/conf/security/java.security" > /dev/null',
  'echo "openjdk version \\"$JAVA_VERSION\\""',
  '',
].join('\n');

/** Shaped like a Temurin JDK archive: `jdk-21.0.5+11/` (macOS: with `Contents/Home` below it). */
const jdkTree = (home: string): FileSpec[] => [
  { path: 'jdk-21.0.5+11/', type: 'directory' },
  ...(home ? [{ path: 'jdk-21.0.5+11/Contents/Info.plist', content: '<plist/>\n' }] : []),
  { path: `jdk-21.0.5+11/${home}bin/java`, content: JAVA_SCRIPT, mode: 0o755 },
  { path: `jdk-21.0.5+11/${home}release`, content: 'JAVA_VERSION="21.0.5"\n' },
  { path: `jdk-21.0.5+11/${home}lib/modules`, content: Buffer.alloc(4096, 7) },
  {
    path: `jdk-21.0.5+11/${home}conf/security/java.security`,
    content: 'securerandom.source=file:/dev/random\n',
  },
];

/** What setup-java users run: `java` from PATH, and builds reaching it through JAVA_HOME_21_<ARCH>. */
function javaStep(env: NodeJS.ProcessEnv): void {
  expect(execFileSync('java', ['-version'], { env, encoding: 'utf8' })).toBe(
    'openjdk version "21.0.5"\n',
  );
  const versioned = env.JAVA_HOME_21_X64 ?? env.JAVA_HOME_21_ARM64;
  if (!versioned) throw new Error('JAVA_HOME_21_<ARCH> is not set');
  execFileSync(path.join(versioned, 'bin', 'java'), ['-version'], { env });
}

describe.skipIf(process.platform === 'win32')('temurin: java writes nothing', () => {
  const cases: [string, Platform, string][] = [
    ['linux', 'linux-x64', ''],
    ['macOS (Contents/Home)', 'darwin-arm64', 'Contents/Home/'],
  ];
  const usageOf = (platform: Platform, home: string): Usage => {
    const id = `temurin-21.0.5+11-${platform}`;
    return {
      id,
      served: origin.serveTar(`${id}.tar.gz`, jdkTree(home)),
      layout: temurin.layout(platform),
      platform,
      resolution: { id, version: '21.0.5+11', url: 'u', sha256: 's' },
      step: javaStep,
    };
  };

  it.each(cases)(
    '%s: java from PATH and from JAVA_HOME_21_<ARCH> runs; the next job is a hit',
    async (_, platform, home) => {
      const r = await useThenAskAgain(usageOf(platform, home), true);
      expect(r.stepError).toBeUndefined();
      expect(r.source).toBe('local');
    },
  );

  it.each(cases)(
    '%s: without the layout environment, java fails (the variables are what builds rely on)',
    async (_, platform, home) => {
      const r = await useThenAskAgain(usageOf(platform, home), false);
      expect(String(r.stepError)).toMatch(/JAVA_HOME is not set|Command failed/);
      expect(r.source).toBe('local');
    },
  );
});
