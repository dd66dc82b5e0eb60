import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeText, sniffFormat } from './sniff-format';

const bytes = (...b: number[]) => Uint8Array.from([...b, ...new Array(64).fill(0x20)]);

describe('sniffFormat', () => {
  it('trusts the bytes, not the extension', () => {
    expect(sniffFormat(strToU8('%PDF-1.7\n...'), 'cv.docx')).toBe('pdf');
    expect(sniffFormat(zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 'cv.pdf')).toBe('docx');
    expect(sniffFormat(zipSync({ 'Profile.csv': strToU8('a'), 'Positions.csv': strToU8('b') }), 'export.docx')).toBe(
      'linkedin-zip',
    );
    expect(sniffFormat(strToU8('  {"basics": {}}'), 'cv.txt')).toBe('json');
  });

  it('tells text from Markdown', () => {
    expect(sniffFormat(strToU8('Jane Roe\nEngineer'), 'cv.txt')).toBe('txt');
    expect(sniffFormat(strToU8('Jane Roe'), 'cv.md')).toBe('markdown');
    expect(sniffFormat(strToU8('# Jane Roe\n\n## Skills\n- Go\n'), 'cv')).toBe('markdown');
  });

  it('names what a file really is when it cannot be read', () => {
    expect(() => sniffFormat(bytes(0x4d, 0x5a), 'cv.pdf')).toThrow(/Windows program/);
    expect(() => sniffFormat(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'cv.doc')).toThrow(/Word 97–2003/);
    expect(() => sniffFormat(bytes(0x89, 0x50, 0x4e, 0x47), 'cv.pdf')).toThrow(/picture \(PNG\)/);
    expect(() => sniffFormat(zipSync({ 'xl/workbook.xml': strToU8('x') }), 'cv.zip')).toThrow(/PowerPoint or Excel/);
    expect(() => sniffFormat(zipSync({ 'photo.jpg': strToU8('x') }), 'cv.zip')).toThrow(
      /neither a Word document nor a LinkedIn/,
    );
    expect(() => sniffFormat(Uint8Array.from([1, 2, 0, 3, 0, 0, 7]), 'cv.txt')).toThrow(/does not recognise/);
    expect(() => sniffFormat(new Uint8Array(0), 'cv.pdf')).toThrow(/is empty/);
  });

  it('decodes UTF-8, UTF-16 with BOM and falls back to Windows-1252', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x4a, 0xc3, 0xa9]))).toBe('Jé');
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x4a, 0x00, 0xe9, 0x00]))).toBe('Jé');
    expect(decodeText(Uint8Array.from([0x4a, 0xe9]))).toBe('Jé');
  });
});
