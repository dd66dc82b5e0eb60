import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocx } from './docx-export';
import { escapeMarkdown, exportMarkdown } from './markdown-export';
import { cvContent, janeDoe, letterContent } from './testing/profiles.fixture';

const meta = { title: 'Jane Doe: Senior Software Engineer', author: 'Jane Doe', keywords: ['TypeScript', 'Go'] };

describe('DOCX export', () => {
  it('has real headings, a Word bullet list, the page size and the metadata', async () => {
    const files = unzipSync(await exportDocx(cvContent(), 'classic', 'letter', meta));
    const doc = strFromU8(files['word/document.xml']!);
    expect(doc.match(/<w:pStyle w:val="Title"\/>/g)).toHaveLength(1);
    expect(doc.match(/<w:pStyle w:val="Heading1"\/>/g)!.length).toBe(7); // Summary, Experience, Projects, Education, Skills, Certificates, Languages
    expect(doc.match(/<w:numPr>/g)).toHaveLength(9); // every bullet is a list item
    expect(doc).toContain('<w:pgSz w:w="12240" w:h="15840"');
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain('<dc:title>Jane Doe: Senior Software Engineer</dc:title>');
    expect(core).toContain('<dc:creator>Jane Doe</dc:creator>');
    expect(core).toContain('<cp:keywords>TypeScript, Go</cp:keywords>');
  });

  it('writes a cover letter with its paragraphs in order', async () => {
    const doc = strFromU8(unzipSync(await exportDocx(letterContent(), 'ats', 'a4', meta))['word/document.xml']!);
    const order = [
      'Jane Doe',
      '6 December 2026',
      'Globex',
      'Dear Globex',
      'I am writing',
      'At Acme Payments',
      'I would welcome',
      'Kind regards',
    ].map((s) => doc.indexOf(s));
    expect(order.every((x) => x >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('Markdown export', () => {
  it('prints sections and entries as headings and bullets, and CV text that looks like Markdown as text', () => {
    const p = janeDoe();
    p.work[0]!.highlights[0]!.text = '# not a heading *nor bold* [link](x) <b>';
    p.basics.summary = '- not a list';
    const md = exportMarkdown(cvContent(p));
    expect(md).toMatch(/^# Jane Doe\n\nSenior Software Engineer\n\njane\.doe@example\.com \| /);
    expect(md).toContain('## Summary\n\n\\- not a list\n');
    expect(md).toContain(
      '### Senior Software Engineer, Acme Payments\n\nMar 2021 – Present | London\n\n- \\# not a heading \\*nor bold\\* \\[link\\](x) \\<b\\>\n',
    );
    expect(md).toContain('## Skills\n\n- **Languages:** TypeScript, Go, SQL, Python\n');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
  });
});
