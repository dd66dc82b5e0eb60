import { describe, expect, it } from 'vitest';
import { addressParts, printLocation, tidyLocationText } from './location-format';
import { normalizeEmploymentType } from './normalize';
import { isPlausibleSalary, parseSalary } from './salary-text';
import { workModeOfProse, workModeOfStatement, workModeOfValue } from './work-mode';

describe('work mode in 11 languages', () => {
  it.each([
    ['Presencial', 'onsite'],
    ['Sur site', 'onsite'],
    ['Hybride', 'hybrid'],
    ['Etätyö', 'remote'],
    ['Uzaktan', 'remote'],
    ['リモート', 'remote'],
    ['在宅勤務', 'remote'],
    ['Hybrid', 'hybrid'],
    ['Vor Ort', 'onsite'],
    ['Da remoto', 'remote'],
    ['Op kantoor', 'onsite'],
    ['Hibrit', 'hybrid'],
    ['混合办公', 'hybrid'],
    ['远程', 'remote'],
    ['出社', 'onsite'],
    ['Híbrido', 'hybrid'],
    ['Lähityö', 'onsite'],
    ['Berlin, Germany', 'unknown'],
  ])('"%s" is %s', (text, mode) => expect(workModeOfStatement(text)).toBe(mode));

  it('reads only unambiguous phrases in prose, and structured values', () => {
    expect(workModeOfProse('You will work with our remote team across Europe. '.repeat(10))).toBe('unknown');
    expect(workModeOfProse('This is a fully remote role. '.repeat(10))).toBe('remote');
    expect(workModeOfValue(['urn:li:fs_workplaceType:3'])).toBe('hybrid');
    expect(workModeOfValue('ON_SITE')).toBe('onsite');
    expect(workModeOfValue(true)).toBe('remote');
  });
});

describe('salaries in many locales', () => {
  it.each([
    ['48.000 € – 62.000 € pro Jahr', { min: 48000, max: 62000, currency: 'EUR', period: 'year' }],
    ['45\u202F000 € – 55\u202F000 € par an', { min: 45000, max: 55000, currency: 'EUR', period: 'year' }],
    ['年収 600万円〜800万円', { min: 6000000, max: 8000000, currency: 'JPY', period: 'year' }],
    ['20,000元-30,000元/月', { min: 20000, max: 30000, currency: 'CNY', period: 'month' }],
    ['₺40.000 – ₺60.000 aylık', { min: 40000, max: 60000, currency: 'TRY', period: 'month' }],
    ['R$ 8.000 a R$ 10.000 por mês', { min: 8000, max: 10000, currency: 'BRL', period: 'month' }],
    ['$150,000 – $120,000 per year', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
  ])('"%s"', (text, want) => expect(parseSalary(text)).toEqual(want));

  it('is never a word, a bare number range, or impossible', () => {
    expect(parseSalary('Competitive')).toBeNull();
    expect(parseSalary('3-5 years')).toBeNull();
    expect(isPlausibleSalary({ min: 90000, max: 9000, currency: 'EUR', period: 'year' })).toBe(false);
    expect(isPlausibleSalary({ min: 0, max: 0, currency: 'EUR', period: 'year' })).toBe(false);
  });
});

describe('locations as people write them', () => {
  it('drops repeated regions and postcodes, keeping the parts', () => {
    expect(tidyLocationText('Coimbra Coimbra 3000-001, Portugal')).toBe('Coimbra, Portugal');
    expect(tidyLocationText('Lisboa Lisboa, Portugal')).toBe('Lisboa, Portugal');
    expect(tidyLocationText('Lisbon, Portugal (Hybrid)')).toBe('Lisbon, Portugal');
    const parts = addressParts({
      addressLocality: 'Coimbra',
      addressRegion: 'Coimbra',
      postalCode: '3000-001',
      addressCountry: 'PT',
    });
    expect(parts).toEqual({ locality: 'Coimbra', region: 'Coimbra', postalCode: '3000-001', country: 'Portugal' });
    expect(printLocation(parts!)).toBe('Coimbra, Portugal');
    expect(printLocation({ locality: 'Toronto', region: 'ON', postalCode: 'M5V 2T6', country: 'Canada' })).toBe(
      'Toronto ON M5V 2T6, Canada',
    );
  });

  it('maps contract types in every language', () => {
    for (const [text, type] of [
      ['Vollzeit', 'full_time'],
      ['CDD', 'contract'],
      ['Jornada completa', 'full_time'],
      ['Meio período', 'part_time'],
      ['Tempo determinato', 'contract'],
      ['Deeltijd', 'part_time'],
      ['Määräaikainen', 'contract'],
      ['Tam zamanlı', 'full_time'],
      ['正社員', 'full_time'],
      ['实习', 'internship'],
    ] as const) {
      expect(normalizeEmploymentType(text)).toBe(type);
    }
  });
});
