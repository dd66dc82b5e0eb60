import { createHash } from 'node:crypto';
import type {
  JobAnalysis,
  MatchExplanation,
  MatchedKeyword,
  MissingKeyword,
  SkillStrength,
  SubScore,
} from '../../../shared/domain/match';
import { impliedBy } from '../skills/skill-relations';
import type { ProfileAnalysis, ProfileSkill } from './analyze-profile';
import { STRENGTH_RANK } from './analyze-job';
import { DEGREE_RANK, SENIORITY_RANK, seniorityFrom } from './job-facets';
import { missingHint } from './missing-hints';
import { titleSimilarity } from './title-similarity';

/** The formula documented in FORMULA.md. Change the formula => change this version. */
export const FORMULA_VERSION = 'match-v1';

export const WEIGHTS = {
  required: 35,
  preferred: 15,
  title: 15,
  seniority: 15,
  education: 10,
  location: 10,
  semantic: 10,
} as const;

/**
 * `jobKey` identifies the job analysis in the inputs hash. By default a hash of the analysis; the
 * service passes the hash of the job's source text + analyzer version, which determines it.
 */

/** Optional semantic part, computed beforehand by the semantic layer (see semantic/). */
export interface SemanticInput {
  /** 0..1 */
  similarity: number;
  /** Paraphrase evidence for keywords with no literal match, by skill name. */
  paraphrases: Map<string, { factId: string; section: string; text: string; similarity: number }>;
}

interface Keyword {
  skill: string;
  category: string;
  strength: SkillStrength;
  years: number | null;
}

const pct = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 1000) / 10;

function keywordsOf(job: JobAnalysis): Keyword[] {
  const out: Keyword[] = job.requirements.map((r) => ({
    skill: r.name,
    category: r.category,
    strength: r.strength,
    years: r.years,
  }));
  for (const l of job.spokenLanguages)
    out.push({ skill: l.language, category: 'spoken_language', strength: l.strength, years: null });
  return out;
}

/** Per-profile lookups, built once per ProfileAnalysis object (ranking scores one profile 10,000 times). */
interface ProfileIndex {
  bySkill: Map<string, ProfileSkill>;
  /** Implied skill name -> the first profile skill (by name) that implies it. */
  implied: Map<string, ProfileSkill>;
  key: string;
  hints: Map<string, string>;
}
const profileIndexes = new WeakMap<ProfileAnalysis, ProfileIndex>();

function indexOf(profile: ProfileAnalysis): ProfileIndex {
  let index = profileIndexes.get(profile);
  if (!index) {
    const implied = new Map<string, ProfileSkill>();
    for (const s of profile.skills)
      for (const parent of impliedBy(s.name)) if (!implied.has(parent)) implied.set(parent, s);
    const { entryIds: _ids, ...data } = profile;
    const key = createHash('sha256').update(JSON.stringify(data)).digest('hex');
    index = { bySkill: new Map(profile.skills.map((s) => [s.name, s])), implied, key, hints: new Map() };
    profileIndexes.set(profile, index);
  }
  return index;
}

const jobKeys = new WeakMap<JobAnalysis, string>();
function jobKeyOf(job: JobAnalysis): string {
  let key = jobKeys.get(job);
  if (!key) {
    key = createHash('sha256').update(JSON.stringify(job)).digest('hex');
    jobKeys.set(job, key);
  }
  return key;
}

function findInProfile(
  k: Keyword,
  profile: ProfileAnalysis,
  index: ProfileIndex,
): { skill: ProfileSkill; via: string | null } | null {
  const bySkill = index.bySkill;
  if (k.category === 'spoken_language') {
    if (!profile.spokenLanguages.includes(k.skill)) return null;
    const direct = bySkill.get(k.skill);
    const evidence = direct?.evidence ?? [];
    if (!evidence.length) return null;
    return { skill: direct!, via: null };
  }
  const direct = bySkill.get(k.skill);
  if (direct) return { skill: direct, via: null };
  const parent = index.implied.get(k.skill);
  return parent ? { skill: parent, via: parent.name } : null;
}

/** Credit 0..1 for one matched keyword: full, less when the stated years are not reached. */
function credit(k: Keyword, s: ProfileSkill): number {
  if (k.years === null || k.years <= 0) return 1;
  if (s.years === null) return 0.75;
  return 0.5 + 0.5 * Math.min(1, s.years / k.years);
}

