import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '../../../shared/domain/privacy';
import { AppError } from '../../../shared/ipc/result';
import { listBackups, restoreBackup } from '../db/backups';

/**
 * Restoring a backup from the app: the open database cannot be swapped under the running core, so
 * the choice is recorded and applied when the app next starts, before the database is opened. The
 * current file is moved aside, never deleted (restoreBackup).
 */
const PENDING = 'restore-pending.json';

export function backupEntries(dataDir: string): BackupEntry[] {
  return listBackups(dataDir).map((b) => ({
    fileName: path.basename(b.file),
    kind: /-(daily|weekly)-/.exec(b.file)?.[1] ?? (b.file.includes('before-migration') ? 'before-migration' : 'other'),
    createdAt: b.createdAt,
    bytes: b.bytes,
  }));
}

/** Only a backup the list shows may be chosen: the renderer names a file, never a path. */
export function scheduleRestore(dataDir: string, fileName: string): { pending: string } {
  if (!backupEntries(dataDir).some((b) => b.fileName === fileName)) {
    throw new AppError('NOT_FOUND', `There is no backup called "${fileName}". Pick one from the list.`);
  }
  writeFileSync(path.join(dataDir, PENDING), JSON.stringify({ fileName }), { mode: 0o600 });
  return { pending: fileName };
}

/** Called by createCore before it opens the database. */
export function applyPendingRestore(dataDir: string): { restored: string } | null {
  const marker = path.join(dataDir, PENDING);
  if (!existsSync(marker)) return null;
  let fileName: string | undefined;
  try {
    fileName = (JSON.parse(readFileSync(marker, 'utf8')) as { fileName?: string }).fileName;
  } finally {
    rmSync(marker, { force: true }); // never retried in a loop, whatever happens next
  }
  const chosen = listBackups(dataDir).find((b) => path.basename(b.file) === fileName);
  if (!chosen) return null;
  return { restored: restoreBackup(dataDir, chosen.file).restored };
}
