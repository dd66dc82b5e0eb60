import { describe, expect, it } from 'vitest';
import { unknownRelationNames } from './skill-relations';

describe('skill relations', () => {
  it('names only skills the taxonomy knows (a renamed skill would silently break an implication)', () => {
    expect(unknownRelationNames()).toEqual([]);
  });
});
