import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build-output suite runs `astro build` once; give it room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 300_000,
  },
});
