// The manifest recorded beside each installed toolchain: what the tree held at install time.
// It makes an install self-describing (the registry can be rebuilt from it) and lets `verify`
// name any file a job modified. Its own module, below both the install pipeline (which writes it)
// and the registry (which rebuilds from it): see docs/design.md, "The registry".
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { atomicWriteFile, readFileIfExists } from './fsx.js';
import { hashRegularFile } from './regular-file.js';

export const MANIFEST_SCHEMA_VERSION = 1;

export interface ManifestFile {
  /** POSIX-style path relative to the toolchain root. */
  path: string;
  type: 'file' | 'directory' | 'symlink';
  size?: number;
  sha256?: string;
  target?: string;
  executable?: boolean;
}

export interface Manifest {
  schemaVersion: number;
  id: string;
  sha256: string;
  url: string;
  installedAt: string;
  sizeBytes: number;
  fileCount: number;
  files: ManifestFile[];
}

/** A regular file's sha256 (no link followed, no blocking open, no read past its size at open). */
export const hashFile = (file: string): Promise<string> => hashRegularFile(file);

/**
 * Walks the tree (never following symlinks) and hashes every regular file, a few at a time. An
 * install does not call this (the extractor hashes each file as it writes it); `verify`, adoption
 * and the tests do.
 */
export async function scanTree(root: string): Promise<ManifestFile[]> {
  const files: ManifestFile[] = [];
  const pending: Array<() => Promise<void>> = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        files.push({ path: relPath, type: 'directory' });
        await walk(abs, relPath);
      } else if (e.isSymbolicLink()) {
        files.push({ path: relPath, type: 'symlink', target: await fs.readlink(abs) });
      } else if (e.isFile()) {
        const record: ManifestFile = { path: relPath, type: 'file' };
        files.push(record);
        pending.push(async () => {
          const st = await fs.lstat(abs);
          record.size = st.size;
          record.executable = process.platform === 'win32' ? undefined : (st.mode & 0o111) !== 0;
          record.sha256 = await hashFile(abs);
        });
      }
    }
  };
  await walk(root, '');
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < pending.length) await pending[next++]();
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return files;
}

export function summarize(files: ManifestFile[]): { sizeBytes: number; fileCount: number } {
  let sizeBytes = 0;
  let fileCount = 0;
  for (const f of files) {
    if (f.type === 'file') {
      sizeBytes += f.size ?? 0;
      fileCount += 1;
    }
  }
  return { sizeBytes, fileCount };
}

export async function writeManifest(file: string, manifest: Manifest): Promise<void> {
  await atomicWriteFile(file, JSON.stringify(manifest));
}

export async function readManifest(file: string): Promise<Manifest | undefined> {
  const text = await readFileIfExists(file);
  if (text === undefined) return undefined;
  try {
    const m = JSON.parse(text) as Manifest;
    return m.schemaVersion === MANIFEST_SCHEMA_VERSION &&
      typeof m.id === 'string' &&
      Array.isArray(m.files)
      ? m
      : undefined;
  } catch {
    return undefined;
  }
}

/** Differences between the tree and its manifest, one line each ("modified: bin/cc"). */
export async function verifyTree(root: string, manifest: Manifest): Promise<string[]> {
  const actual = new Map((await scanTree(root)).map((f) => [f.path, f]));
  const problems: string[] = [];
  for (const want of manifest.files) {
    const got = actual.get(want.path);
    actual.delete(want.path);
    if (!got) problems.push(`missing: ${want.path}`);
    else if (got.type !== want.type)
      problems.push(`type changed (${want.type} → ${got.type}): ${want.path}`);
    else if (want.type === 'file' && (got.size !== want.size || got.sha256 !== want.sha256))
      problems.push(`modified: ${want.path}`);
    else if (want.type === 'symlink' && got.target !== want.target)
      problems.push(`symlink retargeted: ${want.path}`);
    else if (want.executable !== undefined && got.executable !== want.executable)
      problems.push(`mode changed: ${want.path}`);
  }
  for (const extra of actual.keys()) problems.push(`added: ${extra}`);
  return problems;
}
