import { buildAliasTrie, foldChar, isSeparator, walkFrom, type TrieNode } from './alias-trie';
import { hasCueWord, isListNeighbour, isSkillListLine, isWordChar } from './skill-context';
import { shapeSpans } from './span-shape';
import { getTaxonomy, type AliasEntry, type SkillCategory } from './taxonomy/taxonomy';

/**
 * One occurrence of a taxonomy skill in a text. `text.slice(start, end)` is the skill phrase: the
 * matched alias widened to its written word, generic head and coordination (see `span-shape.ts`).
 */
export interface SkillMention {
  skillId: number;
  name: string;
  category: SkillCategory;
  start: number;
  end: number;
  /** Part of an occupation name ("DevOps engineer", "Java developer"): a requirement, not a skill phrase. */
  role: boolean;
}

interface Candidate {
  start: number;
  end: number;
  alias: AliasEntry;
  /** False for an ambiguous alias written in another case ("go", "spring"): only lists accept it. */
  caseExact: boolean;
}

let trie: TrieNode | null = null;
function getTrie(): TrieNode {
  trie ??= buildAliasTrie(getTaxonomy());
  return trie;
}

/** Addresses and e-mails are not prose: "github.com/x" must not yield GitHub. */
const MASKED = /\b(?:https?:\/\/|www\.)[^\s<>"')]+|[\w.+-]+@[\w-]+\.[\w.-]+/gi;

function maskedRanges(text: string): boolean[] | null {
  let mask: boolean[] | null = null;
  for (const m of text.matchAll(MASKED)) {
    mask ??= new Array<boolean>(text.length).fill(false);
    for (let i = m.index; i < m.index + m[0].length; i++) mask[i] = true;
  }
  return mask;
}

function leftBoundaryOk(text: string, i: number, strict: boolean): boolean {
  if (i === 0) return true;
  const prev = text[i - 1]!;
  if (isWordChar(prev) || prev === '+' || prev === '#' || prev === '@') return false;
  const beforePrev = text[i - 2];
  if (prev === '.' && isWordChar(beforePrev)) return false;
  if (strict && (prev === '-' || prev === '&' || prev === "'") && isWordChar(beforePrev)) return false;
  return true;
}

function rightBoundaryOk(text: string, end: number, strict: boolean): boolean {
  if (end >= text.length) return true;
  const next = text[end]!;
  if (isWordChar(next) || next === '+' || next === '#') return false;
  const afterNext = text[end + 1];
  if ((next === '.' || next === '&' || next === '@') && isWordChar(afterNext)) return false;
  if (next === "'" && isWordChar(afterNext) && !/^'s\b/i.test(text.slice(end, end + 3))) return false;
  if (strict && next === '-' && isWordChar(afterNext)) return false;
  return true;
}

/** Compares a matched slice with an alias, case-sensitively, folding separator runs. */
function sameCase(slice: string, surface: string): boolean {
  const norm = (s: string) => s.replace(/[\s\-_\u00a0]+/g, ' ');
  return norm(slice) === norm(surface);
}

function caseAccepts(alias: AliasEntry, slice: string): boolean {
  if (alias.mode === 'any-case') return true;
  if (sameCase(slice, alias.surface)) return true;
  // "PYTHON, GO AND RUST" in an all-caps list: accept the upper-case form of names of 3+ letters.
  return (
    alias.surface.length >= 3 &&
    /\p{Lu}/u.test(slice) &&
    slice === slice.toUpperCase() &&
    sameCase(slice, alias.surface.toUpperCase())
  );
}

function candidateAt(root: TrieNode, text: string, i: number): Candidate | null {
  const hits = walkFrom(root, text, i);
  let fallback: Candidate | null = null;
  for (let h = hits.length - 1; h >= 0; h--) {
    const hit = hits[h]!;
    const slice = text.slice(hit.start, hit.end);
    for (const alias of hit.terminals) {
      const strict = alias.mode === 'ambiguous';
      if (!leftBoundaryOk(text, i, strict) || !rightBoundaryOk(text, hit.end, strict)) continue;
      if (caseAccepts(alias, slice)) return { start: hit.start, end: hit.end, alias, caseExact: true };
      if (strict && !fallback) fallback = { start: hit.start, end: hit.end, alias, caseExact: false };
    }
  }
  return fallback;
}

/** Finds every taxonomy skill in `text`, leftmost-longest, with exact character offsets. */
export function extractSkills(text: string): SkillMention[] {
  const root = getTrie();
  const mask = maskedRanges(text);
  const sure: Candidate[] = [];
  const unsure: Candidate[] = [];
  let coveredUntil = 0;
  for (let i = 0; i < text.length; i++) {
    if (i < coveredUntil) continue;
    const ch = text[i]!;
    if (isSeparator(ch) || ch === '\n' || mask?.[i]) continue;
    if (!root.next.has(foldChar(ch))) continue;
    if (i > 0 && isWordChar(text[i - 1]) && isWordChar(ch)) continue;
    const cand = candidateAt(root, text, i);
    if (!cand) continue;
    if (cand.alias.mode === 'ambiguous') {
      unsure.push(cand);
    } else {
      sure.push(cand);
      coveredUntil = cand.end;
    }
  }
  const accepted = acceptAmbiguous(text, sure, unsure);
  const taxonomy = getTaxonomy();
  const mentions = accepted
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      const skill = taxonomy.skills[c.alias.skillId]!;
      return { skillId: skill.id, name: skill.name, category: skill.category, start: c.start, end: c.end, role: false };
    });
  const shaped = shapeSpans(text, mentions);
  mentions.forEach((m, i) => {
    const s = shaped[i]!;
    m.start = s.start;
    m.end = s.end;
    m.role = s.role;
  });
  return mentions;
}

