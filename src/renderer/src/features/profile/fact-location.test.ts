import { describe, expect, it } from 'vitest';
import { Profile } from '../../../../shared/domain/profile';
import { locateFact } from './fact-location';

const profile = Profile.parse({
  basics: { name: 'Ada', label: 'Engineer', summary: 'Builds things' },
  work: [{ id: 'w1', name: 'Acme', position: 'Dev', highlights: [{ id: 'w1h1', text: 'Shipped Python' }] }],
  education: [{ id: 'e1', institution: 'TU', courses: [{ id: 'e1c1', text: 'Databases' }] }],
  skills: [{ id: 's1', name: 'Languages', keywords: ['Go'] }],
});

describe('locateFact', () => {
  it('finds basics, entries, and bullets (highlights and courses) with the entry that holds them', () => {
    expect(locateFact(profile, 'basics.summary')).toEqual({ tab: 'basics' });
    expect(locateFact(profile, 'w1')).toEqual({ tab: 'sections', entryId: 'w1' });
    expect(locateFact(profile, 'w1h1')).toEqual({ tab: 'sections', entryId: 'w1' });
    expect(locateFact(profile, 'e1c1')).toEqual({ tab: 'sections', entryId: 'e1' });
    expect(locateFact(profile, 's1')).toEqual({ tab: 'sections', entryId: 's1' });
  });

  it('returns null for a fact that is no longer in the profile', () => {
    expect(locateFact(profile, 'w9h9')).toBeNull();
  });
});
