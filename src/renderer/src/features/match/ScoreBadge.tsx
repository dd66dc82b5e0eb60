import { cn } from '../../lib/cn';
import { useMatch } from './match-store';

/** A match score as a coloured pill: green from 70, amber from 45, else muted. */
export function ScoreBadge({ score, className }: { score: number | null | undefined; className?: string }) {
  if (score === null || score === undefined) return <span className={cn('text-xs text-fg-muted', className)}>–</span>;
  const tone =
    score >= 70 ? 'bg-success/15 text-success' : score >= 45 ? 'bg-warning/15 text-warning' : 'bg-muted text-fg-muted';
  return (
    <span
      className={cn(
        'inline-flex min-w-10 justify-center rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums',
        tone,
        className,
      )}
      aria-label={`Match ${score} of 100`}
    >
      {score}
    </span>
  );
}

/** One sub-score as a labelled bar. */
export function SubScoreBar({
  label,
  score,
  weight,
  detail,
}: {
  label: string;
  score: number | null;
  weight: number;
  detail: string;
}) {
  return (
    <div className="flex flex-col gap-1" title={detail}>
      <div className="flex justify-between text-xs">
        <span>
          {label} <span className="text-fg-muted">· {weight}% of the score</span>
        </span>
        <span className="tabular-nums text-fg-muted">{score === null ? 'not stated' : Math.round(score)}</span>
      </div>
      <div
        className="h-1.5 rounded-full bg-muted"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score ?? 0}
      >
        {score !== null ? <div className="h-full rounded-full bg-accent" style={{ width: `${score}%` }} /> : null}
      </div>
      <p className="text-xs text-fg-muted">{detail}</p>
    </div>
  );
}

/** The stored match score of one job (for list rows); "–" until it is scored. */
export function JobMatchScore({ jobId, className }: { jobId: string; className?: string }) {
  const score = useMatch((s) => s.scores[jobId]?.score);
  return <ScoreBadge score={score} {...(className ? { className } : {})} />;
}
