import { KanbanSquare } from 'lucide-react';
import { useEffect } from 'react';
import { ApplicationStatus } from '../../../../shared/domain/application';
import { EmptyState } from '../../components/ui/empty-state';
import { Page } from '../../components/ui/page';
import { cn } from '../../lib/cn';
import { ApplicationDetailView } from './ApplicationDetailView';
import { ApplicationsTable } from './ApplicationsTable';
import { useApplications, type ApplicationsView } from './applications-store';
import { ImportExportBar, ImportPreviewPanel } from './ImportExport';
import { InsightDashboard } from './InsightDashboard';
import { KanbanBoard } from './KanbanBoard';
import { ReminderInbox } from './ReminderInbox';
import { STATUS_LABEL } from './status-labels';

const VIEWS: { id: ApplicationsView; label: string }[] = [
  { id: 'board', label: 'Board' },
  { id: 'table', label: 'Table' },
  { id: 'dashboard', label: 'Insight' },
];
const SELECT = 'h-8 rounded-md border border-border bg-surface px-2 text-sm';

function Toolbar() {
  const filters = useApplications((s) => s.filters);
  const setFilters = useApplications((s) => s.setFilters);
  return (
    <div className="flex flex-wrap gap-2">
      <input
        type="search"
        aria-label="Search applications"
        placeholder="Search notes, jobs, contacts"
        className={`${SELECT} min-w-56 flex-1`}
        value={filters.search ?? ''}
        onChange={(e) => setFilters({ search: e.target.value })}
      />
      <select
        aria-label="Filter by status"
        className={SELECT}
        value={filters.status ?? ''}
        onChange={(e) => setFilters({ status: (e.target.value || undefined) as ApplicationStatus | undefined })}
      >
        <option value="">Any status</option>
        {ApplicationStatus.options.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ApplicationsScreen() {
  const { view, setView, list, loading, error, load, detail, selectedId, stats, filters } = useApplications();
  useEffect(() => {
    void load();
  }, [load]);
  const filtered = Boolean(filters.search?.trim() || filters.status);
  let content;
  if (selectedId && detail) content = <ApplicationDetailView detail={detail} />;
  else if (view === 'dashboard')
    content = stats ? <InsightDashboard stats={stats} /> : <p className="text-sm text-fg-muted">Loading…</p>;
  else if (!list.length && !filtered && !loading) {
    content = (
      <EmptyState icon={KanbanSquare} title="Nothing to track yet">
        Set a job&apos;s status to “applied” on the Jobs screen, or import a CSV from Huntr, Teal or a spreadsheet, and
        it appears here so you can follow it through interviews to an offer.
      </EmptyState>
    );
  } else {
    content = (
      <>
        <Toolbar />
        {view === 'board' ? <KanbanBoard /> : <ApplicationsTable />}
      </>
    );
  }
  return (
    <Page
      title="Applications"
      description="Every application from first contact to offer."
      actions={<ImportExportBar />}
    >
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <ImportPreviewPanel />
      <ReminderInbox />
      {!selectedId ? (
        <div role="tablist" aria-label="Applications view" className="flex gap-1">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              role="tab"
              type="button"
              aria-selected={view === v.id}
              className={cn(
                'rounded-md px-3 py-1 text-sm',
                view === v.id ? 'bg-accent text-accent-fg' : 'hover:bg-muted',
              )}
              onClick={() => setView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </div>
      ) : null}
      {content}
    </Page>
  );
}