/** Ambiguous candidates count when a cue word, a skills-list line or a neighbouring skill backs them. */
function acceptAmbiguous(text: string, sure: Candidate[], unsure: Candidate[]): Candidate[] {
  const firstAtOrAfter = (offset: number) => {
    let lo = 0;
    let hi = sure.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sure[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const overlapsSure = (c: Candidate) => {
    const j = firstAtOrAfter(c.start);
    const before = sure[j - 1];
    const after = sure[j];
    return (before !== undefined && before.end > c.start) || (after !== undefined && after.start < c.end);
  };
  const nearSure = (c: Candidate) => {
    const j = firstAtOrAfter(c.start);
    const before = sure[j - 1];
    const after = sure[j];
    return (
      (before !== undefined && isListNeighbour(text, c, before)) ||
      (after !== undefined && isListNeighbour(text, c, after))
    );
  };
  const pending = unsure.filter((u) => !overlapsSure(u));
  const lineStarts = lineStartsOf(text);
  const lineOf = (offset: number) => lineStartAt(lineStarts, offset);
  const listLines = denseListLines(text, sure, lineOf);
  const onListLine = (c: Candidate) =>
    isSkillListLine(text, c.start, lineOf(c.start)) || listLines.has(lineOf(c.start));
  const ok = pending.map(() => false);
  const supports = (i: number, round: number) => {
    const other = pending[i];
    return other !== undefined && (ok[i] || (round === 0 && other.caseExact));
  };
  for (let round = 0; round < 3; round++) {
    let changed = false;
    pending.forEach((cand, i) => {
      if (ok[i]) return;
      const accepted = cand.caseExact
        ? hasCueWord(text, cand.start, cand.end) ||
          onListLine(cand) ||
          nearSure(cand) ||
          (supports(i - 1, round) && isListNeighbour(text, cand, pending[i - 1]!)) ||
          (supports(i + 1, round) && isListNeighbour(text, cand, pending[i + 1]!))
        : onListLine(cand);
      if (accepted) ok[i] = changed = true;
    });
    if (!changed) break;
  }
  const result = [...sure];
  let lastEnd = -1;
  pending.forEach((cand, i) => {
    if (!ok[i] || cand.start < lastEnd) return;
    result.push(cand);
    lastEnd = cand.end;
  });
  return result;
}

/**
 * Lines that are mostly skills ("azure .net powershell json.net", "Python, Go, SQL"): the start
 * offsets of lines where sure matches cover at least half of the letters, with two or more skills.
 */
function denseListLines(text: string, sure: Candidate[], lineOf: (offset: number) => number): Set<number> {
  const lines = new Set<number>();
  const byLine = new Map<number, Candidate[]>();
  for (const c of sure) {
    const lineStart = lineOf(c.start);
    const list = byLine.get(lineStart) ?? [];
    list.push(c);
    byLine.set(lineStart, list);
  }
  for (const [lineStart, cands] of byLine) {
    if (cands.length < 2) continue;
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (line.length > 240) continue;
    const letters = line.replace(/[^\p{L}\p{N}]/gu, '').length;
    const covered = cands.reduce((n, c) => n + text.slice(c.start, c.end).replace(/[^\p{L}\p{N}]/gu, '').length, 0);
    if (letters > 0 && covered / letters >= 0.5) lines.add(lineStart);
  }
  return lines;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The start offset of the line holding `offset` (binary search over line starts). */
function lineStartAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo]!;
}
