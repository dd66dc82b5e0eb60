import { describe, expect, it } from 'vitest';
import { matchHeading } from './headings';
import { makeLine, type DocLine } from './lines';
import { segmentSections } from './sections';

describe('matchHeading', () => {
  it.each([
    ['WORK EXPERIENCE', 'work'],
    ['Professional Experience:', 'work'],
    ['Berufserfahrung', 'work'],
    ['Expériences professionnelles', 'work'],
    ['Experiencia laboral', 'work'],
    ['Ausbildung', 'education'],
    ['Formation', 'education'],
    ['Educación', 'education'],
    ['Kenntnisse', 'skills'],
    ['Compétences', 'skills'],
    ['Habilidades', 'skills'],
    ['Sprachen', 'languages'],
    ['Idiomas', 'languages'],
    ['Certifications', 'certificates'],
    ['Projects', 'projects'],
    ['E X P E R I E N C E', 'work'],
    ['Summary', 'summary'],
  ])('%s opens %s', (text, kind) => expect(matchHeading(text)?.kind).toBe(kind));

  it('rejects sentences and contact lines', () => {
    expect(matchHeading('Led a team of five engineers.')).toBeNull();
    expect(matchHeading('john@doe.com')).toBeNull();
    expect(matchHeading('Built 12 services in 2021 for 4000 users')).toBeNull();
  });

  it('marks words that also occur inside sections as needing a visual cue', () => {
    expect(matchHeading('Technologies')).toMatchObject({ kind: 'skills', strong: false });
    expect(matchHeading('Programming Languages')).toMatchObject({ partial: true });
  });
});

describe('segmentSections with wrapped headings', () => {
  it('joins a heading that wrapped in a narrow column, so its second word opens no section', () => {
    const at = (text: string, y: number, size = 11, gapBefore = 0): DocLine =>
      makeLine(text, { x: 400, y, size, gapBefore });
    const lines = [
      at('FORMATION', 700, 11, 2),
      at('University of Manchester', 686, 9),
      at('CONTACT', 660, 11, 2),
      at('Lyon', 646, 9),
      at('COMPÉTENCES', 620, 11, 2),
      at('TECHNIQUES', 608, 11, 1.8),
      at('Langages: SQL, Java', 594, 9),
      at('Outils: Docker', 582, 9),
    ];
    const kinds = segmentSections(lines).map((s) => [s.kind, s.title]);
    expect(kinds).toContainEqual(['skills', 'COMPÉTENCES TECHNIQUES']);
    expect(kinds.filter(([k]) => k === 'other')).toEqual([]);
  });
});

describe('segmentSections with a label column', () => {
  it('joins a label that wrapped onto a row that also holds content, and keeps that content', () => {
    const row = (cells: string[], xs: number[], y: number): DocLine =>
      makeLine(cells.join(' | '), { segments: cells, segX: xs, x: xs[0]!, y, size: 11 });
    const lines = [
      row(['Profile', 'Curious problem solver with nine years in operations.'], [30, 150], 720),
      row(['Professional', 'Account Manager at Riverstone Bank', 'Dec 2022 to Sep 2024'], [30, 150, 450], 690),
      row(['Experience', 'Reduced the customer onboarding flow, reducing errors'], [30, 163], 676),
      makeLine('Launched the data warehouse schema, with zero downtime', { x: 163, y: 664, size: 10 }),
      row(['Education', 'Universidad de Barcelona', 'Sep 2019 to Jun 2022'], [30, 150, 450], 630),
    ];
    const sections = segmentSections(lines);
    const work = sections.find((s) => s.kind === 'work');
    expect(work?.title).toBe('Professional Experience');
    expect(work?.lines.map((l) => l.text)).toEqual([
      'Account Manager at Riverstone Bank | Dec 2022 to Sep 2024',
      'Reduced the customer onboarding flow, reducing errors',
      'Launched the data warehouse schema, with zero downtime',
    ]);
  });

  it('cuts a label set so close to its content that both came out as one piece', () => {
    const row = (cells: string[], xs: number[], y: number): DocLine =>
      makeLine(cells.join(' | '), { segments: cells, segX: xs, x: xs[0]!, y, size: 11 });
    const lines = [
      row(['Experience', 'Analyst at Vantage Health', 'Aug 2022 – Aug 2024'], [30, 150, 420], 650),
      makeLine('Projects in four countries, for the finance unit', { x: 30, y: 636, size: 10 }),
      row(['Education', 'Technical University of Munich', 'Sep 2018 – Jun 2022'], [30, 150, 420], 620),
      makeLine('Bachelor of Arts, Psychology', { x: 150, y: 606, size: 10 }),
      makeLine('Selected Projects Tiny Compiler', { x: 30, y: 580, size: 11 }),
      makeLine('Teaching compiler for a small functional language', { x: 150, y: 566, size: 10 }),
      row(['Skills & Tools', 'Azure, AWS, PostgreSQL'], [30, 150], 544),
    ];
    const sections = segmentSections(lines);
    // a line of prose that starts with a heading word is not cut
    expect(sections.find((s) => s.kind === 'work')?.lines.map((l) => l.text)).toContain(
      'Projects in four countries, for the finance unit',
    );
    const projects = sections.find((s) => s.kind === 'projects');
    expect(projects?.title).toBe('Selected Projects');
    expect(projects?.lines.map((l) => [l.text, l.x])).toEqual([
      ['Tiny Compiler', 150],
      ['Teaching compiler for a small functional language', 150],
    ]);
  });
});

