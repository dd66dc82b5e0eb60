import { describe, expect, it } from 'vitest';
import { parsePage } from '../sanitize/page-dom';
import { buildPage } from '../testing/job-page-builder';
import { SITE_CLASSES } from '../testing/site-page-builder';
import { extractBySite, siteRuleFor } from './site-extractors';

/** Each site rule on a page in its layout, built here, read by the rule alone. */
describe('site rules', () => {
  for (const cls of SITE_CLASSES) {
    const name = cls.replace('site:', '');
    it(`${name}: recognised by address and by layout, and reads title, company, location and description`, () => {
      for (const lang of ['en', 'fi', 'ja'] as const) {
        const page = buildPage(cls, lang, 3);
        expect(siteRuleFor(page.url)).toBe(name);
        expect(siteRuleFor(null, page.html)).toBe(name);
        const found = extractBySite(parsePage(page.html), page.url, name);
        expect(found?.fields.title).toBe(page.expected.title);
        expect(found?.fields.company).toBe(page.expected.company);
        expect(found?.fields.locations?.[0]).toContain(page.expected.location);
        expect(found?.fields.descriptionHtml).toContain(page.expected.descriptionIncludes.slice(0, 12));
        if (['seek', 'indeed'].includes(name)) expect(found?.fields.salary).toEqual(page.expected.salary);
      }
    });
  }

  it('returns nothing for an unknown site', () => {
    expect(siteRuleFor('https://example.org/jobs/1', '<h1>Job</h1>')).toBeNull();
    expect(extractBySite(parsePage('<h1>x</h1>'), null, null)).toBeNull();
  });
});
