// One of several processes racing for one lock, round after round. Each round starts with `go`
// (after the test planted a stale lock); the racer acquires the lock and runs a critical section
// that detects any overlap with another racer through an exclusively created file, then releases.
// Prints {event:'round', round, epoch, overlap, ok} per round ({ok:false} if assertHeld failed).
// Usage: lock-racer.ts <lockPath> <staleMs> <csFile> <name>
import { closeSync, openSync, unlinkSync } from 'node:fs';
import { acquireLock, readLockOwner } from '../../../src/core/lock.js';
import { emit, errorEvent, nextCommand, stopReading } from './common.js';

const [lockPath, staleMs, csFile, name] = process.argv.slice(2);

/** Enter the critical section: false if someone else is in it. */
function enter(): boolean {
  try {
    closeSync(openSync(csFile, 'wx'));
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === 'EEXIST') return false;
    throw e;
  }
}

try {
  emit({ event: 'ready' });
  for (let round = 1; ; round++) {
    const cmd = await nextCommand();
    if (cmd !== 'go') break;
    const lock = await acquireLock(lockPath, 'race', {
      staleMs: Number(staleMs),
      timeoutMs: 30_000,
      pollMs: 25,
      holder: name,
    });
    const entered = enter();
    const owner = await readLockOwner(lockPath);
    // Stay inside across a few event-loop turns and file-system calls: room for a second holder.
    await new Promise((r) => setTimeout(r, 1));
    let ok = true;
    try {
      lock.assertHeldSync();
    } catch {
      ok = false;
    }
    if (entered) unlinkSync(csFile);
    await lock.release();
    emit({
      event: 'round',
      round,
      epoch: owner?.token === lock.token ? owner.epoch : -1,
      overlap: !entered,
      ok,
    });
  }
  stopReading();
} catch (e) {
  emit(errorEvent(e));
  process.exitCode = 1;
}
