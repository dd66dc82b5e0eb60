// Fixes found by the synthetic-CV benchmark (bench/parse-synthetic.ts), each on a small inline input.
import { describe, expect, it } from 'vitest';
import { parseLocation } from './contact';
import { isDateNote } from './dates';
import { matchHeading } from './headings';
import { makeLine, type DocLine } from './lines';
import { toItems } from './paragraphs';
import { parseProfileLines } from './parse-profile';
import { readPlainText, textToLines } from './read-plain-text';
import { segmentSections } from './sections';
import { splitEntries } from './entries';

/** A PDF-like line: left edge, right edge, font size, gap above (in line heights). */
const pl = (text: string, x: number, xEnd: number, gap: number, extra: Partial<DocLine> = {}): DocLine =>
  makeLine(text, { x, xEnd, size: 10, gapBefore: gap, block: 1000, ...extra });

describe('headings', () => {
  it('knows "Work" as a weak work heading: it counts with a cue (capitals), not as a word in a sentence', () => {
    expect(matchHeading('Work')).toEqual({ kind: 'work', strong: false });
    const sections = segmentSections([makeLine('Jane Roe'), makeLine('WORK'), makeLine('Acme Corp | 2020 - 2022')]);
    expect(sections.map((s) => s.kind)).toEqual(['header', 'work']);
  });

  it('takes a plain-text line underlined with dashes as a heading', () => {
    const text =
      'Jane Roe\njane@example.com\n\nWork\n----\nAcme Corp | 2020 - 2022\nSoftware Engineer\n• Built the billing API\n\nEducation\n---------\nTU Berlin | 2015 - 2019\nMSc Informatics\n';
    const p = readPlainText(text, 'txt').profile;
    expect(p.work.map((w) => [w.name, w.position, w.startDate])).toEqual([['Acme Corp', 'Software Engineer', '2020']]);
    expect(p.education).toHaveLength(1);
  });

  it('does not take a long sentence above a rule, or a rule after a blank line, for an underline', () => {
    const { lines } = textToLines(
      'Experience\nI have built billing systems for banks and shops in three countries\n-----\nSkills\n\n-----\nPython',
      'txt',
    );
    expect(lines.map((l) => [l.text, l.heading])).toEqual([
      ['Experience', undefined],
      ['I have built billing systems for banks and shops in three countries', undefined],
      ['Skills', undefined],
      ['Python', undefined],
    ]);
  });
});

describe('contact', () => {
  it('reads "Boston, MA" and "Jackson, MS" as places although MA and MS are degrees too', () => {
    expect(parseLocation('Boston, MA')).toEqual({ city: 'Boston', region: 'MA' });
    expect(parseLocation('Jackson, MS')).toEqual({ city: 'Jackson', region: 'MS' });
    expect(parseLocation('MBA, Finance')).toBeNull();
  });
});

describe('dates', () => {
  it('reads a range cut by a narrow date column after "à" / "a" (French, Spanish)', () => {
    expect(isDateNote('09/2022 à')).toBe(true);
    expect(isDateNote('enero 2019 a')).toBe(true);
    const items = toItems([
      pl('09/2022 à | Ingénieur logiciel', 27, 220, 0, {
        segments: ['09/2022 à', 'Ingénieur logiciel'],
        segX: [27, 124],
      }),
      pl('Aujourd’hui | Kestrel Systems', 27, 204, 1.1, {
        segments: ['Aujourd’hui', 'Kestrel Systems'],
        segX: [27, 124],
      }),
    ]);
    expect(items[0]!.segments[0]).toBe('09/2022 à Aujourd’hui');
    expect(items[1]!.text).toBe('Kestrel Systems');
  });

  it('joins a range whose end month and year were wrapped apart in a date column ("déc. 2022–nov." over "2023")', () => {
    const items = toItems([
      pl('déc. 2022–nov. | Data Scientist chez Quantia', 27, 345, 0, {
        segments: ['déc. 2022–nov.', 'Data Scientist chez Quantia'],
        segX: [27, 124],
      }),
      pl('2023 | Seattle, WA', 27, 182, 1.1, { segments: ['2023', 'Seattle, WA'], segX: [27, 124] }),
    ]);
    expect(items.map((i) => i.segments)).toEqual([
      ['déc. 2022–nov. 2023', 'Data Scientist chez Quantia'],
      ['Seattle, WA'],
    ]);
    // a row whose two cells both wrapped
    const row = toItems([
      pl('Product Manager en Riverstone | noviembre 2022 - noviembre', 215, 559, 0, {
        segments: ['Product Manager en Riverstone', 'noviembre 2022 - noviembre'],
        segX: [215, 480],
      }),
      pl('Bank | 2024', 215, 439, 1.1, { segments: ['Bank', '2024'], segX: [215, 480] }),
      pl('Berlin', 215, 244, 1.1),
    ]);
    expect(row.map((i) => i.segments)).toEqual([
      ['Product Manager en Riverstone Bank', 'noviembre 2022 - noviembre 2024'],
      ['Berlin'],
    ]);
    // a lone year under a complete range is not part of it
    const apart = toItems([
      pl('2019 – 2021 | Acme', 27, 200, 0, { segments: ['2019 – 2021', 'Acme'], segX: [27, 124] }),
      pl('2018 | Beta', 27, 200, 1.1, { segments: ['2018', 'Beta'], segX: [27, 124] }),
    ]);
    expect(apart.map((i) => i.segments[0])).toEqual(['2019 – 2021', '2018']);
  });
});

