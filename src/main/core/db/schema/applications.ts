import { blob, index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { jobs } from './jobs';

/**
 * Applications (src/main/core/applications). A job can be applied to more than once: each application
 * is its own row. Search runs on the `applications_fts` FTS5 table (notes, timeline, contacts), kept
 * in step by the repo, joined with `jobs_fts` for the job's own text (custom migration `applications_fts`).
 * Snapshot rows are write-once: triggers refuse any UPDATE.
 */
export const applications = sqliteTable(
  'applications',
  {
    id: text('id').primaryKey(),
    jobId: text('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    statusOn: text('status_on').notNull(),
    appliedOn: text('applied_on'),
    source: text('source').notNull(),
    salaryAmount: real('salary_amount'),
    salaryCurrency: text('salary_currency'),
    offerAmount: real('offer_amount'),
    offerCurrency: text('offer_currency'),
    notes: text('notes').notNull(),
    matchScore: integer('match_score'),
    matchFormulaVersion: text('match_formula_version'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('applications_job').on(t.jobId),
    index('applications_status').on(t.status),
    index('applications_updated').on(t.updatedAt),
  ],
);

/** Every status change, with the day it happened (back-datable) and when it was recorded. */
export const applicationStatusChanges = sqliteTable(
  'application_status_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    on: text('on_day').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  // Covers the statistics' one ordered scan (application, day, recording order, status) without table reads.
  (t) => [index('application_status_changes_app').on(t.applicationId, t.on, t.id, t.toStatus)],
);

/** The timeline: messages, calls, interview rounds, offers, notes (and the status moves). */
export const applicationEvents = sqliteTable(
  'application_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    at: text('at').notNull(),
    title: text('title').notNull(),
    note: text('note').notNull(),
    /** JSON {round, kind, people} for interviews. */
    interview: text('interview', { mode: 'json' }),
    offerAmount: real('offer_amount'),
    offerCurrency: text('offer_currency'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('application_events_app').on(t.applicationId, t.at)],
);

export const contacts = sqliteTable('contacts', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  email: text('email').notNull(),
  profileUrl: text('profile_url').notNull(),
  company: text('company').notNull(),
  createdAt: text('created_at').notNull(),
});

export const applicationContacts = sqliteTable(
  'application_contacts',
  {
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
  },
  (t) => [index('application_contacts_app').on(t.applicationId), index('application_contacts_contact').on(t.contactId)],
);

/** What was sent: the job copied as JSON, the match score with its formula version. Never updated. */
export const applicationSnapshots = sqliteTable(
  'application_snapshots',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    jobJson: text('job_json').notNull(),
    jobSha256: text('job_sha256').notNull(),
    matchScore: integer('match_score'),
    matchFormulaVersion: text('match_formula_version'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('application_snapshots_app').on(t.applicationId)],
);

/** The exported files of a snapshot, byte for byte. Never updated. */
export const applicationSnapshotFiles = sqliteTable(
  'application_snapshot_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    snapshotId: text('snapshot_id')
      .notNull()
      .references(() => applicationSnapshots.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
    sha256: text('sha256').notNull(),
  },
  (t) => [index('application_snapshot_files_snapshot').on(t.snapshotId)],
);

/** Follow-ups and interview reminders. `fired_at` is set once, atomically, when the notifier is called. */
export const applicationReminders = sqliteTable(
  'application_reminders',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    dueAt: text('due_at').notNull(),
    snoozedUntil: text('snoozed_until'),
    firedAt: text('fired_at'),
    doneAt: text('done_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('application_reminders_due').on(t.doneAt, t.firedAt, t.dueAt),
    index('application_reminders_app').on(t.applicationId),
  ],
);
