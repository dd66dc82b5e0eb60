import { create } from 'zustand';
import type { BoardRefreshResult, CaptureInput, CapturePreview, JobDetail, JobEdits, JobListQuery, JobSummary, SavedSearch, SavedSearchInput, WatchedBoard } from '../../../../shared/domain/job';
import type { MatchSummary } from '../../../../shared/domain/match';
import { api, errorMessage } from '../../lib/api';
import { sortByMatch, useMatch } from '../match/match-store';

export type JobFilters = Omit<JobListQuery, 'limit'>;

/** How the Jobs list is ordered. "newest" is the order the core lists them in (captured, newest first). */
export type JobSort = 'newest' | 'match' | 'company';
export const JOB_SORTS: { value: JobSort; label: string }[] = [
  { value: 'newest', label: 'Newest' },
  { value: 'match', label: 'Best match' },
  { value: 'company', label: 'Company' },
];

/** Orders jobs for the list. Ties keep the newest-first order (by company) or fall back to the id (by match). */
export function sortJobs<T extends { id: string; company: string; createdAt: string }>(jobs: T[], sort: JobSort, scores: Record<string, MatchSummary>): T[] {
  if (sort === 'match') return sortByMatch(jobs, scores);
  if (sort === 'company') {
    const byCompany = (a: T, b: T) => (!a.company.trim() ? 1 : 0) - (!b.company.trim() ? 1 : 0) || a.company.trim().localeCompare(b.company.trim(), undefined, { sensitivity: 'base' });
    return [...jobs].sort((a, b) => byCompany(a, b) || b.createdAt.localeCompare(a.createdAt));
  }
  return [...jobs].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Scores the jobs that are new or changed (added, or arrived from a watched board). */
const rescore = () => void useMatch.getState().rankAll();

interface JobsState {
  jobs: JobSummary[];
  inbox: JobSummary[];
  filters: JobFilters;
  sort: JobSort;
  loading: boolean;
  error: string | null;
  /** The open job. */
  selectedId: string | null;
  detail: JobDetail | null;
  /** A paste waiting for the user to check the guessed fields. */
  preview: { input: CaptureInput; result: CapturePreview } | null;
  capturing: boolean;
  captureError: string | null;
  boards: WatchedBoard[];
  searches: SavedSearch[];
  refreshing: boolean;
  lastRefresh: BoardRefreshResult[] | null;
  setFilters(patch: Partial<JobFilters>): void;
  setSort(sort: JobSort): void;
  load(): Promise<void>;
  select(id: string | null): Promise<void>;
  capture(input: CaptureInput): Promise<void>;
  savePreview(edits: JobEdits): Promise<void>;
  discardPreview(): void;
  update(id: string, edits: JobEdits): Promise<void>;
  remove(id: string): Promise<void>;
  loadWatch(): Promise<void>;
  addBoard(board: string): Promise<string | null>;
  removeBoard(id: string): Promise<void>;
  addSearch(search: SavedSearchInput): Promise<string | null>;
  removeSearch(id: string): Promise<void>;
  refresh(): Promise<void>;
}

export const useJobs = create<JobsState>((set, get) => ({
  jobs: [],
  inbox: [],
  filters: {},
  sort: 'newest',
  loading: false,
  error: null,
  selectedId: null,
  detail: null,
  preview: null,
  capturing: false,
  captureError: null,
  boards: [],
  searches: [],
  refreshing: false,
  lastRefresh: null,
  setFilters(patch) {
    set({ filters: { ...get().filters, ...patch } });
    void get().load();
  },
  setSort: (sort) => set({ sort }),
  async load() {
    set({ loading: true });
    const [list, inbox] = await Promise.all([api.call('jobs.list', { ...get().filters, limit: 5000 }), api.call('jobs.list', { status: 'new', limit: 500 })]);
    set({
      loading: false,
      jobs: list.ok ? list.value : get().jobs,
      inbox: inbox.ok ? inbox.value : get().inbox,
      error: list.ok ? null : list.error.message,
    });
  },
  async select(id) {
    set({ selectedId: id, detail: null });
    if (!id) return;
    const result = await api.call('jobs.get', { id });
    if (get().selectedId === id) set(result.ok ? { detail: result.value } : { error: result.error.message, selectedId: null });
  },
  async capture(input) {
    set({ capturing: true, captureError: null });
    try {
      if (input.kind === 'paste') {
        const result = await api.invoke('jobs.extract', { capture: input });
        set({ preview: { input, result }, capturing: false });
        return;
      }
      const { job } = await api.invoke('jobs.add', { capture: input });
      set({ capturing: false });
      await get().load();
      rescore();
      await get().select(job.id);
    } catch (error) {
      set({ capturing: false, captureError: errorMessage(error) });
    }
  },
  async savePreview(edits) {
    const preview = get().preview;
    if (!preview) return;
    set({ capturing: true, captureError: null });
    try {
      const { job } = await api.invoke('jobs.add', { capture: preview.input, edits });
      set({ preview: null, capturing: false });
      await get().load();
      rescore();
      await get().select(job.id);
    } catch (error) {
      set({ capturing: false, captureError: errorMessage(error) });
    }
  },
  discardPreview: () => set({ preview: null, captureError: null }),
  async update(id, edits) {
    const result = await api.call('jobs.update', { id, edits });
    if (!result.ok) return set({ error: result.error.message });
    await get().load();
    // A status change leaves the match as it is; an edited title or text changes it.
    if (Object.keys(edits).some((k) => k !== 'status')) rescore();
    if (get().selectedId === id) await get().select(id);
  },
  async remove(id) {
    await api.call('jobs.remove', { id });
    if (get().selectedId === id) set({ selectedId: null, detail: null });
    await get().load();
  },
  async loadWatch() {
    const [boards, searches] = await Promise.all([api.call('watch.boards', {}), api.call('watch.searches', {})]);
    set({ boards: boards.ok ? boards.value : [], searches: searches.ok ? searches.value : [] });
  },
  async addBoard(board) {
    const result = await api.call('watch.addBoard', { board });
    if (!result.ok) return result.error.message;
    await get().loadWatch();
    return null;
  },
  async removeBoard(id) {
    await api.call('watch.removeBoard', { id });
    await get().loadWatch();
  },
  async addSearch(search) {
    const result = await api.call('watch.addSearch', { search });
    if (!result.ok) return result.error.message;
    await get().loadWatch();
    return null;
  },
  async removeSearch(id) {
    await api.call('watch.removeSearch', { id });
    await get().loadWatch();
  },
  async refresh() {
    set({ refreshing: true, error: null });
    const result = await api.call('watch.refresh', {});
    set({ refreshing: false, ...(result.ok ? { lastRefresh: result.value } : { error: result.error.message }) });
    await Promise.all([get().loadWatch(), get().load()]);
    rescore();
  },
}));