describe('entries', () => {
  it('splits two-line entries (a name over its description) at the larger gaps between them', () => {
    const lines = [
      pl('Volunteer Match', 27, 120, 1.9),
      pl('Web app connecting local charities with volunteers', 27, 282, 1.13),
      pl('Sensor Hub', 27, 92, 1.73),
      pl('Home automation gateway collecting readings from cheap sensors', 27, 362, 1.13),
      pl('Budget Buddy', 27, 107, 1.73),
      pl('Personal finance tracker with automatic bank import', 27, 290, 1.13),
    ];
    expect(splitEntries(lines).map((e) => e.heads[0]!.text)).toEqual(['Volunteer Match', 'Sensor Hub', 'Budget Buddy']);
  });

  it('in text formats, starts a new entry at a blank line between header lines', () => {
    const lines = [
      makeLine('PhD, Economics'),
      makeLine('2011 – 2015'),
      makeLine('Delft University of Technology'),
      makeLine('Master of Science, Information Systems', { gapBefore: 1 }),
      makeLine('2007 – 2011'),
      makeLine('University of Toronto'),
    ];
    expect(splitEntries(lines).map((e) => e.heads.map((h) => h.text))).toEqual([
      ['PhD, Economics', '2011 – 2015', 'Delft University of Technology'],
      ['Master of Science, Information Systems', '2007 – 2011', 'University of Toronto'],
    ]);
  });

  it('starts a new entry at a bold line after plain ones when entries open in bold (Word)', () => {
    const lines = [
      makeLine('PhD, Economics', { bold: true }),
      makeLine('2011 – 2015'),
      makeLine('Delft University of Technology'),
      makeLine('Master of Science, Information Systems', { bold: true }),
      makeLine('2007 – 2011'),
      makeLine('University of Toronto'),
    ];
    expect(splitEntries(lines).map((e) => e.heads[0]!.text)).toEqual([
      'PhD, Economics',
      'Master of Science, Information Systems',
    ]);
  });

  it('keeps a date line with the undated header above it, even after a paragraph-sized gap', () => {
    const lines = [
      pl('Harrison Money Management, Accountant', 72, 335, 2.6),
      pl('Aug. 2020 – Oct. 2021', 72, 165, 2.55),
      pl('Prepared tax returns for clients', 108, 343, 2.3, { bullet: true }),
      pl('Helped the audit team', 108, 300, 1.15, { bullet: true }),
      pl('Harrison Money Management, Junior Accountant', 72, 366, 2.58),
      pl('May 2019 – Aug. 2020', 72, 167, 2.55),
      pl('Maintained accounts receivable', 108, 300, 2.3, { bullet: true }),
      pl('Reviewed monthly payroll', 108, 300, 1.15, { bullet: true }),
    ];
    const entries = splitEntries(lines);
    expect(entries.map((e) => e.heads.map((h) => h.text))).toEqual([
      ['Harrison Money Management, Accountant', 'Aug. 2020 – Oct. 2021'],
      ['Harrison Money Management, Junior Accountant', 'May 2019 – Aug. 2020'],
    ]);
  });
});

describe('wrapped entry headers', () => {
  it('keeps a long header that wrapped inside its date range a header', () => {
    const items = toItems([
      pl('Ingeniero de software en Kestrel Systems | febrero 2022 a junio', 0, 348, 1.7),
      pl('2024', 0, 25, 1.13),
      pl('Led the data warehouse schema, reducing errors by a third', 13, 310, 1.35),
    ]);
    expect(items.map((i) => [i.kind, i.text])).toEqual([
      ['head', 'Ingeniero de software en Kestrel Systems | febrero 2022 a junio 2024'],
      ['bullet', 'Led the data warehouse schema, reducing errors by a third'],
    ]);
  });
});

describe('projects', () => {
  it('names a project by its first line, even when that line has a job-title word ("Volunteer")', () => {
    const lines = [
      makeLine('Jane Roe'),
      makeLine('jane@example.com'),
      makeLine('Projects', { heading: 2 }),
      makeLine('Volunteer Match'),
      makeLine('Web app connecting local charities with volunteers'),
    ];
    const p = parseProfileLines(lines).profile;
    expect(p.projects.map((x) => [x.name, x.description])).toEqual([
      ['Volunteer Match', 'Web app connecting local charities with volunteers'],
    ]);
  });
});

