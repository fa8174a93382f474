// Opens (creating) a cache root, as every job's main step does first. Prints {event:'opened'} or
// {event:'error', code, message}. Usage: open-root.ts <cacheRoot>
import { openCacheRoot } from '../../../src/core/layout.js';
import { emit, errorEvent } from './common.js';

try {
  await openCacheRoot(process.argv[2]);
  emit({ event: 'opened' });
} catch (e) {
  emit(errorEvent(e));
}
