import { describe, expect, it } from 'vitest';
import { Profile } from '../../../../../shared/domain/profile';
import { uncertainKeys } from './uncertain';

describe('uncertainKeys', () => {
  it('ties unsure paths to entry ids so marks follow entries when they move', () => {
    const profile = Profile.parse({
      work: [{ id: 'w1', name: 'A' }, { id: 'w2', name: 'B' }],
      skills: [{ id: 's1', name: 'Go' }],
    });
    const keys = uncertainKeys(profile, ['basics.name', 'work.1.startDate', 'work.0', 'skills', 'work.9.name', 'nonsense.1']);
    expect([...keys].sort()).toEqual(['basics.name', 'section:skills', 'w1', 'w2.startDate']);
  });
});
