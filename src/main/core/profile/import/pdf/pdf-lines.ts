import { matchHeading } from '../text/headings';
import { makeLine, type DocLine } from '../text/lines';
import {
  COLUMN_TOP_ZONE,
  DEFAULT_FONT_SIZE_PT,
  EDGE_TOLERANCE_PT,
  FOOTER_GAP_LINES,
  FOOTER_ZONE,
} from './layout-thresholds';
import { orderBlocks } from './pdf-columns';
import type { PdfPage } from './pdf-document';
import { fragmentsOf, rowsOf, type Frag } from './pdf-fragments';
import { repairText } from './pdf-repair';

const BULLET_ONLY = /^[•●○◦▪▫■□➢➤►▶‣⁃∙·*–-]$/u;

/**
 * A footer ("Powered by ...", a page number) sits low on the page, far below the last body line; it
 * must not take part in column detection.
 */
function splitFooter(frags: Frag[], height: number): { body: Frag[]; footer: Frag[] } {
  const rows = rowsOf(frags); // top to bottom
  let cut = rows.length;
  for (let i = rows.length - 1; i > 0; i--) {
    const row = rows[i]!;
    const y = row[0]!.y;
    const above = rows[i - 1]![0]!.y;
    if (y > height * FOOTER_ZONE) break;
    if (above - y >= Math.max(...row.map((f) => f.size)) * FOOTER_GAP_LINES) {
      cut = i;
      break;
    }
  }
  return { body: rows.slice(0, cut).flat(), footer: rows.slice(cut).flat() };
}

/** A page's text as lines in reading order, with the layout cues the parser uses. */
export function pageLines(page: PdfPage): DocLine[] {
  const out: DocLine[] = [];
  const { body, footer } = splitFooter(fragmentsOf(page.items), page.height);
  const blocks = orderBlocks(body);
  blocks.forEach((block, bi) => {
    let prevY: number | null = null;
    const top = Math.max(...block.map((f) => f.y));
    let startOfColumn = bi > 0 && top >= page.height * COLUMN_TOP_ZONE;
    for (const row of rowsOf(block)) {
      row.sort((a, b) => a.x0 - b.x0);
      let bullet = false;
      let segs = row;
      if (segs.length > 1 && BULLET_ONLY.test(segs[0]!.text)) {
        bullet = true;
        segs = segs.slice(1);
      }
      const texts = segs.map((f) => repairText(f.text, page.glyphWords));
      let first = texts[0] ?? '';
      // "■ 職歴", "● Experience": a glyph before a heading word marks the heading, not a list item
      if (/^[•●○◦▪■➢➤►▶‣]\s*/u.test(first) && !matchHeading(first.replace(/^[•●○◦▪■➢➤►▶‣]\s*/u, ''))?.strong) {
        bullet = true;
        first = first.replace(/^[•●○◦▪■➢➤►▶‣]\s*/u, '');
        texts[0] = first;
      }
      const y = Math.max(...row.map((f) => f.y));
      const size = Math.max(...segs.map((f) => f.size));
      const clean = texts.filter(Boolean);
      if (!clean.length) continue;
      const gap = prevY === null ? 0 : Math.max(0, (prevY - y) / (size || DEFAULT_FONT_SIZE_PT));
      out.push(
        makeLine(clean.join(' | '), {
          segments: clean,
          page: page.page,
          x: segs[0]!.x0,
          segX: segs.filter((_, i) => texts[i]).map((f) => f.x0),
          y,
          xEnd: Math.max(...segs.map((f) => f.x1)),
          size,
          gapBefore: gap,
          bullet,
          blockStart: startOfColumn,
          block: page.page * 1000 + bi,
        }),
      );
      startOfColumn = false;
      prevY = y;
    }
  });
  // the column's right edge: how far its one-piece lines reach
  const right = new Map<number | undefined, number>();
  for (const l of out) if (l.segments.length === 1) right.set(l.block, Math.max(right.get(l.block) ?? 0, l.xEnd));
  // a full-width column (no column beside it) runs to a right margin as wide as the page's left one: its
  // lines may all stop short of that edge (an unwrapped list), and the wrap tests need the real edge
  const minX = Math.min(...body.map((f) => f.x0));
  blocks.forEach((block, bi) => {
    const key = page.page * 1000 + bi;
    const x0 = Math.min(...block.map((f) => f.x0));
    const x1 = Math.max(...block.map((f) => f.x1));
    const [lo, hi] = [Math.min(...block.map((f) => f.y)), Math.max(...block.map((f) => f.y))];
    const beside = blocks.some(
      (o) =>
        o !== block &&
        o.some((f) => f.y >= lo && f.y <= hi && (f.x0 >= x1 - EDGE_TOLERANCE_PT || f.x1 <= x0 + EDGE_TOLERANCE_PT)),
    );
    const edge = page.width - minX;
    if (
      !beside &&
      Math.abs(x0 - minX) <= EDGE_TOLERANCE_PT &&
      edge > (right.get(key) ?? 0) &&
      edge >= x1 - EDGE_TOLERANCE_PT
    )
      right.set(key, edge);
  });
  for (const l of out) l.columnRight = right.get(l.block);
  if (footer.length) {
    // kept for the document text, but not parsed as CV content
    const text = rowsOf(footer)
      .map((r) =>
        r
          .sort((a, b) => a.x0 - b.x0)
          .map((f) => f.text)
          .join(' | '),
      )
      .join(' ');
    out.push(makeLine(text, { page: page.page, footer: true }));
  }
  return out;
}
