// `doctor`'s facts: what it looks at on disk, read only, never following a link planted in the
// root (directories opened no-follow from the root, records read as regular files, bounded). The
// judgement is checks.ts. The deep check (by content) is the CLI's verify, added by the caller.
import {
  closeSync,
  constants,
  promises as fs,
  lstatSync,
  openSync,
  readSync,
  readdirSync,
  readlinkSync,
  statSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDirInsideIfExists, withDir } from '../dir-handle.js';
import { isErrnoException } from '../errors.js';
import { STATE_FILE_MAX_BYTES } from '../fsx.js';
import { STALE_STAGING_MS, DEFAULT_GC_LOCK_STALE_MS, unreadableUsesOf } from '../gc.js';
import type { HostConfig } from '../host-config.js';
import { CacheLayout, LAYOUT_VERSION, stagingId } from '../layout.js';
import { isProcessAlive } from '../leases.js';
import { listEpochs, newestEpoch } from '../lock/epochs.js';
import { DEFAULT_LOCK_STALE_MS } from '../lock/stale.js';
import { groupName, inGroup, userName } from '../platform/names.js';
import { treeChange } from '../receipt.js';
import { readRegularTextIfExistsSync } from '../regular-file.js';
import type { RegistryDoc } from '../registry/schema.js';
import type { RunnerSettings } from '../runner-env.js';
import { freeDiskBytes } from '../stats.js';
import { usageOfAll } from '../uses.js';
import type { DoctorFacts, LockFacts, PathFacts } from './checks.js';

export interface GatherOptions {
  root: string;
  rootFrom: string;
  host: DoctorFacts['host'];
  settings: RunnerSettings[];
  settingsFromEnvironment: boolean;
  /** The registry, read by the caller (it heals a corrupt one, with a warning). */
  readRegistry: (layout: CacheLayout) => Promise<RegistryDoc>;
  now?: number;
}

export function pathFacts(p: string): PathFacts {
  let st;
  try {
    st = lstatSync(p);
  } catch (e) {
    if (isErrnoException(e) && (e.code === 'EACCES' || e.code === 'EPERM'))
      return { path: p, kind: 'unreachable' };
    return { path: p, kind: 'missing' };
  }
  const base = {
    path: p,
    mode: st.mode & 0o7777,
    uid: st.uid,
    gid: st.gid,
    group: groupName(st.gid),
  };
  if (st.isSymbolicLink()) {
    let target: string | undefined;
    try {
      target = path.resolve(path.dirname(p), readlinkSync(p));
    } catch {
      target = undefined;
    }
    return { ...base, kind: 'symlink', target };
  }
  return { ...base, kind: st.isDirectory() ? 'directory' : st.isFile() ? 'file' : 'other' };
}

/** Everything checks.ts judges, short of the deep check. */
export async function gatherFacts(o: GatherOptions): Promise<DoctorFacts> {
  const now = o.now ?? Date.now();
  const rootPath = pathFacts(o.root);
  const facts: DoctorFacts = {
    root: o.root,
    rootFrom: o.rootFrom,
    rootPath,
    dirs: [],
    layoutVersion: 'missing',
    toolchains: 0,
    registeredBytes: 0,
    freeBytes: null,
    fsTypeVia: 'unknown',
    host: o.host,
    settings: o.settings,
    settingsFromEnvironment: o.settingsFromEnvironment,
    runnerUsers: [],
    locks: [],
    trash: [],
    staleStaging: [],
    unreadableUses: [],
    trees: [],
    unregistered: [],
  };
  // A symlinked root is refused by every job; its target is still looked at, for the rest.
  const real =
    rootPath.kind === 'directory' || (rootPath.kind === 'symlink' && rootPath.target)
      ? await fs.realpath(o.root).catch(() => undefined)
      : undefined;
  if (!real || pathFacts(real).kind !== 'directory') return facts;
  const layout = new CacheLayout(real);
  facts.dirs = await directoryFacts(layout);
  facts.runnerUsers = runnerUsers(o.settings, facts.dirs[0]);
  facts.layoutVersion = layoutVersionOf(layout);
  facts.freeBytes = await freeDiskBytes(real);
  Object.assign(facts, await fileSystemType(real));
  if (facts.layoutVersion === 'missing') {
    // A root no job has used yet (made by hand), or one of the first layout: nothing more to read.
    facts.toolchains = (await namesIn(layout, layout.toolchainsDir)).length;
    return facts;
  }
  if (facts.layoutVersion !== LAYOUT_VERSION) return facts;
  const doc = await o.readRegistry(layout);
  const ids = Object.keys(doc.entries).sort();
  facts.toolchains = ids.length;
  facts.registeredBytes = ids.reduce((n, id) => n + doc.entries[id].sizeBytes, 0);
  facts.locks = lockFacts(layout, lockStale(o.host.config, o.settings), now);
  facts.trash = await namesIn(layout, layout.trashDir);
  facts.staleStaging = await staleStaging(layout, now);
  facts.unreadableUses = await unreadableUses(layout, ids, now);
  facts.trees = ids.map((id) => ({ id, problem: treeChange(layout, doc.entries[id]) }));
  const onDisk = await namesIn(layout, layout.toolchainsDir);
  facts.unregistered = onDisk.filter((n) => !Object.hasOwn(doc.entries, n)).sort();
  return facts;
}

