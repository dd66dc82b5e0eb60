import type { Job, JobStatus } from '../../../shared/domain/job';
import type { Db } from '../db/client';
import type { EventBus } from '../events';
import type { Capture } from '../jobs/capture/build-draft';
import { createApplicationsRepo } from './applications-repo';
import { createApplicationsService, type ApplicationsService } from './applications-service';
import type { Notifier } from './notifier';
import { createRemindersRepo } from './reminders-repo';
import { createRemindersService, type RemindersService } from './reminders-service';
import { createSnapshotService, type SnapshotService } from './snapshot-service';
import { createSnapshotsRepo } from './snapshots-repo';
import { createTimelineRepo } from './timeline-repo';
import { createTransferService, type TransferService } from './transfer-service';

/** The applications tracker (src/main/core/applications): applications, snapshots, reminders, import/export. */

export interface ApplicationsModuleDeps {
  db: Db;
  events: EventBus;
  /** The captured jobs (core/jobs): read a job; store one from an imported row. */
  jobs: { get(id: string): Job; addCapture(capture: Capture, status: JobStatus): { job: Job; duplicate: boolean } };
  notifier: Notifier;
  clock: () => Date;
  /** How often due reminders are checked; null = never (the CLI, tests). A number also checks once at start. */
  reminderIntervalMs: number | null;
  followUpDays: number;
  interviewLeadMinutes: number;
}

export interface ApplicationsModule {
  applications: ApplicationsService;
  snapshots: SnapshotService;
  reminders: RemindersService;
  transfer: TransferService;
  dispose(): void;
}

export function createApplicationsModule(deps: ApplicationsModuleDeps): ApplicationsModule {
  const repo = createApplicationsRepo(deps.db);
  const timeline = createTimelineRepo(deps.db);
  const snapshotsRepo = createSnapshotsRepo(deps.db);
  const job = (id: string): Job => deps.jobs.get(id);
  const reminders = createRemindersService({
    repo: createRemindersRepo(deps.db),
    notifier: deps.notifier,
    clock: deps.clock,
    onFired: (reminder) => deps.events.emit('applications.reminder', reminder),
    followUpDays: deps.followUpDays,
    interviewLeadMinutes: deps.interviewLeadMinutes,
  });
  const applications = createApplicationsService({
    repo,
    timeline,
    snapshots: snapshotsRepo,
    reminders,
    job,
    clock: deps.clock,
  });
  const snapshots = createSnapshotService({ repo: snapshotsRepo, applications: repo, job, clock: deps.clock });
  const transfer = createTransferService({
    applications,
    repo,
    timeline,
    reminders,
    job,
    storeJob: (c, status) => deps.jobs.addCapture(c, status),
    clock: deps.clock,
  });
  const stop = deps.reminderIntervalMs ? reminders.start(deps.reminderIntervalMs) : () => undefined;
  return { applications, snapshots, reminders, transfer, dispose: stop };
}
