import * as Tabs from '@radix-ui/react-tabs';
import { Briefcase, FileDown, Plus } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { MatchPanel } from '../match/MatchPanel';
import { useJobScores } from '../match/match-store';
import { useProfile } from '../profile/profile-store';
import { AddJobDialog } from './AddJobDialog';
import { canCapture, captureDrop } from './job-drop';
import { JobDetailView } from './JobDetailView';
import { JobFiltersBar, JobList, JobSortControl, NoProfileHint } from './JobList';
import { sortJobs, useJobs } from './jobs-store';
import { WatchlistPanel } from './WatchlistPanel';

const TAB =
  'rounded-md px-3 py-1.5 text-sm font-medium text-fg-muted data-[state=active]:bg-surface data-[state=active]:text-fg data-[state=active]:shadow-sm';

/**
 * Jobs: the list and the open job side by side, each scrolling on its own, the match first. Adding a
 * job (URL, paste, file, or a drop anywhere on this screen) opens the "Add job" dialog.
 */
export function JobsScreen() {
  const { jobs, inbox, detail, error, load, loadWatch, update, filters, sort, openAdd } = useJobs();
  // Stored scores from the match service; jobs whose inputs changed are rescored on mount.
  const scores = useJobScores();
  const noProfile = useProfile((s) => s.snapshot?.isEmpty === true);
  useEffect(() => {
    void load();
    void loadWatch();
    void useProfile.getState().load();
    return useJobs.getState().followWatchlist();
  }, [load, loadWatch]);
  const filtered = Object.values(filters).some(Boolean);
  const sorted = useMemo(
    () => sortJobs(jobs, noProfile && sort === 'match' ? 'newest' : sort, scores),
    [jobs, sort, scores, noProfile],
  );
  const drop = useJobDrop();

  return (
    <div className="relative flex h-full min-h-0 flex-col gap-3 px-6 pb-4 pt-5" {...drop.handlers}>
      <Tabs.Root defaultValue="all" className="flex min-h-0 flex-1 flex-col gap-3">
        <header className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <h1 className="text-2xl font-semibold tracking-tight">Jobs</h1>
          <Tabs.List aria-label="Job lists" className="flex w-fit gap-1 rounded-lg bg-muted p-1">
            <Tabs.Trigger value="all" className={TAB}>
              All jobs
            </Tabs.Trigger>
            <Tabs.Trigger value="inbox" className={TAB}>
              Inbox{inbox.length ? ` (${inbox.length})` : ''}
            </Tabs.Trigger>
            <Tabs.Trigger value="watch" className={TAB}>
              Watchlist
            </Tabs.Trigger>
          </Tabs.List>
          <Button className="ml-auto" onClick={openAdd}>
            <Plus aria-hidden /> Add job
          </Button>
        </header>
        {error ? (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
        <Tabs.Content value="all" className="flex min-h-0 flex-1 flex-col gap-3 data-[state=inactive]:hidden">
          {!jobs.length && !filtered ? (
            <EmptyState
              icon={Briefcase}
              title="No jobs yet"
              action={
                <Button onClick={openAdd}>
                  <Plus aria-hidden /> Add your first job
                </Button>
              }
            >
              Save a posting you are interested in: give its URL, paste its text, or drop its file or link anywhere
              here.
            </EmptyState>
          ) : (
            <>
              <JobFiltersBar>{jobs.length ? <JobSortControl noProfile={noProfile} /> : null}</JobFiltersBar>
              {noProfile && jobs.length ? <NoProfileHint /> : null}
              <div className="grid min-h-0 flex-1 grid-cols-[minmax(13rem,2fr)_minmax(0,3fr)] gap-4">
                <JobList
                  className="h-full min-h-0"
                  jobs={sorted}
                  empty="No job matches these filters."
                  showScores={!noProfile}
                />
                <section
                  aria-label="Selected job"
                  tabIndex={0}
                  className="flex min-h-0 min-w-0 flex-col gap-4 overflow-y-auto rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-ring"
                >
                  {detail ? (
                    <>
                      <MatchPanel key={detail.job.id} jobId={detail.job.id} />
                      <JobDetailView key={detail.job.id + detail.job.updatedAt} detail={detail} />
                    </>
                  ) : (
                    <p className="text-sm text-fg-muted">Pick a job to see how well you match it.</p>
                  )}
                </section>
              </div>
            </>
          )}
        </Tabs.Content>
        <Tabs.Content value="inbox" className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto">
          <p className="text-sm text-fg-muted">
            New postings from your watched companies. Keep the ones you like; dismiss the rest.
          </p>
          <ul className="flex flex-col divide-y divide-border rounded-lg border border-border" aria-label="Inbox">
            {inbox.map((job) => (
              <li key={job.id} className="flex items-center justify-between gap-3 px-3 py-2">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium">{job.title}</p>
                  <p className="truncate text-xs text-fg-muted">
                    {[job.company, job.locations[0], job.remote !== 'unknown' ? job.remote : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                </div>
                <div className="flex gap-2">
                  <Button size="sm" onClick={() => void update(job.id, { status: 'saved' })}>
                    Keep
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => void update(job.id, { status: 'archived' })}>
                    Dismiss
                  </Button>
                </div>
              </li>
            ))}
            {!inbox.length ? (
              <li className="px-3 py-6 text-center text-sm text-fg-muted">
                The inbox is empty. Watch a company's job board to get new postings here.
              </li>
            ) : null}
          </ul>
        </Tabs.Content>
        <Tabs.Content value="watch" className="min-h-0 flex-1 overflow-y-auto">
          <WatchlistPanel />
        </Tabs.Content>
      </Tabs.Root>
      <AddJobDialog />
      {drop.over ? (
        <div className="pointer-events-none absolute inset-3 z-30 flex flex-col items-center justify-center gap-2 rounded-xl border-2 border-dashed border-accent bg-accent/10 text-accent">
          <FileDown className="size-10" aria-hidden />
          <p className="text-lg font-medium">Drop the job's file, link or text to add it</p>
        </div>
      ) : null}
    </div>
  );
}

/** Dropping a file, link or text anywhere on the Jobs screen (its empty state included) opens the same preview as "Add job". */
function useJobDrop() {
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const handlers = {
    onDragEnter(e: DragEvent) {
      if (!canCapture(e.dataTransfer)) return;
      e.preventDefault();
      depth.current++;
      setOver(true);
    },
    onDragOver(e: DragEvent) {
      if (!canCapture(e.dataTransfer)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave() {
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    },
    onDrop(e: DragEvent) {
      depth.current = 0;
      setOver(false);
      if (!canCapture(e.dataTransfer)) return;
      e.preventDefault();
      void captureDrop(e.dataTransfer);
    },
  };
  return { over, handlers };
}
