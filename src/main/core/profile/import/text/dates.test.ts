import { describe, expect, it } from 'vitest';
import { findDateRange, isDateOnly, isDuration, parseDateAtom } from './dates';

describe('parseDateAtom', () => {
  it.each([
    ['Sept 2018', '2018-09'],
    ['January 2019', '2019-01'],
    ['03/2019', '2019-03'],
    ['2021-07', '2021-07'],
    ['2016', '2016'],
    ['Summer 2022', '2022'],
    ['März 2020', '2020-03'],
    ['janv. 2020', '2020-01'],
    ['diciembre 2018', '2018-12'],
    ['15.04.2019', '2019-04'],
  ])('%s -> %s', (raw, want) => expect(parseDateAtom(raw)).toBe(want));
});

describe('findDateRange', () => {
  it('reads ranges with words, dashes and "present" in four languages', () => {
    expect(findDateRange('June 2016 to December 2018')).toMatchObject({
      start: '2016-06',
      end: '2018-12',
      current: false,
    });
    expect(findDateRange('Sept 2018 – May 2023')).toMatchObject({ start: '2018-09', end: '2023-05' });
    expect(findDateRange('01/2022 - Present')).toMatchObject({ start: '2022-01', current: true });
    expect(findDateRange('Jan 2020 – heute')).toMatchObject({ start: '2020-01', current: true });
    expect(findDateRange("janv. 2020 - aujourd'hui")).toMatchObject({ start: '2020-01', current: true });
    expect(findDateRange('enero 2019 - actualidad')).toMatchObject({ start: '2019-01', current: true });
    expect(findDateRange('2016 - 2018')).toMatchObject({ start: '2016', end: '2018' });
  });

  it('finds a range inside a header line and says where it is', () => {
    const text = 'Senior Software Engineer | TechCorp Inc. | 2020 - Present';
    const r = findDateRange(text)!;
    expect(r).toMatchObject({ start: '2020', current: true });
    expect(text.slice(r.index, r.index + r.length)).toBe('2020 - Present');
  });

  it('does not take numbers that are not dates', () => {
    expect(findDateRange('Reduced costs by 40% for 1200 users')).toBeNull();
    expect(findDateRange('(555) 123-4567')).toBeNull();
  });
});

describe('isDateOnly / isDuration', () => {
  it('tells a date cell from text that mentions a year', () => {
    expect(isDateOnly('May 2022 – Aug 2022')).toBe(true);
    expect(isDateOnly('Jan 2020 - Present (3 years)')).toBe(true);
    expect(isDateOnly('NeurIPS 2022 workshop paper')).toBe(false);
    expect(isDuration('2 years 10 months')).toBe(true);
    expect(isDuration('Research Intern')).toBe(false);
  });
});

describe('Chinese and Japanese dates (rules of the script)', () => {
  it.each([
    ['2015 年 3 月', '2015-03'],
    ['2015年', '2015'],
    ['2013.09', '2013-09'],
    ['2013.9', '2013-09'],
    ['平成27年4月', '2015-04'],
    ['令和2年3月', '2020-03'],
    ['令和元年5月', '2019-05'],
    ['H27年4月', '2015-04'],
  ])('%s -> %s', (raw, want) => expect(parseDateAtom(raw)).toBe(want));

  it('reads ranges with CJK separators, "present" words and text glued on', () => {
    expect(findDateRange('2015 年 3 月 – 至今')).toMatchObject({ start: '2015-03', current: true });
    expect(findDateRange('2013.09–2016.06')).toMatchObject({ start: '2013-09', end: '2016-06' });
    expect(findDateRange('2015年3月至今腾讯科技')).toMatchObject({ start: '2015-03', current: true });
    expect(findDateRange('平成27年4月～令和2年3月')).toMatchObject({ start: '2015-04', end: '2020-03' });
    expect(findDateRange('2018年4月〜現在')).toMatchObject({ start: '2018-04', current: true });
    expect(findDateRange('今年の目標')).toBeNull();
  });
});
