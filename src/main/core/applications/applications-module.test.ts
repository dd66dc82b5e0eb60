import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createCore } from '../app-core';
import { createRecordingNotifier } from './testing/recording-notifier';
import { jobCapture } from './testing/tracker-harness';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-core-apps-'));
  dirs.push(dir);
  return dir;
};

it('the core wires the tracker: a job set to "applied" (the Jobs screen\'s status field) gets its application', async () => {
  const core = createCore({ dataDir: tempDir(), watchIntervalMs: null });
  try {
    const { job } = core.jobs.addCapture(jobCapture('Site Reliability Engineer', 'Pohutukawa Cloud'), 'saved');
    expect(core.applications.applications.forJob(job.id)).toEqual([]);
    core.jobs.update(job.id, { status: 'applied' });
    expect(core.applications.applications.forJob(job.id)).toEqual([
      expect.objectContaining({ status: 'applied', jobId: job.id }),
    ]);
    core.jobs.update(job.id, { title: 'SRE (edited)' });
    expect(core.applications.applications.forJob(job.id)).toHaveLength(1);
  } finally {
    await core.close();
  }
});

it('two cores on one data folder: a reminder that fell due while closed fires once at the next start, never at the one after', async () => {
  const dataDir = tempDir();
  const first = createCore({ dataDir, watchIntervalMs: null });
  const { job } = first.jobs.addCapture(jobCapture('Engineer', 'Kauri'), 'saved');
  first.applications.applications.add({ jobId: job.id, status: 'applied', on: '2026-01-02' });
  await first.close();

  const notifier = createRecordingNotifier();
  const second = createCore({ dataDir, watchIntervalMs: null, notifier, reminderIntervalMs: 60_000 });
  expect(notifier.notices.map((n) => n.body)).toEqual([expect.stringMatching(/^Follow up: Engineer at Kauri/)]);
  await second.close();

  const again = createRecordingNotifier();
  const third = createCore({ dataDir, watchIntervalMs: null, notifier: again, reminderIntervalMs: 60_000 });
  expect(again.notices).toEqual([]);
  expect(third.applications.reminders.inbox()).toEqual([expect.objectContaining({ firedAt: expect.any(String) })]);
  await third.close();
});
