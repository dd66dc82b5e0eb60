import type { Command } from 'commander';
import { AtsProvider, JobStatus, RemoteType, type Job, type JobDraft, type JobSummary } from '../../shared/domain/job';
import { AppError } from '../../shared/ipc/result';
import type { CaptureInput } from '../core/jobs/jobs-service';
import type { CliContext, CommandGroup } from './context';

/** `job …` (capture, list, show) and `watch …` (company job boards, saved searches, inbox). */

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A URL, `-` for text on stdin, or a file (PDF, DOCX, TXT, or a saved .html page). */
async function captureInput(source: string): Promise<CaptureInput> {
  if (/^https?:\/\//i.test(source)) return { kind: 'url', url: source };
  if (source === '-') return { kind: 'paste', text: await readStdin() };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source))
    throw new AppError('BAD_INPUT', `Only http(s) addresses can be captured, not ${source.split(':')[0]}:.`);
  return { kind: 'file', path: source };
}

const salaryText = (j: Pick<JobDraft, 'salary'>): string =>
  j.salary
    ? `${j.salary.currency ?? ''} ${j.salary.min?.toLocaleString('en') ?? '?'}–${j.salary.max?.toLocaleString('en') ?? '?'}${j.salary.period ? ` a ${j.salary.period}` : ''}`.trim()
    : '-';

function printDraft(j: JobDraft): void {
  console.log(`${j.title} — ${j.company || '(company unknown)'}`);
  console.log(
    `Location: ${j.locations.join('; ') || '-'}   Remote: ${j.remote}   Type: ${j.employmentType ?? '-'}   Seniority: ${j.seniority ?? '-'}`,
  );
  console.log(
    `Salary: ${salaryText(j)}   Posted: ${j.postedAt ?? '-'}   Language: ${j.language ?? '-'}   Via: ${j.extractedBy}`,
  );
  if (j.sourceUrl) console.log(`Source: ${j.sourceUrl}`);
  for (const entry of j.captureLog) console.log(`  ${entry.level === 'warning' ? '!' : '·'} ${entry.message}`);
  console.log(`\n${j.descriptionText.slice(0, 1500)}${j.descriptionText.length > 1500 ? '\n…' : ''}`);
}

function printList(rows: JobSummary[]): void {
  if (!rows.length) return console.log('No jobs.');
  for (const j of rows)
    console.log(
      `${j.id}  ${j.status.padEnd(8)} ${j.title.slice(0, 50).padEnd(50)} ${j.company.slice(0, 28).padEnd(28)} ${j.locations[0]?.slice(0, 30) ?? ''}`,
    );
}

function registerJobCommands(program: Command, ctx: CliContext): void {
  const job = program
    .command('job')
    .description('capture job postings (URL, file, pasted text) and manage the stored ones');
  job
    .command('extract <url-or-file>')
    .description(
      'print the job extracted from a URL, a file (PDF, DOCX, TXT, saved .html page) or stdin (-), without storing it',
    )
    .option('--json', 'print the extracted job as JSON')
    .action(async (source: string, opts: { json?: boolean }) => {
      const preview = await ctx.core().jobs.extract(await captureInput(source));
      if (opts.json) return ctx.printJson(preview);
      printDraft(preview.draft);
      if (preview.duplicateOf) console.log(`\nAlready stored as ${preview.duplicateOf.id}.`);
    });
  job
    .command('add <url-or-file>')
    .description('capture a job and store it (the same posting twice is stored once)')
    .option('--status <status>', `initial status (${JobStatus.options.join(', ')})`, 'saved')
    .option('--json', 'print the stored job as JSON')
    .action(async (source: string, opts: { status: string; json?: boolean }) => {
      const status = JobStatus.parse(opts.status);
      const result = await ctx.core().jobs.add(await captureInput(source), { status });
      if (opts.json) return ctx.printJson(result);
      console.log(
        `${result.duplicate ? 'Already stored' : 'Stored'}: ${result.job.id}  ${result.job.title} — ${result.job.company}`,
      );
    });
  job
    .command('list')
    .description('list stored jobs, newest first')
    .option('-s, --search <text>', 'full-text search in title, company and description')
    .option('--status <status>', 'only this status')
    .option('--company <name>', 'company name contains')
    .option('--remote <type>', `only this work mode (${RemoteType.options.join(', ')})`)
    .option('--limit <n>', 'at most this many', '100')
    .option('--json', 'print as JSON')
    .action(
      (opts: {
        search?: string;
        status?: string;
        company?: string;
        remote?: string;
        limit: string;
        json?: boolean;
      }) => {
        const rows = ctx.core().jobs.list({
          text: opts.search,
          status: opts.status ? JobStatus.parse(opts.status) : undefined,
          company: opts.company,
          remote: opts.remote ? RemoteType.parse(opts.remote) : undefined,
          limit: Math.min(5000, Math.max(1, Number(opts.limit) || 100)),
        });
        if (opts.json) return ctx.printJson(rows);
        printList(rows);
      },
    );
  job
    .command('show <id>')
    .description('show one stored job with its capture log')
    .option('--json', 'print as JSON (with the list of captures)')
    .action((id: string, opts: { json?: boolean }) => {
      const stored: Job = ctx.core().jobs.get(id);
      if (opts.json) return ctx.printJson(ctx.core().jobs.detail(id));
      printDraft(stored);
    });
  job
    .command('rm <id>')
    .description('delete a stored job (and its raw captures)')
    .action((id: string) => {
      const { removed } = ctx.core().jobs.remove(id);
      console.log(removed ? 'Deleted.' : 'No such job.');
    });
}

