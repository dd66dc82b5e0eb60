import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Key/value settings; each value is JSON validated by the settings service. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  /** JSON text (so `null` is a value, not SQL NULL). */
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});
