// Load: with 10,000 jobs (each with its capture), 5,000 applications (each with its status history)
// and 500 profile document versions, every list screen and search must answer in under 100 ms,
// called the way the renderer calls them (contract dispatch: zod input and output validation,
// SQLite), and the process must stay under 300 MB RSS with no model loaded.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Application } from '../src/shared/domain/application';
import { Job } from '../src/shared/domain/job';
import { createApplicationsRepo } from '../src/main/core/applications/applications-repo';
import { emptyProfile } from '../src/shared/domain/profile';
import { createCore } from '../src/main/core/app-core';
import { emptyReport } from '../src/main/core/jobs/sanitize/sanitize-report';
import { createJobsRepo } from '../src/main/core/jobs/store/jobs-repo';
import { createProfileVersionsRepo } from '../src/main/core/profile/profile-versions-repo';
import { handlers } from '../src/main/handlers';
import { dispatch } from '../src/main/handlers/dispatch';
import { measure, ms } from './stats';

const JOBS = 10_000;
const VERSIONS = 500;
const APPLICATIONS = 5_000;
const LIMIT_MS = 100;
const RSS_LIMIT_MB = 300;
const WORDS = [
  'python',
  'kafka',
  'spark',
  'react',
  'typescript',
  'kubernetes',
  'terraform',
  'figma',
  'sql',
  'rust',
  'go',
  'java',
  'nursing',
  'logistics',
  'forklift',
  'accounting',
];
const COMPANIES = Array.from({ length: 400 }, (_, i) => `Company ${i} Ltd`);

