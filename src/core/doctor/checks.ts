// `doctor`'s judgement: pure functions from the facts gathered about a host's cache (gather.ts) to
// the problems found, each naming the toolchain or path and how to fix it (docs/design.md,
// "Doctor"). Nothing here touches the disk, so every check is tested on facts alone.
import { formatBytes } from '../format.js';
import type { UnreadableUses } from '../gc.js';
import type { HostConfig } from '../host-config.js';
import { LAYOUT_VERSION } from '../layout.js';
import { DEFAULT_LOCK_STALE_MS, LOCK_STALE_ENV } from '../lock/stale.js';
import type { RunnerSettings } from '../runner-env.js';

/** What a path of the root is, as lstat saw it. */
export interface PathFacts {
  path: string;
  kind: 'directory' | 'symlink' | 'file' | 'other' | 'missing' | 'unreachable';
  /** st.mode & 0o7777. */
  mode?: number;
  uid?: number;
  gid?: number;
  /** The group's name (or its gid). */
  group?: string;
  /** A symlink's target. */
  target?: string;
}

export interface LockFacts {
  name: string;
  /** pid and host of its holder, when its owner record says. */
  pid?: number;
  host?: string;
  holder?: string;
  since?: string;
  /** Milliseconds since the holder's last heartbeat. */
  silentMs: number;
  /** False when the holder ran on this host and its pid is gone. */
  holderAlive?: boolean;
  /** The stale time that applies to this lock. */
  staleMs: number;
}

export interface DoctorFacts {
  /** The root as given, and where it came from (root.ts, findRoot). */
  root: string;
  rootFrom: string;
  rootPath: PathFacts;
  /** The real root and the directories in it (the root first): modes other runner users need. */
  dirs: PathFacts[];
  /** layout.json's version, 'missing' or 'unreadable'. */
  layoutVersion: number | 'missing' | 'unreadable';
  toolchains: number;
  registeredBytes: number;
  freeBytes: number | null;
  /** The file-system type of the root ("nfs4", "ext4", "nfs" from statfs's magic), if known. */
  fsType?: string;
  /** How the type was learned. */
  fsTypeVia: 'mountinfo' | 'statfs' | 'unknown';
  host: { file: string; config: HostConfig; error?: string };
  /** The settings of each runner (--runner-dir), or of this process's environment. */
  settings: RunnerSettings[];
  /** True when no --runner-dir was given: the settings are this shell's, not a runner's. */
  settingsFromEnvironment: boolean;
  /**
   * The user of each runner (the owner of its directory) and whether it is in the root's group
   * (undefined: cannot tell). Only runners given by --runner-dir.
   */
  runnerUsers: Array<{ dir: string; user: string; uid: number; inGroup?: boolean }>;
  /** Locks whose newest epoch is held (or being taken) now. */
  locks: LockFacts[];
  /** Names in trash/ (a crashed GC's leftovers). */
  trash: string[];
  /** Staging directories older than a day (dead installs). */
  staleStaging: string[];
  /** Use records that cannot be read, per toolchain (registered or not). */
  unreadableUses: Array<UnreadableUses & { files: string[] }>;
  /** The hit check of every registered toolchain: undefined problem when as installed. */
  trees: Array<{ id: string; problem?: string }>;
  /** --deep: every registered toolchain against its manifest, by content. */
  deep?: Array<{ id: string; problems: string[] }>;
  /** Trees under toolchains/ that the registry does not name. */
  unregistered: string[];
}

export interface Problem {
  /** The toolchain id or the path the problem is about. */
  subject: string;
  problem: string;
  fix: string;
}

export interface DoctorReport {
  healthy: boolean;
  root: string;
  rootFrom: string;
  /** What was looked at (for "healthy: …"). */
  checked: string[];
  problems: Problem[];
}

/** NFS clients see other hosts' directory times up to acdirmax (60 s) late (lock.ts). */
export const NFS_MIN_LOCK_STALE_MS = 120_000;

