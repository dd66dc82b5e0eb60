import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Every saved version of a CV or cover letter. Rows are never updated: an edit saves a new row with
 * the same document_id, so any two versions can be compared and none is lost when the profile changes
 * (each row holds its whole content, not a reference to the profile).
 */
export const documentVersions = sqliteTable(
  'document_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The first version's id; 0 while that first row is being inserted. */
    documentId: integer('document_id').notNull(),
    /** The job it was written for (jobs.id), if any. */
    jobId: text('job_id'),
    /** 'cv' | 'letter' */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** 'profile' | 'tailored' | 'edited' */
    source: text('source').notNull(),
    /** DocumentContent */
    content: text('content', { mode: 'json' }).notNull(),
    /** TruthFlag[] */
    flags: text('flags', { mode: 'json' }).notNull(),
    matchBefore: real('match_before'),
    matchAfter: real('match_after'),
    /** RenderOptions */
    options: text('options', { mode: 'json' }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('document_versions_document_idx').on(t.documentId), index('document_versions_job_idx').on(t.jobId)],
);
