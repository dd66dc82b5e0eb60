import { findDateRange, isDateNote, isDateOnly, isDuration } from './dates';
import { parseLocation } from './contact';
import { stripBullet, type DocLine } from './lines';

/**
 * Joins wrapped lines back into logical items (a bullet, a paragraph, a header line) and says
 * what each item is. Works from the layout cues of PDF lines and the markers of text formats.
 */
export interface Item {
  text: string;
  segments: string[];
  kind: 'head' | 'bullet' | 'para';
  /** The line was an explicit heading (Markdown ###, a Word heading style). */
  marked: boolean;
  gapBefore: number;
  x: number;
  size: number;
  bold: boolean;
}

const KEEP_HYPHEN = new Set([
  'e',
  'cross',
  'full',
  'high',
  'real',
  'self',
  'multi',
  'non',
  'pre',
  're',
  'co',
  'well',
  'long',
  'short',
  'end',
  'user',
  'cloud',
  'low',
  'top',
  'third',
  'open',
  'time',
  'cost',
  'mission',
  'state',
  'world',
  'client',
  'server',
  'front',
  'back',
  'data',
  'web',
  'mobile',
  'team',
  'fast',
  'large',
  'small',
  'mid',
  'x',
  'in',
]);

const SUFFIX_RE =
  /^(?:t?ions?|sions?|ments?|ings?|ed|ers?|ly|ness|ity|ities|al|ally|ances?|ences?|ives?|ous|able|ible|ures?|ists?|isms?|i[sz]e[sd]?|i[sz]ing|ics?|ical|ell?ing|ling|ations?|icians?|logy|graphy|ware|ant|ants|ent|ents|ate|ated|ating|ry|ries)\b/;

/** Joins two wrapped pieces of one sentence, undoing hyphenation where the hyphen was a line break. */
export function joinWrapped(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  const m = left.match(/([\p{L}]+)-$/u);
  if (m) {
    const frag = m[1]!.toLowerCase();
    // a word broken by hyphenation ends in a suffix ("submis-sions", "mod-eling"); a compound does not
    if (!KEEP_HYPHEN.has(frag) && SUFFIX_RE.test(right)) return left.slice(0, -1) + right;
    return left + right;
  }
  return `${left} ${right}`;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * A date that dates an entry: in a cell of its own, at the start or end of a short line. A year
 * inside a sentence ("worked there from 2012 onwards") does not.
 */
export function hasEntryDate(text: string, segments: string[]): boolean {
  const r = findDateRange(text);
  if (!r) return false;
  if (segments.length > 1 && segments.some((s) => isDateOnly(s))) return true;
  // a line that opens with a whole range is an entry header, even when it ends in a period (moderncv)
  if (r.index <= 2 && (r.end || r.current) && words(text) <= 20) return true;
  if (/[.!?]$/.test(text.trim()) && words(text) > 8) return false;
  const atEdge = r.index <= 2 || r.index + r.length >= text.replace(/[\s)*_]+$/, '').length - 1;
  return atEdge ? words(text) <= 16 : words(text) <= 8;
}
const endsSentence = (s: string): boolean => /[.!?:;]["')]?$/.test(s.trim());

/** Typical vertical gap between lines of this block (median), for spotting larger gaps. */
export function medianGap(lines: DocLine[]): number {
  const gaps = lines
    .map((l) => l.gapBefore)
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)]! : 0;
}