const octal = (mode: number): string => mode.toString(8).padStart(4, '0');
const word = (s: string): string =>
  /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;

/** Every check, in the order an operator would look. */
export function diagnose(f: DoctorFacts): DoctorReport {
  const problems = [
    ...rootProblems(f),
    ...modeProblems(f),
    ...groupProblems(f),
    ...layoutProblems(f),
    ...settingsProblems(f),
    ...spaceProblems(f),
    ...mountProblems(f),
    ...lockProblems(f),
    ...leftoverProblems(f),
    ...unreadableProblems(f),
    ...treeProblems(f),
  ];
  return {
    healthy: problems.length === 0,
    root: f.root,
    rootFrom: f.rootFrom,
    checked: checked(f),
    problems,
  };
}

/** The root itself: a real directory, reachable. Jobs refuse a symlinked root. */
export function rootProblems(f: DoctorFacts): Problem[] {
  const p = f.rootPath;
  const where = `(it came from ${f.rootFrom})`;
  switch (p.kind) {
    case 'directory':
      return [];
    case 'symlink':
      return [
        {
          subject: f.root,
          problem: `the cache root is a symlink to ${p.target ?? '?'}, which every job refuses ${where}`,
          fix: `name the real directory instead: set ${f.rootFrom === '--root' ? 'TOOLCHAIN_CACHE_ROOT (or cacheRoot in the host configuration file)' : f.rootFrom} to ${p.target ?? 'its target'}`,
        },
      ];
    case 'missing':
      return [
        {
          subject: f.root,
          problem: `the cache root does not exist ${where}`,
          fix: "create it as root: install -d -m 2775 -g <the runners' group> " + word(f.root),
        },
      ];
    case 'unreachable':
      return [
        {
          subject: f.root,
          problem:
            'the cache root cannot be reached by this user (a directory above it is not searchable)',
          fix: "make every directory above it searchable by the runners' group (chmod g+x or o+x), or run doctor as root",
        },
      ];
    default:
      return [
        {
          subject: f.root,
          problem: `the cache root is not a directory ${where}`,
          fix:
            "move it aside and create the directory: install -d -m 2775 -g <the runners' group> " +
            word(f.root),
        },
      ];
  }
}

/** Group rwx and set-gid on the root and every directory in it; nothing world-writable. */
export function modeProblems(f: DoctorFacts): Problem[] {
  const out: Problem[] = [];
  for (const d of f.dirs) {
    if (d.kind === 'symlink' || (d.kind !== 'directory' && d.kind !== 'missing')) {
      out.push({
        subject: d.path,
        problem: `is ${d.kind === 'symlink' ? `a symlink (to ${d.target ?? '?'})` : 'not a directory'}; every job refuses a root with one`,
        fix: `remove it (toolchain-cache makes it again) and check who can write ${word(f.dirs[0]?.path ?? f.root)}`,
      });
      continue;
    }
    if (d.kind !== 'directory' || d.mode === undefined) continue;
    const missing: string[] = [];
    if ((d.mode & 0o070) !== 0o070) missing.push('group rwx');
    if ((d.mode & 0o2000) === 0) missing.push('set-gid');
    const worldWritable = (d.mode & 0o002) !== 0;
    if (!missing.length && !worldWritable) continue;
    const fix = [
      ...(missing.includes('group rwx') ? [`chmod g+rwx ${word(d.path)}`] : []),
      ...(missing.includes('set-gid') ? [`chmod g+s ${word(d.path)}`] : []),
      ...(worldWritable ? [`chmod o-w ${word(d.path)}`] : []),
    ];
    out.push({
      subject: d.path,
      problem:
        `mode ${octal(d.mode)}, group ${d.group ?? d.gid}: ` +
        [
          ...(missing.length
            ? [`lacks ${missing.join(' and ')}, which other runner users need (documented: 2775)`]
            : []),
          ...(worldWritable ? ['writable by every user of the host'] : []),
        ].join('; '),
      fix: `as root: ${fix.join(' && ')} (or for the whole root: chgrp -R <the runners' group> ${word(f.dirs[0].path)} && find ${word(f.dirs[0].path)} -type d -exec chmod g+rwxs,o-w {} +)`,
    });
  }
  return out;
}

