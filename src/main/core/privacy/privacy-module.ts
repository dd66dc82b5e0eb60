import { zipSync } from 'fflate';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { DELETE_ALL_CONFIRMATION, type DataExport, type DeleteAllResult } from '../../../shared/domain/privacy';
import { AppError } from '../../../shared/ipc/result';
import type { OpenedDatabase } from '../db/client';
import { backupEntries, scheduleRestore } from './backup-restore';

/**
 * The user's own data, all of it: one zip to take away (the database as JSON plus their document
 * files), and one irreversible delete behind a typed confirmation. No telemetry exists to exclude.
 */
export interface PrivacyModuleDeps {
  database: OpenedDatabase;
  dataDir: string;
}

/** Folders of the data dir that hold the user's files; models are downloads, not personal data. */
const DOCUMENT_DIRS = ['documents', 'exports', 'attachments'];
/** Removed by delete-all besides the tables: copies of the data and the stored API keys. */
const PRIVATE_PATHS = ['backups', 'secrets.json', ...DOCUMENT_DIRS];

function userTables(database: OpenedDatabase): string[] {
  return database.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT LIKE '%_fts_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

export function createPrivacyModule(deps: PrivacyModuleDeps) {
  const { database, dataDir } = deps;
  const service = {
    exportAll(now = new Date()): DataExport {
      const tables: Record<string, unknown[]> = {};
      let rows = 0;
      for (const table of userTables(database)) {
        tables[table] = database.sqlite.prepare(`SELECT * FROM "${table}"`).all();
        rows += tables[table].length;
      }
      const entries: Record<string, Uint8Array> = {
        'database.json': new TextEncoder().encode(
          JSON.stringify({ exportedAt: now.toISOString(), schemaVersion: database.schemaVersion, tables }, null, 2),
        ),
      };
      const files = DOCUMENT_DIRS.flatMap((d) => filesUnder(path.join(dataDir, d)));
      for (const file of files)
        entries[path.relative(dataDir, file).split(path.sep).join('/')] = new Uint8Array(readFileSync(file));
      const zip = zipSync(entries, { level: 6 });
      const stamp = now.toISOString().slice(0, 10);
      return {
        fileName: `jobsmith-data-${stamp}.zip`,
        dataBase64: Buffer.from(zip).toString('base64'),
        tables: Object.keys(tables).length,
        rows,
        files: files.length,
      };
    },

    backups: () => backupEntries(dataDir),
    restoreBackup: (fileName: string) => scheduleRestore(dataDir, fileName),

    deleteAll(confirmation: string): DeleteAllResult {
      if (confirmation !== DELETE_ALL_CONFIRMATION) {
        throw new AppError(
          'VALIDATION',
          `Nothing was deleted. To delete all your data, type "${DELETE_ALL_CONFIRMATION}" exactly.`,
        );
      }
      const tables = userTables(database);
      let rowsDeleted = 0;
      database.sqlite.pragma('foreign_keys = OFF');
      try {
        database.sqlite.transaction(() => {
          for (const table of tables) rowsDeleted += database.sqlite.prepare(`DELETE FROM "${table}"`).run().changes;
        })();
      } finally {
        database.sqlite.pragma('foreign_keys = ON');
      }
      // Full-text indexes follow their tables by trigger; VACUUM leaves no deleted pages behind.
      database.sqlite.exec('VACUUM');
      database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      let filesDeleted = 0;
      for (const name of PRIVATE_PATHS) {
        const target = path.join(dataDir, name);
        if (!existsSync(target)) continue;
        filesDeleted += statSync(target).isDirectory() ? filesUnder(target).length : 1;
        rmSync(target, { recursive: true, force: true });
      }
      return { tablesCleared: tables.length, rowsDeleted, filesDeleted };
    },
  };
  return { privacy: service, dispose(): void {} };
}
export type PrivacyService = ReturnType<typeof createPrivacyModule>['privacy'];
