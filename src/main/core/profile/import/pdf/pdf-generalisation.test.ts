// PDF layout fixes found by the synthetic-CV benchmark (bench/parse-synthetic.ts).
import { describe, expect, it } from 'vitest';
import { orderBlocks } from './pdf-columns';
import { loadPdf } from './pdf-document';
import type { Frag } from './pdf-fragments';
import { pageLines } from './pdf-lines';
import { makeLayoutPdf } from './make-layout-pdf';
import { readPdfText } from './read-pdf';

const f = (text: string, x0: number, y: number, width = text.length * 5, size = 10): Frag => ({
  text,
  x0,
  x1: x0 + width,
  y,
  size,
  page: 1,
});
const texts = (blocks: Frag[][]): string[][] =>
  blocks.map((b) => [...b].sort((a, c) => c.y - a.y || a.x0 - c.x0).map((x) => x.text));

describe('label column with wrapped labels', () => {
  it('joins "Education and" over "Training" into one label that opens its band', () => {
    const frags = [
      f('Experience', 10, 700),
      f('Acme Corp | 2020 - 2022', 125, 700),
      f('Senior Engineer', 125, 686),
      f('Built the platform for all teams', 145, 672),
      f('Shipped the app to a million users', 145, 658),
      f('Cut costs by a third through caching', 145, 644),
      f('Education and', 10, 610),
      f('Training', 10, 597),
      f('TU Berlin | 2015 - 2019', 125, 610),
      f('MSc Informatics', 125, 597),
      f('Skills', 10, 560),
      f('Python, SQL', 125, 560),
      f('Docker, Kubernetes', 125, 546),
    ];
    const out = texts(orderBlocks(frags));
    expect(out.map((b) => b[0])).toEqual([
      'Experience',
      'Acme Corp | 2020 - 2022',
      'Education and Training',
      'TU Berlin | 2015 - 2019',
      'Skills',
      'Python, SQL',
    ]);
    expect(out.flat()).not.toContain('Training');
  });
});

describe('two columns on one baseline grid', () => {
  it('reads a shorter right column of prose as a column, not as side notes', () => {
    const left = [
      'Summary',
      'Results-driven specialist with a track record',
      'in marketing and clear communication.',
      'Work',
      'Bluefin Labs, DevOps Engineer',
      'Automated supplier contracts for the unit',
      'Migrated a dashboard used by managers',
      'Led the mobile checkout experience',
      'Built the alerting system for incidents',
    ];
    const right = ['Education', 'Bachelor of Science in Physics', 'University of Manchester'];
    const frags = [...left.map((t, i) => f(t, 30, 700 - i * 14)), ...right.map((t, i) => f(t, 330, 700 - i * 14))];
    const out = texts(orderBlocks(frags));
    expect(out).toEqual([left, right]);
  });
});

describe('columns whose headings share a row', () => {
  it('cuts above "Work" | "Education" although "Work" is a weak heading word', () => {
    const left = [
      'Work',
      'Account Manager at Nordlicht Media',
      'London, UK',
      'Oct 2020 - Feb 2024',
      'Reduced the customer onboarding flow',
      'Financial Analyst at Pinecrest Group',
      'Sep 2017 - Sep 2020',
      'Introduced the data warehouse schema',
    ];
    const right = [
      'Education',
      'Université de Lyon',
      'PhD in Mathematics',
      'Sep 2014 - Jul 2017',
      'Skills',
      'Python, SQL, Docker',
    ];
    const frags = [
      f('Isabel Moreau, Data Scientist, Berlin', 30, 760, 420, 22),
      ...left.map((t, i) => f(t, 30, 700 - i * 14)),
      ...right.map((t, i) => f(t, 360, 700 - i * 14)),
    ];
    const out = texts(orderBlocks(frags));
    expect(out.slice(-2)).toEqual([left, right]);
  });
});

describe('column right edge', () => {
  it('takes a full-width column to the right margin, as wide as the left one', async () => {
    const pdf = makeLayoutPdf([
      { x: 40, y: 750, text: 'Jane Roe', size: 20 },
      { x: 40, y: 700, text: 'Experience', size: 13 },
      { x: 40, y: 680, text: 'Acme Corp' },
      { x: 55, y: 665, text: 'Designed the ordering service for shops' },
      { x: 55, y: 651, text: 'Negotiated contracts with suppliers' },
    ]);
    const page = (await loadPdf(pdf)).pages[0]!;
    expect(pageLines(page).every((l) => l.columnRight === 612 - 40)).toBe(true);
  });

  it('keeps glyph-less list lines apart when none of them reaches the edge', async () => {
    const pdf = makeLayoutPdf([
      { x: 40, y: 750, text: 'Jane Roe', size: 20 },
      { x: 40, y: 735, text: 'jane@example.com' },
      { x: 40, y: 700, text: 'Experience', size: 13 },
      { x: 40, y: 680, text: 'Acme Corp, Software Engineer' },
      { x: 40, y: 667, text: 'Jan 2020 - Present' },
      { x: 55, y: 652, text: 'Negotiated contracts with suppliers in the region' },
      { x: 55, y: 639, text: 'Mentored two junior engineers' },
      { x: 55, y: 626, text: 'Designed the ordering service for shops in all countries' },
    ]);
    const work = (await readPdfText(pdf)).profile.work;
    expect(work.map((w) => w.highlights.map((h) => h.text.split(' ')[0]))).toEqual([
      ['Negotiated', 'Mentored', 'Designed'],
    ]);
  });
});
