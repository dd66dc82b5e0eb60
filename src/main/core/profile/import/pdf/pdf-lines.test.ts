import { describe, expect, it } from 'vitest';
import type { PdfItem, PdfPage } from './pdf-document';
import { pageLines } from './pdf-lines';

const item = (str: string, x: number, y: number, width = str.length * 5, size = 10): PdfItem => ({
  str,
  x,
  y,
  width,
  size,
  font: 'f1',
  page: 1,
});
const page = (items: PdfItem[]): PdfPage => ({ page: 1, width: 612, height: 792, items });

describe('pageLines', () => {
  it('restores fi/fl ligatures that came out as a wide blank between letters', () => {
    const lines = pageLines(
      page([
        item('Pro', 50, 700, 15),
        item('\u0000', 65, 700, 6),
        item('les', 71, 700, 14),
        item('StackOver', 50, 680, 45),
        item(' ', 95, 680, 6),
        item('ow', 101, 680, 10),
      ]),
    );
    expect(lines.map((l) => l.text)).toEqual(['Profiles', 'StackOverflow']);
  });

  it('takes bullet glyphs as list marks and icon glyphs as separators', () => {
    const lines = pageLines(
      page([
        item('✉', 50, 740, 8),
        item('jane@example.com', 62, 740, 80),
        item('☎', 160, 740, 8),
        item('+1 555 0100', 172, 740, 55),
        item('◦', 60, 700, 6),
        item('Designed the ledger service', 73, 700, 140),
      ]),
    );
    expect(lines[0]!.segments).toEqual(['jane@example.com', '+1 555 0100']);
    expect(lines[1]).toMatchObject({ text: 'Designed the ledger service', bullet: true });
  });

  it('sets a footer far below the text apart, so it is not parsed', () => {
    const lines = pageLines(
      page([item('Jane Roe', 50, 740), item('Experience', 50, 700), item('Powered by resumes.example', 50, 30)]),
    );
    expect(lines.at(-1)).toMatchObject({ footer: true });
    expect(lines.filter((l) => !l.footer).map((l) => l.text)).toEqual(['Jane Roe', 'Experience']);
  });
});
