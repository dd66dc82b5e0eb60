import { describe, expect, it } from 'vitest';
import { makeTestPdf } from '../make-test-pdf';
import { hasSuspectSplit } from './glyph-words';
import { repairText } from './pdf-repair';
import { readPdfText } from './read-pdf';

/** One page of Helvetica lines, each given as raw content-stream operators after the line's move. */
function rawLinesPdf(lines: string[]): Uint8Array {
  const content = lines.map((ops, i) => `BT /F1 11 Tf 72 ${720 - i * 18} Td ${ops} ET`).join('\n');
  return makeTestPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]);
}

describe('repairText', () => {
  it('joins a suspect split only where the glyphs draw one word', () => {
    expect(repairText('DevO ps Site Reliability Engineer', new Set(['devops', 'site']))).toBe(
      'DevOps Site Reliability Engineer',
    );
    expect(repairText('DevO ps Site Reliability Engineer')).toBe('DevO ps Site Reliability Engineer');
    expect(repairText('Berater der GmbH für Steuern', new Set(['gmbh', 'für']))).toBe('Berater der GmbH für Steuern');
  });

  it('fixes l-for-I in acronyms and letter-spaced capitals, and leaves real words alone', () => {
    expect(repairText('Linux systems, Cl/CD pipelines')).toBe('Linux systems, CI/CD pipelines');
    expect(repairText('S U M M A R Y')).toBe('SUMMARY');
    expect(repairText('PhD in Computer Science')).toBe('PhD in Computer Science');
    expect(repairText('Clean code and a calm team')).toBe('Clean code and a calm team');
  });
});

describe('hasSuspectSplit', () => {
  it('reads the glyphs only for a split with an odd tail, not for "PhD in" or "GmbH für"', () => {
    expect(hasSuspectSplit('DevO ps Site Reliability Engineer')).toBe(true);
    expect(hasSuspectSplit('PhD in Physics, GmbH für Steuern, PwC not only')).toBe(false);
  });
});

describe('split words on real PDFs (glyph positions from pdf.js)', () => {
  it('joins letter spacing that pdf.js read as a space, keeps real spaces and wide gaps', async () => {
    const bytes = rawLinesPdf([
      '[(DevO) -150 (ps Engineer)] TJ', // 0.15 em of letter spacing inside one word
      '(Berater der GmbH f\\374r Steuern) Tj', // a space glyph
      '[(Audit at PwC) -333 (not only numbers)] TJ', // a 0.33 em gap with no space glyph (TeX-style)
      '[(Tax at GmbH) -250 (f\\374r Kunden)] TJ',
    ]);
    const { text } = await readPdfText(bytes);
    expect(text).toContain('DevOps Engineer');
    expect(text).toContain('GmbH für Steuern');
    expect(text).toContain('PwC not only');
    expect(text).toContain('GmbH für Kunden');
  });
});
