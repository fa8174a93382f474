// Installed toolchains made directly on disk (no download): the entry directory with files/ and a
// manifest.json written through the manifest module, and the registry entry with the given last use
// and uses. For GC, stats, CLI and summary tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDir, removeTreeInside } from '../../src/core/fsx.js';
import {
  MANIFEST_SCHEMA_VERSION,
  scanTree,
  summarize,
  writeManifest,
  type Manifest,
} from '../../src/core/manifest.js';
import { writeReceipt } from '../../src/core/receipt.js';
import { writeTreeStats } from '../../src/core/install/tree-stat.js';
import { openCacheRoot, type CacheLayout } from '../../src/core/layout.js';
import { hostId, type JobRef, type UseRecord } from '../../src/core/leases.js';
import type { RegistryEntry } from '../../src/core/registry/schema.js';
import { Registry } from '../../src/core/registry/store.js';
import { writeUseRecord } from '../../src/core/uses.js';

export interface TempRoot {
  /** The real path of the cache root. */
  root: string;
  layout: CacheLayout;
  registry: Registry;
  /** Removes the root and every directory made with tempDir. */
  cleanup(): Promise<void>;
  /** A fresh temp directory removed by cleanup (e.g. a target outside the root). */
  tempDir(prefix?: string): Promise<string>;
}

async function rmTree(dir: string): Promise<void> {
  // Installed files are read-only: give directories their write bit back first.
  const parent = path.dirname(dir);
  await removeTreeInside(parent, dir).catch(() => fs.rm(dir, { recursive: true, force: true }));
}

export async function makeTempRoot(prefix = 'tcache-'): Promise<TempRoot> {
  const base = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), prefix)));
  const layout = await openCacheRoot(path.join(base, 'root'));
  const extra: string[] = [base];
  return {
    root: layout.root,
    layout,
    registry: new Registry(layout),
    async cleanup() {
      for (const d of extra.reverse()) await rmTree(d);
    },
    async tempDir(p = 'tcache-extra-') {
      const d = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), p)));
      extra.push(d);
      return d;
    },
  };
}

export interface FixtureToolchain {
  id: string;
  /** Relative path → content. Default: an executable `bin/tool.mjs` printing the id, and a data file. */
  files?: Record<string, string | Buffer>;
  /** Adds a file `data.bin` of this many bytes (sizes for size-bound tests). */
  padBytes?: number;
  sha256?: string;
  url?: string;
  installedAt?: string | Date;
  lastUsedAt?: string | Date;
  uses?: UseRecord[];
  /** false: only the tree (an unregistered install). */
  register?: boolean;
}

const iso = (d: string | Date | undefined, fallback: Date): string =>
  d === undefined ? fallback.toISOString() : typeof d === 'string' ? d : d.toISOString();

export const daysAgo = (days: number, now = Date.now()): Date =>
  new Date(now - days * 24 * 3600_000);

export const fakeSha256 = (id: string): string =>
  createHash('sha256').update(`archive of ${id}`).digest('hex');

export const defaultFiles = (id: string): Record<string, string> => ({
  'bin/tool.mjs': `#!/usr/bin/env node\nconsole.log(${JSON.stringify(`tool ${id} ok`)});\n`,
  'share/readme.txt': `toolchain ${id}\n`,
});

/** Writes the tree and its manifest like the installer does (files made read-only). */
export async function createToolchainTree(
  layout: CacheLayout,
  t: FixtureToolchain,
): Promise<Manifest> {
  const dir = layout.entryDir(t.id);
  const filesDir = path.join(dir, 'files');
  await ensureDir(filesDir);
  const files: Record<string, string | Buffer> = { ...(t.files ?? defaultFiles(t.id)) };
  if (t.padBytes) files['data.bin'] = Buffer.alloc(t.padBytes, 7);
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(filesDir, rel);
    await ensureDir(path.dirname(p));
    await fs.writeFile(p, content, { mode: rel.startsWith('bin/') ? 0o755 : 0o644 });
  }
  const scanned = await scanTree(filesDir);
  for (const f of scanned) {
    if (f.type !== 'file') continue;
    const p = path.join(filesDir, f.path);
    const st = await fs.lstat(p);
    await fs.chmod(p, st.mode & 0o7555);
  }
  const manifest: Manifest = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    id: t.id,
    sha256: t.sha256 ?? fakeSha256(t.id),
    url: t.url ?? `https://example.invalid/${t.id}.tar.gz`,
    installedAt: iso(t.installedAt, new Date()),
    ...summarize(scanned),
    files: scanned,
  };
  await writeManifest(path.join(dir, 'manifest.json'), manifest);
  // The hit check's metadata and the installer's receipt, as the install pipeline writes them.
  await writeTreeStats(layout.treeStatsFile(t.id), filesDir, scanned);
  await writeReceipt(layout, t.id, manifest.sha256, {
    manifest: layout.manifestFile(t.id),
    stats: layout.treeStatsFile(t.id),
  });
  return manifest;
}

