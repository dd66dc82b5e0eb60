/**
 * Span boundaries of skill mentions, after the taxonomy match: what a person (or an annotator)
 * would mark as the skill phrase rather than the bare alias.
 *
 * - Joined tokens: "Unix/Linux", "C#/.NET", "react-redux", "API’s" are one written word, so a
 *   mention inside it covers the whole word.
 * - Generic heads: "CI/CD pipelines", "frontend frameworks", "Java best practices", "testing tools and
 *   frameworks": the head noun belongs to the phrase.
 * - Coordination: "unit and integration testing", "cloud adoption and migration": a conjunct that forms
 *   a known skill with the mention's head or modifier joins the span.
 * - Degrees: "Bachelor's degree in Computer Science" is one qualification.
 * - Verb phrases: "analyse business requirements", "managing budgets" (see `skill-phrases.ts`).
 * - Role nouns: "DevOps engineer", "Java developer", "Cloud Architect" name an occupation, not a skill
 *   phrase; such mentions are flagged (`role`) so callers can keep them as requirements but not as spans.
 * Mentions nested inside another mention's span take that span, so one phrase yields one span.
 */
import { verbPhraseStart } from './skill-phrases';
import { aliasKey, getTaxonomy, type SkillCategory } from './taxonomy/taxonomy';

/** Categories whose mentions are often the object of a skill phrase ("analyse business requirements"). */
export const PHRASE_CATEGORIES: ReadonlySet<SkillCategory> = new Set<SkillCategory>([
  'business',
  'soft',
  'method',
  'data',
]);

export interface ShapeInput {
  skillId: number;
  start: number;
  end: number;
  category: SkillCategory;
}

export interface Shaped {
  start: number;
  end: number;
  role: boolean;
}

