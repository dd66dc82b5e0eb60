import { describe, expect, it } from 'vitest';
import { Profile } from '../../../shared/domain/profile';
import { toJsonResume } from './json-resume-export';

describe('toJsonResume', () => {
  it('drops ids and empty fields, turns highlights into strings and dates into YYYY-MM', () => {
    const profile = Profile.parse({
      basics: {
        name: 'Jane Roe',
        email: 'jane@example.com',
        location: { city: 'Austin' },
        profiles: [{ id: 'l1', network: 'GitHub', url: 'https://github.com/jr' }],
      },
      work: [
        {
          id: 'w1',
          name: 'Acme',
          position: 'Engineer',
          startDate: '2020-03-14',
          highlights: [{ id: 'h1', text: 'Built things' }],
        },
      ],
      education: [{ id: 'e1', institution: 'UT Austin', studyType: 'BS', area: 'CS', endDate: '2019', courses: [] }],
      skills: [{ id: 's1', name: 'Languages', keywords: ['Go', 'SQL'] }],
    });
    expect(toJsonResume(profile)).toEqual({
      basics: {
        name: 'Jane Roe',
        email: 'jane@example.com',
        location: { city: 'Austin' },
        profiles: [{ network: 'GitHub', url: 'https://github.com/jr' }],
      },
      work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-03', highlights: ['Built things'] }],
      education: [{ institution: 'UT Austin', studyType: 'BS', area: 'CS', endDate: '2019' }],
      skills: [{ name: 'Languages', keywords: ['Go', 'SQL'] }],
    });
  });

  it('gives an empty object for an empty profile', () => {
    expect(toJsonResume(Profile.parse({}))).toEqual({});
  });
});
