import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/testing';
import { activityToCsv, type NewActivityEntry } from './activity-log';
import { createActivityLogRepo } from './activity-log-repo';

const dbs: ReturnType<typeof createTestDb>[] = [];
afterEach(() => dbs.splice(0).forEach((d) => d.cleanup()));

function entry(partial: Partial<NewActivityEntry> = {}): NewActivityEntry {
  return {
    requestId: 'r1',
    task: 'job.extract',
    providerId: 'openai',
    providerKind: 'openai',
    model: 'gpt-4o-mini',
    sent: '{"messages":[{"role":"user","content":"Extract: Senior Rust developer"}]}',
    received: '{"title":"Rust dev"}',
    inputTokens: 10,
    outputTokens: 5,
    costUsd: 0.001,
    latencyMs: 120,
    firstTokenMs: null,
    outcome: 'ok',
    errorCode: null,
    errorMessage: null,
    createdAt: '2026-11-05T10:00:00.000Z',
    ...partial,
  };
}

describe('activity log (SQLite)', () => {
  it('records, searches (literal % and _), pages and sums the month', () => {
    const t = createTestDb();
    dbs.push(t);
    const repo = createActivityLogRepo(t.db);
    repo.record(entry());
    repo.record(
      entry({
        requestId: 'r2',
        providerId: 'claude',
        providerKind: 'anthropic',
        sent: 'discount 100% off_site',
        received: '{}',
        costUsd: 0.5,
      }),
    );
    repo.record(entry({ requestId: 'r3', createdAt: '2026-10-31T23:59:59.000Z', costUsd: 9 }));
    expect(repo.list({ limit: 10, offset: 0 }).total).toBe(3);
    expect(repo.list({ search: 'rust', limit: 10, offset: 0 }).entries.map((e) => e.requestId)).toEqual(['r3', 'r1']);
    expect(repo.list({ search: '100%', limit: 10, offset: 0 }).entries.map((e) => e.requestId)).toEqual(['r2']);
    expect(repo.list({ search: '%', limit: 10, offset: 0 }).total).toBe(1);
    expect(repo.list({ providerId: 'claude', limit: 10, offset: 0 }).entries[0]?.providerKind).toBe('anthropic');
    expect(repo.list({ limit: 1, offset: 1 }).entries[0]?.requestId).toBe('r2');
    expect(repo.spentSince('2026-11-01T00:00:00.000Z')).toEqual({ unpricedCalls: 0, spentUsd: 0.501, calls: 2 });
  });

  it('exports CSV with quoting', () => {
    const t = createTestDb();
    dbs.push(t);
    const repo = createActivityLogRepo(t.db);
    repo.record(entry({ received: 'line1\n"quoted", comma' }));
    const csv = activityToCsv(repo.all());
    expect(csv.split('\r\n')[0]).toMatch(/^id,createdAt,requestId,task/);
    expect(csv).toContain('"line1\n""quoted"", comma"');
  });
});
