/**
 * Words as the glyphs of a page draw them. pdf.js's text items put a space wherever two glyphs sit a
 * little apart (0.1 em or more), so letter-spaced or kerned text reads "DevO ps"; the operator list
 * still has every glyph with its advance, and a word ends there only at a space glyph or a real gap.
 * Costly (a second pass over the page), so it is read only for pages that show a suspect split.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A gap narrower than this (in em) between two glyphs is letter spacing, not a word space. */
export const SPLIT_GAP_MAX_EM = 0.2;
/** Capital then a short lower-case tail after a space: the shape of a word split by letter spacing. */
export const SUSPECT_SPLIT = /(?<![\p{L}])(\p{L}*\p{Ll}\p{Lu}) (\p{Ll}{1,3})(?![\p{L}])/u;
/** Short words that follow an acronym in running text ("PhD in", "GmbH für"): no reason to read the glyphs. */
const SHORT_WORDS = new Set(
  (
    'in at of on to by an and for the or is as via per with from im am zu um bei und mit für fur de la le en el et y du des ' +
    'les del al a e o u not are was has had can our its who new top'
  ).split(' '),
);

/** Does this page text show a split worth checking against the glyphs (cheap test, decides nothing)? */
export function hasSuspectSplit(text: string): boolean {
  for (const m of text.matchAll(new RegExp(SUSPECT_SPLIT.source, 'gu'))) if (!SHORT_WORDS.has(m[2]!)) return true;
  return false;
}

interface Glyph {
  unicode?: string;
  width?: number;
}
type Ops = Record<string, number>;

/** Lower-cased words of the page, split at space glyphs, gaps of SPLIT_GAP_MAX_EM or more, and line moves. */
export async function glyphWords(page: PDFPageProxy, OPS: Ops): Promise<Set<string>> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const words = new Set<string>();
  let word = '';
  const end = (): void => {
    const w = word.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
    if (w) words.add(w);
    word = '';
  };
  let fs = 10,
    cs = 0,
    ws = 0,
    hs = 1,
    sx = 1,
    lineX = 0,
    penX = 0;
  let lastEnd: number | null = null;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const a = argsArray[i] as unknown[];
    if (fn === OPS.setFont) fs = Math.abs(Number(a[1]) || fs);
    else if (fn === OPS.setCharSpacing) cs = Number(a[0]) || 0;
    else if (fn === OPS.setWordSpacing) ws = Number(a[0]) || 0;
    else if (fn === OPS.setHScale) hs = (Number(a[0]) || 100) / 100;
    else if (fn === OPS.beginText || fn === OPS.endText) {
      end();
      lastEnd = null;
      lineX = penX = 0;
      sx = 1;
    } else if (fn === OPS.setTextMatrix) {
      const m = a[0] as ArrayLike<number>;
      const nsx = Math.hypot(m[0] ?? 1, m[1] ?? 0) || 1;
      lineX = penX = (m[4] ?? 0) / nsx;
      if (nsx !== sx) lastEnd = null;
      sx = nsx;
    } else if (fn === OPS.moveText || fn === OPS.setLeadingMoveText) {
      lineX += Number(a[0]) || 0;
      penX = lineX;
      if (Number(a[1])) {
        end();
        lastEnd = null;
      }
    } else if (fn === OPS.nextLine) {
      end();
      lastEnd = null;
      penX = lineX;
    } else if (fn === OPS.showText || fn === OPS.showSpacedText) {
      for (const g of a[0] as (Glyph | number)[]) {
        if (typeof g === 'number') {
          penX -= (g * fs * hs) / 1000;
          continue;
        }
        const ch = g.unicode ?? '';
        if (lastEnd !== null && penX - lastEnd >= SPLIT_GAP_MAX_EM * fs) end();
        const adv = (((g.width ?? 0) * fs) / 1000) * hs;
        if (/^\s*$/u.test(ch)) {
          end();
          penX += adv + (cs + ws) * hs;
        } else {
          word += ch;
          penX += adv + cs * hs;
        }
        lastEnd = penX - cs * hs;
      }
    }
  }
  end();
  return words;
}
