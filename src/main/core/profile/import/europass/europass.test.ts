import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingFiles, skipUnless } from '../../../testing/skip-unless';
import { probePdf } from '../pdf-probe';
import { RESUME_FIXTURES, fixture } from '../structured-fixtures';
import { findEuropassXml, readEuropassXml } from './index';

const tiny = `<?xml version="1.0"?><SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass"><LearnerInfo>
<Identification><PersonName><FirstName>Ana</FirstName><Surname>Ruiz</Surname></PersonName></Identification>
<WorkExperienceList><WorkExperience><Period><From year="2019" month="--04"/><Current>true</Current></Period>
<Position><Label>Nurse</Label></Position><Activities>&lt;p&gt;- night shifts&lt;br /&gt;- triage&lt;/p&gt;</Activities>
<Employer><Name>Hospital</Name></Employer></WorkExperience></WorkExperienceList></LearnerInfo></SkillsPassport>`;

describe('Europass XML', () => {
  it('maps a small document', () => {
    const { profile } = readEuropassXml(tiny, '');
    expect(profile.basics.name).toBe('Ana Ruiz');
    expect(profile.work[0]).toMatchObject({
      name: 'Hospital',
      position: 'Nurse',
      startDate: '2019-04',
      endDate: undefined,
    });
    expect(profile.work[0]!.highlights.map((h) => h.text)).toEqual(['night shifts', 'triage']);
  });

  it('refuses XML that is not a Europass CV', () => {
    expect(() => readEuropassXml('<html><body/></html>', '')).toThrow(/not a readable Europass CV/);
  });
});

describe('Europass PDF with its embedded XML (../shared)', skipUnless(missingFiles(RESUME_FIXTURES)), () => {
  it('reads the attachment and matches the expected JSON Resume', async () => {
    const probe = await probePdf(new Uint8Array(readFileSync(fixture('europass_CV-Europass-20171212-Smith-EN.pdf'))));
    expect(probe.pageCount).toBe(2);
    const xml = findEuropassXml(probe.attachments);
    expect(xml).toContain('SkillsPassport');
    const { profile, format } = readEuropassXml(xml!, '');
    const expected = JSON.parse(readFileSync(fixture('expected/europass_CV-Europass-20171212-Smith-EN.json'), 'utf8'));
    expect(format).toBe('europass-pdf');
    expect(profile.basics).toMatchObject({
      name: expected.basics.name,
      label: expected.basics.label,
      email: expected.basics.email,
      phone: expected.basics.phone,
    });
    expect(profile.basics.location).toMatchObject(expected.basics.location);
    expect(profile.basics.profiles[0]).toMatchObject(expected.basics.profiles[0]);
    for (const [i, w] of (expected.work as Record<string, unknown>[]).entries()) {
      const got = profile.work[i]!;
      expect([got.name, got.position, got.location, got.startDate, got.endDate]).toEqual([
        w.name,
        w.position,
        w.location,
        w.startDate,
        w.endDate,
      ]);
      if (w.summary) expect(got.summary).toBe(w.summary);
      if (w.highlights) expect(got.highlights.map((h) => h.text)).toEqual(w.highlights);
    }
    for (const [i, e] of (expected.education as Record<string, unknown>[]).entries()) {
      expect(profile.education[i]).toMatchObject({
        institution: e.institution,
        studyType: e.studyType,
        area: e.area,
        startDate: e.startDate,
        endDate: e.endDate,
        location: e.location,
      });
    }
    expect(profile.education[1]!.courses.map((c) => c.text)).toEqual(expected.education[1].highlights);
    expect(profile.skills.map((s) => s.name)).toEqual(expected.skills.map((s: { name: string }) => s.name));
    expect(profile.languages.map((l) => [l.language, l.fluency])).toEqual(
      expected.languages.map((l: { language: string; fluency: string }) => [l.language, l.fluency]),
    );
    expect(profile.certificates.map((c) => c.name)).toEqual(['Dalf C1', 'Zertifikat (A2)']);
    expect(profile.publications[0]!.name).toBe(expected.publications[0].name);
  });
});
