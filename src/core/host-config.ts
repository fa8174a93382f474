// The host configuration file: settings of the host's administrator that no job can override
// (docs/design.md, "Host settings"). A step's `env:` and `$GITHUB_ENV` set any environment variable
// for the steps after it, so TOOLCHAIN_CACHE_* variables are the workflow's to set; this file is
// not. Its path is fixed: a variable naming another file would let a workflow drop the host's
// bounds. Used only when it and its directory are owned by root and writable by nobody else.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
} from 'node:fs';
import path from 'node:path';
import { InputError, isErrnoException } from './errors.js';
import { lockStaleMs, parseLockStale } from './lock/stale.js';
import { ZERO_SIZE_BOUND, parseSize } from './spec.js';

/** Where the host's administrator puts the file (Windows: under the fixed %ProgramData%). */
export const HOST_CONFIG_FILE =
  process.platform === 'win32'
    ? 'C:\\ProgramData\\toolchain-cache\\config.json'
    : '/etc/toolchain-cache/config.json';

/** The most of the file that is read: a few keys, never megabytes. */
export const MAX_HOST_CONFIG_BYTES = 64 * 1024;

export interface HostConfig {
  /** The cache root of every job on this host (beats the environment and the input). */
  cacheRoot?: string;
  /** The GC's size bound; the only one that may skip the GC throttle. */
  maxSizeBytes?: number;
  /** The GC's age bound. */
  maxUnusedDays?: number;
  /** How long a silent lock holder keeps its lock. */
  lockStaleMs?: number;
  /** How long a fleet lease on a `file://` tier lasts without a heartbeat seen. */
  tierLeaseStaleMs?: number;
  /** Seconds a vendor's index stays fresh (the named-toolchains resolver). */
  indexTtlSeconds?: number;
  /** Vendor name → base URL of the host's mirror (`{"node": "https://…"}`). */
  mirrors?: Record<string, string>;
  /** The archive-bomb caps: most members, most bytes one archive may unpack to. */
  maxMembers?: number;
  maxUnpackedBytes?: number;
  /** Seconds without a byte before a download attempt is abandoned. */
  stallTimeoutSeconds?: number;
  /** Extra attempts after a retryable download failure. */
  downloadRetries?: number;
}

export interface HostConfigRead {
  file: string;
  /** Empty when the file is missing or ignored. */
  config: HostConfig;
  /** Why the file was ignored, unknown keys: for the log, never fatal. */
  warnings: string[];
}

export interface ReadOptions {
  /** The file (tests); the real one is HOST_CONFIG_FILE. */
  file?: string;
  /** Who must own the file and its directory: root (tests running unprivileged pass their own). */
  ownerUid?: number;
  platform?: NodeJS.Platform;
}

const KEYS = [
  'cacheRoot',
  'maxSize',
  'maxUnusedDays',
  'lockStale',
  'tierLeaseStale',
  'indexTtl',
  'mirrors',
  'maxMembers',
  'maxUnpackedSize',
  'stallTimeout',
  'downloadRetries',
] as const;

/**
 * Reads the host configuration file. Missing: an empty config. Not trustworthy (a link, not a
 * regular file, owned by someone other than root, writable by its group or others, or its
 * directory so): ignored, with a warning naming the fix. Trustworthy but unreadable as JSON, too
 * large, or with a bad value: an InputError naming the file and the key, because silently dropping
 * the operator's bounds (the size bound of a shared disk) would be worse than failing the step.
 */
export function readHostConfig(options: ReadOptions = {}): HostConfigRead {
  const file = options.file ?? HOST_CONFIG_FILE;
  const platform = options.platform ?? process.platform;
  const owner = options.ownerUid ?? 0;
  const result: HostConfigRead = { file, config: {}, warnings: [] };
  const untrusted = (why: string): HostConfigRead => {
    result.warnings.push(
      `The host configuration file ${file} is ignored: ${why}. ${fixText(file, platform)}`,
    );
    return result;
  };
  const dirProblem = checkDirectory(path.dirname(file), owner, platform);
  if (dirProblem === 'missing') return result;
  if (dirProblem) return untrusted(dirProblem);
  const opened = openConfig(file, owner, platform);
  if (opened === 'missing') return result;
  if (typeof opened === 'string') return untrusted(opened);
  result.config = parseHostConfig(file, opened, result.warnings, platform);
  return result;
}

let cached: { read?: HostConfigRead; error?: unknown } | undefined;

