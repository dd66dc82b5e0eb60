/**
 * The line model every reader produces (PDF, DOCX, TXT, Markdown) and the parser consumes.
 * A line is one visual line of text in reading order, with the cues the parser uses to find
 * headings, entries and bullets.
 */
export interface DocLine {
  /** The whole line; segments joined by " | " when a line had wide gaps. */
  text: string;
  /** Pieces of the line that sat apart (PDF columns in a row, table cells); `[text]` otherwise. */
  segments: string[];
  page: number;
  /** Left edge (PDF points) or indent level (text formats). */
  x: number;
  /** Right edge of the text column the line sits in (PDF): where a wrapped line ends. */
  columnRight?: number;
  /** Left edge of each segment (PDF); absent elsewhere. */
  segX?: number[];
  /** Right edge in PDF points; 0 when unknown. */
  xEnd: number;
  /** Baseline height on the page in points, from the bottom (PDF); undefined elsewhere. */
  y?: number;
  /** Font size in points; 0 when unknown. */
  size: number;
  bold: boolean;
  /** Vertical space above the line, in units of its font size (0 when unknown or first). */
  gapBefore: number;
  /** The line starts a list item (a bullet glyph, a "- " marker, a list paragraph). */
  bullet: boolean;
  /** An explicit heading mark (Markdown "#", a Word heading style); undefined when unknown. */
  heading?: number;
  /** Which layout block (column, grid cell) of the page the line came from (PDF); indents are relative to it. */
  block?: number;
  /** A page footer: shown in the document text, not parsed. */
  footer?: boolean;
  /** First line of a column that starts at the top of the page (PDF). */
  blockStart?: boolean;
  /** The reader knows this line continues the previous one (a wrapped paragraph in text formats). */
  continues?: boolean;
}

export function makeLine(text: string, extra: Partial<DocLine> = {}): DocLine {
  return {
    text,
    segments: extra.segments ?? [text],
    page: 1,
    x: 0,
    xEnd: 0,
    size: 0,
    bold: false,
    gapBefore: 0,
    bullet: false,
    ...extra,
  };
}

/** Glyphs that mark list items; symbols otherwise (✉ ☎ ⌂) are icons. */
export const BULLET_GLYPHS = /[•●○◦▪▫■□➢➤►▶‣⁃∙✓✔➔→❖◆◇]/u;

const BULLET_RE = /^\s*(?:[•●○◦▪▫■□➢➤►▶‣⁃∙·・*–—-]|\u2022|\uf0b7|\uf0a7|\uf076|\uf0d8|\d{1,2}[.)])\s+/u;

/** Removes a leading bullet marker; says whether there was one. */
export function stripBullet(text: string): { text: string; bullet: boolean } {
  const m = text.match(BULLET_RE);
  if (!m) {
    // a lone glyph with no space after it ("•Led the team")
    const g = text.match(/^\s*[•●○◦▪■➢➤►▶‣・\u2022\uf0b7\uf0a7]\s*/u);
    if (g) return { text: text.slice(g[0].length), bullet: true };
    return { text, bullet: false };
  }
  return { text: text.slice(m[0].length), bullet: true };
}

/** Characters from icon fonts (Font Awesome etc. live in the private use area). */
export function dropIcons(s: string): string {
  return s.replace(/[\p{Co}\p{So}\uFFFD]/gu, (c) => (BULLET_GLYPHS.test(c) ? c : ' '));
}

const MAX_LINE = 600;

/**
 * No CV line is thousands of characters long; hostile or broken input can be, and the pattern
 * matching that follows is not linear in line length. Long lines are cut at spaces (or hard).
 */
export function capLines(lines: DocLine[], max = MAX_LINE): DocLine[] {
  const out: DocLine[] = [];
  for (const l of lines) {
    if (l.text.length <= max && l.segments.every((s) => s.length <= max)) {
      out.push(l);
      continue;
    }
    let rest = l.text;
    let first = true;
    while (rest.length) {
      let cut = rest.length <= max ? rest.length : rest.lastIndexOf(' ', max);
      if (cut < max / 2) cut = Math.min(max, rest.length);
      const piece = rest.slice(0, cut).trim();
      rest = rest.slice(cut);
      if (piece)
        out.push({
          ...l,
          text: piece,
          segments: [piece],
          continues: first ? l.continues : false,
          size: first ? l.size : 0,
        });
      first = false;
    }
  }
  return out;
}
