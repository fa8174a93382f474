// The job summary through our step summary (src/action/step-summary.ts, byte-for-byte
// @actions/core's; GITHUB_STEP_SUMMARY points at a temp file).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { summary } from '../src/action/step-summary.js';
import { writeJobSummary, type SummaryInput } from '../src/action/summary.js';
import type { GcReport } from '../src/core/gc.js';
import { gcReportHtml, gcReportModel, gcReportText } from '../src/core/gc-report.js';
import type { ResolvedToolchain } from '../src/core/installer.js';
import { namespaceStats } from '../src/core/stats.js';

/** GitHub's limit for one step's summary, stated here rather than taken from the code under test. */
const GITHUB_SUMMARY_LIMIT = 1024 * 1024;

let dir: string;
let file: string;
const savedEnv = process.env.GITHUB_STEP_SUMMARY;

// The summary remembers the file it first wrote to: one file for the whole suite, emptied per test.
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tcache-summary-'));
  file = path.join(dir, 'step-summary.md');
  process.env.GITHUB_STEP_SUMMARY = file;
});
beforeEach(async () => {
  await fs.writeFile(file, '');
  summary.emptyBuffer();
});
afterEach(() => {
  summary.emptyBuffer();
});
afterAll(async () => {
  if (savedEnv === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  else process.env.GITHUB_STEP_SUMMARY = savedEnv;
  await fs.rm(dir, { recursive: true, force: true });
});

const toolchain = (
  id: string,
  source: ResolvedToolchain['source'],
  extra: Partial<ResolvedToolchain> = {},
): ResolvedToolchain => ({
  id,
  sha256: 'a'.repeat(64),
  path: `/cache/toolchains/${id}/files`,
  binDirs: [],
  source,
  waitMs: 0,
  installMs: 0,
  downloadedBytes: 0,
  sizeBytes: 1024 * 1024,
  ...extra,
});

const gcReport = (extra: Partial<GcReport> = {}): GcReport => ({
  dryRun: false,
  removed: [],
  freedBytes: 0,
  skippedInUse: [],
  reclaimedUses: 0,
  trashCleaned: 0,
  totalBytesBefore: 0,
  totalBytesAfter: 0,
  errors: [],
  notes: [],
  ...extra,
});

const counters = {
  jobs: 4,
  localHits: 3,
  peerWaits: 1,
  remoteRestores: 0,
  downloads: 0,
  bytesDownloaded: 0,
  bytesServed: 5 * 1024 * 1024,
  waitMs: 2500,
  updatedAt: new Date().toISOString(),
};

async function render(input: SummaryInput): Promise<string> {
  const size = await writeJobSummary(input);
  const text = await fs.readFile(file, 'utf8');
  expect(Buffer.byteLength(text)).toBe(size);
  return text;
}

describe('job summary', () => {
  it("renders this job's toolchains, the cache totals, the repository's hit rate and the GC report", async () => {
    const text = await render({
      results: [
        toolchain('gcc-13', 'local', { installMs: 30 }),
        toolchain('llvm-17', 'peer', { waitMs: 4200 }),
        toolchain('go-1.22', 'download', { installMs: 12_300, sizeBytes: 200 * 1024 * 1024 }),
      ],
      repository: 'octo/repo',
      repositoryStats: namespaceStats(counters),
      cache: {
        entries: 7,
        totalBytes: 3 * 1024 ** 3,
        inUse: 2,
        unused: 5,
        freeBytes: 50 * 1024 ** 3,
      },
      gc: gcReport({
        removed: [
          { id: 'old-a', sizeBytes: 1024, lastUsedAt: '2024-01-01T00:00:00Z' },
          { id: 'old-b', sizeBytes: 2048, lastUsedAt: '2024-01-02T00:00:00Z' },
        ],
        freedBytes: 3072,
        skippedInUse: ['gcc-13'],
        boundsUnmet: 'The cache holds 3.0 GiB, above max-size 1.0 GiB: ...',
      }),
    });
    expect(text).toContain('<h3>toolchain-cache</h3>');
    expect(text).toMatch(
      /<th>Toolchain<\/th><th>Source<\/th><th>Wait<\/th><th>Install<\/th><th>Size<\/th>/,
    );
    expect(text).toContain(
      '<tr><td>llvm-17</td><td>peer</td><td>4.2 s</td><td>–</td><td>1.0 MiB</td></tr>',
    );
    expect(text).toContain(
      '<tr><td>go-1.22</td><td>download</td><td>–</td><td>12.3 s</td><td>200.0 MiB</td></tr>',
    );
    expect(text).toContain('7 toolchain(s), 3.0 GiB; 2 in use, 5 unused; free disk: 50.0 GiB');
    // A peer wait is a hit of the host cache: 4 of 4.
    expect(text).toContain('octo/repo:</strong> hit rate 100.0%');
    expect(text).toContain(
      "(found on this host: 3 at once, 1 after waiting for another job's install; not on this host: 0 from a remote cache, 0 downloaded)",
    );
    // A local hit installed nothing: "–" in Install, as in Wait.
    expect(text).toContain(
      '<tr><td>gcc-13</td><td>local</td><td>–</td><td>–</td><td>1.0 MiB</td></tr>',
    );
    expect(text).toContain(
      'Removed 2 toolchain(s), freed 3.0 KiB: <code>old-a</code>, <code>old-b</code>',
    );
    expect(text).toContain('Skipped because in use: <code>gcc-13</code>');
    expect(text).toContain('Size bound not met');
  });

  it('names the cache root in use and who chose it', async () => {
    const text = await render({
      results: [],
      cacheRoot: { path: '/opt/toolchain-cache', from: 'TOOLCHAIN_CACHE_ROOT' },
      cache: { entries: 1, totalBytes: 1024, inUse: 0, unused: 1, freeBytes: null },
    });
    expect(text).toContain(
      '<strong>Cache <code>/opt/toolchain-cache</code> (from TOOLCHAIN_CACHE_ROOT):</strong> 1 toolchain(s)',
    );
    await fs.writeFile(file, '');
    // Named even when the figures could not be read.
    expect(await render({ results: [], cacheRoot: { path: '/r' } })).toContain(
      '<strong>Cache <code>/r</code>:</strong> its figures could not be read.',
    );
  });

  it('says when GC was skipped because another GC was running, or was disabled, or failed', async () => {
    expect(
      await render({ results: [], gc: gcReport({ skipped: 'another-gc-running' }) }),
    ).toContain('GC skipped: another GC is running');
    await fs.writeFile(file, '');
    expect(await render({ results: [], gcDisabled: true })).toContain('disabled (cleanup: false)');
    await fs.writeFile(file, '');
    const failed = await render({ results: [], gcError: 'lock <lost>', mainError: 'bad & worse' });
    expect(failed).toContain('GC failed:</strong> lock &lt;lost&gt;');
    expect(failed).toContain('The main step failed: bad &amp; worse');
  });

  it('stays under 1 MiB with 5 000 toolchains, 5 000 removed and 5 000 skipped, with notes', async () => {
    const ids = Array.from(
      { length: 5000 },
      (_, i) => `toolchain-with-a-rather-long-name-${String(i).padStart(5, '0')}`,
    );
    const text = await render({
      results: ids.map((id) => toolchain(id, 'local')),
      repository: 'octo/repo',
      repositoryStats: namespaceStats(counters),
      cache: { entries: 10_000, totalBytes: 1e12, inUse: 5000, unused: 5000, freeBytes: null },
      gc: gcReport({
        removed: ids.map((id) => ({
          id: `gone-${id}`,
          sizeBytes: 1,
          lastUsedAt: '2024-01-01T00:00:00Z',
        })),
        freedBytes: 5000,
        skippedInUse: ids,
        errors: ids.map((id) => `${id}: not removed: EBUSY`),
      }),
    });
    const bytes = Buffer.byteLength(text);
    expect(bytes).toBeLessThan(GITHUB_SUMMARY_LIMIT);
    expect(text).toContain('Showing 200 of 5000 toolchains');
    expect(text).toContain('and 4900 more');
    expect(text).toContain('and 4980 more problem(s)');
    expect(text).toContain('Removed 5000 toolchain(s)');
    expect(text).toContain('free disk: unknown');
    // A representative cut: the first rows are there, the last ones are not.
    expect(text).toContain(`<td>${ids[0]}</td>`);
    expect(text).not.toContain(`<td>${ids[4999]}</td>`);
  });

  const huge = (what: string): string => `${what} <${'x'.repeat(1.5 * GITHUB_SUMMARY_LIMIT)}>`;
  it.each<[string, Partial<SummaryInput>]>([
    ['a huge main-step error', { mainError: huge('main failed') }],
    ['a huge GC error', { gcError: huge('gc failed') }],
    [
      'GC problems that add up to more than 1 MiB',
      {
        gc: gcReport({
          errors: Array.from({ length: 20 }, (_, i) => `e${i} ${'y'.repeat(60_000)}`),
        }),
      },
    ],
    ['a huge size-bound note', { gc: gcReport({ boundsUnmet: huge('bound') }) }],
  ])(
    'content over 1 MiB (%s) falls back to a short summary that points at the log',
    async (_n, extra) => {
      const results = [toolchain('gcc-13', 'local'), toolchain('llvm-17', 'download')];
      const text = await render({ results, repository: 'octo/repo', ...extra });
      expect(Buffer.byteLength(text)).toBeLessThan(GITHUB_SUMMARY_LIMIT);
      expect(text).toContain('<h3>toolchain-cache</h3>');
      const full =
        /2 toolchain\(s\); the full summary \((\d+) bytes\) exceeded GitHub's 1 MiB limit/.exec(
          text,
        );
      expect(full, text).not.toBeNull();
      // The content fed really was over the limit (the fallback is not taken for a small summary).
      expect(Number(full![1])).toBeGreaterThan(GITHUB_SUMMARY_LIMIT);
      expect(text).toContain("see the post step's log");
      expect(text).not.toContain('xxxxxxxxxx');
      expect(text).not.toContain('yyyyyyyyyy');
    },
  );
});

