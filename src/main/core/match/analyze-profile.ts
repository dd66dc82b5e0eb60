import type { Seniority } from '../../../shared/domain/job';
import type { DegreeLevel, Evidence } from '../../../shared/domain/match';
import type { Profile } from '../../../shared/domain/profile';
import { extractSkills } from '../skills/extract-skills';
import { DEGREE_RANK, degreeIn, seniorityFrom } from './job-facets';
import { profileFacts, rangeOf, monthIndex, type ProfileFact } from './profile-facts';

export interface ProfileSkill {
  name: string;
  category: string;
  evidence: Evidence[];
  /** Years from the dated entries that mention it (overlaps counted once), or null if undated. */
  years: number | null;
}

export interface ProfileAnalysis {
  asOf: string;
  skills: ProfileSkill[];
  totalYears: number;
  /** Most recent first: the headline, then positions. */
  titles: string[];
  seniority: Seniority | null;
  education: { level: DegreeLevel; fields: string[] };
  spokenLanguages: string[];
  location: { city: string; region: string; countryCode: string };
  /** All facts in profile order, for hints and the semantic layer. */
  facts: { factId: string; section: string; text: string }[];
  /** Ids of entries (jobs, projects...) as opposed to their bullets. */
  entryIds: Set<string>;
}

/** Total length in years of a set of month ranges, overlaps counted once. */
export function unionYears(ranges: { start: number; end: number }[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let months = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const r of sorted) {
    if (r.start > curEnd) {
      months += curEnd - curStart;
      curStart = r.start;
      curEnd = r.end;
    } else curEnd = Math.max(curEnd, r.end);
  }
  months += curEnd - curStart;
  return Math.round((months / 12) * 10) / 10;
}

/**
 * Analyses the profile the same way as a job: every skill with the facts that prove it, and years
 * from dated entries. `asOf` ("YYYY-MM") closes ongoing entries, so the result is reproducible.
 */
export function analyzeProfile(profile: Profile, asOf: string): ProfileAnalysis {
  const facts = profileFacts(profile, asOf);
  const bySkill = new Map<
    string,
    { category: string; evidence: Evidence[]; ranges: NonNullable<ProfileFact['range']>[] }
  >();
  const spoken = new Set<string>();
  for (const fact of facts) {
    for (const m of extractSkills(fact.readText)) {
      if (m.category === 'spoken_language') spoken.add(m.name);
      const entry = bySkill.get(m.name) ?? { category: m.category, evidence: [], ranges: [] };
      if (!entry.evidence.some((e) => e.factId === fact.factId)) {
        entry.evidence.push({ factId: fact.factId, section: fact.section, text: fact.text });
        if (fact.range) entry.ranges.push(fact.range);
      }
      bySkill.set(m.name, entry);
    }
  }
  const asOfMonth = monthIndex(asOf, 'start') ?? 0;
  const workRanges = profile.work.map((w) => rangeOf(w.startDate, w.endDate, asOfMonth)).filter((r) => r !== null);
  const totalYears = unionYears(workRanges);
  const recent = [...profile.work].sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''));
  const titles = [profile.basics.label, ...recent.map((w) => w.position)].filter((t) => t.trim());
  let level: DegreeLevel = 'none';
  const fields: string[] = [];
  for (const e of profile.education) {
    const degree = degreeIn(`${e.studyType ?? ''} degree ${e.area ? `in ${e.area}` : ''}`);
    if (degree && DEGREE_RANK[degree.level] > DEGREE_RANK[level]) level = degree.level;
    if (e.area) fields.push(e.area);
  }
  for (const l of profile.languages) if (l.language.trim()) spoken.add(capitalise(l.language.trim()));
  const loc = profile.basics.location;
  return {
    asOf,
    skills: [...bySkill]
      .map(([name, s]) => ({
        name,
        category: s.category,
        evidence: s.evidence,
        years: s.ranges.length ? unionYears(s.ranges) : null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    totalYears,
    titles,
    seniority: seniorityFrom(titles[1] ?? titles[0] ?? '', '', totalYears),
    education: { level, fields },
    spokenLanguages: [...spoken].sort(),
    location: { city: loc.city ?? '', region: loc.region ?? '', countryCode: loc.countryCode ?? '' },
    facts: facts.map(({ factId, section, text }) => ({ factId, section, text })),
    entryIds: new Set(
      [...profile.work, ...profile.projects, ...profile.volunteer, ...profile.education].map((e) => e.id),
    ),
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
