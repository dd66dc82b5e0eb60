import { z } from 'zod';
import { RemoteType, Salary, Seniority } from './job';

/**
 * Job analysis and the explainable match. Shapes shared by the core (src/main/core/match), the CLI
 * and the renderer's match panel. The scoring formula is documented in
 * src/main/core/match/FORMULA.md; its version travels with every stored score.
 */

export const SkillStrength = z.enum(['required', 'preferred', 'mentioned']);
export type SkillStrength = z.infer<typeof SkillStrength>;

export const DegreeLevel = z.enum(['none', 'secondary', 'vocational', 'associate', 'bachelor', 'master', 'doctorate']);
export type DegreeLevel = z.infer<typeof DegreeLevel>;

/** One occurrence of a skill in a job text; `start`/`end` are offsets into the text as given. */
export const SkillOccurrence = z.object({
  name: z.string(),
  category: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  strength: SkillStrength,
  /** Years asked for this skill in the same clause ("3+ years of Python"), when stated. */
  years: z.number().nullable(),
});
export type SkillOccurrence = z.infer<typeof SkillOccurrence>;

/** A skill the job asks for, merged over its occurrences (the strongest strength wins). */
export const JobRequirement = z.object({
  name: z.string(),
  category: z.string(),
  strength: SkillStrength,
  years: z.number().nullable(),
  /** The sentence it was read from (first strongest occurrence). */
  context: z.string(),
});
export type JobRequirement = z.infer<typeof JobRequirement>;

export const EducationRequirement = z.object({
  level: DegreeLevel,
  fields: z.array(z.string()),
  strength: SkillStrength,
  /** "or equivalent experience" was stated. */
  orEquivalent: z.boolean(),
});
export type EducationRequirement = z.infer<typeof EducationRequirement>;

export const JobAnalysis = z.object({
  analyzerVersion: z.string(),
  title: z.string(),
  skills: z.array(SkillOccurrence),
  requirements: z.array(JobRequirement),
  seniority: Seniority.nullable(),
  /** Overall years of experience asked for (the largest stated), when stated. */
  yearsRequired: z.number().nullable(),
  education: EducationRequirement.nullable(),
  spokenLanguages: z.array(z.object({ language: z.string(), strength: SkillStrength })),
  location: z.object({ workMode: RemoteType, places: z.array(z.string()) }),
  salary: Salary.extend({ text: z.string() }).nullable(),
});
export type JobAnalysis = z.infer<typeof JobAnalysis>;

/** A profile fact that proves a skill: the id of a bullet or entry, and its text. */
export const Evidence = z.object({
  factId: z.string(),
  section: z.string(),
  text: z.string(),
  /** Set when the evidence came from the semantic layer (a paraphrase) with its cosine similarity. */
  similarity: z.number().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const SubScoreKey = z.enum(['required', 'preferred', 'title', 'seniority', 'education', 'location', 'semantic']);
export type SubScoreKey = z.infer<typeof SubScoreKey>;

export const SubScore = z.object({
  key: SubScoreKey,
  label: z.string(),
  /** 0..100, or null when the job says nothing this part could measure (its weight is then shared out). */
  score: z.number().min(0).max(100).nullable(),
  weight: z.number(),
  detail: z.string(),
});
export type SubScore = z.infer<typeof SubScore>;

export const MatchedKeyword = z.object({
  skill: z.string(),
  category: z.string(),
  strength: SkillStrength,
  yearsRequired: z.number().nullable(),
  yearsInProfile: z.number().nullable(),
  /** The profile skill that covers it when it is not the same name ("AWS" via "Amazon S3"). */
  via: z.string().nullable(),
  evidence: z.array(Evidence).min(1),
});
export type MatchedKeyword = z.infer<typeof MatchedKeyword>;

export const MissingKeyword = z.object({
  skill: z.string(),
  category: z.string(),
  strength: SkillStrength,
  yearsRequired: z.number().nullable(),
  /** Where the user might truthfully add it, if they have it. */
  hint: z.string(),
});
export type MissingKeyword = z.infer<typeof MissingKeyword>;

export const MatchExplanation = z.object({
  formulaVersion: z.string(),
  score: z.number().int().min(0).max(100),
  subScores: z.array(SubScore),
  matched: z.array(MatchedKeyword),
  missing: z.array(MissingKeyword),
  /** sha256 of the inputs (job analysis + profile analysis + formula version): same hash, same score. */
  inputsHash: z.string(),
});
export type MatchExplanation = z.infer<typeof MatchExplanation>;

export const StoredMatch = MatchExplanation.extend({
  jobId: z.string(),
  computedAt: z.string(),
});
export type StoredMatch = z.infer<typeof StoredMatch>;

/** One row of the "best matches" view and of the Jobs list's match column. */
export const MatchSummary = z.object({
  jobId: z.string(),
  title: z.string(),
  company: z.string(),
  score: z.number().int(),
  formulaVersion: z.string(),
  requiredCoverage: z.number().nullable(),
  missingRequired: z.array(z.string()),
  computedAt: z.string(),
});
export type MatchSummary = z.infer<typeof MatchSummary>;
