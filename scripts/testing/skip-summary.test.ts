import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations (run by node before any build)
import { formatSkips, playwrightSkips } from './skip-summary.mjs';

interface Group {
  file: string;
  name: string;
  tests: number;
  reason: string | null;
}
const format = formatSkips as (label: string, groups: Group[]) => string;
const fromPlaywright = playwrightSkips as (report: unknown) => Group[];

describe('skip summary', () => {
  it('says so when nothing was skipped', () => {
    expect(format('Unit tests', [])).toBe('Unit tests: nothing skipped.');
  });

  it('lists each skipped group with its test count and reason, and flags a missing reason', () => {
    const text = format('Unit tests', [
      {
        file: 'src/a.test.ts',
        name: 'real CVs',
        tests: 3,
        reason: 'needs ../shared/fixtures/resumes, which is not on this machine',
      },
      { file: 'src/b.test.ts', name: 'one case', tests: 1, reason: null },
    ]);
    expect(text).toContain('Unit tests: 4 tests skipped, in 2 groups:');
    expect(text).toContain('src/a.test.ts > real CVs (3 tests)\n      why: needs ../shared/fixtures/resumes');
    expect(text).toContain('src/b.test.ts > one case\n      why: no reason given');
  });

  it("groups Playwright's skipped tests by project, file and reason, reading runtime skip annotations", () => {
    const report = {
      suites: [
        {
          file: 'jobs.spec.ts',
          specs: [
            {
              title: 'captures a job',
              file: 'jobs.spec.ts',
              tests: [
                { projectName: 'bridge', status: 'expected', annotations: [] },
                {
                  projectName: 'electron',
                  status: 'skipped',
                  annotations: [{ type: 'skip', description: 'No Electron binary' }],
                },
              ],
            },
            {
              title: 'edits a job',
              file: 'jobs.spec.ts',
              tests: [
                {
                  projectName: 'electron',
                  status: 'skipped',
                  annotations: [],
                  results: [{ annotations: [{ type: 'skip', description: 'No Electron binary' }] }],
                },
              ],
            },
          ],
          suites: [
            {
              specs: [
                {
                  title: 'imports a PDF',
                  file: 'jobs.spec.ts',
                  tests: [{ projectName: 'bridge', status: 'skipped', annotations: [] }],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(fromPlaywright(report)).toEqual([
      {
        file: 'e2e/jobs.spec.ts',
        name: '[electron] captures a job and 1 more',
        tests: 2,
        reason: 'No Electron binary',
      },
      { file: 'e2e/jobs.spec.ts', name: '[bridge] imports a PDF', tests: 1, reason: null },
    ]);
  });
});
