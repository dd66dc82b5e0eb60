import { afterEach, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { createTestClock, createTestTracker, type TestTracker } from './testing/tracker-harness';

const DAY = 86_400_000;
const open: (TestTracker & { dir: string; cleanup(): void })[] = [];
afterEach(() => {
  const dirs = new Set(open.map((t) => t.dir));
  for (const t of open.splice(0)) {
    try {
      t.close();
    } catch {
      // already closed by the test (a "restart")
    }
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tracker = (clock: () => Date, dir?: string) => {
  const t = createTestTracker({ clock, ...(dir ? { dir } : {}) });
  open.push(t);
  return t;
};

it('a follow-up is due 7 days after applying, fires exactly once, and a response closes the next one', () => {
  const clock = createTestClock('2026-03-02T08:00:00');
  const t = tracker(clock.now);
  const a = t.applications.add({ jobId: t.addJob('Engineer', 'Acme').id, status: 'applied' });
  const b = t.applications.add({ jobId: t.addJob('Designer', 'Beta').id, status: 'applied' });
  expect(t.reminders.checkDue()).toEqual([]);
  t.applications.move(b.id, 'screening');
  clock.advance(7 * DAY + 2 * 3_600_000);
  const fired = t.reminders.checkDue();
  expect(fired.map((r) => r.applicationId)).toEqual([a.id]);
  expect(t.notifier.notices).toHaveLength(1);
  expect(t.notifier.notices[0]!.body).toMatch(/^Follow up: Engineer at Acme/);
  expect(t.reminders.checkDue()).toEqual([]);
  clock.advance(DAY);
  expect(t.reminders.checkDue()).toEqual([]);
  expect(t.notifier.notices).toHaveLength(1);
  expect(t.reminders.inbox().map((r) => [r.applicationId, Boolean(r.firedAt)])).toEqual([[a.id, true]]);
});

it('snoozing re-arms a fired reminder once for later; done removes it from the inbox', () => {
  const clock = createTestClock('2026-03-02T08:00:00');
  const t = tracker(clock.now);
  const a = t.applications.add({ jobId: t.addJob('Engineer', 'Acme').id, status: 'applied', on: '2026-02-20' });
  const [r] = t.reminders.checkDue();
  expect(r?.applicationId).toBe(a.id);
  expect(() => t.reminders.snooze(r!.id, '2026-03-01T00:00:00Z')).toThrow(/future/);
  t.reminders.snooze(r!.id, new Date(clock.now().getTime() + 3_600_000).toISOString());
  expect(t.reminders.checkDue()).toEqual([]);
  clock.advance(2 * 3_600_000);
  expect(t.reminders.checkDue()).toHaveLength(1);
  expect(t.reminders.checkDue()).toHaveLength(0);
  t.reminders.done(r!.id);
  expect(t.reminders.inbox()).toEqual([]);
  expect(() => t.reminders.done(r!.id)).toThrow(/no open reminder/);
});

it('survives restarts: due while closed fires once at the next start, never again at the one after', () => {
  const clock = createTestClock('2026-03-02T08:00:00');
  const first = tracker(clock.now);
  const app = first.applications.add({ jobId: first.addJob('Engineer', 'Acme').id, status: 'applied' });
  first.applications.log(app.id, {
    kind: 'interview',
    at: '2026-03-05T15:00:00Z',
    interview: { round: 2, kind: 'onsite', people: ['Kim'] },
  });
  first.close();

  // The app is closed while both fall due.
  clock.set('2026-03-12T09:00:00');
  const second = createTestTracker({ clock: clock.now, dir: first.dir, reminderIntervalMs: 60_000 });
  open.push(second);
  expect(second.notifier.notices.map((n) => n.title).sort()).toEqual(['Interview coming up', 'Reminder']);
  expect(second.reminders.inbox()).toHaveLength(2);
  second.close();

  const third = createTestTracker({ clock: clock.now, dir: first.dir, reminderIntervalMs: 60_000 });
  open.push(third);
  expect(third.notifier.notices).toEqual([]);
  expect(third.reminders.inbox().every((r) => r.firedAt)).toBe(true);
});

it('two cores on one data folder never fire the same reminder twice', () => {
  const clock = createTestClock('2026-03-02T08:00:00');
  const a = tracker(clock.now);
  a.applications.add({ jobId: a.addJob('Engineer', 'Acme').id, status: 'applied', on: '2026-02-01' });
  const b = tracker(clock.now, a.dir);
  const fired = [...a.reminders.checkDue(), ...b.reminders.checkDue(), ...a.reminders.checkDue()];
  expect(fired).toHaveLength(1);
  expect(a.notifier.notices.length + b.notifier.notices.length).toBe(1);
});
