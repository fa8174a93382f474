// Types shared by the installer, the remote tiers, the post step and the CLI.
import type { ToolchainSpec } from './spec.js';

export type Source = 'local' | 'peer' | 'remote' | 'download';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** A second tier to try before downloading (the GitHub Actions cache in the action). */
export interface RemoteTier {
  /** Restores the archive of `spec` to `destFile`; false when the tier does not have it. */
  restore(spec: ToolchainSpec, destFile: string): Promise<boolean>;
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
  /** The verified archive, kept for the remote tier when this job fetched it. */
  archivePath?: string;
}
