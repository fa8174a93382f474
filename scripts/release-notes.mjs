// Prints the CHANGELOG.md section of one version (the release's notes): the lines after its
// `## [X.Y.Z]` heading, up to the next `## ` heading. Exits 1 when there is no such section, so
// a release is never published without its notes. Used by .github/workflows/release.yml.
// Usage: node scripts/release-notes.mjs X.Y.Z [CHANGELOG.md]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The body of `version`'s section of `changelog` (trimmed), or undefined. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\](\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^## /.test(l) || /^\[[^\]]+\]: /.test(l));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  return body || undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) {
    console.error('usage: node scripts/release-notes.mjs X.Y.Z [CHANGELOG.md]');
    process.exit(2);
  }
  const notes = releaseNotes(readFileSync(file, 'utf8'), version);
  if (notes === undefined) {
    console.error(`${file} has no "## [${version}]" section with notes: add it before releasing.`);
    process.exit(1);
  }
  process.stdout.write(`${notes}\n`);
}
