import { and, asc, eq } from 'drizzle-orm';
import type {
  Application,
  ApplicationListQuery,
  ApplicationStatus,
  ApplicationSummary,
  StatusChange,
} from '../../../shared/domain/application';
import type { Db } from '../db/client';
import { rawSqlite } from './raw-sqlite';
import { applications, applicationStatusChanges } from '../db/schema';
import { ftsQuery } from '../jobs/store/jobs-repo';

/** Storage of applications and their status history; the list query with filters, sorting and FTS5 search. */

type Row = typeof applications.$inferSelect;

const money = (amount: number | null, currency: string | null) =>
  amount === null || !currency ? null : { amount, currency };

export function rowToApplication(row: Row): Application {
  return {
    id: row.id,
    jobId: row.jobId,
    status: row.status as ApplicationStatus,
    appliedOn: row.appliedOn,
    source: row.source,
    salaryExpectation: money(row.salaryAmount, row.salaryCurrency),
    offer: money(row.offerAmount, row.offerCurrency),
    notes: row.notes,
    matchScore: row.matchScore,
    matchFormulaVersion: row.matchFormulaVersion,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function applicationToRow(a: Application, statusOn: string): Row {
  return {
    id: a.id,
    jobId: a.jobId,
    status: a.status,
    statusOn,
    appliedOn: a.appliedOn,
    source: a.source,
    salaryAmount: a.salaryExpectation?.amount ?? null,
    salaryCurrency: a.salaryExpectation?.currency ?? null,
    offerAmount: a.offer?.amount ?? null,
    offerCurrency: a.offer?.currency ?? null,
    notes: a.notes,
    matchScore: a.matchScore,
    matchFormulaVersion: a.matchFormulaVersion,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

const SORT_SQL: Record<NonNullable<ApplicationListQuery['sort']>, string> = {
  updated: 'a.updated_at',
  applied: 'a.applied_on',
  company: 'j.company COLLATE NOCASE',
  title: 'j.title COLLATE NOCASE',
  status: 'a.status',
  match: 'a.match_score',
};

const SUMMARY_SQL = `SELECT a.id, a.job_id, a.status, a.status_on, a.applied_on, a.source, a.salary_amount, a.salary_currency,
  a.offer_amount, a.offer_currency, a.match_score, a.match_formula_version, a.created_at, a.updated_at, j.title, j.company,
  r.next_reminder
  FROM applications a JOIN jobs j ON j.id = a.job_id
  LEFT JOIN (SELECT application_id, min(coalesce(snoozed_until, due_at)) AS next_reminder FROM application_reminders WHERE done_at IS NULL GROUP BY application_id) r
    ON r.application_id = a.id`;

type SummaryRow = [
  string,
  string,
  string,
  string,
  string | null,
  string,
  number | null,
  string | null,
  number | null,
  string | null,
  number | null,
  string | null,
  string,
  string,
  string,
  string,
  string | null,
];

function toSummary(r: SummaryRow): ApplicationSummary {
  return {
    id: r[0],
    jobId: r[1],
    status: r[2] as ApplicationStatus,
    statusOn: r[3],
    appliedOn: r[4],
    source: r[5],
    salaryExpectation: money(r[6], r[7]),
    offer: money(r[8], r[9]),
    matchScore: r[10],
    matchFormulaVersion: r[11],
    createdAt: r[12],
    updatedAt: r[13],
    title: r[14],
    company: r[15],
    nextReminderAt: r[16],
  };
}

export function createApplicationsRepo(db: Db) {
  const sqlite = rawSqlite(db);
  return {
    insert(a: Application, change: Omit<StatusChange, 'id'>): void {
      db.transaction((tx) => {
        tx.insert(applications).values(applicationToRow(a, change.on)).run();
        tx.insert(applicationStatusChanges)
          .values({
            applicationId: a.id,
            fromStatus: change.from,
            toStatus: change.to,
            on: change.on,
            recordedAt: change.recordedAt,
          })
          .run();
      });
    },
    /** Saves the application; with a change, records it in the history in the same transaction. */
    save(a: Application, change?: Omit<StatusChange, 'id'>): void {
      db.transaction((tx) => {
        const statusOn =
          change?.on ??
          tx.select({ on: applications.statusOn }).from(applications).where(eq(applications.id, a.id)).get()?.on ??
          a.updatedAt.slice(0, 10);
        const { id, ...rest } = applicationToRow(a, statusOn);
        tx.update(applications).set(rest).where(eq(applications.id, id)).run();
        if (change)
          tx.insert(applicationStatusChanges)
            .values({
              applicationId: a.id,
              fromStatus: change.from,
              toStatus: change.to,
              on: change.on,
              recordedAt: change.recordedAt,
            })
            .run();
      });
    },
    get(id: string): Application | undefined {
      const row = db.select().from(applications).where(eq(applications.id, id)).get();
      return row ? rowToApplication(row) : undefined;
    },
    forJob(jobId: string): Application[] {
      return db
        .select()
        .from(applications)
        .where(eq(applications.jobId, jobId))
        .orderBy(asc(applications.createdAt))
        .all()
        .map(rowToApplication);
    },
    remove(id: string): boolean {
      return db.delete(applications).where(eq(applications.id, id)).run().changes > 0;
    },
    history(id: string): StatusChange[] {
      return db
        .select()
        .from(applicationStatusChanges)
        .where(and(eq(applicationStatusChanges.applicationId, id)))
        .orderBy(asc(applicationStatusChanges.on), asc(applicationStatusChanges.id))
        .all()
        .map((r) => ({
          id: r.id,
          from: r.fromStatus as ApplicationStatus | null,
          to: r.toStatus as ApplicationStatus,
          on: r.on,
          recordedAt: r.recordedAt,
        }));
    },
    /** Every status change of every application, in day order: what the statistics read. */
    allHistory(): { applicationId: string; to: ApplicationStatus; on: string }[] {
      const rows = sqlite
        .prepare(
          'SELECT application_id, to_status, on_day FROM application_status_changes ORDER BY application_id, on_day, id',
        )
        .raw()
        .all() as [string, string, string][];
      return rows.map(([applicationId, to, on]) => ({ applicationId, to: to as ApplicationStatus, on }));
    },
    /** id, source and match score of every application (statistics). */
    facts(): {
      id: string;
      status: ApplicationStatus;
      source: string;
      matchScore: number | null;
      appliedOn: string | null;
    }[] {
      const rows = sqlite
        .prepare('SELECT id, status, source, match_score, applied_on FROM applications')
        .raw()
        .all() as [string, string, string, number | null, string | null][];
      return rows.map(([id, status, source, matchScore, appliedOn]) => ({
        id,
        status: status as ApplicationStatus,
        source,
        matchScore,
        appliedOn,
      }));
    },
    list(query: ApplicationListQuery): ApplicationSummary[] {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.status) {
        where.push('a.status = ?');
        params.push(query.status);
      }
      if (query.source) {
        where.push('a.source = ? COLLATE NOCASE');
        params.push(query.source);
      }
      const match = query.search ? ftsQuery(query.search) : null;
      if (query.search && !match) return [];
      if (match) {
        where.push(
          '(a.id IN (SELECT application_id FROM applications_fts WHERE applications_fts MATCH ?) OR a.job_id IN (SELECT job_id FROM jobs_fts WHERE jobs_fts MATCH ?))',
        );
        params.push(match, match);
      }
      const direction = query.direction === 'asc' ? 'ASC' : 'DESC';
      const order = `${SORT_SQL[query.sort ?? 'updated']} ${direction} NULLS LAST, a.id`;
      const text = `${SUMMARY_SQL}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`;
      const rows = sqlite
        .prepare(text)
        .raw()
        .all(...params, query.limit ?? 10_000) as SummaryRow[];
      return rows.map(toSummary);
    },
    summary(id: string): ApplicationSummary | undefined {
      const row = sqlite.prepare(`${SUMMARY_SQL} WHERE a.id = ?`).raw().get(id) as SummaryRow | undefined;
      return row ? toSummary(row) : undefined;
    },
    /** Rewrites the search row of one application from its notes, timeline and contacts. */
    reindex(id: string): void {
      const notes =
        (sqlite.prepare('SELECT notes FROM applications WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
      sqlite.prepare('DELETE FROM applications_fts WHERE application_id = ?').run(id);
      if (notes === null) return;
      const timeline =
        (sqlite
          .prepare("SELECT group_concat(title || ' ' || note, ' ') FROM application_events WHERE application_id = ?")
          .pluck()
          .get(id) as string | null) ?? '';
      const people =
        (sqlite
          .prepare(
            "SELECT group_concat(c.name || ' ' || c.role || ' ' || c.email || ' ' || c.company, ' ') FROM contacts c JOIN application_contacts ac ON ac.contact_id = c.id WHERE ac.application_id = ?",
          )
          .pluck()
          .get(id) as string | null) ?? '';
      sqlite
        .prepare('INSERT INTO applications_fts (application_id, notes, timeline, contacts) VALUES (?, ?, ?, ?)')
        .run(id, notes, timeline, people);
    },
    /** The latest stored match score of a job with its formula version (read-only view of core/match's table). */
    matchOf(jobId: string): { score: number; formulaVersion: string } | null {
      const row = sqlite
        .prepare('SELECT score, formula_version FROM match_scores WHERE job_id = ?')
        .raw()
        .get(jobId) as [number, string] | undefined;
      return row ? { score: row[0], formulaVersion: row[1] } : null;
    },
    transaction<T>(fn: () => T): T {
      return sqlite.transaction(fn)();
    },
  };
}
export type ApplicationsRepo = ReturnType<typeof createApplicationsRepo>;