export function toItems(lines: DocLine[]): Item[] {
  const items: Item[] = [];
  const rightOf = new Map<number | undefined, number>();
  // the wrap edge of a block: its widest line, or a row whose last cell (a date) is set flush right
  for (const l of lines)
    if (l.size > 0 && (l.segments.length === 1 || flushRightDate(l)))
      rightOf.set(l.block, Math.max(rightOf.get(l.block) ?? 0, l.xEnd));
  const baseOf = new Map<number | undefined, number>();
  for (const l of lines) if (!l.bullet) baseOf.set(l.block, Math.min(baseOf.get(l.block) ?? Infinity, textX(l)));
  const centred = isCentred(lines);
  const gap0 = medianGap(lines);
  let prevLine: DocLine | null = null;
  for (const raw of lines) {
    const line = joinDanglingRange(hoistNotes(raw, items), items);
    if (!line) continue;
    const sb = stripBullet(line.text);
    const bullet = line.bullet || sb.bullet;
    const text = sb.text.trim();
    const segments = sb.bullet ? [text] : line.segments;
    if (!text) continue;
    const prev = items[items.length - 1];
    const baseX = baseOf.get(line.block) ?? line.x;
    const indent = !centred && line.size > 0 && textX(line) - baseX > line.size * 0.8;
    const geometric = line.size > 0;
    const hasDate = hasEntryDate(text, segments);
    const shortHead = segments.length > 1 || hasDate || words(text) <= 4 || (words(text) <= 9 && !endsSentence(text));
    let kind: Item['kind'] = bullet ? 'bullet' : indent && !hasDate ? 'bullet' : shortHead ? 'head' : 'para';
    if (line.heading !== undefined) kind = 'head';
    if (
      prev &&
      prevLine &&
      !bullet &&
      line.heading === undefined &&
      continues(
        line,
        prevLine,
        prev,
        text,
        gap0,
        geometric,
        centred,
        Math.max(rightOf.get(line.block) ?? 0, line.columnRight ?? 0),
      )
    ) {
      prev.text = joinWrapped(prev.text, text);
      prev.segments = [prev.text];
      // a header that wrapped stays a header while it carries the entry's dates ("Title at Company | Jan 2020 –" + "Present")
      const dated = hasEntryDate(prev.text, prev.segments);
      if (prev.kind === 'head' && words(prev.text) > 9 && !dated) prev.kind = 'para';
      else if (prev.kind === 'para' && dated && isDateNote(text) && !endsSentence(prev.text)) prev.kind = 'head';
      prevLine = line;
      continue;
    }
    items.push({
      text,
      segments,
      kind,
      marked: line.heading !== undefined,
      gapBefore: line.gapBefore,
      x: line.x,
      size: line.size,
      bold: line.bold,
    });
    prevLine = line;
  }
  return items;
}

/** A header row "Company | Jan 2020 – Present" whose date sits at the right: it marks the column's right edge. */
function flushRightDate(l: DocLine): boolean {
  return l.segments.length === 2 && isDateNote(l.segments[1]!) && !isDateNote(l.segments[0]!);
}

/** Wrap test: the room a first word needs at the end of the line above (em per letter, plus slack). */
const FIT_LETTER_EM = 0.55;
const FIT_SLACK_EM = 1;

/** The first word of `line` would have fitted at the end of `prev`: so `prev` did not wrap there. */
function wouldHaveFit(prev: DocLine, text: string, size: number, right: number): boolean {
  const first = text.split(/\s+/)[0] ?? '';
  // generous: a word is up to 0.55 em a letter, and a box may stop short of the widest line
  return right > 0 && prev.xEnd + size * (FIT_SLACK_EM + first.length * FIT_LETTER_EM) < right;
}

