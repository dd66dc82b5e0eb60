import type { ActivityEntry, ActivityQuery } from '../../../../shared/domain/ai';
import type { ActivityLogStore, NewActivityEntry } from '../activity-log';

/** An in-memory activity log for unit tests of the service (the app uses the SQLite one). */
export function createMemoryActivityLog(): ActivityLogStore & { entries: ActivityEntry[] } {
  const entries: ActivityEntry[] = [];
  return {
    entries,
    record(entry: NewActivityEntry): ActivityEntry {
      const saved = { ...entry, id: entries.length + 1 };
      entries.push(saved);
      return saved;
    },
    list(query: ActivityQuery): { entries: ActivityEntry[]; total: number } {
      const needle = query.search?.toLowerCase();
      const found = entries
        .filter((e) => !query.providerId || e.providerId === query.providerId)
        .filter((e) => !needle || `${e.sent} ${e.received} ${e.task} ${e.model}`.toLowerCase().includes(needle))
        .reverse();
      return { entries: found.slice(query.offset, query.offset + query.limit), total: found.length };
    },
    spentSince(sinceIso: string) {
      const rows = entries.filter((e) => e.createdAt >= sinceIso);
      const spentUsd = rows.reduce((sum, e) => sum + (e.costUsd ?? 0), 0);
      return { spentUsd, calls: rows.length, unpricedCalls: rows.filter((e) => e.costUsd === null).length };
    },
    all: (): ActivityEntry[] => [...entries],
  };
}
