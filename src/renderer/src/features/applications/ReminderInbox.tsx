import { Bell } from 'lucide-react';
import { addDays, addHours } from 'date-fns';
import { Button } from '../../components/ui/button';
import { useApplications } from './applications-store';

/** Due and upcoming reminders; snooze one (an hour, a day, a week) or mark it done. */
export function ReminderInbox() {
  const inbox = useApplications((s) => s.inbox);
  const snooze = useApplications((s) => s.snooze);
  const done = useApplications((s) => s.done);
  const select = useApplications((s) => s.select);
  const due = inbox.filter((r) => r.firedAt);
  const upcoming = inbox.filter((r) => !r.firedAt).slice(0, 5);
  if (!inbox.length) return null;
  return (
    <section aria-label="Reminders" className="rounded-lg border border-border p-3">
      <h2 className="mb-2 flex items-center gap-2 text-sm font-semibold">
        <Bell className="size-4" aria-hidden /> Reminders{' '}
        {due.length ? (
          <span className="rounded-full bg-accent px-2 text-xs text-accent-fg">{due.length} due</span>
        ) : null}
      </h2>
      <ul className="flex flex-col gap-1 text-sm">
        {[...due, ...upcoming].map((r) => (
          <li key={r.id} className="flex flex-wrap items-center gap-2">
            <span className="tabular-nums text-fg-muted">
              {(r.snoozedUntil ?? r.dueAt).replace('T', ' ').slice(0, 16)}
            </span>
            <button
              type="button"
              className="flex-1 text-left hover:underline"
              onClick={() => void select(r.applicationId)}
            >
              {r.title}
            </button>
            {r.firedAt ? (
              <>
                <Button size="sm" variant="ghost" onClick={() => void snooze(r.id, addHours(new Date(), 1))}>
                  Snooze 1 h
                </Button>
                <Button size="sm" variant="ghost" onClick={() => void snooze(r.id, addDays(new Date(), 1))}>
                  Snooze 1 day
                </Button>
                <Button size="sm" variant="ghost" onClick={() => void snooze(r.id, addDays(new Date(), 7))}>
                  Snooze 1 week
                </Button>
              </>
            ) : null}
            <Button size="sm" variant="secondary" onClick={() => void done(r.id)}>
              Done
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
