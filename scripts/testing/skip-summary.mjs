// The skip summary printed at the end of `npm test`: every suite and test that did not run, and why.
import { existsSync, readFileSync } from 'node:fs';

/** @typedef {{ file: string; name: string; tests: number; reason: string | null }} SkippedGroup */

/**
 * @param {string} label
 * @param {SkippedGroup[]} groups
 */
export function formatSkips(label, groups) {
  if (groups.length === 0) return `${label}: nothing skipped.`;
  const total = groups.reduce((n, g) => n + g.tests, 0);
  const lines = [
    `${label}: ${total} test${total === 1 ? '' : 's'} skipped, in ${groups.length} group${groups.length === 1 ? '' : 's'}:`,
  ];
  for (const g of groups) {
    const count = g.tests === 1 ? '' : ` (${g.tests} tests)`;
    lines.push(
      `  - ${g.file} > ${g.name}${count}\n      why: ${g.reason ?? 'no reason given (give one with skipUnless(reason), src/main/core/testing/skip-unless.ts)'}`,
    );
  }
  return lines.join('\n');
}

/**
 * Skipped tests from Playwright's JSON report, one group per project, file and reason.
 * @param {any} report
 * @returns {SkippedGroup[]}
 */
export function playwrightSkips(report) {
  /** @type {Map<string, SkippedGroup & { titles: string[] }>} */
  const groups = new Map();
  /** @param {any} suite */
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        const notes = [...(test.annotations ?? []), ...(test.results ?? []).flatMap((r) => r.annotations ?? [])];
        const reason = notes.find((a) => a.type === 'skip' && a.description)?.description ?? null;
        const file = `e2e/${spec.file ?? suite.file}`;
        const key = `${test.projectName}\u0000${file}\u0000${reason}`;
        const group = groups.get(key) ?? { file, name: `[${test.projectName}]`, tests: 0, reason, titles: [] };
        group.titles.push(spec.title);
        group.tests++;
        groups.set(key, group);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return [...groups.values()].map(({ titles, ...g }) => ({
    ...g,
    name: `${g.name} ${titles[0]}${titles.length > 1 ? ` and ${titles.length - 1} more` : ''}`,
  }));
}

/** @param {string} file */
export function readJson(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