/**
 * The host configuration of this process (HOST_CONFIG_FILE, read once): what the steps and the
 * CLI use. Throws the file's InputError, every time it is asked, when the file is bad.
 */
export function hostConfig(): HostConfigRead {
  if (!cached) {
    try {
      cached = { read: readHostConfig() };
    } catch (e) {
      cached = { error: e };
    }
  }
  if (cached.error !== undefined) throw cached.error;
  return cached.read!;
}

function fixText(file: string, platform: NodeJS.Platform): string {
  const dir = path.dirname(file);
  if (platform === 'win32') {
    return `Let only Administrators write ${dir} and ${file} (see README, "Pointing several runners at one cache").`;
  }
  return `It and its directory must be owned by root and writable by nobody else: chown root ${dir} ${file} && chmod 755 ${dir} && chmod 644 ${file}.`;
}

const writableByOthers = (mode: number): boolean => (mode & 0o022) !== 0;

/** Why the directory cannot be trusted, 'missing', or undefined when it can. */
function checkDirectory(
  dir: string,
  owner: number,
  platform: NodeJS.Platform,
): string | 'missing' | undefined {
  let st;
  try {
    st = lstatSync(dir, { throwIfNoEntry: false });
  } catch (e) {
    return `its directory ${dir} cannot be examined (${isErrnoException(e) ? e.code : String(e)})`;
  }
  if (!st) return 'missing';
  if (!st.isDirectory()) return `its directory ${dir} is not a directory (a link?)`;
  if (platform === 'win32') return undefined;
  if (st.uid !== owner || writableByOthers(st.mode))
    return `its directory ${dir} is owned by uid ${st.uid} with mode ${octal(st.mode)}`;
  // The directory's own parent: whoever can rename entries there could swap the directory. A
  // sticky directory (/tmp) lets nobody rename what they do not own.
  try {
    const parent = realpathSync(path.dirname(dir));
    const pst = lstatSync(parent);
    const sticky = (pst.mode & 0o1000) !== 0;
    if ((pst.uid !== 0 && pst.uid !== owner) || (writableByOthers(pst.mode) && !sticky))
      return `${parent}, above it, is writable by others`;
  } catch (e) {
    return `the directory above ${dir} cannot be examined (${isErrnoException(e) ? e.code : String(e)})`;
  }
  return undefined;
}

