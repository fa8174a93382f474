// The contract every vendor module implements (src/vendors/<name>.ts): how a named toolchain
// (`node@24`) becomes an ordinary {id, url, sha256} item, from the vendor's own index and its own
// published checksums. A vendor module does no I/O of its own: it asks `VendorFetch` for the
// documents it needs (by the vendor's own URLs), and the resolver applies the host's mirror, the
// per-host index cache, the TTL and the one-fetch-at-a-time lock (docs/design.md, "Named toolchains").

/** The runner platforms an id can name (`node-24.11.1-linux-x64`). */
export type Platform =
  | 'linux-x64'
  | 'linux-arm64'
  | 'linux-x64-musl'
  | 'linux-arm64-musl'
  | 'darwin-x64'
  | 'darwin-arm64'
  | 'win-x64'
  | 'win-arm64';

export const PLATFORMS: readonly Platform[] = [
  'linux-x64',
  'linux-arm64',
  'linux-x64-musl',
  'linux-arm64-musl',
  'darwin-x64',
  'darwin-arm64',
  'win-x64',
  'win-arm64',
];

/** A `NAME@VERSION` item of the `toolchains` input, as written and split at the first `@`. */
export interface NamedSpec {
  /** As written: the key of the `versions` output and of the lockfile (`node@24`). */
  spec: string;
  /** The vendor's name (`node`). */
  name: string;
  /** The version request (`24`, `24.11.1`, `lts`, `^1.23`, `latest`). */
  version: string;
}

/** What a spec resolved to on one platform: exactly one lockfile entry. */
export interface Resolution {
  /** `NAME-VERSION-PLATFORM`, e.g. `node-24.11.1-linux-x64`; python's carries the build tag. */
  id: string;
  /** The resolved version without the vendor's prefix (`24.11.1`, not `v24.11.1`). */
  version: string;
  /** The archive at the vendor's own URL (never a mirror's: a mirror is applied when installing). */
  url: string;
  /** From the vendor's own index or checksum file; lower-case hex. */
  sha256: string;
  /** Bytes, when the vendor's index says. */
  size?: number;
}

/**
 * The documents a vendor reads. `url` is always the vendor's own; the resolver maps it to the
 * host's mirror, serves it from the per-host cache while fresh, and caches only what `parse`
 * accepted (a document that does not parse is never cached). `parse` throws on anything it does
 * not recognise.
 */
export interface VendorFetch {
  document<T>(url: string, parse: (text: string) => T): Promise<T>;
}

/** How an installed tree is used by a job: PATH directories and environment variables. */
export interface VendorLayout {
  /** Directories (relative to the toolchain root) for PATH; same meaning as an item's `bin`. */
  bin: string[];
  /** Same meaning as an item's `strip-components` (undefined: a single top directory becomes the root). */
  stripComponents?: number;
  /**
   * Variables for the job's later steps (`JAVA_HOME`, …), given the installed root. Values that
   * keep the tree unchanged by the toolchain's usual commands (a global prefix, a bytecode cache
   * outside the tree) belong here too: a changed tree fails every later hit check.
   */
  env(root: string, resolution: Resolution, platform: Platform): Record<string, string>;
  /**
   * What the job needs outside the tree so the toolchain's usual commands leave the tree alone
   * (node: a global npm prefix, and a corepack link there so `corepack enable` writes beside it)
   * or that the matching setup-* action adds (go: GOPATH/bin on PATH). Optional; the resolver
   * makes `dirs` and `links`, adds `path` to PATH ahead of `bin`, and exports `env`.
   */
  job?(root: string, resolution: Resolution, platform: Platform, job: JobContext): JobSetup;
}

/** Where a job's own writable places are, for `VendorLayout.job`. */
export interface JobContext {
  /** A per-job directory the runner empties after the job (RUNNER_TEMP), outside the cache root. */
  tempDir: string;
  /** The job user's home directory (os.homedir()). */
  homeDir: string;
  /** The job's environment, for variables the user set (GOPATH). */
  env: Readonly<Record<string, string | undefined>>;
}

/** Per-job setup outside the tree (absolute paths, all under JobContext's directories). */
export interface JobSetup {
  /** Directories for PATH, ahead of the toolchain's own `bin`. */
  path: string[];
  /** Variables for the job's later steps. */
  env: Record<string, string>;
  /** Directories to create when missing. */
  dirs: string[];
  /**
   * Files to create when missing: a symbolic link to `target` (unix), or a small text file with
   * `content` (Windows `.cmd` shims, where links need privileges).
   */
  links: { path: string; target?: string; content?: string }[];
}

export interface Vendor {
  /** The name users write before `@` (`node`, `go`, `python`, `temurin`, `zig`). */
  readonly name: string;
  /**
   * The vendor's base URLs. A mirror M replaces each: `base.url + rest` → `M + base.mirrorPath + rest`
   * (the first base has mirrorPath ''; a vendor with two hosts documents the second's path).
   */
  readonly bases: readonly { url: string; mirrorPath: string }[];
  /** Platforms the vendor builds for (others: an error naming the spec and the platform). */
  readonly platforms: readonly Platform[];
  /** Throws a ToolchainCacheError naming the spec, the platform and the newest available when nothing matches. */
  resolve(spec: NamedSpec, platform: Platform, fetch: VendorFetch): Promise<Resolution>;
  layout(platform: Platform): VendorLayout;
}
