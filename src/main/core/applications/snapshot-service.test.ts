import { afterEach, beforeEach, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createTestClock, createTestTracker, type TestTracker } from './testing/tracker-harness';

let t: TestTracker & { cleanup(): void };
beforeEach(() => {
  t = createTestTracker({ clock: createTestClock('2026-03-20T10:00:00Z').now });
});
afterEach(() => t.cleanup());

const hash = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

it('keeps exactly what was sent, whatever changes afterwards in the job, the profile, the match or a template', () => {
  const job = t.addJob('Staff Engineer', 'Acme', 'Original description: Rust and Postgres.');
  const sqlite = t.database.sqlite;
  sqlite
    .prepare(
      "INSERT INTO match_scores (job_id, formula_version, score, inputs_hash, explanation, computed_at) VALUES (?, 'match-v3', 82, 'h', '{}', 'now')",
    )
    .run(job.id);
  const app = t.applications.add({ jobId: job.id, status: 'applied' });
  const cv = new TextEncoder().encode('%PDF-1.7 tailored CV for Acme');
  const letter = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
  const taken = t.snapshots.take(app.id, [
    { name: 'cv.pdf', mime: 'application/pdf', bytes: cv },
    {
      name: 'letter.docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: letter,
    },
  ]);
  expect(taken.files.map((f) => f.sha256)).toEqual([hash(cv), hash(letter)]);
  expect(taken.match).toEqual({ score: 82, formulaVersion: 'match-v3' });
  const before = t.snapshots.list(app.id)[0]!;
  expect(before.jobSha256).toBe(hash(before.jobJson));

  // Everything it was made from changes: the job, its score, the caller's buffers, the profile and a template.
  t.jobs.update(job.id, { title: 'Principal Engineer', company: 'Acme Corp' });
  sqlite.prepare("UPDATE match_scores SET score = 12, formula_version = 'match-v4' WHERE job_id = ?").run(job.id);
  cv.fill(0);
  sqlite
    .prepare(
      "INSERT INTO settings (key, value, updated_at) VALUES ('template', '\"modern-v2\"', 'now') ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )
    .run();
  sqlite
    .prepare(
      'INSERT INTO profile (id, data, updated_at) VALUES (1, \'{"basics":{"name":"Someone Else"}}\', \'now\') ON CONFLICT(id) DO UPDATE SET data = excluded.data',
    )
    .run();

  const after = t.snapshots.list(app.id)[0]!;
  expect(after.jobSha256).toBe(before.jobSha256);
  expect(hash(after.jobJson)).toBe(before.jobSha256);
  expect(after.job.title).toBe('Staff Engineer');
  expect(after.match).toEqual({ score: 82, formulaVersion: 'match-v3' });
  expect(hash(t.snapshots.file(after.id, 'cv.pdf'))).toBe(taken.files[0]!.sha256);
  expect(hash(t.snapshots.file(after.id, 'letter.docx'))).toBe(hash(letter));
  expect(t.applications.get(app.id).snapshots[0]!.job.title).toBe('Staff Engineer');

  // The database itself refuses to rewrite a snapshot.
  expect(() => sqlite.prepare("UPDATE application_snapshots SET job_json = '{}'").run()).toThrow(/immutable/);
  expect(() => sqlite.prepare("UPDATE application_snapshot_files SET bytes = x'00'").run()).toThrow(/immutable/);
});

it('refuses unknown applications, duplicate file names and oversized files, storing nothing', () => {
  const app = t.applications.add({ jobId: t.addJob('Dev', 'Beta').id });
  expect(() => t.snapshots.take('nope', [])).toThrow(/no application/);
  const f = { name: 'cv.pdf', mime: 'application/pdf', bytes: new Uint8Array(3) };
  expect(() => t.snapshots.take(app.id, [f, f])).toThrow(/Two files are named cv.pdf/);
  expect(() => t.snapshots.take(app.id, [{ ...f, bytes: new Uint8Array(21 * 1024 * 1024) }])).toThrow(
    /larger than 20 MB/,
  );
  expect(t.snapshots.list(app.id)).toEqual([]);
});
