import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/security/**/*.test.ts', 'tests/workflows/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Each suite runs `astro build` in the project root; one at a time, so they never share .astro/.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          // Builds the fixture archive once and serves it with `astro preview` for every browser test.
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Chromium at a time: two cores, and the build project may be running `astro build` beside it.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
