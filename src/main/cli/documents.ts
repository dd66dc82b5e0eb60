import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { ExportFormat, Paper, TemplateId } from '../../shared/domain/document';
import { AppError } from '../../shared/ipc/result';
import type { CommandGroup } from './context';

const choice =
  <T extends string>(schema: { options: readonly T[] }, what: string) =>
  (value: string): T => {
    if ((schema.options as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`${what} must be one of ${schema.options.join(', ')}.`);
  };

interface ExportOpts {
  profile?: boolean;
  document?: string;
  template: TemplateId;
  format: ExportFormat;
  paper: Paper;
  out: string;
  url?: string;
}

export const registerDocumentsCommands: CommandGroup = (program, ctx) => {
  program
    .command('export')
    .description(
      'export the profile (saved as a new document version) or a stored document version as PDF, DOCX, Markdown, JSON Resume or a web page',
    )
    .option('--profile', 'export the master profile as it is now')
    .option('--document <id>', 'export this document version (see the Documents screen)')
    .option('--template <name>', 'ats | modern | classic', choice(TemplateId, '--template'), 'ats')
    .requiredOption('--format <format>', 'pdf | docx | md | json | html', choice(ExportFormat, '--format'))
    .option('--paper <size>', 'a4 | letter', choice(Paper, '--paper'), 'a4')
    .option('--url <url>', 'web page (html) only: the address its QR code points to')
    .requiredOption('--out <file>', 'file to write (or a folder: the file is named like Jane-Doe-CV.pdf)')
    .action(async (opts: ExportOpts) => {
      if (!opts.profile === !opts.document)
        throw new AppError('BAD_INPUT', 'Give exactly one of --profile or --document <id>.');
      const documents = ctx.core().documents;
      const id =
        opts.document !== undefined
          ? Number(opts.document)
          : documents.saveFromProfile({ template: opts.template, paper: opts.paper, maxPages: 2 }).id;
      if (!Number.isInteger(id))
        throw new AppError('BAD_INPUT', `--document takes a version number, not "${opts.document}".`);
      const file = await documents.export(id, opts.format, {
        template: opts.template,
        paper: opts.paper,
        ...(opts.url ? { pageUrl: opts.url } : {}),
      });
      const out =
        existsSync(opts.out) && statSync(opts.out).isDirectory() ? path.join(opts.out, file.fileName) : opts.out;
      writeFileSync(out, file.bytes);
      for (const w of file.warnings) console.error(`warning: ${w}`);
      console.log(
        `Wrote ${out} (${file.bytes.length} bytes${file.pages ? `, ${file.pages} page${file.pages > 1 ? 's' : ''}` : ''}) from document version ${id}.`,
      );
    });
};
