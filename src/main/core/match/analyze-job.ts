import type { RemoteType, Salary, Seniority } from '../../../shared/domain/job';
import type { JobAnalysis, JobRequirement, SkillOccurrence, SkillStrength } from '../../../shared/domain/match';
import { extractSkills } from '../skills/extract-skills';
import { PHRASE_CATEGORIES } from '../skills/span-shape';
import { insideTask, taskPhrases } from '../skills/task-phrases';
import { degreeIn, placesIn, salaryIn, seniorityFrom, workModeIn, yearsPhrases } from './job-facets';
import { cuesIn, strengthAt, type Cue } from './strength';
import { segmentText, type Segment } from './text-segments';

/** Bumped whenever the analysis of the same text may change; cached analyses are then redone. */
export const ANALYZER_VERSION = 'analyzer-2';

export interface JobText {
  title: string;
  text: string;
  /** Facts the capture already knows (structured data beats reading prose). */
  remote?: RemoteType;
  locations?: string[];
  salary?: Salary | null;
  seniority?: Seniority | null;
}

export const STRENGTH_RANK: Record<SkillStrength, number> = { required: 3, preferred: 2, mentioned: 1 };

/** `skills[].category` of a task phrase (a verb-led skill outside the taxonomy; never a requirement). */
export const TASK_CATEGORY = 'task';

/** Categories that are not keywords to cover: handled by their own sub-scores. */
const NOT_KEYWORDS = new Set(['spoken_language', 'degree']);

function segmentOf(segments: Segment[], offset: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (offset < seg.start) hi = mid - 1;
    else if (offset >= seg.end) lo = mid + 1;
    else return seg;
  }
  return undefined;
}

