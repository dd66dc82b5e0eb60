// `npm run bench -- applications [--runs N]`: every dashboard and list query of the Applications screen on
// 5,000 applications with 10,000 jobs (generated histories, FTS rows). Target: each under 50 ms (median and p95).
// Wall time and this process's CPU time are both reported: on a shared, overloaded machine the wall time
// mostly measures waiting for a core (the load average is printed), the CPU time what a query costs.
import os from 'node:os';
import { createTestClock, createTestTracker } from '../src/main/core/applications/testing/tracker-harness';
import { seedTracker } from '../src/main/core/applications/testing/seed-tracker';
import { ms, summarize } from './stats';

/** Times `fn` (synchronous) `runs` times: wall clock and process CPU (user + system). */
function measure(
  runs: number,
  fn: () => unknown,
): { wall: ReturnType<typeof summarize>; cpu: ReturnType<typeof summarize>; rows: number } {
  let result = fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    result = fn();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: summarize(wall), cpu: summarize(cpu), rows: Array.isArray(result) ? result.length : 1 };
}

export function run(args: string[]): Promise<void> {
  return Promise.resolve(runSync(args));
}

function runSync(args: string[]): void {
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
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.cpus().length} cores; ${runs} runs each`,
    );
    let worstWall = 0;
    let worstCpu = 0;
    for (const [name, fn] of queries) {
      const { wall, cpu, rows } = measure(runs, fn);
      worstWall = Math.max(worstWall, wall.median);
      worstCpu = Math.max(worstCpu, cpu.median);
      console.log(
        `${name.padEnd(48)} wall median ${ms(wall.median)} p95 ${ms(wall.p95)} | cpu median ${ms(cpu.median)} p95 ${ms(cpu.p95)} | ${rows} rows`,
      );
    }
    console.log(
      `slowest median: wall ${ms(worstWall)}, cpu ${ms(worstCpu)} — target < 50 ms: ${worstWall < 50 ? 'met' : worstCpu < 50 ? 'met in CPU time; wall time inflated by the load' : 'NOT met'}`,
    );
  } finally {
    t.cleanup();
  }
}
