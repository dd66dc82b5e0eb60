import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { jobs } from './jobs';

/**
 * Cached job analyses (src/main/core/match/analyze-job.ts). Redone when the job's text or the
 * analyzer version changes (`source_hash` covers both), so scoring 10,000 jobs needs no re-reading.
 */
export const jobAnalyses = sqliteTable('job_analyses', {
  jobId: text('job_id')
    .primaryKey()
    .references(() => jobs.id, { onDelete: 'cascade' }),
  analyzerVersion: text('analyzer_version').notNull(),
  sourceHash: text('source_hash').notNull(),
  /** JSON of `JobAnalysis` (src/shared/domain/match.ts). */
  analysis: text('analysis', { mode: 'json' }).notNull(),
  createdAt: text('created_at').notNull(),
});

/**
 * The latest match of the profile against each job. `formula_version` and `inputs_hash` say exactly
 * what produced the score: same hash, same score (see src/main/core/match/FORMULA.md).
 */
export const matchScores = sqliteTable(
  'match_scores',
  {
    jobId: text('job_id')
      .primaryKey()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    formulaVersion: text('formula_version').notNull(),
    score: integer('score').notNull(),
    inputsHash: text('inputs_hash').notNull(),
    /** JSON of `MatchExplanation`: sub-scores, matched keywords with evidence, missing keywords. */
    explanation: text('explanation', { mode: 'json' }).notNull(),
    computedAt: text('computed_at').notNull(),
  },
  (t) => [index('match_scores_score_idx').on(t.score)],
);

/** On-device embeddings, keyed by sha256(model id + text), so each text is embedded once per model. */
export const matchEmbeddings = sqliteTable('match_embeddings', {
  key: text('key').primaryKey(),
  model: text('model').notNull(),
  dims: integer('dims').notNull(),
  /** Float32 little-endian. */
  vector: blob('vector', { mode: 'buffer' }).notNull(),
  createdAt: text('created_at').notNull(),
});
