import type Database from 'better-sqlite3';
import type { Db } from '../db/client';

/** The better-sqlite3 handle under a drizzle `Db`, for prepared raw queries on hot paths (lists, statistics). */
export function rawSqlite(db: Db): Database.Database {
  const client = (db as Db & { $client?: Database.Database }).$client;
  if (!client) throw new Error('This drizzle database has no better-sqlite3 client.');
  return client;
}
