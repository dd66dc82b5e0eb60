import { desc, eq, inArray, sql } from 'drizzle-orm';
import { JobAnalysis, MatchExplanation, type StoredMatch } from '../../../shared/domain/match';
import type { Db } from '../db/client';
import { jobAnalyses, jobs, matchScores } from '../db/schema';

/** The job fields analysis reads. Read-only view of the `jobs` table (owned by core/jobs). */
export interface JobSource {
  id: string;
  title: string;
  company: string;
  descriptionText: string;
  remote: string;
  locations: string[];
  seniority: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: string | null;
}

const jobColumns = {
  id: jobs.id,
  title: jobs.title,
  company: jobs.company,
  descriptionText: jobs.descriptionText,
  remote: jobs.remote,
  locations: jobs.locations,
  seniority: jobs.seniority,
  salaryMin: jobs.salaryMin,
  salaryMax: jobs.salaryMax,
  salaryCurrency: jobs.salaryCurrency,
  salaryPeriod: jobs.salaryPeriod,
};

export function createMatchRepo(db: Db) {
  const sqlite = db.$client;
  return {
    job(id: string): JobSource | undefined {
      return db.select(jobColumns).from(jobs).where(eq(jobs.id, id)).get();
    },
    /** Every job id with its last change, to tell which cached analyses are stale. */
    jobStamps(): { id: string; updatedAt: string }[] {
      return db.select({ id: jobs.id, updatedAt: jobs.updatedAt }).from(jobs).all();
    },
    jobsByIds(ids: string[]): JobSource[] {
      const out: JobSource[] = [];
      for (let i = 0; i < ids.length; i += 500)
        out.push(
          ...db
            .select(jobColumns)
            .from(jobs)
            .where(inArray(jobs.id, ids.slice(i, i + 500)))
            .all(),
        );
      return out;
    },
    /** Cached analyses whose source hash is still current, by job id. */
    /** What is cached, without the analyses themselves (cheap to read for 10,000 jobs). */
    analysisStamps(): Map<string, { analyzerVersion: string; createdAt: string; sourceHash: string }> {
      const rows = db
        .select({
          jobId: jobAnalyses.jobId,
          analyzerVersion: jobAnalyses.analyzerVersion,
          createdAt: jobAnalyses.createdAt,
          sourceHash: jobAnalyses.sourceHash,
        })
        .from(jobAnalyses)
        .all();
      return new Map(rows.map((r) => [r.jobId, r]));
    },
    analysesByIds(ids: string[]): Map<string, JobAnalysis> {
      const out = new Map<string, JobAnalysis>();
      if (!ids.length) return out;
      const wanted = new Set(ids);
      // One scan beats 10,000 lookups; rows are JSON written by saveAnalyses.
      const rows = sqlite.prepare('SELECT job_id AS jobId, analysis FROM job_analyses').raw().all() as [
        string,
        string,
      ][];
      for (const [jobId, json] of rows) {
        if (!wanted.has(jobId)) continue;
        try {
          const parsed = JSON.parse(json) as JobAnalysis;
          if (Array.isArray(parsed?.requirements)) out.set(jobId, parsed);
        } catch {
          // a damaged row is left out; the caller analyses that job again
        }
      }
      return out;
    },
    /** Stored score stamps: what produced each stored score. */
    scoreStamps(): Map<string, string> {
      const rows = db.select({ jobId: matchScores.jobId, inputsHash: matchScores.inputsHash }).from(matchScores).all();
      return new Map(rows.map((r) => [r.jobId, r.inputsHash]));
    },
    analysis(jobId: string): { sourceHash: string; analysis: JobAnalysis } | undefined {
      const row = db.select().from(jobAnalyses).where(eq(jobAnalyses.jobId, jobId)).get();
      if (!row) return undefined;
      const parsed = JobAnalysis.safeParse(row.analysis);
      return parsed.success ? { sourceHash: row.sourceHash, analysis: parsed.data } : undefined;
    },
    saveAnalyses(rows: { jobId: string; sourceHash: string; analysis: JobAnalysis }[], at: string): void {
      db.transaction((tx) => {
        for (const r of rows) {
          const values = {
            jobId: r.jobId,
            analyzerVersion: r.analysis.analyzerVersion,
            sourceHash: r.sourceHash,
            analysis: r.analysis,
            createdAt: at,
          };
          tx.insert(jobAnalyses).values(values).onConflictDoUpdate({ target: jobAnalyses.jobId, set: values }).run();
        }
      });
    },
    /** Upserts scores. `explanation` is the full MatchExplanation, or ranking's compact summary. */
    saveScores(
      rows: { jobId: string; score: number; formulaVersion: string; inputsHash: string; explanation: unknown }[],
      at: string,
    ): void {
      const upsert = sqlite.prepare(
        `INSERT INTO match_scores (job_id, formula_version, score, inputs_hash, explanation, computed_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(job_id) DO UPDATE SET formula_version = excluded.formula_version, score = excluded.score,
           inputs_hash = excluded.inputs_hash, explanation = excluded.explanation, computed_at = excluded.computed_at`,
      );
      sqlite.transaction(() => {
        for (const r of rows)
          upsert.run(r.jobId, r.formulaVersion, r.score, r.inputsHash, JSON.stringify(r.explanation), at);
      })();
    },
    score(jobId: string): StoredMatch | undefined {
      const row = db.select().from(matchScores).where(eq(matchScores.jobId, jobId)).get();
      if (!row) return undefined;
      const parsed = MatchExplanation.safeParse(row.explanation);
      if (!parsed.success) return undefined;
      return { ...parsed.data, formulaVersion: row.formulaVersion, jobId: row.jobId, computedAt: row.computedAt };
    },
    /** Stored scores joined with their jobs, best first. */
    ranked(limit: number) {
      return db
        .select({
          jobId: matchScores.jobId,
          title: jobs.title,
          company: jobs.company,
          score: matchScores.score,
          formulaVersion: matchScores.formulaVersion,
          explanation: matchScores.explanation,
          computedAt: matchScores.computedAt,
        })
        .from(matchScores)
        .innerJoin(jobs, eq(jobs.id, matchScores.jobId))
        .orderBy(desc(matchScores.score), jobs.title, jobs.id)
        .limit(limit)
        .all();
    },
    countScores(): number {
      return (
        db
          .select({ n: sql<number>`count(*)` })
          .from(matchScores)
          .get()?.n ?? 0
      );
    },
  };
}

export type MatchRepo = ReturnType<typeof createMatchRepo>;
