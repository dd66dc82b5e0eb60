// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { CapturePreview } from '../../../../shared/domain/job';
import { CaptureEvidenceList, evidenceHint, fieldLabel, isUnsure } from './CaptureEvidence';

const preview = {
  draft: {} as CapturePreview['draft'],
  uncertain: ['company'],
  duplicateOf: null,
  locationParts: [],
  evidence: {
    title: { source: 'json-ld', confidence: 0.9, note: "The employer's name was taken out of the title." },
    company: { source: 'visible-text', confidence: 0.65, note: 'Taken from the page title or site name.' },
    remote: {
      source: 'visible-text',
      confidence: 0.75,
      note: 'The page says hybrid; its structured data said remote.',
    },
    salary: {
      source: 'json-ld',
      confidence: 0.3,
      note: 'The structured salary (90000–9000) is impossible and was dropped.',
    },
  },
} satisfies CapturePreview;

describe('capture evidence in the preview', () => {
  it('says where each field came from and how sure, and marks the unsure ones', () => {
    expect(evidenceHint(preview, 'title')).toBe(
      "From structured data (JSON-LD), 90% sure. The employer's name was taken out of the title.",
    );
    expect(isUnsure(preview, 'title')).toBe(false);
    expect(isUnsure(preview, 'company')).toBe(true);
    expect(evidenceHint(preview, 'company')).toMatch(/65% sure.*Please check\.$/);

    const host = document.createElement('div');
    act(() =>
      createRoot(host).render(
        <CaptureEvidenceList preview={preview} fields={['remote', 'employmentType', 'salary']} />,
      ),
    );
    const items = [...host.querySelectorAll('li')];
    expect(items.map((li) => li.textContent)).toEqual([
      "Work mode:From the page's text, 75% sure. The page says hybrid; its structured data said remote.",
      'Salary:From structured data (JSON-LD), 30% sure. The structured salary (90000–9000) is impossible and was dropped. Please check.',
    ]);
    expect(items.map((li) => li.hasAttribute('data-unsure'))).toEqual([false, true]);
  });
});

describe('a field filled by model-assisted capture', () => {
  const assisted = {
    ...preview,
    uncertain: [],
    evidence: {
      ...preview.evidence,
      company: { source: 'model', confidence: 0.6, note: 'Suggested by the model and found in the page text.' },
      remote: { source: 'model', confidence: 0.6, note: 'Suggested by the model and found in the page text.' },
    },
  } satisfies CapturePreview;

  it('says it came from the model, checked against the page, and asks the user to check it', () => {
    expect(fieldLabel(assisted, 'company')).toBe('Company (filled by the model)');
    expect(fieldLabel(assisted, 'title')).toBe('Title');
    expect(evidenceHint(assisted, 'company')).toBe(
      'From the model, and found word for word in the page text, 60% sure. Please check.',
    );

    const host = document.createElement('div');
    act(() => createRoot(host).render(<CaptureEvidenceList preview={assisted} fields={['remote', 'salary']} />));
    const [remote, salary] = [...host.querySelectorAll('li')];
    expect(remote!.querySelector('[data-source="model"]')?.textContent).toBe('Model');
    expect(remote!.textContent).toMatch(/^Work mode:ModelFrom the model, and found word for word in the page text/);
    expect(salary!.querySelector('[data-source="model"]')).toBeNull();
  });
});
