import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CommanderError } from 'commander';
import { ProviderKind, type ProviderConfig } from '../../shared/domain/ai';
import { LetterTone, type TailorRun } from '../../shared/domain/tailor';
import { TemplateId } from '../../shared/domain/document';
import { AppError } from '../../shared/ipc/result';
import type { Core } from '../core/app-core';
import type { CommandGroup } from './context';

/** Exit code when claims are left unresolved: the report is written, no PDF or DOCX. */
export const EXIT_FLAGS_OPEN = 3;

interface TailorCliOptions {
  job: string;
  provider?: string;
  model?: string;
  baseUrl?: string;
  tone?: string;
  template?: string;
  out: string;
}

async function resolveJob(core: Core, ref: string): Promise<string> {
  if (/^https?:\/\//i.test(ref)) return (await core.jobs.add({ kind: 'url', url: ref })).job.id;
  if (existsSync(ref) && statSync(ref).isFile()) {
    const bytes = readFileSync(ref);
    return (await core.jobs.add({ kind: 'file', name: path.basename(ref), dataBase64: bytes.toString('base64') })).job
      .id;
  }
  core.jobs.get(ref);
  return ref;
}

/** The provider to write with: none, or the one of that kind from Settings with the flags applied. */
function providerFrom(core: Core, opts: TailorCliOptions): ProviderConfig | null {
  if (!opts.provider || opts.provider === 'none') return null;
  const kind = ProviderKind.safeParse(opts.provider);
  if (!kind.success)
    throw new AppError(
      'BAD_INPUT',
      `Unknown provider "${opts.provider}". Use openai, anthropic, openai-compatible, local or none.`,
    );
  const saved = core.ai.settings.get().providers.find((p) => p.kind === kind.data);
  const model = opts.model ?? saved?.model ?? '';
  if (!model)
    throw new AppError('BAD_INPUT', `Say which model to use with --model (for local: the path of a .gguf file).`);
  return {
    id: saved?.id ?? kind.data,
    kind: kind.data,
    label: saved?.label ?? kind.data,
    enabled: true,
    model: kind.data === 'local' ? path.resolve(model) : model,
    ...((opts.baseUrl ?? saved?.baseUrl) ? { baseUrl: opts.baseUrl ?? saved?.baseUrl } : {}),
    timeoutMs: saved?.timeoutMs ?? 120_000,
    maxRetries: saved?.maxRetries ?? 1,
  };
}

export function reportOf(run: TailorRun) {
  const docOf = (blockId: string) =>
    run.letter?.kind === 'letter' && run.letter.letter.paragraphs.some((p) => p.id === blockId) ? 'letter' : 'cv';
  return {
    runId: run.id,
    job: { id: run.jobId, title: run.jobTitle, company: run.company },
    status: run.status,
    error: run.error,
    mode: run.mode,
    provider: run.providerId,
    model: run.model,
    promptVersion: run.promptVersion,
    labels: run.labels,
    stages: run.stages.map((s) => ({ stage: s.stage, status: s.status, ms: s.ms, modelMs: s.modelMs })),
    match: { before: run.matchBefore, after: run.matchAfter },
    ats: run.ats,
    flags: run.flags.map((f) => ({
      document: docOf(f.blockId),
      blockId: f.blockId,
      claim: f.text,
      kind: f.kind,
      reason: f.reason,
      status: f.status,
      start: f.start,
      end: f.end,
    })),
    files: [] as string[],
  };
}

export const registerTailorCommands: CommandGroup = (program, ctx) => {
  program
    .command('tailor')
    .description(
      'write a CV and cover letter for a job from your stored profile, check every claim, and export PDF + DOCX + report.json',
    )
    .requiredOption('--job <id|url|file>', 'a stored job id, a posting URL, or a file with the posting')
    .option(
      '--provider <kind>',
      'openai | anthropic | openai-compatible | local | none (default: none, your own words)',
      'none',
    )
    .option('--model <name>', 'the model (local: path of a .gguf file)')
    .option('--base-url <url>', 'for openai-compatible servers')
    .option('--tone <tone>', 'cover letter tone: professional | enthusiastic | concise', 'professional')
    .option('--template <id>', 'ats | modern | classic', 'ats')
    .requiredOption('--out <dir>', 'folder for the files and report.json')
    .action(async (opts: TailorCliOptions) => {
      const tone = LetterTone.safeParse(opts.tone);
      const template = TemplateId.safeParse(opts.template);
      if (!tone.success)
        throw new AppError('BAD_INPUT', `Unknown tone "${opts.tone}". Use professional, enthusiastic or concise.`);
      if (!template.success)
        throw new AppError('BAD_INPUT', `Unknown template "${opts.template}". Use ats, modern or classic.`);
      const core = ctx.core();
      if (core.profile.get().isEmpty)
        throw new AppError('BAD_INPUT', 'Your profile is empty. Import a CV first: npm run cli -- import <file>');
      const provider = providerFrom(core, opts);
      const jobId = await resolveJob(core, opts.job);
      const run = await core.tailor.run(jobId, { tone: tone.data, template: template.data }, provider);
      mkdirSync(opts.out, { recursive: true });
      const report = reportOf(run);
      const open = run.flags.filter((f) => f.status === 'open');
      const writeReport = () =>
        writeFileSync(path.join(opts.out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
      for (const s of run.stages)
        console.log(
          `${s.stage.padEnd(8)} ${s.status.padEnd(9)} ${s.ms === null ? '' : `${s.ms} ms`}${s.modelMs ? ` (model ${s.modelMs} ms)` : ''}`,
        );
      console.log(
        `Match ${run.matchBefore ?? '-'} → ${run.matchAfter ?? '-'}   ATS: ${run.ats.filter((a) => a.ok).length}/${run.ats.length} checks pass`,
      );
      if (run.status !== 'done') {
        writeReport();
        throw new AppError(
          'PROVIDER',
          `The run ${run.status}${run.error ? `: ${run.error}` : ''}. See ${path.join(opts.out, 'report.json')}.`,
        );
      }
      if (open.length) {
        writeReport();
        for (const f of open) console.error(`  ✗ [${f.kind}] "${f.text}" — ${f.reason}`);
        console.error(
          `${open.length} claim${open.length > 1 ? 's' : ''} could not be traced to your profile. No PDF or DOCX was written; review them in the app or see report.json.`,
        );
        throw new CommanderError(EXIT_FLAGS_OPEN, 'tailor.flagsOpen', 'unresolved truth flags');
      }
      for (const content of [run.cv!, run.letter!]) {
        for (const format of ['pdf', 'docx'] as const) {
          const file = await core.documents.render(content, {
            format,
            template: template.data,
            paper: 'a4',
            maxPages: 2,
            company: run.company,
            role: run.jobTitle,
          });
          const target = path.join(opts.out, file.fileName);
          writeFileSync(target, file.bytes);
          report.files.push(file.fileName);
          console.log(`Wrote ${target}${file.warnings.length ? ` (${file.warnings.join('; ')})` : ''}`);
        }
      }
      writeReport();
      if (run.labels.length) console.log(run.labels.join('\n'));
    });
};
