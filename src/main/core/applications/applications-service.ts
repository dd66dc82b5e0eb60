import { randomUUID } from 'node:crypto';
import { format } from 'date-fns';
import {
  Application,
  ApplicationPatch,
  ApplicationStatus,
  Contact,
  ContactInput,
  EventInput,
  IsoDate,
  type ApplicationDetail,
  type ApplicationListQuery,
  type Reminder,
  type ApplicationStats,
  type ApplicationSummary,
  type StatusChange,
  type TimelineEvent,
} from '../../../shared/domain/application';
import type { Job } from '../../../shared/domain/job';
import { AppError } from '../../../shared/ipc/result';
import type { ApplicationsRepo } from './applications-repo';
import type { RemindersService } from './reminders-service';
import type { SnapshotsRepo } from './snapshots-repo';
import { computeStats } from './stats';
import type { TimelineRepo } from './timeline-repo';

/** Applications: create, move through statuses (back-datable), log the timeline, contacts, list, statistics. */

export interface ApplicationsServiceDeps {
  repo: ApplicationsRepo;
  timeline: TimelineRepo;
  snapshots: SnapshotsRepo;
  reminders: RemindersService;
  /** The captured job (throws NOT_FOUND for an unknown id). */
  job: (id: string) => Job;
  clock: () => Date;
}

export interface AddApplication {
  jobId: string;
  status?: ApplicationStatus;
  /** The day of that status, YYYY-MM-DD (default today). */
  on?: string;
  source?: string;
  notes?: string;
  /** The applied day when `status` is already past applied (an imported row); default: none. */
  appliedOn?: string;
}

/** Statuses that are not yet an application sent, and those that end it. */
const BEFORE_APPLYING = new Set<ApplicationStatus>(['saved', 'applying', 'applied']);
const CLOSED = new Set<ApplicationStatus>(['accepted', 'rejected', 'withdrawn', 'ghosted']);

export function parseStatus(value: string): ApplicationStatus {
  const parsed = ApplicationStatus.safeParse(value.trim().toLowerCase());
  if (!parsed.success)
    throw new AppError(
      'VALIDATION',
      `"${value}" is not a status. Use one of: ${ApplicationStatus.options.join(', ')}.`,
    );
  return parsed.data;
}

