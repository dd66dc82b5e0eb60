import { describe, expect, it } from 'vitest';
import { Profile } from '../../../../../shared/domain/profile';
import { resolveEdited, uncertainKeys } from './uncertain';

describe('uncertainKeys', () => {
  it('ties unsure paths to entry ids so marks follow entries when they move', () => {
    const profile = Profile.parse({
      work: [
        { id: 'w1', name: 'A' },
        { id: 'w2', name: 'B' },
      ],
      skills: [{ id: 's1', name: 'Go' }],
    });
    const keys = uncertainKeys(profile, [
      'basics.name',
      'work.1.startDate',
      'work.0',
      'skills',
      'work.9.name',
      'nonsense.1',
    ]);
    expect([...keys].sort()).toEqual(['basics.name', 'section:skills', 'w1', 'w2.startDate']);
  });
});

describe('resolveEdited', () => {
  const before = Profile.parse({
    basics: { name: 'Jo' },
    work: [
      { id: 'w1', name: 'Acme', position: 'Eng', startDate: '2019' },
      { id: 'w2', name: 'Beta' },
    ],
  });
  const flagged = new Set(['basics.name', 'w1.startDate', 'w2']);

  it('an edited field is no longer flagged; untouched ones stay', () => {
    const after = { ...before, work: [{ ...before.work[0]!, startDate: '2019-03' }, before.work[1]!] };
    expect([...resolveEdited(flagged, before, after)]).toEqual(['basics.name', 'w2']);
  });

  it('a deleted entry takes its flags with it', () => {
    expect([...resolveEdited(flagged, before, { ...before, work: [before.work[0]!] })]).toEqual([
      'basics.name',
      'w1.startDate',
    ]);
  });

  it('returns the same set when nothing flagged changed', () => {
    expect(resolveEdited(flagged, before, { ...before, skills: [] })).toBe(flagged);
  });
});
