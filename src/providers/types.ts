// What every storage provider implements, and what the tier chain gives each call.
import type { Logger } from '../core/types.js';
import type { ProviderSyntax } from './syntax.js';

/** One archive, content-addressed by its sha256; `id` only names it in messages and keys. */
export interface ArchiveRef {
  id: string;
  sha256: string;
}

export interface Capabilities {
  read: boolean;
  write: boolean;
  /** Transfers stream (constant memory, progress reported as bytes move). */
  streaming: boolean;
}

/**
 * One call into a tier. A provider reports progress whenever bytes move, and stops when `signal`
 * aborts: the chain abandons a call that makes no progress for `remote-timeout` seconds.
 */
export interface TierCall {
  signal: AbortSignal;
  progress(): void;
  /** The longest a single connect or read may take, for clients that take a timeout. */
  timeoutMs: number;
  /**
   * The most bytes an archive may have on this host: an object declared or found larger is an
   * error, never read to its end (docs/design.md, "Remote tiers").
   */
  maxBytes: number;
}

/** A configured tier. Failures throw; the chain turns them into warnings. */
export interface StorageTier {
  /** As the log and the summary show it, e.g. `s3://fleet-cache/toolchains`. */
  readonly name: string;
  readonly capabilities: Capabilities;
  /** Writes the archive to `destFile` and answers true, or false when the tier does not have it. */
  get(ref: ArchiveRef, destFile: string, call: TierCall): Promise<boolean>;
  /** Whether the tier already has the archive (so the post step need not save it). */
  has(ref: ArchiveRef, call: TierCall): Promise<boolean>;
  /** Stores the (verified) archive `file`. */
  put(ref: ArchiveRef, file: string, call: TierCall): Promise<void>;
  /** Not reachable for this runner at all (e.g. no cache service): skipped without a warning. */
  unavailable?(): Promise<string | undefined>;
  /** One origin download per fleet: leases on the archives (docs/design.md, "Fleet lease"). */
  readonly leases?: TierLeases;
}

export interface ProviderContext {
  log: Logger;
  /** The stale time of the fleet leases (providers/file-lease.ts, LEASE_STALE_ENV). */
  leaseStaleMs?: number;
}

/** A provider: its syntax (syntax.ts), and how it builds tiers. */
export interface ProviderDefinition<Config = unknown> extends ProviderSyntax<Config> {
  create(config: Config, ctx: ProviderContext): StorageTier;
}

/** Who holds a fleet lease, as its lease file says (docs/design.md, "Fleet lease"). */
export interface LeaseHolder {
  /** The holder's host id (core/leases.ts, hostId). */
  host: string;
  pid: number;
}

/** A lease this host holds on an archive of a tier: it downloads from the origin. */
export interface HeldLease {
  holder: LeaseHolder;
  /** Stops the heartbeat and removes the lease (after the archive was saved, or on failure). */
  release(): Promise<void>;
}

/** How waiting on another host's lease is bounded and told. */
export interface LeaseWait {
  /** Date.now() past which the waiter stops waiting (wait-timeout) and downloads itself. */
  deadline: number;
  signal?: AbortSignal;
  /** Called once when another host holds a live lease and the waiting starts. */
  onWait(holder: LeaseHolder | undefined): void;
}

export type LeaseOutcome =
  | { kind: 'held'; lease: HeldLease }
  /** The archive is in the tier (`holder`: the host waited for, when there was one). */
  | { kind: 'present'; holder?: LeaseHolder }
  | { kind: 'timeout'; holder?: LeaseHolder };

/** A tier that can elect one origin download for the fleet (the `file://` tier). */
export interface TierLeases {
  takeOrWait(ref: ArchiveRef, call: TierCall, wait: LeaseWait): Promise<LeaseOutcome>;
}
