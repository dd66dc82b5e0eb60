import {
  findEmail,
  findPhone,
  findUrl,
  isBareDomain,
  isContactPiece,
  networkOf,
  parseLocation,
  profileFromUrl,
  splitContactPieces,
  stripLabel,
  type LocationInfo,
  type ProfileLinkInfo,
} from './contact';
import { matchHeading } from './headings';
import { titleScore } from './lexicon';
import { joinWrapped } from './paragraphs';
import type { DocLine } from './lines';
import type { Section } from './sections';

export interface BasicsInfo {
  name: string;
  label: string;
  email: string;
  phone: string;
  url: string;
  summary: string;
  location: LocationInfo;
  profiles: ProfileLinkInfo[];
}

const NAME_RE = /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}$/u;
/**
 * Chinese and Japanese names have no capitals and often no space: two to four ideographs (family
 * name first), or a Japanese family and given name of up to four characters each, kana allowed.
 */
const CJK_NAME_RE = /^[\p{Script=Han}]{1,3}[\s·・]?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,4}$/u;
/** Document titles that sit where the name does: "履歴書", "个人简历", "Curriculum Vitae". */
const DOCUMENT_TITLE =
  /^(europass|履歴書|職務経歴書|个人简历|简历|簡歷|個人簡歷|求职简历|curriculum vitae|lebenslauf|resume|résumé|cv)$/iu;
const NAME_LABEL = /^(?:姓名|氏名|名前)\s*[:：]?\s*|^name\s*[:：]\s*/iu;
/** Job-title words of Chinese and Japanese: a line with one is a label, not a name. */
const CJK_TITLE =
  /(工程师|经理|总监|开发|设计|主管|专员|顾问|分析|架构|实习|教师|会计|销售|运营|产品|エンジニア|マネージャ|デザイナ|開発|担当|技術|部長|課長|主任|職|者|师|员)/u;
const nameText = (raw: string): boolean => {
  const t = raw.trim().replace(NAME_LABEL, '');
  if (DOCUMENT_TITLE.test(t) || matchHeading(t) || isContactPiece(t) || /\d/.test(t)) return false;
  return (NAME_RE.test(t) && t.length <= 40) || (CJK_NAME_RE.test(t) && !CJK_TITLE.test(t));
};
/** Labels of a name cell: "氏名", "Name:", the 2002 Europass "First name(s) / Surname(s)". */
const NAME_CELL =
  /^(?:姓名|氏名|名前|name|vorname und name|nom|nombre|first name\(s\) \/ surname\(s\)|surname\(s\) \/ first name\(s\))\s*[:：]?$/iu;
/** "氏名 | 加藤美咲", "Name: | Jane Roe": a label cell, then the name. */
function labelledName(l: DocLine): string | null {
  const [first, ...rest] = l.segments;
  return first && NAME_CELL.test(first.trim()) && rest.length === 1 && nameText(rest[0]!) ? rest[0]!.trim() : null;
}
/** The name in a line: the whole line, or its first piece when contact details share the row. */
export const nameIn = (l: DocLine): string | null => {
  if (l.segments.length === 1) return nameText(l.text) ? l.text.trim().replace(NAME_LABEL, '') : null;
  const [first, ...rest] = l.segments;
  const labelled = labelledName(l);
  if (labelled) return labelled;
  return first && nameText(first) && rest.every((r) => splitContactPieces(r).some(isContactPiece))
    ? first.trim().replace(NAME_LABEL, '')
    : null;
};
const isNameLike = (l: DocLine): boolean => nameIn(l) !== null;

