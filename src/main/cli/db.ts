import { listBackups, restoreBackup } from '../core/db/backups';
import type { CommandGroup } from './context';

export const registerDbCommands: CommandGroup = (program, ctx) => {
  const db = program.command('db').description('check, back up and restore the database');
  db.command('check')
    .description('open the database, run the integrity check and apply migrations')
    .action(() => {
      const core = ctx.core();
      console.log(`OK: ${core.database.file} (schema version ${core.database.schemaVersion})`);
    });
  const backupsCommand = db
    .command('backups')
    .description('list the backups, newest first')
    .option('--json', 'print as JSON')
    .action((opts: { json?: boolean }) => {
      const backups = listBackups(ctx.dataDir());
      if (opts.json) return ctx.printJson(backups);
      if (backups.length === 0) return console.log('No backups yet.');
      for (const b of backups) console.log(`${b.createdAt}  ${(b.bytes / 1024).toFixed(0).padStart(6)} KB  ${b.file}`);
    });
  const restoreCommand = db
    .command('restore')
    .argument('[backup]', 'backup file to restore (default: the newest)')
    .description('replace the database with a backup; the current file is moved aside, not deleted')
    .action((backup?: string) => {
      const result = restoreBackup(ctx.dataDir(), backup);
      console.log(`Restored ${result.restored}.`);
      if (result.movedAside) console.log(`The previous database was kept as ${result.movedAside}.`);
    });
  // Neither opens the database (restore must not: it replaces the file).
  ctx.withoutCore(backupsCommand);
  ctx.withoutCore(restoreCommand);
};
