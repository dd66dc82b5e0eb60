import { describe, expect, it } from 'vitest';
import { rewriteLabelRows } from './label-rows';
import { makeLine, type DocLine } from './lines';

const row = (label: string, value: string): DocLine =>
  makeLine(`${label} | ${value}`, { segments: [label, value], segX: [40, 200], x: 40, size: 9 });
const one = (text: string, x = 40): DocLine => makeLine(text, { x, size: 9 });

describe('rewriteLabelRows (2002 Europass)', () => {
  it('turns label rows into the position, employer, dates and bullets of one entry each', () => {
    const out = rewriteLabelRows([
      one('Work experience'),
      row('Dates', 'July 2022 - present'),
      row('Occupation or position held', 'Data Analyst'),
      row('Main activities and responsibilities', 'Built dashboards; Led the migration'),
      row('Name and address of employer', 'Acme Analytics Inc., Manchester'),
      row('Dates', 'August 2020 - June 2022'),
      row('Occupation or position held', 'Financial Analyst'),
      row('Name and address of employer', 'Maple Street Studio'),
    ]);
    expect(out.map((l) => (l.bullet ? `* ${l.text}` : l.text))).toEqual([
      'Work experience',
      'Data Analyst',
      'Acme Analytics Inc., Manchester',
      'July 2022 - present',
      '* Built dashboards',
      '* Led the migration',
      'Financial Analyst',
      'Maple Street Studio',
      'August 2020 - June 2022',
    ]);
  });

  it('pairs a label column the reader took apart from its values, and leaves other documents alone', () => {
    const out = rewriteLabelRows([
      one('Name:'),
      one('Anschrift:'),
      one('Telefon:'),
      one('Felix Brandt', 200),
      one('Berlin, Germany', 200),
      one('+49 30 1234567', 200),
    ]);
    expect(out.map((l) => l.segments)).toEqual([
      ['Name:', 'Felix Brandt'],
      ['Anschrift:', 'Berlin, Germany'],
      ['Telefon:', '+49 30 1234567'],
    ]);
    const plain = [one('Experience'), one('Engineer at Acme'), one('2019 - 2021')];
    expect(rewriteLabelRows(plain)).toEqual(plain);
  });
});