export function createApplicationsService(deps: ApplicationsServiceDeps) {
  const { repo, timeline } = deps;
  const now = (): string => deps.clock().toISOString();
  const today = (): string => format(deps.clock(), 'yyyy-MM-dd');

  /** A valid day, not in the future. */
  function day(value: string | undefined): string {
    if (value === undefined) return today();
    const parsed = IsoDate.safeParse(value);
    if (!parsed.success) throw new AppError('VALIDATION', `"${value}" is not a date: use YYYY-MM-DD, e.g. ${today()}.`);
    if (value > today())
      throw new AppError(
        'VALIDATION',
        `${value} is in the future; a status change can only be dated today or earlier.`,
      );
    return value;
  }

  function mustGet(id: string): Application {
    const app = repo.get(id);
    if (!app) throw new AppError('NOT_FOUND', `There is no application with id ${id}.`, { id });
    return app;
  }

  function afterMove(app: Application, to: ApplicationStatus, on: string, title: string): void {
    if (to === 'applied') deps.reminders.scheduleFollowUp(app.id, on, title);
    else if (!BEFORE_APPLYING.has(to)) deps.reminders.closeFollowUps(app.id);
    if (CLOSED.has(to)) deps.reminders.closeFollowUps(app.id);
  }

  const label = (job: Pick<Job, 'title' | 'company'>): string =>
    `${job.title}${job.company ? ` at ${job.company}` : ''}`;

  function add(input: AddApplication): Application {
    const status = input.status ?? 'saved';
    const on = day(input.on);
    const appliedOn = status === 'applied' ? on : input.appliedOn === undefined ? null : day(input.appliedOn);
    const job = deps.job(input.jobId);
    const match = repo.matchOf(job.id);
    const at = now();
    const app: Application = Application.parse({
      id: randomUUID(),
      jobId: job.id,
      status,
      appliedOn,
      source: input.source?.trim() || job.source,
      salaryExpectation: null,
      offer: null,
      notes: input.notes ?? '',
      matchScore: match?.score ?? null,
      matchFormulaVersion: match?.formulaVersion ?? null,
      createdAt: at,
      updatedAt: at,
    });
    repo.transaction(() => {
      repo.insert(app, { from: null, to: status, on, recordedAt: at });
      afterMove(app, status, on, label(job));
      repo.reindex(app.id);
    });
    return app;
  }

  function move(id: string, to: ApplicationStatus, on?: string): Application {
    const app = mustGet(id);
    const when = day(on);
    if (app.status === to) return app;
    const at = now();
    const next: Application = { ...app, status: to, appliedOn: to === 'applied' ? when : app.appliedOn, updatedAt: at };
    const change: Omit<StatusChange, 'id'> = { from: app.status, to, on: when, recordedAt: at };
    repo.transaction(() => {
      repo.save(next, change);
      afterMove(next, to, when, label(deps.job(app.jobId)));
    });
    return next;
  }

  function log(id: string, input: EventInput): TimelineEvent {
    const app = mustGet(id);
    const parsed = EventInput.safeParse(input);
    if (!parsed.success)
      throw new AppError(
        'VALIDATION',
        `That timeline entry is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ')}.`,
      );
    const e = parsed.data;
    const title =
      e.title ||
      (e.kind === 'interview' && e.interview
        ? `Interview round ${e.interview.round} (${e.interview.kind})`
        : e.kind[0]!.toUpperCase() + e.kind.slice(1));
    return repo.transaction(() => {
      const event = timeline.addEvent(id, {
        kind: e.kind,
        at: e.at,
        title,
        note: e.note,
        interview: e.interview,
        offer: e.offer,
        createdAt: now(),
      });
      if (e.kind === 'offer' && e.offer) repo.save({ ...app, offer: e.offer, updatedAt: now() });
      else repo.save({ ...app, updatedAt: now() });
      if (e.kind === 'interview' && e.at.length > 10)
        deps.reminders.scheduleInterview(id, e.at, `${title}: ${label(deps.job(app.jobId))}`);
      repo.reindex(id);
      return event;
    });
  }

  return {
    add,
    move,
    log,
    update(id: string, patch: ApplicationPatch): Application {
      const app = mustGet(id);
      const p = ApplicationPatch.parse(patch);
      const next: Application = { ...app, ...p, updatedAt: now() };
      repo.transaction(() => {
        repo.save(next);
        repo.reindex(id);
      });
      return next;
    },
    remove: (id: string): { removed: boolean } => ({ removed: repo.remove(mustGet(id).id) }),
    get(id: string): ApplicationDetail {
      const application = mustGet(id);
      let job: ApplicationDetail['job'];
      try {
        const j = deps.job(application.jobId);
        job = { id: j.id, title: j.title, company: j.company, sourceUrl: j.sourceUrl };
      } catch {
        job = { id: application.jobId, title: '(job deleted)', company: '', sourceUrl: null };
      }
      const snapshots = deps.snapshots.list(id).map(({ jobJson: _json, ...s }) => s);
      return {
        application,
        job,
        history: repo.history(id),
        timeline: timeline.events(id),
        contacts: timeline.contactsOf(id),
        reminders: deps.reminders.ofApplication(id),
        snapshots,
      };
    },
    list: (query: ApplicationListQuery): ApplicationSummary[] => repo.list(query),
    forJob: (jobId: string): Application[] => repo.forJob(jobId),
    stats(): ApplicationStats {
      const facts = repo.facts();
      return computeStats(facts, repo.allHistory());
    },
    addContact(input: ContactInput, applicationId?: string): Contact {
      if (applicationId) mustGet(applicationId);
      const contact = Contact.parse({ ...ContactInput.parse(input), id: randomUUID() });
      repo.transaction(() => {
        timeline.insertContact(contact, now());
        if (applicationId) {
          timeline.link(applicationId, contact.id);
          repo.reindex(applicationId);
        }
      });
      return contact;
    },
    linkContact(applicationId: string, contactId: string): Contact[] {
      mustGet(applicationId);
      if (!timeline.contact(contactId)) throw new AppError('NOT_FOUND', `There is no contact with id ${contactId}.`);
      repo.transaction(() => {
        timeline.link(applicationId, contactId);
        repo.reindex(applicationId);
      });
      return timeline.contactsOf(applicationId);
    },
    contacts: (): Contact[] => timeline.contacts(),
    /** A reminder of one's own for an application (a follow-up date, a deadline). */
    remind: (id: string, at: string, title: string): Reminder => deps.reminders.addCustom(mustGet(id).id, at, title),
    /**
     * A job was set to "applied": its open application moves to applied, or, when it has none (or only
     * finished ones: a re-application), a new one is created. Nothing happens when one is already past applied.
     */
    jobMarkedApplied(job: Pick<Job, 'id'>): Application {
      const open = repo
        .forJob(job.id)
        .filter((a) => !CLOSED.has(a.status))
        .at(-1);
      if (!open) return add({ jobId: job.id, status: 'applied' });
      return BEFORE_APPLYING.has(open.status) ? move(open.id, 'applied') : open;
    },
  };
}
export type ApplicationsService = ReturnType<typeof createApplicationsService>;
