import { create } from 'zustand';
import type {
  BoardRefreshResult,
  CaptureInput,
  CapturePreview,
  JobDetail,
  JobEdits,
  JobListQuery,
  JobSummary,
  SavedSearch,
  SavedSearchInput,
  WatchedBoard,
} from '../../../../shared/domain/job';
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
export function sortJobs<T extends { id: string; company: string; createdAt: string }>(
  jobs: T[],
  sort: JobSort,
  scores: Record<string, MatchSummary>,
): T[] {
  if (sort === 'match') return sortByMatch(jobs, scores);
  if (sort === 'company') {
    const byCompany = (a: T, b: T) =>
      (!a.company.trim() ? 1 : 0) - (!b.company.trim() ? 1 : 0) ||
      a.company.trim().localeCompare(b.company.trim(), undefined, { sensitivity: 'base' });
    return [...jobs].sort((a, b) => byCompany(a, b) || b.createdAt.localeCompare(a.createdAt));
  }
  return [...jobs].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Scores the jobs that are new or changed (added, or arrived from a watched board). */
const rescore = () => void useMatch.getState().rankAll();

/** How long a deleted job can be brought back before it is removed for good. */
export const UNDO_DELETE_MS = 8_000;

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
  /** The "Add job" dialog is open. */
  adding: boolean;
  /** A capture (paste, URL, file or drop) waiting for the user to check the guessed fields. */
  preview: { input: CaptureInput; result: CapturePreview } | null;
  capturing: boolean;
  captureError: string | null;
  /** Jobs deleted in the last few seconds: hidden now, removed for good once their Undo expires. */
  pendingRemoval: string[];
  boards: WatchedBoard[];
  searches: SavedSearch[];
  refreshing: boolean;
  lastRefresh: BoardRefreshResult[] | null;
  setFilters(patch: Partial<JobFilters>): void;
  setSort(sort: JobSort): void;
  load(): Promise<void>;
  select(id: string | null): Promise<void>;
  openAdd(): void;
  closeAdd(): void;
  /** Reads any capture into a preview (nothing is stored yet). Resolves to false when it failed: keep what the user typed. */
  capture(input: CaptureInput): Promise<boolean>;
  savePreview(edits: JobEdits): Promise<void>;
  discardPreview(): void;
  update(id: string, edits: JobEdits): Promise<void>;
  /** Hides the job at once and removes it after UNDO_DELETE_MS unless `undoRemove` is called first. */
  remove(id: string): Promise<void>;
  undoRemove(id: string): void;
  loadWatch(): Promise<void>;
  addBoard(board: string): Promise<string | null>;
  removeBoard(id: string): Promise<void>;
  addSearch(search: SavedSearchInput): Promise<string | null>;
  removeSearch(id: string): Promise<void>;
  refresh(): Promise<void>;
  /** New postings from a scheduled watchlist check arrive as a notification: refresh the lists and score them. Returns the unsubscribe. */
  followWatchlist(): () => void;
}

/** Deletions waiting out their Undo: the timer, and what ends the wait early (Undo). */
const removals = new Map<string, { timer: ReturnType<typeof setTimeout>; cancel(): void }>();

