/**
 * Rules of the script, applied to every line before parsing: NFKC (full-width letters, digits and
 * punctuation become their plain forms; Kangxi radicals become ideographs), the CJK Radicals
 * Supplement forms that NFKC leaves alone mapped to their ideographs (some PDF text layers store
 * 门 as ⻔), and no spaces between two CJK characters (PDF readers space out CJK glyphs).
 */

/** CJK Radicals Supplement (U+2E80–U+2EFF) -> the unified ideograph each one draws. */
const RADICALS: Record<string, string> = {
  '⺇': '几',
  '⺏': '尢',
  '⺓': '幺',
  '⺔': '彐',
  '⺗': '心',
  '⺛': '旡',
  '⺝': '月',
  '⺟': '母',
  '⺠': '民',
  '⺡': '氵',
  '⺨': '犭',
  '⺼': '月',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻈': '讠',
  '⻉': '贝',
  '⻋': '车',
  '⻌': '辶',
  '⻑': '長',
  '⻓': '长',
  '⻔': '门',
  '⻗': '雨',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻠': '饣',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
};
const RADICAL_RE = /[\u2E80-\u2EFF]/gu;
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆';
const CJK_GAP = new RegExp(`(?<=[${CJK}])[ \\u3000]+(?=[${CJK}])`, 'gu');

export const hasCjk = (s: string): boolean => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s);

export function normaliseScript(text: string): string {
  if (/^[\x20-\x7E]*$/.test(text)) return text; // plain ASCII: nothing to do, and the common case
  let s = text.replace(RADICAL_RE, (c) => RADICALS[c] ?? c);
  // an ideographic space, or a run of spaces, between fields is a column gap: a field separator
  if (hasCjk(s)) s = s.replace(/(?<=\S)(?:\u3000+|[ \u3000]{2,})(?=\S)/gu, ' | ');
  s = s.normalize('NFKC').replace(/、/g, ', ');
  if (hasCjk(s)) s = s.replace(CJK_GAP, '').replace(/([,;)]|:(?!\/\/))(?=[^\s,;:)\d])/g, '$1 ');
  return s;
}
