// Progress of a streaming transfer: a pass-through stream that tells the tier call whenever bytes
// move, so the chain abandons only a transfer that has stalled for `remote-timeout`, however long
// a big archive takes (docs/design.md, "Remote tiers"; src/providers/bounded.ts). Bytes count as
// progress only within the transfer's bound: one byte past it fails the transfer, so an object
// that never ends (a FIFO fed slowly, a body longer than declared) cannot hold a step forever.
import { Transform } from 'node:stream';
import type { TierCall } from './types.js';

export class TooLongError extends Error {
  constructor(what: string, limit: number) {
    super(`${what} is longer than ${limit} bytes: refused`);
    this.name = 'TooLongError';
  }
}

/** Passes at most `limit` bytes (by default the host's archive bound), reporting each chunk. */
export const progressCounter = (
  call: TierCall,
  limit = call.maxBytes,
  what = 'the object',
): Transform => {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > limit) {
        done(new TooLongError(what, limit));
        return;
      }
      call.progress();
      done(null, chunk);
    },
  });
};
