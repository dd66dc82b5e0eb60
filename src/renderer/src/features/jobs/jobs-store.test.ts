import { describe, expect, it, vi } from 'vitest';
import type { MatchSummary } from '../../../../shared/domain/match';

vi.mock('../../lib/api', () => ({ api: { call: vi.fn(), invoke: vi.fn(), on: vi.fn() }, errorMessage: String }));

const { sortJobs, JOB_SORTS } = await import('./jobs-store');

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
