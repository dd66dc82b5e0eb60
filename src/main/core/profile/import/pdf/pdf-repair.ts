import { SUSPECT_SPLIT } from './glyph-words';

/**
 * Repairs text that PDF generators break: a word that letter spacing split ("DevO ps") is joined only
 * where the page's glyphs draw it as one word (`glyphWords`, from the glyph positions); a capital I
 * drawn with the glyph of a lower-case l inside acronyms ("Cl/CD"); letter-spaced capitals.
 */
export function repairText(s: string, glyphWords?: ReadonlySet<string>): string {
  let t = s.replace(/[\u00AD\u200B]/g, '').replace(/\s+/g, ' ');
  if (glyphWords?.size) {
    t = t.replace(new RegExp(SUSPECT_SPLIT.source, 'gu'), (m, a: string, b: string) =>
      glyphWords.has((a + b).toLowerCase()) ? a + b : m,
    );
  }
  // "Cl/CD" -> "CI/CD": an all-capitals token with a stray l between capitals or a slash
  t = t.replace(/(?<![\p{L}])([A-Z]+l[A-Z/&-][A-Z/&-]*|[A-Z/&-]*[A-Z]l(?=\/))/gu, (m) => m.replace(/l/g, 'I'));
  // "S U M M A R Y" (letter-spaced capitals) -> "SUMMARY"
  t = t.replace(/(?<![\p{L}])(?:\p{Lu} ){3,}\p{Lu}(?![\p{L}])/gu, (m) => m.replace(/ /g, ''));
  return t.trim();
}
