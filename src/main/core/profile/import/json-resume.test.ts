import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingFiles, skipUnless } from '../../testing/skip-unless';
import { AppError } from '../../../../shared/ipc/result';
import { readJsonResume } from './json-resume';
import { RESUME_FIXTURES, fixture } from './structured-fixtures';

describe('readJsonResume', () => {
  it('maps every section and gives each fact an id', () => {
    const r = readJsonResume(
      {
        basics: {
          name: ' Ada Lovelace ',
          email: 'ada@example.org',
          location: { city: 'London' },
          profiles: [{ network: 'GitHub', url: 'https://github.com/ada' }],
        },
        work: [
          {
            name: 'Analytical Engines',
            position: 'Programmer',
            startDate: '1992-01',
            endDate: 'Present',
            highlights: ['Wrote the first program', ''],
          },
        ],
        education: [{ institution: 'Home', courses: ['Mathematics'] }],
        skills: [{ name: 'Mathematics', keywords: ['Calculus'] }, { name: '' }],
        languages: [{ language: 'English', fluency: 'Native' }],
      },
      '{}',
    );
    expect(r.format).toBe('json-resume');
    expect(r.profile.basics.name).toBe('Ada Lovelace');
    expect(r.profile.basics.profiles[0]?.id).toMatch(/^link_/);
    const job = r.profile.work[0]!;
    expect(job).toMatchObject({ name: 'Analytical Engines', startDate: '1992-01', endDate: undefined });
    expect(job.highlights.map((h) => h.text)).toEqual(['Wrote the first program']);
    expect(job.id).not.toBe(job.highlights[0]!.id);
    expect(r.profile.skills).toHaveLength(1);
    expect(r.profile.education[0]!.courses[0]!.text).toBe('Mathematics');
  });

  it('refuses a file with wrong types and names the field', () => {
    const bad = () => readJsonResume({ basics: { name: 'x' }, work: [{ name: 'A', highlights: 'not a list' }] }, '');
    expect(bad).toThrow(AppError);
    expect(bad).toThrow(/work\.0\.highlights/);
  });

  it('marks unreadable dates as uncertain instead of inventing them', () => {
    const r = readJsonResume({ work: [{ name: 'A', startDate: 'sometime in spring' }] }, '');
    expect(r.profile.work[0]!.startDate).toBeUndefined();
    expect(r.uncertain).toContain('work.0.startDate');
  });

  it('shortens an over-long summary with a warning rather than refusing it', () => {
    const r = readJsonResume({ basics: { summary: 'a'.repeat(12_000) } }, '');
    expect(r.profile.basics.summary.length).toBeLessThanOrEqual(10_000);
    expect(r.warnings.join(' ')).toMatch(/basics\.summary/);
  });
});

describe('readJsonResume on the reference sample (../shared)', skipUnless(missingFiles(RESUME_FIXTURES)), () => {
  it('reads jsonresume_sample.resume.json', () => {
    const raw = readFileSync(fixture('jsonresume_sample.resume.json'), 'utf8');
    const r = readJsonResume(JSON.parse(raw), raw);
    expect(r.profile.basics.name).toBe('Richard Hendriks');
    expect(r.profile.work[0]).toMatchObject({ name: 'Pied Piper', position: 'CEO/President', startDate: '2013-12-01' });
    expect(r.profile.skills.length).toBeGreaterThan(0);
    expect(r.profile.basics.location.city).toBe('San Francisco');
  });
});
