// Bounds one call into a tier from the outside: whatever the client does (retries, a socket that
// accepted and never answers, a hung share), the caller gets an answer within `timeoutMs` of the
// last progress. The call is aborted; a client that ignores the abort is left behind, unawaited.
import { errorMessage } from '../core/errors.js';
import type { TierCall } from './types.js';

export class TierTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no progress for ${timeoutMs / 1000} s (remote-timeout)`);
    this.name = 'TierTimeoutError';
  }
}

let abandonedWork = false;

/**
 * Called last by a step. A call abandoned after its timeout may still hold the event loop (a
 * client's retry timers, a read on a hung share): once the step's own work is done, that must not
 * keep the step running. Without abandoned calls the process ends on its own, before the timer.
 */
export function endAbandonedWork(): void {
  if (abandonedWork) setTimeout(() => process.exit(), 200).unref();
}

export async function bounded<T>(
  timeoutMs: number,
  run: (call: TierCall) => Promise<T>,
  maxBytes = Infinity,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let expire: (e: Error) => void = () => undefined;
  const expired = new Promise<never>((_, reject) => (expire = reject));
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const error = new TierTimeoutError(timeoutMs);
      abandonedWork = true;
      controller.abort(error);
      expire(error);
    }, timeoutMs);
  };
  arm();
  const call: TierCall = { signal: controller.signal, progress: arm, timeoutMs, maxBytes };
  try {
    return await Promise.race([run(call), expired]);
  } catch (e) {
    // An abort surfaces from inside the client under its own name: report the timeout instead.
    if (controller.signal.aborted) throw controller.signal.reason as Error;
    throw e;
  } finally {
    clearTimeout(timer);
    if (!controller.signal.aborted) controller.abort(new Error('call finished'));
  }
}

/** A failure as one line for a warning. */
export const describeFailure = (e: unknown): string => errorMessage(e).split('\n')[0];
