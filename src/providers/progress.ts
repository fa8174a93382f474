// Progress of a streaming transfer: a pass-through stream that tells the tier call whenever bytes
// move, so the chain abandons only a transfer that has stalled for `remote-timeout`, however long
// a big archive takes (docs/design.md, "Remote tiers"; src/providers/bounded.ts).
import { Transform } from 'node:stream';
import type { TierCall } from './types.js';

export const progressCounter = (call: TierCall): Transform =>
  new Transform({
    transform(chunk: Buffer, _enc, done) {
      call.progress();
      done(null, chunk);
    },
  });