/** A runner user outside the root's group cannot write what the others made (EACCES). */
export function groupProblems(f: DoctorFacts): Problem[] {
  const root = f.dirs[0];
  if (!root || root.gid === undefined) return [];
  return (
    f.runnerUsers
      // Root, and the root's owner, need no group to write it.
      .filter((u) => u.inGroup === false && u.uid !== 0 && u.uid !== root.uid)
      .map((u) => ({
        subject: u.dir,
        problem: `the runner's user ${u.user} (the owner of its directory) is not in the group ${root.group ?? root.gid} of the cache root: its jobs fail with EACCES on what other runners made`,
        fix: `as root: usermod -aG ${word(root.group ?? String(root.gid))} ${word(u.user)}, then restart that runner (its service), which only then gets the group`,
      }))
  );
}

export function layoutProblems(f: DoctorFacts): Problem[] {
  if (f.rootPath.kind !== 'directory' && f.rootPath.kind !== 'symlink') return [];
  const file = `${f.dirs[0]?.path ?? f.root}/layout.json`;
  if (f.layoutVersion === LAYOUT_VERSION) return [];
  if (f.layoutVersion === 'missing')
    return f.toolchains > 0
      ? [
          {
            subject: file,
            problem:
              'missing while toolchains are installed: every job takes this for a root of the first layout and refuses it',
            fix: `give this release an empty cache root of its own, or restore layout.json ({"layoutVersion": ${LAYOUT_VERSION}})`,
          },
        ]
      : [];
  return [
    {
      subject: file,
      problem:
        f.layoutVersion === 'unreadable'
          ? 'unreadable: every job refuses the root'
          : `layout version ${f.layoutVersion}, but this toolchain-cache uses ${LAYOUT_VERSION}: every job refuses the root`,
      fix: 'use the same release of toolchain-cache in every workflow of this host, or give this release its own cache root',
    },
  ];
}

/** The host settings each runner's jobs get: valid, the same on every runner, naming this root. */
export function settingsProblems(f: DoctorFacts): Problem[] {
  const out: Problem[] = [];
  if (f.host.error)
    out.push({
      subject: f.host.file,
      problem: f.host.error,
      fix: 'fix the file (every job on this host fails on it)',
    });
  for (const s of f.settings)
    for (const e of s.errors)
      out.push({
        subject: s.source,
        problem: e,
        fix: 'fix the value there and restart the runner',
      });
  if (f.settings.length > 1) {
    const keys = [...new Set(f.settings.flatMap((s) => Object.keys(s.variables)))].sort();
    for (const key of keys) {
      const values = new Set(f.settings.map((s) => s.variables[key]));
      if (values.size < 2) continue;
      out.push({
        subject: key,
        problem: `the runners differ: ${f.settings.map((s) => `${s.source}: ${s.variables[key] ?? '(unset)'}`).join('; ')}`,
        fix: `give every runner the same ${key} (or set it in the host configuration file ${f.host.file}), then restart them`,
      });
    }
  }
  if (!f.host.config.cacheRoot) {
    for (const s of f.settings) {
      if (f.settingsFromEnvironment && !s.root) continue;
      if (s.root === f.dirs[0]?.path || s.root === f.root) continue;
      out.push({
        subject: s.source,
        problem: s.root
          ? `its jobs use the cache root ${s.root} (${s.rootFrom}), not ${f.root}`
          : `names no cache root: its jobs use their own $RUNNER_TOOL_CACHE/toolchain-cache, not ${f.root}`,
        fix: `set TOOLCHAIN_CACHE_ROOT=${f.root} there (or cacheRoot in ${f.host.file}), then restart the runner`,
      });
    }
  }
  return out;
}

