// Input, output and state names in one place: action.yml, the steps and the tests agree on these.
export const Inputs = {
  Toolchains: 'toolchains',
  CacheRoot: 'cache-root',
  RemoteCache: 'remote-cache',
  Remote: 'remote',
  RemoteTimeout: 'remote-timeout',
  Cleanup: 'cleanup',
  MaxUnusedDays: 'max-unused-days',
  MaxSize: 'max-size',
  WaitTimeout: 'wait-timeout',
  Summary: 'summary',
  Lockfile: 'lockfile',
} as const;

export const Outputs = {
  CacheHit: 'cache-hit',
  Paths: 'paths',
  Path: 'path',
  Sources: 'sources',
  Versions: 'versions',
} as const;

/** Saved by main for post (GITHUB_STATE → STATE_<name>). */
export const State = {
  UseKey: 'use-key',
  /** The ids main may record uses of (JSON list), saved before any is recorded. */
  UseIds: 'use-ids',
  CacheRoot: 'cache-root',
  Results: 'results',
  MainError: 'main-error',
  TierNotes: 'tier-notes',
  /** Lockfile entries to add (JSON list of lines), for the summary. */
  LockNotes: 'lock-notes',
} as const;
