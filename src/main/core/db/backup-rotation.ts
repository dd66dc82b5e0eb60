import type Database from 'better-sqlite3';
import { chmodSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Rotating daily and weekly copies of the database, made with SQLite's online backup API (pages are
 * copied while the app keeps working). Seven daily and four weekly copies are kept; each is written
 * to a temporary name first and is readable by its owner only.
 */
export const ROTATION = {
  daily: { keep: 7, everyMs: 24 * 3600_000 },
  weekly: { keep: 4, everyMs: 7 * 24 * 3600_000 },
} as const;
export type RotationKind = keyof typeof ROTATION;
const DIR = 'backups';

export interface RotatedBackup {
  kind: RotationKind;
  file: string;
  /** When it was made (from its name, so copying the folder keeps the schedule). */
  at: number;
}

const NAME = /^jobsmith-(daily|weekly)-(\d+)\.sqlite$/;

export function listRotated(dataDir: string): RotatedBackup[] {
  const dir = path.join(dataDir, DIR);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => NAME.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ kind: m[1] as RotationKind, file: path.join(dir, m[0]), at: Number(m[2]) }))
    .sort((a, b) => b.at - a.at);
}

/** Makes whichever of the daily and weekly copies is due, then drops the oldest beyond the limits. */
export async function rotateBackups(
  sqlite: Database.Database,
  dataDir: string,
  now = Date.now(),
): Promise<RotatedBackup[]> {
  const dir = path.join(dataDir, DIR);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const made: RotatedBackup[] = [];
  for (const kind of ['daily', 'weekly'] as const) {
    const newest = listRotated(dataDir).find((b) => b.kind === kind);
    if (newest && now - newest.at < ROTATION[kind].everyMs) continue;
    const file = path.join(dir, `jobsmith-${kind}-${now}.sqlite`);
    const partial = `${file}.partial`;
    await sqlite.backup(partial);
    chmodSync(partial, 0o600);
    renameSync(partial, file);
    made.push({ kind, file, at: now });
    for (const old of listRotated(dataDir)
      .filter((b) => b.kind === kind)
      .slice(ROTATION[kind].keep))
      unlinkSync(old.file);
  }
  return made;
}

/** Owner-only permissions on the database and its WAL/SHM files (no-op on Windows). */
export function restrictToOwner(file: string): void {
  if (process.platform === 'win32') return;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if (statSync(f).mode & 0o077) chmodSync(f, 0o600);
    } catch {
      // the WAL/SHM files exist only while the database is open
    }
  }
}
