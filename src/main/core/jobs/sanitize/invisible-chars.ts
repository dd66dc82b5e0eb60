/**
 * Characters a reader never sees but a model reads: zero-width characters (used to smuggle or split
 * words) and bidi controls (used to make text display differently from how it is stored).
 */
const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\u2061|\u2062|\u2063|\u2064|\uFEFF|\u180E|\u00AD/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export interface InvisibleCharCounts {
  zeroWidth: number;
  bidi: number;
}

export function stripInvisibleChars(text: string, counts?: InvisibleCharCounts): string {
  return text
    .replace(ZERO_WIDTH, () => {
      if (counts) counts.zeroWidth++;
      return '';
    })
    .replace(BIDI, () => {
      if (counts) counts.bidi++;
      return '';
    });
}