function registerWatchCommands(program: Command, ctx: CliContext): void {
  const watch = program
    .command('watch')
    .description("watch companies' public job boards (Greenhouse, Lever, Ashby, SmartRecruiters, Workable, Recruitee)");
  watch
    .command('add <board>')
    .description('add a board by URL (https://jobs.lever.co/acme) or as provider:name (greenhouse:acme)')
    .option('--provider <provider>', `the ATS, when <board> is a bare name (${AtsProvider.options.join(', ')})`)
    .option('--label <label>', 'a display name for the company')
    .action(async (board: string, opts: { provider?: string; label?: string }) => {
      const added = await ctx
        .core()
        .watch.addBoard(board, opts.provider ? AtsProvider.parse(opts.provider) : undefined, opts.label);
      console.log(`Watching ${added.label} (${added.provider}:${added.board})  id ${added.id}`);
    });
  watch
    .command('list')
    .description('list watched boards')
    .option('--json', 'print as JSON')
    .action((opts: { json?: boolean }) => {
      const boards = ctx.core().watch.boards();
      if (opts.json) return ctx.printJson(boards);
      if (!boards.length) return console.log('The watchlist is empty. Add a board with `watch add`.');
      for (const b of boards)
        console.log(
          `${b.id}  ${b.label.padEnd(24)} ${`${b.provider}:${b.board}`.padEnd(32)} checked ${b.lastCheckedAt ?? 'never'}${b.lastError ? `  ! ${b.lastError}` : ''}`,
        );
    });
  watch
    .command('rm <id>')
    .description('stop watching a board')
    .action((id: string) => console.log(ctx.core().watch.removeBoard(id).removed ? 'Removed.' : 'No such board.'));
  watch
    .command('refresh [id]')
    .description('check the watched boards now (or one of them); new matching postings go to the inbox')
    .option('--json', 'print as JSON')
    .action(async (id: string | undefined, opts: { json?: boolean }) => {
      const results = await ctx.core().watch.refresh(id);
      if (opts.json) return ctx.printJson(results);
      for (const r of results)
        console.log(`${r.label.padEnd(24)} ${r.error ? `! ${r.error}` : `${r.found} open, ${r.added} new`}`);
    });
  watch
    .command('inbox')
    .description('list new postings found by the watchlist')
    .option('--json', 'print as JSON')
    .action((opts: { json?: boolean }) => {
      const rows = ctx.core().jobs.list({ status: 'new', limit: 500 });
      if (opts.json) return ctx.printJson(rows);
      printList(rows);
    });
  const search = watch.command('search').description('saved searches: which new postings reach the inbox');
  search
    .command('add <name>')
    .option('--keywords <list>', 'comma-separated; a posting needs any one of them', '')
    .option('--location <text>', 'a location the posting must name', '')
    .option('--remote-only', 'only remote postings')
    .action((name: string, opts: { keywords: string; location: string; remoteOnly?: boolean }) => {
      const saved = ctx.core().watch.addSearch({
        name,
        keywords: opts.keywords
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean),
        location: opts.location,
        remoteOnly: Boolean(opts.remoteOnly),
      });
      console.log(`Saved search ${saved.name}  id ${saved.id}`);
    });
  search
    .command('list')
    .option('--json', 'print as JSON')
    .action((opts: { json?: boolean }) => {
      const searches = ctx.core().watch.searches();
      if (opts.json) return ctx.printJson(searches);
      if (!searches.length) return console.log('No saved searches: every new posting reaches the inbox.');
      for (const s of searches)
        console.log(
          `${s.id}  ${s.name.padEnd(20)} keywords: ${s.keywords.join(', ') || '-'}  location: ${s.location || '-'}${s.remoteOnly ? '  remote only' : ''}`,
        );
    });
  search
    .command('rm <id>')
    .action((id: string) => console.log(ctx.core().watch.removeSearch(id).removed ? 'Removed.' : 'No such search.'));
}

export const registerJobsCommands: CommandGroup = (program, ctx) => {
  registerJobCommands(program, ctx);
  registerWatchCommands(program, ctx);
};
