import { defineConfig } from 'vitest/config';

// Many tests run real child processes against one machine's 2 cores: files run one at a time.
export default defineConfig({
  test: {
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'adversarial',
          include: ['test/adversarial/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          // A private copy of the bundles for the run; each case's figures, and the table at the end.
          globalSetup: ['test/helpers/adversarial-bundles.ts', 'test/helpers/figures.ts'],
        },
      },
    ],
  },
});
