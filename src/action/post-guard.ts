// The post step's safety net (as actions/cache's save step promises): post must never fail or
// hang a job. Whatever escapes the step's own error handling (an exception, a rejection nobody
// handled, a module that would not load) becomes a warning and exit code 0; and once the step's
// work is done, whatever still holds the event loop (a socket, a timer) does not keep the job
// waiting. It runs before (and in spite of) the step's own code: it imports only
// ./runner-commands.ts (Node builtins), never @actions/*.
import { warning } from './runner-commands.js';

/** How long the post step may linger after its work is done before it exits anyway. */
export const LINGER_MS = 2000;

function warnAndExit(what: string, e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  warning(`toolchain-cache post step: ${what}: ${message} (the job is not failed)`);
  process.exit(0);
}

/** Runs the post step under the net. */
export async function guardPost(run: () => Promise<void>): Promise<void> {
  process.on('uncaughtException', (e) => warnAndExit('unexpected error', e));
  process.on('unhandledRejection', (e) => warnAndExit('unhandled rejection', e));
  try {
    await run();
  } catch (e) {
    warnAndExit('unexpected error', e);
  }
  process.exitCode = 0;
  setTimeout(() => process.exit(0), LINGER_MS).unref();
}
