import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingFiles, skipUnless } from '../../testing/skip-unless';
import { readReactiveResume } from './reactive-resume';
import { RESUME_FIXTURES, fixture } from './structured-fixtures';

const minimal = (sections: Record<string, unknown>) => ({ basics: { name: 'Jo' }, sections, metadata: {} });

describe('readReactiveResume', () => {
  it('turns HTML summaries into bullets and free-text dates into partial dates', () => {
    const r = readReactiveResume(
      minimal({
        experience: {
          visible: true,
          items: [
            {
              visible: true,
              company: 'Acme',
              position: 'Dev',
              date: 'March 2020 - Present',
              summary: '<p>Intro &amp; more</p><ul><li><p>Shipped <strong>X</strong></p></li><li>Fixed Y</li></ul>',
            },
            { visible: false, company: 'Hidden Co' },
          ],
        },
      }),
      '',
    );
    expect(r.profile.work).toHaveLength(1);
    expect(r.profile.work[0]).toMatchObject({ name: 'Acme', startDate: '2020-03', summary: 'Intro & more' });
    expect(r.profile.work[0]!.endDate).toBeUndefined();
    expect(r.profile.work[0]!.highlights.map((h) => h.text)).toEqual(['Shipped X', 'Fixed Y']);
  });

  it('moves `area` to the location only when the study type reads "X in Y" and `area` is a place', () => {
    const edu = (studyType: string, area: string) =>
      readReactiveResume(
        minimal({ education: { visible: true, items: [{ visible: true, institution: 'UC', studyType, area }] } }),
        '',
      ).profile.education[0];
    expect(edu("Bachelor's in Computer Science", 'Berkeley, CA')).toMatchObject({
      studyType: "Bachelor's",
      area: 'Computer Science',
      location: 'Berkeley, CA',
    });
    expect(edu("Bachelor's in Computer Science", 'Mathematics')).toMatchObject({
      studyType: "Bachelor's in Computer Science",
      area: 'Mathematics',
    });
    expect(edu("Bachelor's in Computer Science", 'Mathematics')?.location).toBeUndefined();
    expect(edu('Master of Science', 'Data Science')).toMatchObject({
      studyType: 'Master of Science',
      area: 'Data Science',
    });
  });

  it('names the broken field of an invalid file', () => {
    expect(() => readReactiveResume({ basics: { name: 5 }, sections: {} }, '')).toThrow(/basics\.name/);
  });
});

describe('readReactiveResume on the template exports (../shared)', skipUnless(missingFiles(RESUME_FIXTURES)), () => {
  it('matches the expected JSON Resume of azurill', () => {
    const raw = readFileSync(fixture('reactive-resume_azurill.groundtruth.json'), 'utf8');
    const expected = JSON.parse(readFileSync(fixture('expected/reactive-resume_azurill.json'), 'utf8'));
    const { profile } = readReactiveResume(JSON.parse(raw), raw);
    expect(profile.basics).toMatchObject({
      name: expected.basics.name,
      label: expected.basics.label,
      email: expected.basics.email,
      url: expected.basics.url,
    });
    expect(profile.basics.summary).toBe(expected.basics.summary);
    expect(profile.basics.location).toMatchObject(expected.basics.location);
    expect(profile.work.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual(
      expected.work.map((w: Record<string, string>) => [w.name, w.position, w.startDate, w.endDate]),
    );
    expect(profile.work[0]!.highlights.map((h) => h.text)).toEqual(expected.work[0].highlights);
    expect(profile.education[0]).toMatchObject({
      institution: 'University of California',
      studyType: "Bachelor's",
      area: 'Computer Science',
      startDate: '2012-08',
      endDate: '2016-05',
    });
    expect(profile.skills.map((k) => k.name)).toEqual(expected.skills.map((k: { name: string }) => k.name));
    expect(profile.certificates.map((c) => [c.name, c.date])).toEqual([
      ['Full-Stack Web Development', '2020'],
      ['AWS Certified Developer', '2019'],
    ]);
    expect(profile.projects[0]).toMatchObject({ name: 'E-Commerce Platform', roles: ['Project Lead'] });
  });

  it('reads every template export', () => {
    for (const t of ['bronzor', 'chikorita', 'ditto', 'gengar', 'glalie']) {
      const raw = readFileSync(fixture(`reactive-resume_${t}.groundtruth.json`), 'utf8');
      const { profile } = readReactiveResume(JSON.parse(raw), raw);
      expect(profile.basics.name, t).not.toBe('');
      expect(profile.work.length, t).toBeGreaterThan(0);
    }
  });
});
