// The tier chain: the installer's RemoteTier over the configured tiers. A miss tries each readable
// tier in order and verifies what it returns; every call is bounded by remote-timeout; a tier that
// failed once is not tried again in this job (the post step learns which through `notes`).
import { promises as fs } from 'node:fs';
import type { ToolchainSpec } from '../core/spec.js';
import type {
  Logger,
  OriginLease,
  OriginTurn,
  RemoteTier,
  RestoredArchive,
} from '../core/types.js';
import { hashFile } from '../core/manifest.js';
import { bounded, describeFailure } from './bounded.js';
import type { ArchiveRef, HeldLease, LeaseHolder, StorageTier, TierCall } from './types.js';

/** What main learnt about the tiers, handed to post. */
export interface TierNotes {
  /** Tier name → why it is off for the rest of the job. */
  failed: Record<string, string>;
  /** sha256 → tiers that answered "not here" or returned bad bytes: post saves there. */
  needs: Record<string, string[]>;
}

export const emptyNotes = (): TierNotes => ({ failed: {}, needs: {} });

export class TierChain implements RemoteTier {
  readonly notes: TierNotes;

  constructor(
    readonly tiers: StorageTier[],
    private readonly log: Logger,
    readonly timeoutMs: number,
    notes: TierNotes = emptyNotes(),
    /** The most bytes an archive may have on this host (maxArchiveBytes): larger objects are refused. */
    readonly maxBytes = Infinity,
  ) {
    this.notes = { failed: { ...notes.failed }, needs: { ...notes.needs } };
  }

  /** Tiers still usable in this job: not failed, and reachable from this runner at all. */
  async usable(tier: StorageTier): Promise<boolean> {
    if (Object.hasOwn(this.notes.failed, tier.name)) return false;
    let why: string | undefined;
    try {
      why = await tier.unavailable?.();
    } catch (e) {
      why = describeFailure(e);
      this.log.warning(`remote tier ${tier.name}: cannot be used (${why}); not used in this job`);
    }
    if (why === undefined) return true;
    this.log.debug(`remote tier ${tier.name}: skipped (${why})`);
    this.notes.failed[tier.name] = why;
    return false;
  }

  /** Runs one bounded call; a failure turns the tier off for the job with a warning. */
  async call<T>(
    tier: StorageTier,
    what: string,
    run: (call: TierCall) => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false }> {
    try {
      return { ok: true, value: await bounded(this.timeoutMs, run, this.maxBytes) };
    } catch (e) {
      const reason = `${what}: ${describeFailure(e)}`;
      // Concurrent calls into a tier that just failed: one warning is enough.
      if (Object.hasOwn(this.notes.failed, tier.name)) {
        this.log.debug(`remote tier ${tier.name}: ${reason}`);
        return { ok: false };
      }
      this.notes.failed[tier.name] = reason;
      this.log.warning(`remote tier ${tier.name}: ${reason}; not used again in this job`);
      return { ok: false };
    }
  }

  private need(ref: ArchiveRef, tier: StorageTier): void {
    const list = (this.notes.needs[ref.sha256] ??= []);
    if (!list.includes(tier.name)) list.push(tier.name);
  }

  async restore(spec: ToolchainSpec, destFile: string): Promise<RestoredArchive | undefined> {
    const ref = { id: spec.id, sha256: spec.sha256 };
    for (const [index, tier] of this.tiers.entries()) {
      if (!tier.capabilities.read || !(await this.usable(tier))) continue;
      // Each tier writes its own file: a call abandoned after its timeout may still finish later,
      // and must not land on an archive that came from elsewhere meanwhile.
      const part = `${destFile}.tier-${index}`;
      await createOwnFile(part);
      if (await this.restoreFrom(tier, ref, part)) {
        await fs.rename(part, destFile);
        this.log.info(`${spec.id}: restored the archive from ${tier.name}`);
        return { tier: tier.name };
      }
      await fs.rm(part, { force: true }).catch(() => undefined);
    }
    return undefined;
  }

  /**
   * One origin download per fleet (docs/design.md, "Fleet lease"): the first writable tier with
   * leases that missed the archive elects the host that downloads it. This job either holds the
   * lease (`{ lease }`) or waits, within `waitTimeoutMs`, for the holder's archive to appear there
   * (`{ restored }`). The tier failing or the wait running out: undefined, and this job goes to
   * the origin on its own.
   */
  async originTurn(
    spec: ToolchainSpec,
    destFile: string,
    wait: { waitTimeoutMs: number; signal?: AbortSignal },
  ): Promise<OriginTurn | undefined> {
    const ref = { id: spec.id, sha256: spec.sha256 };
    const tier = await this.leaseTier(ref);
    if (!tier?.leases) return undefined;
    const seconds = Math.round(wait.waitTimeoutMs / 1000);
    const took = await this.call(tier, `waiting for ${ref.id} (fleet lease)`, (c) =>
      tier.leases!.takeOrWait(ref, c, {
        deadline: Date.now() + wait.waitTimeoutMs,
        signal: wait.signal,
        onWait: (holder) =>
          this.log.info(
            `${ref.id}: ${describeHolder(holder)} is downloading it for the hosts sharing ${tier.name}; waiting up to ${seconds}s for it to appear there`,
          ),
      }),
    );
    if (!took.ok) return undefined;
    const outcome = took.value;
    if (outcome.kind === 'held') return { lease: this.originLease(tier, ref, outcome.lease) };
    if (outcome.kind === 'timeout') {
      this.log.warning(
        `${ref.id}: ${describeHolder(outcome.holder)} did not put it in ${tier.name} within wait-timeout (${seconds}s); downloading it from the origin too`,
      );
      return undefined;
    }
    return this.restoreWaited(tier, ref, destFile, outcome.holder);
  }