/** Scores one profile against one analysed job. Pure and deterministic. */
export function scoreMatch(
  job: JobAnalysis,
  profile: ProfileAnalysis,
  semantic?: SemanticInput,
  jobKey = jobKeyOf(job),
): MatchExplanation {
  const index = indexOf(profile);
  const hintFor = (k: Keyword) => {
    const key = `${k.skill}|${k.category}|${k.strength}`;
    let hint = index.hints.get(key);
    if (hint === undefined) index.hints.set(key, (hint = missingHint(k.skill, k.category, k.strength, profile)));
    return hint;
  };
  const matched: MatchedKeyword[] = [];
  const missing: MissingKeyword[] = [];
  const cover = { required: { got: 0, of: 0 }, preferred: { got: 0, of: 0 } };
  for (const k of keywordsOf(job)) {
    const group = k.strength === 'preferred' ? cover.preferred : cover.required;
    const weight = (k.strength === 'mentioned' ? 0.5 : 1) * (k.category === 'soft' ? 0.5 : 1);
    group.of += weight;
    const found = findInProfile(k, profile, index);
    const paraphrase = found ? undefined : semantic?.paraphrases.get(k.skill);
    if (found) {
      group.got += weight * credit(k, found.skill);
      matched.push({
        skill: k.skill,
        category: k.category,
        strength: k.strength,
        yearsRequired: k.years,
        yearsInProfile: found.skill.years,
        via: found.via,
        evidence: found.skill.evidence,
      });
    } else if (paraphrase) {
      group.got += weight * 0.5;
      matched.push({
        skill: k.skill,
        category: k.category,
        strength: k.strength,
        yearsRequired: k.years,
        yearsInProfile: null,
        via: 'similar wording',
        evidence: [paraphrase],
      });
    } else {
      missing.push({
        skill: k.skill,
        category: k.category,
        strength: k.strength,
        yearsRequired: k.years,
        hint: hintFor(k),
      });
    }
  }
  // In plain words: how many of the skills it asks for the profile shows (the score weighs them).
  const have = (group: (s: SkillStrength) => boolean) => {
    const got = matched.filter((m) => group(m.strength)).length;
    return { got, of: got + missing.filter((m) => group(m.strength)).length };
  };
  const asked = have((s) => s !== 'preferred');
  const preferred = have((s) => s === 'preferred');
  const sub: SubScore[] = [
    {
      key: 'required',
      label: 'Required skills',
      weight: WEIGHTS.required,
      score: cover.required.of ? pct(cover.required.got / cover.required.of) : null,
      detail: cover.required.of
        ? `You show ${asked.got} of the ${asked.of} skills the job asks for`
        : 'The job lists no required skills',
    },
    {
      key: 'preferred',
      label: 'Preferred skills',
      weight: WEIGHTS.preferred,
      score: cover.preferred.of ? pct(cover.preferred.got / cover.preferred.of) : null,
      detail: cover.preferred.of
        ? `You show ${preferred.got} of the ${preferred.of} nice-to-have skills`
        : 'The job lists no nice-to-have skills',
    },
    titlePart(job, profile),
    seniorityPart(job, profile),
    educationPart(job, profile),
    locationPart(job, profile),
  ];
  if (semantic) {
    sub.push({
      key: 'semantic',
      label: 'Semantic similarity',
      weight: WEIGHTS.semantic,
      score: pct(semantic.similarity),
      detail: 'On-device embedding similarity of the requirements and your facts',
    });
  }
  const applicable = sub.filter((s) => s.score !== null);
  const totalWeight = applicable.reduce((n, s) => n + s.weight, 0);
  const score = totalWeight ? Math.round(applicable.reduce((n, s) => n + s.weight * s.score!, 0) / totalWeight) : 0;
  const order = (a: { strength: SkillStrength; skill: string }, b: { strength: SkillStrength; skill: string }) =>
    STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength] || a.skill.localeCompare(b.skill);
  matched.sort(order);
  missing.sort(order);
  return {
    formulaVersion: FORMULA_VERSION,
    score,
    subScores: sub,
    matched,
    missing,
    inputsHash: inputsHash(jobKey, index.key, semantic),
  };
}