/** The root, its own directories, and the per-toolchain directories of uses/ and locks/. */
async function directoryFacts(layout: CacheLayout): Promise<PathFacts[]> {
  const dirs = [layout.root, ...layout.ownDirs];
  for (const id of await namesIn(layout, layout.usesDir)) dirs.push(layout.usesOf(id));
  for (const name of await namesIn(layout, layout.locksDir)) dirs.push(layout.lockPath(name));
  return dirs.map(pathFacts).filter((d) => d.kind !== 'missing');
}

/** The owner of each runner's directory (its user) and whether it is in the root's group. */
function runnerUsers(settings: RunnerSettings[], root: PathFacts): DoctorFacts['runnerUsers'] {
  const out: DoctorFacts['runnerUsers'] = [];
  for (const s of settings) {
    if (s.dir === undefined || root.gid === undefined) continue;
    let uid: number;
    try {
      uid = statSync(s.dir).uid;
    } catch {
      continue;
    }
    out.push({ dir: s.dir, user: userName(uid), uid, inGroup: inGroup(uid, root.gid) });
  }
  return out;
}

function layoutVersionOf(layout: CacheLayout): DoctorFacts['layoutVersion'] {
  try {
    const text = readRegularTextIfExistsSync(layout.layoutFile, STATE_FILE_MAX_BYTES);
    if (text === undefined) return 'missing';
    const v = (JSON.parse(text) as { layoutVersion?: unknown } | null)?.layoutVersion;
    return typeof v === 'number' ? v : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

async function namesIn(layout: CacheLayout, dir: string): Promise<string[]> {
  const handle = await openDirInsideIfExists(layout.root, dir).catch(() => undefined);
  return handle ? withDir(handle, (d) => d.list()).catch(() => []) : [];
}

/** The longest stale time any runner uses (doctor calls a lock stale only past every one). */
function lockStale(host: HostConfig, settings: RunnerSettings[]): number {
  if (host.lockStaleMs !== undefined) return host.lockStaleMs;
  return Math.max(DEFAULT_LOCK_STALE_MS, ...settings.map((s) => s.lockStaleMs ?? 0));
}

/** Locks held now (their newest epoch not released), with their holder's silence. */
function lockFacts(layout: CacheLayout, staleMs: number, now: number): LockFacts[] {
  const out: LockFacts[] = [];
  let names: string[];
  try {
    names = lstatSync(layout.locksDir).isDirectory() ? readdirSync(layout.locksDir) : [];
  } catch {
    names = [];
  }
  for (const name of names.filter((n) => n.endsWith('.lock')).sort()) {
    const lockPath = layout.lockPath(name.slice(0, -'.lock'.length));
    let state;
    try {
      if (listEpochs(lockPath).length === 0) continue;
      state = newestEpoch(lockPath);
    } catch {
      continue; // a planted link or file: the lock code refuses it, checkRootMembers names it
    }
    if (state.kind !== 'held' && state.kind !== 'starting') continue;
    const owner = state.owner;
    const thisHost = owner?.host === os.hostname();
    out.push({
      name: name.slice(0, -'.lock'.length),
      pid: owner?.pid || undefined,
      host: owner?.host || undefined,
      holder: owner?.holder,
      since: owner?.acquiredAt || undefined,
      silentMs: Math.max(0, now - (state.heartbeatMs ?? 0)),
      holderAlive: thisHost && owner?.pid ? isProcessAlive(owner.pid) : undefined,
      staleMs: name === 'gc.lock' ? Math.max(staleMs, DEFAULT_GC_LOCK_STALE_MS) : staleMs,
    });
  }
  return out;
}

async function staleStaging(layout: CacheLayout, now: number): Promise<string[]> {
  const staging = await openDirInsideIfExists(layout.root, layout.stagingDir).catch(
    () => undefined,
  );
  if (!staging) return [];
  return withDir(staging, async (d) => {
    const old: string[] = [];
    for (const name of (await d.list()).sort()) {
      const st = await d.lstat(name).catch(() => undefined);
      if (stagingId(name) !== undefined && st && now - st.mtimeMs >= STALE_STAGING_MS)
        old.push(name);
    }
    return old;
  });
}

/** The unreadable use records of every toolchain with a uses/ directory, registered or not. */
async function unreadableUses(
  layout: CacheLayout,
  ids: string[],
  now: number,
): Promise<DoctorFacts['unreadableUses']> {
  const all = [...new Set([...ids, ...(await namesIn(layout, layout.usesDir))])].sort();
  const usage = await usageOfAll(layout, all, now);
  return unreadableUsesOf(all, usage).map((u) => ({ ...u, files: usage.get(u.id)!.unreadable }));
}

/**
 * The file-system type of `dir`: from /proc/self/mountinfo on Linux (the mount with the longest
 * mount point above `dir`), else statfs's `type` (NFS's magic 0x6969 named), else unknown.
 */
export async function fileSystemType(
  dir: string,
): Promise<Pick<DoctorFacts, 'fsType' | 'fsTypeVia'>> {
  if (process.platform === 'linux') {
    const text = readProcFile('/proc/self/mountinfo', MOUNTINFO_MAX_BYTES);
    const type = text === undefined ? undefined : mountTypeOf(text, dir);
    if (type) return { fsType: type, fsTypeVia: 'mountinfo' };
  }
  try {
    const s = await fs.statfs(dir);
    return { fsType: STATFS_TYPES[s.type] ?? `0x${s.type.toString(16)}`, fsTypeVia: 'statfs' };
  } catch {
    return { fsTypeVia: 'unknown' };
  }
}

/** A host with tens of thousands of mounts (containers) has a mountinfo of a few MiB. */
const MOUNTINFO_MAX_BYTES = 16 * 1024 * 1024;

/**
 * A /proc file (its size says 0: read to its end), no link followed, at most `maxBytes`; undefined
 * when it cannot be read or is larger.
 */
function readProcFile(file: string, maxBytes: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.alloc(64 * 1024);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return undefined;
      chunks.push(buf.subarray(0, n));
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** statfs magic numbers worth a name (Linux's; other systems report their own numbers). */
const STATFS_TYPES: Record<number, string> = {
  0x6969: 'nfs',
  0xff534d42: 'cifs',
  0x01021994: 'tmpfs',
};

/** The type of the mount holding `dir` in a mountinfo text (pure: tested on samples). */
export function mountTypeOf(mountinfo: string, dir: string): string | undefined {
  let best: { point: string; type: string } | undefined;
  for (const line of mountinfo.split('\n')) {
    const sep = line.indexOf(' - ');
    if (sep < 0) continue;
    const fields = line.slice(0, sep).split(' ');
    const point = unescapeMount(fields[4] ?? '');
    const type = line.slice(sep + 3).split(' ')[0];
    const inside = point === '/' || dir === point || dir.startsWith(point + '/');
    if (inside && type && (!best || point.length >= best.point.length)) best = { point, type };
  }
  return best?.type;
}

const unescapeMount = (s: string): string =>
  s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