// The job summary and the post step's log (and the CLI) render one model of the GC report: every
// fact one of them states, the other states too (the summary only cuts long lists).
describe('the GC report: one model, rendered as text and as HTML', () => {
  const plain = (html: string): string =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const removedLine = (e: { id: string }): string => `  removed-entry ${e.id}`;
  const reports: Array<[string, GcReport]> = [
    ['nothing to do', gcReport()],
    [
      'throttled',
      gcReport({ skipped: 'throttled', skippedDetail: 'this host ran a full GC at T' }),
    ],
    [
      'another GC running',
      gcReport({ skipped: 'another-gc-running', skippedDetail: 'the GC lock is held by job <x>' }),
    ],
    [
      'a GC that removed, skipped, reclaimed and cleaned, with a note and problems',
      gcReport({
        removed: [
          { id: 'old-a', sizeBytes: 1024, lastUsedAt: '2024-01-01T00:00:00Z' },
          { id: 'old-b', sizeBytes: 2048, lastUsedAt: '2024-01-02T00:00:00Z' },
        ],
        freedBytes: 3072,
        skippedInUse: ['busy-1', 'busy-2'],
        boundsUnmet: 'The cache holds 3.0 GiB, above max-size 1.0 GiB: in use & kept',
        reclaimedUses: 3,
        trashCleaned: 2,
        totalBytesBefore: 5 * 1024 ** 3,
        totalBytesAfter: 4 * 1024 ** 3,
        notes: ['a note about <things>'],
        errors: ['old-c: not removed: EBUSY'],
      }),
    ],
    [
      'a dry run',
      gcReport({
        dryRun: true,
        removed: [{ id: 'old-a', sizeBytes: 1024, lastUsedAt: '2024-01-01T00:00:00Z' }],
        freedBytes: 1024,
        reclaimedUses: 1,
      }),
    ],
  ];

  it.each(reports)('%s: the summary states what the log states', (_name, report) => {
    const model = gcReportModel(report);
    const { lines, errors } = gcReportText(model, (removed) => removed.map(removedLine));
    const html = plain(gcReportHtml(model)).toLowerCase();
    for (const line of lines) {
      const removed = report.removed.find((e) => line === removedLine(e));
      // A fact is what follows its label ("Cache: 5.0 GiB → …"); the label itself may be worded
      // for prose in the summary. Removed entries are named by their id.
      const fact = removed ? removed.id : line.slice(line.indexOf(': ') + 2).replace(/[.:]$/, '');
      expect(html, `the summary lacks "${fact}" (log line "${line}")`).toContain(
        fact.toLowerCase(),
      );
    }
    for (const e of errors) expect(html).toContain(`problem: ${e.toLowerCase()}`);
    for (const row of model.rows) {
      expect(lines.some((l) => l.startsWith(`${row.label}: `))).toBe(true);
      expect(html).toContain(`${(row.summaryLabel ?? row.label).toLowerCase()}: `);
    }
  });

  it('the log and the CLI keep their wording; the summary caps its lists and says where the rest is', () => {
    const ids = Array.from({ length: 150 }, (_, i) => `t-${i}`);
    const model = gcReportModel(
      gcReport({ skippedInUse: ids, notes: ids.map((id) => `note ${id}`) }),
    );
    const { lines } = gcReportText(model, () => []);
    expect(lines).toContain(`Skipped (in use): ${ids.join(', ')}`);
    expect(lines.filter((l) => l.startsWith('note '))).toHaveLength(150);
    const html = gcReportHtml(model);
    expect(html).toContain('<li>Nothing removed.</li>');
    expect(html).toContain("<code>t-99</code> … and 50 more (listed in the post step's log)");
    expect(html).not.toContain('<code>t-100</code>');
    expect(html).toContain("… and 130 more note(s) (see the post step's log).");
    expect(gcReportText(gcReportModel(gcReport({ skipped: 'throttled' })), () => []).lines).toEqual(
      ['GC not due: this host cleaned up recently.'],
    );
  });
});
