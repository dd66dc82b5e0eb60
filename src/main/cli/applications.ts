import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import {
  ApplicationSort,
  EventKind,
  InterviewKind,
  type ApplicationSummary,
  type ImportPreviewResult,
} from '../../shared/domain/application';
import { AppError } from '../../shared/ipc/result';
import { parseStatus } from '../core/applications/applications-service';
import type { CliContext, CommandGroup } from './context';

/** `app …`: track applications (add, move, log, list, show, stats, import, export, snapshot, reminders). */

const LOGGABLE = EventKind.options.filter((k) => k !== 'status');
const MIME: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.html': 'text/html',
};

function oneOf<T extends string>(value: string, options: readonly T[], what: string): T {
  if (!options.includes(value as T))
    throw new AppError('VALIDATION', `"${value}" is not a ${what}. Use one of: ${options.join(', ')}.`);
  return value as T;
}

function printRows(rows: ApplicationSummary[]): void {
  if (!rows.length) return console.log('No applications.');
  for (const a of rows)
    console.log(
      `${a.id}  ${a.status.padEnd(12)} ${a.statusOn}  ${a.title.slice(0, 40).padEnd(40)} ${a.company.slice(0, 28)}`,
    );
}

function printImport(result: ImportPreviewResult, dryRun: boolean): void {
  console.log(
    `Read as a ${result.shape} export: ${Object.entries(result.columns)
      .map(([c, f]) => `${c} -> ${f}`)
      .join(', ')}`,
  );
  for (const r of result.rows.slice(0, dryRun ? 50 : 0))
    console.log(
      `  line ${r.line}: ${r.status.padEnd(12)} ${r.title} — ${r.company}${r.appliedOn ? ` (applied ${r.appliedOn})` : ''}`,
    );
  for (const p of result.problems) console.error(`  ! line ${p.line}: ${p.message}`);
}

function registerReading(app: Command, ctx: CliContext): void {
  app
    .command('list')
    .description('list applications, most recently changed first')
    .option('--status <status>', 'only this status')
    .option('--search <text>', 'full-text search in notes, timeline, contacts and the job')
    .option('--sort <field>', `sort by ${ApplicationSort.options.join(', ')}`, 'updated')
    .option('--json', 'print as JSON')
    .action((opts: { status?: string; search?: string; sort: string; json?: boolean }) => {
      const rows = ctx.core().applications.applications.list({
        ...(opts.status ? { status: parseStatus(opts.status) } : {}),
        ...(opts.search ? { search: opts.search } : {}),
        sort: oneOf(opts.sort, ApplicationSort.options, 'sort field'),
      });
      if (opts.json) return ctx.printJson(rows);
      printRows(rows);
    });
  app
    .command('show <id>')
    .description('show one application with its status history, timeline, contacts, reminders and snapshots')
    .option('--json', 'print as JSON')
    .action((id: string, opts: { json?: boolean }) => {
      const d = ctx.core().applications.applications.get(id);
      if (opts.json) return ctx.printJson(d);
      console.log(
        `${d.job.title} — ${d.job.company}   ${d.application.status}${d.application.appliedOn ? ` (applied ${d.application.appliedOn})` : ''}`,
      );
      for (const h of d.history) console.log(`  ${h.on}  ${h.from ?? '·'} -> ${h.to}`);
      for (const e of d.timeline)
        console.log(`  ${e.at}  ${e.kind}: ${e.title}${e.note ? ` — ${e.note.split('\n')[0]}` : ''}`);
      for (const s of d.snapshots)
        console.log(
          `  snapshot ${s.createdAt}: job ${s.jobSha256.slice(0, 12)}, ${s.files.map((f) => `${f.name} ${f.sha256.slice(0, 12)}`).join(', ') || 'no files'}`,
        );
    });
  app
    .command('stats')
    .description('the funnel, response rate, median days to a first response, and outcomes by source and match band')
    .option('--json', 'print as JSON')
    .action((opts: { json?: boolean }) => {
      const s = ctx.core().applications.applications.stats();
      if (opts.json) return ctx.printJson(s);
      console.log(
        `Applications: ${s.total}. Funnel: applied ${s.funnel.applied} -> screening ${s.funnel.screening} -> interviewing ${s.funnel.interviewing} -> offer ${s.funnel.offer}`,
      );
      console.log(
        `Response rate ${(s.responseRate * 100).toFixed(1)}%, median ${s.medianDaysToResponse ?? '-'} days to a first response`,
      );
      for (const b of s.byMatchBand)
        console.log(`  match ${b.key.padEnd(9)} applied ${b.applied}, interviews ${b.interviews}, offers ${b.offers}`);
    });
  app
    .command('reminders')
    .description('the reminder inbox: fired reminders first, then upcoming ones')
    .option('--json', 'print as JSON')
    .action((opts: { json?: boolean }) => {
      const rows = ctx.core().applications.reminders.inbox();
      if (opts.json) return ctx.printJson(rows);
      for (const r of rows)
        console.log(`${r.id}  ${(r.snoozedUntil ?? r.dueAt).slice(0, 16)}  ${r.firedAt ? 'due ' : '    '} ${r.title}`);
    });
}

