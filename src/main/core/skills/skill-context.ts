/**
 * Context rules for ambiguous aliases ("Go", "R", "C", "Swift", "Spring", "Excel"...): they count
 * only when the text around them is clearly technical. Kept separate so each rule is testable.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/** Words right after an ambiguous skill that make it technical: "Go developer", "R programming". */
const CUE_AFTER = new Set(
  `developer developers engineer engineers development programming programmer programmers language
languages lang code coding codebase codebases scripts scripting framework frameworks library libraries
sdk sdks api apis stack backend back-end services microservices modules packages ecosystem toolchain
runtime compiler expertise knowledge proficiency certification certified experience skills projects
applications apps pipelines pipeline infrastructure server servers cluster clusters jobs queries
templates spreadsheets macros formulas workbooks dashboards functions plugins components tests testing
environment`.split(/\s+/),
);

/** "experience with Go", "proficient in R", "using Swift": a cue verb/noun then a preposition. */
const CUE_BEFORE_HEAD = new Set(
  `experience experienced proficiency proficient knowledge expertise familiarity familiar skilled
skills fluent fluency written programming coding develop developing development background work
working hands-on strong solid built building write writing expert advanced good excellent native
speak speaking speaks years year yrs`.split(/\s+/),
);
const CUE_PREPOSITIONS = new Set(['in', 'with', 'of', 'using', 'on']);
const CUE_BEFORE_DIRECT = new Set(['using', 'including', 'like', 'e.g.', 'eg', 'esp.', 'especially', 'via']);

/** Text allowed between two skills of the same list: "Go, Rust and C", "C/C++", "(R or Python)". */
const LIST_GAP =
  /^[\s,;/&|()+:•·\-–—]*(?:(?:and|or|as well as|nor|plus|e\.g\.|i\.e\.|like|such as|including|vs\.?)[\s,;/&|()\-:]*)?$/i;

export function wordsAfter(text: string, end: number, count: number): string[] {
  const tail = text.slice(end, end + 60);
  const words = tail.match(/[\p{L}\p{N}][\p{L}\p{N}.+#-]*/gu) ?? [];
  const lead = tail.slice(0, tail.search(/[\p{L}\p{N}]/u) < 0 ? tail.length : tail.search(/[\p{L}\p{N}]/u));
  if (/[\n.;!?]/.test(lead)) return []; // the next word belongs to another sentence
  return words.slice(0, count).map((w) => w.toLowerCase().replace(/[.-]+$/, ''));
}

export function wordsBefore(text: string, start: number, count: number): string[] {
  const head = text.slice(Math.max(0, start - 60), start);
  const trailing = head.slice(head.search(/[^\p{L}\p{N}.]*$/u));
  if (/[\n;!?]/.test(trailing)) return [];
  const words = head.match(/[\p{L}\p{N}][\p{L}\p{N}.+#'-]*/gu) ?? [];
  return words.slice(-count).map((w) => w.toLowerCase());
}

export function hasCueWord(text: string, start: number, end: number): boolean {
  const after = wordsAfter(text, end, 1);
  if (after[0] && CUE_AFTER.has(after[0])) return true;
  const before = wordsBefore(text, start, 2);
  const prev = before[before.length - 1];
  const prev2 = before[before.length - 2];
  if (prev && CUE_BEFORE_DIRECT.has(prev)) return true;
  if (prev && prev2 && CUE_PREPOSITIONS.has(prev) && CUE_BEFORE_HEAD.has(prev2)) return true;
  return false;
}

export interface Span {
  start: number;
  end: number;
}

/** True when `a` and `b` are items of one list: only separators or "and"/"or" between them. */
export function isListNeighbour(text: string, a: Span, b: Span): boolean {
  const [left, right] = a.start < b.start ? [a, b] : [b, a];
  if (right.start < left.end) return false;
  const gap = text.slice(left.end, right.start);
  return gap.length <= 16 && !gap.includes('\n') && LIST_GAP.test(gap);
}

/** A "Skills:"-style line: a short label, a colon, then a list. Everything on it is technical. */
export function isSkillListLine(text: string, at: number, lineStart: number): boolean {
  const label = text.slice(lineStart, Math.min(at, lineStart + 40));
  if (
    /^\s*[-*•]?\s*(?:tech(?:nical)?\s*(?:skills|stack)|technologies|tools|skills|stack|languages|programming languages|frameworks|requirements|required|must[- ]haves?|nice[- ]to[- ]haves?|bonus|preferred|pluses|keywords|expertise)\s*:/i.test(
      label,
    )
  )
    return true;
  // A bullet holding nothing but the skill ("- Spark", "• Go")
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return /^\s*(?:[-*•·▪◦‣–]|\d{1,2}[.)])\s+[^\s,;]+(?:\s+[^\s,;]+)?\s*[.,;]?\s*$/.test(line) && at - lineStart < 8;
}
