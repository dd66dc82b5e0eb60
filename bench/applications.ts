// `npm run bench -- applications [--runs N]`: every dashboard and list query of the Applications screen on
// 5,000 applications with 10,000 jobs (generated histories, FTS rows). Target: each under 50 ms (median and p95).
import { createTestClock, createTestTracker } from '../src/main/core/applications/testing/tracker-harness';
import { seedTracker } from '../src/main/core/applications/testing/seed-tracker';
import { ms, measure } from './stats';

export async function run(args: string[]): Promise<void> {
  const runs = Number(args[args.indexOf('--runs') + 1]) || 30;
  const t = createTestTracker({ clock: createTestClock('2026-07-01T10:00:00Z').now });
  try {
    const seedStart = performance.now();
    seedTracker(t.database.sqlite, { jobs: 10_000, applications: 5_000, seed: 11 });
    t.database.sqlite.exec('ANALYZE');
    console.log(`seeded 10,000 jobs and 5,000 applications in ${ms(performance.now() - seedStart)}`);
    const some = t.applications.list({ limit: 1 })[0]!;
    const queries: [string, () => unknown][] = [
      ['dashboard: stats (funnel, response, weeks, sources, bands)', () => t.applications.stats()],
      ['kanban/table: list all (updated desc)', () => t.applications.list({})],
      ['table: sort by company', () => t.applications.list({ sort: 'company', direction: 'asc' })],
      ['table: sort by match', () => t.applications.list({ sort: 'match' })],
      ['table: filter status=interviewing', () => t.applications.list({ status: 'interviewing' })],
      ['table: filter source=referral', () => t.applications.list({ source: 'referral' })],
      ['table: search "recruiter 42" (notes)', () => t.applications.list({ search: 'recruiter 42' })],
      ['table: search "platform engineer" (jobs)', () => t.applications.list({ search: 'platform engineer' })],
      ['table: search + status filter', () => t.applications.list({ search: 'labs', status: 'applied' })],
      ['detail: one application', () => t.applications.get(some.id)],
      ['inbox: reminders', () => t.reminders.inbox()],
    ];
    let worst = 0;
    for (const [name, fn] of queries) {
      const s = await measure(runs, async () => fn(), 3);
      worst = Math.max(worst, s.p95);
      console.log(`${name.padEnd(58)} median ${ms(s.median)}  p95 ${ms(s.p95)}  rows ${JSON.stringify(fn()).length > 0 ? (Array.isArray(fn()) ? (fn() as unknown[]).length : 1) : 0}`);
    }
    console.log(`worst p95 ${ms(worst)} — target < 50 ms: ${worst < 50 ? 'met' : 'NOT met'}`);
  } finally {
    t.cleanup();
  }
}
