import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // The default output, then every skipped suite and test with its reason (also written for `npm test`).
    reporters: ['default', './scripts/testing/skip-summary-reporter.mjs'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
