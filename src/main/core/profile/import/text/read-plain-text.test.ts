import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/ipc/result';
import { readPlainText } from './read-plain-text';

const ENGLISH = `Jane Roe
Backend Engineer
jane.roe@example.com | +1 (415) 555-0100 | Austin, TX | github.com/janeroe

Summary
Backend engineer with six years of experience building payment systems.

Experience
Senior Software Engineer | Paystream Inc. | Mar 2021 - Present
- Designed the ledger service handling 2M transactions a day
- Cut p99 latency by 40% with a rewrite of the settlement batch

Acme Corp, Software Engineer
Jun 2017 - Feb 2021
- Built the billing API in Go

Education
Bachelor of Science in Computer Science
University of Texas at Austin | 2013 - 2017
GPA: 3.8/4.0

Skills
Languages: Go, Python, SQL
Tools: Docker, Kubernetes, Terraform

Languages
English - Native
Spanish (B2)
`;

describe('readPlainText', () => {
  const { profile, uncertain } = readPlainText(ENGLISH, 'txt');

  it('reads the header: name, label, contact details', () => {
    expect(profile.basics).toMatchObject({
      name: 'Jane Roe',
      label: 'Backend Engineer',
      email: 'jane.roe@example.com',
      phone: '+1 (415) 555-0100',
      location: { city: 'Austin', region: 'TX' },
    });
    expect(profile.basics.profiles[0]).toMatchObject({ network: 'GitHub', username: 'janeroe' });
    expect(profile.basics.summary).toMatch(/^Backend engineer with six years/);
  });

  it('splits work entries and tells the title from the employer either way round', () => {
    expect(profile.work.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ['Paystream Inc.', 'Senior Software Engineer', '2021-03', undefined],
      ['Acme Corp', 'Software Engineer', '2017-06', '2021-02'],
    ]);
    expect(profile.work[0]!.highlights.map((h) => h.text)).toEqual([
      'Designed the ledger service handling 2M transactions a day',
      'Cut p99 latency by 40% with a rewrite of the settlement batch',
    ]);
    expect(uncertain.filter((u) => u.startsWith('work'))).toEqual([]);
  });

  it('reads education with degree, area, dates and grade', () => {
    expect(profile.education[0]).toMatchObject({
      institution: 'University of Texas at Austin',
      studyType: 'Bachelor of Science',
      area: 'Computer Science',
      startDate: '2013',
      endDate: '2017',
    });
  });

  it('reads skill groups and languages', () => {
    expect(profile.skills.map((s) => [s.name, s.keywords])).toEqual([
      ['Languages', ['Go', 'Python', 'SQL']],
      ['Tools', ['Docker', 'Kubernetes', 'Terraform']],
    ]);
    expect(profile.languages.map((l) => [l.language, l.fluency])).toEqual([
      ['English', 'Native'],
      ['Spanish', 'B2'],
    ]);
  });

  it('gives every fact a stable id: the same text gives the same ids', () => {
    const again = readPlainText(ENGLISH, 'txt').profile;
    expect(again.work.map((w) => w.id)).toEqual(profile.work.map((w) => w.id));
    expect(again.work[0]!.highlights.map((h) => h.id)).toEqual(profile.work[0]!.highlights.map((h) => h.id));
    const ids = [
      ...profile.work.flatMap((w) => [w.id, ...w.highlights.map((h) => h.id)]),
      ...profile.skills.map((s) => s.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('readPlainText in other languages and Markdown', () => {
  it('reads a German CV', () => {
    const { profile } = readPlainText(
      `Max Mustermann
max@beispiel.de | 10115 Berlin

Berufserfahrung
Softwareentwickler bei Beispiel GmbH
03/2019 - heute
- Entwicklung einer Buchungsplattform

Ausbildung
Technische Universität München
Master of Science in Informatik, 2016 - 2018

Kenntnisse
Programmiersprachen: Java, Kotlin
`,
      'txt',
    );
    expect(profile.basics.location).toMatchObject({ city: 'Berlin', postalCode: '10115' });
    expect(profile.work[0]).toMatchObject({
      name: 'Beispiel GmbH',
      position: 'Softwareentwickler',
      startDate: '2019-03',
    });
    expect(profile.work[0]!.endDate).toBeUndefined();
    expect(profile.education[0]).toMatchObject({
      institution: 'Technische Universität München',
      studyType: 'Master of Science',
      area: 'Informatik',
    });
    expect(profile.skills[0]).toMatchObject({ name: 'Programmiersprachen', keywords: ['Java', 'Kotlin'] });
  });

  it('reads Markdown headings, emphasis and lists', () => {
    const { profile } = readPlainText(
      `# Ana García
## Data Analyst
> [ana@example.es](mailto:ana@example.es)

## Experiencia
### Analista de datos | Datos S.L.
*enero 2020 - actualidad*
- Cuadros de mando en Power BI

## Habilidades
**Herramientas:**
- SQL
- Power BI
`,
      'markdown',
    );
    expect(profile.basics).toMatchObject({ name: 'Ana García', label: 'Data Analyst', email: 'ana@example.es' });
    expect(profile.work[0]).toMatchObject({ position: 'Analista de datos', name: 'Datos S.L.', startDate: '2020-01' });
    expect(profile.skills[0]).toMatchObject({ name: 'Herramientas', keywords: ['SQL', 'Power BI'] });
  });

  it('reads one-line projects, with a date beside the name but not inside the description', () => {
    const { profile } = readPlainText(
      'Sam Lee\n\nProjects\n- OpenIcons (2020 - 2022): An open-source icon set\n- Hackathon Winner: First place in 2019 Bay Area Hackathon\n',
      'txt',
    );
    expect(profile.projects.map((p) => [p.name, p.description, p.startDate, p.endDate])).toEqual([
      ['OpenIcons', 'An open-source icon set', '2020', '2022'],
      ['Hackathon Winner', 'First place in 2019 Bay Area Hackathon', undefined, undefined],
    ]);
  });

  it('refuses empty and binary input with a clear message', () => {
    expect(() => readPlainText('   \n', 'txt')).toThrow(AppError);
    expect(() => readPlainText('MZ\u0000\u0000garbage', 'txt')).toThrow(/binary/);
  });

  it('takes a paragraph under the label, with no heading of its own, as the summary', () => {
    const { profile } = readPlainText(
      'Sofia Nakamura\nSenior Software Engineer\nParis, France | sofia@example.org\n\n' +
        'Results-driven specialist with a track record in marketing, cross-functional collaboration and clear communication.\n\n' +
        'Experience\nMarketing Specialist at Atelier Rouge SAS\nOctober 2022 – February 2024\n- Launched a reporting pipeline\n',
      'txt',
    );
    expect(profile.basics.label).toBe('Senior Software Engineer');
    expect(profile.basics.summary).toMatch(/^Results-driven specialist .* clear communication\.$/);
    expect(profile.work[0]?.name).toBe('Atelier Rouge SAS');
  });
});
