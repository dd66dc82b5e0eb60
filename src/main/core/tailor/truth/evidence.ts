import type { Profile } from '../../../../shared/domain/profile';
import { extractSkills, type SkillMention } from '../../skills/extract-skills';
import { impliedBy } from '../../skills/skill-relations';
import { findDates, monthsBetween, parseProfileDate } from './dates';
import { findEntities, nameTokens } from './entities';
import { findQuantities, type Quantity } from './quantities';

/** What one profile fact can prove: its own text, its entry's name, title and dates. */
export interface FactEvidence {
  texts: string[];
  /** Text read as a skill list ("Skills: a, b"), for skill facts. */
  skillTexts: string[];
  dates: { year: number; month: number | null }[];
  /** Length of the entry it belongs to, in months. */
  months: number | null;
  /** The entry (job, project, school) it belongs to. */
  entry: string | null;
}

/** The evidence a sentence has: the union over the facts it cites. */
export interface Evidence {
  tokens: Set<string>;
  quantities: Quantity[];
  dates: { year: number; month: number | null }[];
  skills: Set<string>;
  degreeLevels: Set<string>;
  entryMonths: number[];
}

/** Skill categories the check holds to the facts (soft skills and business words are paraphrase). */
export const CHECKED_SKILL_CATEGORIES: ReadonlySet<string> = new Set([
  'language',
  'framework',
  'cloud',
  'devops',
  'database',
  'data',
  'tool',
  'design',
  'method',
  'library',
  'certification',
]);

/** Indexes every citable fact of the profile with the evidence it carries. */
export function indexFacts(profile: Profile, asOf: Date): Map<string, FactEvidence> {
  const index = new Map<string, FactEvidence>();
  const dated = (a?: string, b?: string) =>
    [parseProfileDate(a), parseProfileDate(b)].filter((d): d is NonNullable<typeof d> => d !== null);
  const put = (id: string, texts: (string | undefined)[], extra: Partial<FactEvidence> = {}) =>
    index.set(id, {
      texts: texts.filter((t): t is string => Boolean(t?.trim())),
      skillTexts: [],
      dates: [],
      months: null,
      entry: null,
      ...extra,
    });
  const b = profile.basics;
  put('basics.summary', [b.summary]);
  put('basics.label', [b.label]);
  for (const w of profile.work) {
    const meta = {
      dates: dated(w.startDate, w.endDate),
      months: monthsBetween(w.startDate, w.endDate, asOf),
      entry: w.id,
    };
    const head = [w.name, w.position, w.location];
    put(w.id, [...head, w.description, w.summary], meta);
    for (const h of w.highlights) put(h.id, [...head, h.text], meta);
  }
  for (const p of profile.projects) {
    const meta = {
      dates: dated(p.startDate, p.endDate),
      months: monthsBetween(p.startDate, p.endDate, asOf),
      entry: p.id,
      skillTexts: p.keywords.length ? [`Skills: ${p.keywords.join(', ')}`] : [],
    };
    const head = [p.name, p.entity, ...p.roles];
    put(p.id, [...head, p.description], meta);
    for (const h of p.highlights) put(h.id, [...head, h.text], meta);
  }
  for (const v of profile.volunteer) {
    const meta = {
      dates: dated(v.startDate, v.endDate),
      months: monthsBetween(v.startDate, v.endDate, asOf),
      entry: v.id,
    };
    const head = [v.organization, v.position];
    put(v.id, [...head, v.summary], meta);
    for (const h of v.highlights) put(h.id, [...head, h.text], meta);
  }
  for (const e of profile.education) {
    const meta = {
      dates: dated(e.startDate, e.endDate),
      months: monthsBetween(e.startDate, e.endDate, asOf),
      entry: e.id,
    };
    const head = [e.institution, e.studyType, e.area, e.location, e.score];
    put(e.id, head, meta);
    for (const c of e.courses) put(c.id, [...head, c.text], meta);
  }
  for (const s of profile.skills)
    put(s.id, [s.name, s.level, ...s.keywords], { skillTexts: [`Skills: ${[s.name, ...s.keywords].join(', ')}`] });
  for (const c of profile.certificates)
    put(c.id, [c.name, c.issuer], { dates: dated(c.date), skillTexts: [`Skills: ${c.name}`] });
  for (const a of profile.awards) put(a.id, [a.title, a.awarder, a.summary], { dates: dated(a.date) });
  for (const p of profile.publications) put(p.id, [p.name, p.publisher, p.summary], { dates: dated(p.releaseDate) });
  for (const l of profile.languages) put(l.id, [l.language, l.fluency]);
  return index;
}

