// Bare node, as issue 19 defines the baseline: the least a step that changes the job can do
// (append one line to GITHUB_PATH), as an ncc ESM bundle run like the step. The bench bundles this
// with the project's ncc settings and compares the action's steps against it.
import { appendFileSync } from 'node:fs';

appendFileSync(process.env.GITHUB_PATH, '/opt/bare/bin\n');