/** Punctuation that never starts or ends a span (as the SkillSpan scorer trims); + # & stay for C++, C#. */
const EDGE = /[\s.,;:!?()[\]{}"'`«»“”‘’\-–—/\\*•·…|_~<>=]/u;
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

const HEAD = String.raw`(?:frameworks?|tools|tooling|toolsets?|principles|best\s+practices|practices|architectures?|pipelines?|platforms?|technolog(?:y|ies)|DBs|databases?|patterns|logic|concepts|methodologies|stacks?)`;
/** " frameworks", " tools and frameworks", " technology and principles" right after a mention. */
const HEAD_AFTER = new RegExp(String.raw`^[ \t]+${HEAD}(?:[ \t]+(?:and|&)[ \t]+${HEAD})?(?![\p{L}\p{N}])`, 'iu');

const ROLE_AFTER =
  /^[ \t]+(?:engineers?|developers?|architects?|managers?|administrators?|admins?|specialists?|consultants?|programmers?|leads?|analysts?|designers?|testers?|teams?|team[ \t]+(?:members?|leads?))(?![\p{L}\p{N}])/iu;
/** "a DevOps roles/a strong..." stays a skill; only words like these after the role noun keep it a skill. */
const ROLE_BUT_SKILL = /^[ \t]+(?:roles?)\b/i;

const DEGREE_FIELD = /^[ \t]+(?:in|of)[ \t]+/i;

let aliasKeys: Set<string> | null = null;
function isAlias(phrase: string): boolean {
  if (!aliasKeys) {
    aliasKeys = new Set();
    for (const a of getTaxonomy().aliases) aliasKeys.add(aliasKey(a.surface));
  }
  return aliasKeys.has(aliasKey(phrase));
}

/** The whitespace-delimited word around [start, end), trimmed of edge punctuation. */
function tokenAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && !isSpace(text[s - 1])) s--;
  while (e < text.length && !isSpace(text[e])) e++;
  while (s < start && EDGE.test(text[s]!)) s++;
  while (e > end && EDGE.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Widens a mention to its whole written word when the word is a joined form of it. */
function joinedWord(text: string, mentions: readonly ShapeInput[], i: number): [number, number] {
  const m = mentions[i]!;
  const [s, e] = tokenAround(text, m.start, m.end);
  if ((s === m.start && e === m.end) || e - s > 48) return [m.start, m.end];
  const extra = text.slice(s, m.start) + text.slice(m.end, e);
  if (extra.includes('/')) {
    // "Go/Golang", "k8s/Kubernetes": two names of one skill stay two mentions
    const sameSkill = [mentions[i - 1], mentions[i + 1]].some(
      (o) => o && o.skillId === m.skillId && o.start >= s && o.end <= e,
    );
    return sameSkill ? [m.start, m.end] : [s, e];
  }
  if (/^['’]s$/i.test(text.slice(m.end, e)) && s === m.start) return [s, e];
  if (/^&$/.test(text.slice(s, m.start)) && e === m.end) return [s, e];
  // "react-redux", "cloud-based": a hyphenated compound is one word
  if (/^[\p{L}\p{N}-]+$/u.test(extra) && extra.includes('-')) return [s, e];
  return [m.start, m.end];
}

const WORD_AFTER = /^[ \t]+(?:([\p{L}][\p{L}\p{N}-]*)[ \t]+)?(?:and|or|&)[ \t]+([\p{L}][\p{L}\p{N}-]*)/u;
const WORD_BEFORE = /([\p{L}][\p{L}\p{N}-]*)[ \t]+(?:and|or|&|\/)[ \t]+$/u;

/** "unit and integration testing", "cloud adoption and migration". */
function coordinated(text: string, start: number, end: number): [number, number] {
  const surface = text.slice(start, end);
  const words = surface.split(/[ \t]+/);
  let s = start;
  let e = end;
  if (words.length >= 2) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (before?.[1] && isAlias(`${before[1]} ${words.slice(1).join(' ')}`)) s = start - before[0].length;
  }
  const after = WORD_AFTER.exec(text.slice(end, end + 60));
  if (after?.[2]) {
    // "web services and applications" (stem "web" + "applications"); "cloud adoption and migration" ("cloud migration")
    const stem =
      words.length >= 2 && !after[1] ? words.slice(0, -1).join(' ') : words.length === 1 && after[1] ? words[0]! : null;
    if (stem && isAlias(`${stem} ${after[2]}`)) e = end + after[0].length;
  }
  return [s, e];
}

/** Degree phrases: "Bachelor's degree in Computer Science or Engineering". */
function degreeField(text: string, end: number, endAt: Map<number, number>): number {
  const m = DEGREE_FIELD.exec(text.slice(end, end + 12));
  return (m && endAt.get(end + m[0].length)) ?? end;
}

export function shapeSpans(text: string, mentions: ShapeInput[]): Shaped[] {
  const endAt = new Map(mentions.map((m) => [m.start, m.end]));
  const out: Shaped[] = mentions.map((m, i) => {
    let [s, e] = joinedWord(text, mentions, i);
    [s, e] = coordinated(text, s, e);
    const head = HEAD_AFTER.exec(text.slice(e, e + 60));
    if (head && m.category !== 'spoken_language' && m.category !== 'degree') e += head[0].length;
    if (m.category === 'degree') e = Math.max(e, degreeField(text, e, endAt));
    if (PHRASE_CATEGORIES.has(m.category)) s = verbPhraseStart(text, s);
    const tail = text.slice(e, e + 40);
    const role = ROLE_AFTER.test(tail) && !ROLE_BUT_SKILL.test(tail) && m.category !== 'soft';
    return { start: s, end: e, role };
  });
  // A mention inside another mention's span is part of that phrase (one sweep, widest container).
  const order = out.map((_, i) => i).sort((a, b) => out[a]!.start - out[b]!.start || out[b]!.end - out[a]!.end);
  let outer: Shaped | null = null;
  for (const i of order) {
    const o = out[i]!;
    if (outer && outer.end >= o.end && outer.end - outer.start > o.end - o.start) {
      o.start = outer.start;
      o.end = outer.end;
      o.role = outer.role;
    } else if (!outer || o.end > outer.end) {
      outer = { ...o };
    }
  }
  return out;
}
