// The manifest recorded beside each installed toolchain: what the tree held at install time.
// It makes an install self-describing (the registry can be rebuilt from it) and lets `verify`
// name any file a job modified. Its own module, below both the install pipeline (which writes it)
// and the registry (which rebuilds from it): see docs/design.md, "The registry".
import { createHash } from 'node:crypto';
import { DirHandle, withDir } from './dir-handle.js';
import { ToolchainCacheError, isErrnoException } from './errors.js';
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
 * Walks the tree by descriptors (never following a link: dir-handle.ts) and hashes every regular
 * file, a few at a time per directory: each opened no-follow and non-blocking, checked to be a
 * regular file on its descriptor, read no further than its size (a FIFO or a file swapped in
 * cannot block or stretch the walk). An install does not call this (the extractor hashes each
 * file as it writes it); `verify`, adoption and the tests do. `root` is opened no-follow; pass an
 * open directory (openDirInside) to keep the way to it in the cache root too.
 */
export async function scanTree(root: string | DirHandle): Promise<ManifestFile[]> {
  const files: ManifestFile[] = [];
  const walk = async (dir: DirHandle, rel: string): Promise<void> => {
    const hashes: Array<() => Promise<void>> = [];
    for (const name of await dir.list()) {
      const relPath = rel ? `${rel}/${name}` : name;
      const st = await dir.lstat(name);
      if (st?.isDirectory()) {
        files.push({ path: relPath, type: 'directory' });
        const sub = await dir.openDir(name).catch(() => undefined); // swapped meanwhile: its entries are missing
        if (sub) await withDir(sub, (d) => walk(d, relPath));
      } else if (st?.isSymbolicLink()) {
        files.push({ path: relPath, type: 'symlink', target: await dir.readlink(name) });
      } else if (st?.isFile()) {
        const record: ManifestFile = { path: relPath, type: 'file' };
        files.push(record);
        hashes.push(() => hashInto(record, dir, name));
      }
    }
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < hashes.length) await hashes[next++]();
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  };
  if (typeof root === 'string') await withDir(await DirHandle.open(root), (d) => walk(d, ''));
  else await walk(root, '');
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return files;
}

/** Size, mode and sha256 of a regular file of `dir`, from its descriptor; a file that is no longer one hashes as nothing. */
async function hashInto(record: ManifestFile, dir: DirHandle, name: string): Promise<void> {
  let opened;
  try {
    opened = await dir.openFile(name);
  } catch (e) {
    if (!(e instanceof ToolchainCacheError || isErrnoException(e))) throw e;
    record.sha256 = 'not a regular file'; // swapped after the listing: reported as modified
    return;
  }
  const { handle, stat } = opened;
  try {
    record.size = stat.size;
    record.executable = process.platform === 'win32' ? undefined : (stat.mode & 0o111) !== 0;
    const hash = createHash('sha256');
    const buf = Buffer.alloc(Math.min(1 << 20, Math.max(stat.size, 1)));
    for (let pos = 0; pos < stat.size;) {
      const { bytesRead } = await handle.read(buf, 0, Math.min(buf.length, stat.size - pos), pos);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
      pos += bytesRead;
    }
    record.sha256 = hash.digest('hex');
  } finally {
    await handle.close();
  }
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

/** A manifest lists every file of a tree: large, but never this large. */
export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

/** The manifest at `file`: read no-follow, non-blocking, bounded (readFileIfExists); undefined when missing. */
export async function readManifest(file: string): Promise<Manifest | undefined> {
  const text = await readFileIfExists(file, MAX_MANIFEST_BYTES);
  return text === undefined ? undefined : parseManifest(text);
}

/**
 * The manifest `name` (layout.manifestFile's) of an entry directory opened no-follow
 * (openDirInside): read no-follow, non-blocking, bounded; undefined when missing or unreadable.
 */
export async function readManifestIn(
  entry: DirHandle,
  name: string,
): Promise<Manifest | undefined> {
  const bytes = await entry.readFile(name, MAX_MANIFEST_BYTES).catch(() => undefined);
  return bytes === undefined ? undefined : parseManifest(bytes.toString('utf8'));
}

export function parseManifest(text: string): Manifest | undefined {
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
export async function verifyTree(root: string | DirHandle, manifest: Manifest): Promise<string[]> {
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