/** The file's first bytes (bounded), 'missing', or why it cannot be trusted. */
function openConfig(file: string, owner: number, platform: NodeJS.Platform): Buffer | string {
  let fd: number;
  try {
    const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
    if (platform === 'win32' && lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink())
      return 'it is a link';
    fd = openSync(file, flags);
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return 'missing';
    if (isErrnoException(e) && e.code === 'ELOOP') return 'it is a link';
    return `it cannot be opened (${isErrnoException(e) ? e.code : String(e)})`;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return 'it is not a regular file';
    if (platform !== 'win32' && (st.uid !== owner || writableByOthers(st.mode)))
      return `it is owned by uid ${st.uid} with mode ${octal(st.mode)}`;
    if (st.size > MAX_HOST_CONFIG_BYTES) {
      throw new InputError(
        `The host configuration file ${file} is ${st.size} bytes, more than the ${MAX_HOST_CONFIG_BYTES} read: fix the file.`,
        file,
      );
    }
    const buf = Buffer.alloc(Math.min(st.size, MAX_HOST_CONFIG_BYTES));
    let n = 0;
    for (let got; n < buf.length && (got = readSync(fd, buf, n, buf.length - n, null)) > 0;)
      n += got;
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

const octal = (mode: number): string => (mode & 0o7777).toString(8).padStart(4, '0');

/** Validates the file's JSON; unknown keys become warnings, bad values an InputError. */
export function parseHostConfig(
  file: string,
  bytes: Buffer | string,
  warnings: string[],
  platform: NodeJS.Platform = process.platform,
): HostConfig {
  const bad = (key: string, problem: string): InputError =>
    new InputError(
      `The host configuration file ${file}: "${key}" ${problem}. Fix the file (see README, "Pointing several runners at one cache").`,
      key,
    );
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString());
  } catch (e) {
    throw new InputError(
      `The host configuration file ${file} is not valid JSON (${e instanceof Error ? e.message : String(e)}): fix the file.`,
      file,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new InputError(
      `The host configuration file ${file} must hold a JSON object: fix the file.`,
      file,
    );
  const doc = raw as Record<string, unknown>;
  for (const key of Object.keys(doc)) {
    if (!(KEYS as readonly string[]).includes(key))
      warnings.push(
        `The host configuration file ${file}: unknown key "${key}" ignored (known: ${KEYS.join(', ')}).`,
      );
  }
  const config: HostConfig = {};
  const has = (key: (typeof KEYS)[number]): boolean => Object.hasOwn(doc, key) && doc[key] !== null;
  const numberText = (key: string): string => {
    const v = doc[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return String(v);
    if (typeof v === 'string' && v.trim()) return v.trim();
    throw bad(key, `must be a number (got ${JSON.stringify(v)})`);
  };
  const whole = (key: string, min = 0): number => {
    const t = numberText(key);
    if (!/^\d+$/.test(t) || !Number.isSafeInteger(Number(t)) || Number(t) < min)
      throw bad(key, `must be a whole number ≥ ${min} (got ${JSON.stringify(doc[key])})`);
    return Number(t);
  };
  const size = (key: string, min = 0): number => {
    const t = numberText(key);
    let bytes: number | undefined;
    try {
      bytes = parseSize(t, key);
    } catch {
      bytes = undefined;
    }
    if (bytes === undefined || bytes < min)
      throw bad(
        key,
        `must be a size such as "200GB", "512MiB" or a number of bytes${min ? ` (at least ${min})` : ''} (got ${JSON.stringify(doc[key])})`,
      );
    return bytes;
  };
  if (has('cacheRoot')) {
    const v = doc.cacheRoot;
    const paths = platform === 'win32' ? path.win32 : path.posix;
    if (typeof v !== 'string' || !v.trim() || !paths.isAbsolute(v.trim()))
      throw bad('cacheRoot', `must be an absolute path (got ${JSON.stringify(v)})`);
    config.cacheRoot = v.trim();
  }
  if (has('maxSize')) {
    config.maxSizeBytes = size('maxSize');
    if (config.maxSizeBytes === 0) throw bad('maxSize', `is 0: ${ZERO_SIZE_BOUND}`);
  }
  if (has('maxUnusedDays')) config.maxUnusedDays = whole('maxUnusedDays');
  const staleTime = (key: string): number => {
    try {
      return parseLockStale(numberText(key), key);
    } catch (e) {
      throw bad(key, e instanceof Error ? `is wrong: ${e.message}` : 'is wrong');
    }
  };
  if (has('lockStale')) config.lockStaleMs = staleTime('lockStale');
  if (has('tierLeaseStale')) config.tierLeaseStaleMs = staleTime('tierLeaseStale');
  if (has('indexTtl')) config.indexTtlSeconds = whole('indexTtl');
  if (has('mirrors')) config.mirrors = parseMirrors(doc.mirrors, bad);
  // The bounds of TOOLCHAIN_CACHE_MAX_MEMBERS, …_MAX_UNPACKED_SIZE, …_STALL_TIMEOUT, …_DOWNLOAD_RETRIES.
  if (has('maxMembers')) config.maxMembers = whole('maxMembers', 1);
  if (has('maxUnpackedSize')) config.maxUnpackedBytes = size('maxUnpackedSize', 1);
  if (has('stallTimeout')) config.stallTimeoutSeconds = whole('stallTimeout', 1);
  if (has('downloadRetries')) config.downloadRetries = whole('downloadRetries');
  return config;
}

function parseMirrors(
  v: unknown,
  bad: (key: string, problem: string) => InputError,
): Record<string, string> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw bad('mirrors', 'must be an object such as {"node": "https://mirror.example/node"}');
  const out: Record<string, string> = {};
  for (const [name, url] of Object.entries(v as Record<string, unknown>)) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
      throw bad(`mirrors.${name}`, 'is not a vendor name (lower-case letters, digits, -)');
    let parsed: URL | undefined;
    try {
      parsed = typeof url === 'string' ? new URL(url) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:'))
      throw bad(`mirrors.${name}`, `must be an http(s) URL (got ${JSON.stringify(url)})`);
    out[name] = (url as string).replace(/\/+$/, '');
  }
  return out;
}

/** The lock stale time: the file's `lockStale`, else TOOLCHAIN_CACHE_LOCK_STALE, else the default. */
export const hostLockStaleMs = (
  config: HostConfig = hostConfig().config,
  env: NodeJS.ProcessEnv = process.env,
): number => config.lockStaleMs ?? lockStaleMs(env);
