import path from 'node:path';
import { IMPORT_FORMAT_LABELS } from '../../shared/domain/profile-import';
import type { CommandGroup } from './context';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export const registerImportCommands: CommandGroup = (program, ctx) => {
  const importCommand = program
    .command('import')
    .description(
      'import a CV (PDF, DOCX, TXT, Markdown, JSON Resume, Reactive Resume, LinkedIn export zip) into your profile',
    )
    .argument('<file>', 'the document to import')
    .option('--json', 'print the parsed profile as JSON Resume and store nothing')
    .option('--merge', 'merge into the stored profile instead of replacing it (no duplicates)')
    .action(async (file: string, opts: { json?: boolean; merge?: boolean }) => {
      // The parsers (pdfjs, mammoth, ...) load only when a document is imported.
      const { importDocument, readImportFile } = await import('../core/profile/import');
      const bytes = await readImportFile(path.resolve(file));
      const fileName = path.basename(file);
      if (opts.json) {
        // Parsing needs no database: do not open (or create) one, nor load the core, just to print.
        const result = await importDocument(bytes, fileName, { inProcess: true });
        const { toJsonResume } = await import('../core/profile/json-resume-export');
        return ctx.printJson(toJsonResume(result.profile));
      }
      await ctx.loadCore();
      const core = ctx.core();
      const preview = await core.profileImport.parse(bytes, fileName, { inProcess: true });
      const applied = core.profile.applyImport(preview.profile, opts.merge ? 'merge' : 'replace', {
        fileName,
        format: preview.format,
      });
      const p = applied.profile;
      console.log(
        `${opts.merge ? 'Merged' : 'Imported'} ${fileName} (${IMPORT_FORMAT_LABELS[preview.format]}) in ${preview.ms} ms as version ${applied.versionId}.`,
      );
      console.log(
        `${p.basics.name || '(no name)'}: ${count(p.work.length, 'job')}, ${`${p.education.length} education ${p.education.length === 1 ? 'entry' : 'entries'}`}, ${count(p.skills.length, 'skill')}, ${count(p.projects.length, 'project')}.`,
      );
      for (const w of preview.warnings) console.log(`Note: ${w}`);
      if (preview.uncertain.length)
        console.log(
          `Check in the app: ${preview.uncertain.length} field(s) the parser was unsure of (${preview.uncertain.slice(0, 5).join(', ')}${preview.uncertain.length > 5 ? ', …' : ''}).`,
        );
    });
  ctx.withoutCore(importCommand);

  program
    .command('import-github')
    .description(
      "turn a GitHub user's public repositories into projects (through the network gateway; respects offline mode)",
    )
    .argument('<username>', 'the GitHub username')
    .option('--json', 'print the projects as JSON Resume and store nothing')
    .action(async (username: string, opts: { json?: boolean }) => {
      const core = ctx.core();
      const preview = await core.profileImport.parseGithub(username);
      const { toJsonResume } = await import('../core/profile/json-resume-export');
      if (opts.json) return ctx.printJson(toJsonResume(preview.profile));
      const applied = core.profile.applyImport(preview.profile, 'merge', {
        fileName: preview.fileName,
        format: 'github',
      });
      const added = applied.sections.projects?.added ?? 0;
      console.log(
        `Merged ${count(added, 'project')} from ${preview.fileName} into your profile as version ${applied.versionId}.`,
      );
    });

  const versions = program.command('versions').description("your profile's version history");
  versions
    .command('list', { isDefault: true })
    .description('list the versions, newest first')
    .option('--json', 'print as JSON')
    .action((opts: { json?: boolean }) => {
      const list = ctx.core().profile.listVersions();
      if (opts.json) return ctx.printJson(list);
      if (!list.length) return console.log('No versions yet. Import a CV or edit your profile.');
      for (const v of list)
        console.log(
          `${String(v.id).padStart(4)}  ${v.createdAt.slice(0, 16).replace('T', ' ')}  ${v.kind.padEnd(7)}  ${v.label}`,
        );
    });
  versions
    .command('restore')
    .description('make an earlier version the current profile (recorded as a new version)')
    .argument('<id>', 'the version number from `versions list`')
    .action((id: string) => {
      const snapshot = ctx.core().profile.restoreVersion(Number(id));
      console.log(`Restored version ${id}: ${snapshot.profile.basics.name || '(no name)'}.`);
    });
};
