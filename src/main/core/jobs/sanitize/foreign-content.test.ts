import { describe, expect, it } from 'vitest';
import { sanitizeHtmlFragment } from './sanitize-html';
import { describeReport } from './sanitize-report';

describe('content that does not belong to the posting', () => {
  it("removes other-jobs sections, the user's profile and unfilled placeholders, and counts each", () => {
    const { text, report } =
      sanitizeHtmlFragment(`<p>Build data pipelines as a {contract_type} hire in {{city}}, paid %SALARY%.</p>
<h2>Ähnliche Jobs</h2><ul><li>Lagerleiter – 99.999 €</li></ul><h2>Über uns</h2><p>Wir sind klein.</p>
<h3>How you match</h3><p>Jordan Saver · Staff Accountant</p>`);
    expect(text).toContain('Build data pipelines as a hire in, paid.');
    expect(text).toContain('Wir sind klein.');
    expect(text).not.toMatch(/Lagerleiter|Jordan|\{|%SALARY%/);
    expect(report).toMatchObject({ foreignSections: 2, placeholders: 3 });
    const log = describeReport(report)
      .map((l) => l.message)
      .join('\n');
    expect(log).toMatch(
      /Removed 2 sections that did not belong to this posting \(other jobs, the saving user's profile\)/,
    );
    expect(log).toMatch(/Removed 3 unfilled template placeholders \(\{contract_type\}, \{\{city\}\}, %SALARY%\)/);
  });

  it('leaves real braces and percentages alone', () => {
    const { text, report } = sanitizeHtmlFragment('<p>We write code like if (a) { b(); } and give 100% effort.</p>');
    expect(text).toContain('{ b(); }');
    expect(report.placeholders).toBe(0);
  });
});
