/** Writes a synthetic CV as plain text, Markdown or a Word document (the `docx` package). */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { contactItems, eduHead, workHead } from './cv-render-html';
import type { CvView, SectionView } from './cv-generate';

interface Block {
  heading: string;
  lines: { text: string; kind: 'head' | 'sub' | 'bullet' | 'para'; dates?: string }[];
}

/** The CV as headed blocks of typed lines, shared by the text and Word writers. */
function blocks(v: CvView): Block[] {
  return v.sections.map((s: SectionView) => {
    const lines: Block['lines'] = [];
    switch (s.kind) {
      case 'summary':
        lines.push({ text: s.text, kind: 'para' });
        break;
      case 'work':
        for (const w of s.entries) {
          const h = workHead(w, v.lang);
          lines.push({ text: h.first, kind: 'head', dates: w.dates });
          for (const r of h.rest) lines.push({ text: r, kind: 'sub' });
          for (const b of w.bullets) lines.push({ text: b, kind: 'bullet' });
        }
        break;
      case 'education':
        for (const e of s.entries) {
          const h = eduHead(e);
          lines.push({ text: h.first, kind: 'head', dates: e.dates });
          for (const r of h.rest) lines.push({ text: r, kind: 'sub' });
        }
        break;
      case 'skills':
        if (s.skills.groups)
          for (const g of s.skills.groups) lines.push({ text: `${g.name}: ${g.items.join(', ')}`, kind: 'para' });
        else lines.push({ text: s.skills.flat!.join(', '), kind: 'para' });
        break;
      case 'projects':
        for (const x of s.entries) {
          if (x.inline) lines.push({ text: `${x.name} – ${x.desc}`, kind: 'para' });
          else lines.push({ text: x.name, kind: 'head' }, { text: x.desc, kind: 'sub' });
        }
        break;
      case 'list':
        for (const x of s.items) lines.push({ text: x, kind: 'para' });
        break;
    }
    return { heading: s.heading, lines };
  });
}

const contactLines = (v: CvView): string[] => (v.contactSep ? [contactItems(v).join(v.contactSep)] : contactItems(v));

/** Plain text (underlined or capitalised headings) or Markdown (# headings, - bullets). */
export function renderText(v: CvView, md: boolean, variant: number): string {
  const out: string[] = [md ? `# ${v.name}` : v.name, v.label, ...contactLines(v), ''];
  for (const b of blocks(v)) {
    const title = v.caps ? b.heading.toUpperCase() : b.heading;
    if (!title) {
      // a summary without a heading
    } else if (md) out.push(`## ${title}`, '');
    else out.push(title, ...(variant % 2 ? ['-'.repeat(title.length)] : []));
    let firstEntry = true;
    for (const l of b.lines) {
      if (l.kind === 'head') {
        if (!firstEntry) out.push('');
        firstEntry = false;
        const text = md ? `**${l.text}**` : l.text;
        if (!l.dates) out.push(md ? `### ${l.text}` : text);
        else if (variant % 3 === 0) out.push(`${text} | ${l.dates}`);
        else if (variant % 3 === 1) out.push(text, l.dates);
        else out.push(`${l.dates}  ${text}`);
      } else if (l.kind === 'bullet') out.push(`${md ? (v.bullet === '*' ? '*' : '-') : (v.bullet ?? '•')} ${l.text}`);
      else out.push(l.text);
    }
    out.push('');
  }
  return out.join('\n');
}

/** A Word document with heading styles, list bullets and dates on a right tab stop. */
export async function renderDocx(v: CvView, variant: number): Promise<Uint8Array> {
  const kids: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(v.name)] }),
    new Paragraph({ children: [new TextRun({ text: v.label, italics: true })] }),
    ...contactLines(v).map((c) => new Paragraph({ children: [new TextRun(c)] })),
  ];
  for (const b of blocks(v)) {
    if (b.heading)
      kids.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          children: [new TextRun(v.caps ? b.heading.toUpperCase() : b.heading)],
        }),
      );
    for (const l of b.lines) {
      if (l.kind === 'bullet' && v.bullet)
        kids.push(new Paragraph({ children: [new TextRun(`${v.bullet} ${l.text}`)] }));
      else if (l.kind === 'bullet') kids.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(l.text)] }));
      else if (l.kind === 'head' && l.dates && variant % 2 === 0) {
        kids.push(
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
            children: [new TextRun({ text: l.text, bold: true }), new TextRun({ text: `\t${l.dates}` })],
          }),
        );
      } else if (l.kind === 'head') {
        kids.push(new Paragraph({ children: [new TextRun({ text: l.text, bold: true })] }));
        if (l.dates)
          kids.push(
            new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: l.dates, italics: true })] }),
          );
      } else kids.push(new Paragraph({ children: [new TextRun(l.text)] }));
    }
  }
  const doc = new Document({ sections: [{ children: kids }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
