import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync, openSync, readSync, closeSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';
import { createBackup, listBackups } from './backups';
import { DatabaseCorruptError } from './errors';
import { restrictToOwner } from './backup-rotation';

/** The drizzle database every repository takes; `$client` is the better-sqlite3 handle for raw hot paths. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenDatabaseOptions {
  /** The SQLite file. Created (with its folder) when missing. */
  file: string;
  /** Folder of drizzle-kit's generated migrations. Defaults to the one beside this module. */
  migrationsFolder?: string;
  /** Path of a better-sqlite3 `.node` built for the running ABI (Electron's, in the app). */
  nativeBinding?: string;
}

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: Db;
  file: string;
  /** Number of migrations applied: the schema version. */
  schemaVersion: number;
  close(): void;
}

export const DEFAULT_MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function looksLikeSqlite(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    return read === 0 || header.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

interface Journal {
  entries: { idx: number; tag: string; when: number }[];
}

export function readJournal(migrationsFolder: string): Journal {
  return JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

function appliedMigrationCount(sqlite: Database.Database): number {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'")
    .get();
  if (!table) return 0;
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}

/**
 * Opens (or creates) the app database: checks it is an intact SQLite file, turns on WAL and foreign keys,
 * backs it up before pending migrations run, then applies them. A damaged file is never modified: it
 * raises DatabaseCorruptError, which names the file and the backups that can restore it.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const { file } = options;
  const migrationsFolder = options.migrationsFolder ?? DEFAULT_MIGRATIONS_FOLDER;
  mkdirSync(path.dirname(file), { recursive: true });
  const existed = existsSync(file);
  const backups = () => listBackups(path.dirname(file)).map((b) => b.file);

  if (existed && !looksLikeSqlite(file)) {
    throw new DatabaseCorruptError(file, 'the file is not a SQLite database', backups());
  }

  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new DatabaseCorruptError(file, (error as Error).message, backups());
  }

  try {
    const check = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    const problems = check.map((row) => row.integrity_check).filter((line) => line !== 'ok');
    if (problems.length > 0) {
      throw new DatabaseCorruptError(file, problems.slice(0, 3).join('; '), backups());
    }
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    restrictToOwner(file);

    const journal = readJournal(migrationsFolder);
    const applied = appliedMigrationCount(sqlite);
    if (existed && applied > 0 && applied < journal.entries.length) {
      createBackup(sqlite, path.dirname(file), `before-migration-${applied + 1}`);
    }
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    return {
      sqlite,
      db,
      file,
      schemaVersion: appliedMigrationCount(sqlite),
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    if (error instanceof DatabaseCorruptError) throw error;
    const message = (error as Error).message;
    if (/file is not a database|malformed|corrupt/i.test(message)) {
      throw new DatabaseCorruptError(file, message, backups());
    }
    throw error;
  }
}
