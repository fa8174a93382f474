// Global setup of the adversarial project: a private copy of the committed bundles (action.yml and
// dist/main, dist/post, dist/cli), taken once at the start, so that a rebuild of dist/ while the
// suite runs (another terminal's `npm run build` removes and rewrites it) cannot break the jobs
// midway. The copy is of exactly the files `npm run build` left; a build in progress is waited out.
// It is staged for other users (other-user.ts), the steps' Node binary with it: some jobs drop to
// an unprivileged user before they load the bundles.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import {
  BUNDLE_PARTS,
  removeOtherUserFiles,
  stageForOtherUsers,
  type OtherUserFiles,
} from './other-user.js';
import { REPO_ROOT } from './runner.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An action directory (action.yml + dist/) to run the jobs from. */
    adversarialActionDir: string;
    /** The steps' Node binary, where other users can run it (other-user.ts). */
    otherUserNode: string;
  }
}

/** Size and mtime of every file of the bundles; undefined while one is missing (a build running). */
function state(root: string): string | undefined {
  const out: string[] = [];
  for (const part of BUNDLE_PARTS) {
    const p = path.join(root, part);
    if (!existsSync(p)) return undefined;
    const files = statSync(p).isDirectory() ? readdirSync(p).map((n) => path.join(p, n)) : [p];
    if (part.startsWith('dist/') && !files.some((f) => /index\.c?js$/.test(f))) return undefined;
    for (const f of files.sort()) {
      const st = statSync(f);
      out.push(`${f}:${st.size}:${st.mtimeMs}`);
    }
  }
  return out.join('\n');
}

let staged: OtherUserFiles | undefined;

export async function setup(project: TestProject): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const before = state(REPO_ROOT);
    if (before !== undefined) {
      const copy = stageForOtherUsers();
      if (state(REPO_ROOT) === before) {
        staged = copy;
        project.provide('adversarialActionDir', copy.actionDir);
        project.provide('otherUserNode', copy.node);
        return;
      }
      removeOtherUserFiles(copy);
    }
    if (attempt === 60)
      throw new Error(`dist/ kept changing (or is missing): run \`npm run build\` first`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export function teardown(): void {
  removeOtherUserFiles(staged);
}