function registerWriting(app: Command, ctx: CliContext): void {
  app
    .command('add')
    .description('track an application for a stored job')
    .requiredOption('--job <id>', 'the job (see `job list`)')
    .option('--status <status>', 'its status', 'saved')
    .option('--date <YYYY-MM-DD>', 'the day of that status (default today)')
    .option('--source <text>', 'where it came from (LinkedIn, referral...)')
    .option('--json', 'print the new application as JSON')
    .action((opts: { job: string; status: string; date?: string; source?: string; json?: boolean }) => {
      const created = ctx.core().applications.applications.add({
        jobId: opts.job,
        status: parseStatus(opts.status),
        ...(opts.date ? { on: opts.date } : {}),
        ...(opts.source ? { source: opts.source } : {}),
      });
      if (opts.json) return ctx.printJson(created);
      console.log(`Added ${created.id} (${created.status}).`);
    });
  app
    .command('move <id> <status>')
    .description('move an application to a status, optionally back-dated')
    .option('--date <YYYY-MM-DD>', 'the day it happened (default today)')
    .action((id: string, status: string, opts: { date?: string }) => {
      const moved = ctx.core().applications.applications.move(id, parseStatus(status), opts.date);
      console.log(`${moved.id} is now ${moved.status}.`);
    });
  app
    .command('log <id> <kind>')
    .description(`add a timeline event (${LOGGABLE.join(', ')})`)
    .option('--date <date>', 'YYYY-MM-DD or a date-time (2026-03-25T14:00)', undefined)
    .option('--note <markdown>', 'a note, in Markdown', '')
    .option('--title <text>', 'a title (default: from the kind)', '')
    .option('--round <n>', 'interview round', '1')
    .option('--interview-kind <kind>', `interview kind (${InterviewKind.options.join(', ')})`, 'video')
    .option('--people <names>', 'interviewers, comma-separated', '')
    .action(
      (
        id: string,
        kind: string,
        opts: { date?: string; note: string; title: string; round: string; interviewKind: string; people: string },
      ) => {
        const k = oneOf(kind, LOGGABLE, 'timeline event kind');
        const at = opts.date ?? new Date().toISOString().slice(0, 10);
        const interview =
          k === 'interview'
            ? {
                round: Number.parseInt(opts.round, 10),
                kind: oneOf(opts.interviewKind, InterviewKind.options, 'interview kind'),
                people: opts.people
                  .split(',')
                  .map((p) => p.trim())
                  .filter(Boolean),
              }
            : null;
        const event = ctx
          .core()
          .applications.applications.log(id, { kind: k, at, note: opts.note, title: opts.title, interview });
        console.log(`Logged ${event.kind} on ${event.at}.`);
      },
    );
  app
    .command('remind <id>')
    .description('add a reminder of your own (a follow-up date, a deadline)')
    .requiredOption('--at <date-time>', 'when, e.g. 2026-03-25T09:00')
    .requiredOption('--title <text>', 'what to do')
    .action((id: string, opts: { at: string; title: string }) => {
      const r = ctx.core().applications.applications.remind(id, opts.at, opts.title);
      console.log(`Reminder ${r.id} at ${r.dueAt}.`);
    });
  app
    .command('snapshot <id> [files...]')
    .description('record exactly what was sent: the job now, its match score, and the exported files given')
    .option('--json', 'print the snapshot as JSON')
    .action(async (id: string, files: string[], opts: { json?: boolean }) => {
      const exported = [];
      for (const file of files) {
        const info = await stat(file).catch(() => null);
        if (!info?.isFile()) throw new AppError('NOT_FOUND', `There is no file at ${file}.`);
        exported.push({
          name: path.basename(file),
          mime: MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          bytes: new Uint8Array(await readFile(file)),
        });
      }
      const snapshot = ctx.core().applications.snapshots.take(id, exported);
      if (opts.json) return ctx.printJson(snapshot);
      console.log(
        `Snapshot ${snapshot.id}: job ${snapshot.jobSha256.slice(0, 12)}; ${snapshot.files.map((f) => `${f.name} sha256 ${f.sha256}`).join('; ') || 'no files'}`,
      );
    });
  app
    .command('import <file>')
    .description('import a CSV export (Huntr, Teal, or a spreadsheet with title and company columns)')
    .option('--dry-run', 'only show how the file is read; store nothing')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts: { dryRun?: boolean; json?: boolean }) => {
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) throw new AppError('NOT_FOUND', `There is no file at ${file}.`);
      const csv = await readFile(file, 'utf8');
      const transfer = ctx.core().applications.transfer;
      if (opts.dryRun) {
        const preview = transfer.preview(csv);
        if (opts.json) return ctx.printJson(preview);
        printImport(preview, true);
        return console.log(
          `${preview.rows.length} rows can be imported; ${preview.problems.length} cannot. Nothing was stored (dry run).`,
        );
      }
      const result = transfer.importCsv(csv);
      if (opts.json) return ctx.printJson(result);
      printImport(result, false);
      console.log(
        `Imported ${result.imported}; ${result.skipped.length} already tracked; ${result.problems.length} rows could not be read.`,
      );
    });
  app
    .command('export')
    .description('export applications as CSV, or interviews and reminders as an .ics calendar')
    .requiredOption('--format <format>', 'csv or ics')
    .requiredOption('--out <file>', 'where to write it')
    .action(async (opts: { format: string; out: string }) => {
      const { content } = ctx
        .core()
        .applications.transfer.export(oneOf(opts.format, ['csv', 'ics'] as const, 'format'));
      await writeFile(opts.out, content);
      console.log(`Wrote ${opts.out}.`);
    });
}

export const registerApplicationCommands: CommandGroup = (program, ctx) => {
  const app = program
    .command('app')
    .description('track applications from saved to offer: statuses, timeline, reminders, statistics, CSV/ICS');
  registerWriting(app, ctx);
  registerReading(app, ctx);
};
