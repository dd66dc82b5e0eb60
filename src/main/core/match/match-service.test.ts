import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/ipc/result';
import { createTestDb } from '../db/testing';
import { jobs, matchScores } from '../db/schema';
import { SAMPLE_JOB, SAMPLE_PROFILE } from './testing/sample-match.fixture';
import { createMatchRepo } from './match-repo';
import { createMatchService } from './match-service';
import { FORMULA_VERSION } from './score-match';
import { insertTestJob } from './testing';

describe('match service', () => {
  let db: ReturnType<typeof createTestDb>;
  let service: ReturnType<typeof createMatchService>;
  beforeEach(() => {
    db = createTestDb();
    service = createMatchService({
      repo: createMatchRepo(db.db),
      profile: { get: () => ({ profile: SAMPLE_PROFILE }) },
      clock: () => new Date('2025-01-15T10:00:00Z'),
    });
    insertTestJob(db.db, { id: 'j1', title: SAMPLE_JOB.title, text: SAMPLE_JOB.text });
    insertTestJob(db.db, {
      id: 'j2',
      title: 'Office Manager',
      text: 'Requirements\n- Microsoft Excel\n- Bookkeeping\n- Fluent French',
    });
  });
  afterEach(() => db.cleanup());

  it('stores the score with its formula version and explanation', async () => {
    const result = await service.matchJob('j1');
    expect(result.score).toBe(74);
    const row = db.db.select().from(matchScores).where(eq(matchScores.jobId, 'j1')).get()!;
    expect(row.formulaVersion).toBe(FORMULA_VERSION);
    expect(row.score).toBe(74);
    expect(row.inputsHash).toBe(result.inputsHash);
    expect(service.get('j1')).toEqual(result);
  });

  it('ranks every stored job, best first, and is stable across runs', () => {
    const first = service.rankAll();
    expect(first.scored).toBe(2);
    expect(first.ranked.map((r) => r.jobId)).toEqual(['j1', 'j2']);
    expect(first.ranked[1]!.missingRequired).toEqual(['Accounting', 'French', 'Microsoft Excel']);
    const again = service.rankAll();
    expect(again.scored).toBe(0); // nothing changed: stored scores are reused
    expect(again.ranked.map((r) => [r.jobId, r.score])).toEqual(first.ranked.map((r) => [r.jobId, r.score]));
  });

  it('drops the cached analysis and score with the job', () => {
    service.rankAll();
    db.db.delete(jobs).where(eq(jobs.id, 'j2')).run();
    expect(service.ranked().map((r) => r.jobId)).toEqual(['j1']);
    expect(db.sqlite.prepare("SELECT count(*) AS n FROM job_analyses WHERE job_id = 'j2'").get()).toEqual({ n: 0 });
  });

  it('re-analyses a job when its text changes', () => {
    service.rankAll();
    db.db
      .update(jobs)
      .set({ descriptionText: 'Requirements\n- Python\n- PostgreSQL', updatedAt: '2025-02-01T00:00:00.000Z' })
      .where(eq(jobs.id, 'j2'))
      .run();
    const ranked = service.rankAll().ranked;
    expect(ranked.find((r) => r.jobId === 'j2')!.missingRequired).toEqual([]);
  });

  it('recovers from a damaged cached analysis by analysing the job again', () => {
    service.rankAll();
    db.sqlite.prepare("UPDATE job_analyses SET analysis = '{not json' WHERE job_id = 'j2'").run();
    db.sqlite.prepare("UPDATE match_scores SET inputs_hash = 'stale' WHERE job_id = 'j2'").run();
    const { ranked, scored } = service.rankAll();
    expect(scored).toBe(1);
    expect(ranked.find((r) => r.jobId === 'j2')!.missingRequired).toEqual(['Accounting', 'French', 'Microsoft Excel']);
  });

  it('asks for an on-device model when the semantic layer is requested without one', async () => {
    await expect(service.matchJob('j1', { semantic: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/on-device model/),
    });
  });

  it('answers NOT_FOUND for an unknown job and BAD_INPUT for a huge text', async () => {
    await expect(service.matchJob('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(() => service.analyzeText({ title: 'x', text: 'a'.repeat(200_001) })).toThrow(AppError);
  });
});
