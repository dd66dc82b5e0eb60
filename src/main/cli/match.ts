import { existsSync, readFileSync, statSync } from 'node:fs';
import { AppError } from '../../shared/ipc/result';
import type { JobAnalysis, MatchExplanation } from '../../shared/domain/match';
import type { CommandGroup } from './context';

const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Reads a job description file as UTF-8 text, exactly (offsets in `analyze` index into this). */
export function readJobFile(file: string): string {
  if (!existsSync(file)) throw new AppError('BAD_INPUT', `No file at ${file}.`);
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES)
    throw new AppError(
      'BAD_INPUT',
      `${file} is ${Math.round(size / 1024)} KB; a job description file may be at most 2 MB of plain text.`,
    );
  const buffer = readFileSync(file);
  if (buffer.subarray(0, 8192).includes(0)) {
    throw new AppError(
      'BAD_INPUT',
      `${file} looks like a binary file. Save the job description as plain text (.txt) first.`,
    );
  }
  return buffer.toString('utf8');
}

/** The first line as a title when it is short enough to be one. */
function titleFrom(text: string): string {
  const first =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  return first.length <= 100 ? first : '';
}

function printAnalysis(a: JobAnalysis): void {
  console.log(
    `Seniority: ${a.seniority ?? '-'}   Years: ${a.yearsRequired ?? '-'}   Remote: ${a.location.workMode}   Education: ${a.education?.level ?? '-'}`,
  );
  if (a.salary)
    console.log(
      `Salary: ${a.salary.min ?? '?'}–${a.salary.max ?? '?'} ${a.salary.currency ?? ''} per ${a.salary.period ?? '?'}`,
    );
  if (a.spokenLanguages.length)
    console.log(`Languages: ${a.spokenLanguages.map((l) => `${l.language} (${l.strength})`).join(', ')}`);
  for (const strength of ['required', 'preferred', 'mentioned'] as const) {
    const list = a.requirements.filter((r) => r.strength === strength);
    if (list.length)
      console.log(
        `${strength.padEnd(10)} ${list.map((r) => (r.years ? `${r.name} (${r.years}y)` : r.name)).join(', ')}`,
      );
  }
}

function printMatch(m: MatchExplanation): void {
  console.log(`Match ${m.score}/100  (formula ${m.formulaVersion})`);
  for (const s of m.subScores)
    console.log(
      `  ${s.label.padEnd(22)} ${s.score === null ? '  n/a' : String(Math.round(s.score)).padStart(5)}  w${s.weight}  ${s.detail}`,
    );
  console.log('\nMatched:');
  for (const k of m.matched)
    console.log(
      `  ✓ ${k.skill} [${k.strength}]${k.via ? ` via ${k.via}` : ''}  ← ${k.evidence[0]!.factId}: ${k.evidence[0]!.text.slice(0, 90)}`,
    );
  console.log('\nMissing:');
  for (const k of m.missing) console.log(`  ✗ ${k.skill} [${k.strength}]  ${k.hint}`);
}

export const registerMatchCommands: CommandGroup = (program, ctx) => {
  const analyze = program
    .command('analyze <text-file>')
    .description(
      'analyse a job description: skills with offsets and strength, years, seniority, education, languages, location, salary',
    )
    .option('--title <title>', 'job title (not part of the text; skills in it count as required)')
    .option(
      '--json',
      'print the analysis as JSON; skills[].start/end are offsets into the file text as read (UTF-8 decoded, JavaScript string indices, end exclusive)',
    )
    .action(async (file: string, opts: { title?: string; json?: boolean }) => {
      const text = readJobFile(file);
      const { analyzeJob } = await import('../core/match/analyze-job'); // the skills taxonomy: loaded only here
      const analysis = analyzeJob({ title: opts.title ?? '', text });
      if (opts.json) return ctx.printJson(analysis);
      printAnalysis(analysis);
    });
  ctx.withoutCore(analyze);

  program
    .command('match')
    .description('score your profile against a stored job (id) or a job description file, with evidence')
    .requiredOption('--job <id|file>', 'a stored job id, or a path to a plain-text job description')
    .option('--title <title>', 'job title when --job is a file (default: its first line if short)')
    .option('--semantic', 'add the semantic layer with the on-device model set in Settings → AI')
    .option('--json', 'print the explanation as JSON')
    .action(async (opts: { job: string; title?: string; json?: boolean; semantic?: boolean }) => {
      const core = ctx.core();
      let result: MatchExplanation;
      if (existsSync(opts.job) && statSync(opts.job).isFile()) {
        const text = readJobFile(opts.job);
        result = await core.match.matchText(
          { title: opts.title ?? titleFrom(text), text },
          { semantic: opts.semantic ?? false },
        );
      } else {
        result = await core.match.matchJob(opts.job, { semantic: opts.semantic ?? false });
      }
      if (core.profile.get().isEmpty)
        console.error(
          'Note: your profile is empty, so nothing can match. Import a CV first: npm run cli -- import <file>',
        );
      if (opts.json) return ctx.printJson(result);
      printMatch(result);
    });

  program
    .command('skills')
    .description('list the skills your profile proves, each with its evidence and years')
    .option('--json', 'print the profile analysis as JSON')
    .action((opts: { json?: boolean }) => {
      const a = ctx.core().match.profileAnalysis();
      if (opts.json) return ctx.printJson(a);
      console.log(
        `${a.totalYears} years of work; level ${a.seniority ?? '-'}; education ${a.education.level}; languages ${a.spokenLanguages.join(', ') || '-'}`,
      );
      for (const s of a.skills)
        console.log(
          `${s.name.padEnd(28)} ${s.years === null ? '   -' : `${String(s.years).padStart(4)}y`}  ${s.evidence.map((e) => e.factId).join(', ')}`,
        );
    });

  program
    .command('rank')
    .description('score every stored job against your profile, best first')
    .option('--limit <n>', 'how many to show', '20')
    .option('--json', 'print the ranking as JSON')
    .action((opts: { limit: string; json?: boolean }) => {
      const limit = Math.max(1, Math.min(10_000, Number.parseInt(opts.limit, 10) || 20));
      const { ranked, scored } = ctx.core().match.rankAll(limit);
      if (opts.json) return ctx.printJson({ ranked, scored });
      console.log(`Scored ${scored} jobs.`);
      for (const r of ranked)
        console.log(
          `${String(r.score).padStart(3)}  ${r.title} — ${r.company}  [${r.jobId}]${r.missingRequired.length ? `  missing: ${r.missingRequired.slice(0, 4).join(', ')}` : ''}`,
        );
    });
};
