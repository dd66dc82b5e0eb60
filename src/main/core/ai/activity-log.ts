import type { ActivityEntry, ActivityQuery } from '../../../shared/domain/ai';

export type NewActivityEntry = Omit<ActivityEntry, 'id'>;

/**
 * The record of every model call: what was sent, to whom, what it cost and how it ended.
 * It is the user's proof of exactly what left their machine, and the source of the budget.
 * The SQLite implementation is `activity-log-repo.ts`.
 */
export interface ActivityLogStore {
  record(entry: NewActivityEntry): ActivityEntry;
  list(query: ActivityQuery): { entries: ActivityEntry[]; total: number };
  /** Total known cost, number of calls, and calls of unknown cost since an ISO timestamp (inclusive). */
  spentSince(sinceIso: string): { spentUsd: number; calls: number; unpricedCalls: number };
  all(): ActivityEntry[];
}

/** Renders entries as CSV (RFC 4180 quoting) for export. */
export function activityToCsv(entries: ActivityEntry[]): string {
  const columns: (keyof ActivityEntry)[] = [
    'id',
    'createdAt',
    'requestId',
    'task',
    'providerId',
    'providerKind',
    'model',
    'outcome',
    'inputTokens',
    'outputTokens',
    'costUsd',
    'latencyMs',
    'firstTokenMs',
    'errorCode',
    'errorMessage',
    'sent',
    'received',
  ];
  const quote = (value: unknown): string => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.join(',')];
  for (const entry of entries) lines.push(columns.map((c) => quote(entry[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}