describe('segmentSections with wrapped lines', () => {
  it('joins a heading in the body font style that wrapped, lower case second word included', () => {
    const at = (text: string, size: number, gapBefore = 0): DocLine => makeLine(text, { x: 400, size, gapBefore });
    const lines = [
      at('Coordonnées', 12, 2),
      at('zoe@example.org', 9),
      at('Compétences', 12, 2),
      at('techniques', 12, 1.8),
      at('Langages: SQL, Rust', 9),
      at('Outils: Docker, Git, Terraform', 9),
    ];
    expect(segmentSections(lines).map((s) => s.title)).toContain('Compétences techniques');
  });

  it('joins a date range whose end year wrapped onto the next line', () => {
    const lines = [
      makeLine('Expérience professionnelle', { size: 12, gapBefore: 2 }),
      makeLine('Chef de projet chez Maple Street Studio | nov. 2021 - déc.', { size: 10 }),
      makeLine('2024', { size: 10 }),
      makeLine('Designed the migration of legacy servers to the cloud', { size: 10, bullet: true }),
    ];
    const work = segmentSections(lines).find((s) => s.kind === 'work');
    expect(work?.lines.map((l) => l.text)).toEqual([
      'Chef de projet chez Maple Street Studio | nov. 2021 - déc. 2024',
      'Designed the migration of legacy servers to the cloud',
    ]);
  });

  it('joins a date cell that wrapped over rows of a date column, keeping the content beside it', () => {
    const row = (cells: string[], y: number): DocLine =>
      makeLine(cells.join(' | '), { segments: cells, segX: cells.map((_, i) => (i ? 150 : 30)), x: 30, y, size: 10 });
    const lines = [
      makeLine('Experience', { x: 30, y: 720, size: 12, gapBefore: 2 }),
      row(['November', 'Atelier Rouge SAS'], 700),
      row(['2023–October', 'Research Assistant, Paris'], 688),
      row(['2024', '• Analysed the internal billing service'], 676),
    ];
    const work = segmentSections(lines).find((s) => s.kind === 'work');
    expect(work?.lines.map((l) => l.text)).toEqual([
      'November 2023–October 2024 | Atelier Rouge SAS',
      'Research Assistant, Paris',
      '• Analysed the internal billing service',
    ]);
  });

  it('reads labels set as lines of their own beside their content, and the content as theirs', () => {
    const at = (text: string, x: number, y: number, extra: Partial<DocLine> = {}): DocLine =>
      makeLine(text, { x, xEnd: x + 60, y, size: 11, ...extra });
    const lines = [
      at('Summary', 30, 722, { block: 1 }),
      at('Analytical professional with five years of experience.', 150, 722, { block: 2, blockStart: true }),
      at('Education', 30, 680, { block: 3 }),
      at('MSc Mechanical Engineering | 2012 – 2015', 150, 680, {
        block: 4,
        blockStart: true,
        segments: ['MSc Mechanical Engineering', '2012 – 2015'],
        segX: [150, 450],
      }),
      at('Politecnico di Milano', 150, 665, { block: 4 }),
      at('Career | Vantage Health | 2023 – Present', 30, 624, {
        block: 4,
        gapBefore: 3,
        segments: ['Career', 'Vantage Health', '2023 – Present'],
        segX: [30, 150, 450],
      }),
      at('Product Manager, Berlin', 150, 609, { block: 4 }),
    ];
    const sections = segmentSections(lines)
      .filter((s) => s.kind !== 'header')
      .map((s) => [s.kind, s.lines.length]);
    expect(sections).toEqual([
      ['summary', 1],
      ['education', 2],
      ['work', 2],
    ]);
  });
});
