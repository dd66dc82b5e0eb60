import { useEffect } from 'react';
import { create } from 'zustand';
import type { MatchSummary, StoredMatch } from '../../../../shared/domain/match';
import { api, errorMessage } from '../../lib/api';

interface MatchState {
  /** Stored scores by job id (the Jobs list's match column and sort). */
  scores: Record<string, MatchSummary>;
  ranked: MatchSummary[];
  ranking: boolean;
  /** Reading the stored scores. */
  loading: boolean;
  lastScored: number | null;
  error: string | null;
  /** Full explanations of opened jobs. */
  matches: Record<string, { match: StoredMatch | null; loading: boolean; error: string | null }>;
  /** Skills the user said they do not have (kept on this computer, hidden from "missing"). */
  notMine: string[];
  setNotMine(skill: string, notMine: boolean): void;
  loadScores(): Promise<void>;
  rankAll(): Promise<void>;
  loadMatch(jobId: string, semantic?: boolean): Promise<void>;
}

const NOT_MINE_KEY = 'jobsmith.notMine';
function readNotMine(): string[] {
  try {
    const list: unknown = JSON.parse(globalThis.localStorage?.getItem(NOT_MINE_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

const byId = (list: MatchSummary[]) => Object.fromEntries(list.map((s) => [s.jobId, s]));

export const useMatch = create<MatchState>((set, get) => ({
  scores: {},
  ranked: [],
  ranking: false,
  loading: false,
  lastScored: null,
  error: null,
  matches: {},
  notMine: readNotMine(),
  setNotMine(skill, notMine) {
    const list = notMine ? [...new Set([...get().notMine, skill])] : get().notMine.filter((s) => s !== skill);
    globalThis.localStorage?.setItem(NOT_MINE_KEY, JSON.stringify(list));
    set({ notMine: list });
  },
  async loadScores() {
    set({ loading: true });
    try {
      const ranked = await api.invoke('match.list', { limit: 10_000 });
      set({ ranked, scores: byId(ranked), error: null, loading: false });
    } catch (error) {
      set({ error: errorMessage(error), loading: false });
    }
  },
  async rankAll() {
    set({ ranking: true, error: null });
    try {
      const { ranked, scored } = await api.invoke('match.rankAll', { limit: 10_000 });
      set({ ranked, scores: byId(ranked), lastScored: scored, ranking: false });
    } catch (error) {
      set({ error: errorMessage(error), ranking: false });
    }
  },
  async loadMatch(jobId, semantic = false) {
    set({
      matches: {
        ...get().matches,
        [jobId]: { match: get().matches[jobId]?.match ?? null, loading: true, error: null },
      },
    });
    try {
      const match = await api.invoke('match.job', { jobId, semantic });
      set({ matches: { ...get().matches, [jobId]: { match, loading: false, error: null } } });
    } catch (error) {
      set({
        matches: {
          ...get().matches,
          [jobId]: { match: get().matches[jobId]?.match ?? null, loading: false, error: errorMessage(error) },
        },
      });
    }
  },
}));

/** Sorts any list of jobs by their stored match score, best first; unscored jobs last. */
export function sortByMatch<T extends { id: string }>(jobs: T[], scores: Record<string, MatchSummary>): T[] {
  return [...jobs].sort(
    (a, b) => (scores[b.id]?.score ?? -1) - (scores[a.id]?.score ?? -1) || a.id.localeCompare(b.id),
  );
}

/**
 * For the Jobs list: the match score of every stored job, refreshed when the list mounts (only
 * jobs whose inputs changed are rescored). Use with `sortByMatch` and `<JobMatchScore>`.
 */
export function useJobScores(): Record<string, MatchSummary> {
  const scores = useMatch((s) => s.scores);
  useEffect(() => {
    const { loadScores, rankAll } = useMatch.getState();
    void loadScores().then(() => rankAll());
  }, []);
  return scores;
}
