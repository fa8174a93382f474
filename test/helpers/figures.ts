// The adversarial suite's figures: every case appends one JSON line per state change (started,
// then passed, failed or skipped) to a file the global setup creates, and the global teardown
// prints one table at the end of the run. The setup names the file through vitest's provide (the
// workers read it with inject, see adversarial.ts) and the environment, so the test workers and
// the main process agree on it without any fixed path.
//
// Wired as the adversarial project's globalSetup in vitest.config.ts (this module's setup/teardown).
// No value import of 'vitest' here: a globalSetup module runs outside the test workers.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    adversarialFiguresFile: string;
  }
}

/** What one case measured; every one of these must be 0. */
export interface CaseFigures {
  /** Bytes of files that appeared (or changed) outside the cache root. */
  bytesOutside: number;
  /** Files, directories or links that appeared, changed or disappeared outside the cache root. */
  pathsOutside: number;
  /** Healthy toolchains no longer registered, no longer matching their manifest, or not running. */
  entriesLost: number;
  /** Toolchains with a live use whose tree disappeared. */
  inUseDeletions: number;
}

export type CaseStatus = 'started' | 'passed' | 'failed' | 'skipped';

export interface CaseRecord extends CaseFigures {
  group: string;
  name: string;
  status: CaseStatus;
  /** Why it was skipped, or how it failed. */
  detail?: string;
  ms: number;
}

export const zeroFigures = (): CaseFigures => ({
  bytesOutside: 0,
  pathsOutside: 0,
  entriesLost: 0,
  inUseDeletions: 0,
});

export const FIGURES_ENV = 'TC_ADVERSARIAL_FIGURES_FILE';

/**
 * Appends one record (one short line: appends of it from concurrent cases do not interleave) to
 * `file`, the path the setup provided (`inject('adversarialFiguresFile')` in a worker).
 */
export function recordCase(record: CaseRecord, file = process.env[FIGURES_ENV]): void {
  if (!file) {
    throw new Error(
      'No figures file: run the adversarial cases through their vitest project (npx vitest run --project adversarial).',
    );
  }
  appendFileSync(file, `${JSON.stringify(record)}\n`);
}

// ------------------------------------------------------------------------------- global setup

let file: string | undefined;
let dir: string | undefined;

export function setup(project: TestProject): void {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tc-figures-'));
  file = path.join(dir, 'figures.jsonl');
  project.provide('adversarialFiguresFile', file);
  process.env[FIGURES_ENV] = file;
}

export function teardown(): void {
  if (!file) return;
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // no case ran
  }
  rmSync(dir!, { recursive: true, force: true });
  console.log(`\n${formatTable(parseRecords(text))}\n`);
}

/** The last record of each case wins; a case that started and never ended (a timeout) failed. */
export function parseRecords(text: string): CaseRecord[] {
  const byCase = new Map<string, CaseRecord>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as CaseRecord;
    byCase.set(`${r.group}\0${r.name}`, r);
  }
  return [...byCase.values()].map((r) =>
    r.status === 'started'
      ? { ...r, status: 'failed', detail: 'did not finish (timed out or crashed)' }
      : r,
  );
}

export function formatTable(records: CaseRecord[]): string {
  const groups = [...new Set(records.map((r) => r.group))];
  type Row = { group: string; rows: CaseRecord[] };
  const rows: Row[] = groups.map((group) => ({
    group,
    rows: records.filter((r) => r.group === group),
  }));
  rows.push({ group: 'TOTAL', rows: records });
  const header = [
    'group',
    'cases tried',
    'passed',
    'failed',
    'skipped',
    'bytes written outside the root',
    'paths touched outside',
    'entries lost',
    'in-use deletions',
  ];
  const sum = (rs: CaseRecord[], k: keyof CaseFigures): number => rs.reduce((n, r) => n + r[k], 0);
  const table = rows.map(({ group, rows: rs }) => [
    group,
    String(rs.length),
    String(rs.filter((r) => r.status === 'passed').length),
    String(rs.filter((r) => r.status === 'failed').length),
    String(rs.filter((r) => r.status === 'skipped').length),
    String(sum(rs, 'bytesOutside')),
    String(sum(rs, 'pathsOutside')),
    String(sum(rs, 'entriesLost')),
    String(sum(rs, 'inUseDeletions')),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [
    'Adversarial suite: figures',
    line(header),
    rule,
    ...table.slice(0, -1).map(line),
    rule,
    line(table[table.length - 1]),
  ];
  const skipped = records.filter((r) => r.status === 'skipped');
  if (skipped.length) {
    out.push('', 'Cases that could not run here:');
    for (const r of skipped)
      out.push(`  - [${r.group}] ${r.name}: ${r.detail ?? 'no reason given'}`);
  }
  const failed = records.filter((r) => r.status === 'failed');
  if (failed.length) {
    out.push('', 'Failed cases:');
    for (const r of failed)
      out.push(`  - [${r.group}] ${r.name}: ${(r.detail ?? '').split('\n')[0]}`);
  }
  const bad = (['bytesOutside', 'entriesLost', 'inUseDeletions'] as const).filter(
    (k) => sum(records, k) > 0,
  );
  if (bad.length) out.push('', `INVARIANTS BROKEN: ${bad.join(', ')} must be 0.`);
  if (records.length === 0) out.push('', 'No case recorded any figure.');
  return out.join('\n');
}
