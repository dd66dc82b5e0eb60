import { and, count, desc, eq, gte, or, sql, sum } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ActivityEntry, ActivityQuery, CallOutcome, ProviderKind } from '../../../shared/domain/ai';
import type { Db } from '../db/client';
import { aiActivity } from '../db/schema';
import type { ActivityLogStore, NewActivityEntry } from './activity-log';

type Row = typeof aiActivity.$inferSelect;

function toEntry(row: Row): ActivityEntry {
  return { ...row, providerKind: row.providerKind as ProviderKind, outcome: row.outcome as CallOutcome };
}

/** The activity log in SQLite (table `ai_activity`). The only code that touches that table. */
export function createActivityLogRepo(db: Db): ActivityLogStore {
  return {
    record(entry: NewActivityEntry): ActivityEntry {
      const row = db.insert(aiActivity).values(entry).returning().get();
      return toEntry(row);
    },
    list(query: ActivityQuery) {
      const conditions = [];
      if (query.providerId) conditions.push(eq(aiActivity.providerId, query.providerId));
      if (query.search) {
        const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        const match = (column: SQLiteColumn) => sql`${column} LIKE ${pattern} ESCAPE '\\'`;
        conditions.push(
          or(
            match(aiActivity.sent),
            match(aiActivity.received),
            match(aiActivity.task),
            match(aiActivity.model),
            match(aiActivity.providerId),
            match(aiActivity.requestId),
          ),
        );
      }
      const where = conditions.length ? and(...conditions) : undefined;
      const rows = db
        .select()
        .from(aiActivity)
        .where(where)
        .orderBy(desc(aiActivity.id))
        .limit(query.limit)
        .offset(query.offset)
        .all();
      const total = db.select({ n: count() }).from(aiActivity).where(where).get()?.n ?? 0;
      return { entries: rows.map(toEntry), total };
    },
    spentSince(sinceIso: string) {
      const row = db
        .select({
          spent: sum(aiActivity.costUsd),
          calls: count(),
          unpriced: count(sql`CASE WHEN ${aiActivity.costUsd} IS NULL THEN 1 END`),
        })
        .from(aiActivity)
        .where(gte(aiActivity.createdAt, sinceIso))
        .get();
      return { spentUsd: Number(row?.spent ?? 0), calls: row?.calls ?? 0, unpricedCalls: row?.unpriced ?? 0 };
    },
    all(): ActivityEntry[] {
      return db.select().from(aiActivity).orderBy(aiActivity.id).all().map(toEntry);
    },
  };
}
