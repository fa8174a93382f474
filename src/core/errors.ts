// Typed errors. Each carries what a user needs to fix the problem; `code` is stable for tests and logs.
import { redactUrl } from './redact.js';

export type ErrorCode =
  | 'INVALID_INPUT'
  | 'CHECKSUM_MISMATCH'
  | 'DOWNLOAD_FAILED'
  | 'UNSAFE_ARCHIVE'
  | 'UNSUPPORTED_ARCHIVE'
  | 'EXTRACT_FAILED'
  | 'LOCK_TIMEOUT'
  | 'LOCK_LOST'
  | 'CONFLICT'
  | 'REGISTRY_CORRUPT'
  | 'UNSAFE_PATH'
  | 'IN_USE'
  | 'NOT_FOUND'
  | 'CANCELLED'
  | 'LAYOUT_VERSION'
  | 'DISK_FULL';

export class ToolchainCacheError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A bad input: names the item (index or id) and the field. */
export class InputError extends ToolchainCacheError {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super('INVALID_INPUT', message);
  }
}

export class ChecksumError extends ToolchainCacheError {
  constructor(
    readonly id: string,
    readonly expected: string,
    readonly actual: string,
    readonly url: string,
  ) {
    super(
      'CHECKSUM_MISMATCH',
      `${id}: sha256 mismatch for ${redactUrl(url)}: expected ${expected}, got ${actual}. ` +
        'Check the sha256 in the toolchains input, or whether the file at the URL changed.',
    );
  }
}

export class DownloadError extends ToolchainCacheError {
  constructor(
    message: string,
    readonly status?: number,
    readonly retryable = false,
    options?: { cause?: unknown },
  ) {
    super('DOWNLOAD_FAILED', message, options);
  }
}

/** An archive member that would escape the staging directory or is otherwise not allowed. */
export class UnsafeArchiveError extends ToolchainCacheError {
  constructor(
    message: string,
    readonly member?: string,
  ) {
    super('UNSAFE_ARCHIVE', message);
  }
}

export class LockTimeoutError extends ToolchainCacheError {
  constructor(
    readonly lockName: string,
    readonly holder: string,
    seconds: number,
  ) {
    super(
      'LOCK_TIMEOUT',
      `Timed out after ${seconds}s waiting for lock "${lockName}", held by ${holder}.`,
    );
  }
}

/** The lock was taken over (we stalled past its stale time): the critical section must not commit. */
export class LockLostError extends ToolchainCacheError {
  constructor(readonly lockName: string) {
    super(
      'LOCK_LOST',
      `Lost lock "${lockName}" (another process took it over as stale); nothing was committed.`,
    );
  }
}

export class RegistryCorruptError extends ToolchainCacheError {
  constructor(
    readonly file: string,
    detail: string,
    readonly movedTo?: string,
  ) {
    super(
      'REGISTRY_CORRUPT',
      `The registry ${file} is unreadable: ${detail}.` +
        (movedTo ? ` It was moved aside to ${movedTo}.` : '') +
        ' Run `toolchain-cache repair` to rebuild it from the installed toolchains.',
    );
  }
}

/**
 * Said of a bad TOOLCHAIN_CACHE_* value: where it comes from, and whose it is to fix (the runner's
 * administrator's, not the workflow author's).
 */
export const FROM_RUNNER_ENV =
  "It comes from this runner's environment (its .env file, or its service's environment), which the runner's administrator sets: " +
  'a workflow cannot fix it (unless one of its steps set the variable with env: or $GITHUB_ENV); tell them.';

export const isErrnoException = (e: unknown): e is NodeJS.ErrnoException =>
  e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
