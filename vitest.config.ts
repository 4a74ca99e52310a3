import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/fast-check.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // bin/govpages.mjs spawned by a test runs src/, never a lib/ compiled from older sources.
    env: { GOVPAGES_FROM_SOURCE: '1' },
  },
});
