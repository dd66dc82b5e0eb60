import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The user's profile as one JSON document (the shape of `Profile` in src/shared/domain/profile.ts). */
export const profile = sqliteTable('profile', {
  /** Always 1: Jobsmith keeps one profile per data folder. */
  id: integer('id').primaryKey(),
  data: text('data', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});
