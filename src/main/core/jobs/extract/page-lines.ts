import { decodeEntities } from './extracted-fields';

/**
 * A page's visible text as short lines, read with regexes only (no DOM, so it stays fast on 2 MB
 * pages): scripts, styles, comments, simple inline-hidden elements and "more jobs" rails are left out, and
 * the h1 is marked "# " and other headings "## " so the readers can tell sections apart.
 */

const MAX_HTML = 2_500_000;
const MAX_LINES = 6000;
/** Markup read for facts once scripts and styles are out: the posting's header is near the top. */
const MAX_VISIBLE = 300_000;

/** Headings of blocks that describe other jobs or the visitor, not this posting, in the 11 languages. */
export const RAIL_HEADING = new RegExp(
  [
    'more jobs',
    'similar jobs',
    'related jobs',
    'other jobs',
    'jobs you may',
    'recommended jobs',
    'people also viewed',
    'more from',
    'other (?:open )?(?:positions|roles|openings)',
    'you may also like',
    'latest jobs',
    'how you match',
    'your profile',
    'am i a good fit',
    'your skills',
    'your job alerts',
    'ähnliche (?:jobs|stellen)',
    'weitere (?:jobs|stellen)',
    'das könnte sie',
    'offres similaires',
    'autres offres',
    'ces offres pourraient',
    'empleos similares',
    'ofertas similares',
    'otras ofertas',
    'vagas semelhantes',
    'vagas similares',
    'outras vagas',
    'offerte simili',
    'altre offerte',
    'annunci simili',
    'vergelijkbare vacatures',
    'soortgelijke vacatures',
    'andere vacatures',
    'meer vacatures',
    'samankaltaisia työpaikkoja',
    'muut työpaikat',
    'lisää työpaikkoja',
    'benzer ilanlar',
    'benzer iş ilanları',
    'diğer ilanlar',
    'この求人を見た人',
    '似た求人',
    '関連する求人',
    'おすすめの求人',
    '他の求人',
    '相似职位',
    '相关职位',
    '推荐职位',
    '其他职位',
  ].join('|'),
  'iu',
);
const RAIL_ATTR =
  /\b(?:class|id|data-testid|aria-label)\s*=\s*["'][^"']*(?:similar-?jobs|related-?jobs|more-?jobs|other-?jobs|recommend|people-also|jobs-you-may|job-?rail|global-nav__me|profile-card|identity-module|how-you-match)[^"']*["']/i;

const RAIL_HINT =
  /similar-?jobs|related-?jobs|more-?jobs|other-?jobs|recommend|people-also|jobs-you-may|job-?rail|global-nav__me|profile-card|identity-module|how-you-match/i;

/** The end of the element that starts at `start` (its tag balanced), or -1 when it does not close nearby. */
function elementEnd(html: string, start: number): number {
  const open = /^<([a-z][a-z0-9]*)\b/i.exec(html.slice(start, start + 40));
  if (!open) return -1;
  const re = new RegExp(`<(/?)${open[1]!.toLowerCase()}\\b[^>]*>`, 'gi');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
    if (m.index - start > 400_000) break;
  }
  return -1;
}

/** Drops elements whose class or id marks them as a jobs rail or the visitor's own profile (at most 50,000). */
export function cutRailElements(html: string): { html: string; removed: number } {
  if (!RAIL_HINT.test(html)) return { html, removed: 0 };
  const parts: string[] = [];
  let pos = 0;
  let removed = 0;
  const find = new RegExp(`<[a-z][a-z0-9]*\\b[^>]*${RAIL_ATTR.source}[^>]*>`, 'gi');
  for (let m = find.exec(html); m && removed < 50_000; m = find.exec(html)) {
    const end = elementEnd(html, m.index);
    if (end < 0) continue; // unbalanced: leave it, look further on
    parts.push(html.slice(pos, m.index));
    pos = end;
    find.lastIndex = end;
    removed++;
  }
  if (!removed) return { html, removed };
  parts.push(html.slice(pos));
  return { html: parts.join(''), removed };
}

const BLOCK =
  /<\/?(?:p|div|li|ul|ol|tr|td|th|dt|dd|dl|section|article|aside|header|footer|main|nav|table|br|hr|span|a|button|label|time|strong|b|small)\b[^>]*>/gi;

export function pageLines(rawHtml: string): string[] {
  // scripts, styles and the like go first; what is left of a real page is far smaller
  let html = (rawHtml.length > MAX_HTML ? rawHtml.slice(0, MAX_HTML) : rawHtml)
    .replace(/<(script|style|noscript|template|svg|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ');
  if (html.length > MAX_VISIBLE) html = html.slice(0, MAX_VISIBLE);
  // elements hidden inline (display:none, hidden, aria-hidden): dropped when short enough to cut cheaply
  html = html.replace(
    /<(p|span|div|li)\b[^>]*(?:\shidden[\s>=]|aria-hidden\s*=\s*["']true|display\s*:\s*none|visibility\s*:\s*hidden)[^>]*>[^<]{0,2000}<\/\1>/gi,
    ' ',
  );
  html = html
    .replace(/<h1\b[^>]*>/gi, '\n# ')
    .replace(/<h[2-6]\b[^>]*>/gi, '\n## ')
    .replace(/<\/h[1-6]\s*>/gi, '\n')
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, ' ');
  const lines: string[] = [];
  let inRail = false;
  for (const raw of decodeEntities(html).split('\n')) {
    const line = raw.replace(/[\s\u00A0]+/g, ' ').trim();
    if (!line) continue;
    if (line.startsWith('#')) inRail = RAIL_HEADING.test(line.replace(/^#+ /, '').slice(0, 80));
    if (inRail) continue;
    lines.push(line);
    if (lines.length >= MAX_LINES) break;
  }
  return lines;
}