function continues(
  line: DocLine,
  prevLine: DocLine,
  prev: Item,
  text: string,
  gap0: number,
  geometric: boolean,
  centred: boolean,
  right: number,
): boolean {
  if (line.continues) return true;
  if (prev.kind === 'head' && prev.segments.length > 1) return false;
  if (line.segments.length > 1) return false;
  if (!geometric) return false;
  if (gap0 > 0 && line.gapBefore > gap0 * 1.2 + 0.05) return false;
  if (line.page !== prevLine.page && line.gapBefore > 0) return false;
  const lower = /^[\p{Ll}\d(&,%$]/u.test(text);
  if (endsSentence(prev.text) && !lower) return false;
  if (!centred && wouldHaveFit(prevLine, text, line.size, right)) return false;
  // the previous line is itself the widest: the wrap test says nothing, so ask the words
  const widest = right > 0 && prevLine.xEnd >= right - 0.5;
  const dx = line.x - prevLine.x;
  const hanging = prev.kind === 'bullet' && dx > 0 && dx <= Math.max(line.size, 8) * 1.6; // text under a bullet glyph
  const aligned = centred || Math.abs(dx) <= 3 || hanging;
  const broken =
    /[-,/&]$/.test(prev.text) ||
    /\b(and|or|of|the|a|an|to|for|in|on|at|by|with|using|from|into|via|as|und|mit|für|et|de|des|pour|avec|y|con|para)$/i.test(
      prev.text,
    );
  if (prev.kind === 'bullet' || prev.kind === 'para') {
    return (aligned || prev.kind === 'para') && (lower || broken || (!widest && !endsSentence(prev.text)));
  }
  // a head that wraps: only when the next line starts in lower case
  return aligned && (lower || broken) && words(prev.text) >= 4;
}

/** Centred blocks (sidebars of some templates) vary their left edge; indents mean nothing there. */
function isCentred(lines: DocLine[]): boolean {
  const geo = lines.filter((l) => l.size > 0 && l.xEnd > l.x);
  if (geo.length < 3) return false;
  const centres = geo.map((l) => (l.x + l.xEnd) / 2).sort((a, b) => a - b);
  const mid = centres[Math.floor(centres.length / 2)]!;
  const minX = Math.min(...geo.map((l) => l.x));
  const centred = geo.filter((l) => Math.abs((l.x + l.xEnd) / 2 - mid) <= 4);
  const nLeft = geo.filter((l) => Math.abs(l.x - minX) <= 3).length;
  // long lines of one indented paragraph also share a centre; centred text has ragged left edges
  const sameLeft = Math.max(...centred.map((a) => centred.filter((b) => Math.abs(a.x - b.x) <= 3).length), 0);
  return centred.length > nLeft && centred.length >= geo.length * 0.6 && sameLeft < Math.max(3, centred.length * 0.6);
}

/** A side note (date, place, duration) printed at the right of a bullet line belongs to the entry header. */
const isNote = (s: string): boolean => isDateNote(s) || isDuration(s) || Boolean(parseLocation(s));

function hoistNotes(line: DocLine, items: Item[]): DocLine | null {
  if (line.segments.length < 2) return line;
  const first = stripBullet(line.segments[0]!).text;
  const isBody = line.bullet || /^\p{Ll}/u.test(first);
  if (!isBody) return line;
  const notes = line.segments.slice(1).filter(isNote);
  if (!notes.length) return line;
  let head: Item | undefined;
  for (let i = items.length - 1; i >= 0 && !head; i--) if (items[i]!.kind === 'head') head = items[i];
  if (head) head.segments.push(...notes.filter((n) => !isDuration(n)));
  const rest = line.segments.filter((s, i) => i === 0 || !notes.includes(s));
  return { ...line, segments: rest, text: rest.join(' | ') };
}

/** Where a line's text starts, ignoring a date printed in a column to its left. */
function textX(l: DocLine): number {
  if (l.segX && l.segX.length > 1 && l.segments.length > 1 && isDateNote(l.segments[0]!)) return l.segX[1]!;
  return l.x;
}

const DANGLING = /(?:[–—-]|\bto|\bbis|\bau|\bhasta|\buntil|(?<=\s)(?:à|a|al))\s*$/i;

/**
 * A date range wrapped in a narrow date column ("Apr 2021 –" above "Present", "déc. 2022–nov." above
 * "2023"), or in the date cell of a row whose cells all wrapped: the rest goes back to the start, so the range stays whole and the second line is not taken
 * for a new entry.
 */
function joinDanglingRange(line: DocLine | null, items: Item[]): DocLine | null {
  if (!line) return line;
  const prev = items[items.length - 1];
  if (!prev || prev.kind !== 'head') return line;
  const first = line.segments[0] ?? '';
  if (!/^\S/.test(first)) return line;
  const hasEnd = (s: string): boolean => {
    const r = findDateRange(s);
    return Boolean(r && (r.end || r.current));
  };
  const completes = (s: string, next: string): boolean => {
    if (!findDateRange(s) || hasEnd(s)) return false;
    const joined = `${s.trim()} ${next}`;
    return (DANGLING.test(s) || isDateNote(s) || /\p{L}\.?$/u.test(s.trim())) && hasEnd(joined) && isDateOnly(joined);
  };
  // a row of cells that wrapped cell by cell ("Manager at Riverstone | Nov 2022 - Nov" over "Bank | 2024")
  const n = line.segments.length;
  const k =
    n > 1 && prev.segments.length === n
      ? prev.segments.findIndex((s, j) => j > 0 && completes(s, line.segments[j]!))
      : -1;
  if (k > 0) {
    prev.segments = prev.segments.map((s, j) =>
      j === k ? `${s.trim()} ${line.segments[j]}` : joinWrapped(s, line.segments[j]!),
    );
    prev.text = prev.segments.join(' | ');
    return null;
  }
  const i = prev.segments.findIndex((s) => completes(s, first));
  if (i < 0) return line;
  prev.segments[i] = `${prev.segments[i]!.trim()} ${first}`;
  prev.text = prev.segments.join(' | ');
  const rest = line.segments.slice(1);
  if (!rest.length) return null;
  return { ...line, segments: rest, text: rest.join(' | ') };
}
