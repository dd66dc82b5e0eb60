import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The AI activity log: one row per model call (retries and repairs included). It is the user's
 * proof of exactly what left the machine, and the source of the monthly spend. Never holds keys.
 */
export const aiActivity = sqliteTable(
  'ai_activity',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: text('request_id').notNull(),
    task: text('task').notNull(),
    providerId: text('provider_id').notNull(),
    providerKind: text('provider_kind').notNull(),
    model: text('model').notNull(),
    /** JSON: the system prompt, the messages (prompt + data) and the schema, as sent. */
    sent: text('sent').notNull(),
    received: text('received').notNull(),
    inputTokens: integer('input_tokens').notNull(),
    outputTokens: integer('output_tokens').notNull(),
    /** USD; NULL when the price table has no row for the model. */
    costUsd: real('cost_usd'),
    latencyMs: integer('latency_ms').notNull(),
    firstTokenMs: integer('first_token_ms'),
    outcome: text('outcome').notNull(),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('ai_activity_created_at').on(t.createdAt), index('ai_activity_request').on(t.requestId)],
);
