import { defineConfig } from '@playwright/test';
import type { Transport } from './e2e/fixtures';

/**
 * e2e: the built renderer against the real core. Project `bridge` drives Debian Chromium over the
 * loopback bridge (runs everywhere); project `electron` launches the real app and skips, saying why,
 * where no Electron binary is installed.
 */
export default defineConfig<object, { transport: Transport }>({
  testDir: 'e2e',
  outputDir: 'e2e-output/test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // results.json feeds the skip summary at the end of `npm test` (scripts/run-tests.mjs).
  reporter: [['list'], ['json', { outputFile: 'e2e-output/results.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'bridge', use: { transport: 'bridge' } },
    { name: 'electron', use: { transport: 'electron' } },
  ],
});
