import { describe, expect, it } from 'vitest';
import { Profile } from './domain/profile';
import { applyImportChoices } from './import-choices';

const draft = Profile.parse({
  basics: { name: 'Ana Ruiz', email: '' },
  work: [
    { id: 'w1', name: 'Data Analyst', position: 'Bluefin Labs', startDate: '2018-03' },
    { id: 'w2', name: 'Northwind Traders', position: 'Engineer' },
  ],
});

describe('applyImportChoices', () => {
  it('sets chosen basics and job fields, adds a missed job with its chosen fields, and leaves the input alone', () => {
    const next = applyImportChoices(
      draft,
      [
        { path: 'basics.email', parsed: '', model: 'ana@example.com' },
        { path: 'basics.location.city', parsed: '', model: 'Madrid' },
        { path: 'work.1.position', parsed: 'Engineer', model: 'Senior Data Engineer' },
        { path: 'work.new.3.name', parsed: '', model: 'Bluefin Labs' },
        { path: 'work.new.3.endDate', parsed: '', model: '2020-12' },
      ],
      () => 'w_new',
    );
    expect(next.basics).toMatchObject({ name: 'Ana Ruiz', email: 'ana@example.com', location: { city: 'Madrid' } });
    expect(next.work.map((w) => [w.id, w.name, w.position])).toEqual([
      ['w1', 'Data Analyst', 'Bluefin Labs'],
      ['w2', 'Northwind Traders', 'Senior Data Engineer'],
      ['w_new', 'Bluefin Labs', ''],
    ]);
    expect(next.work[2]).toMatchObject({ endDate: '2020-12', highlights: [] });
    expect(draft.basics.email).toBe('');
    expect(draft.work).toHaveLength(2);
  });

  it('ignores paths it does not know, jobs that do not exist, malformed dates and a new job without its name', () => {
    const next = applyImportChoices(
      draft,
      [
        { path: 'basics.summary', parsed: '', model: 'x' },
        { path: 'work.7.position', parsed: '', model: 'x' },
        { path: 'work.0.highlights', parsed: '', model: 'x' },
        { path: 'work.0.startDate', parsed: '2018-03', model: 'March 2018' },
        { path: 'work.new.0.position', parsed: '', model: 'Lead' },
        { path: '__proto__.polluted', parsed: '', model: 'x' },
      ],
      () => 'w_new',
    );
    expect(next).toEqual(draft);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
