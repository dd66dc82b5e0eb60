/**
 * Characters a reader never sees but a model reads. Every format character (`\p{Cf}`: zero-width
 * spaces and joiners, soft hyphens, bidi controls, Unicode tags U+E0000–E007F used for "ASCII
 * smuggling") and every variation selector is removed, except the zero-width joiner and non-joiner
 * where a script needs them between its letters (Arabic, Persian, Indic scripts, emoji sequences).
 */
const BIDI = /^[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]$/u;
const TAG = /^[\u{E0000}-\u{E007F}]$/u;
const VARIATION_SELECTOR = /^[\uFE00-\uFE0F\u180B-\u180D\u180F\u{E0100}-\u{E01EF}]$/u;
const JOINER_SCRIPTS =
  '\\p{Script=Arabic}\\p{Script=Syriac}\\p{Script=Nko}\\p{Script=Mongolian}\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Gurmukhi}\\p{Script=Gujarati}\\p{Script=Oriya}\\p{Script=Tamil}\\p{Script=Telugu}\\p{Script=Kannada}\\p{Script=Malayalam}\\p{Script=Sinhala}\\p{Script=Khmer}\\p{Script=Myanmar}\\p{Script=Tibetan}';
/** A joiner between two letters (or marks) of a joining script, or inside an emoji sequence, stays. */
const NEEDED_JOINER = new RegExp(
  `(?<=[${JOINER_SCRIPTS}][\\p{M}]*)[\\u200C\\u200D](?=[${JOINER_SCRIPTS}])|(?<=\\p{Extended_Pictographic}(?:[\\u{1F3FB}-\\u{1F3FF}]|\\uFE0F)?)\\u200D(?=\\p{Extended_Pictographic})`,
  'uy',
);
const INVISIBLE = /[\p{Cf}\uFE00-\uFE0F\u180B-\u180D\u180F\u{E0100}-\u{E01EF}]/gu;

export interface InvisibleCharCounts {
  /** Zero-width and other format characters. */
  zeroWidth: number;
  bidi: number;
  /** Unicode tag characters (U+E0000–E007F): text a model reads but no font draws. */
  tags: number;
  variationSelectors: number;
}

export function emptyInvisibleCounts(): InvisibleCharCounts {
  return { zeroWidth: 0, bidi: 0, tags: 0, variationSelectors: 0 };
}

export function stripInvisibleChars(text: string, counts?: InvisibleCharCounts): string {
  return text.replace(INVISIBLE, (ch: string, offset: number) => {
    if (ch === '\u200C' || ch === '\u200D') {
      NEEDED_JOINER.lastIndex = offset; // sticky: matches only at this joiner, looking at its real neighbours
      if (NEEDED_JOINER.test(text)) return ch;
    }
    if (counts) {
      if (BIDI.test(ch)) counts.bidi++;
      else if (TAG.test(ch)) counts.tags++;
      else if (VARIATION_SELECTOR.test(ch)) counts.variationSelectors++;
      else counts.zeroWidth++;
    }
    return '';
  });
}
