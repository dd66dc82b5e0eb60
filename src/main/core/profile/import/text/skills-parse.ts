import { LEVEL_RE } from './lexicon';
import { findDateRange, stripDateRange } from './dates';
import { stripBullet, type DocLine } from './lines';
import { toItems } from './paragraphs';

/** Skills, languages and certificates: the list-like sections. */

export interface SkillGroup {
  name: string;
  level?: string;
  keywords: string[];
  /** A lone skill (a bullet or a cell), not a group name waiting for its list. */
  single?: boolean;
}

const LIST_SPLIT = /\s*[,;•·|]\s*|\s+\/\s+/;
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

function splitList(s: string): string[] {
  // keep commas inside parentheses: "Python (NumPy, pandas)"
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;•·|]/.test(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out
    .flatMap((p) => p.split(/\s+\/\s+/))
    .map((p) =>
      p
        .trim()
        .replace(/^(?:and|und|et|y)\s+/i, '')
        .replace(/[.]$/, '')
        .trim(),
    )
    .filter((p) => p.length > 0 && p.length <= 100);
}

const isListy = (s: string): boolean => LIST_SPLIT.test(s) && splitList(s).length >= 2;

/** Parses a skills section into groups (name + keywords) and single skills. */
export function parseSkills(lines: DocLine[]): SkillGroup[] {
  const groups: SkillGroup[] = [];
  let pending: SkillGroup | null = null; // a "Label:" waiting for its list lines
  for (const it of toItems(lines)) {
    const texts = it.segments.length > 1 && !it.segments.some((s) => s.includes(':')) ? it.segments : [it.text];
    for (const raw of texts) {
      const text = stripBullet(raw).text.replace(/\*+/g, '').trim();
      if (!text) continue;
      const colon = text.match(/^([^:]{1,60}):\s*(.*)$/);
      if (colon && !/^https?$/i.test(colon[1]!)) {
        const keywords = colon[2] ? splitList(colon[2]) : [];
        const g: SkillGroup = { ...nameAndLevel(colon[1]!.trim()), keywords };
        groups.push(g);
        pending = keywords.length ? null : g;
        continue;
      }
      if (LEVEL_RE.test(text) && groups.length) {
        const last = groups[groups.length - 1]!;
        if (!last.level) last.level = text;
        continue;
      }
      const listy = isListy(text);
      if (pending && (it.kind === 'bullet' || listy)) {
        pending.keywords.push(...(listy ? splitList(text) : [text.replace(/[.]$/, '')]));
        continue;
      }
      pending = null;
      if (listy) {
        const open = lastOpenGroup(groups);
        if (open) open.keywords.push(...splitList(text));
        else for (const k of splitList(text)) groups.push({ name: k, keywords: [], single: true });
        continue;
      }
      groups.push({ name: text.replace(/[.]$/, ''), keywords: [], single: it.kind === 'bullet' || texts.length > 1 });
    }
  }
  return mergeGroups(groups).map(({ name, level, keywords }) => ({ name, level, keywords }));
}

/** A group name followed by level and list lines ("Web Technologies / Advanced / HTML5, CSS"). */
function lastOpenGroup(groups: SkillGroup[]): SkillGroup | null {
  const last = groups[groups.length - 1];
  return last && !last.single && last.keywords.length === 0 && words(last.name) <= 5 ? last : null;
}

function mergeGroups(groups: SkillGroup[]): SkillGroup[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const k = `${g.name.toLowerCase()}|${g.keywords.join(',').toLowerCase()}`;
    if (seen.has(k) || !g.name) return false;
    seen.add(k);
    return true;
  });
}

export interface LanguageInfo {
  language: string;
  fluency?: string;
}

/** "English – native", "German (C1)", "French: fluent", or "English" then "Native Speaker". */
export function parseLanguages(lines: DocLine[]): LanguageInfo[] {
  const out: LanguageInfo[] = [];
  const items = toItems(lines);
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const next = items[i + 1];
    // a grid row of languages over a row of levels ("English | Spanish" / "Native | Intermediate")
    if (
      it.segments.length > 1 &&
      next &&
      next.segments.length === it.segments.length &&
      next.segments.every((x) => LEVEL_RE.test(x.trim()))
    ) {
      it.segments.forEach((l, k) => out.push({ language: l.trim(), fluency: next.segments[k]!.trim() }));
      i++;
      continue;
    }
    for (const seg of it.segments.length > 1 ? it.segments : splitList(it.text)) {
      const t = stripBullet(seg).text.trim();
      if (!t) continue;
      if (LEVEL_RE.test(t) && out.length && !out[out.length - 1]!.fluency) {
        out[out.length - 1]!.fluency = t;
        continue;
      }
      const m = t.match(/^([\p{L} ]{2,30}?)\s*\((.+)\)$/u) ?? t.match(/^([\p{L} ]{2,30}?)\s*[:–—-]\s*(.+)$/u);
      if (m) out.push({ language: m[1]!.trim(), fluency: m[2]!.trim() });
      else if (words(t) <= 3) out.push({ language: t });
    }
  }
  return out;
}

export interface CertificateInfo {
  name: string;
  issuer?: string;
  date?: string;
}

/** Certificates: one per bullet/line, or "Name / Issuer / Year" blocks. */
export function parseCertificates(lines: DocLine[]): CertificateInfo[] {
  const out: CertificateInfo[] = [];
  for (const it of toItems(lines)) {
    let t = it.text;
    const d = findDateRange(t);
    if (d && d.start) {
      t = stripDateRange(t, d);
      const last = out[out.length - 1];
      if (!t && last && !last.date) {
        last.date = d.start;
        continue;
      }
    }
    if (!t) continue;
    const last = out[out.length - 1];
    if (
      last &&
      !last.issuer &&
      it.kind === 'head' &&
      !it.marked &&
      out.length &&
      lines.length > 1 &&
      words(t) <= 5 &&
      /^[\p{Lu}]/u.test(t) &&
      !d &&
      looksLikeIssuer(t)
    ) {
      last.issuer = t;
      continue;
    }
    const parts = t.split(/\s+[|–—-]\s+|,\s+(?=[\p{Lu}])/u);
    out.push({ name: parts[0]!.trim(), issuer: parts[1]?.trim(), date: d?.start });
  }
  return out;
}

const looksLikeIssuer = (t: string): boolean =>
  /\b(academy|university|institute|inc|llc|ltd|services|microsoft|google|amazon|aws|oracle|cisco|coursera|udemy|pmi|isc|comptia|codeacademy|codecademy|linux foundation|foundation|board|association|council)\b/i.test(
    t,
  ) || t.split(' ').length <= 2;

/** "Web Technologies (Advanced)" -> name + level. */
function nameAndLevel(raw: string): { name: string; level?: string } {
  const m = raw.match(/^(.*\S)\s*[([]([^)\]]+)[)\]]$/) ?? raw.match(/^(.*\S)\s+[–—-]\s+(.+)$/);
  return m && LEVEL_RE.test(m[2]!.trim()) ? { name: m[1]!, level: m[2]!.trim() } : { name: raw };
}
