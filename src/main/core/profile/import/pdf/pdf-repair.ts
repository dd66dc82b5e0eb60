/** Short words that really follow an acronym ("PhD in", "MSc at"): never glued on. */
const SHORT_WORDS = new Set(
  ('in at of on to by an and for the or is as via per with from im am zu um an bei und mit de la le en el et y du des ' +
    'les del al a e o u').split(' '),
);

/**
 * Repairs text that PDF generators break: letter-spaced words split apart ("DevO ps"), a capital I
 * drawn with the glyph of a lower-case l inside acronyms ("Cl/CD").
 */
export function repairText(s: string): string {
  let t = s.replace(/[\u00AD\u200B]/g, '').replace(/\s+/g, ' ');
  // "DevO ps" -> "DevOps": a word ending in a capital after lower-case letters, then a short lower-case tail
  t = t.replace(/(?<![\p{L}])(\p{L}*\p{Ll}\p{Lu}) (\p{Ll}{1,3})(?![\p{L}])/gu, (m, a: string, b: string) =>
    SHORT_WORDS.has(b) || /^(PhD|MSc|BSc|MBA|McD)$/.test(a) ? m : a + b,
  );
  // "Cl/CD" -> "CI/CD": an all-capitals token with a stray l between capitals or a slash
  t = t.replace(/(?<![\p{L}])([A-Z]+l[A-Z/&-][A-Z/&-]*|[A-Z/&-]*[A-Z]l(?=\/))/gu, (m) => m.replace(/l/g, 'I'));
  // "S U M M A R Y" (letter-spaced capitals) -> "SUMMARY"
  t = t.replace(/(?<![\p{L}])(?:\p{Lu} ){3,}\p{Lu}(?![\p{L}])/gu, (m) => m.replace(/ /g, ''));
  return t.trim();
}
