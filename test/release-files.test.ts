// The files a release users can pin rests on: the workflows and Dependabot's configuration parse
// and hold the keys they rely on, the CHANGELOG has the package's version (the release notes), the
// README pins @v1 and shows the systemd units exactly as contrib/systemd/ ships them.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { releaseNotes } from '../scripts/release-notes.mjs';
import { repoRoot } from './helpers/fixtures.js';

const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8');
const readme = read('README.md');

/** Every .yml/.yaml file under .github/, relative to the repository. */
function githubYamlFiles(dir = '.github'): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return githubYamlFiles(rel);
    return /\.ya?ml$/.test(e.name) ? [rel] : [];
  });
}

function loadYaml(file: string): Record<string, unknown> {
  const doc = parseDocument(read(file), { uniqueKeys: true });
  expect(
    doc.errors.map((e) => e.message),
    file,
  ).toEqual([]);
  expect(
    doc.warnings.map((e) => e.message),
    file,
  ).toEqual([]);
  return doc.toJS() as Record<string, unknown>;
}

interface Step {
  uses?: string;
  run?: string;
  if?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

describe('.github', () => {
  const files = githubYamlFiles();

  it('every YAML file parses, without duplicate keys', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        path.join('.github', 'dependabot.yml'),
        path.join('.github', 'workflows', 'release.yml'),
        path.join('.github', 'workflows', 'ci.yml'),
      ]),
    );
    for (const file of files) {
      const doc = loadYaml(file);
      if (file.includes(`${path.sep}workflows${path.sep}`)) {
        expect(Object.keys(doc), file).toEqual(expect.arrayContaining(['name', 'on', 'jobs']));
        for (const [name, job] of Object.entries((doc as unknown as Workflow).jobs))
          expect(Array.isArray(job.steps), `${file}: job ${name} has steps`).toBe(true);
      }
    }
  });

  it('release.yml: a vX.Y.Z tag or a version by hand; dist checked, tests run, notes, vX moved', () => {
    const wf = loadYaml('.github/workflows/release.yml') as unknown as Workflow;
    expect(wf.on.push).toEqual({ tags: ['v*.*.*'] });
    expect(wf.on.workflow_dispatch).toMatchObject({ inputs: { version: { required: true } } });
    expect(wf.permissions).toEqual({ contents: 'write' });
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const runs = steps.map((s) => s.run ?? '');
    const at = (pattern: RegExp): number => {
      const i = runs.findIndex((r) => pattern.test(r));
      expect(i, `a step runs ${String(pattern)}`).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(steps[0].uses).toMatch(/^actions\/checkout@/);
    const order = [
      at(/^npm ci\b/m),
      at(/^npm run build$/m),
      at(/git diff --exit-code -- dist/),
      at(/npm test/),
      at(/node scripts\/release-notes\.mjs /),
      at(/gh release create "\$TAG" --verify-tag .*--notes-file/),
      at(/git push --force origin "refs\/tags\/\$MAJOR"/),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // A version by hand is tagged (and pushed) before the release is created from the tag.
    expect(at(/git push origin "refs\/tags\/\$TAG"/)).toBeLessThan(at(/gh release create/));
  });

  it('dependabot.yml: npm and github-actions, weekly, grouped', () => {
    const config = loadYaml('.github/dependabot.yml') as {
      version: number;
      updates: Array<{
        'package-ecosystem': string;
        schedule: { interval: string };
        groups: object;
      }>;
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm',
    ]);
    for (const u of config.updates) {
      expect(u.schedule.interval).toBe('weekly');
      expect(Object.keys(u.groups).length).toBeGreaterThan(0);
    }
  });
});

describe('release files', () => {
  it("the CHANGELOG has package.json's version (the release notes) and an Unreleased section", () => {
    const changelog = read('CHANGELOG.md');
    const { version } = JSON.parse(read('package.json')) as { version: string };
    const notes = releaseNotes(changelog, version);
    expect(notes).toMatch(/^The first release|^### /);
    expect(notes).not.toMatch(/^## /m);
    expect(notes).not.toContain('[Unreleased]:');
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(releaseNotes(changelog, '99.0.0')).toBeUndefined();
  });

  it('LICENSE is the MIT license package.json names; SECURITY.md links the security model', () => {
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('MIT');
    expect(read('LICENSE')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} toolchain-cache maintainers\n/,
    );
    const security = read('SECURITY.md');
    expect(security).toContain('(README.md#security-model)');
    expect(readme).toMatch(/^## Security model$/m);
    expect(security).toMatch(/private vulnerability reporting/i);
  });

  it('the README pins the action at @v1 everywhere', () => {
    const uses = [...readme.matchAll(/uses: (\S*toolchain-cache\S*)/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(0);
    expect(new Set(uses)).toEqual(new Set(['OWNER/toolchain-cache@v1']));
  });

  it("the README's systemd units are contrib/systemd/'s, byte for byte, every one of them", () => {
    const shown = new Map(
      [...readme.matchAll(/<!-- (contrib\/systemd\/[^ ]+) -->\n\n```ini\n([\s\S]*?)```\n/g)].map(
        (m) => [m[1], m[2]],
      ),
    );
    const shipped = readdirSync(path.join(repoRoot, 'contrib/systemd')).map(
      (f) => `contrib/systemd/${f}`,
    );
    expect([...shown.keys()].sort()).toEqual(shipped.sort());
    for (const file of shipped) expect(shown.get(file), file).toBe(read(file));
  });
});
