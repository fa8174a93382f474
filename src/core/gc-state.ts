// gc-state.json: when each host last ran a full GC, the record GC's throttle reads (docs/design.md,
// "Uses and GC"). Only a throttle: an unreadable file reads as empty, so the worst a broken one
// costs is one full GC too many.
import { STATE_FILE_MAX_BYTES, atomicWriteFile } from './fsx.js';
import { readRegularTextIfExistsSync } from './regular-file.js';
import type { CacheLayout } from './layout.js';
import { hostId } from './leases.js';
import { isoTime } from './format.js';

interface GcState {
  schemaVersion: 1;
  hosts: Record<string, { lastFullGcAt: string }>;
}

const isGcState = (raw: unknown): raw is GcState => {
  const r = raw as Partial<GcState> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    r.schemaVersion === 1 &&
    typeof r.hosts === 'object' &&
    r.hosts !== null &&
    Object.values(r.hosts).every(
      (h) => typeof h === 'object' && h !== null && typeof h.lastFullGcAt === 'string',
    )
  );
};

export const gcStateFile = (layout: CacheLayout): string => layout.gcStateFile;

async function readGcState(layout: CacheLayout): Promise<GcState> {
  // Synchronous (a few hundred bytes): a warm post's throttle check needs no thread pool.
  let text: string | undefined;
  try {
    text = readRegularTextIfExistsSync(gcStateFile(layout), STATE_FILE_MAX_BYTES);
  } catch {
    // unreadable: start over (it only throttles)
  }
  if (text !== undefined) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (isGcState(parsed)) return parsed;
    } catch {
      // unreadable: start over (it only throttles)
    }
  }
  return { schemaVersion: 1, hosts: {} };
}

/** When this host last ran a full GC (ms since the epoch), if it did. */
export async function lastFullGc(
  layout: CacheLayout,
  host = hostId(),
): Promise<number | undefined> {
  const state = await readGcState(layout);
  const at = Object.hasOwn(state.hosts, host) ? Date.parse(state.hosts[host].lastFullGcAt) : NaN;
  return Number.isNaN(at) ? undefined : at;
}

/** Written under the GC lock, atomically. */
export async function recordFullGc(layout: CacheLayout, now: number): Promise<void> {
  const state = await readGcState(layout);
  state.hosts = { ...state.hosts, [hostId()]: { lastFullGcAt: isoTime(now) } };
  await atomicWriteFile(gcStateFile(layout), JSON.stringify(state));
}
