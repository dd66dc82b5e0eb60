import { JobDraft, type Job, type JobStatus } from '../../../shared/domain/job';
import type { ApplicationStatus, ImportPreviewResult, Money } from '../../../shared/domain/application';
import { AppError } from '../../../shared/ipc/result';
import { canonicalize, type Capture } from '../jobs/capture/build-draft';
import { emptyReport } from '../jobs/sanitize/sanitize-report';
import type { ApplicationsService } from './applications-service';
import type { ApplicationsRepo } from './applications-repo';
import { previewCsv } from './csv-import';
import { applicationsToCsv, toIcs } from './export-formats';
import type { RemindersService } from './reminders-service';
import type { TimelineRepo } from './timeline-repo';

/** CSV import (preview, then store the readable rows) and CSV / .ics export. */

export interface TransferServiceDeps {
  applications: ApplicationsService;
  repo: ApplicationsRepo;
  timeline: TimelineRepo;
  reminders: RemindersService;
  job: (id: string) => Job;
  /** Stores a job (deduplicated by URL and content: the same posting imported twice is one job). */
  storeJob: (capture: Capture, status: JobStatus) => { job: Job; duplicate: boolean };
  clock: () => Date;
}

export interface ImportOutcome extends ImportPreviewResult {
  imported: number;
  /** Rows whose job already has an application (importing the same file twice adds nothing). */
  skipped: { line: number; message: string }[];
}

const JOB_STATUS: Record<ApplicationStatus, JobStatus> = {
  saved: 'saved',
  applying: 'saved',
  applied: 'applied',
  screening: 'applied',
  interviewing: 'interviewing',
  offer: 'offer',
  accepted: 'offer',
  rejected: 'rejected',
  withdrawn: 'archived',
  ghosted: 'archived',
};

function captureOf(row: ImportPreviewResult['rows'][number], description: string, shape: string): Capture {
  const draft = JobDraft.parse({
    title: row.title,
    company: row.company,
    locations: row.location ? [row.location] : [],
    descriptionText: description,
    source: 'file',
    sourceUrl: row.url,
    canonicalUrl: canonicalize(row.url),
    extractedBy: `import:${shape}`,
    captureLog: [
      {
        at: new Date().toISOString(),
        level: 'info',
        message: `Imported from a ${shape} CSV export (line ${row.line}).`,
      },
    ],
  });
  return {
    draft,
    raw: { text: JSON.stringify(row), contentType: 'text/csv', url: row.url },
    report: emptyReport(),
    uncertain: [],
  };
}

export function createTransferService(deps: TransferServiceDeps) {
  const { applications } = deps;

  function preview(csv: string): ImportPreviewResult {
    try {
      const { descriptions: _d, ...result } = previewCsv(csv);
      return result;
    } catch (error) {
      throw new AppError('BAD_INPUT', (error as Error).message);
    }
  }

  return {
    preview,
    /**
     * Stores the rows the preview could read, in one transaction. A row past "applied" keeps its applied day
     * but has one status change, to its status on that day: an export does not say when the response came,
     * so such rows count in the funnel, per week and in outcomes, never in the response rate or time.
     */
    importCsv(csv: string): ImportOutcome {
      let parsed: ReturnType<typeof previewCsv>;
      try {
        parsed = previewCsv(csv);
      } catch (error) {
        throw new AppError('BAD_INPUT', (error as Error).message);
      }
      const { descriptions, ...result } = parsed;
      const skipped: ImportOutcome['skipped'] = [];
      let imported = 0;
      deps.repo.transaction(() => {
        for (const row of result.rows) {
          const { job } = deps.storeJob(
            captureOf(row, descriptions.get(row.line) ?? '', result.shape),
            JOB_STATUS[row.status],
          );
          if (deps.repo.forJob(job.id).length) {
            skipped.push({ line: row.line, message: `${row.title} at ${row.company} is already tracked.` });
            continue;
          }
          const app = applications.add({
            jobId: job.id,
            status: row.status,
            ...(row.appliedOn ? { on: row.appliedOn, appliedOn: row.appliedOn } : {}),
            source: row.source || `${result.shape} import`,
            notes: row.notes,
          });
          if (row.salary) applications.update(app.id, { salaryExpectation: row.salary as Money });
          imported++;
        }
      });
      return { ...result, imported, skipped };
    },
    exportCsv,
    exportIcs,
    export(format: 'csv' | 'ics'): { fileName: string; content: string } {
      const day = deps.clock().toISOString().slice(0, 10);
      return format === 'csv'
        ? { fileName: `jobsmith-applications-${day}.csv`, content: exportCsv() }
        : { fileName: `jobsmith-interviews-${day}.ics`, content: exportIcs() };
    },
  };

  function exportCsv(): string {
    const rows = deps.repo.list({ sort: 'applied', direction: 'asc', limit: 20_000 });
    const urls = new Map<string, string | null>();
    const url = (jobId: string): string | null => {
      if (!urls.has(jobId)) {
        try {
          urls.set(jobId, deps.job(jobId).sourceUrl);
        } catch {
          urls.set(jobId, null);
        }
      }
      return urls.get(jobId)!;
    };
    return applicationsToCsv(rows.map((r) => ({ ...r, url: url(r.jobId) })));
  }

  /** Interviews and open reminders as an iCalendar file. */
  function exportIcs(): string {
    const labels = new Map(deps.repo.list({ limit: 20_000 }).map((r) => [r.id, `${r.title} at ${r.company}`]));
    const label = (id: string): string => labels.get(id) ?? '';
    const interviews = deps.timeline.interviews().map((i) => ({ ...i, label: label(i.applicationId) }));
    const reminders = deps.reminders
      .all()
      .filter((r) => !r.doneAt)
      .map((r) => ({ ...r, label: label(r.applicationId) }));
    return toIcs(interviews, reminders, deps.clock());
  }
}
export type TransferService = ReturnType<typeof createTransferService>;
