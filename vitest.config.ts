import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs the logic in milliseconds; `site` builds the real
 * site once (tests/support/global-build.ts) and checks dist/, the Pagefind
 * index, the CMS and the pages in Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some unit tests encode images with sharp: on a busy 2-core runner 5 s is not enough.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // One browser-heavy file at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