/** Creates the tree and (unless register: false) its registry entry. */
export async function installFixture(
  layout: CacheLayout,
  registry: Registry,
  t: FixtureToolchain,
): Promise<RegistryEntry> {
  const manifest = await createToolchainTree(layout, t);
  const now = new Date();
  const entry: RegistryEntry = {
    id: t.id,
    sha256: manifest.sha256,
    url: manifest.url,
    sizeBytes: manifest.sizeBytes,
    fileCount: manifest.fileCount,
    installedAt: manifest.installedAt,
    lastUsedAt: iso(t.lastUsedAt, now),
  };
  for (const use of t.uses ?? []) await writeUseRecord(layout, t.id, use);
  if (t.register !== false) {
    await registry.update((doc) => {
      doc.entries[t.id] = entry;
    });
  }
  return entry;
}

export const testJob = (name: string, repository = 'octo/repo'): JobRef => ({
  repository,
  runId: '1',
  runAttempt: '1',
  job: name,
  action: 'toolchain-cache',
});

/**
 * A use record. By default it belongs to a live process of this host (this test process) with no
 * start time, so it counts as live until its lease ends; pass `pid` of a dead process for a dead one.
 */
export function fixtureUse(
  key: string,
  options: {
    pid?: number;
    pidStart?: string;
    host?: string;
    job?: JobRef;
    leaseMs?: number;
    now?: number;
  } = {},
): UseRecord {
  const now = options.now ?? Date.now();
  return {
    key,
    job: options.job ?? testJob(key),
    host: options.host ?? hostId(),
    pid: options.pid ?? process.pid,
    pidStart: options.pidStart,
    createdAt: new Date(now).toISOString(),
    leaseExpiresAt: new Date(now + (options.leaseMs ?? 24 * 3600_000)).toISOString(),
  };
}

/** A pid that is not running (for dead uses): a child that has already exited. */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
}

/** A TypeScript script run as a real process: `node --import tsx <script> <args>`. */
export interface Worker {
  child: ChildProcess;
  /** Resolves with the first stdout line starting with `prefix` (rejects if the process exits first). */
  line(prefix: string, timeoutMs?: number): Promise<string>;
  /** Resolves when the process exits, with its code, signal and whole output. */
  done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
  send(text: string): void;
}

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export function spawnTsx(
  script: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const lines: string[] = [];
  const waiters: Array<{ prefix: string; resolve: (l: string) => void }> = [];
  let partial = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    partial += chunk;
    let nl: number;
    while ((nl = partial.indexOf('\n')) >= 0) {
      const l = partial.slice(0, nl);
      partial = partial.slice(nl + 1);
      lines.push(l);
      for (const w of waiters.splice(0)) {
        if (l.startsWith(w.prefix)) w.resolve(l);
        else waiters.push(w);
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return {
    child,
    done,
    send: (text) => child.stdin!.write(text),
    line(prefix, timeoutMs = 30_000) {
      const seen = lines.find((l) => l.startsWith(prefix));
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`${script}: no "${prefix}" line in ${timeoutMs} ms; stderr: ${stderr}`),
            ),
          timeoutMs,
        );
        waiters.push({
          prefix,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
        void done.then(({ code, signal }) => {
          clearTimeout(timer);
          reject(
            new Error(
              `${script} exited (${code ?? signal}) before printing "${prefix}"; stderr: ${stderr}`,
            ),
          );
        });
      });
    },
  };
}

export const workerScript = (name: string): string =>
  path.join(repoRoot, 'test', 'helpers', 'gc-workers', name);
