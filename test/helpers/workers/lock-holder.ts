// Holds a lock and obeys commands on stdin:
//   assert  → {event:'assert', ok, code?}   (assertHeld)
//   release → {event:'released'}
//   exit    → process.exit(0) without releasing (the lock's exit hook runs)
//   exit-on-cont → {event:'armed'}; on SIGCONT, process.exit(0) without releasing
// Also prints {event:'waiting'} when it finds the lock busy, {event:'lost'} when the lock's signal fires.
// With a 4th argument `wait-go`, it prints {event:'ready'} and waits for `go` before trying.
// <staleMs> `env` takes the stale time from TOOLCHAIN_CACHE_LOCK_STALE (lockStaleMs).
// A 5th argument sets pollMs.
// Usage: lock-holder.ts <lockPath> <staleMs|env> <holder> [wait-go|now] [pollMs]
import { acquireLock, lockStaleMs } from '../../../src/core/lock.js';
import { emit, errorEvent, nextCommand, stopReading, waitForCommand } from './common.js';

const [lockPath, staleMs, holder, mode, pollMs] = process.argv.slice(2);

try {
  if (mode === 'wait-go') {
    emit({ event: 'ready' });
    await waitForCommand('go');
  }
  const lock = await acquireLock(lockPath, 'test-lock', {
    staleMs: staleMs === 'env' ? lockStaleMs() : Number(staleMs),
    timeoutMs: 30_000,
    pollMs: pollMs === undefined ? undefined : Number(pollMs),
    holder,
    onWait: (owner) => emit({ event: 'waiting', ownerPid: owner?.pid }),
  });
  lock.signal.addEventListener('abort', () => emit({ event: 'lost' }));
  emit({ event: 'held', token: lock.token, pid: process.pid, at: Date.now() });
  for (;;) {
    const cmd = await nextCommand();
    if (cmd === 'assert') {
      try {
        await lock.assertHeld();
        emit({ event: 'assert', ok: true });
      } catch (e) {
        emit({ event: 'assert', ok: false, code: (e as { code?: string }).code });
      }
    } else if (cmd === 'release') {
      await lock.release();
      emit({ event: 'released' });
      stopReading();
      break;
    } else if (cmd === 'exit') {
      process.exit(0);
    } else if (cmd === 'exit-on-cont') {
      // Exit as soon as it runs again after SIGSTOP, before a heartbeat could notice anything.
      process.once('SIGCONT', () => process.exit(0));
      emit({ event: 'armed' });
    }
  }
} catch (e) {
  emit(errorEvent(e));
  process.exitCode = 1;
}
