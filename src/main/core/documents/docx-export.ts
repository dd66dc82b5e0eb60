import { Document, HeadingLevel, Packer, Paragraph, TabStopPosition, TabStopType, TextRun } from 'docx';
import type { DocumentContent, Paper, TemplateId } from '../../../shared/domain/document';
import { cvView, letterView, type CvView, type LetterView } from './cv-view';
import type { DocumentMeta } from './typst-render';

/**
 * DOCX with real structure: the name as Title, sections as Heading 1, entries as bold lines, bullets
 * as a Word bullet list, so the file stays editable in Word or LibreOffice and readable by ATS parsers.
 */
const FONT: Record<TemplateId, string> = { ats: 'Calibri', modern: 'Calibri', classic: 'Cambria' };
const ACCENT: Record<TemplateId, string> = { ats: '000000', modern: '1F5F8B', classic: '000000' };
/** Page size in twentieths of a point. */
const PAGE: Record<Paper, { width: number; height: number }> = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
};

const para = (text: string, extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): Paragraph =>
  new Paragraph({ children: [new TextRun(text)], ...extra });

function cvParagraphs(v: CvView, accent: string): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: v.name, bold: true, color: accent })],
    }),
  ];
  if (v.label) out.push(para(v.label));
  if (v.contacts.length) out.push(para(v.contacts.join(' | ')));
  const heading = (t: string) =>
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { before: 240 },
      children: [new TextRun({ text: t, color: accent })],
    });
  if (v.summary) out.push(heading('Summary'), para(v.summary));
  for (const s of v.sections) {
    out.push(heading(s.title));
    for (const e of s.entries) {
      const head = [e.title, e.org].filter(Boolean).join(', ');
      out.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: 120 },
          tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
          children: [
            new TextRun({ text: head, bold: true }),
            ...(e.dates ? [new TextRun({ text: `\t${e.dates}`, bold: false })] : []),
          ],
        }),
      );
      if (e.location) out.push(para(e.location));
      if (e.summary) out.push(para(e.summary));
      for (const b of e.bullets) out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(b)] }));
    }
    for (const l of s.lines) {
      out.push(
        new Paragraph({
          children:
            l.label && l.text
              ? [new TextRun({ text: `${l.label}: `, bold: true }), new TextRun(l.text)]
              : [new TextRun(l.label || l.text)],
        }),
      );
    }
  }
  return out;
}

function letterParagraphs(v: LetterView, accent: string): Paragraph[] {
  const gap = { after: 240 };
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: v.name, bold: true, color: accent })],
    }),
    ...(v.label ? [para(v.label)] : []),
    ...(v.contacts.length ? [para(v.contacts.join(' | '), { spacing: gap })] : []),
    para(v.date, { spacing: gap }),
    ...v.recipient.map((r, i) => para(r, i === v.recipient.length - 1 ? { spacing: gap } : {})),
    ...(v.greeting ? [para(v.greeting, { spacing: gap })] : []),
    ...v.paragraphs.map((p) => para(p, { spacing: gap })),
    ...(v.closing ? [para(v.closing, { spacing: { after: 480 } })] : []),
    para(v.name),
  ];
}

export async function exportDocx(
  content: DocumentContent,
  template: TemplateId,
  paper: Paper,
  meta: DocumentMeta,
): Promise<Uint8Array> {
  const accent = ACCENT[template];
  const children =
    content.kind === 'cv'
      ? cvParagraphs(cvView(content.cv), accent)
      : letterParagraphs(letterView(content.letter), accent);
  const doc = new Document({
    title: meta.title,
    creator: meta.author || 'Jobsmith',
    keywords: meta.keywords.join(', '),
    styles: { default: { document: { run: { font: FONT[template], size: 21 } } } },
    sections: [
      {
        properties: { page: { size: PAGE[paper], margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
