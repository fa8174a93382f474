// Types shared by the installer, the remote tiers, the post step and the CLI.
import type { ToolchainSpec } from './spec.js';

export type Source = 'local' | 'peer' | 'remote' | 'download';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** Where a restored archive came from. */
export interface RestoredArchive {
  /** The tier's name as the log and the summary show it (e.g. `actions-cache`, `s3://bucket/prefix`). */
  tier: string;
  /** The host whose origin download this job waited for (a fleet lease), if any. */
  leaseHolder?: string;
}

/**
 * A fleet lease this job holds on an archive (docs/design.md, "Fleet lease"): it downloads from
 * the origin while the other hosts sharing the tier wait for the archive to appear there.
 */
export interface OriginLease {
  /** Saves the verified archive to the leased tier at once (post then finds it there). Never throws. */
  publish(file: string): Promise<void>;
  /** Ends the lease (after publish, or when the download failed). Never throws. */
  release(): Promise<void>;
}

/** What the tiers decided before an origin download: another host's archive, or our lease. */
export type OriginTurn = { restored: RestoredArchive } | { lease: OriginLease };

/**
 * The remote tiers to try before downloading from the origin (the GitHub Actions cache, S3, a
 * shared directory). The installer only sees this: whatever `restore` returns has already been
 * checked against `spec.sha256` by the tiers (the installer still re-checks it while extracting).
 */
export interface RemoteTier {
  /** Restores the archive of `spec` to `destFile`; undefined when no tier has it. Never throws. */
  restore(spec: ToolchainSpec, destFile: string): Promise<RestoredArchive | undefined>;
  /**
   * After `restore` missed, before the origin: a lease on the archive for this job (it downloads),
   * or the archive another host downloaded meanwhile (waited for up to `waitTimeoutMs`);
   * undefined when no tier can elect one download. Never throws.
   */
  originTurn?(
    spec: ToolchainSpec,
    destFile: string,
    wait: { waitTimeoutMs: number; signal?: AbortSignal },
  ): Promise<OriginTurn | undefined>;
}

export interface ResolvedToolchain {
  id: string;
  sha256: string;
  /** The toolchain root. */
  path: string;
  binDirs: string[];
  source: Source;
  /** Time spent waiting for another job's install. */
  waitMs: number;
  /** Time spent downloading (or restoring) and installing. */
  installMs: number;
  downloadedBytes: number;
  sizeBytes: number;
  /** The remote tier that served it (source `remote`). */
  tier?: string;
  /** The host whose origin download it waited for (a fleet lease on `tier`). */
  leaseHolder?: string;
  /** The verified archive, kept in staging for the post step to save to the remote tiers. */
  archivePath?: string;
}
