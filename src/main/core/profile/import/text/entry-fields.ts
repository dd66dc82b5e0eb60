import { findDateRange, isDuration, stripDateRange, tidy, type DateRange } from './dates';
import { findUrl, parseLocation, looksLikePlace } from './contact';
import { institutionScore, isDegree, splitDegree, titleScore } from './lexicon';
import type { RawEntry } from './entries';

/** The header of an entry taken apart: its date range, location, link and the text pieces left. */
export interface HeaderParts {
  dates: DateRange | null;
  location?: string;
  url?: string;
  pieces: string[];
  /** Pieces were told apart by guesswork (no title or school words); the review screen should ask. */
  unsure: boolean;
}

const SPLIT_RE = /\s+[|–—•·]\s+|\s+-\s+|\s*\|\s*/u;
/** "Engineer at Google", "Entwickler bei SAP": only in job headers (a school may be "University of X at Y"). */
const AT_RE = /\s+(?:at|@|bei|chez|en|presso|bij)\s+(?=\p{Lu})/u;
/** "BBVA (Madrid)": a place in brackets after a name. */
const PLACE_IN_BRACKETS = /^(.*\S)\s*\((\p{Lu}\p{Ll}+(?:[ -]\p{Lu}?\p{Ll}+){0,2})\)$/u;

function splitCommas(piece: string): string[] {
  return piece
    .split(/\s*,\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Finds "City, ST" inside a comma list and lifts it out. */
function liftLocation(parts: string[]): { parts: string[]; location?: string } {
  for (let i = 0; i + 1 < parts.length; i++) {
    const pair = `${parts[i]}, ${parts[i + 1]}`;
    const loc = parseLocation(pair);
    if (
      loc &&
      looksLikePlace(loc) &&
      /^[A-Z]{2}$|^[\p{Lu}][\p{Ll}]+$/u.test(parts[i + 1]!) &&
      titleScore(parts[i]!) <= 0 &&
      titleScore(parts[i + 1]!) <= 0 &&
      !isDegree(pair) &&
      institutionScore(pair) === 0
    ) {
      if (/^[A-Z]{2}$/.test(parts[i + 1]!) || i + 2 <= parts.length) {
        return { parts: [...parts.slice(0, i), ...parts.slice(i + 2)], location: pair };
      }
    }
  }
  return { parts };
}

export function parseHeader(raw: string[], splitAt = false): HeaderParts {
  let dates: DateRange | null = null;
  let url: string | undefined;
  let location: string | undefined;
  const pieces: string[] = [];
  for (const seg of raw) {
    let s = seg.trim();
    if (!s) continue;
    const d = findDateRange(s);
    if (d && (!dates || !dates.start)) {
      dates = d;
      s = stripDateRange(s, d);
    } else if (d) s = stripDateRange(s, d);
    const u = findUrl(s);
    if (u && s.replace(u, '').trim().length < 3) {
      url ??= u;
      continue;
    }
    for (let p of s.split(SPLIT_RE).flatMap((x) => (splitAt ? x.split(AT_RE) : [x]))) {
      p = tidy(/^\(.*\)$/.test(p.trim()) ? p.trim().slice(1, -1) : p);
      if (!p || isDuration(p) || /^[,.;:]+$/.test(p)) continue;
      const bracket = p.match(PLACE_IN_BRACKETS);
      if (bracket && !location && titleScore(bracket[2]!) <= 0) {
        location = bracket[2];
        p = bracket[1]!;
      }
      const loc = parseLocation(p);
      if (!location && loc && looksLikePlace(loc) && titleScore(p) <= 0 && institutionScore(p) === 0 && !isDegree(p)) {
        location = p;
        continue;
      }
      const lifted = liftLocation(splitCommas(p));
      if (lifted.location && !location) location = lifted.location;
      pieces.push(...(lifted.location ? lifted.parts : [p]));
    }
  }
  return { dates, location, url, pieces: pieces.filter(Boolean), unsure: false };
}

/** Splits a piece like "Nexus AI, Co-Founder & CTO" at its comma when one side is a title. */
function splitTitleComma(pieces: string[]): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    const parts = splitCommas(p);
    if (parts.length >= 2 && parts.some((x) => titleScore(x) > 0)) out.push(...parts);
    else out.push(p);
  }
  return out;
}

export interface WorkFields {
  name: string;
  position: string;
  location?: string;
  url?: string;
  dates: DateRange | null;
  extra: string[];
  unsure: boolean;
}

