import type { Profile } from '../../../shared/domain/profile';

/**
 * A citable piece of the profile: a bullet, an entry, a skill line. `range` (months since year 0,
 * end exclusive) is set for dated entries and their bullets so years can be counted.
 */
export interface ProfileFact {
  factId: string;
  section: string;
  /** What the user sees as evidence. */
  text: string;
  /** What the skill extractor reads (may add a "Skills:" label so lists read as lists). */
  readText: string;
  range: { start: number; end: number } | null;
}

type DateStr = string | undefined;

/** "2021" -> Jan 2021 (start) or Dec 2021 (end); "2021-03" -> Mar 2021. Months since year 0. */
export function monthIndex(date: DateStr, edge: 'start' | 'end'): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : edge === 'start' ? 0 : 11;
  return year * 12 + month;
}

export function rangeOf(startDate: DateStr, endDate: DateStr, asOfMonth: number): ProfileFact['range'] {
  const start = monthIndex(startDate, 'start');
  if (start === null) return null;
  const end = (monthIndex(endDate, 'end') ?? asOfMonth) + 1;
  return end > start ? { start, end } : null;
}

const join = (...parts: (string | undefined)[]) =>
  parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(' — ');

/** Every citable fact of a profile, in profile order. `asOf` closes ongoing entries. */
export function profileFacts(profile: Profile, asOf: string): ProfileFact[] {
  const asOfMonth = monthIndex(asOf, 'start') ?? 0;
  const facts: ProfileFact[] = [];
  const add = (factId: string, section: string, text: string, range: ProfileFact['range'], readText = text) => {
    if (text.trim()) facts.push({ factId, section, text: text.trim(), readText, range });
  };
  const b = profile.basics;
  add('basics.label', 'basics', b.label, null);
  add('basics.summary', 'basics', b.summary, null);
  for (const w of profile.work) {
    const range = rangeOf(w.startDate, w.endDate, asOfMonth);
    add(w.id, 'work', join([w.position, w.name].filter(Boolean).join(' at '), w.description, w.summary), range);
    for (const h of w.highlights) add(h.id, 'work', h.text, range);
  }
  for (const p of profile.projects) {
    const range = rangeOf(p.startDate, p.endDate, asOfMonth);
    const keywords = p.keywords.length ? `Skills: ${p.keywords.join(', ')}` : undefined;
    add(p.id, 'projects', join(p.name, p.description, keywords), range);
    for (const h of p.highlights) add(h.id, 'projects', h.text, range);
  }
  for (const v of profile.volunteer) {
    const range = rangeOf(v.startDate, v.endDate, asOfMonth);
    add(v.id, 'volunteer', join([v.position, v.organization].filter(Boolean).join(' at '), v.summary), range);
    for (const h of v.highlights) add(h.id, 'volunteer', h.text, range);
  }
  for (const e of profile.education) {
    add(e.id, 'education', join([e.studyType, e.area].filter(Boolean).join(' in '), e.institution), null);
    for (const c of e.courses) add(c.id, 'education', c.text, null);
  }
  for (const s of profile.skills) {
    const text = s.keywords.length ? `${s.name}: ${s.keywords.join(', ')}` : s.name;
    add(s.id, 'skills', text, null, `Skills: ${[s.name, ...s.keywords].join(', ')}`);
  }
  for (const c of profile.certificates) add(c.id, 'certificates', join(c.name, c.issuer), null, `Skills: ${c.name}`);
  for (const a of profile.awards) add(a.id, 'awards', join(a.title, a.awarder, a.summary), null);
  for (const p of profile.publications) add(p.id, 'publications', join(p.name, p.publisher, p.summary), null);
  for (const l of profile.languages) {
    const name = l.language.trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    add(l.id, 'languages', join(l.language, l.fluency), null, `Languages: ${name}`);
  }
  return facts;
}
