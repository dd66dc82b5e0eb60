import type Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';

export const DATABASE_FILE_NAME = 'jobsmith.sqlite';
const BACKUP_DIR = 'backups';
const KEEP = 10;

export interface BackupInfo {
  file: string;
  createdAt: string;
  bytes: number;
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** Consistent online copy (VACUUM INTO), then keeps only the newest backups. */
export function createBackup(sqlite: Database.Database, dataDir: string, reason: string): string {
  const dir = path.join(dataDir, BACKUP_DIR);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const target = path.join(dir, `jobsmith-${stamp()}-${reason.replace(/[^a-z0-9-]/gi, '')}.sqlite`);
  sqlite.prepare('VACUUM INTO ?').run(target);
  chmodSync(target, 0o600);
  for (const old of listBackups(dataDir)
    .filter((b) => !/jobsmith-(daily|weekly)-\d+\.sqlite$/.test(b.file))
    .slice(KEEP))
    unlinkSync(old.file);
  return target;
}

/** Newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = path.join(dataDir, BACKUP_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sqlite'))
    .map((name) => {
      const file = path.join(dir, name);
      const stat = statSync(file);
      return { file, createdAt: stat.mtime.toISOString(), bytes: stat.size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

/**
 * Puts a backup in place of the current database. The current file (and its WAL/SHM) is moved aside as
 * `jobsmith.damaged-<time>.sqlite`, never deleted, so nothing the user had is lost.
 */
export function restoreBackup(dataDir: string, backupFile?: string): { restored: string; movedAside?: string } {
  const chosen = backupFile ?? listBackups(dataDir)[0]?.file;
  if (!chosen || !existsSync(chosen)) throw new Error('No backup to restore was found.');
  const live = path.join(dataDir, DATABASE_FILE_NAME);
  let movedAside: string | undefined;
  if (existsSync(live)) {
    movedAside = path.join(dataDir, `jobsmith.damaged-${stamp()}.sqlite`);
    renameSync(live, movedAside);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(live + suffix)) renameSync(live + suffix, movedAside + suffix);
    }
  }
  copyFileSync(chosen, live);
  chmodSync(live, 0o600);
  return movedAside ? { restored: chosen, movedAside } : { restored: chosen };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Keeps one rolling backup a day, so a damaged file can always be restored from yesterday. */
export function keepDailyBackup(sqlite: Database.Database, dataDir: string): void {
  const newest = listBackups(dataDir)[0];
  if (newest && Date.now() - Date.parse(newest.createdAt) < DAY_MS) return;
  createBackup(sqlite, dataDir, 'daily');
}
