import { afterAll, beforeAll, expect, it } from 'vitest';
import { differenceInCalendarDays, format, parseISO, startOfISOWeek } from 'date-fns';
import type { ApplicationStats, ApplicationStatus } from '../../../shared/domain/application';
import { computeStats, median } from './stats';
import type { GeneratedApplication } from './testing/generate-history';
import { seedTracker } from './testing/seed-tracker';
import { createTestClock, createTestTracker, type TestTracker } from './testing/tracker-harness';

/** The definitions of the issue, written as plainly as possible, one application at a time. */
function reference(apps: GeneratedApplication[]) {
  const stages: Record<string, ApplicationStatus[]> = {
    applied: ['applied', 'screening', 'interviewing', 'offer', 'accepted'],
    screening: ['screening', 'interviewing', 'offer', 'accepted'],
    interviewing: ['interviewing', 'offer', 'accepted'],
    offer: ['offer', 'accepted'],
  };
  const funnel = { applied: 0, screening: 0, interviewing: 0, offer: 0 };
  const days: number[] = [];
  let appliedCount = 0;
  const weeks: Record<string, number> = {};
  const band: Record<string, { applied: number; responded: number; interviews: number; offers: number }> = {};
  for (const app of apps) {
    const ordered = app.changes
      .map((c, seq) => ({ ...c, seq }))
      .sort((a, b) => a.on.localeCompare(b.on) || a.seq - b.seq);
    const reached = (stage: string) => ordered.some((c) => stages[stage]!.includes(c.to));
    for (const stage of Object.keys(funnel) as (keyof typeof funnel)[]) if (reached(stage)) funnel[stage]++;
    const appliedIndex = ordered.findIndex((c) => c.to === 'applied');
    let responded = false;
    if (appliedIndex >= 0) {
      appliedCount++;
      const appliedOn = ordered[appliedIndex]!.on;
      const week = format(startOfISOWeek(parseISO(appliedOn)), 'yyyy-MM-dd');
      weeks[week] = (weeks[week] ?? 0) + 1;
      const response = ordered
        .slice(appliedIndex + 1)
        .find((c) => c.to !== 'withdrawn' && c.to !== 'ghosted' && c.to !== 'applied');
      if (response) {
        responded = true;
        days.push(differenceInCalendarDays(parseISO(response.on), parseISO(appliedOn)));
      }
    }
    const s = app.matchScore;
    const key = s === null ? 'unscored' : s >= 80 ? '80-100' : s >= 60 ? '60-79' : s >= 40 ? '40-59' : '0-39';
    const b = (band[key] ??= { applied: 0, responded: 0, interviews: 0, offers: 0 });
    if (reached('applied')) b.applied++;
    if (responded) b.responded++;
    if (reached('interviewing')) b.interviews++;
    if (reached('offer')) b.offers++;
  }
  days.sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  return {
    funnel,
    responseRate: days.length / appliedCount,
    medianDaysToResponse: days.length % 2 ? days[mid] : (days[mid - 1]! + days[mid]!) / 2,
    perWeek: Object.entries(weeks)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([week, count]) => ({ week, count })),
    band,
  };
}

let t: TestTracker & { cleanup(): void };
let apps: GeneratedApplication[];
let stats: ApplicationStats;
beforeAll(() => {
  t = createTestTracker({ clock: createTestClock('2026-07-01T10:00:00Z').now });
  apps = seedTracker(t.database.sqlite, { jobs: 2000, applications: 5000, seed: 3 }).apps;
  stats = t.applications.stats();
});
afterAll(() => t.cleanup());

it('matches a plain reference computation on 5,000 generated applications (read from the database)', () => {
  const want = reference(apps);
  expect(stats.total).toBe(5000);
  expect(stats.funnel).toEqual(want.funnel);
  expect(stats.funnel.applied).toBeGreaterThan(stats.funnel.screening);
  expect(stats.funnel.interviewing).toBeGreaterThan(stats.funnel.offer);
  expect(stats.responseRate).toBeCloseTo(want.responseRate, 12);
  expect(stats.responseRate).toBeGreaterThan(0.2);
  expect(stats.responseRate).toBeLessThan(1);
  expect(stats.medianDaysToResponse).toBe(want.medianDaysToResponse);
  expect(stats.perWeek).toEqual(want.perWeek);
  for (const b of stats.byMatchBand)
    expect(b).toEqual({ key: b.key, ...(want.band[b.key] ?? { applied: 0, responded: 0, interviews: 0, offers: 0 }) });
  // Higher matches were generated to get more interviews; the bands should show it.
  const rate = (key: string) => {
    const b = stats.byMatchBand.find((x) => x.key === key)!;
    return b.interviews / b.applied;
  };
  expect(rate('80-100')).toBeGreaterThan(rate('0-39'));
  expect(stats.bySource.reduce((n, s) => n + s.applied, 0)).toBe(want.funnel.applied);
  expect(Object.values(stats.byStatus).reduce((a, b) => a + b, 0)).toBe(5000);
});

it('handles the edges: no applications, a withdrawal before any response, back-dated moves', () => {
  expect(computeStats([], [])).toMatchObject({ total: 0, responseRate: 0, medianDaysToResponse: null, perWeek: [] });
  const facts = [{ id: 'a', status: 'screening' as const, source: '', matchScore: 90 }];
  const history = [
    { applicationId: 'a', to: 'saved' as const, on: '2026-01-01' },
    { applicationId: 'a', to: 'applied' as const, on: '2026-01-05' },
    { applicationId: 'a', to: 'ghosted' as const, on: '2026-01-09' },
    { applicationId: 'a', to: 'screening' as const, on: '2026-01-12' },
  ];
  const s = computeStats(facts, history);
  expect(s.medianDaysToResponse).toBe(7);
  expect(s.responseRate).toBe(1);
  expect(s.bySource[0]!.key).toBe('unknown');
  expect(s.perWeek).toEqual([{ week: '2026-01-05', count: 1 }]);
  expect(median([3, 1, 2, 10])).toBe(2.5);
});
