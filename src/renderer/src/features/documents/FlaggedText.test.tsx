import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TruthFlag } from '../../../../shared/domain/document';
import { flagSpan, FlaggedText } from './FlaggedText';

const flag = (over: Partial<TruthFlag>): TruthFlag => ({
  id: 'f',
  blockId: 'h1',
  start: 7,
  end: 21,
  text: 'five engineers',
  kind: 'team-size',
  reason: 'no fact gives it',
  status: 'open',
  ...over,
});

describe('truth flags on their spans', () => {
  it('uses the stored span while it still holds the claim, and finds the claim again after an edit moved it', () => {
    expect(flagSpan('Led a  five engineers team', flag({}))).toEqual([7, 21]);
    expect(flagSpan('We were five engineers', flag({}))).toEqual([8, 22]);
    expect(flagSpan('We were a team', flag({}))).toBeNull();
  });

  it('marks open claims only, as text (never as markup)', () => {
    const html = renderToStaticMarkup(
      <FlaggedText
        text="Led a  five engineers team of <b>x</b> and 40% more"
        flags={[flag({}), flag({ id: 'g', start: 44, end: 47, text: '40%', status: 'confirmed' })]}
      />,
    );
    expect(html).toContain('<mark');
    expect(html).toContain('>five engineers</mark>');
    expect(html).not.toContain('>40%</mark>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
