import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { jobs } from './jobs';

/**
 * Tailoring runs (src/main/core/tailor): one row per run, each stage's output stored as it
 * finishes (selection, the written CV and letter, the truth flags, the ATS checks), with the prompt
 * version and provider that wrote it.
 */
export const tailorRuns = sqliteTable(
  'tailor_runs',
  {
    id: text('id').primaryKey(),
    jobId: text('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    mode: text('mode').notNull(),
    providerId: text('provider_id'),
    model: text('model'),
    promptVersion: text('prompt_version').notNull(),
    /** JSON: TailorOptions, StageTiming[], Selection, DocumentContent (cv, letter), TruthFlag[], AtsCheck[], string[]. */
    options: text('options', { mode: 'json' }).notNull(),
    stages: text('stages', { mode: 'json' }).notNull(),
    analysis: text('analysis', { mode: 'json' }),
    selection: text('selection', { mode: 'json' }),
    cv: text('cv', { mode: 'json' }),
    letter: text('letter', { mode: 'json' }),
    flags: text('flags', { mode: 'json' }).notNull(),
    ats: text('ats', { mode: 'json' }).notNull(),
    labels: text('labels', { mode: 'json' }).notNull(),
    matchBefore: integer('match_before'),
    matchAfter: integer('match_after'),
    jobTitle: text('job_title').notNull(),
    company: text('company').notNull(),
    error: text('error'),
    /** JSON: the document ids (core/documents) of the saved CV and letter. */
    documentIds: text('document_ids', { mode: 'json' }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('tailor_runs_job_idx').on(t.jobId, t.createdAt)],
);
