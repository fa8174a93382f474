// A step whose tier call ignores the abort and holds the event loop (as a client's retry timers or
// a read on a hung share do): the call is abandoned, then the step ends as main and post do.
// Usage: abandoned-call.ts TIMEOUT_MS [end]  ("end": call endAbandonedWork at the end)
import { bounded, endAbandonedWork } from '../../../src/providers/bounded.js';
import { emit } from './common.js';

const [timeoutMs, end] = process.argv.slice(2);
try {
  await bounded(Number(timeoutMs), () => new Promise((resolve) => setTimeout(resolve, 120_000)));
} catch (e) {
  emit({ event: 'abandoned', message: (e as Error).message });
}
if (end === 'end') endAbandonedWork();