export function workFields(e: RawEntry): WorkFields {
  const h = parseHeader(
    e.heads.flatMap((i) => i.segments),
    true,
  );
  const pieces = splitTitleComma(h.pieces);
  let name = '';
  let position = '';
  let unsure = false;
  if (pieces.length === 1) {
    if (titleScore(pieces[0]!) > 0) position = pieces[0]!;
    else name = pieces[0]!;
    unsure = true;
  } else if (pieces.length >= 2) {
    const scored = pieces.slice(0, 3).map((p, i) => ({ p, i, s: titleScore(p) }));
    const best = [...scored].sort((a, b) => b.s - a.s || a.i - b.i)[0]!;
    if (best.s > 0) {
      position = best.p;
      name = scored.find((x) => x.i !== best.i)!.p;
    } else {
      [name, position] = [pieces[0]!, pieces[1]!];
      unsure = true;
    }
  }
  // "Title — Company, City": the company went into the location with its city
  if (!name && position && h.location?.includes(',') && pieces.length === 1) {
    const [first, ...rest] = splitCommas(h.location);
    name = first!;
    h.location = rest.join(', ');
  }
  const used = new Set([name, position]);
  const extra = pieces.filter((p) => !used.has(p));
  let location = h.location;
  // "Allianz Technology, Munich": a one- or two-word place after the employer's comma
  const tail = name.match(/^(.+?),\s*(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)?)$/u);
  if (
    !location &&
    tail &&
    titleScore(tail[2]!) === 0 &&
    !/\b(inc|llc|ltd|gmbh|ag|co|corp|plc|sa|bv|kg)\b/i.test(tail[2]!)
  ) {
    name = tail[1]!;
    location = tail[2];
  }
  if (
    !location &&
    extra.length &&
    extra[0]!.split(' ').length <= 3 &&
    /^\p{Lu}[\p{L} .'’-]+$/u.test(extra[0]!) &&
    titleScore(extra[0]!) <= 0
  ) {
    location = extra.shift();
  }
  return { name, position, location, url: h.url, dates: h.dates, extra, unsure };
}

export interface EducationFields {
  institution: string;
  studyType?: string;
  area?: string;
  location?: string;
  score?: string;
  url?: string;
  dates: DateRange | null;
  unsure: boolean;
}

const GPA_RE =
  /\b(?:gpa|grade|note|nota|cgpa)\b\s*[:\s]\s*([\d.,]+(?:\s*\/\s*[\d.,]+)?)|([\d.,]+(?:\s*\/\s*[\d.,]+)?)\s*(?:gpa|cgpa)\b/i;

export function educationFields(e: RawEntry): EducationFields {
  const segs = e.heads.flatMap((i) => i.segments);
  let score: string | undefined;
  const cleaned = segs.map((s) => {
    const m = s.match(GPA_RE);
    if (!m) return s;
    score ??= (m[1] ?? m[2])!.trim();
    return tidy(s.replace(m[0], ' '));
  });
  const h = parseHeader(cleaned);
  let pieces = h.pieces.flatMap((p) => {
    const parts = splitCommas(p);
    return parts.length > 1 && parts.some((x) => institutionScore(x) > 0 || isDegree(x)) ? parts : [p];
  });
  let institution = '';
  let degree = '';
  const inst = pieces.map((p, i) => ({ p, i, s: institutionScore(p) })).filter((x) => x.s > 0)[0];
  if (inst) institution = inst.p;
  const deg = pieces.find((p) => p !== institution && isDegree(p));
  if (deg) degree = deg;
  pieces = pieces.filter((p) => p !== institution && p !== degree);
  let unsure = false;
  if (!institution && pieces.length) {
    institution = pieces.shift()!;
    unsure = true;
  }
  if (!degree && pieces.length && !inst) {
    degree = pieces.shift()!;
    unsure = true;
  }
  let studyType: string | undefined;
  let area: string | undefined;
  if (degree) ({ studyType, area } = splitDegree(degree));
  let location = h.location;
  for (const p of pieces) {
    if (!area && studyType && !looksLikeLocationWord(p)) area = p;
    else if (!location) location = p;
  }
  return { institution, studyType, area, location, score, url: h.url, dates: h.dates, unsure };
}

const looksLikeLocationWord = (p: string): boolean => Boolean(parseLocation(p)) || /^(remote|online)$/i.test(p);
