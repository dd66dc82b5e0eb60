import { Check, Loader2, Sparkles, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { LetterTone, TailorStage, type LetterLength } from '../../../../shared/domain/tailor';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { Input } from '../../components/ui/input';
import { FlagList } from './FlagList';
import { LetterChoices, OptionSelect } from './LetterChoices';
import { useTailor } from './tailor-store';

const STAGE_LABEL: Record<TailorStage, string> = {
  analyze: 'Analyse the job',
  select: 'Select what to show',
  write: 'Write',
  check: 'Check every claim',
};
const NO_MODEL = '__none__';

/** On a job: Generate → provider or "no model" → live progress with the text streaming in → result and flags. */
export function GeneratePanel({ jobId }: { jobId: string }) {
  const {
    providers,
    run,
    progress,
    text,
    running,
    loading,
    error,
    loadProviders,
    loadKeyPoints,
    generate,
    cancel,
    reset,
  } = useTailor();
  const [provider, setProvider] = useState(NO_MODEL);
  const [tone, setTone] = useState<LetterTone>('professional');
  const [model, setModel] = useState('');
  const [length, setLength] = useState<LetterLength>('medium');
  // Key points are facts picked for this job: another job starts with none.
  const [picked, setPicked] = useState<{ jobId: string; ids: string[] }>({ jobId, ids: [] });
  const keyPoints = picked.jobId === jobId ? picked.ids : [];
  const setKeyPoints = (ids: string[]) => setPicked({ jobId, ids });
  useEffect(() => {
    reset();
    void loadProviders();
    void loadKeyPoints(jobId);
  }, [jobId, loadProviders, loadKeyPoints, reset]);
  const statusOf = (stage: TailorStage) =>
    [...progress].reverse().find((p) => p.stage === stage && !p.finished) ?? null;
  const showRun = run && run.jobId === jobId;

  return (
    <Card className="flex flex-col gap-3" aria-label="Tailored CV and letter">
      <CardTitle>Tailored CV and cover letter</CardTitle>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs">
          Writer
          <select
            aria-label="Writer"
            className="h-8 rounded-md border border-border bg-surface px-2 text-sm"
            value={provider}
            onChange={(e) => setProvider(e.target.value)}
            disabled={running}
          >
            <option value={NO_MODEL}>No model (your own words)</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
                {p.model ? ` · ${p.model.split('/').pop()}` : ''}
              </option>
            ))}
          </select>
        </label>
        {provider !== NO_MODEL ? (
          <label className="flex flex-col text-xs">
            Model (optional)
            <Input
              aria-label="Model"
              className="h-8 w-44"
              placeholder={
                providers
                  .find((p) => p.id === provider)
                  ?.model.split('/')
                  .pop() ?? ''
              }
              value={model}
              onChange={(e) => setModel(e.target.value)}
              disabled={running}
            />
          </label>
        ) : null}
        <OptionSelect
          label="Letter tone"
          value={tone}
          options={LetterTone.options}
          onChange={setTone}
          disabled={running}
        />
        {running ? (
          <Button size="sm" variant="secondary" onClick={() => void cancel()}>
            <X aria-hidden /> Cancel
          </Button>
        ) : (
          <Button
            size="sm"
            onClick={() =>
              void generate(jobId, {
                providerId: provider === NO_MODEL ? null : provider,
                model,
                tone,
                length,
                keyPoints,
              })
            }
            disabled={loading}
          >
            <Sparkles aria-hidden /> Generate
          </Button>
        )}
      </div>
      <LetterChoices
        length={length}
        onLength={setLength}
        keyPoints={keyPoints}
        onKeyPoints={setKeyPoints}
        disabled={running}
      />
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      {showRun ? (
        <ol className="flex flex-col gap-1 text-sm" aria-label="Progress">
          {TailorStage.options.map((stage) => {
            const stored = run.stages.find((s) => s.stage === stage);
            const live = statusOf(stage);
            const status = live?.status ?? stored?.status ?? 'pending';
            return (
              <li key={stage} className="flex items-center gap-2" data-status={status}>
                {status === 'running' ? (
                  <Loader2 className="size-4 animate-spin" aria-hidden />
                ) : status === 'done' ? (
                  <Check className="size-4 text-success" aria-hidden />
                ) : status === 'pending' ? (
                  <span className="size-4" />
                ) : (
                  <X className="size-4 text-danger" aria-hidden />
                )}
                <span className="font-medium">{STAGE_LABEL[stage]}</span>
                <span className="text-fg-muted">
                  {live?.message ?? status}
                  {stored?.ms != null && !running ? ` · ${stored.ms} ms` : ''}
                </span>
              </li>
            );
          })}
        </ol>
      ) : null}
      {running && text ? (
        <pre
          aria-label="Model output"
          className="max-h-40 overflow-auto whitespace-pre-wrap rounded bg-surface-muted p-2 text-xs"
        >
          {text}
        </pre>
      ) : null}
      {showRun && !running ? <RunResult /> : null}
    </Card>
  );
}

