import type { Job } from '../../../shared/domain/job';
import type { Profile } from '../../../shared/domain/profile';
import type { StageTiming, TailorRun, TailorStage } from '../../../shared/domain/tailor';
import { AppError } from '../../../shared/ipc/result';
import { analyzeJob } from '../match/analyze-job';
import { analyzeProfile } from '../match/analyze-profile';
import { scoreMatch } from '../match/score-match';
import { atsChecks } from './ats-checks';
import { buildCv } from './build-cv';
import { tailoringJobText } from './key-points';
import { selectForJob } from './select';
import { createTruthChecker } from './truth/check-document';
import { modelCv, modelLetter, type WriteContext } from './write-model';
import { templateLetter } from './write-template-letter';

/**
 * One tailoring run, stage by stage: analyze → select → write → check. After each stage the run is
 * saved and a progress event goes out; the abort signal is honoured between and inside stages.
 */

export interface PipelineDeps {
  profile: Profile;
  job: Job;
  /** Present when a model writes; absent on the no-model path. */
  writer: Omit<WriteContext, 'profile' | 'selection' | 'job' | 'options' | 'signal'> | null;
  signal: AbortSignal;
  save(run: TailorRun): void;
  progress(stage: TailorStage, status: StageTiming['status'], message: string): void;
  now(): Date;
}

const asOfMonth = (d: Date) => d.toISOString().slice(0, 7);

export const NO_MODEL_LABEL = 'Written without a model: your own words, selected and ordered for this job.';
export const TEMPLATE_LETTER_LABEL = 'Cover letter from a template, filled with facts from your profile.';

function checkCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new AppError('CANCELLED', 'The run was cancelled.');
}

export async function runPipeline(run: TailorRun, deps: PipelineDeps): Promise<TailorRun> {
  const { profile, job, signal } = deps;
  let current = run;
  const stage = async <T>(name: TailorStage, message: string, work: () => Promise<T> | T): Promise<T> => {
    checkCancelled(signal);
    const started = performance.now();
    current = {
      ...current,
      stages: current.stages.map((s) => (s.stage === name ? { ...s, status: 'running' } : s)),
      updatedAt: deps.now().toISOString(),
    };
    deps.progress(name, 'running', message);
    const out = await work();
    checkCancelled(signal);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    current = { ...current, stages: current.stages.map((s) => (s.stage === name ? { ...s, status: 'done', ms } : s)) };
    return out;
  };
  const commit = (patch: Partial<TailorRun>, name: TailorStage, message: string) => {
    current = { ...current, ...patch, updatedAt: deps.now().toISOString() };
    deps.save(current);
    deps.progress(name, 'done', message);
  };

  const asOf = asOfMonth(deps.now());
  const jobText = tailoringJobText(job);
  const { analysis, profileAnalysis } = await stage('analyze', 'Reading the job', () => ({
    analysis: analyzeJob(jobText),
    profileAnalysis: analyzeProfile(profile, asOf),
  }));
  const matchBefore = scoreMatch(analysis, profileAnalysis).score;
  commit(
    { matchBefore, analysis },
    'analyze',
    `${analysis.requirements.length} skills asked for; match ${matchBefore}/100`,
  );

  const profileSkills = new Set(profileAnalysis.skills.map((s) => s.name));
  const selection = await stage('select', 'Choosing what to show', () =>
    selectForJob(profile, analysis, profileSkills),
  );
  commit(
    { selection },
    'select',
    `${selection.entries.reduce((n, e) => n + e.bullets.length, 0)} bullets chosen; ${selection.covered.length} of ${selection.covered.length + selection.uncovered.length} required skills covered`,
  );

  const skillEvidence = new Map(profileAnalysis.skills.map((s) => [s.name, s.evidence.map((e) => e.factId)]));
  const options = current.options;
  const baseCv = buildCv(profile, selection);
  const baseLetter = templateLetter({
    profile,
    selection,
    company: job.company,
    role: job.title,
    tone: options.tone,
    length: options.length,
    keyPoints: options.keyPoints,
    skillEvidence,
    date: deps.now().toISOString().slice(0, 10),
  });
  let modelMs = 0;
  const written = await stage('write', deps.writer ? 'The model is writing' : 'Assembling your own words', async () => {
    if (!deps.writer) return { cv: baseCv, letter: baseLetter, model: null as string | null };
    const ctx: WriteContext = {
      ...deps.writer,
      profile,
      selection,
      job: { title: job.title, company: job.company, text: job.descriptionText },
      options,
      signal,
    };
    const cv = await modelCv(ctx, baseCv);
    deps.writer.onText('', true);
    const letter = await modelLetter(ctx, baseLetter);
    modelMs = cv.ms + letter.ms;
    return { cv: cv.cv, letter: letter.letter, model: letter.model };
  });
  current = {
    ...current,
    stages: current.stages.map((s) => (s.stage === 'write' ? { ...s, modelMs: deps.writer ? modelMs : null } : s)),
  };
  commit(
    {
      cv: written.cv,
      letter: written.letter,
      model: written.model ?? current.model,
      labels: deps.writer ? [] : [NO_MODEL_LABEL, TEMPLATE_LETTER_LABEL],
    },
    'write',
    deps.writer ? 'Written' : 'Assembled',
  );

  const result = await stage('check', 'Checking every claim against your profile', () => {
    const checker = createTruthChecker(profile, { company: job.company, role: job.title }, deps.now());
    let letter = written.letter;
    if (!deps.writer) {
      // The template letter must never carry a flag: a template sentence the check cannot trace is dropped.
      const flagged = new Set(checker.check(letter).map((f) => f.blockId));
      letter = {
        ...letter,
        letter: { ...letter.letter, paragraphs: letter.letter.paragraphs.filter((p) => !flagged.has(p.id)) },
      };
      written.letter = letter;
    }
    const flags = [...checker.check(written.cv), ...checker.check(letter)];
    const ats = atsChecks(written.cv, selection, options.template);
    const matchAfter = scoreMatch(analysis, analyzeProfile(written.cv.cv, asOf)).score;
    return { flags, ats, matchAfter };
  });
  current = { ...current, letter: written.letter };
  commit(
    { ...result, status: 'done' },
    'check',
    result.flags.length
      ? `${result.flags.length} claim${result.flags.length > 1 ? 's' : ''} to review`
      : 'Every claim traces to your profile',
  );
  return current;
}
