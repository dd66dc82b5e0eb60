import { describe, expect, it } from 'vitest';
import { orderBlocks } from './pdf-columns';
import type { Frag } from './pdf-fragments';

const f = (text: string, x0: number, y: number, width = text.length * 5, size = 10): Frag => ({ text, x0, x1: x0 + width, y, size, page: 1 });
const texts = (blocks: Frag[][]): string[][] => blocks.map((b) => [...b].sort((a, c) => c.y - a.y || a.x0 - c.x0).map((x) => x.text));

describe('orderBlocks', () => {
  it('reads a sidebar before the main column, under a full-width header', () => {
    const frags = [
      f('Jane Roe, Engineer at a company with a long title line', 60, 760, 480),
      f('Skills', 20, 700), f('Python, SQL, Docker', 20, 684), f('Languages', 20, 650), f('English, German', 20, 634),
      f('Experience', 220, 702), f('Acme Corp, Senior Engineer', 220, 690), f('Built the billing platform used by all teams', 220, 675),
      f('Cut costs by a third through better caching', 220, 661), f('Education', 220, 630), f('TU Berlin, MSc Informatics', 220, 615),
    ];
    const out = texts(orderBlocks(frags));
    expect(out[0]).toEqual(['Jane Roe, Engineer at a company with a long title line']);
    expect(out[1]).toEqual(['Skills', 'Python, SQL, Docker', 'Languages', 'English, German']);
    expect(out[2]![0]).toBe('Experience');
  });

  it('keeps right-aligned dates on the rows they belong to', () => {
    const frags = [
      f('Acme Corp, Senior Engineer', 50, 700), f('Jan 2020 – Present', 470, 700, 90),
      f('Built the billing platform used by every team in the company', 60, 686, 380), f('Berlin, Germany', 485, 686, 75),
      f('Beta GmbH, Engineer', 50, 660), f('Mar 2017 – Dec 2019', 465, 660, 95),
      f('Wrote the first version of the ordering service and its tests', 60, 646, 380),
    ];
    expect(orderBlocks(frags)).toHaveLength(1);
  });

  it('cuts a label column into bands: each heading, then its content', () => {
    const frags = [
      f('Experience', 10, 700), f('Acme Corp', 125, 700), f('Senior Engineer', 125, 686), f('Built the platform', 145, 672),
      f('Shipped the app to a million users', 145, 658),
      f('Education', 10, 620), f('TU Berlin', 125, 620), f('MSc Informatics', 125, 606),
      f('Skills', 10, 570), f('Python, SQL', 125, 570), f('Docker, Kubernetes', 125, 556),
    ];
    const out = texts(orderBlocks(frags));
    expect(out.map((b) => b[0])).toEqual(['Experience', 'Acme Corp', 'Education', 'TU Berlin', 'Skills', 'Python, SQL']);
  });
});
