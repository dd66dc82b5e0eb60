import { describe, expect, it } from 'vitest';
import { captureFromHtml } from '../capture/capture-sources';
import { buildPage, PAGE_CLASSES, type PageClass } from '../testing/job-page-builder';
import { LANGS } from '../testing/job-languages.fixture';
import { scoreDraft, SCORED_FIELDS } from '../testing/score-capture';
import { REVIEW_THRESHOLD } from './field-evidence';

/** Every class of page, in every language, built here: a fresh clone tests real behaviour. */

const TITLE_SOURCE: Partial<Record<PageClass, string>> = {
  'json-ld': 'json-ld',
  'json-ld-wrapped': 'json-ld',
  'json-ld-conflict': 'json-ld',
  'embedded-next': 'embedded-json',
  'embedded-state': 'embedded-json',
  'embedded-voyager': 'embedded-json',
  microdata: 'microdata',
  plain: 'visible-text',
  'logged-in': 'visible-text',
  'site:lever': 'site-rule',
  'site:indeed': 'site-rule',
};

describe('capture of built pages, per class and language', () => {
  for (const cls of PAGE_CLASSES) {
    it(`reads every field of ${cls} pages in ${LANGS.length} languages`, () => {
      const wrong: string[] = [];
      for (const lang of LANGS) {
        const page = buildPage(cls, lang, 1);
        const capture = captureFromHtml(page.html, page.url, 'url');
        const score = scoreDraft(capture.draft, page.expected);
        for (const f of SCORED_FIELDS)
          if (!score[f].ok)
            wrong.push(`${page.id} ${f}: ${JSON.stringify(score[f].got)} ≠ ${JSON.stringify(score[f].want)}`);
        const source = TITLE_SOURCE[cls];
        if (source && capture.evidence?.title?.source !== source)
          wrong.push(`${page.id} title source ${capture.evidence?.title?.source} ≠ ${source}`);
        const salary = capture.draft.salary;
        if (salary && salary.min !== null && salary.max !== null && salary.min > salary.max)
          wrong.push(`${page.id} impossible salary`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('says why it overrode contradicting JSON-LD, and flags a dropped salary for review', () => {
    const odd = captureFromHtml(buildPage('json-ld-conflict', 'fr', 1).html, null, 'url');
    expect(odd.evidence?.remote?.note).toMatch(/page says hybrid; its structured data said remote/);
    expect(odd.evidence?.salary?.note).toMatch(/impossible; the page's own figure is used/);
    expect(odd.evidence?.title?.note).toMatch(/employer's name was taken out/);
    const word = captureFromHtml(buildPage('json-ld-conflict', 'fr', 2).html, null, 'url');
    expect(word.draft.salary).toBeNull();
  });

  it('names the employer, not the job board, and flags the guess when only the page title says it', () => {
    for (const seed of [1, 2, 3, 4]) {
      const page = buildPage('aggregator', 'en', seed);
      const capture = captureFromHtml(page.html, page.url, 'url');
      expect(capture.draft.company).toBe(page.expected.company);
      expect(capture.evidence?.company?.source).toBe('visible-text');
    }
    const careers = captureFromHtml(
      '<html><head><title>Data Engineer – Northwind Analytics – Careers</title></head><body><h1>Data Engineer</h1><p>' +
        'You will build pipelines. '.repeat(20) +
        '</p></body></html>',
      null,
      'url',
    );
    expect(careers.draft).toMatchObject({ title: 'Data Engineer', company: 'Northwind Analytics' });
    expect(careers.evidence?.company?.confidence).toBeLessThan(REVIEW_THRESHOLD);
    expect(careers.uncertain).toContain('company');
  });

  it("keeps a location's structured parts beside the printed form", () => {
    const page = buildPage('json-ld', 'pt', 1);
    const capture = captureFromHtml(page.html, page.url, 'url');
    expect(capture.draft.locations[0]).toBe(page.expected.location);
    expect(capture.locationParts?.[0]).toMatchObject({
      locality: expect.any(String),
      postalCode: expect.any(String),
      country: 'Portugal',
    });
  });

  it('reports the removed placeholder, profile and rails honestly', () => {
    const capture = captureFromHtml(
      buildPage('logged-in', 'de', 1).html,
      'https://www.linkedin.com/jobs/view/1',
      'url',
    );
    expect(capture.report.placeholders).toBe(1);
    expect(capture.report.zeroWidthChars).toBeGreaterThanOrEqual(2);
    expect(capture.report.foreignSections).toBeGreaterThanOrEqual(1);
    const log = capture.draft.captureLog.map((e) => e.message).join('\n');
    expect(log).toMatch(/Removed 1 unfilled template placeholder \(\{contract_type\}\)/);
    expect(log).toMatch(/did not belong to this posting/);
  });
});
