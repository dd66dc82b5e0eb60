// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { StoredMatch } from '../../../../shared/domain/match';

vi.mock('../../lib/api', () => ({
  api: { call: vi.fn(), invoke: vi.fn(() => new Promise(() => undefined)) },
  errorMessage: String,
}));

const { MatchPanel } = await import('./MatchPanel');
const { useMatch, sortByMatch } = await import('./match-store');

const match: StoredMatch = {
  jobId: 'j1',
  computedAt: '2025-01-15T10:00:00Z',
  formulaVersion: 'match-v1',
  score: 74,
  inputsHash: 'x'.repeat(64),
  subScores: [{ key: 'required', label: 'Required skills', score: 80, weight: 35, detail: '4 of 5 covered' }],
  matched: [
    {
      skill: 'PostgreSQL',
      category: 'database',
      strength: 'required',
      yearsRequired: null,
      yearsInProfile: 5.1,
      via: null,
      evidence: [{ factId: 'w1h1', section: 'work', text: 'Built Python services with PostgreSQL' }],
    },
  ],
  missing: [
    {
      skill: 'Apache Kafka',
      category: 'data',
      strength: 'required',
      yearsRequired: null,
      hint: 'If you used it, say so in a bullet.',
    },
    {
      skill: 'Terraform',
      category: 'devops',
      strength: 'preferred',
      yearsRequired: null,
      hint: 'Add it to Skills only if you know it.',
    },
    { skill: 'Curiosity', category: 'soft', strength: 'required', yearsRequired: null, hint: 'Show it in a bullet.' },
  ],
};

describe('MatchPanel', () => {
  it('shows the score, sub-scores, evidence links to the profile and gaps grouped by strength', () => {
    useMatch.setState({ matches: { j1: { match, loading: false, error: null } } });
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const el = document.createElement('div');
    const root = createRoot(el);
    act(() =>
      root.render(
        <MemoryRouter>
          <MatchPanel jobId="j1" />
        </MemoryRouter>,
      ),
    );
    const html = el.innerHTML;
    act(() => root.unmount());
    expect(html).toContain('Match 74 of 100');
    expect(html).toContain('Required skills');
    expect(html).toContain('href="/profile?fact=w1h1"');
    expect(html.indexOf('Required</h4>')).toBeLessThan(html.indexOf('Apache Kafka'));
    expect(html.indexOf('Nice to have</h4>')).toBeLessThan(html.indexOf('Terraform'));
    expect(html).toContain('If you used it, say so in a bullet.');
    expect(html).toContain('Add to my skills');
    expect(html).toContain("I don't have this");
    expect(html).not.toContain('match-v1</span>');
  });

  it('keeps soft skills apart from the gaps, and hides a skill the user said they do not have', () => {
    useMatch.setState({ matches: { j1: { match, loading: false, error: null } }, notMine: ['Terraform'] });
    const el = document.createElement('div');
    const root = createRoot(el);
    act(() =>
      root.render(
        <MemoryRouter>
          <MatchPanel jobId="j1" />
        </MemoryRouter>,
      ),
    );
    const missing = el.querySelector('[aria-label="Missing keywords"]')!;
    const chips = [...missing.querySelectorAll('li')].map((li) => li.querySelector('span')?.textContent);
    const text = missing.textContent ?? '';
    act(() => root.unmount());
    expect(chips).toEqual(['Apache Kafka']);
    expect(text).toContain('Not in your profile yet (1)');
    expect(text).toMatch(/Soft skills the ad mentions.*Curiosity/);
    expect(text).toContain("You said you don't have: Terraform");
  });

  it('sorts jobs by stored match, unscored last', () => {
    const scores = { b: { score: 90 }, a: { score: 40 } } as never;
    expect(sortByMatch([{ id: 'a' }, { id: 'c' }, { id: 'b' }], scores).map((j) => j.id)).toEqual(['b', 'a', 'c']);
  });
});
