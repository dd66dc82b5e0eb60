import { describe, expect, it } from 'vitest';
import { findEmail, findPhone, findUrl, parseLocation, profileFromUrl, splitContactPieces } from './contact';

describe('contact details', () => {
  it('splits a header row at its separators', () => {
    expect(splitContactPieces('Seattle, WA | 206-555-0149 • emoore@email.com')).toEqual([
      'Seattle, WA',
      '206-555-0149',
      'emoore@email.com',
    ]);
  });

  it('finds email, phone and links', () => {
    expect(findEmail('Email: jane.doe+cv@example.co.uk')).toBe('jane.doe+cv@example.co.uk');
    expect(findPhone('Phone: +1 (555) 123-4567')).toBe('+1 (555) 123-4567');
    expect(findPhone('2016 - 2018')).toBeUndefined();
    expect(findUrl('linkedin.com/in/john-doe')).toBe('linkedin.com/in/john-doe');
    expect(profileFromUrl('https://github.com/octocat')).toEqual({
      network: 'GitHub',
      username: 'octocat',
      url: 'https://github.com/octocat',
    });
  });

  it('reads places, not titles', () => {
    expect(parseLocation('Pleasantville, CA 94588')).toEqual({
      city: 'Pleasantville',
      region: 'CA',
      postalCode: '94588',
    });
    expect(parseLocation('10115 Berlin')).toEqual({ postalCode: '10115', city: 'Berlin' });
    expect(parseLocation('NVIDIA Research, Research Intern')).toBeNull();
    expect(parseLocation('Princeton University, Computer Science')).toBeNull();
  });
});
