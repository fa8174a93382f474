// The hit check's cost (install/tree-stat.ts): every warm hit hashes tree-stat (to compare it with
// the digest its receipt records) and compares the tree with it, one lstat per directory. Figures
// per 10 000 files, against a baseline measured in the same run: plain lstatSync of every path
// (what a check of every entry, as before tree-stat 2, cannot go below), and, for scale, parsing
// the full manifest (with its hashes) that the check does not read.
// Usage: node --import tsx bench/hit-check.ts
import { lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scanTree, summarize, writeManifest } from '../src/core/manifest.js';
import { treeStatProblem, writeTreeStats } from '../src/core/install/tree-stat.js';
import { recordDigest } from '../src/core/regular-file.js';
import { SECONDS, machine, tempDir } from './lib.js';

const FILES = 10_000;
const PER_DIR = 100;

/** Runs `op` for SECONDS (at least 3 times) and returns ms per run. */
function measure(op: () => void): { msPerRun: number; runs: number } {
  const until = performance.now() + SECONDS * 1000;
  let runs = 0;
  const started = performance.now();
  while (runs < 3 || performance.now() < until) {
    op();
    runs += 1;
  }
  return { msPerRun: (performance.now() - started) / runs, runs };
}

const { dir, remove } = tempDir('hit-check');
try {
  const root = path.join(dir, 'files');
  const rels: string[] = [];
  for (let d = 0; d < FILES / PER_DIR; d++) {
    mkdirSync(path.join(root, `d${d}`), { recursive: true });
    rels.push(`d${d}`);
    for (let f = 0; f < PER_DIR; f++) {
      const rel = `d${d}/f${f}.txt`;
      writeFileSync(path.join(root, rel), `file ${d}/${f}\n`, { mode: 0o444 });
      rels.push(rel);
    }
  }
  const listing = await scanTree(root);
  const statsFile = path.join(dir, 'tree-stat');
  await writeTreeStats(statsFile, root, listing);
  const recorded = recordDigest(readFileSync(statsFile)); // what the receipt records
  const manifestFile = path.join(dir, 'manifest.json');
  await writeManifest(manifestFile, {
    schemaVersion: 1,
    id: 'bench',
    sha256: 'ab'.repeat(32),
    url: 'https://example.invalid/bench.tar.gz',
    installedAt: new Date().toISOString(),
    ...summarize(listing),
    files: listing,
  });
  const abs = [root, ...rels.map((r) => path.join(root, r))];

  const baseline = measure(() => {
    for (const p of abs) lstatSync(p);
  });
  const check = measure(() => {
    if (treeStatProblem(statsFile, root, recorded) !== undefined)
      throw new Error('the tree changed');
  });
  const manifest = measure(() => {
    JSON.parse(readFileSync(manifestFile, 'utf8'));
  });

  const per10k = (ms: number): string => ((ms * 10_000) / abs.length).toFixed(2);
  console.log(`hit check, ${FILES} files in ${FILES / PER_DIR} directories (${machine()})`);
  console.log(
    `metadata file ${lstatSync(statsFile).size} bytes; manifest ${lstatSync(manifestFile).size} bytes`,
  );
  console.log(
    `${'case'.padEnd(44)} ${'ms / 10k files'.padStart(15)} ${'× base'.padStart(7)} ${'runs'.padStart(6)}`,
  );
  for (const [label, r] of [
    ['baseline: lstatSync of every path', baseline],
    ['hit check: hash tree-stat, lstat dirs, compare', check],
    ['for scale: JSON.parse of the full manifest', manifest],
  ] as const) {
    console.log(
      `${label.padEnd(44)} ${per10k(r.msPerRun).padStart(15)} ${(r.msPerRun / baseline.msPerRun).toFixed(2).padStart(7)} ${String(r.runs).padStart(6)}`,
    );
  }
} finally {
  remove();
}
