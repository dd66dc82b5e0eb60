import { createHash } from 'node:crypto';
import { RemoteType, SalaryPeriod, Seniority } from '../../../shared/domain/job';
import { MatchExplanation, type JobAnalysis, type MatchSummary, type StoredMatch } from '../../../shared/domain/match';
import type { Profile } from '../../../shared/domain/profile';
import { AppError } from '../../../shared/ipc/result';
import { ANALYZER_VERSION, analyzeJob, type JobText } from './analyze-job';
import { analyzeProfile, type ProfileAnalysis } from './analyze-profile';
import type { JobSource, MatchRepo } from './match-repo';
import { expectedInputsHash, scoreMatch, type SemanticInput } from './score-match';

/** Computes the optional semantic part for one job (see semantic/semantic-scorer.ts). */
export interface SemanticScorer {
  score(job: JobAnalysis, jobText: string, profile: ProfileAnalysis): Promise<SemanticInput>;
}

export interface MatchServiceDeps {
  repo: MatchRepo;
  profile: { get(): { profile: Profile } };
  clock?: () => Date;
  /** Returns the semantic scorer when an embedding model is configured, else null. */
  semantic?: () => SemanticScorer | null;
}

const MAX_TEXT = 200_000;
const MEMORY_LIMIT = 20_000;

