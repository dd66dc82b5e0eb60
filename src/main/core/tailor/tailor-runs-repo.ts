import { desc, eq } from 'drizzle-orm';
import { TailorRun, type TailorRunSummary } from '../../../shared/domain/tailor';
import type { Db } from '../db/client';
import { tailorRuns } from '../db/schema';

type Row = typeof tailorRuns.$inferSelect;

function toRun(row: Row): TailorRun {
  return TailorRun.parse({
    ...row,
    analysis: row.analysis ?? null,
    matchBefore: row.matchBefore ?? null,
    matchAfter: row.matchAfter ?? null,
  });
}

/** Stores tailoring runs: each stage's output is written as the stage ends. */
export function createTailorRunsRepo(db: Db) {
  return {
    insert(run: TailorRun): void {
      db.insert(tailorRuns).values(run).run();
    },
    save(run: TailorRun): void {
      const { id, ...rest } = run;
      db.update(tailorRuns).set(rest).where(eq(tailorRuns.id, id)).run();
    },
    get(id: string): TailorRun | null {
      const row = db.select().from(tailorRuns).where(eq(tailorRuns.id, id)).get();
      return row ? toRun(row) : null;
    },
    list(jobId?: string, limit = 100): TailorRunSummary[] {
      const q = db.select().from(tailorRuns);
      const rows = (jobId ? q.where(eq(tailorRuns.jobId, jobId)) : q)
        .orderBy(desc(tailorRuns.createdAt))
        .limit(limit)
        .all();
      return rows.map((r) => {
        const run = toRun(r);
        return {
          id: run.id,
          jobId: run.jobId,
          jobTitle: run.jobTitle,
          company: run.company,
          status: run.status,
          mode: run.mode,
          createdAt: run.createdAt,
          openFlags: run.flags.filter((f) => f.status === 'open').length,
        };
      });
    },
    /** Runs left "running" by a process that ended (a crash, a quit) are marked failed at start-up. */
    failInterrupted(at: string): number {
      return db
        .update(tailorRuns)
        .set({ status: 'failed', error: 'Jobsmith closed while this run was working.', updatedAt: at })
        .where(eq(tailorRuns.status, 'running'))
        .run().changes;
    },
  };
}
export type TailorRunsRepo = ReturnType<typeof createTailorRunsRepo>;
