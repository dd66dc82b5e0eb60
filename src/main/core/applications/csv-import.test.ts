import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewCsv, readDay, readMoney, readStatus } from './csv-import';
import { HUNTR_EXPORT, PLAIN_EXPORT, TEAL_EXPORT } from './testing/tracker-exports.fixture';
import { createTestClock, createTestTracker, type TestTracker } from './testing/tracker-harness';

describe('reading tracker exports (preview: nothing stored)', () => {
  it('Huntr: maps its columns and list names, reports the broken rows by their file line (multi-line notes counted)', () => {
    const p = previewCsv(HUNTR_EXPORT);
    expect(p.shape).toBe('huntr');
    expect(p.columns).toMatchObject({
      'Job Title': 'title',
      'Company Name': 'company',
      List: 'status',
      'Date Applied': 'appliedOn',
    });
    expect(p.rows.map((r) => [r.line, r.title, r.status, r.appliedOn])).toEqual([
      [2, 'Senior Backend Engineer', 'applied', '2026-03-14'],
      [4, 'Product Designer', 'saved', null],
      [5, 'Data Scientist', 'interviewing', '2026-02-02'],
    ]);
    expect(p.rows[0]).toMatchObject({
      location: 'Berlin, Germany',
      salary: { amount: 95000, currency: 'EUR' },
      notes: 'Referred by Ana.\nSecond line of notes.',
    });
    expect(p.rows[2]!.notes).toMatch(/Salary \(no currency given\): 120k/);
    expect(p.problems).toEqual([
      { line: 6, message: 'no job title' },
      { line: 7, message: '"13/45/2026" is not a date' },
      { line: 8, message: '"Dreaming" is not a status this import knows' },
    ]);
  });

  it('Teal: its status words (Not Selected, No Response, Bookmarked) and US dates', () => {
    const p = previewCsv(TEAL_EXPORT);
    expect(p.shape).toBe('teal');
    expect(p.rows.map((r) => [r.company, r.title, r.status, r.appliedOn])).toEqual([
      ['Globex', 'Staff Engineer', 'interviewing', '2026-01-10'],
      ['Initech', 'QA Lead', 'rejected', '2026-01-04'],
      ['Umbrella', 'DevRel', 'ghosted', '2026-01-06'],
      ['Hooli', 'Engineer', 'saved', null],
    ]);
    expect(p.problems).toEqual([{ line: 6, message: '"someday" is not a date' }]);
  });

  it('a plain spreadsheet, with a row of the wrong width reported', () => {
    const p = previewCsv(PLAIN_EXPORT);
    expect(p.shape).toBe('plain');
    expect(p.rows.map((r) => [r.title, r.status, r.source, r.salary])).toEqual([
      ['Backend Developer', 'rejected', 'referral', { amount: 90000, currency: 'USD' }],
      ['Frontend Developer', 'offer', 'LinkedIn', null],
    ]);
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]!.line).toBe(4);
    expect(p.problems[0]!.message).toMatch(/could not be read/);
  });

  it('a file without title or company columns, or not a CSV at all, is one clear problem', () => {
    expect(previewCsv('name,date\nx,2026-01-01\n').problems[0]!.message).toMatch(/No job title column/);
    expect(previewCsv('\u0000\u0001binary').rows).toEqual([]);
  });

  it('reads days, amounts and status words', () => {
    expect(
      ['2026-03-14', '2026/3/4', '3/14/2026', '14/3/2026', 'Mar 5, 2026', '2026-03-14T10:00:00Z'].map(readDay),
    ).toEqual(['2026-03-14', '2026-03-04', '2026-03-14', '2026-03-14', '2026-03-05', '2026-03-14']);
    expect([readDay('2026-02-30'), readDay('tomorrow'), readDay('1/2')]).toEqual([null, null, null]);
    expect(readMoney('$120,000', '')).toEqual({ amount: 120000, currency: 'USD' });
    expect(readMoney('95k', 'eur')).toEqual({ amount: 95000, currency: 'EUR' });
    expect(readStatus('I Withdrew')).toBe('withdrawn');
    expect(readStatus('No Response 🔇')).toBe('ghosted');
  });
});

describe('importing', () => {
  let t: TestTracker & { cleanup(): void };
  beforeEach(() => {
    t = createTestTracker({ clock: createTestClock('2026-03-20T10:00:00Z').now });
  });
  afterEach(() => t.cleanup());

  it('stores the readable rows with their jobs and histories; the same file again adds nothing', () => {
    const first = t.transfer.importCsv(HUNTR_EXPORT);
    expect(first.imported).toBe(3);
    expect(first.problems).toHaveLength(3);
    const list = t.applications.list({ sort: 'title', direction: 'asc' });
    expect(list.map((a) => [a.title, a.status])).toEqual([
      ['Data Scientist', 'interviewing'],
      ['Product Designer', 'saved'],
      ['Senior Backend Engineer', 'applied'],
    ]);
    const ds = t.applications.get(list[0]!.id);
    // An export does not say when the response came: one change, on the applied day; no response time invented.
    expect(ds.history.map((h) => [h.to, h.on])).toEqual([['interviewing', '2026-02-02']]);
    expect(ds.application.appliedOn).toBe('2026-02-02');
    expect(ds.application.source).toBe('huntr import');
    const stats = t.applications.stats();
    expect(stats).toMatchObject({
      funnel: { applied: 2, interviewing: 1 },
      responseRate: 0,
      medianDaysToResponse: null,
    });
    expect(stats.perWeek).toEqual([
      { week: '2026-02-02', count: 1 },
      { week: '2026-03-09', count: 1 },
    ]);
    expect(t.jobs.get(ds.application.jobId).extractedBy).toBe('import:huntr');
    expect(t.applications.get(list[2]!.id).application.salaryExpectation).toEqual({ amount: 95000, currency: 'EUR' });
    const again = t.transfer.importCsv(HUNTR_EXPORT);
    expect(again.imported).toBe(0);
    expect(again.skipped).toHaveLength(3);
    expect(t.applications.list({})).toHaveLength(3);
    t.transfer.importCsv(TEAL_EXPORT);
    // Teal's "Not Selected" row has an applied day: it counts as applied (and in its week), not as a response.
    expect(t.applications.stats().funnel.applied).toBe(5);
  });

  it('exports CSV that imports back, with formula-looking cells defused, and .ics with interviews and reminders', () => {
    t.transfer.importCsv(PLAIN_EXPORT);
    const app = t.applications.list({ search: 'aviato' })[0]!;
    t.applications.log(app.id, {
      kind: 'interview',
      at: '2026-03-25T09:30:00Z',
      note: 'Bring the portfolio; and smile, please',
      interview: { round: 2, kind: 'panel', people: ['Erlich'] },
    });
    const csv = t.transfer.export('csv');
    expect(csv.fileName).toBe('jobsmith-applications-2026-03-20.csv');
    expect(csv.content).not.toMatch(/,=HYPERLINK/);
    const back = previewCsv(csv.content);
    expect(back.problems).toEqual([]);
    expect(back.rows.map((r) => [r.title, r.status]).sort()).toEqual([
      ['Backend Developer', 'rejected'],
      ['Frontend Developer', 'offer'],
    ]);
    const ics = t.transfer.export('ics').content;
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('DTSTART:20260325T093000Z');
    expect(ics).toContain('SUMMARY:Interview round 2 (panel): Frontend Developer at Aviato');
    expect(ics).toContain('DESCRIPTION:With: Erlich\\nBring the portfolio\\; and smile\\, please');
    expect(ics).toContain('BEGIN:VALARM');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });
});
