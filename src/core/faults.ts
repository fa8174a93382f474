// Fault-injection points for the crash tests: with TOOLCHAIN_CACHE_FAULT=<phase> set, an installer
// reaching that phase writes `<TOOLCHAIN_CACHE_FAULT_DIR>/<phase>.<pid>` and then hangs, so a test can
// kill -9 it at exactly that point, or change the world (fill the disk) and let it go on by creating
// `<phase>.<pid>.resume` next to the marker. Unset (always, outside tests) this is a no-op.

// `fetch`: the staging directory exists, the archive not yet (a test plants a link there);
// `verified`: after the archive was hashed, before its tree is sealed (a test swaps it there);
// `extract`: the archive is in staging, its tree not yet sealed (a download's is extracted already);
// `waiter-looked`: a lock waiter has looked at the line and the lock, and not yet started watching;
// `walk-chmod`: a removal walk found a directory and has not yet opened it to chmod it (a test
// swaps it for a symlink there: fsx.ts, removeTreeInside);
// `fresh-dir-chmod`: a staging directory was made and its mode not yet set (a test swaps it for a
// symlink there: staged-file.ts, createFreshDir);
// `lease-held`: this host holds the fleet lease on an archive (its heartbeat running) and has not
// started the origin download yet (providers/file-lease.ts; install/fetch.ts);
// `lease-take`: a host judged a fleet lease free or stale and has not yet created the next epoch
// (a test lets several racers go from there at once: providers/file-lease.ts, tryTake);
// `file-tier-opened`: a file tier's `DIR/sha256` was checked (opened) by a writer and nothing done
// in it yet (a test swaps it for a symlink there: providers/file.ts, put).
export type FaultPhase =
  | 'fetch'
  | 'verified'
  | 'extract'
  | 'rename'
  | 'register'
  | 'lock-owner'
  | 'waiter-looked'
  | 'walk-chmod'
  | 'fresh-dir-chmod'
  | 'file-tier-opened'
  | 'lease-held'
  | 'lease-take';

export async function faultPoint(phase: FaultPhase): Promise<void> {
  if (process.env.TOOLCHAIN_CACHE_FAULT !== phase) return;
  const { existsSync, writeFileSync } = await import('node:fs');
  const path = await import('node:path');
  const marker = path.join(process.env.TOOLCHAIN_CACHE_FAULT_DIR ?? '.', `${phase}.${process.pid}`);
  writeFileSync(marker, '');
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (!existsSync(`${marker}.resume`)) return;
      clearInterval(timer);
      resolve();
    }, 50);
  });
}

/**
 * Fault points that make a file-system call fail the way Windows does while a virus scanner holds
 * a file (or, for symlinks, when the account lacks the privilege): with TOOLCHAIN_CACHE_FAULT=<name> and TOOLCHAIN_CACHE_FAULT_TIMES=<n> (default 1), the
 * next n calls at that point throw EPERM. The count lives in the environment, so it is shared by
 * every call of the process and inherited by children.
 */
export type FaultErrno = 'rename-eperm' | 'remove-eperm' | 'symlink-eperm';

export function faultErrno(name: FaultErrno, syscall: string, file: string): void {
  if (process.env.TOOLCHAIN_CACHE_FAULT !== name) return;
  const left = Number(process.env.TOOLCHAIN_CACHE_FAULT_TIMES ?? '1');
  if (!(left > 0)) return;
  process.env.TOOLCHAIN_CACHE_FAULT_TIMES = String(left - 1);
  throw Object.assign(
    new Error(`EPERM: operation not permitted, ${syscall} '${file}' (fault ${name})`),
    { code: 'EPERM', syscall, path: file },
  );
}

/**
 * Fault points of the post step's phases, for the tests of its safety net: with
 * TOOLCHAIN_CACHE_FAULT=post-<phase>, that phase throws; `post-unhandled` leaves a rejected
 * promise nobody awaits; `post-linger` leaves a timer that would keep the process alive.
 */
export type PostPhase =
  'start' | 'release' | 'save' | 'stats' | 'gc' | 'summary' | 'unhandled' | 'linger';

export function postFault(phase: PostPhase): void {
  if (process.env.TOOLCHAIN_CACHE_FAULT !== `post-${phase}`) return;
  if (phase === 'unhandled') {
    void Promise.reject(new Error('fault post-unhandled: a rejection nobody handles'));
    return;
  }
  if (phase === 'linger') {
    setInterval(() => undefined, 60_000); // keeps the event loop alive
    return;
  }
  throw new Error(`fault post-${phase}: an unexpected error in the post step`);
}
