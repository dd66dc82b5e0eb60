import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useRef } from 'react';
import type { ApplicationListQuery } from '../../../../shared/domain/application';
import { useApplications } from './applications-store';
import { STATUS_LABEL } from './status-labels';

type SortKey = NonNullable<ApplicationListQuery['sort']>;
const COLUMNS: { key: SortKey; label: string; width: string }[] = [
  { key: 'title', label: 'Job', width: 'flex-[3]' },
  { key: 'company', label: 'Company', width: 'flex-[2]' },
  { key: 'status', label: 'Status', width: 'flex-1' },
  { key: 'applied', label: 'Applied', width: 'flex-1' },
  { key: 'match', label: 'Match', width: 'w-16' },
  { key: 'updated', label: 'Changed', width: 'flex-1' },
];
const ROW_HEIGHT = 40;

/** Every application (thousands), virtualised: sort by any column (the core sorts), filters and search live in the toolbar. */
export function ApplicationsTable() {
  const list = useApplications((s) => s.list);
  const filters = useApplications((s) => s.filters);
  const setFilters = useApplications((s) => s.setFilters);
  const select = useApplications((s) => s.select);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed to be used this way
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const sortBy = (key: SortKey) =>
    setFilters({ sort: key, direction: filters.sort === key && filters.direction === 'desc' ? 'asc' : 'desc' });
  return (
    <div
      role="table"
      aria-label="Applications"
      aria-rowcount={list.length + 1}
      className="rounded-lg border border-border text-sm"
    >
      <div role="rowgroup">
        <div role="row" className="flex gap-2 border-b border-border bg-muted/50 px-3 py-2 font-medium">
          {COLUMNS.map((c) => (
            <div
              key={c.key}
              role="columnheader"
              className={c.width}
              aria-sort={filters.sort === c.key ? (filters.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <button
                type="button"
                className="inline-flex items-center gap-1 hover:underline"
                onClick={() => sortBy(c.key)}
              >
                {c.label}
                {filters.sort === c.key ? (
                  filters.direction === 'asc' ? (
                    <ArrowUp className="size-3" aria-hidden />
                  ) : (
                    <ArrowDown className="size-3" aria-hidden />
                  )
                ) : null}
              </button>
            </div>
          ))}
        </div>
      </div>
      <div ref={scroller} role="rowgroup" className="max-h-[60vh] overflow-auto" tabIndex={-1}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const a = list[item.index]!;
            return (
              <div
                key={a.id}
                role="row"
                aria-rowindex={item.index + 2}
                tabIndex={0}
                onClick={() => void select(a.id)}
                onKeyDown={(e) => e.key === 'Enter' && void select(a.id)}
                className="absolute left-0 flex w-full cursor-pointer items-center gap-2 border-b border-border px-3 hover:bg-muted/60 focus-visible:bg-muted focus-visible:outline-none"
                style={{ top: item.start, height: ROW_HEIGHT }}
              >
                <div role="cell" className="flex-[3] truncate font-medium">
                  {a.title}
                </div>
                <div role="cell" className="flex-[2] truncate">
                  {a.company}
                </div>
                <div role="cell" className="flex-1">
                  {STATUS_LABEL[a.status]}
                </div>
                <div role="cell" className="flex-1 tabular-nums">
                  {a.appliedOn ?? '–'}
                </div>
                <div role="cell" className="w-16 tabular-nums">
                  {a.matchScore ?? '–'}
                </div>
                <div role="cell" className="flex-1 tabular-nums">
                  {a.statusOn}
                </div>
              </div>
            );
          })}
        </div>
      </div>
      {!list.length ? <p className="p-4 text-fg-muted">No applications match.</p> : null}
    </div>
  );
}
