import { AppError } from '../../../shared/ipc/result';

/** The database file cannot be used as it is. Nothing has been written to it. */
export class DatabaseCorruptError extends AppError {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly backups: string[],
  ) {
    const restore =
      backups.length > 0
        ? `A backup from ${backups.length === 1 ? 'an earlier session' : 'earlier sessions'} can restore it: run \`npm run cli -- db restore\` (newest backup) or choose "Restore backup" in the app.`
        : 'No backup was found. Move the file away to start fresh, or restore it from your own backups.';
    super('DATABASE', `Jobsmith's database at ${file} is damaged (${reason}). It has not been changed. ${restore}`, {
      file,
      reason,
      backups,
    });
    this.name = 'DatabaseCorruptError';
  }
}
