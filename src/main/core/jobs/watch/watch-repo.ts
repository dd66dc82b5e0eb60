import { and, eq } from 'drizzle-orm';
import { SavedSearch, WatchedBoard, type BoardRegion } from '../../../../shared/domain/job';
import type { Db } from '../../db/client';
import { savedSearches, watchedBoards, watchSeen } from '../../db/schema';

/** The watchlist (boards), saved searches, and the postings already seen on each board. */
export function createWatchRepo(db: Db) {
  return {
    boards(): WatchedBoard[] {
      return db
        .select()
        .from(watchedBoards)
        .orderBy(watchedBoards.label)
        .all()
        .map((r) => WatchedBoard.parse(r));
    },
    board(id: string): WatchedBoard | null {
      const row = db.select().from(watchedBoards).where(eq(watchedBoards.id, id)).get();
      return row ? WatchedBoard.parse(row) : null;
    },
    findBoard(provider: string, board: string, region: BoardRegion = 'us'): WatchedBoard | null {
      const row = db
        .select()
        .from(watchedBoards)
        .where(
          and(eq(watchedBoards.provider, provider), eq(watchedBoards.region, region), eq(watchedBoards.board, board)),
        )
        .get();
      return row ? WatchedBoard.parse(row) : null;
    },
    addBoard(board: WatchedBoard): void {
      db.insert(watchedBoards).values(board).run();
    },
    markChecked(id: string, at: string, error: string | null): void {
      db.update(watchedBoards).set({ lastCheckedAt: at, lastError: error }).where(eq(watchedBoards.id, id)).run();
    },
    removeBoard(id: string): boolean {
      return db.delete(watchedBoards).where(eq(watchedBoards.id, id)).run().changes > 0;
    },
    searches(): SavedSearch[] {
      return db
        .select()
        .from(savedSearches)
        .orderBy(savedSearches.name)
        .all()
        .map((r) => SavedSearch.parse(r));
    },
    addSearch(search: SavedSearch): void {
      db.insert(savedSearches).values(search).run();
    },
    removeSearch(id: string): boolean {
      return db.delete(savedSearches).where(eq(savedSearches.id, id)).run().changes > 0;
    },
    seen(provider: string, atsId: string): boolean {
      return Boolean(
        db
          .select()
          .from(watchSeen)
          .where(and(eq(watchSeen.provider, provider), eq(watchSeen.atsId, atsId)))
          .get(),
      );
    },
    markSeen(provider: string, atsIds: string[], at: string): void {
      if (!atsIds.length) return;
      db.transaction((tx) => {
        for (const atsId of atsIds)
          tx.insert(watchSeen).values({ provider, atsId, firstSeenAt: at }).onConflictDoNothing().run();
      });
    },
  };
}
export type WatchRepo = ReturnType<typeof createWatchRepo>;
