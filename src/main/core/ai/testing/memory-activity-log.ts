import type { ActivityEntry, ActivityQuery } from '../../../../shared/domain/ai';
import type { ActivityLogStore, NewActivityEntry } from '../activity-log';

/** An in-memory activity log for unit tests of the service (the app uses the SQLite one). */
export class MemoryActivityLog implements ActivityLogStore {
  readonly entries: ActivityEntry[] = [];

  record(entry: NewActivityEntry): ActivityEntry {
    const saved = { ...entry, id: this.entries.length + 1 };
    this.entries.push(saved);
    return saved;
  }

  list(query: ActivityQuery): { entries: ActivityEntry[]; total: number } {
    const needle = query.search?.toLowerCase();
    const found = this.entries
      .filter((e) => !query.providerId || e.providerId === query.providerId)
      .filter((e) => !needle || `${e.sent} ${e.received} ${e.task} ${e.model}`.toLowerCase().includes(needle))
      .reverse();
    return { entries: found.slice(query.offset, query.offset + query.limit), total: found.length };
  }

  spentSince(sinceIso: string): { spentUsd: number; calls: number; unpricedCalls: number } {
    const rows = this.entries.filter((e) => e.createdAt >= sinceIso);
    const spentUsd = rows.reduce((sum, e) => sum + (e.costUsd ?? 0), 0);
    return { spentUsd, calls: rows.length, unpricedCalls: rows.filter((e) => e.costUsd === null).length };
  }

  all(): ActivityEntry[] {
    return [...this.entries];
  }
}