function seed(core: ReturnType<typeof createCore>): void {
  const jobs = createJobsRepo(core.database.db);
  const versions = createProfileVersionsRepo(core.database.db);
  const applications = createApplicationsRepo(core.database.db);
  const insertAll = core.database.sqlite.transaction(() => {
    for (let i = 0; i < JOBS; i++) {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      const words = Array.from({ length: 60 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
      const job = Job.parse({
        id: `job-${i}`,
        status: ['saved', 'applied', 'new', 'interviewing'][i % 4],
        contentHash: `h${i}`,
        createdAt: at,
        updatedAt: at,
        title: `${['Senior', 'Staff', 'Junior', 'Lead'][i % 4]} ${['Data', 'Frontend', 'Platform', 'Warehouse'][i % 4]} Engineer ${i}`,
        company: COMPANIES[i % COMPANIES.length],
        locations: ['Leeds, United Kingdom'],
        descriptionText: `We need ${words}. `.repeat(8),
        source: 'paste',
        extractedBy: 'paste',
      });
      jobs.insert(job, {
        source: 'paste',
        url: null,
        contentType: 'text/plain',
        raw: job.descriptionText,
        removed: emptyReport(),
        capturedAt: at,
      });
    }
    for (let i = 0; i < APPLICATIONS; i++) {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
      const status = (['applied', 'interviewing', 'rejected', 'offer', 'saved'] as const)[i % 5]!;
      const application = Application.parse({
        id: `app-${i}`,
        jobId: `job-${i * 2}`,
        status,
        appliedOn: at.slice(0, 10),
        source: ['LinkedIn', 'Referral', 'Company site'][i % 3],
        salaryExpectation: null,
        offer: null,
        notes: `Notes for application ${i}: spoke to the recruiter.`,
        matchScore: i % 100,
        matchFormulaVersion: 'v1',
        createdAt: at,
        updatedAt: at,
      });
      applications.insert(application, { from: null, to: status, on: at.slice(0, 10), recordedAt: at });
      applications.reindex(application.id);
    }
    const base = emptyProfile();
    for (let v = 0; v < VERSIONS; v++) {
      versions.insert(
        'edit',
        `Edited version ${v}`,
        { ...base, basics: { ...base.basics, label: `Version ${v}`, summary: 'x'.repeat(2000) } },
        new Date(Date.UTC(2026, 0, 1, 0, v)).toISOString(),
      );
    }
  });
  insertAll();
}

export async function run(args: string[]): Promise<void> {
  if (args[0] === '--seed') {
    // Seeding runs in its own process, so its garbage does not count against the measured RSS.
    const core = createCore({ dataDir: args[1]!, watchIntervalMs: null });
    seed(core);
    await core.close();
    return;
  }
  const iterations = Number(args[0] ?? 50);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-bench-load-'));
  const started = performance.now();
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'index.ts'), 'load', '--seed', dataDir],
    { stdio: 'inherit' },
  );
  console.log(
    `loaded ${JOBS} jobs, ${APPLICATIONS} applications and ${VERSIONS} profile versions in ${((performance.now() - started) / 1000).toFixed(1)} s (separate process)`,
  );
  const core = createCore({ dataDir, watchIntervalMs: null });
  const ctx = { core, transport: 'direct' as const, signal: new AbortController().signal };
  const call = (channel: Parameters<typeof dispatch>[1], input: unknown) => async () => {
    const result = (await dispatch(handlers, channel, input, ctx)) as { ok: boolean; error?: unknown };
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  };
  const screens: [string, () => Promise<void>][] = [
    ['jobs list (500 newest)', call('jobs.list', {})],
    ['jobs search "kafka spark"', call('jobs.list', { text: 'kafka spark' })],
    ['jobs search "engineer 4242"', call('jobs.list', { text: 'engineer 4242' })],
    ['jobs by status', call('jobs.list', { status: 'applied' })],
    ['jobs by company', call('jobs.list', { company: 'company 17' })],
    ['job detail', call('jobs.get', { id: 'job-5000' })],
    ['matches list', call('match.list', {})],
    ['profile versions list', call('profile.versions.list', {})],
    ['profile', call('profile.get', {})],
    ['AI activity list', call('ai.activity.list', { limit: 50, offset: 0 })],
    ['watch inbox (new jobs)', call('jobs.list', { status: 'new' })],
    ['applications list (all)', call('applications.list', {})],
    ['applications by status', call('applications.list', { status: 'interviewing' })],
    ['applications search', call('applications.list', { search: 'engineer 42' })],
    ['applications stats', call('applications.stats', {})],
    ['reminders inbox', call('applications.reminders.inbox', {})],
  ];
  let failures = 0;
  console.log(`${iterations} calls each after warm-up; target < ${LIMIT_MS} ms`);
  console.log('screen                          median      p95         max         ');
  for (const [name, fn] of screens) {
    const s = await measure(iterations, fn, 5);
    const pass = s.p95 < LIMIT_MS;
    if (!pass) failures++;
    console.log(
      `${name.padEnd(31)} ${ms(s.median).padEnd(11)} ${ms(s.p95).padEnd(11)} ${ms(s.max).padEnd(11)} ${pass ? 'ok' : 'SLOW'}`,
    );
  }
  const benchRssMb = process.memoryUsage().rss / 1024 / 1024;
  console.log(`RSS of this bench process (tsx, harness, every result kept): ${benchRssMb.toFixed(0)} MB`);
  await core.close();
  // The app's main process runs a built bundle, not tsx: measure that (the CLI's bundle, the same core)
  // listing every job and application of the same data.
  const builtMb = builtPeakRssMb(dataDir);
  const rssMb = builtMb ?? benchRssMb;
  console.log(
    `peak RSS of the built core listing ${JOBS} jobs and ${APPLICATIONS} applications, no model loaded: ` +
      `${builtMb === null ? 'n/a (needs /usr/bin/time)' : `${rssMb.toFixed(0)} MB`} (limit ${RSS_LIMIT_MB} MB) ${rssMb < RSS_LIMIT_MB ? 'ok' : 'OVER'}`,
  );
  rmSync(dataDir, { recursive: true, force: true });
  if (failures || rssMb >= RSS_LIMIT_MB) process.exitCode = 1;
}

/** Peak RSS (MB) of the built CLI running the list screens' queries; null where GNU time is not installed. */
function builtPeakRssMb(dataDir: string): number | null {
  if (!existsSync('/usr/bin/time')) return null;
  const cli = path.join(import.meta.dirname, '../scripts/cli.mjs');
  let peak = 0;
  for (const command of [
    ['job', 'list'],
    ['app', 'list', '--json'],
    ['app', 'stats', '--json'],
  ]) {
    const out = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, '--data-dir', dataDir, ...command], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const kb = Number(out.stderr.trim().split('\n').at(-1));
    if (!Number.isFinite(kb)) return null;
    peak = Math.max(peak, kb / 1024);
  }
  return peak;
}