  /** The tier whose lease elects the download: writable, with leases, and it missed `ref`. */
  private async leaseTier(ref: ArchiveRef): Promise<StorageTier | undefined> {
    const missed = this.notes.needs[ref.sha256] ?? [];
    for (const tier of this.tiers) {
      if (!tier.leases || !tier.capabilities.write || !missed.includes(tier.name)) continue;
      if (await this.usable(tier)) return tier;
    }
    return undefined;
  }

  /** The archive the lease holder (or anyone) put in `tier`, restored and verified. */
  private async restoreWaited(
    tier: StorageTier,
    ref: ArchiveRef,
    destFile: string,
    holder: LeaseHolder | undefined,
  ): Promise<OriginTurn | undefined> {
    const part = `${destFile}.tier-lease`;
    await createOwnFile(part);
    if (!(await this.restoreFrom(tier, ref, part))) {
      await fs.rm(part, { force: true }).catch(() => undefined);
      return undefined;
    }
    await fs.rename(part, destFile);
    this.dropNeed(ref, tier);
    const from = holder ? ` (${describeHolder(holder)} downloaded it)` : '';
    this.log.info(`${ref.id}: restored the archive from ${tier.name}${from}`);
    return { restored: { tier: tier.name, ...(holder && { leaseHolder: holder.host }) } };
  }

  /** Our lease, as the installer sees it: publish right after verifying, release either way. */
  private originLease(tier: StorageTier, ref: ArchiveRef, held: HeldLease): OriginLease {
    this.log.info(
      `${ref.id}: this host downloads it for the hosts sharing ${tier.name} (fleet lease taken)`,
    );
    return {
      publish: async (file) => {
        // Hashed again right before the save, as post does (providers/save.ts).
        const digest = await hashFile(file).catch((e: unknown) => describeFailure(e));
        if (digest !== ref.sha256) {
          this.log.warning(
            `${ref.id}: not saved to ${tier.name}: ${file} has sha256 ${digest}, expected ${ref.sha256} (changed since it was verified)`,
          );
          return;
        }
        const put = await this.call(tier, `saving ${ref.id}`, (c) => tier.put(ref, file, c));
        if (!put.ok) return;
        // Post asks the tier again (it has it now) instead of saving it a second time.
        this.dropNeed(ref, tier);
        this.log.info(`${ref.id}: saved the archive to ${tier.name}`);
      },
      release: () => held.release().catch(() => undefined),
    };
  }

  private dropNeed(ref: ArchiveRef, tier: StorageTier): void {
    const list = this.notes.needs[ref.sha256];
    if (list) this.notes.needs[ref.sha256] = list.filter((name) => name !== tier.name);
  }

  /** Whether `tier` wrote the verified archive to `file`. */
  private async restoreFrom(tier: StorageTier, ref: ArchiveRef, file: string): Promise<boolean> {
    const got = await this.call(tier, `restoring ${ref.id}`, (c) => tier.get(ref, file, c));
    if (!got.ok) return false;
    if (!got.value) {
      this.log.debug(`${ref.id}: not in ${tier.name}`);
      this.need(ref, tier);
      return false;
    }
    const digest = await hashFile(file).catch((e: unknown) => describeFailure(e));
    if (digest === ref.sha256) return true;
    this.log.warning(
      `${ref.id}: the archive from remote tier ${tier.name} has sha256 ${digest}, expected ${ref.sha256}: refused; trying the next tier or the origin`,
    );
    this.need(ref, tier);
    return false;
  }
}

/** A lease holder as the log says it. */
const describeHolder = (holder: LeaseHolder | undefined): string =>
  holder ? `host ${holder.host} (pid ${holder.pid})` : 'another host';

/**
 * The file a tier writes into, created by us first: whatever was planted at that name in staging
 * (a link to somewhere else) is removed as a name, never followed, and `wx` refuses anything that
 * appears there meanwhile.
 */
async function createOwnFile(file: string): Promise<void> {
  await fs.rm(file, { force: true });
  await (await fs.open(file, 'wx', 0o600)).close();
}
