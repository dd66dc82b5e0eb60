import { BULLET_GLYPHS } from '../text/lines';
import {
  DEFAULT_FONT_SIZE_PT,
  FRAGMENT_MAX_GAP_EM,
  LIGATURE_FFI_EM,
  LIGATURE_MAX_EM,
  LIGATURE_MIN_EM,
  LIGATURE_TOUCH_PT,
  ROW_TOLERANCE_EM,
  ROW_TOLERANCE_MIN_PT,
  WORD_GAP_EM,
} from './layout-thresholds';
import type { PdfItem } from './pdf-document';

/**
 * Text runs on one baseline joined into fragments: pieces of a line that sit together. Wide gaps
 * and icon glyphs end a fragment, so a row that spans two columns gives one fragment per column.
 */
export interface Frag {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
}

const ICON_RE = /^[\p{Co}\p{So}\uFFFD\s]+$/u;
const isBlank = (s: string): boolean => /^[\s\p{Cc}]*$/u.test(s);

/** Groups items into rows by baseline (tolerance scales with the font size). */
export function rowsOf<T extends { y: number; size: number }>(items: T[]): T[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y);
  const rows: T[][] = [];
  let cur: T[] = [];
  let curY = Infinity;
  for (const it of sorted) {
    const tol = Math.max(ROW_TOLERANCE_MIN_PT, Math.min(it.size, cur[0]?.size ?? it.size) * ROW_TOLERANCE_EM);
    if (cur.length && Math.abs(curY - it.y) <= tol) cur.push(it);
    else {
      if (cur.length) rows.push(cur);
      cur = [it];
      curY = it.y;
    }
  }
  if (cur.length) rows.push(cur);
  return rows;
}

/** A fi/fl ligature whose glyph has no Unicode mapping comes out as a wide space between letters. */
function ligatureFor(prev: PdfItem, space: PdfItem, next: PdfItem | undefined): string | null {
  if (!next || (space.str !== ' ' && space.str !== '\u0000')) return null;
  if (!/\p{L}$/u.test(prev.str) || !/^\p{Ll}/u.test(next.str)) return null;
  const touchL = Math.abs(prev.x + prev.width - space.x) < LIGATURE_TOUCH_PT;
  const touchR = Math.abs(space.x + space.width - next.x) < LIGATURE_TOUCH_PT;
  const em = space.width / space.size;
  if (!touchL || !touchR || em < LIGATURE_MIN_EM || em > LIGATURE_MAX_EM) return null;
  if (em > LIGATURE_FFI_EM) return 'ffi';
  return /^(ow|ex|uen|ect|ict|ight|oat|ag|ash|avo|at|ee|ies|y\b|ipp|uid|ux)/.test(next.str) ? 'fl' : 'fi';
}

export function fragmentsOf(items: PdfItem[]): Frag[] {
  const frags: Frag[] = [];
  for (const row of rowsOf(items)) {
    row.sort((a, b) => a.x - b.x);
    let cur: Frag | null = null;
    let lastEnd = -Infinity;
    let spaced = false;
    for (let i = 0; i < row.length; i++) {
      const it = row[i]!;
      if (ICON_RE.test(it.str) && !isBlank(it.str) && !BULLET_GLYPHS.test(it.str)) {
        cur = null; // icons separate contact details
        continue;
      }
      if (isBlank(it.str)) {
        const lig = cur ? ligatureFor(row[i - 1]!, it, row[i + 1]) : null;
        if (cur && lig) {
          cur.text += lig;
          cur.x1 = it.x + it.width;
          lastEnd = cur.x1;
        } else spaced = true;
        continue;
      }
      const gap = it.x - lastEnd;
      const size = it.size || cur?.size || DEFAULT_FONT_SIZE_PT;
      if (cur && gap <= size * FRAGMENT_MAX_GAP_EM && gap > -size) {
        const needSpace = (spaced || gap > size * WORD_GAP_EM) && !/\s$/.test(cur.text) && !/^\s/.test(it.str);
        cur.text += (needSpace ? ' ' : '') + it.str;
        cur.x1 = Math.max(cur.x1, it.x + it.width);
        cur.size = Math.max(cur.size, it.size);
      } else {
        cur = { text: it.str, x0: it.x, x1: it.x + it.width, y: it.y, size: it.size, page: it.page };
        frags.push(cur);
      }
      lastEnd = it.x + it.width;
      spaced = false;
    }
  }
  for (const f of frags) f.text = f.text.replace(/\s+/g, ' ').trim();
  return frags.filter((f) => f.text);
}
