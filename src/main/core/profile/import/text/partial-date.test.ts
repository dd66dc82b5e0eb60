import { describe, expect, it } from 'vitest';
import { toDateRange, toPartialDate } from './dates';

describe('toPartialDate', () => {
  it.each([
    ['2015', '2015'],
    ['2021-3', '2021-03'],
    ['2021-03-14', '2021-03-14'],
    ['2021-03-14T10:00:00Z', '2021-03-14'],
    ['Jan 2022', '2022-01'],
    ['January 2022', '2022-01'],
    ['Sept. 2019', '2019-09'],
    ['03/2021', '2021-03'],
    ['März 2020', '2020-03'],
    ['juin 2018', '2018-06'],
    ['14 March 2021', '2021-03-14'],
  ])('%s -> %s', (raw, want) => expect(toPartialDate(raw)).toBe(want));

  it.each([[''], ['Present'], ['soon'], ['1066'], ['13/2020']])('%s -> undefined or year only', (raw) => {
    const got = toPartialDate(raw);
    expect(got === undefined || /^\d{4}$/.test(got)).toBe(true);
  });
});

describe('toDateRange', () => {
  it('splits ranges and treats "Present" as open', () => {
    expect(toDateRange('January 2019 to Present')).toEqual({ startDate: '2019-01' });
    expect(toDateRange('August 2012 to May 2016')).toEqual({ startDate: '2012-08', endDate: '2016-05' });
    expect(toDateRange('2015 - 2018')).toEqual({ startDate: '2015', endDate: '2018' });
    expect(toDateRange('2015-2018')).toEqual({ startDate: '2015', endDate: '2018' });
    expect(toDateRange('Mar 2020 – Jun 2021')).toEqual({ startDate: '2020-03', endDate: '2021-06' });
    expect(toDateRange('')).toEqual({});
  });
});
