import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/result';
import { createTestClock, createTestTracker, type TestTracker } from './testing/tracker-harness';

let clock: ReturnType<typeof createTestClock>;
let t: TestTracker & { cleanup(): void };

beforeEach(() => {
  clock = createTestClock('2026-03-20T10:00:00Z');
  t = createTestTracker({ clock: clock.now });
});
afterEach(() => t.cleanup());

describe('status transitions', () => {
  it('keeps every change with its day, and the current status is the latest move', () => {
    const job = t.addJob('Data Engineer', 'Acme');
    const app = t.applications.add({ jobId: job.id });
    expect(app.status).toBe('saved');
    t.applications.move(app.id, 'applied', '2026-03-17');
    clock.advance(86_400_000);
    t.applications.move(app.id, 'screening');
    const detail = t.applications.get(app.id);
    expect(detail.application.status).toBe('screening');
    expect(detail.application.appliedOn).toBe('2026-03-17');
    expect(detail.history.map((h) => [h.from, h.to, h.on])).toEqual(
      [
        [null, 'saved', '2026-03-20'],
        ['saved', 'applied', '2026-03-17'],
        ['applied', 'screening', '2026-03-21'],
      ].sort((a, b) => String(a[2]).localeCompare(String(b[2]))),
    );
    expect(t.applications.list({}).map((a) => [a.status, a.statusOn])).toEqual([['screening', '2026-03-21']]);
  });

  it('back-dates a move ("I applied last Tuesday") and refuses future or malformed days, writing nothing', () => {
    const app = t.applications.add({ jobId: t.addJob('SRE', 'Beta').id });
    t.applications.move(app.id, 'applied', '2026-03-17');
    expect(t.applications.get(app.id).history.at(0)).toMatchObject({ to: 'applied', on: '2026-03-17' });
    for (const bad of ['2026-03-21', '2026-02-30', '17/03/2026', 'yesterday']) {
      expect(() => t.applications.move(app.id, 'screening', bad)).toThrow(AppError);
    }
    expect(t.applications.get(app.id).history).toHaveLength(2);
    expect(() => t.applications.move('nope', 'applied')).toThrow(/no application with id nope/);
    expect(() => t.applications.add({ jobId: 'missing-job' })).toThrow(AppError);
    expect(t.applications.list({})).toHaveLength(1);
  });

  it('a job can be applied to again: a new application, the old one kept', () => {
    const job = t.addJob('Designer', 'Gamma');
    const first = t.applications.add({ jobId: job.id, status: 'applied', on: '2026-01-05' });
    t.applications.move(first.id, 'rejected', '2026-01-20');
    const second = t.applications.add({ jobId: job.id, status: 'applied' });
    expect(second.id).not.toBe(first.id);
    expect(t.applications.forJob(job.id).map((a) => a.status)).toEqual(['rejected', 'applied']);
  });

  it('setting a job to "applied" creates its application once, and re-applies after a closed one', () => {
    const job = t.addJob('Analyst', 'Delta');
    t.jobs.update(job.id, { status: 'applied' });
    t.jobs.update(job.id, { status: 'saved' });
    t.jobs.update(job.id, { status: 'applied' });
    const apps = t.applications.forJob(job.id);
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ status: 'applied', appliedOn: '2026-03-20' });
    t.applications.move(apps[0]!.id, 'withdrawn');
    t.jobs.update(job.id, { status: 'saved' });
    t.jobs.update(job.id, { status: 'applied' });
    expect(t.applications.forJob(job.id).map((a) => a.status)).toEqual(['withdrawn', 'applied']);
  });

  it('an open saved application moves to applied when its job is marked applied', () => {
    const job = t.addJob('PM', 'Epsilon');
    const app = t.applications.add({ jobId: job.id, status: 'applying' });
    t.jobs.update(job.id, { status: 'applied' });
    expect(t.applications.forJob(job.id)).toEqual([expect.objectContaining({ id: app.id, status: 'applied' })]);
  });
});

describe('timeline, contacts, amounts and search', () => {
  it('logs interviews with round, kind and people, and offers with their amount', () => {
    const app = t.applications.add({ jobId: t.addJob('Backend Engineer', 'Zeta').id, status: 'applied' });
    t.applications.log(app.id, { kind: 'call', at: '2026-03-19', note: 'Recruiter called, **keen**' });
    t.applications.log(app.id, {
      kind: 'interview',
      at: '2026-03-25T14:00:00Z',
      interview: { round: 1, kind: 'video', people: ['Ana Ruiz', 'Bo Chen'] },
    });
    t.applications.log(app.id, { kind: 'offer', at: '2026-03-20', offer: { amount: 120000, currency: 'eur' } });
    const detail = t.applications.get(app.id);
    expect(detail.timeline.map((e) => e.kind)).toEqual(['call', 'offer', 'interview']);
    expect(detail.timeline[2]).toMatchObject({
      title: 'Interview round 1 (video)',
      interview: { people: ['Ana Ruiz', 'Bo Chen'] },
    });
    expect(detail.application.offer).toEqual({ amount: 120000, currency: 'EUR' });
    expect(detail.reminders.find((r) => r.kind === 'interview')?.dueAt).toBe('2026-03-25T13:00:00.000Z');
    expect(() => t.applications.log(app.id, { kind: 'call', at: 'soon' })).toThrow(/not a date/);
  });

  it('keeps salary expectations with currency and finds applications by notes, job text and contacts (FTS5)', () => {
    const a = t.applications.add({
      jobId: t.addJob('Platform Engineer', 'Kiwi Health', 'Kubernetes and Terraform daily.').id,
    });
    const b = t.applications.add({ jobId: t.addJob('Frontend Engineer', 'Moa Labs').id });
    t.applications.update(a.id, {
      salaryExpectation: { amount: 150000, currency: 'nzd' },
      notes: 'Referred by *Hemi*',
    });
    t.applications.addContact(
      { name: 'Tama Wiremu', role: 'Hiring manager', email: 'tama@moa.example', company: 'Moa Labs' },
      b.id,
    );
    expect(t.applications.get(a.id).application.salaryExpectation).toEqual({ amount: 150000, currency: 'NZD' });
    expect(t.applications.list({ search: 'hemi' }).map((r) => r.id)).toEqual([a.id]);
    expect(t.applications.list({ search: 'terraform' }).map((r) => r.id)).toEqual([a.id]);
    expect(t.applications.list({ search: 'tama' }).map((r) => r.id)).toEqual([b.id]);
    expect(t.applications.list({ search: '"' })).toEqual([]);
    expect(t.applications.list({ sort: 'company', direction: 'asc' }).map((r) => r.company)).toEqual([
      'Kiwi Health',
      'Moa Labs',
    ]);
    expect(t.applications.get(b.id).contacts.map((c) => c.name)).toEqual(['Tama Wiremu']);
  });
});
