import { randomUUID } from 'node:crypto';
import type { AtsProvider, SavedSearch, WatchedBoard } from '../../../../shared/domain/job';
import { AppError } from '../../../../shared/ipc/result';
import type { EventBus } from '../../events';
import type { Gateway } from '../../net/gateway';
import { titleCase } from '../ats/ats-providers';
import { resolveBoardRef } from '../ats/resolve-board-ref';
import { fetchBoard, type AtsEndpoints } from '../ats/fetch-board';
import { postingToCapture } from '../ats/posting-capture';
import { decodeEntities } from '../extract/extracted-fields';
import type { JobsService } from '../jobs-service';
import { matchesAnySearch } from './search-filter';
import type { WatchRepo } from './watch-repo';

/**
 * The watchlist: companies' public ATS boards, checked on a schedule and on demand. New postings
 * that pass a saved search land in the inbox (jobs with status `new`) and raise a notification.
 */

export interface WatchServiceDeps {
  repo: WatchRepo;
  jobs: JobsService;
  gateway: Gateway;
  events: EventBus;
  isOffline: () => boolean;
  endpoints?: AtsEndpoints;
  clock?: () => Date;
}

export interface BoardRefreshResult {
  boardId: string;
  label: string;
  found: number;
  added: number;
  error: string | null;
}

/** On a board's first check, at most this many matching postings go to the inbox (the newest). */
export const FIRST_CHECK_INBOX_LIMIT = 50;

const roughText = (html: string): string => decodeEntities(html.replace(/<[^>]*>/g, ' '));

export function createWatchService(deps: WatchServiceDeps) {
  const clock = deps.clock ?? (() => new Date());
  let running: Promise<BoardRefreshResult[]> | null = null;

  async function refreshBoard(board: WatchedBoard, searches: SavedSearch[]): Promise<BoardRefreshResult> {
    const base = { boardId: board.id, label: board.label };
    const firstCheck = board.lastCheckedAt === null;
    try {
      const postings = await fetchBoard(deps.gateway, board, {
        endpoints: deps.endpoints,
        known: (id) => deps.repo.seen(board.provider, id),
      });
      const fresh = postings.filter((p) => !deps.repo.seen(board.provider, p.atsId));
      // Filter on a rough text first; only the postings that reach the inbox are fully sanitised.
      const candidates = fresh
        .filter((p) => matchesAnySearch(p, roughText(p.descriptionHtml), searches))
        .sort((a, b) => (b.postedAt ?? '').localeCompare(a.postedAt ?? ''))
        .slice(0, firstCheck ? FIRST_CHECK_INBOX_LIMIT : undefined);
      let added = 0;
      for (const posting of candidates) {
        if (!deps.jobs.addCapture(postingToCapture(posting), 'new').duplicate) added++;
        await new Promise((resolve) => setImmediate(resolve)); // keep the app responsive on big boards
      }
      deps.repo.markSeen(
        board.provider,
        fresh.map((p) => p.atsId),
        clock().toISOString(),
      );
      deps.repo.markChecked(board.id, clock().toISOString(), null);
      return { ...base, found: postings.length, added, error: null };
    } catch (error) {
      const message = error instanceof AppError ? error.message : 'The board could not be read.';
      deps.repo.markChecked(board.id, clock().toISOString(), message);
      return { ...base, found: 0, added: 0, error: message };
    }
  }

  async function refresh(boardId?: string): Promise<BoardRefreshResult[]> {
    if (deps.isOffline())
      throw new AppError(
        'OFFLINE',
        'Offline mode is on, so the watchlist was not checked. Turn it off in Settings to check for new jobs.',
      );
    if (running) return running; // one refresh at a time; a second caller shares the first
    running = (async () => {
      const boards = boardId
        ? [deps.repo.board(boardId)].filter((b): b is WatchedBoard => Boolean(b))
        : deps.repo.boards();
      if (boardId && !boards.length) throw new AppError('NOT_FOUND', 'That board is no longer on the watchlist.');
      const searches = deps.repo.searches();
      const results: BoardRefreshResult[] = [];
      for (const board of boards) results.push(await refreshBoard(board, searches));
      const added = results.reduce((n, r) => n + r.added, 0);
      if (added > 0) {
        const names = results
          .filter((r) => r.added)
          .map((r) => `${r.label} (${r.added})`)
          .join(', ');
        deps.events.emit('notification', {
          level: 'info',
          title: `${added} new job${added === 1 ? '' : 's'} in your inbox`,
          body: names,
        });
      }
      return results;
    })();
    try {
      return await running;
    } finally {
      running = null;
    }
  }

  return {
    boards: (): WatchedBoard[] => deps.repo.boards(),
    async addBoard(input: string, provider?: AtsProvider, label?: string): Promise<WatchedBoard> {
      const ref = await resolveBoardRef(deps.gateway, input, provider);
      const existing = deps.repo.findBoard(ref.provider, ref.board, ref.region);
      if (existing) return existing;
      const board: WatchedBoard = {
        id: randomUUID(),
        ...ref,
        region: ref.region ?? 'us',
        label: label?.trim() || titleCase(ref.board),
        lastCheckedAt: null,
        lastError: null,
        createdAt: clock().toISOString(),
      };
      deps.repo.addBoard(board);
      return board;
    },
    removeBoard: (id: string): { removed: boolean } => ({ removed: deps.repo.removeBoard(id) }),
    searches: (): SavedSearch[] => deps.repo.searches(),
    addSearch(input: Omit<SavedSearch, 'id' | 'createdAt'>): SavedSearch {
      const search: SavedSearch = { ...input, id: randomUUID(), createdAt: clock().toISOString() };
      deps.repo.addSearch(search);
      return search;
    },
    removeSearch: (id: string): { removed: boolean } => ({ removed: deps.repo.removeSearch(id) }),
    refresh,
    /** Checks every board now and then every `intervalMs`, skipping while offline. Returns a stop function. */
    schedule(intervalMs: number): () => void {
      const tick = (): void => {
        if (deps.isOffline() || !deps.repo.boards().length) return;
        refresh().catch(() => undefined);
      };
      const timer = setInterval(tick, intervalMs);
      timer.unref?.();
      return () => clearInterval(timer);
    },
  };
}
export type WatchService = ReturnType<typeof createWatchService>;
