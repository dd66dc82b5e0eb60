import { useEffect, useMemo, useState } from 'react';
import { ArrowDownUp, Trophy } from 'lucide-react';
import { Link } from 'react-router';
import type { MatchSummary } from '../../../../shared/domain/match';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { Page } from '../../components/ui/page';
import { MatchPanel } from './MatchPanel';
import { useMatch } from './match-store';
import { ScoreBadge } from './ScoreBadge';

type SortKey = 'score' | 'requiredCoverage' | 'title' | 'company';

const compare: Record<SortKey, (a: MatchSummary, b: MatchSummary) => number> = {
  score: (a, b) => b.score - a.score,
  requiredCoverage: (a, b) => (b.requiredCoverage ?? -1) - (a.requiredCoverage ?? -1),
  title: (a, b) => a.title.localeCompare(b.title),
  company: (a, b) => a.company.localeCompare(b.company),
};

/** "Best matches": every stored job ranked by its match with the profile. */
export function BestMatchesScreen() {
  const { ranked, ranking, lastScored, error, loadScores, rankAll } = useMatch();
  const [sort, setSort] = useState<SortKey>('score');
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    void loadScores().then(() => rankAll());
  }, [loadScores, rankAll]);
  const rows = useMemo(
    () => [...ranked].sort((a, b) => compare[sort](a, b) || a.jobId.localeCompare(b.jobId)),
    [ranked, sort],
  );

  const header = (key: SortKey, label: string) => (
    <th scope="col" className="px-2 py-1 text-left" aria-sort={sort === key ? 'descending' : 'none'}>
      <button type="button" className="inline-flex items-center gap-1 hover:underline" onClick={() => setSort(key)}>
        {label} {sort === key ? <ArrowDownUp className="size-3" aria-hidden /> : null}
      </button>
    </th>
  );

  return (
    <Page
      title="Best matches"
      description="Every saved job, ranked by how well your profile covers it. Open one to see the evidence and the gaps."
      actions={
        <Button onClick={() => void rankAll()} disabled={ranking}>
          {ranking ? 'Scoring…' : 'Rescore all'}
        </Button>
      }
    >
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      {lastScored ? (
        <p className="text-xs text-fg-muted" role="status">
          Rescored {lastScored} job{lastScored === 1 ? '' : 's'} whose posting or your profile had changed.
        </p>
      ) : null}
      {rows.length === 0 && !ranking ? (
        <EmptyState
          icon={Trophy}
          title="No scored jobs yet"
          action={
            <Button asChild>
              <Link to="/jobs">Add a job</Link>
            </Button>
          }
        >
          Save a few job postings in Jobs, then come back: each one is scored against your profile here.
        </EmptyState>
      ) : (
        <table className="w-full text-sm" aria-label="Jobs ranked by match">
          <thead className="text-xs text-fg-muted">
            <tr>
              {header('score', 'Match')}
              {header('title', 'Job')}
              {header('company', 'Company')}
              {header('requiredCoverage', 'Required covered')}
              <th scope="col" className="px-2 py-1 text-left">
                Missing required
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Row
                key={r.jobId}
                row={r}
                open={open === r.jobId}
                onToggle={() => setOpen(open === r.jobId ? null : r.jobId)}
              />
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

function Row({ row, open, onToggle }: { row: MatchSummary; open: boolean; onToggle(): void }) {
  return (
    <>
      <tr className="border-t border-border">
        <td className="px-2 py-2">
          <ScoreBadge score={row.score} />
        </td>
        <td className="px-2 py-2">
          <button
            type="button"
            className="text-left font-medium hover:underline"
            aria-expanded={open}
            onClick={onToggle}
          >
            {row.title || '(untitled)'}
          </button>
        </td>
        <td className="px-2 py-2 text-fg-muted">{row.company}</td>
        <td className="px-2 py-2 tabular-nums">
          {row.requiredCoverage === null ? 'n/a' : `${Math.round(row.requiredCoverage)}%`}
        </td>
        <td className="px-2 py-2 text-xs text-fg-muted">{row.missingRequired.slice(0, 4).join(', ')}</td>
      </tr>
      {open ? (
        <tr>
          <td colSpan={5} className="pb-4">
            <MatchPanel jobId={row.jobId} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
