import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MatchSummary } from '../../../../shared/domain/match';

const invoke = vi.fn();
vi.mock('../../lib/api', () => ({
  api: { invoke: (...args: unknown[]) => invoke(...args), on: vi.fn() },
  errorMessage: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));

const { sortJobs, JOB_SORTS, UNDO_DELETE_MS, useJobs } = await import('./jobs-store');
const initial = useJobs.getState();
afterEach(() => {
  useJobs.setState(initial, true);
  invoke.mockReset();
  vi.useRealTimers();
});

const job = (id: string, company: string, createdAt: string) => ({ id, company, createdAt });
// As the core lists them: newest first.
const jobs = [
  job('j5', 'beta GmbH', '2025-05-05T00:00:00Z'),
  job('j4', '', '2025-04-04T00:00:00Z'),
  job('j3', 'Acme', '2025-03-03T00:00:00Z'),
  job('j2', 'Beta GmbH', '2025-02-02T00:00:00Z'),
  job('j1', 'acme', '2025-01-01T00:00:00Z'),
];
const score = (jobId: string, s: number) => ({ jobId, score: s }) as MatchSummary;
const scores = { j1: score('j1', 80), j2: score('j2', 55), j3: score('j3', 80), j5: score('j5', 0) };

describe('sortJobs', () => {
  it('offers Newest, Best match and Company', () => {
    expect(JOB_SORTS.map((s) => s.label)).toEqual(['Newest', 'Best match', 'Company']);
  });

  it('newest: by capture time, newest first, whatever order it was given in', () => {
    expect(sortJobs([...jobs].reverse(), 'newest', scores).map((j) => j.id)).toEqual(['j5', 'j4', 'j3', 'j2', 'j1']);
  });

  it('best match: highest score first, ties by id, a score of 0 before unscored jobs, unscored last', () => {
    expect(sortJobs(jobs, 'match', scores).map((j) => j.id)).toEqual(['j1', 'j3', 'j2', 'j5', 'j4']);
    expect(sortJobs(jobs, 'match', {}).map((j) => j.id)).toEqual(['j1', 'j2', 'j3', 'j4', 'j5']);
  });

  it('company: A to Z ignoring case, newest first within a company, jobs without a company last', () => {
    expect(sortJobs(jobs, 'company', scores).map((j) => j.id)).toEqual(['j3', 'j1', 'j5', 'j2', 'j4']);
  });

  it('does not reorder the list it was given', () => {
    const given = [...jobs];
    sortJobs(given, 'match', scores);
    sortJobs(given, 'company', scores);
    expect(given).toEqual(jobs);
  });
});

const summary = (id: string) => ({
  id,
  title: `Job ${id}`,
  company: 'Acme',
  locations: [],
  remote: 'unknown',
  status: 'saved',
  createdAt: '2026-01-01T00:00:00Z',
});

describe('jobs store: failures and undo', () => {
  it('a failed load says why, stops loading and keeps the jobs already shown', async () => {
    useJobs.setState({ jobs: [summary('a')] as never });
    invoke.mockRejectedValue(new Error('The database is locked.'));
    await useJobs.getState().load();
    expect(useJobs.getState()).toMatchObject({ loading: false, error: 'The database is locked.' });
    expect(useJobs.getState().jobs.map((j) => j.id)).toEqual(['a']);
  });

  it('a failed URL capture resolves to false with the reason, and shows no preview', async () => {
    invoke.mockRejectedValue(new Error('The page answered 404.'));
    expect(await useJobs.getState().capture({ kind: 'url', url: 'https://jobs.example/gone' })).toBe(false);
    expect(useJobs.getState()).toMatchObject({
      capturing: false,
      captureError: 'The page answered 404.',
      preview: null,
      adding: true,
    });
  });

  it('every capture path, a file included, goes to the preview first and stores nothing', async () => {
    invoke.mockResolvedValue({ draft: { captureLog: [] }, uncertain: [], duplicateOf: null });
    expect(await useJobs.getState().capture({ kind: 'file', name: 'ad.txt', dataBase64: 'aGk=' })).toBe(true);
    expect(invoke.mock.calls.map((c) => c[0])).toEqual(['jobs.extract']);
    expect(useJobs.getState().preview).not.toBeNull();
  });

  it('a deleted job disappears at once, comes back on Undo, and is never removed in the core', async () => {
    vi.useFakeTimers();
    invoke.mockImplementation((channel: string) =>
      Promise.resolve(channel === 'jobs.list' ? [summary('a'), summary('b')] : {}),
    );
    await useJobs.getState().load();
    const removal = useJobs.getState().remove('a');
    expect(useJobs.getState().jobs.map((j) => j.id)).toEqual(['b']);
    useJobs.getState().undoRemove('a');
    await vi.advanceTimersByTimeAsync(UNDO_DELETE_MS + 10);
    await removal;
    expect(invoke.mock.calls.some((c) => c[0] === 'jobs.remove')).toBe(false);
    expect(useJobs.getState().jobs.map((j) => j.id)).toEqual(['a', 'b']);
  });

  it('without Undo the job is removed in the core once the toast has gone', async () => {
    vi.useFakeTimers();
    invoke.mockImplementation((channel: string) =>
      Promise.resolve(channel === 'jobs.list' ? [summary('b')] : { removed: true }),
    );
    const removal = useJobs.getState().remove('a');
    await vi.advanceTimersByTimeAsync(UNDO_DELETE_MS + 10);
    await removal;
    expect(invoke).toHaveBeenCalledWith('jobs.remove', { id: 'a' });
    expect(useJobs.getState().pendingRemoval).toEqual([]);
  });
});