/** The size bound each source's jobs apply: the host file's, else its own. */
const maxSizeOf = (f: DoctorFacts, s?: RunnerSettings): number | undefined =>
  f.host.config.maxSizeBytes ?? s?.maxSizeBytes;

/** The disk must hold what the size bound lets the cache grow to. */
export function spaceProblems(f: DoctorFacts): Problem[] {
  if (f.freeBytes === null) return [];
  const bounds = new Set(
    f.settings.length ? f.settings.map((s) => maxSizeOf(f, s)) : [maxSizeOf(f)],
  );
  const out: Problem[] = [];
  for (const bound of bounds) {
    if (bound === undefined) continue;
    const room = f.registeredBytes + f.freeBytes;
    if (room >= bound) continue;
    out.push({
      subject: f.dirs[0]?.path ?? f.root,
      problem:
        `its file system has ${formatBytes(f.freeBytes)} free for ${formatBytes(f.registeredBytes)} cached: the size bound ${formatBytes(bound)} ` +
        `(${f.host.config.maxSizeBytes !== undefined ? f.host.file : 'TOOLCHAIN_CACHE_MAX_SIZE'}) cannot be reached before the disk is full`,
      fix: `lower the bound to at most ${formatBytes(room)} (maxSize in ${f.host.file}, or TOOLCHAIN_CACHE_MAX_SIZE in each runner's .env), or free space on that file system`,
    });
  }
  return out;
}

/** The stale time each source's jobs use: the host file's, else its own, else the default. */
const staleOf = (f: DoctorFacts, s?: RunnerSettings): number =>
  f.host.config.lockStaleMs ?? s?.lockStaleMs ?? DEFAULT_LOCK_STALE_MS;

export const isNfs = (fsType: string | undefined): boolean => /^nfs/i.test(fsType ?? '');

/** On NFS, locks need a stale time of at least twice acdirmax (lock.ts). */
export function mountProblems(f: DoctorFacts): Problem[] {
  if (!isNfs(f.fsType)) return [];
  const sources = f.settings.length ? f.settings : [undefined];
  return sources
    .filter((s) => staleOf(f, s) < NFS_MIN_LOCK_STALE_MS)
    .map((s) => ({
      subject: s?.source ?? f.root,
      problem: `the cache root is on ${f.fsType}, but the lock stale time is ${staleOf(f, s) / 1000} s: a lock holder's heartbeat can look stopped to another host`,
      fix: `set ${LOCK_STALE_ENV}=${NFS_MIN_LOCK_STALE_MS / 1000} in every runner's .env (or "lockStale": ${NFS_MIN_LOCK_STALE_MS / 1000} in ${f.host.file}), then restart the runners`,
    }));
}

/** A lock whose holder died (this host) or went silent past the stale time. */
export function lockProblems(f: DoctorFacts): Problem[] {
  return f.locks
    .filter((l) => l.holderAlive === false || l.silentMs > l.staleMs)
    .map((l) => {
      const who =
        l.pid !== undefined
          ? `pid ${l.pid} on ${l.host ?? '?'}${l.holder ? ` (${l.holder})` : ''}`
          : 'a holder that never wrote its record';
      const why =
        l.holderAlive === false
          ? 'which is no longer running'
          : `silent for ${Math.round(l.silentMs / 1000)} s (stale after ${l.staleMs / 1000} s)`;
      return {
        subject: `locks/${l.name}`,
        problem: `held by ${who}${l.since ? ` since ${l.since}` : ''}, ${why}`,
        fix:
          l.holderAlive === false
            ? 'nothing blocks on it for long: the next job or `toolchain-cache gc` takes it over once it is stale; if it keeps coming back, a job is being killed mid-install (see the runner logs)'
            : `if ${l.pid !== undefined ? `pid ${l.pid}` : 'its holder'} hangs, stop it; the next job then takes the lock over`,
      };
    });
}

