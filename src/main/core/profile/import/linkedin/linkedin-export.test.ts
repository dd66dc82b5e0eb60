import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { looksLikeLinkedInExport, readLinkedInExport } from './index';

/** A synthetic LinkedIn data export, written the way LinkedIn writes it (CRLF, quotes, multi-line cells). */
function syntheticExport(extra: Record<string, string> = {}) {
  const files: Record<string, string> = {
    'Profile.csv':
      '\uFEFFFirst Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\r\n' +
      'Grace,Hopper,,,"Dec 9, 1906",Rear Admiral and computer scientist,"Pioneer of compilers.\r\nLoves ""nanoseconds"", hates bugs.",Computer Software,10001,"New York, New York, United States",,"[PERSONAL:https://grace.dev,COMPANY:https://navy.example.mil]",\r\n',
    'Positions.csv':
      'Company Name,Title,Description,Location,Started On,Finished On\r\n' +
      'US Navy,Director,"Led the COBOL standard.\r\n- Wrote the first compiler\r\n- Found the first bug","Arlington, Virginia",Jan 1967,Aug 1986\r\n' +
      'Remington Rand,Senior Mathematician,,,1949,\r\n',
    'Education.csv':
      'School Name,Start Date,End Date,Notes,Degree Name,Activities\r\n' +
      'Yale University,1930,1934,"Thesis on\r\nirreducibility criteria",PhD Mathematics,\r\n',
    'Skills.csv': 'Name\r\nCOBOL\r\nCompilers\r\n"Teaching, public speaking"\r\n',
    'Projects.csv':
      'Title,Description,Url,Started On,Finished On\r\nFLOW-MATIC,First English-like language,https://example.org/flow,Mar 1955,1959\r\n',
    'Certifications.csv':
      'Name,Url,Authority,Started On,Finished On,License Number\r\nNaval Reserve,,US Navy,Dec 1943,,\r\n',
    'Languages.csv': 'Name,Proficiency\r\nEnglish,Native or bilingual proficiency\r\n',
    'Email Addresses.csv':
      'Email Address,Confirmed,Primary,Updated On\r\nold@example.org,Yes,No,1/1/20\r\ngrace@example.org,Yes,Yes,1/2/20\r\n',
    'Connections.csv':
      'Notes:\r\n"When exporting your connection data, you may notice..."\r\n\r\nFirst Name,Last Name\r\nA,B\r\n',
    ...extra,
  };
  const zip: Record<string, Uint8Array> = {};
  for (const [name, body] of Object.entries(files)) zip[name] = strToU8(body);
  return zipSync(zip);
}

describe('LinkedIn data export', () => {
  it('is recognised by its file names', () => {
    expect(looksLikeLinkedInExport(['Profile.csv', 'Positions.csv'])).toBe(true);
    expect(looksLikeLinkedInExport(['word/document.xml'])).toBe(false);
  });

  it('maps the CSV files to the profile', () => {
    const { profile, format, text } = readLinkedInExport(syntheticExport());
    expect(format).toBe('linkedin-zip');
    expect(profile.basics).toMatchObject({
      name: 'Grace Hopper',
      label: 'Rear Admiral and computer scientist',
      email: 'grace@example.org',
      url: 'https://grace.dev',
    });
    expect(profile.basics.summary).toBe('Pioneer of compilers.\nLoves "nanoseconds", hates bugs.');
    expect(profile.basics.location).toMatchObject({ city: 'New York', region: 'New York', postalCode: '10001' });
    expect(profile.basics.profiles.map((p) => p.url)).toEqual(['https://grace.dev', 'https://navy.example.mil']);
    expect(profile.work[0]).toMatchObject({
      name: 'US Navy',
      position: 'Director',
      location: 'Arlington, Virginia',
      startDate: '1967-01',
      endDate: '1986-08',
      summary: 'Led the COBOL standard.',
    });
    expect(profile.work[0]!.highlights.map((h) => h.text)).toEqual(['Wrote the first compiler', 'Found the first bug']);
    expect(profile.work[1]).toMatchObject({ name: 'Remington Rand', startDate: '1949', endDate: undefined });
    expect(profile.education[0]).toMatchObject({
      institution: 'Yale University',
      studyType: 'PhD Mathematics',
      startDate: '1930',
      endDate: '1934',
    });
    expect(profile.education[0]!.courses[0]!.text).toContain('irreducibility');
    expect(profile.skills.map((s) => s.name)).toEqual(['COBOL', 'Compilers', 'Teaching, public speaking']);
    expect(profile.projects[0]).toMatchObject({
      name: 'FLOW-MATIC',
      url: 'https://example.org/flow',
      startDate: '1955-03',
      endDate: '1959',
    });
    expect(profile.certificates[0]).toMatchObject({ name: 'Naval Reserve', issuer: 'US Navy', date: '1943-12' });
    expect(profile.languages[0]).toMatchObject({ language: 'English', fluency: 'Native or bilingual proficiency' });
    expect(text).toContain('Positions.csv');
  });

  it('works when the export sits in a folder and some files are missing', () => {
    const zip = zipSync({
      'Basic_LinkedInDataExport/Profile.csv': strToU8('First Name,Last Name,Headline\nAl,Bo,Chef\n'),
      'Basic_LinkedInDataExport/Skills.csv': strToU8('Name\nCooking\n'),
    });
    const { profile } = readLinkedInExport(zip);
    expect(profile.basics.name).toBe('Al Bo');
    expect(profile.skills.map((s) => s.name)).toEqual(['Cooking']);
    expect(profile.work).toEqual([]);
  });

  it('flags dates it cannot read', () => {
    const { profile, uncertain } = readLinkedInExport(
      syntheticExport({ 'Positions.csv': 'Company Name,Title,Started On\r\nAcme,Dev,sometime\r\n' }),
    );
    expect(profile.work[0]!.startDate).toBeUndefined();
    expect(uncertain).toContain('work.0.startDate');
  });

  it('refuses a zip without Profile.csv', () => {
    expect(() => readLinkedInExport(zipSync({ 'Skills.csv': strToU8('Name\nX\n') }))).toThrow(
      /not a LinkedIn data export/,
    );
  });
});
