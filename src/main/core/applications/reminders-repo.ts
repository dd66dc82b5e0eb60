import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Reminder } from '../../../shared/domain/application';
import type { Db } from '../db/client';
import { rawSqlite } from './raw-sqlite';
import { applicationReminders } from '../db/schema';

/** Reminders; `claimDue` marks a reminder fired in one UPDATE so it can never fire twice. */

type Row = typeof applicationReminders.$inferSelect;
const toReminder = (r: Row): Reminder => ({ ...r, kind: r.kind as Reminder['kind'] });

export function createRemindersRepo(db: Db) {
  const sqlite = rawSqlite(db);
  return {
    insert(r: Reminder): void {
      db.insert(applicationReminders).values(r).run();
    },
    get(id: string): Reminder | undefined {
      const row = db.select().from(applicationReminders).where(eq(applicationReminders.id, id)).get();
      return row ? toReminder(row) : undefined;
    },
    ofApplication(applicationId: string): Reminder[] {
      return db
        .select()
        .from(applicationReminders)
        .where(eq(applicationReminders.applicationId, applicationId))
        .orderBy(asc(applicationReminders.dueAt))
        .all()
        .map(toReminder);
    },
    /** Reminders not done, soonest first. */
    open(): Reminder[] {
      return db
        .select()
        .from(applicationReminders)
        .where(isNull(applicationReminders.doneAt))
        .orderBy(asc(applicationReminders.dueAt))
        .all()
        .map(toReminder);
    },
    all(): Reminder[] {
      return db.select().from(applicationReminders).orderBy(asc(applicationReminders.dueAt)).all().map(toReminder);
    },
    /** Marks every due, unfired, open reminder fired at `now` and returns exactly those: each is claimed once. */
    claimDue(now: string): Reminder[] {
      const rows = sqlite
        .prepare(
          'UPDATE application_reminders SET fired_at = ? WHERE fired_at IS NULL AND done_at IS NULL AND coalesce(snoozed_until, due_at) <= ? RETURNING *',
        )
        .all(now, now) as Record<string, string | null>[];
      return rows.map((r) => ({
        id: r.id!,
        applicationId: r.application_id!,
        kind: r.kind as Reminder['kind'],
        title: r.title!,
        dueAt: r.due_at!,
        snoozedUntil: r.snoozed_until ?? null,
        firedAt: r.fired_at ?? null,
        doneAt: r.done_at ?? null,
        createdAt: r.created_at!,
      }));
    },
    /** Snoozing re-arms the reminder for a later time. */
    snooze(id: string, until: string): boolean {
      return (
        db
          .update(applicationReminders)
          .set({ snoozedUntil: until, firedAt: null })
          .where(and(eq(applicationReminders.id, id), isNull(applicationReminders.doneAt)))
          .run().changes > 0
      );
    },
    done(id: string, at: string): boolean {
      return (
        db
          .update(applicationReminders)
          .set({ doneAt: at })
          .where(and(eq(applicationReminders.id, id), isNull(applicationReminders.doneAt)))
          .run().changes > 0
      );
    },
    /** Closes the open reminders of one kind for an application (a response makes the follow-up moot). */
    doneKind(applicationId: string, kind: Reminder['kind'], at: string): void {
      db.update(applicationReminders)
        .set({ doneAt: at })
        .where(
          and(
            eq(applicationReminders.applicationId, applicationId),
            eq(applicationReminders.kind, kind),
            isNull(applicationReminders.doneAt),
          ),
        )
        .run();
    },
  };
}
export type RemindersRepo = ReturnType<typeof createRemindersRepo>;