function titlePart(job: JobAnalysis, profile: ProfileAnalysis): SubScore {
  const base = { key: 'title' as const, label: 'Title and role', weight: WEIGHTS.title };
  if (!job.title.trim() || profile.titles.length === 0) return { ...base, score: null, detail: 'No title to compare' };
  let best = 0;
  let bestTitle = '';
  profile.titles.forEach((t, i) => {
    const s = titleSimilarity(job.title, t) * (i <= 1 ? 1 : 0.9);
    if (s > best) [best, bestTitle] = [s, t];
  });
  return {
    ...base,
    score: pct(best),
    detail:
      best > 0 ? `Closest title in your profile: "${bestTitle}"` : 'None of your titles shares words with this one',
  };
}

function seniorityPart(job: JobAnalysis, profile: ProfileAnalysis): SubScore {
  const base = { key: 'seniority' as const, label: 'Seniority and years', weight: WEIGHTS.seniority };
  const parts: number[] = [];
  const notes: string[] = [];
  if (job.yearsRequired !== null) {
    parts.push(Math.min(1, profile.totalYears / job.yearsRequired));
    notes.push(`${job.yearsRequired} years asked, you have ${profile.totalYears}`);
  }
  if (job.seniority) {
    const mine = profile.seniority ?? seniorityFrom('', '', profile.totalYears);
    if (mine) {
      const gap = SENIORITY_RANK[job.seniority] - SENIORITY_RANK[mine];
      parts.push(gap <= 0 ? (gap <= -2 ? 0.8 : 1) : gap === 1 ? 0.6 : gap === 2 ? 0.3 : 0);
      notes.push(`job level ${job.seniority}, yours ${mine}`);
    }
  }
  if (!parts.length) return { ...base, score: null, detail: 'The job states no seniority or years' };
  return { ...base, score: pct(parts.reduce((a, b) => a + b, 0) / parts.length), detail: notes.join('; ') };
}

function educationPart(job: JobAnalysis, profile: ProfileAnalysis): SubScore {
  const base = { key: 'education' as const, label: 'Education', weight: WEIGHTS.education };
  const need = job.education;
  if (!need || need.level === 'none') return { ...base, score: null, detail: 'The job states no degree' };
  const gap = DEGREE_RANK[need.level] - DEGREE_RANK[profile.education.level];
  let s = gap <= 0 ? 1 : gap === 1 ? (need.orEquivalent ? 0.8 : 0.5) : need.orEquivalent ? 0.6 : 0.2;
  if (need.strength === 'preferred' && s < 1) s = Math.max(s, 0.7);
  const fieldOk =
    !need.fields.length || need.fields.some((f) => profile.education.fields.some((p) => overlapWords(f, p)));
  if (!fieldOk) s *= 0.9;
  return {
    ...base,
    score: pct(s),
    detail: `Asks ${need.level}${need.fields.length ? ` in ${need.fields.join(', ')}` : ''}; you have ${profile.education.level}`,
  };
}

function locationPart(job: JobAnalysis, profile: ProfileAnalysis): SubScore {
  const base = { key: 'location' as const, label: 'Location and remote', weight: WEIGHTS.location };
  if (job.location.workMode === 'remote') return { ...base, score: 100, detail: 'Remote' };
  const mine = [profile.location.city, profile.location.region, profile.location.countryCode].filter(Boolean);
  if (!job.location.places.length || !mine.length)
    return { ...base, score: null, detail: 'Location unknown on one side' };
  const near = job.location.places.some((p) =>
    mine.some((m) => new RegExp(`\\b${m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(p)),
  );
  const mode = job.location.workMode;
  return {
    ...base,
    score: near ? 100 : mode === 'hybrid' ? 30 : 20,
    detail: `${near ? 'Matches' : 'Differs from'} your location (${mine.join(', ')}); ${mode}`,
  };
}

function overlapWords(a: string, b: string): boolean {
  const wa = new Set(
    a
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 2),
  );
  return b
    .toLowerCase()
    .split(/\W+/)
    .some((w) => w.length > 2 && wa.has(w));
}

/** sha256 over the formula version, the job analysis, the profile analysis and the semantic input. */
function inputsHash(jobKey: string, profileKey: string, semantic?: SemanticInput): string {
  const sem = semantic ? { s: semantic.similarity, p: [...semantic.paraphrases] } : null;
  return createHash('sha256')
    .update(JSON.stringify([FORMULA_VERSION, jobKey, profileKey, sem]))
    .digest('hex');
}

/** The hash `scoreMatch` would give, without scoring: lets ranking skip jobs whose inputs did not change. */
export function expectedInputsHash(jobKey: string, profile: ProfileAnalysis): string {
  return inputsHash(jobKey, indexOf(profile).key);
}