export function leftoverProblems(f: DoctorFacts): Problem[] {
  const root = f.dirs[0]?.path ?? f.root;
  return [
    ...f.trash.map((name) => ({
      subject: `${root}/trash/${name}`,
      problem: 'left in the trash by a GC or an install that did not finish',
      fix: '`toolchain-cache gc` deletes it',
    })),
    ...f.staleStaging.map((name) => ({
      subject: `${root}/staging/${name}`,
      problem: 'a staging directory more than a day old: its install died',
      fix: '`toolchain-cache gc` deletes it',
    })),
  ];
}

/** Use records nobody can judge: kept as live, they pin their toolchain for good. */
export function unreadableProblems(f: DoctorFacts): Problem[] {
  return f.unreadableUses.map((u) => ({
    subject: u.id,
    problem:
      `${u.records} use record(s) this user cannot read${u.owners.length ? ` (owned by ${u.owners.join(', ')})` : ''}: ${u.files.slice(0, 3).join(', ')}${u.files.length > 3 ? ', …' : ''}; ` +
      'each counts as a live use, so GC never removes this toolchain',
    fix: `run \`toolchain-cache gc\` as root (it can read them, and reclaims those of finished jobs), or have ${u.owners.length ? u.owners.join(', ') : 'their owner'} make them group-readable (chmod g+r)`,
  }));
}

/** Every tree against its hit-check record, and with --deep against its manifest. */
export function treeProblems(f: DoctorFacts): Problem[] {
  const out: Problem[] = [];
  const deep = new Map((f.deep ?? []).map((d) => [d.id, d.problems]));
  for (const t of f.trees) {
    const byContent = deep.get(t.id) ?? [];
    if (t.problem === undefined && byContent.length === 0) continue;
    const what = [
      ...(t.problem !== undefined ? [`not as it was installed (${t.problem})`] : []),
      ...(byContent.length
        ? [
            `differs from its manifest: ${byContent.slice(0, 3).join('; ')}${byContent.length > 3 ? '; …' : ''}`,
          ]
        : []),
    ].join('; ');
    out.push({
      subject: t.id,
      problem: what,
      fix: `find out who changed it (\`toolchain-cache verify\` names every file), then \`toolchain-cache remove ${t.id}\` (the next job installs it again)`,
    });
  }
  const root = f.dirs[0]?.path ?? f.root;
  for (const id of f.unregistered)
    out.push({
      subject: `${root}/toolchains/${id}`,
      problem: 'a tree the registry does not name',
      fix: '`toolchain-cache repair` registers it when its install receipt vouches for it; otherwise remove it',
    });
  return out;
}

/** What doctor looked at, for a healthy report. */
function checked(f: DoctorFacts): string[] {
  const settings = f.settingsFromEnvironment
    ? "host settings from this shell's environment (no --runner-dir given)"
    : `host settings of ${f.settings.length} runner(s) (${f.settings.map((s) => s.source).join(', ')})`;
  const bound = maxSizeOf(f, f.settings[0]);
  return [
    `the cache root ${f.dirs[0]?.path ?? f.root} (from ${f.rootFrom}): a real directory`,
    `modes of ${f.dirs.length} director${f.dirs.length === 1 ? 'y' : 'ies'} (group rwx, set-gid, not world-writable)`,
    `layout version ${LAYOUT_VERSION}`,
    `free space: ${f.freeBytes === null ? 'unknown' : formatBytes(f.freeBytes)}${bound !== undefined ? ` for a size bound of ${formatBytes(bound)}` : ' (no size bound set)'}`,
    `file system: ${f.fsType ?? 'unknown'} (${f.fsTypeVia}); lock stale time ${staleOf(f, f.settings[0]) / 1000} s`,
    settings,
    `${f.locks.length} held lock(s)`,
    'trash and staging leftovers',
    'use records',
    `${f.trees.length} toolchain(s) against their hit-check record${f.deep ? ' and, by content, their manifest' : ''}`,
  ];
}
