import { describe, expect, it } from 'vitest';
import { Profile } from '../../../shared/domain/profile';
import { mergeProfiles } from './merge';

const base = Profile.parse({
  basics: { name: 'Jo Park', email: '', profiles: [{ id: 'l1', network: 'GitHub', url: 'https://github.com/jo' }] },
  work: [
    {
      id: 'w1',
      name: 'Acme Inc.',
      position: 'Engineer',
      startDate: '2019-01',
      highlights: [{ id: 'h1', text: 'Built the billing system' }],
    },
  ],
  skills: [{ id: 's1', name: 'TypeScript', keywords: ['React'] }],
});

describe('mergeProfiles', () => {
  it('merging the same profile twice changes nothing and duplicates nothing', () => {
    const once = mergeProfiles(base, base).profile;
    const twice = mergeProfiles(once, base).profile;
    expect(twice).toEqual(base);
  });

  it('matches entries despite case and punctuation, fills blanks, adds missing bullets, keeps ids', () => {
    const incoming = Profile.parse({
      basics: {
        name: 'Someone Else',
        email: 'jo@example.org',
        profiles: [{ id: 'x', network: 'github', url: 'http://www.github.com/jo/' }],
      },
      work: [
        {
          id: 'w9',
          name: 'ACME inc',
          position: 'engineer',
          startDate: '2019-03',
          location: 'Berlin',
          highlights: [
            { id: 'h9', text: 'built the billing system.' },
            { id: 'h10', text: 'Cut costs by 20%' },
          ],
        },
        { id: 'w10', name: 'Acme Inc.', position: 'Engineer', startDate: '2012-01' },
      ],
      skills: [
        { id: 's9', name: 'typescript', keywords: ['react', 'Node.js'] },
        { id: 's10', name: 'Go' },
      ],
    });
    const { profile, sections } = mergeProfiles(base, incoming);
    expect(profile.basics.name).toBe('Jo Park');
    expect(profile.basics.email).toBe('jo@example.org');
    expect(profile.basics.profiles).toHaveLength(1);
    expect(profile.work).toHaveLength(2);
    expect(profile.work[0]).toMatchObject({ id: 'w1', location: 'Berlin', startDate: '2019-01' });
    expect(profile.work[0]!.highlights.map((h) => h.id)).toEqual(['h1', 'h10']);
    expect(profile.work[1]!.startDate).toBe('2012-01');
    expect(profile.skills.map((s) => s.name)).toEqual(['TypeScript', 'Go']);
    expect(profile.skills[0]!.keywords).toEqual(['React', 'Node.js']);
    expect(sections.work).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect(sections.skills).toEqual({ added: 1, updated: 1, unchanged: 0 });
  });
});
