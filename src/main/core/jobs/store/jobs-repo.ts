import { and, desc, eq, getTableColumns, gte, inArray, like, sql, type SQL } from 'drizzle-orm';
import { CaptureLogEntry, Job, type JobListQuery, type JobSummary } from '../../../../shared/domain/job';
import type { Db } from '../../db/client';
import { jobCaptures, jobs } from '../../db/schema';
import type { SanitizeReport } from '../sanitize/sanitize-report';

/** Storage of jobs and their raw captures; full-text search through the `jobs_fts` FTS5 table. */

type Row = typeof jobs.$inferSelect;

export function rowToJob(row: Row): Job {
  return Job.parse({
    ...row,
    salary:
      row.salaryMin === null && row.salaryMax === null
        ? null
        : { min: row.salaryMin, max: row.salaryMax, currency: row.salaryCurrency, period: row.salaryPeriod },
    captureLog: CaptureLogEntry.array().catch([]).parse(row.captureLog),
  });
}

function jobToRow(job: Job): Row {
  const { salary, ...rest } = job;
  return {
    ...rest,
    salaryMin: salary?.min ?? null,
    salaryMax: salary?.max ?? null,
    salaryCurrency: salary?.currency ?? null,
    salaryPeriod: salary?.period ?? null,
  };
}

/** Turns what a person typed into a safe FTS5 query: every word must appear (as a prefix). */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu)?.slice(0, 12) ?? [];
  if (!words.length) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

export interface StoredCapture {
  id: number;
  source: string;
  url: string | null;
  contentType: string | null;
  raw: string;
  removed: SanitizeReport;
  capturedAt: string;
}

export function createJobsRepo(db: Db) {
  return {
    insert(job: Job, capture: Omit<StoredCapture, 'id'>): void {
      db.transaction((tx) => {
        tx.insert(jobs).values(jobToRow(job)).run();
        tx.insert(jobCaptures)
          .values({ ...capture, jobId: job.id })
          .run();
      });
    },
    addCapture(jobId: string, capture: Omit<StoredCapture, 'id'>): void {
      db.insert(jobCaptures)
        .values({ ...capture, jobId })
        .run();
    },
    save(job: Job): void {
      const { id, ...rest } = jobToRow(job);
      db.update(jobs).set(rest).where(eq(jobs.id, id)).run();
    },
    get(id: string): Job | null {
      const row = db.select().from(jobs).where(eq(jobs.id, id)).get();
      return row ? rowToJob(row) : null;
    },
    remove(id: string): boolean {
      return db.delete(jobs).where(eq(jobs.id, id)).run().changes > 0;
    },
    captures(jobId: string): StoredCapture[] {
      return db
        .select()
        .from(jobCaptures)
        .where(eq(jobCaptures.jobId, jobId))
        .orderBy(desc(jobCaptures.id))
        .all()
        .map((r) => ({
          id: r.id,
          source: r.source,
          url: r.url,
          contentType: r.contentType,
          raw: r.raw,
          removed: r.removed as SanitizeReport,
          capturedAt: r.capturedAt,
        }));
    },
    /** The same posting already stored: by canonical URL, by ATS id, or by content hash. */
    findDuplicate(key: {
      canonicalUrl: string | null;
      atsProvider: string | null;
      atsId: string | null;
      contentHash: string;
    }): Job | null {
      const tries: SQL[] = [];
      if (key.canonicalUrl) tries.push(eq(jobs.canonicalUrl, key.canonicalUrl));
      if (key.atsProvider && key.atsId)
        tries.push(and(eq(jobs.atsProvider, key.atsProvider), eq(jobs.atsId, key.atsId))!);
      tries.push(eq(jobs.contentHash, key.contentHash));
      for (const where of tries) {
        const row = db.select().from(jobs).where(where).limit(1).get();
        if (row) return rowToJob(row);
      }
      return null;
    },
    list(query: JobListQuery): JobSummary[] {
      const where: SQL[] = [];
      const match = query.text ? ftsQuery(query.text) : null;
      if (query.text && !match) return [];
      if (match) where.push(inArray(jobs.id, sql`(SELECT job_id FROM jobs_fts WHERE jobs_fts MATCH ${match})`));
      if (query.status) where.push(eq(jobs.status, query.status));
      if (query.company) where.push(like(jobs.company, `%${query.company.replace(/[%_]/g, '')}%`));
      if (query.remote) where.push(eq(jobs.remote, query.remote));
      if (query.since) where.push(gte(jobs.createdAt, query.since));
      // Only the list columns: descriptions and logs stay on disk until a job is opened.
      const { descriptionText: _t, descriptionHtml: _h, captureLog: _c, ...columns } = getTableColumns(jobs);
      const rows = db
        .select(columns)
        .from(jobs)
        .where(where.length ? and(...where) : undefined)
        .orderBy(desc(jobs.createdAt))
        .limit(query.limit)
        .all();
      return rows.map((row) => {
        const {
          descriptionText: _dt,
          descriptionHtml: _dh,
          captureLog: _cl,
          ...summary
        } = rowToJob({ ...row, descriptionText: '', descriptionHtml: '', captureLog: [] });
        return summary;
      });
    },
    companies(): string[] {
      return db
        .selectDistinct({ company: jobs.company })
        .from(jobs)
        .orderBy(jobs.company)
        .all()
        .map((r) => r.company)
        .filter(Boolean);
    },
  };
}
export type JobsRepo = ReturnType<typeof createJobsRepo>;
