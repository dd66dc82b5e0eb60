import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUNTR_EXPORT } from '../core/applications/testing/tracker-exports.fixture';
import { runCli } from './testing';

const dir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-cli-app-'));
const run = (...args: string[]) => runCli(['--data-dir', path.join(dir, 'data'), ...args]);
let jobId = '';
beforeAll(async () => {
  const file = path.join(dir, 'job.txt');
  writeFileSync(
    file,
    'Senior Rust Engineer\nFerris Systems\nBerlin, Germany\n\nWe build databases in Rust and care about correctness.',
  );
  jobId = JSON.parse((await run('job', 'add', file, '--json')).out).job.id;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const history = async (id: string) =>
  JSON.parse((await run('app', 'show', id, '--json')).out).history as { to: string; on: string }[];

describe('cli app', () => {
  it('add, move (back-dated), log, list, show, stats', async () => {
    const added = await run('app', 'add', '--job', jobId, '--status', 'applied', '--date', '2026-01-05', '--json');
    expect(added.code).toBe(0);
    const app = JSON.parse(added.out);
    expect(app).toMatchObject({ jobId, status: 'applied', appliedOn: '2026-01-05' });
    expect((await run('app', 'move', app.id, 'screening', '--date', '2026-01-12')).code).toBe(0);
    expect(
      (
        await run(
          'app',
          'log',
          app.id,
          'interview',
          '--date',
          '2026-01-20T10:00:00Z',
          '--people',
          'Ana, Bo',
          '--note',
          'Systems design',
        )
      ).code,
    ).toBe(0);
    const shown = JSON.parse((await run('app', 'show', app.id, '--json')).out);
    expect(shown.history.map((h: { to: string; on: string }) => [h.to, h.on])).toEqual([
      ['applied', '2026-01-05'],
      ['screening', '2026-01-12'],
    ]);
    expect(shown.timeline[0]).toMatchObject({ kind: 'interview', interview: { round: 1, people: ['Ana', 'Bo'] } });
    expect(shown.snapshots).toEqual([]);
    const listed = JSON.parse((await run('app', 'list', '--status', 'screening', '--search', 'rust', '--json')).out);
    expect(listed.map((a: { id: string }) => a.id)).toEqual([app.id]);
    const stats = JSON.parse((await run('app', 'stats', '--json')).out);
    expect(stats).toMatchObject({ funnel: { applied: 1, screening: 1 }, responseRate: 1, medianDaysToResponse: 7 });
    expect(stats.byMatchBand.map((b: { key: string }) => b.key)).toEqual([
      '80-100',
      '60-79',
      '40-59',
      '0-39',
      'unscored',
    ]);
  });

  it('unknown ids, statuses and malformed dates: a clear message, a non-zero exit, nothing written', async () => {
    const app = JSON.parse((await run('app', 'add', '--job', jobId, '--json')).out);
    const before = await history(app.id);
    const cases: [string[], RegExp][] = [
      [['app', 'move', 'no-such-id', 'applied'], /no application with id no-such-id/],
      [['app', 'move', app.id, 'hired'], /"hired" is not a status/],
      [['app', 'move', app.id, 'applied', '--date', '2026-13-01'], /not a date: use YYYY-MM-DD/],
      [['app', 'move', app.id, 'applied', '--date', '05/01/2026'], /not a date/],
      [['app', 'add', '--job', 'no-such-job'], /job/i],
      [['app', 'add', '--job', jobId, '--status', 'maybe'], /"maybe" is not a status/],
      [['app', 'log', app.id, 'lunch'], /"lunch" is not a timeline event kind/],
      [['app', 'log', app.id, 'call', '--date', 'tuesday'], /not a date/],
      [['app', 'show', 'nope', '--json'], /no application with id nope/],
      [['app', 'remind', app.id, '--at', 'someday', '--title', 'Call back'], /"someday" is not a valid reminder time/],
      [['app', 'remind', 'nope', '--at', '2026-03-25T09:00', '--title', 'Call back'], /no application with id nope/],
      [['app', 'export', '--format', 'xlsx', '--out', path.join(dir, 'x')], /"xlsx" is not a format/],
    ];
    for (const [args, message] of cases) {
      const result = await run(...args);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.err, args.join(' ')).toMatch(message);
    }
    expect(await history(app.id)).toEqual(before);
    expect(JSON.parse((await run('app', 'show', app.id, '--json')).out).timeline).toEqual([]);
    expect((await run('app', 'remind', app.id, '--at', '2030-03-25T09:00:00Z', '--title', 'Call back')).code).toBe(0);
    expect(JSON.parse((await run('app', 'reminders', '--json')).out).map((r: { title: string }) => r.title)).toContain(
      'Call back',
    );
    expect(JSON.parse((await run('app', 'list', '--json')).out)).toHaveLength(2);
  });

  it('import --dry-run stores nothing; import stores and reports broken rows; export csv and ics', async () => {
    const csv = path.join(dir, 'huntr.csv');
    writeFileSync(csv, HUNTR_EXPORT);
    const dry = await run('app', 'import', csv, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/Read as a huntr export/);
    expect(dry.err).toMatch(/line 6: no job title/);
    expect(JSON.parse((await run('app', 'list', '--json')).out)).toHaveLength(2);
    const real = await run('app', 'import', csv, '--json');
    expect(JSON.parse(real.out)).toMatchObject({ imported: 3 });
    expect(JSON.parse((await run('app', 'list', '--json')).out)).toHaveLength(5);
    expect((await run('app', 'import', path.join(dir, 'missing.csv'))).err).toMatch(/no file at/);
    const out = path.join(dir, 'apps.csv');
    expect((await run('app', 'export', '--format', 'csv', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toMatch(/^id,title,company,status/);
    const ics = path.join(dir, 'apps.ics');
    expect((await run('app', 'export', '--format', 'ics', '--out', ics)).code).toBe(0);
    expect(readFileSync(ics, 'utf8')).toContain('Interview round 1 (video): Senior Rust Engineer');
  });

  it('snapshot records the given files by hash', async () => {
    const app = JSON.parse((await run('app', 'add', '--job', jobId, '--status', 'applied', '--json')).out);
    const cv = path.join(dir, 'cv.pdf');
    writeFileSync(cv, '%PDF-1.7 the CV that was sent');
    const snap = JSON.parse((await run('app', 'snapshot', app.id, cv, '--json')).out);
    expect(snap.files).toEqual([
      { name: 'cv.pdf', mime: 'application/pdf', size: 29, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(snap.job.title).toBe('Senior Rust Engineer');
  });
});
