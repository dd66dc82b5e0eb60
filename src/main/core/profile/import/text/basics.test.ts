import { describe, expect, it } from 'vitest';
import { parseBasics } from './basics';
import { makeLine } from './lines';

describe('parseBasics', () => {
  it('reads a wrapped paragraph under the label as the summary, its last word alone on a line included', () => {
    const name = makeLine('Felix Lindqvist', { size: 22 });
    const lines = [
      name,
      makeLine('Product Manager', { size: 12 }),
      makeLine('felix.lindqvist@example.org • +44 7773 548442 • Dublin, Ireland', { size: 10 }),
      makeLine('Results-driven specialist with a track record in analytics, cross-functional collaboration and clear', {
        size: 10,
      }),
      makeLine('communication.', { size: 10 }),
    ];
    const b = parseBasics(lines, name, []);
    expect(b.label).toBe('Product Manager');
    expect(b.summary).toBe(
      'Results-driven specialist with a track record in analytics, cross-functional collaboration and clear communication.',
    );
    expect(b.location.city).toBe('Dublin');
  });
});
