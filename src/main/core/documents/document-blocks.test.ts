// The block helpers live in src/shared (the review screen uses them too); tested here beside the fixtures.
import { describe, expect, it } from 'vitest';
import { cvContent, letterContent } from './testing/profiles.fixture';
import { compareBlocks, documentBlocks, setBlockText } from '../../../shared/document-blocks';

describe('document blocks', () => {
  it('edits a bullet, the summary or a letter paragraph by block id, and compare finds exactly that change', () => {
    const cv = cvContent();
    const edited = setBlockText(
      setBlockText(cv, 'h2', 'Designed a ledger API.'),
      'basics.summary',
      'Backend engineer.',
    );
    expect(compareBlocks(cv, edited).map((c) => [c.blockId, c.after])).toEqual([
      ['basics.summary', 'Backend engineer.'],
      ['h2', 'Designed a ledger API.'],
    ]);
    expect(documentBlocks(cv).find((b) => b.id === 'h2')?.text).toMatch(/^Designed an idempotent/); // the original is untouched
    const letter = setBlockText(letterContent(), 'lp2', 'New paragraph.');
    expect(compareBlocks(letterContent(), letter)).toEqual([
      { blockId: 'lp2', label: 'Paragraph 2', before: expect.stringMatching(/^At Acme/), after: 'New paragraph.' },
    ]);
  });

  it('reports removed and added blocks', () => {
    const cv = cvContent();
    const fewer = structuredClone(cv);
    if (fewer.kind === 'cv') fewer.cv.work[0]!.highlights.pop();
    expect(compareBlocks(cv, fewer)).toEqual([
      {
        blockId: 'h3',
        label: 'Acme Payments: bullet',
        before: expect.stringMatching(/^Introduced contract tests/),
        after: '',
      },
    ]);
    expect(compareBlocks(fewer, cv).map((c) => [c.blockId, c.before])).toEqual([['h3', '']]);
  });
});