function RunResult() {
  const run = useTailor((s) => s.run)!;
  if (run.status !== 'done')
    return (
      <p className="text-sm" role="status">
        Run {run.status}
        {run.error ? `: ${run.error}` : ''}.
      </p>
    );
  const open = run.flags.filter((f) => f.status === 'open');
  const cv = run.cv?.kind === 'cv' ? run.cv : null;
  const letter = run.letter?.kind === 'letter' ? run.letter.letter : null;
  return (
    <div className="flex flex-col gap-3" aria-label="Result">
      <p className="text-sm" role="status">
        Match {run.matchBefore ?? '–'} → {run.matchAfter ?? '–'} ·{' '}
        {open.length
          ? `${open.length} claim${open.length > 1 ? 's' : ''} to review before export`
          : 'every claim traces to your profile'}
      </p>
      {run.labels.map((l) => (
        <p key={l} className="text-xs text-fg-muted">
          {l}
        </p>
      ))}
      <p className="flex gap-3 text-sm">
        {run.documentIds.cvVersion ? (
          <Link className="text-accent underline" to={`/documents?version=${run.documentIds.cvVersion}`}>
            Review and export the CV
          </Link>
        ) : null}
        {run.documentIds.letterVersion ? (
          <Link className="text-accent underline" to={`/documents?version=${run.documentIds.letterVersion}`}>
            Review and export the letter
          </Link>
        ) : null}
      </p>
      <ul className="text-xs" aria-label="ATS checks">
        {run.ats.map((a) => (
          <li key={a.id} className={a.ok ? 'text-fg-muted' : 'text-warning'}>
            {a.ok ? '✓' : '!'} {a.label}: {a.detail}
          </li>
        ))}
      </ul>
      <FlagList />
      <details className="text-sm" open>
        <summary className="cursor-pointer font-medium">CV</summary>
        {cv?.cv.basics.summary ? <p className="mt-1">{cv.cv.basics.summary}</p> : null}
        {cv?.cv.work.map((w) => (
          <div key={w.id} className="mt-2">
            <p className="font-medium">
              {w.position} · {w.name}
            </p>
            <ul className="ml-5 list-disc">
              {w.highlights.map((h) => (
                <li key={h.id} title={`cites ${(cv.citations[h.id] ?? []).join(', ')}`}>
                  {h.text}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </details>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">Cover letter</summary>
        {letter ? (
          <div className="mt-1 flex flex-col gap-2" aria-label="Cover letter">
            <p>{letter.greeting}</p>
            {letter.paragraphs.map((p) => (
              <p key={p.id}>{p.text}</p>
            ))}
            <p className="whitespace-pre-line">{letter.closing}</p>
          </div>
        ) : null}
      </details>
    </div>
  );
}
