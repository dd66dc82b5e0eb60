import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  detectRemote,
  detectSeniority,
  formatAddress,
  normalizeEmploymentType,
  parseSalaryText,
} from './normalize';

describe('field normalisers', () => {
  it.each([
    ['$130,000 - $160,000 a year', 'AUD', { min: 130000, max: 160000, currency: 'AUD', period: 'year' }],
    ['AUD 130k–160k per annum', null, { min: 130000, max: 160000, currency: 'AUD', period: 'year' }],
    ['€45 - €55 per hour', null, { min: 45, max: 55, currency: 'EUR', period: 'hour' }],
    ['£40,000 to £50,000 p.a.', null, { min: 40000, max: 50000, currency: 'GBP', period: 'year' }],
    ['From $120,000', null, { min: 120000, max: 120000, currency: 'USD', period: null }],
  ])('reads salary "%s"', (text, hint, expected) => {
    expect(parseSalaryText(text, hint)).toEqual(expected);
  });

  it('does not take a bare number range for a salary', () => {
    expect(parseSalaryText('3-5 years of experience')).toBeNull();
  });

  it('maps employment types, remote, seniority and addresses', () => {
    expect(normalizeEmploymentType(['FULL_TIME'])).toBe('full_time');
    expect(normalizeEmploymentType('Contractor')).toBe('contract');
    expect(normalizeEmploymentType('nonsense')).toBeNull();
    expect(detectRemote('Hybrid work')).toBe('hybrid');
    expect(detectRemote('Remote (EU)')).toBe('remote');
    expect(detectRemote('Camberwell VIC 3124')).toBe('unknown');
    expect(detectSeniority('Sr. Data Engineer')).toBe('senior');
    expect(detectSeniority('Senior Product Manager')).toBe('senior');
    expect(detectSeniority('Engineering Manager')).toBe('manager');
    expect(detectSeniority('Staff Engineer')).toBe('principal');
    expect(
      formatAddress({ addressLocality: 'Camberwell', addressRegion: 'VIC', postalCode: '3124', addressCountry: 'AU' }),
    ).toBe('Camberwell VIC 3124, Australia');
    expect(formatAddress({ addressCountry: { name: 'Germany' } })).toBe('Germany');
  });

  it('guesses the language from function words, preferring a declared one', () => {
    expect(
      detectLanguage(
        'Wir suchen eine Entwicklerin und einen Entwickler, die mit uns und der Community arbeiten. Sie sind die beste Wahl, und wir freuen uns.',
      ),
    ).toBe('de');
    expect(detectLanguage('anything', 'fr-FR')).toBe('fr');
  });
});
