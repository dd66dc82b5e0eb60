import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { JobStatus, RemoteType, type JobSummary } from '../../../../shared/domain/job';
import { Input } from '../../components/ui/input';
import { cn } from '../../lib/cn';
import { JobMatchScore } from '../match/ScoreBadge';
import { JOB_SORTS, useJobs, type JobSort } from './jobs-store';

const SELECT = 'h-8 rounded-md border border-border bg-surface px-2 text-sm';
const SINCE: { label: string; days: number | null }[] = [
  { label: 'Any time', days: null },
  { label: 'Last 7 days', days: 7 },
  { label: 'Last 30 days', days: 30 },
];

/** The filters, then `children` (the sort control) at the end of the same row. */
export function JobFiltersBar({ children }: { children?: ReactNode }) {
  const { filters, setFilters } = useJobs();
  return (
    <div className="flex flex-wrap gap-2" role="search" aria-label="Filter jobs">
      <Input
        className="h-8 min-w-40 max-w-xs flex-1"
        aria-label="Search jobs"
        placeholder="Search title, company, description"
        defaultValue={filters.text ?? ''}
        onChange={(e) => setFilters({ text: e.target.value || undefined })}
      />
      <select
        aria-label="Status"
        className={SELECT}
        value={filters.status ?? ''}
        onChange={(e) => setFilters({ status: (e.target.value || undefined) as JobStatus | undefined })}
      >
        <option value="">Any status</option>
        {JobStatus.options.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <Input
        className="h-8 w-32"
        aria-label="Company"
        placeholder="Company"
        defaultValue={filters.company ?? ''}
        onChange={(e) => setFilters({ company: e.target.value || undefined })}
      />
      <select
        aria-label="Work mode"
        className={SELECT}
        value={filters.remote ?? ''}
        onChange={(e) => setFilters({ remote: (e.target.value || undefined) as RemoteType | undefined })}
      >
        <option value="">Any work mode</option>
        {RemoteType.options.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <select
        aria-label="Captured"
        className={SELECT}
        onChange={(e) =>
          setFilters({
            since: e.target.value
              ? new Date(Date.now() - Number(e.target.value) * 86_400_000).toISOString()
              : undefined,
          })
        }
      >
        {SINCE.map((s) => (
          <option key={s.label} value={s.days ?? ''}>
            {s.label}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}

/**
 * Orders the Jobs list. "Best match" needs a profile to score against: without one it is disabled
 * and a hint says where to start.
 */
export function JobSortControl({ noProfile }: { noProfile: boolean }) {
  const { sort, setSort } = useJobs();
  const effective = noProfile && sort === 'match' ? 'newest' : sort;
  return (
    <label className="ml-auto flex items-center gap-2 text-sm text-fg-muted">
      Sort by
      <select className={SELECT} value={effective} onChange={(e) => setSort(e.target.value as JobSort)}>
        {JOB_SORTS.map((s) => (
          <option key={s.value} value={s.value} disabled={s.value === 'match' && noProfile}>
            {s.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Shown instead of empty match badges while the profile has nothing to score against. */
export function NoProfileHint() {
  return (
    <p className="rounded-md border border-accent/30 bg-accent/5 px-3 py-1 text-sm" role="note">
      Match scores appear once your profile has something in it:{' '}
      <Link to="/profile" className="font-medium text-accent underline">
        import your CV or fill it in
      </Link>
      .
    </p>
  );
}

/** A long list stays fast: only the visible rows are rendered. Each row shows its match score unless `showScores` is false. */
export function JobList({
  jobs,
  empty,
  showScores = true,
  className,
}: {
  jobs: JobSummary[];
  empty: string;
  showScores?: boolean;
  className?: string;
}) {
  const { selectedId, select } = useJobs();
  const parent = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed to be used this way
  const virtual = useVirtualizer({
    count: jobs.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 60,
    overscan: 8,
  });
  if (!jobs.length) return <p className="text-sm text-fg-muted">{empty}</p>;
  return (
    <div ref={parent} className={cn('overflow-auto rounded-lg border border-border', className)}>
      <div role="list" aria-label="Jobs" style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((row) => {
          const job = jobs[row.index]!;
          return (
            <div
              key={job.id}
              role="listitem"
              className="absolute left-0 top-0 w-full"
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
            >
              <button
                type="button"
                onClick={() => void select(job.id)}
                aria-current={selectedId === job.id ? 'true' : undefined}
                className={cn(
                  'flex h-full w-full flex-col items-start gap-0.5 border-b border-border px-3 py-2 text-left hover:bg-muted',
                  selectedId === job.id && 'bg-muted',
                )}
              >
                <span className="flex w-full items-center gap-2">
                  <span className="min-w-0 flex-1 truncate text-sm font-medium">{job.title}</span>
                  {showScores ? <JobMatchScore jobId={job.id} /> : null}
                </span>
                <span className="w-full truncate text-xs text-fg-muted">
                  {[
                    job.company,
                    job.locations[0],
                    job.remote !== 'unknown' ? job.remote : null,
                    job.status,
                    new Date(job.createdAt).toLocaleDateString(),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