export const useJobs = create<JobsState>((set, get) => {
  /** Runs `work`, keeping the store's `error` in step: null on success, the message on failure. */
  async function guard<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      const value = await work();
      set({ error: null });
      return value;
    } catch (error) {
      set({ error: errorMessage(error) });
      return undefined;
    }
  }
  const visible = (list: JobSummary[]) => list.filter((j) => !get().pendingRemoval.includes(j.id));

  return {
    jobs: [],
    inbox: [],
    filters: {},
    sort: 'newest',
    loading: false,
    error: null,
    selectedId: null,
    detail: null,
    adding: false,
    preview: null,
    capturing: false,
    captureError: null,
    pendingRemoval: [],
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
      await guard(async () => {
        const [list, inbox] = await Promise.all([
          api.invoke('jobs.list', { ...get().filters, limit: 5000 }),
          api.invoke('jobs.list', { status: 'new', limit: 500 }),
        ]);
        set({ jobs: visible(list), inbox: visible(inbox) });
      });
      set({ loading: false });
    },
    async select(id) {
      set({ selectedId: id, detail: null });
      if (!id) return;
      try {
        const detail = await api.invoke('jobs.get', { id });
        if (get().selectedId === id) set({ detail, error: null });
      } catch (error) {
        if (get().selectedId === id) set({ error: errorMessage(error), selectedId: null });
      }
    },
    openAdd: () => set({ adding: true, captureError: null }),
    closeAdd: () => set({ adding: false, preview: null, captureError: null }),
    async capture(input) {
      set({ capturing: true, captureError: null, adding: true });
      try {
        const result = await api.invoke('jobs.extract', { capture: input });
        set({ preview: { input, result }, capturing: false });
        return true;
      } catch (error) {
        set({ capturing: false, captureError: errorMessage(error) });
        return false;
      }
    },
    async savePreview(edits) {
      const preview = get().preview;
      if (!preview) return;
      set({ capturing: true, captureError: null });
      try {
        const { job } = await api.invoke('jobs.add', { capture: preview.input, edits });
        set({ preview: null, capturing: false, adding: false });
        await get().load();
        rescore();
        await get().select(job.id);
      } catch (error) {
        set({ capturing: false, captureError: errorMessage(error) });
      }
    },
    discardPreview: () => set({ preview: null, captureError: null }),
    async update(id, edits) {
      const saved = await guard(() => api.invoke('jobs.update', { id, edits }));
      if (!saved) return;
      await get().load();
      // A status change leaves the match as it is; an edited title or text changes it.
      if (Object.keys(edits).some((k) => k !== 'status')) rescore();
      if (get().selectedId === id) await get().select(id);
    },
    async remove(id) {
      set({
        pendingRemoval: [...get().pendingRemoval, id],
        jobs: get().jobs.filter((j) => j.id !== id),
        inbox: get().inbox.filter((j) => j.id !== id),
        ...(get().selectedId === id ? { selectedId: null, detail: null } : {}),
      });
      const undone = await new Promise<boolean>((resolve) => {
        removals.set(id, { timer: setTimeout(() => resolve(false), UNDO_DELETE_MS), cancel: () => resolve(true) });
      });
      removals.delete(id);
      if (undone) return;
      await guard(() => api.invoke('jobs.remove', { id }));
      set({ pendingRemoval: get().pendingRemoval.filter((x) => x !== id) });
      await get().load();
    },
    undoRemove(id) {
      const removal = removals.get(id);
      if (!removal) return;
      clearTimeout(removal.timer);
      removal.cancel();
      set({ pendingRemoval: get().pendingRemoval.filter((x) => x !== id) });
      void get()
        .load()
        .then(() => get().select(id));
    },
    async loadWatch() {
      await guard(async () => {
        const [boards, searches] = await Promise.all([
          api.invoke('watch.boards', {}),
          api.invoke('watch.searches', {}),
        ]);
        set({ boards, searches });
      });
    },
    async addBoard(board) {
      try {
        await api.invoke('watch.addBoard', { board });
      } catch (error) {
        return errorMessage(error);
      }
      await get().loadWatch();
      return null;
    },
    async removeBoard(id) {
      await guard(() => api.invoke('watch.removeBoard', { id }));
      await get().loadWatch();
    },
    async addSearch(search) {
      try {
        await api.invoke('watch.addSearch', { search });
      } catch (error) {
        return errorMessage(error);
      }
      await get().loadWatch();
      return null;
    },
    async removeSearch(id) {
      await guard(() => api.invoke('watch.removeSearch', { id }));
      await get().loadWatch();
    },
    async refresh() {
      set({ refreshing: true, error: null });
      const lastRefresh = await guard(() => api.invoke('watch.refresh', {}));
      set({ refreshing: false, ...(lastRefresh ? { lastRefresh } : {}) });
      await Promise.all([get().loadWatch(), get().load()]);
      rescore();
    },
    followWatchlist: () => api.on('notification', () => void get().load().then(rescore)),
  };
});
