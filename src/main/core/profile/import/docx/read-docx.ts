import mammoth from 'mammoth';
import { AppError } from '../../../../../shared/ipc/result';
import type { ImportResult } from '../types';
import { makeLine, type DocLine } from '../text/lines';
import { parseProfileLines } from '../text/parse-profile';

/**
 * Word documents through mammoth's document model (not its HTML): heading styles, list paragraphs
 * and table rows become line cues, tabs split a line into segments, hyperlinks are collected.
 */

interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  href?: string;
  styleName?: string | null;
  numbering?: { level?: string | number } | null;
  indent?: { start?: string | null } | null;
  isBold?: boolean;
}

interface Walk {
  lines: DocLine[];
  links: string[];
}

/** Text of a paragraph, split at tabs into segments. */
function paragraphText(p: MNode, links: string[]): { segments: string[]; bold: boolean } {
  const segs: string[] = [''];
  let boldChars = 0;
  let chars = 0;
  const visit = (n: MNode, bold: boolean): void => {
    if (n.type === 'text') {
      const parts = (n.value ?? '').split('\t');
      segs[segs.length - 1] += parts[0]!;
      for (const p of parts.slice(1)) segs.push(p);
      chars += (n.value ?? '').trim().length;
      if (bold) boldChars += (n.value ?? '').trim().length;
    } else if (n.type === 'tab') segs.push('');
    else if (n.type === 'break') segs[segs.length - 1] += ' ';
    else {
      if (n.type === 'hyperlink' && n.href) links.push(n.href);
      for (const c of n.children ?? []) visit(c, n.type === 'run' ? Boolean(n.isBold) : bold);
    }
  };
  visit(p, false);
  const segments = segs.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { segments, bold: chars > 0 && boldChars === chars };
}

function headingLevel(style: string | null | undefined): number | undefined {
  if (!style) return undefined;
  const m = style.match(/heading\s*(\d)|^(title)$|überschrift\s*(\d)|titre\s*(\d)|t[ií]tulo\s*(\d)/i);
  if (!m) return undefined;
  return m[2] ? 1 : Number(m[1] ?? m[3] ?? m[4] ?? m[5]);
}

function addParagraph(p: MNode, w: Walk): void {
  const { segments, bold } = paragraphText(p, w.links);
  if (!segments.length) return;
  const list = Boolean(p.numbering) || /list/i.test(p.styleName ?? '');
  const level = Number(p.numbering?.level ?? 0) || 0;
  const text = segments.join(' | ');
  w.lines.push(
    makeLine(text, {
      segments,
      bold,
      bullet: list,
      heading: headingLevel(p.styleName),
      x: list ? level + 1 : 0,
      gapBefore: 0,
    }),
  );
}

function walk(n: MNode, w: Walk): void {
  if (n.type === 'paragraph') return addParagraph(n, w);
  if (n.type === 'table') {
    for (const row of n.children ?? []) {
      const cells = (row.children ?? []).filter((c) => c.type === 'tableCell');
      const simple = cells.every((c) => (c.children ?? []).filter((p) => p.type === 'paragraph').length <= 1);
      if (simple) {
        const segments = cells.flatMap((c) => (c.children ?? []).flatMap((p) => paragraphText(p, w.links).segments));
        if (segments.length) w.lines.push(makeLine(segments.join(' | '), { segments }));
      } else for (const c of cells) walk(c, w);
    }
    return;
  }
  for (const c of n.children ?? []) walk(c, w);
}

/** Reads a CV from a .docx file. */
export async function readDocx(bytes: Uint8Array): Promise<ImportResult> {
  let doc: MNode | null = null;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (d: MNode) => {
          doc = d;
          return { type: 'document', children: [] };
        },
      },
    );
  } catch (e) {
    throw new AppError(
      'BAD_INPUT',
      'This Word document is damaged or not a .docx file. Save it again as .docx and retry.',
      {
        reason: String((e as Error).message ?? e),
      },
    );
  }
  const w: Walk = { lines: [], links: [] };
  if (doc) walk(doc, w);
  const text = w.lines.map((l) => l.text).join('\n');
  if (!text.trim())
    throw new AppError('BAD_INPUT', 'This Word document has no text. Check that you chose the right file.');
  const parsed = parseProfileLines(w.lines, { links: w.links });
  return { format: 'docx', profile: parsed.profile, text, uncertain: parsed.uncertain, warnings: parsed.warnings };
}
