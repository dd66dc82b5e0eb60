import { describe, expect, it } from 'vitest';
import { orderBlocks } from './pdf-columns';
import type { Frag } from './pdf-fragments';

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

describe('orderBlocks', () => {
  it('reads a sidebar before the main column, under a full-width header', () => {
    const frags = [
      f('Jane Roe, Engineer at a company with a long title line', 60, 760, 480),
      f('Skills', 20, 700),
      f('Python, SQL, Docker', 20, 684),
      f('Languages', 20, 650),
      f('English, German', 20, 634),
      f('Experience', 220, 702),
      f('Acme Corp, Senior Engineer', 220, 690),
      f('Built the billing platform used by all teams', 220, 675),
      f('Cut costs by a third through better caching', 220, 661),
      f('Education', 220, 630),
      f('TU Berlin, MSc Informatics', 220, 615),
    ];
    const out = texts(orderBlocks(frags));
    expect(out[0]).toEqual(['Jane Roe, Engineer at a company with a long title line']);
    expect(out[1]).toEqual(['Skills', 'Python, SQL, Docker', 'Languages', 'English, German']);
    expect(out[2]![0]).toBe('Experience');
  });

  it('keeps right-aligned dates on the rows they belong to', () => {
    const frags = [
      f('Acme Corp, Senior Engineer', 50, 700),
      f('Jan 2020 – Present', 470, 700, 90),
      f('Built the billing platform used by every team in the company', 60, 686, 380),
      f('Berlin, Germany', 485, 686, 75),
      f('Beta GmbH, Engineer', 50, 660),
      f('Mar 2017 – Dec 2019', 465, 660, 95),
      f('Wrote the first version of the ordering service and its tests', 60, 646, 380),
    ];
    expect(orderBlocks(frags)).toHaveLength(1);
  });

  it('cuts a label column into bands: each heading, then its content', () => {
    const frags = [
      f('Experience', 10, 700),
      f('Acme Corp', 125, 700),
      f('Senior Engineer', 125, 686),
      f('Built the platform', 145, 672),
      f('Shipped the app to a million users', 145, 658),
      f('Education', 10, 620),
      f('TU Berlin', 125, 620),
      f('MSc Informatics', 125, 606),
      f('Skills', 10, 570),
      f('Python, SQL', 125, 570),
      f('Docker, Kubernetes', 125, 556),
    ];
    const out = texts(orderBlocks(frags));
    expect(out.map((b) => b[0])).toEqual([
      'Experience',
      'Acme Corp',
      'Education',
      'TU Berlin',
      'Skills',
      'Python, SQL',
    ]);
  });

  it('splits two columns of sections on one line grid, even when one side is short lines', () => {
    const frags = [
      f('PROFESSIONAL SUMMARY', 40, 700),
      f('ACADEMIC BACKGROUND', 320, 700),
      f('Curious problem solver with seven years in operations,', 40, 686, 260),
      f('ETH Zurich', 320, 686),
      f('comfortable owning projects from discovery to delivery.', 40, 672, 260),
      f('BSc in Economics', 320, 672),
      f('EMPLOYMENT HISTORY', 40, 644),
      f('SKILLS & TOOLS', 320, 644),
      f('Operations Manager', 40, 630),
      f('PostgreSQL, Kanban, Flask', 320, 630),
      f('Grupo Meridiano', 40, 616),
      f('Testing, Lean, MongoDB', 320, 616),
      f('Reduced the cost of the dashboard used by regional managers', 40, 602, 260),
      f('Automated the reporting pipeline for finance, saving hours', 40, 588, 260),
      f('Introduced a test suite covering core payments on time', 40, 574, 260),
      f('Project Manager', 40, 546),
      f('Hartmann KG', 40, 532),
      f('Negotiated a budget of 250k for the new planning process', 40, 518, 260),
      f('Launched quarterly planning with three teams in four countries', 40, 504, 260),
    ];
    const out = texts(orderBlocks(frags));
    expect(out.map((b) => b[0])).toEqual(['PROFESSIONAL SUMMARY', 'ACADEMIC BACKGROUND']);
    expect(out[0]).toContain('Grupo Meridiano');
    expect(out[1]).toContain('Testing, Lean, MongoDB');
  });
});
