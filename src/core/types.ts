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
}

/**
 * The remote tiers to try before downloading from the origin (the GitHub Actions cache, S3, a
 * shared directory). The installer only sees this: whatever `restore` returns has already been
 * checked against `spec.sha256` by the tiers (the installer still re-checks it while extracting).
 */
export interface RemoteTier {
  /** Restores the archive of `spec` to `destFile`; undefined when no tier has it. Never throws. */
  restore(spec: ToolchainSpec, destFile: string): Promise<RestoredArchive | undefined>;
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
  /** The verified archive, kept in staging for the post step to save to the remote tiers. */
  archivePath?: string;
}