describe('wrap edge', () => {
  it('uses a row with a flush-right date as the column edge, so short glyph-less list lines stay apart', () => {
    const lines = [
      pl('Fjord Payments | 2022 – Present', 27, 569, 1.9, {
        segments: ['Fjord Payments', '2022 – Present'],
        segX: [27, 500],
      }),
      pl('Data Analyst', 27, 91, 1.13),
      pl('Designed supplier contracts for the logistics unit, saving 12 hours per week', 40, 419, 1.35),
      pl('Negotiated a reporting pipeline for finance, reducing errors by a third', 40, 388, 1.2),
      pl('Automated the migration of legacy servers to the cloud, across four countries', 40, 430, 1.2),
    ];
    expect(
      toItems(lines)
        .filter((i) => i.kind === 'bullet')
        .map((i) => i.text.split(' ')[0]),
    ).toEqual(['Designed', 'Negotiated', 'Automated']);
  });
});

describe('label rows', () => {
  const row = (cells: string[], xs: number[], gap: number): DocLine =>
    pl(cells.join(' | '), xs[0]!, 566, gap, { segments: cells, segX: xs, size: 11.5 });

  it('joins a label that wrapped in its narrow column and lines the content up with the rows below', () => {
    const lines = [
      makeLine('Jane Roe', { size: 22, x: 27 }),
      row(['Professional', 'Operations Manager | 08/2022 to Present'], [30, 149], 1.4),
      pl('Experience', 30, 95, 0.3, { size: 11.5 }),
      pl('Vantage Health, Seattle', 149, 260, 1.1),
      row(['Education', 'TU Berlin | 2015 - 2019'], [30, 149], 2.2),
    ];
    const sections = segmentSections(lines);
    expect(sections.map((s) => [s.kind, s.title])).toEqual([
      ['header', ''],
      ['work', 'Professional Experience'],
      ['education', 'Education'],
    ]);
    expect(sections[1]!.lines.map((l) => [l.text, l.x])).toEqual([
      ['Operations Manager | 08/2022 to Present', 149],
      ['Vantage Health, Seattle', 149],
    ]);
  });

  it('joins a wrapped label whose first line is a heading on its own ("Employment" over "History")', () => {
    const lines = [
      makeLine('Jane Roe', { size: 22, x: 27 }),
      row(['Employment', 'Pinecrest Group | May 2023 to Now'], [30, 149], 1.4),
      pl('Software Engineer, Lyon', 149, 270, 1.1),
      pl('History', 30, 77, 0.3, { size: 11.5 }),
      pl('Mentored the mobile checkout experience', 163, 509, 1),
      row(['Education', 'TU Berlin | 2015 - 2019'], [30, 149], 2.2),
    ];
    const sections = segmentSections(lines);
    expect(sections.map((s) => s.title)).toEqual(['', 'Employment History', 'Education']);
    expect(sections[1]!.lines.map((l) => l.text)).not.toContain('History');
  });

  it('gives the rest of a label row the content size, so "Languages: Rust, SQL" beside "Technical Skills" is no heading', () => {
    const lines = [
      makeLine('Jane Roe', { size: 22, x: 27 }),
      row(['Experience', 'Acme Corp | 2020 - 2022'], [30, 149], 1.4),
      pl('Designed the ordering service for shops in four countries', 163, 500, 1.3),
      pl('Negotiated contracts with suppliers in the whole region', 163, 480, 1.2),
      row(['Technical Skills', 'Languages: Rust, C++, SQL'], [30, 149], 2.2),
      pl('Tools: Jira, Kubernetes, Git', 149, 300, 1.3),
    ];
    const sections = segmentSections(lines);
    expect(sections.map((s) => s.kind)).toEqual(['header', 'work', 'skills']);
    expect(sections[2]!.lines.map((l) => [l.text, l.size])).toEqual([
      ['Languages: Rust, C++, SQL', 10],
      ['Tools: Jira, Kubernetes, Git', 10],
    ]);
  });

  it('accepts a weak heading word as a label where strong labels share its left edge', () => {
    const lines = [
      makeLine('Jane Roe', { size: 22, x: 27 }),
      row(['Experiencia', 'Orion Logistics | 10/2022 - actualidad'], [30, 149], 1.4),
      pl('Ingeniero de software, Barcelona', 149, 300, 1.1),
      pl('Designed quarterly planning with three teams', 163, 400, 1.3),
      pl('Migrated the billing service to the cloud with zero downtime', 163, 450, 1.2),
      row(['Formación', 'Universidad de Barcelona | 2015 - 2019'], [30, 149], 2.2),
      pl('Grado en Economía', 149, 300, 1.1),
    ];
    expect(segmentSections(lines).map((s) => s.kind)).toEqual(['header', 'work', 'education']);
    // without a strong label at its edge, the weak word stays content
    const alone = lines.filter((l) => !l.text.startsWith('Formación') && !l.text.startsWith('Grado'));
    expect(segmentSections(alone).map((s) => s.kind)).toEqual(['header']);
  });
});
