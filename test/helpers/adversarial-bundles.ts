// Global setup of the adversarial project: a private copy of the committed bundles (action.yml and
// dist/main, dist/post, dist/cli), taken once at the start, so that a rebuild of dist/ while the
// suite runs (another terminal's `npm run build` removes and rewrites it) cannot break the jobs
// midway. The copy is of exactly the files `npm run build` left; a build in progress is waited out.
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An action directory (action.yml + dist/) to run the jobs from. */
    adversarialActionDir: string;
  }
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PARTS = ['action.yml', 'dist/main', 'dist/post', 'dist/cli'];

/** Size and mtime of every file of the bundles; undefined while one is missing (a build running). */
function state(root: string): string | undefined {
  const out: string[] = [];
  for (const part of PARTS) {
    const p = path.join(root, part);
    if (!existsSync(p)) return undefined;
    const files = statSync(p).isDirectory() ? readdirSync(p).map((n) => path.join(p, n)) : [p];
    if (part.startsWith('dist/') && !files.some((f) => f.endsWith('index.js'))) return undefined;
    for (const f of files.sort()) {
      const st = statSync(f);
      out.push(`${f}:${st.size}:${st.mtimeMs}`);
    }
  }
  return out.join('\n');
}

let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tc-adv-bundles-'));
  chmodSync(dir, 0o755); // some jobs run as an unprivileged user
  for (let attempt = 1; ; attempt++) {
    const before = state(REPO_ROOT);
    if (before !== undefined) {
      for (const part of PARTS)
        cpSync(path.join(REPO_ROOT, part), path.join(dir, part), { recursive: true });
      if (state(REPO_ROOT) === before) break;
    }
    if (attempt === 60)
      throw new Error(`dist/ kept changing (or is missing): run \`npm run build\` first`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  project.provide('adversarialActionDir', dir);
}

export function teardown(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
