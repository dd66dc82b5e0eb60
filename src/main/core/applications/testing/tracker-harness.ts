import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../db/client';
import { createEventBus } from '../../events';
import type { Capture } from '../../jobs/capture/build-draft';
import { createJobsService, type JobsService } from '../../jobs/jobs-service';
import { emptyReport } from '../../jobs/sanitize/sanitize-report';
import { createJobsRepo } from '../../jobs/store/jobs-repo';
import { createGateway } from '../../net/gateway';
import { JobDraft, type Job } from '../../../../shared/domain/job';
import { createApplicationsModule, type ApplicationsModule } from '../applications-module';
import type { Notifier } from '../notifier';
import { createRecordingNotifier } from './recording-notifier';

/** A settable clock for tests. */
export function createTestClock(start: string): { now: () => Date; set(iso: string): void; advance(ms: number): void } {
  let t = Date.parse(start);
  return { now: () => new Date(t), set: (iso) => void (t = Date.parse(iso)), advance: (ms) => void (t += ms) };
}

/** A stored job built in the test (no network): title, company and a description. */
export function jobCapture(
  title: string,
  company: string,
  description = `${title} at ${company}. We build things with TypeScript.`,
  url: string | null = null,
): Capture {
  const draft = JobDraft.parse({
    title,
    company,
    descriptionText: description,
    source: 'paste',
    sourceUrl: url,
    extractedBy: 'test',
  });
  return { draft, raw: { text: description, contentType: 'text/plain', url }, report: emptyReport(), uncertain: [] };
}

export interface TestTracker extends ApplicationsModule {
  database: OpenedDatabase;
  jobs: JobsService;
  notifier: Notifier & { notices: { reminderId: string; title: string; body: string }[] };
  addJob(title: string, company: string, description?: string): Job;
  close(): void;
}

/**
 * The applications module on a real database file (real migrations) in `dir`, with the real jobs service
 * and a recording notifier. Two trackers on one dir after another = an app restart.
 */
export function createTestTracker(opts: {
  dir?: string;
  clock: () => Date;
  reminderIntervalMs?: number | null;
  onJobApplied?: boolean;
}): TestTracker & { dir: string; cleanup(): void } {
  const dir = opts.dir ?? mkdtempSync(path.join(os.tmpdir(), 'jobsmith-apps-'));
  const database = openDatabase({ file: path.join(dir, 'jobsmith.sqlite') });
  const notifier = createRecordingNotifier();
  const late: { module?: ApplicationsModule } = {};
  const jobs = createJobsService({
    repo: createJobsRepo(database.db),
    gateway: createGateway({ retries: 0, isOffline: () => true }),
    browserPath: () => null,
    clock: opts.clock,
    onStatusChange: (job) => {
      if (job.status === 'applied') late.module?.applications.jobMarkedApplied(job);
    },
  });
  const module = (late.module = createApplicationsModule({
    db: database.db,
    events: createEventBus(),
    jobs,
    notifier,
    clock: opts.clock,
    reminderIntervalMs: opts.reminderIntervalMs ?? null,
    followUpDays: 7,
    interviewLeadMinutes: 60,
  }));
  const close = () => {
    module.dispose();
    database.close();
  };
  return {
    ...module,
    database,
    jobs,
    notifier,
    dir,
    close,
    addJob: (title, company, description) => jobs.addCapture(jobCapture(title, company, description), 'saved').job,
    cleanup() {
      close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
