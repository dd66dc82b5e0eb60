import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The user's profile as one JSON document (the shape of `Profile` in src/shared/domain/profile.ts). */
export const profile = sqliteTable('profile', {
  /** Always 1: Jobsmith keeps one profile per data folder. */
  id: integer('id').primaryKey(),
  data: text('data', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Version history of the profile: the whole document after every import, editing session and restore.
 * An editing session is a run of edits without a long pause; it updates its one row as it goes.
 */
export const profileVersions = sqliteTable(
  'profile_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 'import' | 'edit' | 'restore' */
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    data: text('data', { mode: 'json' }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('profile_versions_created_idx').on(t.createdAt)],
);