/** Organisation names anywhere in the profile: naming one is a claim the sentence's facts must back. */
export function knownOrgs(profile: Profile): string[] {
  const names = [
    ...profile.work.map((w) => w.name),
    ...profile.volunteer.map((v) => v.organization),
    ...profile.education.map((e) => e.institution),
    ...profile.projects.map((p) => p.entity ?? ''),
    ...profile.certificates.map((c) => c.issuer ?? ''),
  ];
  return [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))];
}

const LIST_PREFIX = 'Skills: ';

/**
 * Skill mentions read two ways: as prose (strict about ambiguous words like "Go" or "Rust") and as
 * a list (lenient). `lenient`: evidence takes every list reading; a claim takes a list-only reading
 * only when it is written capitalised and does not open the sentence ("in Rust", not "Spring is").
 */
export function skillMentions(text: string, lenient: boolean): SkillMention[] {
  const out = extractSkills(text).filter((m) => !m.role);
  for (const m of extractSkills(LIST_PREFIX + text)) {
    const start = m.start - LIST_PREFIX.length;
    const end = m.end - LIST_PREFIX.length;
    if (start < 0 || m.role || out.some((o) => start < o.end && end > o.start)) continue;
    if (!lenient && (start === 0 || !/^\p{Lu}/u.test(text.slice(start, end)))) continue;
    out.push({ ...m, start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Skills a text proves, with what they imply ("Amazon S3" proves AWS). */
export function skillsIn(text: string, into = new Set<string>()): Set<string> {
  for (const m of skillMentions(text, true)) {
    into.add(m.name);
    for (const parent of impliedBy(m.name)) into.add(parent);
  }
  return into;
}

const cache = new WeakMap<
  FactEvidence,
  { tokens: string[]; quantities: Quantity[]; dates: FactEvidence['dates']; skills: string[]; degrees: string[] }
>();

function readFact(fact: FactEvidence) {
  const hit = cache.get(fact);
  if (hit) return hit;
  const quantities: Quantity[] = [];
  const dates = [...fact.dates];
  const skills = new Set<string>();
  const degrees = new Set<string>();
  for (const text of fact.texts) {
    const written = findDates(text);
    dates.push(...written);
    quantities.push(...findQuantities(text, written));
    skillsIn(text, skills);
    for (const e of findEntities(text, { knownOrgs: [], skillSpans: [] }))
      if (e.kind === 'degree' && e.level) degrees.add(e.level);
  }
  for (const text of fact.skillTexts) skillsIn(text, skills);
  const read = {
    tokens: fact.texts.flatMap(nameTokens),
    quantities,
    dates,
    skills: [...skills],
    degrees: [...degrees],
  };
  cache.set(fact, read);
  return read;
}

export function evidenceFor(index: Map<string, FactEvidence>, factIds: readonly string[]): Evidence {
  const evidence: Evidence = {
    tokens: new Set(),
    quantities: [],
    dates: [],
    skills: new Set(),
    degreeLevels: new Set(),
    entryMonths: [],
  };
  const seenEntries = new Set<string>();
  for (const id of new Set(factIds)) {
    const fact = index.get(id);
    if (!fact) continue;
    const read = readFact(fact);
    for (const t of read.tokens) evidence.tokens.add(t);
    evidence.quantities.push(...read.quantities);
    evidence.dates.push(...read.dates);
    for (const s of read.skills) evidence.skills.add(s);
    for (const d of read.degrees) evidence.degreeLevels.add(d);
    if (fact.months !== null && fact.entry && !seenEntries.has(fact.entry)) {
      seenEntries.add(fact.entry);
      evidence.entryMonths.push(fact.months);
    }
  }
  return evidence;
}
