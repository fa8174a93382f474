import { defineConfig } from 'vitest/config';

// Files that only work in-process (parsing, rendering, extraction, a loopback HTTP server in the
// test process) run in parallel; everything that starts real child processes for concurrency runs
// one file at a time, after them, so its timing-sensitive races are not starved by the others.
// A new test file lands in the serial project unless it is listed here.
const IN_PROCESS = [
  'test/spec.test.ts',
  'test/summary.test.ts',
  'test/download.test.ts',
  'test/extract.test.ts',
  'test/chunk-code-cache.test.ts',
  'test/vendors-version.test.ts',
  'test/vendors-platform.test.ts',
  'test/vendors-registry.test.ts',
  'test/vendors-node.test.ts',
  'test/vendors-go.test.ts',
  'test/vendors-zig.test.ts',
  'test/vendor-origin.test.ts',
  'test/vendors-python.test.ts',
  'test/vendors-temurin.test.ts',

  'test/release-files.test.ts',
];

// Every project: the job directories a test file made are removed after it (test/helpers/job-dirs.ts).
const setupFiles = ['test/helpers/job-dirs.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: IN_PROCESS,
          setupFiles,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'unit-procs',
          include: ['test/*.test.ts'],
          setupFiles,
          exclude: IN_PROCESS,
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles,
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 180_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 2 },
        },
      },
      {
        test: {
          name: 'adversarial',
          include: ['test/adversarial/**/*.test.ts'],
          setupFiles,
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 300_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 3 },
          // A private copy of the bundles for the run; each case's figures, and the table at the end.
          globalSetup: ['test/helpers/adversarial-bundles.ts', 'test/helpers/figures.ts'],
        },
      },
    ],
  },
});
