// Tests that need root (real second users, tmpfs mounts). Where the suite runs as another user they
// are skipped, saying why; in CI (CI=true) they fail instead, so that a case CI is meant to run can
// never pass there as skipped (.github/workflows/ci.yml runs .ci/run as root, under sudo).

export const isRoot = (): boolean => process.getuid?.() === 0;

/**
 * Why `what` cannot run here, or undefined when this process is root. Not root: the reason to skip
 * with, or, in CI, an error naming the fix. On Windows (no root user) always the reason to skip.
 */
export function rootOnly(what: string): string | undefined {
  if (process.platform === 'win32') return `${what} needs a POSIX root user`;
  if (isRoot()) return undefined;
  if (process.env.CI === 'true')
    throw new Error(
      `${what} needs root, and CI must run it: run the suite as root ` +
        '(.github/workflows/ci.yml runs `sudo -E env "PATH=$PATH" bash .ci/run`)',
    );
  return `${what} needs root (run the suite as root, as CI does)`;
}