/** Analyses a job description: deterministic, offline, no model. */
export function analyzeJob(job: JobText): JobAnalysis {
  const text = job.text;
  const segments = segmentText(text);
  const skills: SkillOccurrence[] = [];
  const requirements = new Map<string, JobRequirement & { first: number }>();
  const spoken = new Map<string, SkillStrength>();
  let yearsRequired: number | null = null;

  for (const seg of segments)
    for (const y of yearsPhrases(seg.text)) yearsRequired = Math.max(yearsRequired ?? 0, y.years);

  // Cues and "N years" phrases are read once per sentence, not once per skill in it.
  const memo = new Map<Segment, { cues: Cue[]; years: YearsPhrase[] }>();
  const readSegment = (seg: Segment) => {
    let got = memo.get(seg);
    if (!got) memo.set(seg, (got = { cues: cuesIn(seg.text), years: yearsPhrases(seg.text) }));
    return got;
  };
  const strengthOf = (start: number) => {
    const seg = segmentOf(segments, start);
    const local = seg ? start - seg.start : 0;
    const contextOnly = seg?.section === 'benefits' || seg?.section === 'about';
    const read = seg ? readSegment(seg) : null;
    const strength: SkillStrength =
      !seg || !read || contextOnly ? 'mentioned' : strengthAt(seg.text, local, seg.section, read.cues);
    return { seg, local, contextOnly, read, strength };
  };
  // Verb-led task phrases ("Build APIs", "Analyse business requirements") are skill spans too; a
  // business or soft-skill mention inside one is part of it (it still counts as a requirement).
  // Company prose and perks ("Building great products", "Support with visa applications") ask nothing.
  const tasks = taskPhrases(text).filter((t) => {
    const section = segmentOf(segments, t.start)?.section;
    return section !== 'benefits' && section !== 'about';
  });
  for (const t of tasks) {
    skills.push({
      name: text.slice(t.start, t.end),
      category: TASK_CATEGORY,
      start: t.start,
      end: t.end,
      strength: strengthOf(t.start).strength,
      years: null,
    });
  }
  for (const m of extractSkills(text)) {
    const { seg, local, contextOnly, read, strength } = strengthOf(m.start);
    const years = read && m.category !== 'soft' ? nearestYears(read.years, local) : null;
    // "DevOps engineer": the skill counts as a requirement, but the phrase names a job, not a skill.
    const inTask = PHRASE_CATEGORIES.has(m.category) && insideTask(tasks, m.start, m.end);
    if (!m.role && !inTask)
      skills.push({ name: m.name, category: m.category, start: m.start, end: m.end, strength, years });
    if (m.category === 'spoken_language') {
      const prev = spoken.get(m.name);
      if (!prev || STRENGTH_RANK[strength] > STRENGTH_RANK[prev]) spoken.set(m.name, strength);
      continue;
    }
    if (contextOnly || NOT_KEYWORDS.has(m.category)) continue;
    mergeRequirement(requirements, {
      name: m.name,
      category: m.category,
      strength,
      years,
      context: (seg?.text ?? '').trim().slice(0, 300),
      first: m.start,
    });
  }
  // A skill in the title ("Senior Java Developer") is required.
  for (const m of extractSkills(job.title)) {
    if (NOT_KEYWORDS.has(m.category)) continue;
    mergeRequirement(requirements, {
      name: m.name,
      category: m.category,
      strength: 'required',
      years: null,
      context: job.title,
      first: -1,
    });
  }

  const education = educationOf(segments);
  // "Degree in Computer Science" is the education part, not a skill to list.
  const fields = new Set(education?.fields.map((f) => f.toLowerCase()) ?? []);
  for (const name of requirements.keys()) if (fields.has(name.toLowerCase())) requirements.delete(name);
  return {
    analyzerVersion: ANALYZER_VERSION,
    title: job.title,
    skills: skills.sort((a, b) => a.start - b.start || a.end - b.end),
    requirements: [...requirements.values()]
      .sort((a, b) => STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength] || a.first - b.first)
      .map(({ first: _first, ...r }) => r),
    seniority: job.seniority ?? seniorityFrom(job.title, text, yearsRequired),
    yearsRequired,
    education,
    spokenLanguages: [...spoken].map(([language, strength]) => ({ language, strength })),
    location: {
      workMode: workModeIn(`${job.title}\n${text}`, job.remote),
      places: job.locations?.length ? job.locations : placesIn(text),
    },
    salary: job.salary ? { ...job.salary, text: '' } : salaryIn(text),
  };
}

type YearsPhrase = ReturnType<typeof yearsPhrases>[number];

function nearestYears(phrases: YearsPhrase[], offset: number): number | null {
  let best: { distance: number; years: number } | null = null;
  for (const y of phrases) {
    const distance = offset >= y.end ? offset - y.end : y.at - offset;
    if (distance > 80) continue;
    if (!best || distance < best.distance) best = { distance, years: y.years };
  }
  return best?.years ?? null;
}

function mergeRequirement(
  into: Map<string, JobRequirement & { first: number }>,
  next: JobRequirement & { first: number },
) {
  const prev = into.get(next.name);
  if (!prev) {
    into.set(next.name, next);
    return;
  }
  const years = prev.years === null ? next.years : next.years === null ? prev.years : Math.max(prev.years, next.years);
  const stronger = STRENGTH_RANK[next.strength] > STRENGTH_RANK[prev.strength];
  into.set(next.name, {
    ...prev,
    strength: stronger ? next.strength : prev.strength,
    context: stronger ? next.context : prev.context,
    years,
    first: Math.min(prev.first, next.first),
  });
}

function educationOf(segments: Segment[]): JobAnalysis['education'] {
  for (const seg of segments) {
    if (seg.section === 'benefits' || seg.section === 'about') continue;
    const degree = degreeIn(seg.text);
    if (!degree) continue;
    const at = seg.text.search(/degree|bachelor|master|ph\.?d|\bB\.?S|\bM\.?S|diploma/i);
    return { ...degree, strength: strengthAt(seg.text, Math.max(0, at), seg.section) };
  }
  return null;
}
