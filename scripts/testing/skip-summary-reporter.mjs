// Vitest reporter: after the run, lists every skipped suite and test with its reason (from
// skipUnless(reason), src/main/core/testing/skip-unless.ts, or ctx.skip(note)), and writes the list
// for the summary at the end of `npm test` (scripts/run-tests.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatSkips } from './skip-summary.mjs';

/** Where the list of skipped unit tests is written. */
export const UNIT_SKIPS_FILE = path.resolve(import.meta.dirname, '../../test-results/skipped-unit.json');

/**
 * The reason a test was skipped, and the outermost skipped suite (or the test) that names the group.
 * @param {import('vitest/node').TestCase} test
 */
function reasonOf(test) {
  /** @type {import('vitest/node').TestCase | import('vitest/node').TestSuite} */
  let where = test;
  let suiteReason = null;
  for (let parent = test.parent; parent.type === 'suite'; parent = parent.parent) {
    suiteReason ??= parent.meta().skipReason ?? null;
    if (parent.options.mode === 'skip' || parent.options.mode === 'todo') where = parent;
  }
  const result = test.result();
  const note = result.state === 'skipped' ? result.note : undefined;
  return { reason: note ?? test.meta().skipReason ?? suiteReason, where };
}

/** @implements {import('vitest/node').Reporter} */
export default class SkipSummaryReporter {
  /** @param {ReadonlyArray<import('vitest/node').TestModule>} modules */
  onTestRunEnd(modules) {
    /** @type {Map<string, import('./skip-summary.mjs').SkippedGroup>} */
    const groups = new Map();
    for (const module of modules) {
      for (const test of module.children.allTests('skipped')) {
        const { reason, where } = reasonOf(test);
        const key = `${module.relativeModuleId}\u0000${where.fullName}`;
        const group = groups.get(key) ?? { file: module.relativeModuleId, name: where.fullName, tests: 0, reason };
        group.tests++;
        groups.set(key, group);
      }
    }
    const skipped = [...groups.values()];
    mkdirSync(path.dirname(UNIT_SKIPS_FILE), { recursive: true });
    writeFileSync(UNIT_SKIPS_FILE, `${JSON.stringify(skipped, null, 2)}\n`);
    process.stdout.write(`\n${formatSkips('Unit tests', skipped)}\n`);
  }
}
