import { writeSync } from 'node:fs';
import { Application } from '../../../../shared/domain/application';
import { Job } from '../../../../shared/domain/job';
import { createApplicationsRepo } from '../../applications/applications-repo';
import { emptyProfile } from '../../../../shared/domain/profile';
import { createJobsRepo } from '../../jobs/store/jobs-repo';
import { emptyReport } from '../../jobs/sanitize/sanitize-report';
import { createProfileRepo } from '../../profile/profile-repo';
import { openDatabase } from '../client';

/**
 * Child process for the crash-safety test: opens the app database the way the app does, then commits
 * transactions as fast as it can, each a profile edit plus a new job with its capture and an
 * application for it (with its status history), and reports
 * every commit on stdout only after `COMMIT` returned. The parent kills it with SIGKILL at random.
 * argv: <database file> <migrations folder> <run number>
 */
const [file, migrationsFolder, run] = process.argv.slice(2) as [string, string, string];
const database = openDatabase({ file, migrationsFolder });
const profiles = createProfileRepo(database.db);
const jobs = createJobsRepo(database.db);
const applications = createApplicationsRepo(database.db);
const report = (line: string): void => void writeSync(1, `${line}\n`);
report('ready');

const commit = database.sqlite.transaction((n: number) => {
  const now = new Date().toISOString();
  const key = `${run}-${n}`;
  const base = emptyProfile();
  const profile = { ...base, basics: { ...base.basics, label: `edit ${key}` } };
  profiles.save(profile, now);
  const job = Job.parse({
    id: `job-${key}`,
    status: 'saved',
    contentHash: `hash-${key}`,
    createdAt: now,
    updatedAt: now,
    title: `Engineer ${key}`,
    company: 'Crash Test Ltd',
    descriptionText: `Run ${run}, commit ${n}. `.repeat(40),
    source: 'paste',
    extractedBy: 'paste',
  });
  jobs.insert(job, {
    source: 'paste',
    url: null,
    contentType: 'text/plain',
    raw: job.descriptionText,
    removed: emptyReport(),
    capturedAt: now,
  });
  const application = Application.parse({
    id: `app-${key}`,
    jobId: job.id,
    status: 'applied',
    appliedOn: now.slice(0, 10),
    source: 'paste',
    salaryExpectation: null,
    offer: null,
    notes: `Applied in run ${run}`,
    matchScore: null,
    matchFormulaVersion: null,
    createdAt: now,
    updatedAt: now,
  });
  applications.insert(application, { from: null, to: 'applied', on: now.slice(0, 10), recordedAt: now });
});

for (let n = 0; ; n++) {
  commit(n);
  report(`commit ${run}-${n}`);
}
