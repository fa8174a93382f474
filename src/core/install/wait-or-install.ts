// The miss path of acquireToolchains (../installer.ts): the install lock elects one installer; the
// others wait on it and then find the entry (source "peer"), or take over when the installer dies
// and its lock goes stale. Loaded on a job's first miss, never by a hit. See docs/design.md.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ToolchainCacheError } from '../errors.js';
import { randomToken, renameRetrying } from '../fsx.js';
import {
  matchingEntry,
  recordHit,
  recordUseOrExplain,
  resolved,
  type InstallOptions,
} from '../installer.js';
import type { CacheLayout } from '../layout.js';
import { describeJob } from '../leases.js';
import {
  DEFAULT_LOCK_STALE_MS,
  acquireLockUnless,
  describeOwner,
  type LockOwner,
} from '../lock.js';
import type { RegistryEntry } from '../registry/schema.js';
import { removeReceipt, treeChange } from '../receipt.js';
import type { ToolchainSpec } from '../spec.js';
import type { Logger, ResolvedToolchain } from '../types.js';
import { entryState } from '../uses.js';

/**
 * The install lock of `spec`, or undefined when, while waiting for it, the install we waited for
 * finished and this job's use of it got recorded (nothing is left to do under the lock, and the
 * other waiters need not take it one after another).
 */
async function takeInstallLock(spec: ToolchainSpec, opts: InstallOptions) {
  let waited = false;
  // Asked several times a second while the installer works: a warning about the tree, once.
  const quiet = { ...opts, log: warningsOnce(opts.log) };
  const installedMeanwhile = async (): Promise<boolean> =>
    recordHit(await opts.registry.read(), spec, quiet);
  const options = {
    staleMs: opts.installStaleMs ?? DEFAULT_LOCK_STALE_MS,
    timeoutMs: opts.waitTimeoutMs,
    pollMs: 1000,
    holder: describeJob(opts.owner.job),
    onWait: (owner: LockOwner | undefined) => {
      waited = true;
      opts.log.info(
        `${spec.id}: another job is installing it (${describeOwner(owner)}); waiting up to ${Math.round(opts.waitTimeoutMs / 1000)}s`,
      );
    },
  };
  const lockPath = opts.layout.lockPath(`install-${spec.id}`);
  // Every waiter watches the registry (the install's commit) and asks often while the installer
  // works: they all leave within moments of the commit (docs/design.md, "Install lock and waiters").
  const unless = { needless: installedMeanwhile, watch: [opts.layout.registryFile] };
  const lock = await acquireLockUnless(lockPath, `install ${spec.id}`, options, unless).catch(
    (e: unknown) => {
      if (e instanceof ToolchainCacheError && e.code === 'LOCK_TIMEOUT') {
        throw new ToolchainCacheError(
          'LOCK_TIMEOUT',
          `${spec.id}: ${e.message} Raise "wait-timeout" if installs of this toolchain are slow.`,
        );
      }
      throw e;
    },
  );
  return { lock, waited: () => waited };
}

/** `log` with each distinct warning passed on once. */
function warningsOnce(log: Logger): Logger {
  const seen = new Set<string>();
  return {
    info: (m) => log.info(m),
    debug: (m) => log.debug(m),
    warning: (m) => {
      if (seen.has(m)) return;
      seen.add(m);
      log.warning(m);
    },
  };
}

export async function installOrWait(
  spec: ToolchainSpec,
  index: number,
  opts: InstallOptions,
): Promise<ResolvedToolchain> {
  const waitStart = Date.now();
  const { lock, waited } = await takeInstallLock(spec, opts);
  const waitMs = waited() ? Date.now() - waitStart : 0;
  if (!lock) {
    const entry = (await opts.registry.read()).entries[spec.id];
    return resolved(opts.layout, spec, index, entry, 'peer', { waitMs, installMs: 0 });
  }
  try {
    const entry = await useInstalledEntry(spec, opts);
    if (entry) {
      const source = waited() ? 'peer' : 'local';
      return await resolved(opts.layout, spec, index, entry, source, { waitMs, installMs: 0 });
    }
    const { install } = await import('./pipeline.js');
    return await install(spec, index, opts, lock, waitMs);
  } finally {
    await lock.release();
  }
}

/**
 * With the install lock held, under the registry lock: the entry installed meanwhile (by the job
 * we waited for), with this job's use recorded; undefined when it must be installed. No GC can be
 * removing anything while we hold the registry lock, so a removal mark found here is one a GC left
 * when it died: it is taken away, and a registered entry whose tree is gone is dropped.
 */
async function useInstalledEntry(
  spec: ToolchainSpec,
  opts: InstallOptions,
): Promise<RegistryEntry | undefined> {
  const { layout } = opts;
  return opts.registry.update(async (doc, tx) => {
    const entry = matchingEntry(doc, spec);
    let state = entry ? await entryState(layout, spec.id) : 'missing';
    if (state === 'removing') {
      await fs.rm(layout.removalMark(spec.id), { force: true });
      state = await entryState(layout, spec.id);
    }
    if (entry && state === 'ready') {
      const changed = treeChange(layout, spec);
      if (changed === undefined && (await recordUseOrExplain(spec, opts))) {
        tx.skipWrite();
        return { ...entry };
      }
      if (changed !== undefined) await moveChangedTreeAside(layout, spec.id, changed, opts.log);
    }
    if (entry) delete doc.entries[spec.id];
    else tx.skipWrite();
    return undefined;
  });
}

/**
 * A registered tree that is not as it was sealed (a job changed, added or replaced files) is
 * broken for every job: to the trash with its receipt, under the registry lock, so the installer
 * that follows puts a verified copy in its place.
 */
async function moveChangedTreeAside(
  layout: CacheLayout,
  id: string,
  changed: string,
  log: Logger,
): Promise<void> {
  const trash = path.join(layout.trashDir, `${id}.${randomToken()}`);
  const { namedTreeChange } = await import('./tree-change.js');
  const named = await namedTreeChange(layout, id, changed);
  log.warning(
    `${id}: the installed tree is not as it was installed (${named}); moved it aside to ${trash} (jobs still running it may fail) and installing it again`,
  );
  await removeReceipt(layout, id);
  await renameRetrying(layout.entryDir(id), trash);
}
