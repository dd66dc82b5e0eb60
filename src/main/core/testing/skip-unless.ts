import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestOptions } from 'vitest';

declare module '@vitest/runner' {
  interface TaskMeta {
    /** Why this suite or test did not run here; printed in the skip summary at the end of `npm test`. */
    skipReason?: string;
  }
}

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

/**
 * Options for `describe(name, options, fn)` / `it(name, options, fn)`: skip when `reason` is a string,
 * and carry the reason to the skip summary (scripts/testing/skip-summary-reporter.mjs). Run when null.
 */
export function skipUnless(reason: string | null): TestOptions {
  return reason ? { skip: true, meta: { skipReason: reason } } : {};
}

/** Null when every file exists; else why a test needing them cannot run here. */
export function missingFiles(...files: string[]): string | null {
  const missing = files.find((file) => !existsSync(file));
  if (!missing) return null;
  const relative = path.relative(repoRoot, missing);
  return `needs ${relative.startsWith('../..') ? missing : relative}, which is not on this machine`;
}
