import { randomUUID } from 'node:crypto';
import { addDays, addMinutes, format } from 'date-fns';
import type { Reminder } from '../../../shared/domain/application';
import { AppError } from '../../../shared/ipc/result';
import type { Notifier } from './notifier';
import type { RemindersRepo } from './reminders-repo';

/**
 * Follow-ups (by default 7 days after applying, closed by a response) and interview reminders. Firing
 * claims the reminder in the database first (`fired_at`), so a due reminder is notified exactly once,
 * including one that fell due while the app was closed: `checkDue` runs at start, then on a schedule.
 */

export interface RemindersServiceDeps {
  repo: RemindersRepo;
  notifier: Notifier;
  clock: () => Date;
  /** Called with each reminder just fired (the module forwards them to the renderer). */
  onFired?: (reminder: Reminder) => void;
  followUpDays: number;
  interviewLeadMinutes: number;
}

export function createRemindersService(deps: RemindersServiceDeps) {
  const { repo } = deps;
  const now = (): string => deps.clock().toISOString();

  function add(applicationId: string, kind: Reminder['kind'], dueAt: string, title: string): Reminder {
    const reminder: Reminder = {
      id: randomUUID(),
      applicationId,
      kind,
      title,
      dueAt,
      snoozedUntil: null,
      firedAt: null,
      doneAt: null,
      createdAt: now(),
    };
    repo.insert(reminder);
    return reminder;
  }

  function isoTime(value: string, what: string): string {
    const time = Date.parse(value);
    if (Number.isNaN(time)) throw new AppError('VALIDATION', `"${value}" is not a valid ${what}.`);
    return new Date(time).toISOString();
  }

  function checkDue(): Reminder[] {
    const fired = repo.claimDue(now());
    for (const r of fired) {
      deps.notifier.notify({
        reminderId: r.id,
        applicationId: r.applicationId,
        title: r.kind === 'interview' ? 'Interview coming up' : 'Reminder',
        body: r.title,
      });
      deps.onFired?.(r);
    }
    return fired;
  }

  return {
    /** A follow-up `followUpDays` after the applied day, 09:00 local time; replaces an open one. */
    scheduleFollowUp(applicationId: string, appliedOn: string, what: string): Reminder {
      repo.doneKind(applicationId, 'follow-up', now());
      const due = addDays(new Date(`${appliedOn}T09:00:00`), deps.followUpDays);
      return add(
        applicationId,
        'follow-up',
        due.toISOString(),
        `Follow up: ${what} (applied ${format(new Date(`${appliedOn}T00:00:00`), 'd MMM')}, no response yet)`,
      );
    },
    closeFollowUps: (applicationId: string): void => repo.doneKind(applicationId, 'follow-up', now()),
    /** A reminder `interviewLeadMinutes` before the interview. */
    scheduleInterview(applicationId: string, at: string, what: string): Reminder {
      const due = addMinutes(new Date(isoTime(at, 'interview time')), -deps.interviewLeadMinutes);
      return add(applicationId, 'interview', due.toISOString(), what);
    },
    addCustom: (applicationId: string, dueAt: string, title: string): Reminder =>
      add(applicationId, 'custom', isoTime(dueAt, 'reminder time'), title),
    checkDue,
    /** Checks now (what fell due while the app was closed), then every `intervalMs`. Returns the stop function. */
    start(intervalMs: number): () => void {
      checkDue();
      const timer = setInterval(checkDue, intervalMs);
      timer.unref?.();
      return () => clearInterval(timer);
    },
    ofApplication: (applicationId: string): Reminder[] => repo.ofApplication(applicationId),
    /** The in-app inbox: open reminders, fired ones first, then the upcoming, soonest first. */
    inbox(): Reminder[] {
      const open = repo.open();
      return [...open.filter((r) => r.firedAt), ...open.filter((r) => !r.firedAt)];
    },
    all: (): Reminder[] => repo.all(),
    snooze(id: string, until: string): Reminder {
      const at = isoTime(until, 'snooze time');
      if (at <= now()) throw new AppError('VALIDATION', 'Snooze until a time in the future.');
      if (!repo.snooze(id, at)) throw new AppError('NOT_FOUND', `There is no open reminder with id ${id}.`);
      return repo.get(id)!;
    },
    done(id: string): Reminder {
      if (!repo.done(id, now())) throw new AppError('NOT_FOUND', `There is no open reminder with id ${id}.`);
      return repo.get(id)!;
    },
  };
}
export type RemindersService = ReturnType<typeof createRemindersService>;
