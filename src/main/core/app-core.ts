import path from 'node:path';
import { openDatabase, type OpenedDatabase } from './db/client';
import { DATABASE_FILE_NAME, createBackup, listBackups } from './db/backups';
import { createEventBus, type EventBus } from './events';
import { createProfileRepo } from './profile/profile-repo';
import { createProfileService, type ProfileService } from './profile/profile-service';
import { createSettingsRepo } from './settings/settings-repo';
import { createSettingsService, type SettingsService } from './settings/settings-service';

export interface CoreOptions {
  dataDir: string;
  /** better-sqlite3 binary for the running ABI (the Electron app passes its own build). */
  nativeBinding?: string;
  migrationsFolder?: string;
}

/** Everything the handlers can reach. Built once per process by `createCore`. */
export interface Core {
  dataDir: string;
  database: OpenedDatabase;
  events: EventBus;
  settings: SettingsService;
  profile: ProfileService;
  close(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Keeps one rolling backup a day, so a damaged file can always be restored from yesterday. */
function dailyBackup(database: OpenedDatabase, dataDir: string): void {
  const newest = listBackups(dataDir)[0];
  if (newest && Date.now() - Date.parse(newest.createdAt) < DAY_MS) return;
  createBackup(database.sqlite, dataDir, 'daily');
}

export function createCore(options: CoreOptions): Core {
  const dataDir = path.resolve(options.dataDir);
  const database = openDatabase({
    file: path.join(dataDir, DATABASE_FILE_NAME),
    ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  dailyBackup(database, dataDir);
  const events = createEventBus();
  const settings = createSettingsService(createSettingsRepo(database.db));
  const profile = createProfileService(createProfileRepo(database.db));

  const disposers: (() => Promise<void> | void)[] = [];
  return {
    dataDir,
    database,
    events,
    settings,
    profile,
    async close() {
      for (const dispose of disposers.reverse()) await dispose();
      database.close();
    },
  };
}