/** Finds the name line: the biggest short line near the top, else the first name-like header line. */
export function findNameLine(sections: Section[]): DocLine | null {
  const all = sections.flatMap((s) => s.lines);
  const firstPage = all.filter((l) => l.page === 1);
  const sized = firstPage.filter((l) => l.size > 0 && isNameLike(l));
  if (sized.length) {
    const max = Math.max(...sized.map((l) => l.size));
    const body = median(firstPage.map((l) => l.size).filter((s) => s > 0));
    const top = sized.filter((l) => l.size === max)[0]!;
    if (max > body * 1.15) return top;
  }
  const header = sections[0]?.kind === 'header' ? sections[0].lines : [];
  // a labelled name in a personal-data block ("Name: | Jane Roe", "First name(s) / Surname(s)")
  const labelled = sections
    .filter((s) => s.kind === 'contact' || s.kind === 'header')
    .flatMap((s) => s.lines)
    .find((l) => labelledName(l) !== null || isNameLike(l));
  return header.find(isNameLike) ?? labelled ?? null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** The header block: the name line, the lines up to the next heading, and the lines before the first heading. */
export function headerLines(sections: Section[], name: DocLine | null): { lines: DocLine[]; taken: Set<DocLine> } {
  const taken = new Set<DocLine>();
  const lines: DocLine[] = [];
  if (sections[0]?.kind === 'header') for (const l of sections[0].lines) lines.push(l);
  if (name && !lines.includes(name)) {
    for (const s of sections) {
      const i = s.lines.indexOf(name);
      if (i < 0) continue;
      // the name and the contact lines right after it, stopping at the first line of prose
      for (let j = i; j < s.lines.length && j < i + 8; j++) {
        const l = s.lines[j]!;
        if (j > i + 2 && !splitContactPieces(l.text).some(isContactPiece)) break;
        lines.push(l);
        taken.add(l);
      }
    }
  }
  return { lines, taken };
}

export function parseBasics(lines: DocLine[], name: DocLine | null, links: string[]): BasicsInfo {
  const b: BasicsInfo = { name: '', label: '', email: '', phone: '', url: '', summary: '', location: {}, profiles: [] };
  b.name = name ? (nameIn(name) ?? name.text.trim()) : '';
  const urls: string[] = [];
  const prose: DocLine[] = [];
  const leftovers: string[] = []; // "Data Scientist | jane@x.com": a label among contact details
  let contactRows = 0;
  let afterName = !name;
  for (const l of lines.slice(0, 40)) {
    // a header is short; the rest is not contact detail
    if (l === name) afterName = true;
    const segs = l === name ? (labelledName(l) ? [] : l.segments.slice(1)) : l.segments;
    if (!segs.length) continue;
    const pieces = segs.flatMap(splitContactPieces);
    let contact = false;
    const rowLeft: string[] = [];
    for (const p of pieces) {
      const email = findEmail(p);
      if (email) {
        b.email ||= email;
        contact = true;
        continue;
      }
      const url = findUrl(p) ?? (isBareDomain(stripLabel(p)) ? stripLabel(p) : undefined);
      if (url && stripLabel(p).replace(url, '').trim().length < 3) {
        urls.push(url);
        contact = true;
        continue;
      }
      const phone = findPhone(p);
      if (phone && phone.replace(/\D/g, '').length >= p.replace(/\D/g, '').length - 1) {
        b.phone ||= stripLabel(phone);
        contact = true;
        continue;
      }
      const loc = parseLocation(p);
      if (loc && !b.location.city) {
        b.location = loc;
        contact = true;
        continue;
      }
      // a username beside an icon; a lone word ending a sentence is the last line of a paragraph
      if (networkOf(`${p}.com`) || (/^[a-z0-9_.-]{2,40}$/.test(p) && !/^[a-z]+\.$/.test(p))) contact = true;
      else if (afterName && /^\p{L}[\p{L} &/,'’.-]{1,60}$/u.test(p)) rowLeft.push(p);
    }
    if (contact) {
      contactRows++;
      leftovers.push(...rowLeft);
    }
    if (!contact && afterName && !l.bullet) prose.push(l);
  }
  for (const u of urls) addUrl(b, u);
  for (const u of links) if (/^(mailto|tel):/i.test(u) || profileFromUrl(u)) addUrl(b, u);
  fallbackUrl(b, urls);
  // a label may wrap over two PDF lines; in text formats each line stands alone
  let text = prose[0]?.text ?? '';
  let used = prose.length ? 1 : 0;
  for (let i = 1; i < prose.length; i++) {
    const l = prose[i]!;
    const wraps = l.size > 0 && l.size === prose[i - 1]!.size;
    if (!wraps && text.split(/\s+/).length <= 10) break;
    text = joinWrapped(text, l.text);
    used = i + 1;
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  if (
    text &&
    (words <= 6 || (words <= 8 && titleScore(text) > 0)) &&
    !/[.!?]$/.test(text) &&
    !DOCUMENT_TITLE.test(text.trim())
  ) {
    b.label = text;
    b.summary = headlessSummary(prose.slice(used));
  } else if (text) b.summary = text;
  if (!b.label)
    b.label = leftovers.find((p) => p.split(/\s+/).length <= 6 && !matchHeading(p) && titleScore(p) > 0) ?? '';
  // a lone place among contact details ("Hamburg | +49 ... | mail"): the city
  const place = leftovers.find(
    (p) => p !== b.label && /^\p{Lu}[\p{L}' .-]{1,30}$/u.test(p) && p.split(/\s+/).length <= 3 && titleScore(p) === 0,
  );
  if (!b.location.city && place && contactRows > 0) b.location = { city: place };
  return b;
}

/**
 * A paragraph under the label with no heading of its own ("Results-driven specialist with ..."):
 * the summary, when it reads as prose (a dozen words or more, ending a sentence).
 */
export function headlessSummary(rest: DocLine[]): string {
  const text = rest.reduce((acc, l) => (acc ? joinWrapped(acc, l.text) : l.text.trim()), '');
  return text.split(/\s+/).length >= 12 && /[.!?]$/.test(text) ? text : '';
}

function addUrl(b: BasicsInfo, raw: string): void {
  if (/^mailto:/i.test(raw)) {
    b.email ||= raw.replace(/^mailto:/i, '').split('?')[0]!;
    return;
  }
  if (/^tel:/i.test(raw)) {
    b.phone ||= decodeURIComponent(raw.replace(/^tel:/i, ''));
    return;
  }
  const prof = profileFromUrl(raw);
  const key = (u: string): string =>
    u
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/+$/, '');
  if (prof) {
    if (!b.profiles.some((p) => key(p.url) === key(prof.url))) b.profiles.push(prof);
    return;
  }
  if (!b.url) b.url = raw;
}

/** When there is no personal site, the first visible profile link stands in as the URL. */
export function fallbackUrl(b: BasicsInfo, visibleUrls: string[]): void {
  if (b.url) return;
  const visible = visibleUrls.find((u) => profileFromUrl(u));
  if (visible) b.url = visible;
}
