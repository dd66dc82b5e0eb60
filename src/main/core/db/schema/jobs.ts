import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Captured job postings (the shape of `Job` in src/shared/domain/job.ts). Full-text search runs on
 * the `jobs_fts` FTS5 table, kept in step by triggers (custom migration `jobs_fts`).
 */
export const jobs = sqliteTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    company: text('company').notNull(),
    /** JSON array of strings. */
    locations: text('locations', { mode: 'json' }).$type<string[]>().notNull(),
    remote: text('remote').notNull(),
    employmentType: text('employment_type'),
    seniority: text('seniority'),
    salaryMin: real('salary_min'),
    salaryMax: real('salary_max'),
    salaryCurrency: text('salary_currency'),
    salaryPeriod: text('salary_period'),
    descriptionText: text('description_text').notNull(),
    descriptionHtml: text('description_html').notNull(),
    postedAt: text('posted_at'),
    language: text('language'),
    source: text('source').notNull(),
    sourceUrl: text('source_url'),
    canonicalUrl: text('canonical_url'),
    atsProvider: text('ats_provider'),
    atsId: text('ats_id'),
    extractedBy: text('extracted_by').notNull(),
    /** JSON array of CaptureLogEntry. */
    captureLog: text('capture_log', { mode: 'json' }).notNull(),
    status: text('status').notNull(),
    contentHash: text('content_hash').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('jobs_canonical_url').on(t.canonicalUrl),
    index('jobs_ats').on(t.atsProvider, t.atsId),
    index('jobs_content_hash').on(t.contentHash),
    index('jobs_status_created').on(t.status, t.createdAt),
    // The jobs list and search are newest first: walking this index reads only the rows shown.
    index('jobs_created').on(t.createdAt),
  ],
);

/** The raw page/text/file text exactly as captured, kept for audit next to what the sanitiser removed. */
export const jobCaptures = sqliteTable(
  'job_captures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jobId: text('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    url: text('url'),
    contentType: text('content_type'),
    raw: text('raw').notNull(),
    /** JSON: the sanitiser's report (counts and samples of what was removed). */
    removed: text('removed', { mode: 'json' }).notNull(),
    capturedAt: text('captured_at').notNull(),
  },
  (t) => [index('job_captures_job').on(t.jobId)],
);

/** Companies whose public ATS job boards are checked for new postings. */
export const watchedBoards = sqliteTable(
  'watched_boards',
  {
    id: text('id').primaryKey(),
    provider: text('provider').notNull(),
    board: text('board').notNull(),
    /** 'us' or 'eu': the vendor data centre whose API serves this board. */
    region: text('region').notNull().default('us'),
    label: text('label').notNull(),
    lastCheckedAt: text('last_checked_at'),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('watched_boards_provider_region_board').on(t.provider, t.region, t.board)],
);

/** Filters that decide which new board postings reach the inbox. */
export const savedSearches = sqliteTable('saved_searches', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  keywords: text('keywords', { mode: 'json' }).$type<string[]>().notNull(),
  location: text('location').notNull(),
  remoteOnly: integer('remote_only', { mode: 'boolean' }).notNull(),
  createdAt: text('created_at').notNull(),
});

/** Every board posting already seen, so a posting the user deleted does not come back. */
export const watchSeen = sqliteTable(
  'watch_seen',
  {
    provider: text('provider').notNull(),
    atsId: text('ats_id').notNull(),
    firstSeenAt: text('first_seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.atsId] })],
);
