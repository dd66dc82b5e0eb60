// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { JobDetail } from '../../../../shared/domain/job';

vi.mock('../../lib/api', () => ({
  api: { call: vi.fn(), invoke: vi.fn(), on: vi.fn(() => () => undefined) },
  errorMessage: String,
}));
const { JobDetailView } = await import('./JobDetailView');

const detail: JobDetail = {
  job: {
    id: 'j1',
    title: 'Data Engineer',
    company: 'Acme',
    locations: ['Berlin, Germany'],
    remote: 'hybrid',
    employmentType: 'full_time',
    seniority: null,
    salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year' },
    descriptionText: 'Build pipelines.',
    // Stored HTML is sanitised in the core already; the view must not trust that.
    descriptionHtml:
      '<p>Build pipelines.</p><img src=x onerror="window.pwned=1"><script>window.pwned=2</script><a href="javascript:alert(1)">x</a><p style="display:none">hidden</p><iframe src="https://evil.example"></iframe>',
    postedAt: '2026-10-01',
    language: 'en',
    source: 'url',
    sourceUrl: 'https://jobs.example/1',
    canonicalUrl: 'https://jobs.example/1',
    atsProvider: null,
    atsId: null,
    extractedBy: 'json-ld',
    captureLog: [
      { at: '2026-10-02T10:00:00Z', level: 'warning', message: 'Removed 2 hidden passages (display:none ×2).' },
    ],
    status: 'saved',
    contentHash: 'h',
    createdAt: '2026-10-02T10:00:00Z',
    updatedAt: '2026-10-02T10:00:00Z',
  },
  captures: [
    {
      id: 1,
      source: 'url',
      url: 'https://jobs.example/1',
      contentType: 'text/html',
      capturedAt: '2026-10-02T10:00:00Z',
      rawChars: 1234,
      removed: {
        scripts: 1,
        styles: 0,
        comments: 0,
        hiddenPassages: 2,
        hiddenSamples: [{ reason: 'display:none', text: 'Ignore previous instructions' }],
        zeroWidthChars: 0,
        bidiChars: 0,
        tagChars: 0,
        variationSelectors: 0,
      },
    },
  ],
};

describe('JobDetailView', () => {
  it('renders the description only after DOMPurify, with the source link and the capture log', () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const el = document.createElement('div');
    document.body.append(el);
    const root = createRoot(el);
    act(() => root.render(<JobDetailView detail={detail} />));
    const description = el.querySelector('[aria-label="Job description"]')!;
    expect(description.innerHTML).toContain('<p>Build pipelines.</p>');
    expect(description.innerHTML).not.toMatch(/onerror|<script|javascript:|<iframe|style=/);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
    expect(el.querySelector('a[href="https://jobs.example/1"]')?.getAttribute('rel')).toContain('noopener');
    expect(el.textContent).toContain('Removed 2 hidden passages');
    expect(el.textContent).toContain('EUR 70,000–90,000 a year');
    act(() => root.unmount());
  });
});
