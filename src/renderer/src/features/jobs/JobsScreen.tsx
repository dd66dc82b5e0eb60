import * as Tabs from '@radix-ui/react-tabs';
import { Briefcase } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { Page } from '../../components/ui/page';
import { api } from '../../lib/api';
import { MatchPanel } from '../match/MatchPanel';
import { useJobScores, useMatch } from '../match/match-store';
import { useProfile } from '../profile/profile-store';
import { CaptureBar } from './CaptureBar';
import { CapturePreviewCard } from './CapturePreviewCard';
import { JobDetailView } from './JobDetailView';
import { JobFiltersBar, JobList, JobSortControl, NoProfileHint } from './JobList';
import { sortJobs, useJobs } from './jobs-store';
import { WatchlistPanel } from './WatchlistPanel';

const TAB = 'rounded-md px-3 py-1.5 text-sm font-medium text-fg-muted data-[state=active]:bg-surface data-[state=active]:text-fg data-[state=active]:shadow-sm';

/** Jobs: capture postings, search and filter them, read one, follow companies' boards. */
export function JobsScreen() {
  const { jobs, inbox, detail, preview, load, loadWatch, update, filters, sort } = useJobs();
  // Stored scores from the match service; jobs whose inputs changed are rescored on mount.
  const scores = useJobScores();
  const noProfile = useProfile((s) => s.snapshot?.isEmpty === true);
  useEffect(() => {
    void load();
    void loadWatch();
    void useProfile.getState().load();
    // New postings from a scheduled watchlist check arrive as a notification: refresh the lists and score them.
    return api.on('notification', () => {
      void load().then(() => useMatch.getState().rankAll());
    });
  }, [load, loadWatch]);
  const filtered = Object.values(filters).some(Boolean);
  const sorted = useMemo(() => sortJobs(jobs, noProfile && sort === 'match' ? 'newest' : sort, scores), [jobs, sort, scores, noProfile]);

  return (
    <Page title="Jobs" description="Postings you are considering: captured from a page, a paste, a file, or a company's job board.">
      <CaptureBar />
      {preview ? <CapturePreviewCard key={preview.result.draft.captureLog[0]?.at ?? 'preview'} /> : null}
      <Tabs.Root defaultValue="all" className="flex flex-col gap-4">
        <Tabs.List aria-label="Job lists" className="flex w-fit gap-1 rounded-lg bg-muted p-1">
          <Tabs.Trigger value="all" className={TAB}>All jobs</Tabs.Trigger>
          <Tabs.Trigger value="inbox" className={TAB}>Inbox{inbox.length ? ` (${inbox.length})` : ''}</Tabs.Trigger>
          <Tabs.Trigger value="watch" className={TAB}>Watchlist</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="all" className="flex flex-col gap-4">
          <JobFiltersBar>{jobs.length ? <JobSortControl noProfile={noProfile} /> : null}</JobFiltersBar>
          {noProfile && jobs.length ? <NoProfileHint /> : null}
          {!jobs.length && !filtered ? (
            <EmptyState icon={Briefcase} title="No jobs yet">
              Save a posting you are interested in: give its URL, paste its text, drop its file, or follow a company's job board.
            </EmptyState>
          ) : (
            <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
              <JobList jobs={sorted} empty="No job matches these filters." showScores={!noProfile} />
              {detail ? (
                <div className="flex min-w-0 flex-col gap-4">
                  <JobDetailView key={detail.job.id + detail.job.updatedAt} detail={detail} />
                  <MatchPanel key={detail.job.id} jobId={detail.job.id} />
                </div>
              ) : (
                <p className="text-sm text-fg-muted">Pick a job to read it.</p>
              )}
            </div>
          )}
        </Tabs.Content>
        <Tabs.Content value="inbox" className="flex flex-col gap-3">
          <p className="text-sm text-fg-muted">New postings from your watched companies. Keep the ones you like; dismiss the rest.</p>
          <ul className="flex flex-col divide-y divide-border rounded-lg border border-border" aria-label="Inbox">
            {inbox.map((job) => (
              <li key={job.id} className="flex items-center justify-between gap-3 px-3 py-2">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium">{job.title}</p>
                  <p className="truncate text-xs text-fg-muted">{[job.company, job.locations[0], job.remote !== 'unknown' ? job.remote : null].filter(Boolean).join(' · ')}</p>
                </div>
                <div className="flex gap-2">
                  <Button size="sm" onClick={() => void update(job.id, { status: 'saved' })}>Keep</Button>
                  <Button size="sm" variant="ghost" onClick={() => void update(job.id, { status: 'archived' })}>Dismiss</Button>
                </div>
              </li>
            ))}
            {!inbox.length ? <li className="px-3 py-6 text-center text-sm text-fg-muted">The inbox is empty. Watch a company's job board to get new postings here.</li> : null}
          </ul>
        </Tabs.Content>
        <Tabs.Content value="watch">
          <WatchlistPanel />
        </Tabs.Content>
      </Tabs.Root>
    </Page>
  );
}
