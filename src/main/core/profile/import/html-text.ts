/**
 * Structured CV formats (Reactive Resume, Europass) keep rich text as small HTML fragments.
 * These helpers turn such a fragment into plain text and bullet lines. The fragments come from a
 * file the user chose and are never rendered, so a tag-stripping pass is enough here.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
  bull: '•',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const squash = (s: string) =>
  s
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();

/** Plain text with line breaks where the HTML had blocks or <br>. */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  const withBreaks = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|ul|ol|tr)>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return squash(decodeEntities(withBreaks)).replace(/\n{2,}/g, '\n');
}

const BULLET = /^\s*(?:[-–—•·*▪◦●]|\d+[.)])\s+/;

/**
 * Splits a fragment into a lead paragraph and bullet items. `<li>` elements are bullets; so are
 * lines starting with "-", "•" or "1." (Europass writes lists that way inside <p>).
 */
export function htmlToParagraphAndBullets(html: string | null | undefined): { text: string; bullets: string[] } {
  if (!html) return { text: '', bullets: [] };
  const items = [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/gi)].map((m) => htmlToText(m[1]).replace(/\n/g, ' '));
  const rest = htmlToText(html.replace(/<(ul|ol)[^>]*>[\s\S]*?<\/\1>/gi, ''));
  const lines = rest
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const paragraph: string[] = [];
  const bullets: string[] = items.filter(Boolean);
  let inBullets = false;
  for (const line of lines) {
    if (BULLET.test(line)) {
      bullets.push(line.replace(BULLET, '').trim());
      inBullets = true;
    } else if (inBullets && bullets.length) {
      // a wrapped continuation of the previous bullet
      bullets[bullets.length - 1] = `${bullets[bullets.length - 1]} ${line}`;
    } else {
      paragraph.push(line);
    }
  }
  return { text: paragraph.join(' '), bullets };
}