function asOfMonth(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function jobTextOf(src: JobSource): JobText {
  const remote = RemoteType.safeParse(src.remote);
  const seniority = Seniority.safeParse(src.seniority);
  const period = SalaryPeriod.safeParse(src.salaryPeriod);
  const hasSalary = src.salaryMin !== null || src.salaryMax !== null;
  return {
    title: src.title,
    text: src.descriptionText,
    remote: remote.success ? remote.data : 'unknown',
    locations: src.locations,
    seniority: seniority.success ? seniority.data : null,
    salary: hasSalary
      ? {
          min: src.salaryMin,
          max: src.salaryMax,
          currency: src.salaryCurrency,
          period: period.success ? period.data : null,
        }
      : null,
  };
}

/** Analyses are cached without occurrence offsets and context sentences (scoring reads neither). */
function forCache(analysis: JobAnalysis): JobAnalysis {
  return { ...analysis, skills: [], requirements: analysis.requirements.map((r) => ({ ...r, context: '' })) };
}

function sourceHash(job: JobText): string {
  return createHash('sha256')
    .update(JSON.stringify([ANALYZER_VERSION, job]))
    .digest('hex');
}

/** What ranking stores per job: enough for the list; the full explanation is built when opened. */
export interface RankedExplanation {
  kind: 'ranked';
  requiredCoverage: number | null;
  missingRequired: string[];
}

export function rankedOf(e: MatchExplanation): RankedExplanation {
  return {
    kind: 'ranked',
    requiredCoverage: e.subScores.find((s) => s.key === 'required')?.score ?? null,
    missingRequired: e.missing
      .filter((m) => m.strength === 'required')
      .map((m) => m.skill)
      .slice(0, 8),
  };
}

export function summaryOf(
  jobId: string,
  title: string,
  company: string,
  score: number,
  formulaVersion: string,
  stored: unknown,
  computedAt: string,
): MatchSummary {
  const parsed = MatchExplanation.safeParse(stored);
  const r = parsed.success ? rankedOf(parsed.data) : (stored as Partial<RankedExplanation> | null);
  return {
    jobId,
    title,
    company,
    score,
    formulaVersion,
    computedAt,
    requiredCoverage: r?.requiredCoverage ?? null,
    missingRequired: r?.missingRequired ?? [],
  };
}

export function createMatchService(deps: MatchServiceDeps) {
  const clock = deps.clock ?? (() => new Date());
  const { repo } = deps;
  // Parsed analyses kept in memory between rankings (keyed by the source hash that produced them),
  // so re-ranking after a profile edit does not re-read 10,000 JSON documents. Bounded.
  const memory = new Map<string, { key: string; analysis: JobAnalysis }>();
  const remember = (jobId: string, key: string, analysis: JobAnalysis) => {
    if (memory.size >= MEMORY_LIMIT && !memory.has(jobId)) memory.delete(memory.keys().next().value!);
    memory.set(jobId, { key, analysis });
  };

  const currentProfile = (): ProfileAnalysis => analyzeProfile(deps.profile.get().profile, asOfMonth(clock()));

  /** The job's analysis (cached, without the per-occurrence offsets) and the key that identifies it. */
  const analysisOf = (src: JobSource): { analysis: JobAnalysis; key: string } => {
    const job = jobTextOf(src);
    const key = sourceHash(job);
    const cached = repo.analysis(src.id);
    if (cached && cached.sourceHash === key) return { analysis: cached.analysis, key };
    const analysis = forCache(analyzeJob(job));
    repo.saveAnalyses([{ jobId: src.id, sourceHash: key, analysis }], clock().toISOString());
    return { analysis, key };
  };

  const jobOrThrow = (jobId: string): JobSource => {
    const src = repo.job(jobId);
    if (!src) throw new AppError('NOT_FOUND', `No job with id ${jobId}. It may have been deleted.`);
    return src;
  };

  return {
    /** Analyses a pasted or read job text; nothing is stored. */
    analyzeText(job: JobText): JobAnalysis {
      if (job.text.length > MAX_TEXT) {
        throw new AppError(
          'BAD_INPUT',
          `The job text is ${job.text.length.toLocaleString('en')} characters; Jobsmith analyses up to ${MAX_TEXT.toLocaleString('en')}. Paste only the posting.`,
        );
      }
      return analyzeJob(job);
    },

    /** The profile's skills with evidence and years, total years, titles, education (as of this month). */
    profileAnalysis(): Omit<ProfileAnalysis, 'entryIds'> {
      const { entryIds: _ids, ...analysis } = currentProfile();
      return analysis;
    },

    /** The cached analysis of a stored job (its `skills` occurrences are not kept: see analyzeText). */
    jobAnalysis(jobId: string): JobAnalysis {
      return analysisOf(jobOrThrow(jobId)).analysis;
    },

    /** Scores the profile against one stored job, stores the result and returns it. */
    async matchJob(jobId: string, options: MatchOptions = {}): Promise<StoredMatch> {
      const src = jobOrThrow(jobId);
      const { analysis, key } = analysisOf(src);
      const profile = currentProfile();
      const semantic = options.semantic ? await semanticFor(deps, analysis, src.descriptionText, profile) : undefined;
      const explanation = scoreMatch(analysis, profile, semantic, key);
      const computedAt = clock().toISOString();
      repo.saveScores(
        [
          {
            jobId,
            score: explanation.score,
            formulaVersion: explanation.formulaVersion,
            inputsHash: explanation.inputsHash,
            explanation,
          },
        ],
        computedAt,
      );
      return { ...explanation, jobId, computedAt };
    },

    /** Scores the profile against a job text that is not stored (CLI `match --job file`). */
    async matchText(job: JobText, options: MatchOptions = {}): Promise<MatchExplanation> {
      const analysis = this.analyzeText(job);
      const profile = currentProfile();
      const semantic = options.semantic ? await semanticFor(deps, analysis, job.text, profile) : undefined;
      return scoreMatch(analysis, profile, semantic, sourceHash(job));
    },

    /**
     * Scores every stored job (literal layers only, for speed), stores the scores and returns them
     * best first. Analyses are cached per job and redone only when the job changed; a job whose
     * inputs hash (formula, job, profile) equals its stored score's is not rescored at all.
     */
    rankAll(limit = 500): { ranked: MatchSummary[]; scored: number } {
      const profile = currentProfile();
      const stamps = repo.jobStamps();
      const cached = repo.analysisStamps();
      const stale = stamps.filter((s) => {
        const c = cached.get(s.id);
        return !c || c.analyzerVersion !== ANALYZER_VERSION || c.createdAt < s.updatedAt;
      });
      const now = clock().toISOString();
      const keys = new Map([...cached].map(([id, c]) => [id, c.sourceHash] as const));
      const fresh = new Map<string, JobAnalysis>();
      const toSave: { jobId: string; sourceHash: string; analysis: JobAnalysis }[] = [];
      for (const src of repo.jobsByIds(stale.map((s) => s.id))) {
        const job = jobTextOf(src);
        const row = { jobId: src.id, sourceHash: sourceHash(job), analysis: forCache(analyzeJob(job)) };
        toSave.push(row);
        fresh.set(src.id, row.analysis);
        keys.set(src.id, row.sourceHash);
      }
      if (toSave.length) repo.saveAnalyses(toSave, now);
      const stored = repo.scoreStamps();
      const changed = stamps
        .map((s) => s.id)
        .filter((id) => {
          const key = keys.get(id);
          return key !== undefined && stored.get(id) !== expectedInputsHash(key, profile);
        });
      const analyses = new Map<string, JobAnalysis>();
      for (const id of changed) {
        const m = memory.get(id);
        if (m && m.key === keys.get(id)) analyses.set(id, m.analysis);
      }
      for (const [id, a] of repo.analysesByIds(changed.filter((id) => !fresh.has(id) && !analyses.has(id)))) {
        analyses.set(id, a);
        remember(id, keys.get(id)!, a);
      }
      for (const [id, a] of fresh) {
        analyses.set(id, a);
        remember(id, keys.get(id)!, a);
      }
      const unreadable = changed.filter((id) => !analyses.has(id));
      for (const src of repo.jobsByIds(unreadable)) {
        const job = jobTextOf(src);
        const row = { jobId: src.id, sourceHash: sourceHash(job), analysis: forCache(analyzeJob(job)) };
        repo.saveAnalyses([row], now);
        analyses.set(src.id, row.analysis);
        keys.set(src.id, row.sourceHash);
      }
      const scores = changed.flatMap((jobId) => {
        const analysis = analyses.get(jobId);
        if (!analysis) return [];
        const e = scoreMatch(analysis, profile, undefined, keys.get(jobId));
        return [
          {
            jobId,
            score: e.score,
            formulaVersion: e.formulaVersion,
            inputsHash: e.inputsHash,
            explanation: rankedOf(e),
          },
        ];
      });
      if (scores.length) repo.saveScores(scores, now);
      return { ranked: this.ranked(limit), scored: scores.length };
    },

    ranked(limit = 500): MatchSummary[] {
      return repo
        .ranked(limit)
        .map((r) => summaryOf(r.jobId, r.title, r.company, r.score, r.formulaVersion, r.explanation, r.computedAt));
    },

    get(jobId: string): StoredMatch | null {
      return repo.score(jobId) ?? null;
    },
  };
}

export interface MatchOptions {
  /** Add the semantic layer (needs an on-device model; embeddings are cached in SQLite). */
  semantic?: boolean;
}

async function semanticFor(
  deps: MatchServiceDeps,
  job: JobAnalysis,
  text: string,
  profile: ProfileAnalysis,
): Promise<SemanticInput | undefined> {
  const scorer = deps.semantic?.() ?? null;
  if (!scorer)
    throw new AppError(
      'NOT_FOUND',
      'The semantic match needs an on-device model. Choose one in Settings → AI, or match without it.',
    );
  return scorer.score(job, text, profile);
}

export type MatchService = ReturnType<typeof createMatchService>;
