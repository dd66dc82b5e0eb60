/**
 * Task phrases: the verb-led skills of responsibility and requirement bullets ("Build APIs",
 * "Troubleshoot daily data processing issues", "Write and maintain technical documentation"). A phrase
 * starts with an action verb (`skill-phrases.ts`) at the start of a line or bullet, or right after
 * "to", "will" / "'ll" or "experience (in)"; more verbs may follow ("design, build and manage"). It
 * then runs over at most eight object words and stops at punctuation, a preposition other than "of",
 * a pronoun or an auxiliary; "and"/"or" continue it into a coordinated object ("pain points and
 * opportunities"). No object, no phrase. Lines only: a phrase never crosses a line break.
 */
import { BREAKS, VERBS } from './skill-phrases';

export interface TaskPhrase {
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’/+#.-]*|[^\s\p{L}\p{N}]/gu;
const LEADS = new Set(['to', 'will', "'ll", '’ll', 'experience', 'in']);
const MAX_OBJECT = 8;

interface Tok {
  w: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

function tokens(line: string, offset: number): Tok[] {
  const out: Tok[] = [];
  for (const m of line.matchAll(TOKEN)) {
    // "requirements." ends the word and the phrase; "you'll" keeps its apostrophe
    const w = /['’]ll$/i.test(m[0]) ? m[0] : m[0].replace(/[.’']+$/u, '');
    const start = offset + m.index;
    out.push({ w, lower: w.toLowerCase(), start, end: start + w.length, word: /^[\p{L}\p{N}]/u.test(w) });
    if (w.length < m[0].length)
      out.push({ w: '.', lower: '.', start: start + w.length, end: start + m[0].length, word: false });
  }
  return out;
}

function startsPhrase(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (!VERBS.has(t.lower)) return false;
  const prev = toks[i - 1];
  if (!prev || !prev.word) return !prev || /^[-*•·▪◦‣–:;(]$/.test(prev.w);
  if (LEADS.has(prev.lower) || /['’]ll$/.test(prev.lower)) {
    if (prev.lower === 'in') return toks[i - 2]?.lower === 'experience';
    return true;
  }
  return false;
}

export function taskPhrases(text: string): TaskPhrase[] {
  const out: TaskPhrase[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const toks = tokens(line, lineStart);
    lineStart += line.length + 1;
    for (let i = 0; i < toks.length; i++) {
      if (!startsPhrase(toks, i)) continue;
      let j = i + 1;
      // "Design, build and manage": more verbs joined by commas or and/or
      for (;;) {
        if (j < toks.length && VERBS.has(toks[j]!.lower) && !/ing$/.test(toks[j]!.lower)) j++;
        else if (j + 1 < toks.length && /^(?:,|and|or)$/.test(toks[j]!.lower) && VERBS.has(toks[j + 1]!.lower)) j += 2;
        else break;
      }
      let last = -1;
      let objects = 0;
      for (let k = j; k < toks.length && objects < MAX_OBJECT; k++) {
        const t = toks[k]!;
        if (!t.word) break;
        // "pain points and opportunities": a coordinated object noun continues the phrase
        const joins =
          (t.lower === 'and' || t.lower === 'or') &&
          objects > 0 &&
          toks[k + 1]?.word &&
          !BREAKS.has(toks[k + 1]!.lower) &&
          !VERBS.has(toks[k + 1]!.lower);
        if (t.lower !== 'of' && BREAKS.has(t.lower) && !joins) break;
        if (VERBS.has(t.lower) && /ing$/.test(t.lower) && objects > 0) break;
        objects++;
        if (!/^(?:of|and|or|the|a|an|our|your|their|its)$/.test(t.lower)) last = k;
      }
      if (last < 0) continue;
      out.push({ start: toks[i]!.start, end: toks[last]!.end });
      i = last;
    }
  }
  return out;
}

/** True when [start, end) lies inside one of `tasks` (sorted by start, as `taskPhrases` returns them). */
export function insideTask(tasks: readonly TaskPhrase[], start: number, end: number): boolean {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tasks[mid]!;
    if (t.start > start) hi = mid - 1;
    else if (t.end < end) lo = mid + 1;
    else return true;
  }
  return false;
}
