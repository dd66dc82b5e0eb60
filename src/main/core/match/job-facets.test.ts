import { describe, expect, it } from 'vitest';
import { degreeIn, salaryIn, seniorityFrom, workModeIn, yearsPhrases } from './job-facets';

describe('job facets', () => {
  it.each([
    ['Salary: $120,000 - $150,000 a year', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['£45k–£55k per annum', { min: 45000, max: 55000, currency: 'GBP', period: 'year' }],
    ['€60.000 - €75.000 brutto', { min: 60000, max: 75000, currency: 'EUR', period: 'year' }],
    ['Pay: $25/hr', { min: 25, max: null, currency: 'USD', period: 'hour' }],
    ['Compensation: 90,000 EUR', { min: 90000, max: null, currency: 'EUR', period: 'year' }],
    ['up to £70,000', { min: null, max: 70000, currency: 'GBP', period: 'year' }],
  ])('reads the salary in %s', (text, expected) => {
    expect(salaryIn(text)).toMatchObject(expected);
  });

  it('finds no salary in ordinary numbers', () => {
    expect(salaryIn('We have 3 offices and 200 people')).toBeNull();
  });

  it('reads years, ignoring contract lengths and ages', () => {
    expect(yearsPhrases('3-5 years of experience').map((y) => y.years)).toEqual([3]);
    expect(yearsPhrases('at least two years with Go').map((y) => y.years)).toEqual([2]);
    expect(yearsPhrases('5+ yrs')).toHaveLength(1);
    expect(yearsPhrases('a 2-year contract at a 10 years old company')).toEqual([]);
  });

  it('reads the work mode', () => {
    expect(workModeIn('This is a fully remote role', undefined)).toBe('remote');
    expect(workModeIn('Hybrid (2 days in office)', undefined)).toBe('hybrid');
    expect(workModeIn('On-site in Berlin', undefined)).toBe('onsite');
    expect(workModeIn('Remote within Europe', 'onsite')).toBe('onsite'); // structured data wins
    expect(workModeIn('We build payroll software', undefined)).toBe('unknown');
  });

  it('reads degrees, their fields and "or equivalent"', () => {
    expect(degreeIn('BS/MS in Computer Science or equivalent experience')).toEqual({
      level: 'bachelor',
      fields: ['Computer Science'],
      orEquivalent: true,
    });
    expect(degreeIn('PhD in Physics, Mathematics or a related field')).toEqual({
      level: 'doctorate',
      fields: ['Physics', 'Mathematics'],
      orEquivalent: false,
    });
    expect(degreeIn('a high degree of autonomy')).toBeNull();
  });

  it('reads seniority from the title, then a stated level, then years', () => {
    expect(seniorityFrom('Sr. Data Engineer', '', null)).toBe('senior');
    expect(seniorityFrom('Data Engineer', 'Experience level: Mid-Level', null)).toBe('mid');
    expect(seniorityFrom('Data Engineer', '', 8)).toBe('lead');
    expect(seniorityFrom('Graduate Developer', '', 5)).toBe('junior');
  });
});
